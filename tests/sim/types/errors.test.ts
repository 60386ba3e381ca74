// Compares the type checker's errors on tests/sim/types/errors/*.go with what `go build` printed
// (recorded by scripts/record-type-errors.mjs into NAME.expected; never typed by hand). Programs in
// errors/pending.txt are known to differ (with the reason) and must keep differing until fixed.
// Programs in valid/ compile with go build (their recorded .expected is empty) and must check cleanly.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goBuildOutput } from './corpus';
import type { CheckCache } from '../../../src/sim/types/check';

const dir = join(__dirname, 'errors');
const validDir = join(__dirname, 'valid');
const names = readdirSync(dir).filter((f) => f.endsWith('.go')).sort();
const validNames = readdirSync(validDir).filter((f) => f.endsWith('.go')).sort();
const pending = new Set(
  readFileSync(join(dir, 'pending.txt'), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split(/\s+/)[0]),
);
const cache: CheckCache = {};

describe('type errors match go build', () => {
  it('has at least 50 recorded programs', () => {
    expect(names.length).toBeGreaterThanOrEqual(50);
  });
  for (const name of names) {
    const base = name.replace(/\.go$/, '');
    it(name, () => {
      const want = readFileSync(join(dir, `${base}.expected`), 'utf8');
      const got = goBuildOutput(join(dir, name), name, cache);
      if (pending.has(base)) expect(got, `${name} matches now: remove it from pending.txt`).not.toBe(want);
      else expect(got).toBe(want);
    });
  }
});

describe('valid programs (recorded as compiling with go build) check without errors', () => {
  for (const name of validNames) {
    it(name, () => {
      expect(readFileSync(join(validDir, name.replace(/\.go$/, '.expected')), 'utf8')).toBe('');
      expect(goBuildOutput(join(validDir, name), name, cache)).toBe('');
    });
  }
});
