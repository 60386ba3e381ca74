/**
 * This file implements the golden test: every program in tests/golden/<category>/<name>.go is run
 * through the simulator (src/sim/index.ts `run`, seed GOLDEN_SEED) and its stdout, normalised
 * stderr and exit code must equal what the real Go toolchain printed (the .out/.err/.code files
 * recorded by scripts/golden-record.mjs); and `check` must report exactly the diagnostics `go build`
 * printed (none for a program that built). It never needs Go.
 *
 * Programs listed in pending.txt are reported as skipped, with their reason. The list may only
 * shrink: "pending.txt only lists programs that still fail" runs every pending program and fails,
 * naming them, when one already passes; stale or duplicate entries also fail.
 */
import { describe, expect, it } from 'vitest';
import { listPrograms } from '../../scripts/golden/corpus.mjs';
import { checkGolden, expected, expectedCheck, loadSim, passes, readGolden, readPending, runGolden } from './harness';

const programs = listPrograms();
const pending = readPending();
const pendingById = new Map(pending.map((p) => [p.id, p]));
const { sim, error: loadError } = await loadSim();

const byCategory = new Map<string, string[]>();
for (const id of programs) {
  const cat = id.split('/')[0];
  byCategory.set(cat, [...(byCategory.get(cat) ?? []), id]);
}

describe('golden corpus', () => {
  it('has at least 100 programs, each with its .out, .err and .code recordings', () => {
    expect(programs.length).toBeGreaterThanOrEqual(100);
    const missing = programs.filter((id) => {
      try {
        readGolden(id);
        return false;
      } catch {
        return true;
      }
    });
    expect(missing, 'record them with `npm run golden:record -- <id>`').toEqual([]);
  });

  it('pending.txt names only existing programs, each once', () => {
    const known = new Set(programs);
    const stale = pending.filter((p) => !known.has(p.id)).map((p) => `line ${p.line}: ${p.id}`);
    const seen = new Set<string>();
    const dup = pending.filter((p) => (seen.has(p.id) ? true : (seen.add(p.id), false))).map((p) => `line ${p.line}: ${p.id}`);
    expect({ stale, dup }).toEqual({ stale: [], dup: [] });
  });

  it('pending.txt only lists programs that still fail (remove the ones named here)', () => {
    if (!sim) return; // no simulator yet: no pending program can pass
    const nowPassing = pending.filter((p) => programs.includes(p.id) && passes(sim, readGolden(p.id))).map((p) => p.id);
    expect(nowPassing, 'these programs pass now: delete their lines from tests/golden/pending.txt').toEqual([]);
  }, 600_000);
});

for (const [cat, ids] of byCategory) {
  describe(`golden/${cat}`, () => {
    for (const id of ids) {
      const p = pendingById.get(id);
      if (p) {
        it.skip(`${id} [pending: ${p.reason}]`, () => {});
        continue;
      }
      it(id, () => {
        if (!sim) throw new Error(loadError ?? 'simulator not loaded');
        const g = readGolden(id);
        expect(runGolden(sim, g), 'run(): stdout, normalised stderr, exit code').toEqual(expected(g));
        expect(checkGolden(sim, g), 'check(): the diagnostics go build printed, or none').toBe(expectedCheck(g));
      });
    }
  });
}
