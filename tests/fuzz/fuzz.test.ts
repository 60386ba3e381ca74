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
 * The programs run in child processes (runner.ts, FUZZ_WORKERS of them) so a hang can be killed;
 * while the simulator's door src/sim/index.ts does not exist yet the property test is skipped (the
 * corpus test still runs).
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
const SLOW_MS = Number(process.env.FUZZ_SLOW_MS ?? 10_000);
const HANG_MS = Number(process.env.FUZZ_HANG_MS ?? 30_000);
const STARTUP_MS = 120_000;
/** Child processes running programs in parallel (FUZZ_WORKERS; default 2, the machine's cores). */
const WORKERS = Math.max(1, Number(process.env.FUZZ_WORKERS ?? 2));
const RUNNER = fileURLToPath(new URL('./runner.ts', import.meta.url));

interface Problem { index: number; problems: string[] }
interface ShardResult { problems: Problem[]; ran: number; slowest: { index: number; ms: number }; fatal: string | null }

/**
 * Runs the given corpus indices in one child process, in order. When a program gets no answer
 * within HANG_MS the child is killed, the program reported as a hang, and a new child continues
 * with the indices after it; likewise when the child dies under a program.
 */
function runShard(indices: number[]): Promise<ShardResult> {
  return new Promise((resolve) => {
    const res: ShardResult = { problems: [], ran: 0, slowest: { index: -1, ms: 0 }, fatal: null };
    let pos = 0; // position in `indices` of the next program without an answer
    let child: ChildProcess;
    let timer: NodeJS.Timeout | undefined;
    const finish = () => { clearTimeout(timer); resolve(res); };
    const skipCurrent = (problem: string) => {
      res.problems.push({ index: indices[pos], problems: [problem] });
      res.ran++;
      pos++;
      if (pos < indices.length) start(); else finish();
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        child.removeAllListeners();
        child.kill('SIGKILL');
        skipCurrent(`hang: no answer within ${HANG_MS} ms (child killed)`);
      }, HANG_MS);
    };
    const start = () => {
      child = fork(RUNNER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      let stderr = '';
      child.stderr!.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
      child.on('message', (m: ReplyMsg) => {
        if (m.type === 'ready') return arm();
        if (m.type === 'fatal') { res.fatal = m.error; return finish(); }
        if (m.type === 'done') return finish();
        res.ran++;
        pos++;
        if (m.ms > res.slowest.ms) res.slowest = { index: m.index, ms: m.ms };
        if (m.problems.length > 0) res.problems.push({ index: m.index, problems: m.problems });
        arm();
      });
      child.on('exit', (code, signal) => {
        if (pos >= indices.length || res.fatal) return;
        clearTimeout(timer);
        skipCurrent(`child process died (code ${code}, signal ${signal}): ${stderr.slice(-600)}`);
      });
      const msg: StartMsg = {
        seed: SEED,
        count: COUNT,
        indices: indices.slice(pos),
        options: { seed: 1, filename: 'fuzz.go', maxSteps: MAX_STEPS, maxHeapBytes: MAX_HEAP },
        slowMs: SLOW_MS,
      };
      child.send(msg);
      // Starting the child (tsx, loading the simulator, rebuilding the corpus) is not a program's
      // time: until 'ready' only a generous start-up limit applies, and missing it is fatal.
      clearTimeout(timer);
      timer = setTimeout(() => {
        child.removeAllListeners();
        child.kill('SIGKILL');
        res.fatal = `the fuzz child did not start within ${STARTUP_MS} ms`;
        finish();
      }, STARTUP_MS);
    };
    if (indices.length === 0) finish(); else start();
  });
}

/** Runs the whole corpus in WORKERS child processes (program i goes to worker i % WORKERS). */
async function fuzzInChildren(): Promise<ShardResult> {
  const shards = Array.from({ length: WORKERS }, (_, w) => Array.from({ length: COUNT }, (_, i) => i).filter((i) => i % WORKERS === w));
  const results = await Promise.all(shards.map(runShard));
  const slowest = results.map((r) => r.slowest).reduce((a, b) => (b.ms > a.ms ? b : a));
  return {
    problems: results.flatMap((r) => r.problems).sort((a, b) => a.index - b.index),
    ran: results.reduce((n, r) => n + r.ran, 0),
    slowest,
    fatal: results.find((r) => r.fatal)?.fatal ?? null,
  };
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
      console.log(`fuzz: seed ${SEED} (reproduce: FUZZ_SEED=${SEED} npx vitest run tests/fuzz), ${COUNT} programs, ${WORKERS} workers, maxSteps ${MAX_STEPS}, maxHeapBytes ${MAX_HEAP}`);
      const t0 = Date.now();
      const { problems, ran, slowest, fatal } = await fuzzInChildren();
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
