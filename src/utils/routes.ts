/**
 * This file implements the URL scheme of the site, in one place:
 *   /                          home (zh-CN)        /en/                          home (en)
 *   /<part>/                   part index          /en/<part>/                   part index
 *   /<part>/<chapter>/         chapter             /en/<part>/<chapter>/         chapter
 * where <part> is a part id (`01-go-under-the-hood`) and <part>/<chapter> is a
 * chapter id (`01-go-under-the-hood/01-why-go`).
 *
 * Invariants: every generated page URL ends with `/` (directory-style build
 * output); `toLanguage()` maps a URL of one language to the same page in the other.
 */
import { langPrefix, type Lang } from '../i18n';

export function homeHref(lang: Lang): string {
  return `${langPrefix[lang]}/`;
}

export function partHref(lang: Lang, partId: string): string {
  return `${langPrefix[lang]}/${partId}/`;
}

export function chapterHref(lang: Lang, chapterId: string): string {
  return `${langPrefix[lang]}/${chapterId}/`;
}

/** The same page in language `to`: `/01-x/02-y/` ↔ `/en/01-x/02-y/`. */
export function toLanguage(pathname: string, to: Lang): string {
  const withSlash = pathname.startsWith('/') ? pathname : `/${pathname}`;
  const bare = withSlash === '/en' || withSlash.startsWith('/en/') ? withSlash.slice(3) || '/' : withSlash;
  return `${langPrefix[to]}${bare}`;
}
