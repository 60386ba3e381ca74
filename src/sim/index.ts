/**
 * This file is the simulator's only door (src/sim/README.md): `check(source)` reports the
 * diagnostics `go build` would print (syntax, then types), and `run(source, options)` compiles and
 * runs a program, returning what the real binary would have printed and its exit code.
 *
 * Exit codes: the program's own (0, os.Exit(n), 2 for panics and fatal errors), 1 for compile
 * errors (printed `FILE:LINE:COL: message` as `go build` prints them, without the
 * `# command-line-arguments` header), 124 when the step budget is exceeded, 125 for the heap
 * budget, 126 for an internal error of the simulator. Neither function ever throws.
 */

import type { Diagnostic } from './diag';
import { formatDiagnostic } from './diag';
import type * as ast from './syntax/ast';
import { parseFile } from './syntax/parse';
import { checkFile, type CheckCache } from './types/check';
import { stdlibSource } from './types/stdlib/index';
import { compileProgram, UnsupportedError, type Program } from './compile/compile';
import type { PkgFile } from './compile/program';
import { VM, type RunOptions, type RunResult } from './vm/vm';
import { natives } from './vm/natives';

export type { RunOptions, RunResult } from './vm/vm';
export type { Diagnostic } from './diag';

/**
 * The standard library, parsed and checked once per process. This is the one piece of
 * module-level state in src/sim, and it is deliberately so: it holds only the results of pure
 * functions (parse + check) of constant sources, never anything a run produces, so runs stay
 * deterministic and independent; it saves every run the parse and check of fmt, errors, io, os,
 * sync, time, … (the bulk of a small program's start-up time).
 */
interface StdCache { cache: CheckCache; files: Map<string, PkgFile> }
let stdCache: StdCache | null = null;
function stdlib(): StdCache {
  stdCache ??= { cache: {}, files: new Map() };
  return stdCache;
}

interface Front { diags: Diagnostic[]; files: PkgFile[] | null }

function front(source: string, filename: string): Front {
  const pr = parseFile(source, filename);
  // gc stops after the syntax stage only on a fatal error; otherwise it type-checks and prints both
  // lists merged, capped and sorted together (checkFile does that with `parseErrors`)
  if (pr.fatal) return { diags: pr.errors, files: null };
  const std = stdlib();
  const cache = std.cache;
  // check the imported standard-library packages first (imports before importers), keeping their
  // syntax trees: their Go bodies are compiled like user code
  const prepare = (file: ast.File, depth: number): void => {
    if (depth > 20) return;
    for (const spec of file.imports) {
      const path = spec.path.value.slice(1, -1);
      if (std.files.has(path) || cache.packages?.has(path)) continue;
      const src = stdlibSource(path);
      if (src === undefined) continue;
      const p = parseFile(src, `${path}.go`);
      prepare(p.file, depth + 1);
      if (std.files.has(path)) continue;
      const r = checkFile(p.file, src, { filename: `${path}.go`, cache, pkgPath: path });
      cache.packages ??= new Map();
      cache.packages.set(path, { path, scope: r.scope, info: r.info });
      std.files.set(path, { file: p.file, info: r.info, pkg: path });
    }
  };
  prepare(pr.file, 0);
  // this program's packages, imports before importers
  const stdFiles = new Map<string, PkgFile>();
  const visit = (file: ast.File): void => {
    for (const spec of file.imports) {
      const path = spec.path.value.slice(1, -1);
      const pf = std.files.get(path);
      if (!pf || stdFiles.has(path)) continue;
      visit(pf.file);
      stdFiles.set(path, pf);
    }
  };
  visit(pr.file);
  const cr = checkFile(pr.file, source, { filename, cache, parseErrors: [...pr.errors, ...pr.typeErrors] });
  // an unsupported feature explains the errors after it (its uses are left invalid and silent)
  if (cr.unsupported.length) return { diags: [...cr.unsupported, ...cr.errors], files: null };
  if (cr.errors.length) return { diags: cr.errors, files: null };
  // imported packages (standard library written in Go): imports first, main last
  const files: PkgFile[] = [];
  for (const pf of stdFiles.values()) files.push(pf);
  files.push({ file: pr.file, info: cr.info, pkg: 'main' });
  return { diags: [], files };
}

/** Syntax and type errors of a program, as `go build`/`go vet` would report them. */
export function check(source: string, filename = 'main.go'): Diagnostic[] {
  try {
    return front(source, filename).diags;
  } catch (e) {
    return [{ pos: 0, end: 0, code: 'unsupported', message: `gosim: internal error: ${e instanceof Error ? e.message : String(e)}` }];
  }
}

/** Compile a checked program (exposed for `gosim disasm`). */
export function compile(source: string, filename = 'main.go'): { program: Program | null; stderr: string } {
  const fr = front(source, filename);
  if (!fr.files) return { program: null, stderr: fr.diags.map((d) => formatDiagnostic(source, filename, d) + '\n').join('') };
  return { program: compileProgram(fr.files), stderr: '' };
}

export function run(source: string, options: RunOptions = {}): RunResult {
  const filename = options.filename ?? 'main.go';
  let program: Program;
  try {
    const fr = front(source, filename);
    if (!fr.files) {
      return { stdout: '', stderr: fr.diags.map((d) => formatDiagnostic(source, filename, d) + '\n').join(''), exitCode: 1, events: [] };
    }
    program = compileProgram(fr.files);
  } catch (e) {
    if (e instanceof UnsupportedError) {
      const d: Diagnostic = { pos: e.pos, end: e.pos, code: 'unsupported', message: e.feature };
      return { stdout: '', stderr: formatDiagnostic(source, filename, d) + '\n', exitCode: 1, events: [] };
    }
    const msg = e instanceof Error ? e.message : String(e);
    if (/^unsupported/.test(msg)) return { stdout: '', stderr: `${filename}: ${msg}\n`, exitCode: 1, events: [] };
    return { stdout: '', stderr: `gosim: internal error: ${msg.replace(/^internal error: /, '')}\n`, exitCode: 126, events: [] };
  }
  return runProgram(program, { ...options, filename });
}

/** Execute a program `compile` produced (a Program holds no run state: it can run many times). */
export function runProgram(program: Program, options: RunOptions = {}): RunResult {
  try {
    return new VM(program, { ...options, filename: options.filename ?? 'main.go' }, natives()).run();
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { stdout: '', stderr: `gosim: internal error: ${msg.replace(/^internal error: /, '')}\n`, exitCode: 126, events: [] };
  }
}
