/**
 * This file implements the one UI dictionary of the site: every string the
 * interface shows (not the lesson text) in zh-CN and English, under flat dotted
 * keys (`chapter.objectives`). Placeholders are written `{name}` and filled by
 * `t()` in ./index.ts.
 *
 * Invariants: both languages have exactly the same keys and the same
 * placeholders in each string (the type of `en` enforces the keys; the unit test
 * tests/site/i18n.test.ts checks both, and that no string is empty).
 */

export const zh = {
  'site.name': 'Go Runtime Lab',
  'site.tagline': '看见 Go 程序真正如何运行',
  'site.description': '一个交互式教程：通过可运行、可观察的模拟执行，学习 goroutine、channel、select、defer/panic/recover、逃逸分析、GMP 调度器，以及数据竞争、泄漏与死锁的诊断。',

  'nav.skip': '跳到正文',
  'nav.main': '主导航',
  'nav.home': '首页',
  'nav.toc': '目录',
  'nav.tocJump': '跳到目录',
  'nav.breadcrumb': '当前位置',
  'nav.otherLanguage': 'English',
  'nav.otherLanguageLabel': '切换到英文界面',

  'theme.toggle': '切换深色/浅色模式',

  'home.eyebrow': '交互式 Go 运行时教程',
  'home.title': '看见 Go 程序真正如何运行',
  'home.lead': 'Go Runtime Lab 用一个在浏览器里运行的 Go 执行模型，把 goroutine、channel、select、defer、逃逸分析和 GMP 调度器变成可以一步步观察的过程。每个示例都能编辑、运行、回放，讲的内容以当前 Go 版本的真实行为为准。',
  'home.start': '从第一部分开始',
  'home.audienceTitle': '适合谁',
  'home.audienceSelfTitle': '自学的开发者',
  'home.audienceSelf': '按自己的节奏阅读五个部分，每章都有学习目标和预计用时；进度只保存在你的浏览器里。',
  'home.audienceTeamTitle': '团队入职工作坊',
  'home.audienceTeam': '由一位引导者带领 5–30 人，按章节推进：一起运行示例、讨论现象、做章末小测。',
  'home.howTitle': '怎么学',
  'home.how1': '先读：每章用自己的话讲清一个机制，并标明对应原文的章节。',
  'home.how2': '再跑：在页面里修改并运行 Go 代码，观察 goroutine、channel 和调度的每一步。',
  'home.how3': '后辨：原文说错的地方，我们讲真实行为，并给出可运行的反例。',
  'home.partsTitle': '五个部分',
  'home.chapterCount': '{count} 章',

  'part.label': '第 {n} 部分',
  'part.chapters': '本部分章节',
  'part.mirrors': '对应原文：《{title}》',
  'part.minutesTotal': '共约 {minutes} 分钟',

  'chapter.label': '第 {part}.{n} 章',
  'chapter.minutes': '约 {minutes} 分钟',
  'chapter.objectives': '学习目标',
  'chapter.mirrors': '对应原文：',
  'chapter.mirrorsArticle': '《{title}》',
  'chapter.prev': '上一章',
  'chapter.next': '下一章',
  'chapter.pager': '章节翻页',
  'chapter.bodyNotice': '本章正文目前只有中文版；标题、简介和学习目标已有译文。',

  'notFound.title': '页面不存在',
  'notFound.body': '你要找的页面不在这里。可能是链接写错了，或者章节换了位置。',
  'notFound.home': '回到首页',
  'notFound.contents': '或者从这里选择一个部分：',

  'footer.note': 'Go Runtime Lab：内容以当前 Go 工具链的真实行为为准。',
  'footer.top': '回到顶部',
} as const;

export type UIKey = keyof typeof zh;

export const en: Record<UIKey, string> = {
  'site.name': 'Go Runtime Lab',
  'site.tagline': 'See how Go programs really run',
  'site.description': 'An interactive tutorial: learn goroutines, channels, select, defer/panic/recover, escape analysis, the GMP scheduler, and how to diagnose races, leaks and deadlocks by running and watching a simulated execution.',

  'nav.skip': 'Skip to content',
  'nav.main': 'Main',
  'nav.home': 'Home',
  'nav.toc': 'Contents',
  'nav.tocJump': 'Jump to contents',
  'nav.breadcrumb': 'You are here',
  'nav.otherLanguage': '中文',
  'nav.otherLanguageLabel': 'Switch to the Chinese interface',

  'theme.toggle': 'Toggle dark/light mode',

  'home.eyebrow': 'An interactive Go runtime tutorial',
  'home.title': 'See how Go programs really run',
  'home.lead': 'Go Runtime Lab runs a model of Go in your browser and turns goroutines, channels, select, defer, escape analysis and the GMP scheduler into processes you can watch step by step. Every example can be edited, run and replayed, and everything taught follows what the current Go release really does.',
  'home.start': 'Start with part 1',
  'home.audienceTitle': 'Who it is for',
  'home.audienceSelfTitle': 'Self-paced learners',
  'home.audienceSelf': 'Read the five parts at your own pace; every chapter lists its objectives and an estimated time, and your progress stays in your browser.',
  'home.audienceTeamTitle': 'Team onboarding workshops',
  'home.audienceTeam': 'A facilitator leads 5–30 people chapter by chapter: run the examples together, discuss what happens, take the end-of-chapter quiz.',
  'home.howTitle': 'How it works',
  'home.how1': 'Read: each chapter explains one mechanism in plain words and names the article section it mirrors.',
  'home.how2': 'Run: edit and run Go code in the page, and watch goroutines, channels and scheduling step by step.',
  'home.how3': 'Check: where the source articles are wrong, we teach the real behaviour and show a runnable counter-example.',
  'home.partsTitle': 'The five parts',
  'home.chapterCount': '{count} chapters',

  'part.label': 'Part {n}',
  'part.chapters': 'Chapters in this part',
  'part.mirrors': 'Mirrors the article 《{title}》',
  'part.minutesTotal': 'about {minutes} min in all',

  'chapter.label': 'Chapter {part}.{n}',
  'chapter.minutes': 'about {minutes} min',
  'chapter.objectives': 'What you will learn',
  'chapter.mirrors': 'Mirrors: ',
  'chapter.mirrorsArticle': '《{title}》',
  'chapter.prev': 'Previous',
  'chapter.next': 'Next',
  'chapter.pager': 'Chapter navigation',
  'chapter.bodyNotice': 'The lesson text below is in Chinese for now; the title, summary and objectives are translated.',

  'notFound.title': 'Page not found',
  'notFound.body': 'The page you are looking for is not here. The link may be mistyped, or the chapter may have moved.',
  'notFound.home': 'Back to the home page',
  'notFound.contents': 'Or pick a part from here:',

  'footer.note': 'Go Runtime Lab: everything taught follows what the current Go toolchain really does.',
  'footer.top': 'Back to top',
};
