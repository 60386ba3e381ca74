/**
 * This file implements the golden harness shared by golden.test.ts: loading the simulator's public
 * door (src/sim/index.ts) without making the test file fail to load when the door does not exist
 * yet, reading a program's recordings, running a program through the simulator and comparing, and
 * parsing pending.txt.
 *
 * Invariants: the simulator's stderr goes through the same normalizeStderr as Go's stderr did when
 * it was recorded (scripts/golden/normalize.mjs); every run uses GOLDEN_SEED; compile errors are
 * expected as `NAME.go:LINE:COL: msg`, so the simulator is given `NAME.go` as the file name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GOLDEN_DIR, ROOT } from '../../scripts/golden/corpus.mjs';
import { formatDiagnostic, type Diagnostic } from '../../src/sim/diag';
import { normalizeStderr, programArgs } from '../../scripts/golden/normalize.mjs';

export const GOLDEN_SEED = 1;
/** Generous: the golden programs are small; this only turns a simulator hang into a failure. */
export const GOLDEN_MAX_STEPS = 200_000_000;

/** The part of src/sim/index.ts the harness uses (the documented door: `run`, `check`). */
export interface RunOptions {
  seed?: number;
  filename?: string;
  maxSteps?: number;
  maxHeapBytes?: number;
  args?: string[];
}
export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  events: unknown[];
}
export interface SimDoor {
  run(source: string, options?: RunOptions): RunResult;
  check(source: string, filename?: string): Diagnostic[];
}

/** The door; GOSIM_SIM_INDEX may point elsewhere (used to test this harness with a fake simulator). */
export const SIM_INDEX = process.env.GOSIM_SIM_INDEX ?? join(ROOT, 'src', 'sim', 'index.ts');

/** Loads src/sim/index.ts; returns the door or the reason it could not be loaded. */
export async function loadSim(): Promise<{ sim: SimDoor | null; error: string | null }> {
  if (!existsSync(SIM_INDEX)) return { sim: null, error: `the simulator door ${SIM_INDEX} does not exist yet` };
  try {
    const url = pathToFileURL(SIM_INDEX).href;
    const mod = (await import(/* @vite-ignore */ url)) as Partial<SimDoor>;
    if (typeof mod.run !== 'function' || typeof mod.check !== 'function') {
      return { sim: null, error: 'src/sim/index.ts does not export run() and check()' };
    }
    return { sim: mod as SimDoor, error: null };
  } catch (e) {
    return { sim: null, error: `src/sim/index.ts failed to load: ${e instanceof Error ? e.stack ?? e.message : String(e)}` };
  }
}

export interface Golden {
  id: string;
  fileName: string;
  source: string;
  args: string[];
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Reads a program and its .out/.err/.code recordings (throws naming the missing file). */
export function readGolden(id: string): Golden {
  const base = join(GOLDEN_DIR, id);
  const need = (ext: string) => {
    const p = `${base}.${ext}`;
    if (!existsSync(p)) throw new Error(`${id}: missing recording ${id}.${ext} — run \`npm run golden:record -- ${id}\``);
    return readFileSync(p, 'utf8');
  };
  const source = need('go');
  return {
    id,
    fileName: basename(base) + '.go',
    source,
    args: programArgs(source),
    stdout: need('out'),
    stderr: need('err'),
    exitCode: Number(need('code').trim()),
  };
}

export interface Observed {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * Runs a golden program through the simulator. A run's stderr is normalised like the recorded
 * binary's; compiler messages are compared verbatim, as the recorder keeps them (a message may quote
 * a literal such as 0xdeadbeef that the address normaliser would otherwise rewrite).
 */
export function runGolden(sim: SimDoor, g: Golden): Observed {
  const r = sim.run(g.source, { seed: GOLDEN_SEED, filename: g.fileName, maxSteps: GOLDEN_MAX_STEPS, args: g.args });
  const compileFailed = r.exitCode === 1 && r.stdout === '' && r.stderr.startsWith(`${g.fileName}:`);
  return { stdout: r.stdout, stderr: compileFailed ? r.stderr : normalizeStderr(r.stderr), exitCode: r.exitCode };
}

export function expected(g: Golden): Observed {
  return { stdout: g.stdout, stderr: g.stderr, exitCode: g.exitCode };
}

/** True when Go failed to build the program (its recording is the compiler's messages). */
export function isBuildFailure(g: Golden): boolean {
  return g.exitCode === 1 && g.stdout === '' && g.stderr.startsWith(`${g.fileName}:`);
}

/** check()'s diagnostics printed as `go build` prints them (one per line, final newline). */
export function checkGolden(sim: SimDoor, g: Golden): string {
  const text = sim.check(g.source, g.fileName).map((d) => formatDiagnostic(g.source, g.fileName, d)).join('\n');
  return text === '' ? '' : text + '\n';
}

/** What check() must print: the build errors, or nothing when Go built the program. */
export function expectedCheck(g: Golden): string {
  return isBuildFailure(g) ? g.stderr : '';
}

/**
 * True when the simulator reproduces the recording exactly — run()'s output and check()'s
 * diagnostics (a JS exception counts as a failure).
 */
export function passes(sim: SimDoor, g: Golden): boolean {
  try {
    const o = runGolden(sim, g);
    return o.stdout === g.stdout && o.stderr === g.stderr && o.exitCode === g.exitCode && checkGolden(sim, g) === expectedCheck(g);
  } catch {
    return false;
  }
}

export interface PendingEntry {
  id: string;
  reason: string;
  line: number;
}

/**
 * pending.txt: one program per line, `category/name  reason…` (the id may end in .go);
 * blank lines and lines starting with `#` are ignored.
 */
export function readPending(path = join(GOLDEN_DIR, 'pending.txt')): PendingEntry[] {
  if (!existsSync(path)) return [];
  const out: PendingEntry[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^(\S+)\s*(.*)$/.exec(line)!;
    out.push({ id: m[1].replace(/^tests\/golden\//, '').replace(/\.go$/, ''), reason: m[2] || '(no reason given)', line: i + 1 });
  });
  return out;
}
