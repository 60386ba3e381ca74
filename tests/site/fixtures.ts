/**
 * This file implements shared fixtures of the site unit tests: a valid part,
 * chapter and quiz, as plain frontmatter objects (what content files hold), and
 * helpers that render them as files for the build-error test.
 */
export const validPart = {
  order: 1,
  title: '深入 Go 的运行方式',
  titleEn: 'How Go runs, underneath',
  summary: '从编译到调度，看一段 Go 程序如何真正跑起来。',
  summaryEn: 'From compilation to scheduling: how a Go program really runs.',
  article: '000_f85039d050e3f3fc',
  articleTitle: 'Go语言很强大吗?为什么',
};

export const validChapter = {
  part: '01-go-under-the-hood',
  order: 1,
  title: '为什么是 Go',
  titleEn: 'Why Go',
  summary: 'Go 的设计取舍。',
  summaryEn: "Go's design trade-offs.",
  minutes: 12,
  objectives: ['说出 Go 的三个设计取舍'],
  objectivesEn: ["Name three of Go's design trade-offs"],
  mirrors: { article: '000_f85039d050e3f3fc', sections: ['1.1', '1.2'] },
};

export const validQuiz = {
  chapter: '01-go-under-the-hood/01-why-go',
  questions: [
    {
      id: 'q1',
      prompt: '无缓冲 channel 的发送何时完成？',
      kind: 'single',
      choices: ['立即', '有接收者取走值时'],
      answer: [1],
      explanation: '发送方阻塞，直到接收方就绪。',
    },
  ],
};

/** A Markdown/MDX file with `data` as frontmatter (JSON is valid YAML) and `body` below it. */
export function frontmatterFile(data: object, body = '正文。'): string {
  return `---\n${JSON.stringify(data, null, 2)}\n---\n\n${body}\n`;
}
