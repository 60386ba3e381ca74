// Type-checks every golden program (tests/golden/<category>/*.go): programs outside `compile/`
// must check with zero errors; `compile/` programs must produce exactly the recorded compile
// errors (their .err, recorded from `go build` by scripts/golden-record.mjs).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { goBuildOutput } from './corpus';
import type { CheckCache } from '../../../src/sim/types/check';

const root = join(__dirname, '../../golden');
const cache: CheckCache = {};
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
      if (p.cat === 'compile') {
        const want = readFileSync(p.path.replace(/\.go$/, '.err'), 'utf8');
        expect(got).toBe(want);
      } else {
        expect(got).toBe('');
      }
    });
  }
});
