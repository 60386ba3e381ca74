/**
 * This file implements the one import point of the content schemas (parts,
 * chapters, quizzes). Types are inferred from the zod schemas, never written twice.
 */
export * from './common';
export * from './part';
export * from './chapter';
export * from './quiz';
