// Type-checks every golden program (tests/golden/<category>/*.go): programs that build must check
// with zero errors; programs whose recorded stderr (.err, recorded from `go build` by
// scripts/golden-record.mjs) is a list of compile errors must produce exactly those errors. Programs listed in
// golden-pending.txt are known to differ (with the reason).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { goBuildOutput } from './corpus';
import type { CheckCache } from '../../../src/sim/types/check';

const root = join(__dirname, '../../golden');
const cache: CheckCache = {};
const pending = new Set(
  readFileSync(join(__dirname, 'golden-pending.txt'), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split(/\s+/)[0]),
);
const programs: { cat: string; name: string; path: string }[] = [];
if (existsSync(root)) {
  for (const cat of readdirSync(root).sort()) {
    const d = join(root, cat);
    if (!statSync(d).isDirectory()) continue;
    for (const name of readdirSync(d).filter((f) => f.endsWith('.go')).sort()) programs.push({ cat, name, path: join(d, name) });
  }
}

describe('golden programs type-check as go build does', () => {
  for (const p of programs) {
    it(`${p.cat}/${p.name}`, () => {
      const got = goBuildOutput(p.path, p.name, cache);
      const errPath = p.path.replace(/\.go$/, '.err');
      const recorded = existsSync(errPath) ? readFileSync(errPath, 'utf8') : '';
      // a program that does not build has `NAME.go:LINE:COL: msg` lines as its recorded stderr
      const want = recorded.startsWith(`${p.name}:`) && /^\S+:\d+:\d+: /.test(recorded) ? recorded : '';
      if (pending.has(`${p.cat}/${p.name.replace(/\.go$/, '')}`)) expect(got, 'matches now: remove it from golden-pending.txt').not.toBe(want);
      else expect(got).toBe(want);
    });
  }
});
