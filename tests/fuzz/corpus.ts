/**
 * This file implements the fuzz corpus: FUZZ_COUNT programs derived from one seed, a mix of
 * mutated golden programs (mutate.ts), grammar-generated programs (generate.ts) and a few fixed
 * hostile sources (empty text, random bytes, enormous literals). The same seed always gives the
 * same list in the same order, so a failing index is reproducible with FUZZ_SEED.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, listPrograms } from '../../scripts/golden/corpus.mjs';
import { generatePrograms } from './generate';
import { HOSTILE, mutate } from './mutate';
import { Prng } from './prng';

export const DEFAULT_SEED = 20261122;
export const FUZZ_COUNT = 2000;
/** Share of the corpus that is grammar-generated (the rest mutates golden programs). */
const GENERATED_SHARE = 0.25;

export interface FuzzCase {
  index: number;
  origin: string;
  source: string;
}

function fixedCases(r: Prng): { origin: string; source: string }[] {
  let bytes = '';
  for (let i = 0; i < 300; i++) bytes += String.fromCharCode(r.int(256));
  return [
    { origin: 'fixed:empty', source: '' },
    { origin: 'fixed:package-only', source: 'package main\n' },
    { origin: 'fixed:random-bytes', source: bytes },
    { origin: 'fixed:deep-parens', source: `package main\nfunc main() { _ = ${'('.repeat(5000)}1${')'.repeat(5000)} }\n` },
    { origin: 'fixed:deep-blocks', source: `package main\nfunc main() ${'{'.repeat(3000)}${'}'.repeat(3000)}\n` },
    { origin: 'fixed:long-string', source: `package main\nimport "fmt"\nfunc main() { fmt.Println(len("${'x'.repeat(200000)}")) }\n` },
    { origin: 'fixed:huge-const', source: 'package main\nconst c = 1 << 100000\nfunc main() { println(c >> 99990) }\n' },
    { origin: 'fixed:many-funcs', source: 'package main\n' + Array.from({ length: 500 }, (_, i) => `func f${i}() int { return ${i} }\n`).join('') + 'func main() { println(f499()) }\n' },
    ...HOSTILE.map((h, i) => ({ origin: `fixed:hostile-${i}`, source: `package main\n\nfunc main() {\n\t${h}\n}\n` })),
  ];
}

/** The whole corpus for a seed. */
export function buildCorpus(seed: number, count = FUZZ_COUNT): FuzzCase[] {
  const r = new Prng(seed);
  const golden = listPrograms().map((id) => ({ id, source: readFileSync(join(GOLDEN_DIR, id + '.go'), 'utf8') }));
  const out: { origin: string; source: string }[] = fixedCases(r);
  const nGenerated = Math.floor(count * GENERATED_SHARE);
  generatePrograms(seed, nGenerated).forEach((source, i) => out.push({ origin: `generated:${i}`, source }));
  while (out.length < count) {
    const g = r.pick(golden);
    const { source, ops } = mutate(g.source, r);
    out.push({ origin: `mutated:${g.id}:${ops.join('+')}`, source });
  }
  return out.slice(0, count).map((c, index) => ({ index, ...c }));
}
