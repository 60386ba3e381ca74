/**
 * This file implements the table of contents of the site: it orders the parts
 * and their chapters, checks the cross-entry rules that a per-file zod schema
 * cannot see, and answers "what comes before and after this chapter".
 * Pure functions over plain entries (id, data, filePath) so that unit tests can
 * call them without Astro; src/utils/content.ts feeds them the collections.
 *
 * Invariants checked here (a violation throws a TocError naming the file, which
 * fails `astro build`):
 * - part `order`s are unique; chapter `order`s are unique within a part;
 * - a chapter lives in the folder of the part its `part` field names, and that part exists;
 * - a chapter mirrors the same article as its part.
 * Invariants of the result: parts sorted by order, chapters by order inside
 * their part; `flat` lists every chapter once in reading order.
 */
import type { Chapter, Part } from '../schemas';

/** A part as the content layer gives it (its `id` is the file name without extension). */
export interface PartEntry {
  id: string;
  data: Part;
  filePath?: string;
}

/** A chapter entry; `part` may be a reference object ({ id, collection }) or a plain id. */
export interface ChapterEntry {
  id: string;
  data: Omit<Chapter, 'part'> & { part: string | { id: string } };
  filePath?: string;
}

export interface TocChapter {
  /** `<part-id>/<chapter-slug>`, used in URLs. */
  id: string;
  partId: string;
  data: ChapterEntry['data'];
}

export interface TocPart {
  id: string;
  data: Part;
  chapters: TocChapter[];
}

export interface Toc {
  parts: TocPart[];
  /** Every chapter in reading order, across parts. */
  flat: TocChapter[];
}

export class TocError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'TocError';
  }
}

function partRef(data: ChapterEntry['data']): string {
  return typeof data.part === 'string' ? data.part : data.part.id;
}

function nameOf(entry: { id: string; filePath?: string }, folder: string, ext: string): string {
  return entry.filePath ?? `content/${folder}/${entry.id}.${ext}`;
}

export function buildToc(partEntries: readonly PartEntry[], chapterEntries: readonly ChapterEntry[]): Toc {
  const parts: TocPart[] = [...partEntries]
    .sort((a, b) => a.data.order - b.data.order)
    .map((p) => ({ id: p.id, data: p.data, chapters: [] }));
  const byId = new Map(parts.map((p) => [p.id, p]));

  const partOrders = new Map<number, string>();
  for (const p of partEntries) {
    const other = partOrders.get(p.data.order);
    if (other) throw new TocError(nameOf(p, 'parts', 'md'), `order ${p.data.order} is already used by part "${other}"`);
    partOrders.set(p.data.order, p.id);
  }

  for (const c of chapterEntries) {
    const file = nameOf(c, 'chapters', 'mdx');
    const slash = c.id.indexOf('/');
    const folder = slash < 0 ? '' : c.id.slice(0, slash);
    const ref = partRef(c.data);
    const part = byId.get(ref);
    if (!part) {
      const known = parts.map((p) => `"${p.id}"`).join(' | ') || '(none)';
      throw new TocError(file, `part: no part "${ref}" exists (expected ${known})`);
    }
    if (folder !== ref) {
      throw new TocError(file, `part: the chapter is in folder "${folder}" but names part "${ref}"; move it to content/chapters/${ref}/`);
    }
    if (c.data.mirrors.article !== part.data.article) {
      throw new TocError(file, `mirrors.article: "${c.data.mirrors.article}" differs from its part's article "${part.data.article}"`);
    }
    const clash = part.chapters.find((o) => o.data.order === c.data.order);
    if (clash) throw new TocError(file, `order ${c.data.order} is already used by chapter "${clash.id}"`);
    part.chapters.push({ id: c.id, partId: ref, data: c.data });
  }

  for (const p of parts) p.chapters.sort((a, b) => a.data.order - b.data.order);
  return { parts, flat: parts.flatMap((p) => p.chapters) };
}

export interface Neighbours {
  prev?: TocChapter;
  next?: TocChapter;
  part: TocPart;
  chapter: TocChapter;
}

/** The chapter `id`, its part, and the chapters before and after it in reading order (across parts). */
export function neighbours(toc: Toc, chapterId: string): Neighbours {
  const index = toc.flat.findIndex((c) => c.id === chapterId);
  if (index < 0) throw new Error(`internal error: no chapter "${chapterId}" in the table of contents`);
  const chapter = toc.flat[index];
  const part = toc.parts.find((p) => p.id === chapter.partId);
  if (!part) throw new Error(`internal error: chapter "${chapterId}" has no part`);
  return { chapter, part, prev: toc.flat[index - 1], next: toc.flat[index + 1] };
}

/** The slug of a chapter inside its part: `01-x/02-y` → `02-y`. */
export function chapterSlug(chapterId: string): string {
  return chapterId.slice(chapterId.indexOf('/') + 1);
}

/** A section label for display: numbered sections get `§` (`2.1` → `§2.1`), named ones (`第一章`) stay as they are. */
export function formatSection(section: string): string {
  return /^\d/.test(section) ? `§${section}` : section;
}
