#!/usr/bin/env node
// This file implements the golden recorder: it runs every program of tests/golden through the
// REAL Go toolchain and writes what Go printed, so no expected output is ever typed by hand.
//
//   npm run golden:record                      record every program
//   npm run golden:record -- cat/name other    record only those (ids, paths or whole categories)
//   npm run golden:check                       (= --check) re-record into a temp dir and fail,
//                                              listing every file that differs from the committed one
//
// For each program NAME.go: copy it into a fresh temp module (go.mod `go 1.26`, so Go 1.22 loop
// variables apply), `go build -o prog NAME.go`. A build failure is recorded as .err (the compiler's
// messages rewritten to `NAME.go:LINE:COL: msg`, the `# command-line-arguments` header dropped),
// empty .out and .code 1. Otherwise the binary runs RUNS (3) times with a timeout; stdout, stderr
// and the exit code of the runs must agree (after normalisation), or the program is refused as
// nondeterministic and nothing is written for it. stderr is normalised by scripts/golden/normalize.mjs
// (the same module the golden test applies to the simulator's stderr). A `// gosim-args: a b` line
// among the first five lines passes arguments to the program.
//
// Invariants: recordings are written only for programs that built/ran deterministically; the exit
// status of this script is non-zero when any program was refused, timed out, or (with --check) drifted.

import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { GOLDEN_DIR, listPrograms, selectPrograms } from './golden/corpus.mjs';
import { normalizeBuildOutput, normalizeStderr, programArgs } from './golden/normalize.mjs';

const RUNS = 3;
// Generous: stack_overflow grows a real 1 GB stack, which takes tens of seconds on a loaded machine.
const RUN_TIMEOUT_MS = 120_000;
const BUILD_TIMEOUT_MS = 120_000;
const PARALLEL = 2;
const EXTS = ['out', 'err', 'code'];

const GO_ENV = {
  ...process.env,
  GOTOOLCHAIN: 'local',
  GOWORK: 'off',
  GOFLAGS: '',
  CGO_ENABLED: '0',
  GO111MODULE: 'on',
};
// The program itself runs with Go's defaults: no GOTRACEBACK/GODEBUG/GOMAXPROCS from the caller.
const RUN_ENV = { ...process.env };
for (const k of ['GOTRACEBACK', 'GODEBUG', 'GOMAXPROCS', 'GOGC']) delete RUN_ENV[k];

/** Runs a command, collecting stdout/stderr as Buffers; resolves { code, stdout, stderr, timedOut }. */
function exec(cmd, args, { cwd, env, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : -1), signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err), timedOut });
    });
  });
}

/** Builds and runs one program; returns { files: {out, err, code} } or { problem: string }. */
async function recordProgram(id) {
  const src = join(GOLDEN_DIR, id + '.go');
  const fileName = basename(src);
  const dir = mkdtempSync(join(tmpdir(), 'golden-'));
  try {
    writeFileSync(join(dir, 'go.mod'), 'module golden\n\ngo 1.26\n');
    cpSync(src, join(dir, fileName));
    const build = await exec('go', ['build', '-o', 'prog', fileName], { cwd: dir, env: GO_ENV, timeoutMs: BUILD_TIMEOUT_MS });
    if (build.timedOut) return { problem: 'go build timed out' };
    if (build.code !== 0) {
      const err = normalizeBuildOutput(build.stderr.toString('utf8'), fileName);
      if (err === '') return { problem: `go build failed with no message (exit ${build.code})` };
      return { files: { out: Buffer.alloc(0), err, code: '1\n' } };
    }
    const args = programArgs(readFileSync(src, 'utf8'));
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await exec(join(dir, 'prog'), args, { cwd: dir, env: RUN_ENV, timeoutMs: RUN_TIMEOUT_MS });
      if (r.timedOut) return { problem: `run ${i + 1} timed out after ${RUN_TIMEOUT_MS} ms` };
      if (r.signal) return { problem: `run ${i + 1} killed by ${r.signal}` };
      runs.push({ out: r.stdout, err: normalizeStderr(r.stderr.toString('utf8')), code: `${r.code}\n` });
    }
    for (let i = 1; i < runs.length; i++) {
      const diff = EXTS.filter((e) => !Buffer.from(runs[0][e]).equals(Buffer.from(runs[i][e])));
      if (diff.length > 0) return { problem: `nondeterministic: run 1 and run ${i + 1} differ in ${diff.map((e) => '.' + e).join(', ')}` };
    }
    return { files: runs[0] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function writeFiles(baseDir, id, files) {
  const base = join(baseDir, id);
  mkdirSync(dirname(base), { recursive: true });
  for (const e of EXTS) writeFileSync(`${base}.${e}`, files[e]);
}

async function main() {
  const argv = process.argv.slice(2);
  const check = argv.includes('--check');
  const words = argv.filter((a) => a !== '--check');
  const { selected, unknown } = selectPrograms(listPrograms(), words);
  if (unknown.length > 0) {
    console.error(`golden: no program matches: ${unknown.join(' ')}`);
    process.exit(2);
  }
  const ver = await exec('go', ['version'], { cwd: GOLDEN_DIR, env: GO_ENV, timeoutMs: 30_000 }).catch(() => null);
  if (!ver || ver.code !== 0) {
    console.error('golden: `go` is not on PATH; the recorder needs the real Go toolchain.');
    process.exit(2);
  }
  console.log(`golden: ${check ? 'checking' : 'recording'} ${selected.length} programs with ${ver.stdout.toString().trim()}`);

  const outDir = check ? mkdtempSync(join(tmpdir(), 'golden-check-')) : GOLDEN_DIR;
  const problems = [];
  const drifted = [];
  let next = 0;
  let done = 0;
  async function worker() {
    while (next < selected.length) {
      const id = selected[next++];
      const res = await recordProgram(id);
      done++;
      if (res.problem) {
        problems.push(`${id}: ${res.problem}`);
        console.log(`  [${done}/${selected.length}] ${id}: REFUSED (${res.problem})`);
        continue;
      }
      writeFiles(outDir, id, res.files);
      if (check) {
        for (const e of EXTS) {
          const committed = join(GOLDEN_DIR, `${id}.${e}`);
          const fresh = readFileSync(join(outDir, `${id}.${e}`));
          if (!existsSync(committed)) drifted.push(`${id}.${e} (missing)`);
          else if (!readFileSync(committed).equals(fresh)) drifted.push(`${id}.${e}`);
        }
      }
      if (!check || process.env.GOLDEN_VERBOSE) console.log(`  [${done}/${selected.length}] ${id}: exit ${res.files.code.trim()}`);
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL, selected.length) }, worker));
  if (check) rmSync(outDir, { recursive: true, force: true });

  if (problems.length > 0) {
    console.error(`\ngolden: ${problems.length} program(s) refused:`);
    for (const p of problems.sort()) console.error(`  ${p}`);
  }
  if (check) {
    if (drifted.length > 0) {
      console.error(`\ngolden: ${drifted.length} file(s) drifted from the recording:`);
      for (const d of drifted.sort()) console.error(`  tests/golden/${d}`);
    } else if (problems.length === 0) {
      console.log(`golden: all ${selected.length} programs re-record identically.`);
    }
  }
  process.exit(problems.length > 0 || drifted.length > 0 ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(2); });
