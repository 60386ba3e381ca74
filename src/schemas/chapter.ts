/**
 * This file implements the schema of a chapter: content/chapters/<part-slug>/<NN>-<slug>.mdx.
 * The schema is the source of truth; `Chapter` is inferred from it.
 *
 * Invariants: `part` names an existing part and equals the chapter's folder
 * (src/content.config.ts turns it into a reference; src/utils/toc.ts checks that
 * the folder agrees); `order` is 1..5 and unique within a part; objectives are
 * listed in both languages.
 */
import { z } from 'astro/zod';
import { articleIdSchema, orderSchema, slugSchema, textSchema } from './common';

/** Which article and which of its sections a chapter mirrors, e.g. { sections: ["2.1", "2.2"] } or ["第一章"]. */
export const mirrorsSchema = z
  .object({
    article: articleIdSchema,
    sections: z.array(textSchema).min(1, 'list at least one section'),
  })
  .strict();

export const chapterSchema = z
  .object({
    part: slugSchema,
    order: orderSchema,
    title: textSchema,
    titleEn: textSchema,
    summary: textSchema,
    summaryEn: textSchema,
    minutes: z.number().int('must be an integer').min(1).max(240),
    objectives: z.array(textSchema).min(1, 'list at least one objective'),
    objectivesEn: z.array(textSchema).min(1, 'list at least one objective'),
    mirrors: mirrorsSchema,
  })
  .strict();

export type Chapter = z.infer<typeof chapterSchema>;
export type Mirrors = z.infer<typeof mirrorsSchema>;
