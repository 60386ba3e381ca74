/**
 * This file implements the fuzz test's child process (started by fuzz.test.ts with
 * `node --import tsx`): it rebuilds the corpus from the seed, loads the simulator's door and, from
 * the requested start index on, runs `check` and `run` on each program, reporting one message per
 * program. Running in a child lets the parent kill a hung simulator (a synchronous infinite loop
 * cannot be interrupted in-process) and resume after the hung program.
 *
 * Properties checked per program (a violation is a "problem"):
 *  - check(source, name) returns an array and does not throw; no diagnostic says "internal error"
 *    (every CHECK_EVERY-th program: run() type-checks every program itself, through the same code);
 *  - run(source, opts) does not throw and returns strings and an integer exit code in 0..255;
 *  - the exit code is not 126 (internal error) and no stderr line starts with "internal error"
 *    (or "gosim: internal error");
 *  - check + run return within SLOW_MS;
 *  - every TWICE_EVERY-th program: a second run with the same seed gives the same stdout/stderr/exit code.
 */
import { pathToFileURL } from 'node:url';
import type { RunOptions, SimDoor } from '../golden/harness';
import { SIM_INDEX } from '../golden/harness';
import { buildCorpus } from './corpus';

/** Run `indices` (in order) of the corpus built from (seed, count). */
export interface StartMsg { seed: number; count: number; indices: number[]; options: RunOptions; slowMs: number }
export type ReplyMsg =
  | { type: 'result'; index: number; ms: number; exitCode: number | null; problems: string[] }
  | { type: 'ready' }
  | { type: 'fatal'; error: string }
  | { type: 'done' };

function send(m: ReplyMsg): void {
  process.send!(m);
}

function errText(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 5);
  return [`${e.name}: ${e.message}`, ...frames].join('\n');
}

function hasInternalError(text: string): boolean {
  return text.split('\n').some((l) => /^(gosim: )?internal error/.test(l));
}

/** `check` runs separately on every CHECK_EVERY-th program (run() checks every program anyway). */
const CHECK_EVERY = 4;
/** Every TWICE_EVERY-th program is run twice to check determinism. */
const TWICE_EVERY = 20;

function runOne(sim: SimDoor, source: string, name: string, options: RunOptions, slowMs: number, doCheck: boolean, twice: boolean) {
  const problems: string[] = [];
  let exitCode: number | null = null;
  const t0 = performance.now();
  if (doCheck) try {
    const diags = sim.check(source, name);
    if (!Array.isArray(diags)) problems.push('check did not return an array');
    else if (diags.some((d) => JSON.stringify(d).includes('internal error'))) problems.push(`check reported an internal error: ${JSON.stringify(diags).slice(0, 300)}`);
  } catch (e) {
    problems.push(`check threw: ${errText(e)}`);
  }
  try {
    const r = sim.run(source, options);
    exitCode = r.exitCode;
    if (typeof r.stdout !== 'string' || typeof r.stderr !== 'string') problems.push('run returned non-string stdout/stderr');
    if (!Number.isInteger(r.exitCode) || r.exitCode < 0 || r.exitCode > 255) problems.push(`run returned exit code ${r.exitCode}`);
    if (r.exitCode === 126 || hasInternalError(String(r.stderr))) problems.push(`internal error (exit ${r.exitCode}): ${String(r.stderr).slice(0, 400)}`);
    if (twice) {
      const r2 = sim.run(source, options);
      if (r2.stdout !== r.stdout || r2.stderr !== r.stderr || r2.exitCode !== r.exitCode) problems.push('nondeterministic: a second run with the same seed differs');
    }
  } catch (e) {
    problems.push(`run threw: ${errText(e)}`);
  }
  const ms = performance.now() - t0;
  if (ms > slowMs) problems.push(`slow: check+run took ${Math.round(ms)} ms (bound ${slowMs} ms)`);
  return { ms, exitCode, problems };
}

process.once('message', async (msg: StartMsg) => {
  let sim: SimDoor;
  try {
    sim = (await import(pathToFileURL(SIM_INDEX).href)) as SimDoor;
    if (typeof sim.run !== 'function' || typeof sim.check !== 'function') throw new Error('src/sim/index.ts does not export run() and check()');
  } catch (e) {
    send({ type: 'fatal', error: errText(e) });
    process.exit(0);
  }
  const corpus = buildCorpus(msg.seed, msg.count);
  send({ type: 'ready' });
  for (const i of msg.indices) {
    const r = runOne(sim, corpus[i].source, 'fuzz.go', msg.options, msg.slowMs, i % CHECK_EVERY === 0, i % TWICE_EVERY === 0);
    send({ type: 'result', index: i, ...r });
  }
  send({ type: 'done' });
  process.disconnect();
});
