/**
 * This file implements the end-to-end check of the "bad input" rule of the
 * content model: a real `astro build` of a small copy of the site whose content
 * has one malformed or missing frontmatter field must fail, and its output must
 * name the file and the field. The copy lives in a temp folder (its own .astro
 * cache; node_modules is a symlink), so the real build is never disturbed.
 * Each build stops at content sync, a few seconds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { frontmatterFile, validChapter, validPart, validQuiz } from './fixtures';

const ROOT = resolve(__dirname, '../..');
const temps: string[] = [];

/** A copy of the site with `files` (path → text) as its whole content/ folder. */
function siteWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'grl-build-'));
  temps.push(dir);
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, f), join(dir, f));
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function build(dir: string): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.GRL_CONTENT_DIR;
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  // Strip colours so the assertions read the plain text a person sees.
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

const PART = 'content/parts/01-go-under-the-hood.md';
const CHAPTER = 'content/chapters/01-go-under-the-hood/01-why-go.mdx';
const QUIZ = 'content/quizzes/01-go-under-the-hood/01-why-go.yaml';

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('astro build with bad content', () => {
  it('fails on a malformed chapter field, naming the file and the field', () => {
    const dir = siteWith({
      [PART]: frontmatterFile(validPart),
      [CHAPTER]: frontmatterFile({ ...validChapter, minutes: 'twelve' }),
    });
    const { status, output } = build(dir);
    expect(status, output).not.toBe(0);
    expect(output).toContain('InvalidContentEntryDataError');
    expect(output).toContain('01-go-under-the-hood/01-why-go.mdx');
    expect(output).toMatch(/minutes.*Expected type `"number"`, received `"string"`/);
  });

  it('fails on a quiz with a missing field, naming the file and the field', () => {
    const { explanation: _dropped, ...question } = validQuiz.questions[0];
    const dir = siteWith({
      [PART]: frontmatterFile(validPart),
      [CHAPTER]: frontmatterFile(validChapter),
      [QUIZ]: JSON.stringify({ ...validQuiz, questions: [question] }, null, 2),
    });
    const { status, output } = build(dir);
    expect(status, output).not.toBe(0);
    expect(output).toContain('01-go-under-the-hood/01-why-go.yaml');
    expect(output).toMatch(/questions\.0\.explanation.*Required/);
  });
});
