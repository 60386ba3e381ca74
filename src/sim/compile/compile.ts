/**
 * This file implements the compiler's entry point: `compileProgram(files) → Program`.
 *
 * Steps (like the gc toolchain's order): collect declarations of every package (main plus the
 * standard library packages written in Go), number package variables, order their initialisation
 * by dependencies (https://go.dev/ref/spec#Package_initialization: repeatedly the earliest variable
 * in declaration order that is ready), compile `runtime.main` — package initialisation (imported
 * packages first), the `init` functions in source order, then `main.main` — and, from the work
 * list, every function reachable from it (generic functions once per type-argument list:
 * monomorphisation), plus every method of every type that can be boxed into an interface.
 *
 * Invariants:
 * - Only reachable functions are compiled; each exactly once.
 * - Compilation never throws for a well-typed program; an unsupported construct raises an
 *   `UnsupportedError` (turned into a diagnostic by index.ts), anything else is an internal error.
 */

import type * as ast from '../syntax/ast';
import type * as TT from '../types/type';
import { analyse, children, type FuncFacts } from './scan';
import { convertTo } from './expr';
import { FnC } from './func';
import { type PkgFile, ProgramBuilder } from './program';

export interface Program {
  /** the module body; see program.ts for its parameters */
  readonly source: string;
  readonly funcs: readonly { name: string; pos: number; body: string; file: string }[];
  readonly types: readonly TT.Type[];
  readonly natives: readonly string[];
  readonly nglobals: number;
  /** index of runtime.main in funcs */
  readonly entry: number;
  /** library Go functions the natives call back (Host.goFunc): name → index in funcs */
  readonly hooks: Readonly<Record<string, number>>;
}

/** Go functions of the library that natives call, compiled whenever their package is loaded. */
const HOOKS = ['fmt.callFormat'];

export { UnsupportedError } from './errors';

export function compileProgram(files: PkgFile[]): Program {
  const P = new ProgramBuilder(files);
  // package variables
  const specs: { spec: ast.ValueSpec; pf: PkgFile; vars: (TT.Var | null)[] }[] = [];
  for (const pf of files) {
    for (const d of pf.file.decls) {
      if (d.kind !== 'GenDecl' || d.tok !== 'var') continue;
      for (const s of d.specs) {
        if (s.kind !== 'ValueSpec') continue;
        const vars = s.names.map((n) => pf.info.defs.get(n) as TT.Var | null);
        for (const v of vars) if (v) P.globals.set(v, P.nglobals++);
        specs.push({ spec: s, pf, vars });
      }
    }
  }
  const order = initOrder(P, specs);
  const mainPf = files.find((f) => f.pkg === 'main') ?? files[files.length - 1];
  const entry = P.newFunc('runtime.main', 0);
  const fake: ast.BlockStmt = { kind: 'BlockStmt', id: -1, pos: 0, end: 0, lbrace: 0, rbrace: 0, list: [] };
  // package variable initialisers are compiled into runtime.main: their function literals need the
  // same facts (captured/addressed variables, free variables) as literals inside a function body
  const initFacts: FuncFacts = { captured: new Set(), addressed: new Set(), free: new Map(), gotoTargets: new Set(), hasDefer: false, hasRecover: false };
  for (const s of specs) {
    const f = analyse(s.spec, s.pf.info, () => false);
    for (const v of f.captured) initFacts.captured.add(v);
    for (const v of f.addressed) initFacts.addressed.add(v);
    for (const [lit, vars] of f.free) initFacts.free.set(lit, vars);
  }
  const fc = new FnC(P, mainPf, 'runtime.main', null, initFacts, fake);
  for (const [v, i] of P.globals) fc.line(`G[${i}]=${P.zero(fc.sub(v.type))};`);
  // initialise per package: packages in the order given (imports first), main last
  for (const pf of files) {
    // compiled into runtime.main itself, so that calls in initialisers share its pc space
    for (const s of order.filter((o) => o.pf === pf)) initSpec(fc, s);
    for (const d of pf.file.decls) {
      if (d.kind === 'FuncDecl' && !d.recv && d.name.name === 'init' && d.body) {
        const fobj = pf.info.defs.get(d.name) as TT.Func;
        const f = P.funcRef(fobj, null, null);
        fc.suspend(`R.call(g,new R.Frame(${f},f,[],null))`);
      }
    }
  }
  const mainDecl = mainPf.file.decls.find((d): d is ast.FuncDecl => d.kind === 'FuncDecl' && !d.recv && d.name.name === 'main');
  if (mainDecl) {
    const mobj = mainPf.info.defs.get(mainDecl.name) as TT.Func;
    fc.suspend(`R.call(g,new R.Frame(${P.funcRef(mobj, null, null)},f,[],null))`);
  }
  fc.line('R.mainDone(g);return;');
  entry.body = fc.finish();
  const hooks: Record<string, number> = {};
  for (const h of HOOKS) {
    const dot = h.indexOf('.');
    const pf = files.find((f) => f.pkg === h.slice(0, dot));
    const d = pf?.file.decls.find((x): x is ast.FuncDecl => x.kind === 'FuncDecl' && !x.recv && x.name.name === h.slice(dot + 1));
    if (pf && d) hooks[h] = Number(P.funcRef(pf.info.defs.get(d.name) as TT.Func, null, null).slice(1));
  }
  entry.nslots = fc.nslots;
  // the work list: every reachable function
  for (let i = 0; i < P.work.length; i++) P.work[i]();
  const names = P.funcs.map((f) => `F${f.id}`);
  const src = [
    '"use strict";',
    'const {addS,subS,mulS,divS,remS,negS,addU,subU,mulU,divU,remU,negU,convInt,toFloat}=R.int;',
    'const MT=R.MT;',
    'const K=[];',
    ...P.funcs.map((f) => `const F${f.id}={name:${JSON.stringify(f.name)},pos:${f.pos},frameBytes:${f.frameBytes},nslots:${f.nslots},epi:${f.epi},step:null};`),
    ...P.helpers,
    ...P.constants.map((k, i) => `K[${i}]=${k};`),
    ...P.post,
    ...P.funcs.map((f) => `F${f.id}.step=${f.body};` + (f.fastBody ? `\nF${f.id}.fast=${f.fastBody};` : '')),
    `return [${names.join(',')}];`,
  ].join('\n');
  return {
    source: src,
    funcs: P.funcs.map((f) => ({ name: f.name, pos: f.pos, body: f.body + (f.fastBody ? '\n// direct-call version\n' + f.fastBody : ''), file: '' })),
    types: P.it.table,
    natives: P.natives,
    nglobals: P.nglobals,
    entry: entry.id,
    hooks,
  };
}

function initSpec(c: FnC, s: { spec: ast.ValueSpec; pf: PkgFile; vars: (TT.Var | null)[] }): void {
  const { spec, vars } = s;
  if (spec.values.length === 0) return;
  const saved = (c as unknown as { info: unknown }).info;
  (c as unknown as { info: unknown }).info = s.pf.info;
  if (spec.values.length === vars.length) {
    spec.values.forEach((x, i) => {
      const v = vars[i];
      if (!v) { c.line(convertTo(c, x, c.typeOf(x)) + ';'); return; }
      const js = c.P.copy(v.type, convertTo(c, x, v.type));
      c.line(`G[${c.P.globals.get(v)}]=${js};`);
    });
  } else {
    const t = c.temp();
    c.line(`${t}=${convertTo(c, spec.values[0], c.typeOf(spec.values[0]))};`);
    vars.forEach((v, i) => { if (v) c.line(`G[${c.P.globals.get(v)}]=${t}[${i}];`); });
  }
  (c as unknown as { info: unknown }).info = saved;
}

/** https://go.dev/ref/spec#Package_initialization */
function initOrder(P: ProgramBuilder, specs: { spec: ast.ValueSpec; pf: PkgFile; vars: (TT.Var | null)[] }[]) {
  const owner = new Map<TT.Var, number>();
  specs.forEach((s, i) => s.vars.forEach((v) => v && owner.set(v, i)));
  const funcDeps = new Map<TT.Func, Set<number>>();
  const depsOfNode = (n: ast.Node, info: PkgFile['info'], out: Set<number>, seen: Set<TT.Func>): void => {
    const visit = (x: unknown): void => {
      const node = x as ast.Node;
      if (node.kind === 'Ident') {
        const o = info.uses.get(node);
        if (o && o.kind === 'Var' && owner.has(o)) out.add(owner.get(o)!);
        if (o && o.kind === 'Func' && !seen.has(o)) {
          seen.add(o);
          const d = P.declOf(o);
          if (d && d.decl.body) depsOfNode(d.decl.body, d.pf.info, out, seen);
        }
      } else if (node.kind === 'SelectorExpr') {
        const sel = info.selections.get(node);
        if (sel && sel.kind !== 'FieldVal' && !seen.has(sel.obj as TT.Func)) {
          seen.add(sel.obj as TT.Func);
          const d = P.declOf(sel.obj as TT.Func);
          if (d && d.decl.body) depsOfNode(d.decl.body, d.pf.info, out, seen);
        }
      }
      children(node, visit);
    };
    visit(n);
  };
  void funcDeps;
  const deps = specs.map((s) => {
    const out = new Set<number>();
    for (const v of s.spec.values) depsOfNode(v, s.pf.info, out, new Set());
    return out;
  });
  const done = new Set<number>();
  const order: typeof specs = [];
  while (order.length < specs.length) {
    let picked = -1;
    for (let i = 0; i < specs.length; i++) {
      if (done.has(i)) continue;
      if ([...deps[i]].every((d) => d === i || done.has(d))) { picked = i; break; }
    }
    if (picked < 0) picked = specs.findIndex((_, i) => !done.has(i)); // cycle: the checker reported it
    done.add(picked);
    order.push(specs[picked]);
  }
  return order;
}
