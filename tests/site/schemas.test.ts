/**
 * This file implements the unit tests of the content schemas (src/schemas):
 * valid entries pass, and every missing or malformed field is rejected with an
 * issue whose path names that field (Astro prints the path next to the file).
 */
import { describe, expect, it } from 'vitest';
import { chapterSchema, partSchema, quizSchema } from '../../src/schemas';
import { validChapter, validPart, validQuiz } from './fixtures';

type Issue = { path: (string | number)[]; message: string };

function issuesOf(result: { success: boolean; error?: { issues: Issue[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((i) => i.path.join('.'));
}

function without<T extends object>(obj: T, key: keyof T): Partial<T> {
  const copy: Partial<T> = { ...obj };
  delete copy[key];
  return copy;
}

describe('partSchema', () => {
  it('accepts a valid part', () => {
    expect(partSchema.parse(validPart)).toEqual(validPart);
  });

  it.each(Object.keys(validPart) as (keyof typeof validPart)[])('names the missing field %s', (key) => {
    expect(issuesOf(partSchema.safeParse(without(validPart, key)))).toEqual([key]);
  });

  it.each([
    ['order', 0],
    ['order', 6],
    ['order', 1.5],
    ['order', '1'],
    ['title', ''],
    ['title', '   '],
    ['article', '000_f85039d050e3f3fc.txt'],
    ['article', 'f85039d050e3f3fc'],
  ])('rejects %s = %j', (key, value) => {
    expect(issuesOf(partSchema.safeParse({ ...validPart, [key]: value }))).toEqual([key]);
  });

  it('rejects an unknown field (a typo would otherwise be dropped silently)', () => {
    const result = partSchema.safeParse({ ...validPart, titleEN: 'x' });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('titleEN');
  });
});

describe('chapterSchema', () => {
  it('accepts a valid chapter, with numbered or named sections', () => {
    expect(chapterSchema.parse(validChapter)).toEqual(validChapter);
    const named = { ...validChapter, mirrors: { ...validChapter.mirrors, sections: ['第一章'] } };
    expect(chapterSchema.safeParse(named).success).toBe(true);
  });

  it.each(Object.keys(validChapter) as (keyof typeof validChapter)[])('names the missing field %s', (key) => {
    expect(issuesOf(chapterSchema.safeParse(without(validChapter, key)))).toEqual([key]);
  });

  it.each([
    ['part', 'go-under-the-hood', 'part'],
    ['part', '01_go', 'part'],
    ['minutes', 'twelve', 'minutes'],
    ['minutes', 0, 'minutes'],
    ['objectives', [], 'objectives'],
    ['objectives', '理解 channel', 'objectives'],
    ['objectivesEn', [''], 'objectivesEn.0'],
    ['mirrors', { article: '000_f85039d050e3f3fc', sections: [] }, 'mirrors.sections'],
    ['mirrors', { sections: ['1.1'] }, 'mirrors.article'],
  ])('rejects %s = %j at %s', (key, value, path) => {
    expect(issuesOf(chapterSchema.safeParse({ ...validChapter, [key]: value }))).toEqual([path]);
  });
});

describe('quizSchema', () => {
  it('accepts a valid quiz', () => {
    expect(quizSchema.parse(validQuiz)).toEqual(validQuiz);
  });

  const question = validQuiz.questions[0];
  const withQuestion = (q: object) => ({ ...validQuiz, questions: [{ ...question, ...q }] });

  it('accepts every kind with a consistent answer', () => {
    expect(quizSchema.safeParse(withQuestion({ kind: 'multiple', answer: [0, 1] })).success).toBe(true);
    expect(quizSchema.safeParse(withQuestion({ kind: 'order', answer: [1, 0] })).success).toBe(true);
    expect(quizSchema.safeParse(withQuestion({ lab: 'content/labs/unbuffered.go', promptEn: 'When?' })).success).toBe(true);
  });

  it.each([
    [{ kind: 'essay' }, 'questions.0.kind'],
    [{ answer: [2] }, 'questions.0.answer.0'],
    [{ answer: [0, 0], kind: 'multiple' }, 'questions.0.answer.1'],
    [{ answer: [0, 1] }, 'questions.0.answer'],
    [{ kind: 'order', answer: [1] }, 'questions.0.answer'],
    [{ choices: ['only one'] , answer: [0] }, 'questions.0.choices'],
    [{ lab: 'main.py' }, 'questions.0.lab'],
    [{ explanation: undefined }, 'questions.0.explanation'],
  ])('rejects %j at %s', (patch, path) => {
    expect(issuesOf(quizSchema.safeParse(withQuestion(patch)))).toEqual([path]);
  });

  it('rejects a bad chapter id and duplicate question ids', () => {
    expect(issuesOf(quizSchema.safeParse({ ...validQuiz, chapter: 'why-go' }))).toEqual(['chapter']);
    const dup = { ...validQuiz, questions: [question, question] };
    expect(issuesOf(quizSchema.safeParse(dup))).toEqual(['questions.1.id']);
  });
});
