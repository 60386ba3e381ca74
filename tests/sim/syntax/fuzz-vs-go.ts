// This file implements a differential fuzzer for the parser (not part of `npm test`: it needs Go
// and takes minutes). It mutates the golden programs (tests/golden/**.go) — deleting tokens or
// inserting random ones after the imports — builds each mutant with the real `go build`, and
// compares our diagnostics with gc's as tests/sim/syntax/errors.test.ts does (exact when we say
// gc stops before type checking; otherwise ours must be among gc's and gc's other lines must not
// be syntax errors).
//
//   npx tsx tests/sim/syntax/fuzz-vs-go.ts [COUNT=200] [SEED=1]
//
// Last runs (2026-11-22): 2 × 400 mutants, 800/800 agree.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile } from '../../../src/sim/syntax/parse';
import { newScanner, next } from '../../../src/sim/syntax/scanner';
import { Tok } from '../../../src/sim/syntax/token';

const count = Number(process.argv[2] ?? 200);
let state = Number(process.argv[3] ?? 1);
/** mulberry32: a small deterministic PRNG (this is a test tool, not the simulator). */
function rnd(n: number): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}

function goFiles(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...goFiles(p));
    else if (f.endsWith('.go')) out.push(p);
  }
  return out.sort();
}

const INSERTS = ['(', ')', '{', '}', '[', ']', ',', ';', ':', ':=', '=', 'func', 'if', 'else', 'for', 'range', 'x', '1',
  '"s"', '.', '*', '&', '<-', 'chan', 'go', 'defer', 'return', 'case', 'var', 'type', '...', '\n', '~', '|'];

function mutate(src: string): string {
  const toks: { pos: number; end: number }[] = [];
  const s = newScanner(src, () => {});
  for (;;) {
    next(s);
    if (s.tok === Tok.EOF) break;
    if (!(s.tok === Tok.Semi && s.lit !== 'semicolon')) toks.push({ pos: s.pos, end: s.end });
  }
  const body = src.search(/\n(func|type|var|const) /); // keep the header: go/parser errors are another story
  const cand = toks.filter((t) => t.pos > body);
  const picks = [cand[rnd(cand.length)], cand[rnd(cand.length)]].sort((a, b) => b.pos - a.pos);
  if (picks[0].pos < picks[1].end) picks.pop();
  let out = src;
  for (const t of picks) {
    out = rnd(3) === 0 ? out.slice(0, t.pos) + out.slice(t.end) : out.slice(0, t.pos) + ' ' + INSERTS[rnd(INSERTS.length)] + ' ' + out.slice(t.pos);
  }
  return out;
}

function goBuild(work: string, name: string): string[] {
  try {
    execFileSync('go', ['build', '-o', join(work, 'out.bin'), name], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GOFLAGS: '', GOTOOLCHAIN: 'local' } });
    return [];
  } catch (e) {
    return String((e as { stderr?: unknown }).stderr ?? '').split('\n')
      .filter((l) => l !== '' && !l.startsWith('# ') && !l.startsWith('\t'))
      .map((l) => l.split('./' + name).join(name));
  }
}

const here = dirname(fileURLToPath(import.meta.url));
const seeds = goFiles(join(here, '../../golden')).map((f) => readFileSync(f, 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'gosyntax-fuzz-'));
writeFileSync(join(work, 'go.mod'), 'module example.com/fuzz\n\ngo 1.22\n');
let agree = 0;
const disagree: string[] = [];
try {
  for (let i = 0; i < count; i++) {
    const src = mutate(seeds[rnd(seeds.length)]);
    const name = `m${i}.go`;
    writeFileSync(join(work, name), src);
    const want = goBuild(work, name);
    rmSync(join(work, name));
    const r = parseFile(src, name);
    const ds = r.fatal ? r.errors : [...r.errors, ...r.typeErrors].sort((a, b) => a.pos - b.pos);
    const got = ds.map((d) => r.source.formatDiagnostic(d));
    if (r.tooManyErrorsAt >= 0) got.push(`${r.source.format(r.tooManyErrorsAt)}: too many errors`);
    const ok = r.fatal
      ? JSON.stringify(got) === JSON.stringify(want)
      : got.every((l) => want.includes(l)) && want.every((l) => got.includes(l) || !/syntax error/.test(l));
    if (ok) agree++;
    else disagree.push(`--- ${name}\n${src}\n--- go build\n${want.join('\n')}\n--- ours\n${got.join('\n')}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
for (const d of disagree.slice(0, 5)) console.log(d);
console.log(`${agree}/${count} mutants agree with go build`);
process.exitCode = disagree.length ? 1 : 0;
