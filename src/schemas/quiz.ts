/**
 * This file implements the schema of a chapter quiz: content/quizzes/<part-slug>/<NN>-<slug>.yaml,
 * one per chapter. The schema is the source of truth; `Quiz` and `Question` are inferred.
 *
 * Invariants (enforced by the refinements below):
 * - question ids are unique within a quiz;
 * - every answer index points at a choice, and no index repeats;
 * - `single` has exactly one answer; `multiple` has at least one;
 * - `order` lists every choice exactly once: `answer` is the correct order as a
 *   permutation of choice indices;
 * - `lab`, when present, is a path to a runnable Go example (`*.go`).
 */
import { z } from 'astro/zod';
import { textSchema } from './common';

/** `<part-slug>/<chapter-slug>`, the id of a chapter entry. */
export const CHAPTER_ID_PATTERN = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\/\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const questionKinds = ['single', 'multiple', 'order'] as const;

export const questionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase id like "q1" or "buffered-send"'),
    prompt: textSchema,
    promptEn: textSchema.optional(),
    kind: z.enum(questionKinds),
    choices: z.array(textSchema).min(2, 'list at least two choices'),
    answer: z.array(z.number().int().min(0)).min(1, 'list at least one answer index'),
    explanation: textSchema,
    explanationEn: textSchema.optional(),
    lab: z.string().regex(/^[\w./-]+\.go$/, 'expected a path to a .go example').optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    const seen = new Set<number>();
    q.answer.forEach((index, i) => {
      if (index >= q.choices.length) {
        ctx.addIssue({ code: 'custom', path: ['answer', i], message: `answer index ${index} has no choice (there are ${q.choices.length})` });
      }
      if (seen.has(index)) {
        ctx.addIssue({ code: 'custom', path: ['answer', i], message: `answer index ${index} is listed twice` });
      }
      seen.add(index);
    });
    if (q.kind === 'single' && q.answer.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'a "single" question has exactly one answer' });
    }
    if (q.kind === 'order' && q.answer.length !== q.choices.length) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'an "order" question lists every choice index once, in the correct order' });
    }
  });

/** The quiz fields before cross-field checks; src/content.config.ts extends `chapter` into a reference. */
export const quizObjectSchema = z
  .object({
    chapter: z.string().regex(CHAPTER_ID_PATTERN, 'expected a chapter id like "01-go-under-the-hood/01-why-go"'),
    questions: z.array(questionSchema).min(1, 'list at least one question'),
  })
  .strict();

/** Cross-question checks shared by `quizSchema` and the content collection: unique question ids. */
export function refineQuiz(quiz: { questions: { id: string }[] }, ctx: z.RefinementCtx): void {
  const ids = new Set<string>();
  quiz.questions.forEach((q, i) => {
    if (ids.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `duplicate question id "${q.id}"` });
    ids.add(q.id);
  });
}

export const quizSchema = quizObjectSchema.superRefine(refineQuiz);

export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = (typeof questionKinds)[number];
export type Quiz = z.infer<typeof quizSchema>;
