/**
 * This file implements the unit tests of the table of contents
 * (src/utils/toc.ts): ordering, previous/next across part boundaries, and the
 * cross-entry rules that fail the build with the file named.
 */
import { describe, expect, it } from 'vitest';
import { buildToc, chapterSlug, formatSection, neighbours, type ChapterEntry, type PartEntry } from '../../src/utils/toc';
import { validChapter, validPart } from './fixtures';

const ARTICLES = ['000_f85039d050e3f3fc', '001_0f8b394dd26facab'];

function part(order: number): PartEntry {
  return { id: `0${order}-p${order}`, data: { ...validPart, order, article: ARTICLES[order - 1] } };
}

function chapter(partOrder: number, order: number, over: Partial<ChapterEntry['data']> = {}, folder?: string): ChapterEntry {
  const partId = `0${partOrder}-p${partOrder}`;
  return {
    id: `${folder ?? partId}/0${order}-c${order}`,
    filePath: `content/chapters/${folder ?? partId}/0${order}-c${order}.mdx`,
    data: {
      ...validChapter,
      part: { id: partId },
      order,
      mirrors: { article: ARTICLES[partOrder - 1], sections: [`${order}.1`] },
      ...over,
    },
  };
}

describe('buildToc', () => {
  // Deliberately shuffled input.
  const toc = buildToc([part(2), part(1)], [chapter(2, 2), chapter(1, 2), chapter(2, 1), chapter(1, 1)]);

  it('orders parts, and chapters inside parts, by their order field', () => {
    expect(toc.parts.map((p) => p.id)).toEqual(['01-p1', '02-p2']);
    expect(toc.flat.map((c) => c.id)).toEqual(['01-p1/01-c1', '01-p1/02-c2', '02-p2/01-c1', '02-p2/02-c2']);
  });

  it('links previous/next across part boundaries', () => {
    const last = neighbours(toc, '01-p1/02-c2');
    expect(last.prev?.id).toBe('01-p1/01-c1');
    expect(last.next?.id).toBe('02-p2/01-c1');
    expect(last.part.id).toBe('01-p1');
    expect(neighbours(toc, '01-p1/01-c1').prev).toBeUndefined();
    expect(neighbours(toc, '02-p2/02-c2').next).toBeUndefined();
  });

  it('accepts `part` as a plain id too', () => {
    expect(buildToc([part(1)], [chapter(1, 1, { part: '01-p1' })]).flat).toHaveLength(1);
  });

  it('rejects a reference to a part that does not exist, naming the file', () => {
    expect(() => buildToc([part(1)], [chapter(1, 1, { part: { id: '07-nope' } })])).toThrow(
      'content/chapters/01-p1/01-c1.mdx: part: no part "07-nope" exists (expected "01-p1")',
    );
  });

  it('rejects a chapter whose folder is not its part', () => {
    expect(() => buildToc([part(1), part(2)], [chapter(1, 1, {}, '02-p2')])).toThrow(
      /content\/chapters\/02-p2\/01-c1\.mdx: part: the chapter is in folder "02-p2" but names part "01-p1"/,
    );
  });

  it('rejects duplicate orders', () => {
    expect(() => buildToc([part(1), { ...part(2), data: { ...part(2).data, order: 1 } }], [])).toThrow(/order 1 is already used by part "01-p1"/);
    expect(() => buildToc([part(1)], [chapter(1, 1), { ...chapter(1, 2), data: { ...chapter(1, 2).data, order: 1 } }])).toThrow(
      /02-c2\.mdx: order 1 is already used by chapter "01-p1\/01-c1"/,
    );
  });

  it('rejects a chapter mirroring another article than its part', () => {
    expect(() => buildToc([part(1)], [chapter(1, 1, { mirrors: { article: ARTICLES[1], sections: ['1'] } })])).toThrow(/mirrors\.article/);
  });
});

describe('small helpers', () => {
  it('chapterSlug drops the part folder', () => {
    expect(chapterSlug('01-a/02-b')).toBe('02-b');
  });
  it('formatSection prefixes numbered sections with §', () => {
    expect(formatSection('2.1')).toBe('§2.1');
    expect(formatSection('第一章')).toBe('第一章');
  });
});
