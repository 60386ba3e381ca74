/**
 * This file implements the small shared pieces of the content schemas: slug and
 * seed-article validators reused by the parts, chapters and quizzes schemas.
 *
 * Invariants: a slug is `NN-kebab-case` (two digits, then lowercase ASCII words
 * joined by single hyphens); the number is the entry's order inside its parent,
 * so sorting slugs as strings sorts entries the way learners read them.
 */
import { z } from 'astro/zod';

/** `01-go-under-the-hood`: two-digit order, then kebab-case words. */
export const SLUG_PATTERN = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, 'expected a slug like "01-go-under-the-hood" (two digits, then kebab-case)');

/** A seed article's file name without `.txt`, e.g. `000_f85039d050e3f3fc` (see ../shared/seeds/). */
export const articleIdSchema = z
  .string()
  .regex(/^\d{3}_[0-9a-f]{16}$/, 'expected a seed article file name without .txt, like "000_f85039d050e3f3fc"');

/** A non-empty, trimmed line of prose (titles, summaries). */
export const textSchema = z.string().trim().min(1, 'must not be empty');

/** Position among siblings: parts and chapters are numbered 1..5 (five articles, five chapters each). */
export const orderSchema = z.number().int('must be an integer').min(1).max(5);
