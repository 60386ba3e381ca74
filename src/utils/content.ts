/**
 * This file implements the bridge from Astro's content collections to the pure
 * table-of-contents code (./toc.ts): it loads parts and chapters, builds and
 * checks the table of contents, and checks that each quiz names an existing chapter.
 * Only pages and layouts import it (it depends on `astro:content`).
 *
 * Invariants: every page gets the same, fully checked Toc; a broken cross-entry
 * rule throws a TocError naming the file, which fails the build. The Toc is
 * built once per build (memoised in production builds, where content cannot change; rebuilt on
 * every call under `astro dev`).
 * While the quizzes collection is empty, Astro prints one warning, "The
 * collection "quizzes" does not exist or is empty"; it does not fail the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildToc, chapterSlug, TocError, type Toc } from './toc';

let memo: Promise<Toc> | undefined;

export function loadToc(): Promise<Toc> {
  if (import.meta.env.DEV) return buildCheckedToc();
  memo ??= buildCheckedToc();
  return memo;
}

async function buildCheckedToc(): Promise<Toc> {
  const [parts, chapters, quizzes] = await Promise.all([
    getCollection('parts'),
    getCollection('chapters'),
    getCollection('quizzes'),
  ]);
  const toc = buildToc(parts, chapters);
  const chapterIds = new Set(toc.flat.map((c) => c.id));
  for (const q of quizzes) {
    if (!chapterIds.has(q.data.chapter.id)) {
      throw new TocError(q.filePath ?? `content/quizzes/${q.id}.yaml`, `chapter: no chapter "${q.data.chapter.id}" exists`);
    }
  }
  return toc;
}

/** getStaticPaths of the part routes (`/<part>/` and `/en/<part>/`). */
export async function partPaths(): Promise<{ params: { part: string }; props: { entry: CollectionEntry<'parts'> } }[]> {
  const parts = await getCollection('parts');
  return parts.map((entry) => ({ params: { part: entry.id }, props: { entry } }));
}

/** getStaticPaths of the chapter routes (`/<part>/<chapter>/` and `/en/<part>/<chapter>/`). */
export async function chapterPaths(): Promise<{ params: { part: string; chapter: string }; props: { entry: CollectionEntry<'chapters'> } }[]> {
  const chapters = await getCollection('chapters');
  return chapters.map((entry) => ({ params: { part: entry.data.part.id, chapter: chapterSlug(entry.id) }, props: { entry } }));
}
