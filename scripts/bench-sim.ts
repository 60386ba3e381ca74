/**
 * This file implements the simulator benchmark (`npm run bench:sim`, run with tsx): it times the
 * simulator's `run` (src/sim/index.ts) on each program of bench/ and, when `go` is on PATH, the
 * same program built natively, and prints a table — case, simulator ms, native ms, ratio, target
 * and whether it is met. It is a figure-printing script, not a timed test.
 *
 * Measurement: every figure is the best of BENCH_RUNS runs (default 3). Native time is what the
 * program measures itself between its first statement and its result (it prints `ns N` to stderr
 * when run with `-time`), so the build and the process start-up are excluded. The simulator is
 * measured the same way: "sim ms" is the wall time of `runProgram` on an already compiled program
 * (VM set-up, package initialisation and execution), and the ratio is taken on it; the front end
 * and code generation (`compile`: parse, type check, JS generation) are shown apart, in "compile
 * ms", as `go build` is for native. The simulator's stdout must equal the native stdout (column
 * "same output").
 *
 * Targets (issue 3): CPU-bound cases within 30x of native Go; spawning and joining 100,000
 * goroutines in under 1 s in the simulator. Options: `npm run bench:sim -- fib sieve` runs only
 * those cases; BENCH_RUNS=5 for more runs; `--json` prints the rows as JSON too.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Case {
  name: string;
  what: string;
  target: { kind: 'ratio'; max: number } | { kind: 'absolute'; maxMs: number };
}

const CASES: Case[] = [
  { name: 'fib', what: 'recursive fib(27)', target: { kind: 'ratio', max: 30 } },
  { name: 'sieve', what: 'sieve to 2,000,000', target: { kind: 'ratio', max: 30 } },
  { name: 'maps', what: '200k map inserts + lookups', target: { kind: 'ratio', max: 30 } },
  { name: 'pingpong', what: '200k-message channel ping-pong', target: { kind: 'ratio', max: 30 } },
  { name: 'spawn', what: 'spawn + join 100k goroutines', target: { kind: 'absolute', maxMs: 1000 } },
  { name: 'mutex', what: 'mutex counter, 8 x 50k', target: { kind: 'ratio', max: 30 } },
];

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH_DIR = join(ROOT, 'bench');
const SIM_INDEX = join(ROOT, 'src', 'sim', 'index.ts');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

interface SimResult { stdout: string; stderr: string; exitCode: number }
interface SimDoor {
  compile(source: string, filename?: string): { program: unknown; stderr: string };
  runProgram(program: unknown, options?: { seed?: number; filename?: string; maxSteps?: number; maxHeapBytes?: number; args?: string[] }): SimResult;
}

interface Row {
  name: string;
  what: string;
  simMs: number | null;
  compileMs: number | null;
  simNote: string;
  nativeMs: number | null;
  nativeNote: string;
  sameOutput: boolean | null;
  ratio: number | null;
  target: string;
  met: boolean | null;
}

async function loadSim(): Promise<{ sim: SimDoor | null; error: string }> {
  if (!existsSync(SIM_INDEX)) return { sim: null, error: 'src/sim/index.ts does not exist' };
  try {
    const mod = (await import(pathToFileURL(SIM_INDEX).href)) as Partial<SimDoor>;
    if (typeof mod.compile !== 'function' || typeof mod.runProgram !== 'function') {
      return { sim: null, error: 'src/sim/index.ts exports no compile() and runProgram()' };
    }
    return { sim: mod as SimDoor, error: '' };
  } catch (e) {
    return { sim: null, error: `failed to load: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function timeSim(sim: SimDoor, source: string, name: string): { ms: number | null; compileMs: number | null; stdout: string; note: string } {
  let best = Infinity;
  let bestCompile = Infinity;
  let stdout = '';
  const filename = `${name}.go`;
  for (let i = 0; i < RUNS; i++) {
    let r: SimResult;
    const t0 = performance.now();
    try {
      const c = sim.compile(source, filename);
      if (!c.program) return { ms: null, compileMs: null, stdout: '', note: `compile failed: ${c.stderr.split('\n')[0]}` };
      const t1 = performance.now();
      r = sim.runProgram(c.program, { seed: 1, filename, maxSteps: Number.MAX_SAFE_INTEGER, maxHeapBytes: 4 * 2 ** 30 });
      best = Math.min(best, performance.now() - t1);
      bestCompile = Math.min(bestCompile, t1 - t0);
    } catch (e) {
      return { ms: null, compileMs: null, stdout: '', note: `threw: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (r.exitCode !== 0) return { ms: null, compileMs: null, stdout: r.stdout, note: `exit ${r.exitCode}: ${r.stderr.split('\n')[0]}` };
    stdout = r.stdout;
  }
  return { ms: best, compileMs: bestCompile, stdout, note: '' };
}

function haveGo(): boolean {
  return spawnSync('go', ['version'], { encoding: 'utf8' }).status === 0;
}

function timeNative(file: string, name: string): { ms: number | null; stdout: string; note: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    writeFileSync(join(dir, 'go.mod'), 'module bench\n\ngo 1.26\n');
    cpSync(file, join(dir, `${name}.go`));
    const env = { ...process.env, GOTOOLCHAIN: 'local', GOWORK: 'off', GOFLAGS: '', CGO_ENABLED: '0' };
    const b = spawnSync('go', ['build', '-o', 'prog', `${name}.go`], { cwd: dir, env, encoding: 'utf8' });
    if (b.status !== 0) return { ms: null, stdout: '', note: `go build failed: ${b.stderr.trim().split('\n').pop()}` };
    let best = Infinity;
    let stdout = '';
    for (let i = 0; i < RUNS; i++) {
      const r = spawnSync(join(dir, 'prog'), ['-time'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
      const m = /^ns (\d+)$/m.exec(r.stderr ?? '');
      if (r.status !== 0 || !m) return { ms: null, stdout: r.stdout ?? '', note: `run failed (exit ${r.status})` };
      best = Math.min(best, Number(m[1]) / 1e6);
      stdout = r.stdout;
    }
    return { ms: best, stdout, note: '' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fmtMs(ms: number | null): string {
  if (ms === null) return '—';
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

function table(rows: Row[]): string {
  const head = ['case', 'what', 'compile ms', 'sim ms', 'native ms', 'ratio', 'target', 'met', 'same output'];
  const body = rows.map((r) => [
    r.name,
    r.what,
    fmtMs(r.compileMs),
    fmtMs(r.simMs),
    fmtMs(r.nativeMs),
    r.ratio === null ? '—' : `${r.ratio.toFixed(1)}x`,
    r.target,
    r.met === null ? '?' : r.met ? 'yes' : 'NO',
    r.sameOutput === null ? '—' : r.sameOutput ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const words = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const json = process.argv.includes('--json');
  const unknown = words.filter((w) => !CASES.some((c) => c.name === w));
  if (unknown.length > 0) {
    console.error(`bench: unknown case(s): ${unknown.join(' ')} (cases: ${CASES.map((c) => c.name).join(' ')})`);
    process.exit(2);
  }
  const cases = words.length > 0 ? CASES.filter((c) => words.includes(c.name)) : CASES;
  const { sim, error } = await loadSim();
  const go = haveGo();
  const goVersion = go ? spawnSync('go', ['version'], { encoding: 'utf8' }).stdout.trim() : 'go not on PATH';
  console.log(`bench: best of ${RUNS} run(s); node ${process.version}; ${goVersion}; simulator: ${sim ? 'src/sim/index.ts' : 'NOT AVAILABLE (' + error + ')'}`);

  const rows: Row[] = [];
  for (const c of cases) {
    const file = join(BENCH_DIR, `${c.name}.go`);
    const source = readFileSync(file, 'utf8');
    const s = sim ? timeSim(sim, source, c.name) : { ms: null, compileMs: null, stdout: '', note: 'no simulator' };
    const n = go ? timeNative(file, c.name) : { ms: null, stdout: '', note: 'no go' };
    const ratio = s.ms !== null && n.ms !== null && n.ms > 0 ? s.ms / n.ms : null;
    const target = c.target.kind === 'ratio' ? `<= ${c.target.max}x native` : `< ${c.target.maxMs} ms`;
    const met =
      c.target.kind === 'ratio' ? (ratio === null ? null : ratio <= c.target.max) : s.ms === null ? null : s.ms < c.target.maxMs;
    rows.push({
      name: c.name,
      what: c.what,
      simMs: s.ms,
      compileMs: s.compileMs,
      simNote: s.note,
      nativeMs: n.ms,
      nativeNote: n.note,
      sameOutput: s.ms !== null && n.ms !== null ? s.stdout === n.stdout : null,
      ratio,
      target,
      met,
    });
    process.stderr.write(`  ${c.name}: sim ${fmtMs(s.ms)} ms${s.note ? ` (${s.note})` : ''}, native ${fmtMs(n.ms)} ms${n.note ? ` (${n.note})` : ''}\n`);
  }
  console.log(table(rows));
  const notes = rows.filter((r) => r.simNote || r.nativeNote).map((r) => `  ${r.name}: ${[r.simNote && 'sim ' + r.simNote, r.nativeNote && 'native ' + r.nativeNote].filter(Boolean).join('; ')}`);
  if (notes.length > 0) console.log('notes:\n' + notes.join('\n'));
  if (json) console.log(JSON.stringify(rows, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
