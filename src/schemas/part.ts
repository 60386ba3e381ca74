/**
 * This file implements the schema of a part: one per source article, stored as
 * content/parts/<slug>.md. The schema is the source of truth; `Part` is inferred.
 *
 * Invariants: `order` is 1..5 and unique among parts (checked when the table of
 * contents is built, src/utils/toc.ts); `article` names a seed file.
 */
import { z } from 'astro/zod';
import { articleIdSchema, orderSchema, textSchema } from './common';

export const partSchema = z
  .object({
    order: orderSchema,
    title: textSchema,
    titleEn: textSchema,
    summary: textSchema,
    summaryEn: textSchema,
    article: articleIdSchema,
    articleTitle: textSchema,
  })
  .strict();

export type Part = z.infer<typeof partSchema>;
