/**
 * This file implements the type checker's entry point, `checkFile` (go/types Checker.Files): it
 * runs the branch checks gc does in its parser (branches.ts), declares imports and package-level
 * objects, resolves them, checks function bodies, reports unused imports, computes the
 * initialization order, and returns Info plus the errors exactly as `go build` prints them
 * (sorted by position, equal lines dropped, at most 10 then "too many errors").
 *
 * Standard-library packages are checked from Go source (stdlib/, `stdlibSource(path)`) by the
 * same checker, lazily, once per `opts.cache` (pass the same cache object to reuse them).
 */

import type * as ast from '../syntax/ast';
import type { Diagnostic } from '../diag';
import type { Info, Scope } from './info';
import type { PkgName } from './type';
import { type Checker, type PackageResult, errorAt, posString } from './checker';
import { makeUniverse, Typ, unsafeBuiltinNames, type Universe } from './universe';
import { newInstContext, type InstContext } from './instantiate';
import { collectObjects, initOrder, objDecl, type Initializer } from './decl';
import { parseFile } from '../syntax/parse';
import { stdlibSource } from './stdlib/index';

/** Shared state across checks: the universe and checked standard-library packages. */
export interface CheckCache {
  universe?: Universe;
  inst?: InstContext;
  packages?: Map<string, PackageResult | null>;
  /** override for tests: source of an importable package */
  source?: (path: string) => string | undefined;
}

export interface CheckOptions {
  readonly filename?: string;
  readonly cache?: CheckCache;
  /** package path (default: the file's package name) */
  readonly pkgPath?: string;
  /**
   * the parser's non-syntax diagnostics (branch/label errors, which gc reports while parsing but
   * prints merged with the type errors); merged into `errors` before sorting and capping
   */
  readonly parseErrors?: readonly Diagnostic[];
}

export interface CheckResult {
  readonly info: Info & { initOrder?: Initializer[] };
  /** errors as gc prints them (sorted, capped, maybe ending with "too many errors") */
  readonly errors: Diagnostic[];
  /** unsupported-feature diagnostics (code 'unsupported') */
  readonly unsupported: Diagnostic[];
  readonly scope: Scope;
}

export function newInfo(): Info {
  return { types: new Map(), defs: new Map(), uses: new Map(), implicits: new Map(), selections: new Map(), instances: new Map(), scopes: new Map(), methods: new Map() };
}

export function checkFile(file: ast.File, src: string, opts: CheckOptions = {}): CheckResult {
  const cache = opts.cache ?? {};
  cache.universe ??= makeUniverse();
  cache.inst ??= newInstContext();
  cache.packages ??= new Map();
  const filename = opts.filename ?? 'main.go';
  const c = newChecker(file, src, filename, opts.pkgPath ?? file.name.name, cache);
  runChecker(c, file);
  const all = [...(opts.parseErrors ?? []), ...c.errors];
  return { info: c.info, errors: gcErrors(all), unsupported: c.unsupported, scope: c.pkgScope };
}

function newChecker(file: ast.File, src: string, filename: string, pkg: string, cache: CheckCache): Checker {
  const univ = cache.universe!;
  const pkgScope: Scope = { parent: univ.scope, names: new Map(), pos: file.pos, end: file.end };
  const fileScope: Scope = { parent: pkgScope, names: new Map(), pos: file.pos, end: file.end };
  const info = newInfo();
  info.scopes.set(file, fileScope);
  const c: Checker = {
    src, filename, pkg, univ, info, errors: [], unsupported: [], inst: cache.inst!, pkgScope, fileScope,
    objDecl: new Map(), objPath: [], resolved: new Set(), imports: new Map(),
    importer: (path) => importPackage(cache, path),
    firstErr: false, scope: fileScope, fctx: null, decl: null, iota: null, delayed: [], funcScopes: new Set(),
    children: new Map(), vars: [], methodsByBase: new Map(), tparams: [], errpos: -1, pkgNames: [],
    cycleReported: new Set(), methodOwners: new Map(), namedRhs: new Map(),
  };
  return c;
}

function runChecker(c: Checker, file: ast.File): void {
  // imports
  const dotImports: { spec: ast.ImportSpec; path: string; objs: Set<object> }[] = [];
  /** imports of packages the simulator lacks: unused, they are Go's "imported and not used" instead */
  const unsupportedImports = new Map<ast.ImportSpec, Diagnostic>();
  for (const spec of file.imports) {
    const path = spec.path.value.slice(1, -1);
    // the go command's rule: only packages rooted at the parent of `internal` may import it
    const internal = c.pkg === 'main' && /(^|\/)internal(\/|$)/.test(path);
    const pkg = path === 'unsafe' ? unsafePackage(c) : path === 'C' || internal ? null : c.importer(path);
    c.imports.set(path, pkg);
    if (internal) {
      c.unsupported.push({ pos: spec.path.pos, end: spec.path.end, code: 'type', message: `use of internal package ${path} not allowed` });
    } else if (path === 'C') {
      c.unsupported.push({ pos: spec.pos, end: spec.end, code: 'unsupported', message: 'cgo (import "C") is not supported by the simulator' });
    } else if (!pkg) {
      // valid Go the simulator cannot run: an 'unsupported' diagnostic, and uses of the package are
      // silently invalid (no follow-on type errors)
      const d: Diagnostic = { pos: spec.path.pos, end: spec.path.end, code: 'unsupported', message: `package ${path} is not supported by the simulator` };
      c.unsupported.push(d);
      unsupportedImports.set(spec, d);
    }
    const name = spec.name ? spec.name.name : defaultImportName(path);
    const obj: PkgName = { kind: 'PkgName', name, pos: spec.name ? spec.name.pos : spec.path.pos, type: c.univ.scope.names.get('int')!.type, pkg: c.pkg, imported: path, used: false };
    if (name === '_') { obj.used = true; if (spec.name) c.info.defs.set(spec.name, obj); continue; }
    if (name === '.') {
      const objs = new Set<object>();
      if (pkg) for (const [n, o] of pkg.scope.names) if (/^\p{Lu}/u.test(n)) { c.fileScope.names.set(n, o); objs.add(o); }
      if (pkg) dotImports.push({ spec, path, objs });
      continue;
    }
    const alt = c.fileScope.names.get(name);
    if (alt) {
      errorAt(c, spec, `${name} redeclared in this block` + (alt.pos >= 0 ? `\n\t${posString(c, alt.pos)}: other declaration of ${name}` : ''));
      c.pkgNames.push({ obj, spec }); // still an import, reported when unused
      continue;
    }
    c.fileScope.names.set(name, obj);
    if (spec.name) c.info.defs.set(spec.name, obj); else c.info.implicits.set(spec, obj);
    c.pkgNames.push({ obj, spec });
  }
  for (const cm of file.comments) {
    if (cm.text.startsWith('//go:linkname')) {
      c.unsupported.push({ pos: cm.pos, end: cm.end, code: 'unsupported', message: '//go:linkname is not supported by the simulator' });
    }
  }
  collectObjects(c, file);
  // conflicts between imports and package-level names
  for (const { obj } of c.pkgNames) {
    const alt = c.pkgScope.names.get(obj.name);
    if (alt) errorAt(c, alt.pos, `${obj.name} already declared through import of package ${obj.name} ("${obj.imported}")`);
  }
  // resolve all package-level objects in source order
  const objs = [...c.objDecl.keys()].sort((a, b) => a.pos - b.pos);
  for (const o of objs) objDecl(c, o);
  for (let i = 0; i < c.delayed.length; i++) c.delayed[i]();
  // methods by receiver base type
  for (const [base, fns] of c.methodsByBase) {
    const m = new Map<string, import('./type').Func>();
    for (const f of fns) m.set(f.name, f);
    c.info.methods!.set(base, m);
  }
  (c.info as { initOrder?: Initializer[] }).initOrder = initOrder(c);
  // unused imports
  for (const { obj, spec } of c.pkgNames) {
    if (!obj.used) {
      const d = unsupportedImports.get(spec);
      if (d) c.unsupported.splice(c.unsupported.indexOf(d), 1);
      const path = obj.imported;
      const base = path.slice(path.lastIndexOf('/') + 1);
      errorAt(c, spec, spec.name && spec.name.name !== base ? `"${path}" imported as ${spec.name.name} and not used` : `"${path}" imported and not used`);
    }
  }
  // unused dot-imports: none of the package's names was used
  if (dotImports.length > 0) {
    const used = new Set<object>(c.info.uses.values());
    for (const d of dotImports) if (![...d.objs].some((o) => used.has(o))) errorAt(c, d.spec, `"${d.path}" imported and not used`);
  }
  if (c.pkg === 'main' && !c.pkgScope.names.has('main')) errorAt(c, file.name.pos, 'function main is undeclared in the main package');
}

/**
 * Package unsafe: unsafe.Pointer (with its conversions) and the layout builtins Sizeof, Alignof and
 * Offsetof (builtins.ts); Add, Slice, String, StringData and SliceData yield an 'unsupported'
 * diagnostic where used (selector.ts).
 */
function unsafePackage(c: Checker): PackageResult {
  const names = new Map<string, import('./type').GoObject>();
  names.set('Pointer', { kind: 'TypeName', name: 'Pointer', pos: -1, type: Typ.unsafePointer, pkg: 'unsafe', isAlias: false });
  for (const b of unsafeBuiltinNames) names.set(b, { kind: 'Builtin', name: b, pos: -1, type: Typ.invalid, pkg: 'unsafe' });
  return { path: 'unsafe', scope: { parent: c.univ.scope, names, pos: 0, end: 0 }, info: newInfo() };
}

/** gc's error printing: first 10 reported (in report order) then sorted; equal lines dropped. */
export function gcErrors(errs: readonly Diagnostic[]): Diagnostic[] {
  const taken: Diagnostic[] = [];
  let last: Diagnostic | null = null;
  let tooMany: Diagnostic | null = null;
  for (const e of errs) {
    if (last && last.pos === e.pos && last.message === e.message) continue;
    last = e;
    taken.push(e);
    if (taken.length >= 10) { tooMany = { pos: e.pos, end: e.pos, code: e.code, message: 'too many errors' }; break; }
  }
  const sorted = taken.map((e, i) => [e, i] as const).sort((a, b) => a[0].pos - b[0].pos || a[1] - b[1]).map((x) => x[0]);
  const out: Diagnostic[] = [];
  for (const e of sorted) if (!out.length || out[out.length - 1].message !== e.message || out[out.length - 1].pos !== e.pos) out.push(e);
  if (tooMany) out.push(tooMany);
  return out;
}

/** Checks a standard-library package from its Go source (once per cache). */
function importPackage(cache: CheckCache, path: string): PackageResult | null {
  const pkgs = cache.packages!;
  if (pkgs.has(path)) return pkgs.get(path)!;
  pkgs.set(path, null); // cycle guard
  const src = cache.source?.(path) ?? stdlibSource(path);
  if (src === undefined) return null;
  const { file } = parseFile(src, `${path}.go`);
  const c = newChecker(file, src, `${path}.go`, path, cache);
  runChecker(c, file);
  const res: PackageResult = { path, scope: c.pkgScope, info: c.info };
  pkgs.set(path, res);
  return res;
}

/** The package name an import path declares by convention: its last element, skipping a major-version suffix (`math/rand/v2` → `rand`). */
function defaultImportName(path: string): string {
  const parts = path.split('/');
  const last = parts[parts.length - 1];
  return parts.length > 1 && /^v[2-9]\d*$/.test(last) ? parts[parts.length - 2] : last;
}
