/**
 * This file implements the fuzz test (issue 3, "Bad input never breaks the host"): at least 2,000
 * programs per run — mutated golden programs, fast-check-generated programs and fixed hostile
 * sources (corpus.ts) — go through the simulator's `check` and `run` with a small step and heap
 * budget. None may throw a JavaScript exception, report an internal error, take longer than
 * SLOW_MS, or hang (no answer within HANG_MS: the child is killed and the program reported).
 *
 * Deterministic: the corpus comes from one seed, printed at the start; reproduce a failure with
 * `FUZZ_SEED=<seed> npx vitest run tests/fuzz`. Failing programs are written to a temp folder
 * whose path the failure message names. FUZZ_COUNT raises (never lowers) the number of programs.
 *
 * The programs run in a child process (runner.ts) so a hang can be killed; while the simulator's
 * door src/sim/index.ts does not exist yet the property test is skipped (the corpus tests still run).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SIM_INDEX } from '../golden/harness';
import { buildCorpus, DEFAULT_SEED, FUZZ_COUNT } from './corpus';
import type { ReplyMsg, StartMsg } from './runner';

const SEED = Number(process.env.FUZZ_SEED ?? DEFAULT_SEED);
const COUNT = Math.max(FUZZ_COUNT, Number(process.env.FUZZ_COUNT ?? 0));
const MAX_STEPS = 20_000;
const MAX_HEAP = 16 << 20;
const SLOW_MS = 5_000;
const HANG_MS = Number(process.env.FUZZ_HANG_MS ?? 20_000);
const STARTUP_MS = 120_000;
const RUNNER = fileURLToPath(new URL('./runner.ts', import.meta.url));

interface Problem { index: number; problems: string[] }

/** Runs the corpus in child processes, restarting after a hang; resolves with every problem. */
function fuzzInChild(): Promise<{ problems: Problem[]; ran: number; slowest: { index: number; ms: number }; fatal: string | null }> {
  return new Promise((resolve) => {
    const problems: Problem[] = [];
    let ran = 0;
    let slowest = { index: -1, ms: 0 };
    let next = 0;
    let child: ChildProcess;
    let timer: NodeJS.Timeout;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        problems.push({ index: next, problems: [`hang: no answer within ${HANG_MS} ms (child killed)`] });
        ran++;
        next++;
        child.removeAllListeners();
        child.kill('SIGKILL');
        if (next < COUNT) start(); else resolve({ problems, ran, slowest, fatal: null });
      }, HANG_MS);
    };
    const start = () => {
      child = fork(RUNNER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      let stderr = '';
      child.stderr!.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
      child.on('message', (m: ReplyMsg) => {
        if (m.type === 'ready') { arm(); return; }
        if (m.type === 'fatal') { clearTimeout(timer); resolve({ problems, ran, slowest, fatal: m.error }); return; }
        if (m.type === 'done') { clearTimeout(timer); resolve({ problems, ran, slowest, fatal: null }); return; }
        ran++;
        next = m.index + 1;
        if (m.ms > slowest.ms) slowest = { index: m.index, ms: m.ms };
        if (m.problems.length > 0) problems.push({ index: m.index, problems: m.problems });
        arm();
      });
      child.on('exit', (code, signal) => {
        if (next >= COUNT) return;
        clearTimeout(timer);
        // The child died under a program (e.g. out of memory): report it and go on after it.
        problems.push({ index: next, problems: [`child process died (code ${code}, signal ${signal}): ${stderr.slice(-600)}`] });
        ran++;
        next++;
        if (next < COUNT) start(); else resolve({ problems, ran, slowest, fatal: null });
      });
      const msg: StartMsg = { seed: SEED, count: COUNT, start: next, options: { seed: 1, filename: 'fuzz.go', maxSteps: MAX_STEPS, maxHeapBytes: MAX_HEAP }, slowMs: SLOW_MS };
      child.send(msg);
      // Starting the child (tsx, loading the simulator, rebuilding the corpus) is not a program's
      // time: until 'ready' only a generous start-up limit applies, and missing it is fatal.
      clearTimeout(timer);
      timer = setTimeout(() => {
        child.removeAllListeners();
        child.kill('SIGKILL');
        resolve({ problems, ran, slowest, fatal: `the fuzz child did not start within ${STARTUP_MS} ms` });
      }, STARTUP_MS);
    };
    start();
  });
}

describe(`fuzz (seed ${SEED})`, () => {
  it(`builds ${COUNT} programs deterministically from the seed`, () => {
    const a = buildCorpus(SEED, COUNT);
    const b = buildCorpus(SEED, COUNT);
    expect(a.length).toBe(COUNT);
    expect(a.map((c) => c.source)).toEqual(b.map((c) => c.source));
    const origins = new Set(a.map((c) => c.origin.split(':')[0]));
    expect([...origins].sort()).toEqual(['fixed', 'generated', 'mutated']);
    expect(new Set(a.map((c) => c.source)).size).toBeGreaterThan(COUNT * 0.9);
  });

  it.skipIf(!existsSync(SIM_INDEX))(
    `check and run never throw, never report an internal error, always return (${COUNT} programs)`,
    async () => {
      console.log(`fuzz: seed ${SEED} (reproduce: FUZZ_SEED=${SEED} npx vitest run tests/fuzz), ${COUNT} programs, maxSteps ${MAX_STEPS}, maxHeapBytes ${MAX_HEAP}`);
      const t0 = Date.now();
      const { problems, ran, slowest, fatal } = await fuzzInChild();
      console.log(`fuzz: ${ran} programs in ${((Date.now() - t0) / 1000).toFixed(1)} s, slowest #${slowest.index} ${Math.round(slowest.ms)} ms, ${problems.length} with problems`);
      if (fatal) throw new Error(`the simulator could not be loaded in the fuzz child: ${fatal}`);
      if (problems.length > 0) {
        const corpus = buildCorpus(SEED, COUNT);
        const dir = join(tmpdir(), `gosim-fuzz-${SEED}`);
        mkdirSync(dir, { recursive: true });
        const lines = problems.slice(0, 30).map((p) => {
          const file = join(dir, `${p.index}.go`);
          writeFileSync(file, corpus[p.index].source);
          return `#${p.index} ${corpus[p.index].origin} (${file}):\n    ${p.problems.join('\n    ')}`;
        });
        throw new Error(`${problems.length} of ${ran} fuzz programs broke a property (seed ${SEED}):\n${lines.join('\n')}`);
      }
      expect(ran).toBe(COUNT);
    },
    600_000,
  );
});
