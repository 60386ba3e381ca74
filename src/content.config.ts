/**
 * This file implements the content collections of the site: parts, chapters and
 * quizzes, read from ./content by Astro 5 glob() loaders and validated by the zod
 * schemas in src/schemas (the source of truth). A missing or malformed field
 * fails `astro build` / `astro check` with InvalidContentEntryDataError, which
 * names the collection, the entry id (its path under the collection folder) and
 * the field.
 *
 * Invariants: entry ids are paths without extension — parts `01-go-under-the-hood`,
 * chapters and quizzes `01-go-under-the-hood/01-why-go`. A chapter's `part` and a
 * quiz's `chapter` are references; Astro 5 does not check that the referenced
 * entry exists, so src/utils/toc.ts does, failing the build with the file named.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import process from 'node:process';
import { chapterSchema, partSchema, quizObjectSchema, refineQuiz } from './schemas';

/**
 * Where the content lives: ./content, unless GRL_CONTENT_DIR points elsewhere
 * (tests/site/build-errors.test.ts builds a broken copy to check the error text).
 */
const root = process.env.GRL_CONTENT_DIR ?? './content';

const parts = defineCollection({
  loader: glob({ base: `${root}/parts`, pattern: '*.md' }),
  schema: partSchema,
});

const chapters = defineCollection({
  loader: glob({ base: `${root}/chapters`, pattern: '*/*.mdx' }),
  schema: chapterSchema.extend({ part: reference('parts') }),
});

const quizzes = defineCollection({
  loader: glob({ base: `${root}/quizzes`, pattern: '*/*.{yaml,yml}' }),
  schema: quizObjectSchema.extend({ chapter: reference('chapters') }).superRefine(refineQuiz),
});

export const collections = { parts, chapters, quizzes };
