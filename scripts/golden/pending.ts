/**
 * This file implements the pending-list tool for the golden corpus (run with tsx):
 *
 *   npx tsx scripts/golden/pending.ts           status: every program through the simulator, per
 *                                               category pass/fail counts, and why each failure fails
 *   npx tsx scripts/golden/pending.ts --prune   also delete from tests/golden/pending.txt every
 *                                               program that now passes, and refresh the reasons
 *                                               written by this tool (`auto: …`) of those still failing
 *   npx tsx scripts/golden/pending.ts fmt/…    only those programs or categories
 *
 * Invariant: --prune only ever removes lines (the list only shrinks). A program that fails and is
 * not pending is a regression: it is reported, never added to the list.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkGolden, expected, expectedCheck, loadSim, readGolden, readPending, runGolden, type Observed } from '../../tests/golden/harness';
import { GOLDEN_DIR, listPrograms, selectPrograms } from './corpus.mjs';

function firstDiff(a: string, b: string): string {
  const al = a.split('\n');
  const bl = b.split('\n');
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) return `line ${i + 1}: got ${JSON.stringify((al[i] ?? '<none>').slice(0, 70))}, want ${JSON.stringify((bl[i] ?? '<none>').slice(0, 70))}`;
  }
  return 'equal';
}

/** A one-line reason why `got` differs from `want` (empty when equal). */
export function explain(got: Observed, want: Observed): string {
  if (got.exitCode === 126 || /internal error/.test(got.stderr)) return `internal error: ${got.stderr.split('\n').find((l) => /internal error/.test(l))?.slice(0, 110) ?? ''}`;
  const parts: string[] = [];
  if (got.exitCode !== want.exitCode) parts.push(`exit ${got.exitCode}, want ${want.exitCode}${got.exitCode === 1 && want.exitCode !== 1 ? ` (${got.stderr.split('\n')[0].slice(0, 100)})` : ''}`);
  if (got.stdout !== want.stdout) parts.push(`stdout ${firstDiff(got.stdout, want.stdout)}`);
  if (got.stderr !== want.stderr && !(got.exitCode === 1 && want.exitCode !== 1)) parts.push(`stderr ${firstDiff(got.stderr, want.stderr)}`);
  return parts.join('; ');
}

async function main(): Promise<void> {
  const prune = process.argv.includes('--prune');
  const words = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const { selected, unknown } = selectPrograms(listPrograms(), words);
  if (unknown.length > 0) throw new Error(`no program matches: ${unknown.join(' ')}`);
  const { sim, error } = await loadSim();
  if (!sim) throw new Error(error ?? 'no simulator');
  const pending = new Set(readPending().map((p) => p.id));
  const passing = new Set<string>();
  const reasons = new Map<string, string>();
  const perCat = new Map<string, { pass: number; total: number }>();
  const failures: string[] = [];
  for (const id of selected) {
    const g = readGolden(id);
    let reason: string;
    const t0 = performance.now();
    try {
      reason = explain(runGolden(sim, g), expected(g));
      if (reason === '') {
        const got = checkGolden(sim, g);
        const want = expectedCheck(g);
        if (got !== want) reason = `check() ${firstDiff(got, want)}`;
      }
    } catch (e) {
      reason = `threw: ${e instanceof Error ? e.message.slice(0, 110) : String(e)}`;
    }
    const ms = performance.now() - t0;
    const cat = id.split('/')[0];
    const c = perCat.get(cat) ?? { pass: 0, total: 0 };
    c.total++;
    if (reason === '') {
      c.pass++;
      passing.add(id);
    } else {
      reasons.set(id, reason);
      failures.push(`${pending.has(id) ? '  pending ' : '  REGRESSION '}${id}: ${reason}${ms > 2000 ? ` [${Math.round(ms)} ms]` : ''}`);
    }
    perCat.set(cat, c);
  }
  let pass = 0;
  for (const [cat, c] of [...perCat].sort()) {
    console.log(`${cat.padEnd(16)} ${String(c.pass).padStart(3)} / ${c.total}`);
    pass += c.pass;
  }
  console.log(`${'total'.padEnd(16)} ${String(pass).padStart(3)} / ${selected.length}`);
  if (failures.length > 0) console.log('\nfailing:\n' + failures.join('\n'));
  if (prune) {
    const file = join(GOLDEN_DIR, 'pending.txt');
    const lines = readFileSync(file, 'utf8').split('\n');
    const kept = lines
      .filter((l) => {
        const id = l.trim().split(/\s+/)[0]?.replace(/\.go$/, '');
        return !(id && !l.trim().startsWith('#') && passing.has(id));
      })
      .map((l) => {
        const m = /^(\S+)\s*(.*)$/.exec(l.trim());
        if (!m || l.trim().startsWith('#')) return l;
        const id = m[1].replace(/\.go$/, '');
        const auto = m[2] === '' || m[2].startsWith('auto:') || m[2].startsWith('simulator not complete yet');
        return auto && reasons.has(id) ? `${m[1]}  auto: ${reasons.get(id)!.replace(/\s+/g, ' ').slice(0, 200)}` : l;
      });
    writeFileSync(file, kept.join('\n'));
    console.log(`\npending.txt: removed ${lines.length - kept.length} program(s) that pass now.`);
  }
}

main().catch((e) => {
  console.error(`pending: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
