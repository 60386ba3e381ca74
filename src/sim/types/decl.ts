/**
 * This file implements declarations (https://go.dev/ref/spec#Declarations_and_scope), mirroring
 * go/types resolver.go and decl.go: collecting package-level objects and methods, resolving each
 * object on first use (so order does not matter; cycles are reported), const declarations with
 * iota and implicit repetition (#Iota), type declarations (defined types, aliases, generic types),
 * function signatures (bodies are checked later), local declarations, and the initialization
 * order of package-level variables (#Package_initialization, go/types initorder.go).
 */

import type * as ast from '../syntax/ast';
import type { Const, Func, GoObject, Named, Signature, Type, TypeName, Var } from './type';
import type { Scope } from './info';
import { type Checker, type DeclInfo, declare, errorAt, invalidOperand, posString, recordDef, tstr } from './checker';
import { Typ, newVar } from './universe';
import { isConstType, isValid, under, isUntyped } from './predicates';
import { assignment } from './operand';
import { expr } from './expr';
import { typExpr, varType, funcType, collectTypeParams } from './typexpr';
import { expandPending } from './instantiate';
import { funcBody } from './stmt';
import { rhsOperands } from './assignments';
import * as constant from './constant';

/** Declares all package-level objects of the file (go/types collectObjects). */
export function collectObjects(c: Checker, file: ast.File): void {
  // functions named by a //go:linkname directive may lack a body
  const linknamed = new Set<string>();
  for (const cm of file.comments) if (cm.text.startsWith('//go:linkname ')) linknamed.add(cm.text.split(/\s+/)[1]);
  for (const d of file.decls) {
    if (d.kind === 'GenDecl') {
      if (d.tok === 'import') continue;
      let lastValues: ast.ValueSpec | null = null;
      for (const spec of d.specs) {
        if (spec.kind === 'ValueSpec') {
          if (d.tok === 'const') {
            if (spec.type || spec.values.length) lastValues = spec;
            const src = lastValues;
            spec.names.forEach((id, i) => {
              const obj: Const = { kind: 'Const', name: id.name, pos: id.pos, type: Typ.invalid, pkg: c.pkg, value: constant.unknownValue };
              declare(c, c.pkgScope, id, obj);
              c.objDecl.set(obj, { kind: 'const', spec, typeExpr: src?.type ?? null, init: src ? src.values[i] ?? null : null, iota: spec.iota, deps: new Set(), inherited: src !== spec, specNode: spec });
            });
            if (!src || src.values.length < spec.names.length && src === spec) {
              if (src && src.values.length < spec.names.length) errorAt(c, spec.names[src.values.length], 'missing init expr for const declaration');
            }
            if (src && src !== spec && src.values.length < spec.names.length) errorAt(c, spec.names[src.values.length], 'missing init expr for const declaration');
          } else {
            const vars = spec.names.map((id) => newVar(id.name, Typ.invalid, c.pkg, id.pos));
            const shared = spec.values.length === 1 && spec.names.length > 1;
            vars.forEach((v, i) => {
              declare(c, c.pkgScope, spec.names[i], v);
              c.objDecl.set(v, { kind: 'var', spec, typeExpr: spec.type, init: shared ? spec.values[0] : spec.values[i] ?? null, lhs: shared ? vars : undefined, deps: new Set(), specNode: spec });
            });
          }
        } else if (spec.kind === 'TypeSpec') {
          const obj: TypeName = { kind: 'TypeName', name: spec.name.name, pos: spec.name.pos, type: Typ.invalid, pkg: c.pkg, isAlias: spec.assign >= 0 };
          declare(c, c.pkgScope, spec.name, obj);
          c.objDecl.set(obj, { kind: 'type', spec, deps: new Set() });
        }
      }
    } else if (d.kind === 'FuncDecl') {
      const name = d.name.name;
      let fullName = `${c.pkg}.${name}`;
      if (d.recv && d.recv.list.length > 0) {
        const [base, ptr] = recvBaseName(d.recv.list[0].type);
        fullName = ptr ? `${c.pkg}.(*${base}).${name}` : `${c.pkg}.${base}.${name}`;
      }
      const obj: Func = { kind: 'Func', name, pos: d.name.pos, type: Typ.invalid, pkg: c.pkg, fullName };
      c.objDecl.set(obj, { kind: 'func', fdecl: d, deps: new Set() });
      if (d.recv) {
        recordDef(c, d.name, obj);
        const [base] = recvBaseName(d.recv.list[0]?.type ?? d.name);
        const list = c.methodsByBase.get(base) ?? [];
        list.push(obj);
        c.methodsByBase.set(base, list);
      } else if (name === 'init') {
        recordDef(c, d.name, obj);
        if (d.type.params.list.length || (d.type.results && d.type.results.list.length)) errorAt(c, d.name, 'func init must have no arguments and no return values');
      } else if (name !== '_') {
        declare(c, c.pkgScope, d.name, obj);
        if (name === 'main' && c.pkg === 'main' && (d.type.params.list.length || (d.type.results && d.type.results.list.length))) {
          errorAt(c, d.name, 'func main must have no arguments and no return values');
        }
      } else recordDef(c, d.name, obj);
      if (!d.body && c.pkg === 'main' && !linknamed.has(name)) errorAt(c, d.name, 'missing function body');
    }
  }
  // attach methods to their receiver base types
  for (const [base, fns] of c.methodsByBase) {
    const tn = c.pkgScope.names.get(base);
    if (!tn) continue;
    if (tn.kind === 'TypeName') for (const f of fns) c.methodOwners.set(f, tn);
  }
}

export function recvBaseName(e: ast.Expr): [string, boolean] {
  let ptr = false;
  while (e.kind === 'ParenExpr') e = e.x;
  if (e.kind === 'StarExpr') { ptr = true; e = e.x; }
  while (e.kind === 'ParenExpr') e = e.x;
  if (e.kind === 'IndexExpr' || e.kind === 'IndexListExpr') e = e.x;
  return [e.kind === 'Ident' ? e.name : '_', ptr];
}

/** Resolves a package-level object (go/types objDecl). */
export function objDecl(c: Checker, obj: GoObject): void {
  if (c.resolved.has(obj)) return;
  const d = c.objDecl.get(obj);
  if (!d) return;
  if (c.objPath.includes(obj)) {
    // a cycle: valid only through function bodies / type indirections (handled by types)
    if (obj.kind === 'TypeName' || obj.kind === 'Func') return;
    // variable cycles: reported by initOrder (types2 validCycle accepts all-value cycles)
    if (obj.kind === 'Var') return; // its type stays invalid unless declared explicitly
    if (obj.kind === 'Const' && !c.cycleReported.has(obj)) {
      // constants only: types2 reports them as initOrder does, from the first one declared
      let cycle = c.objPath.slice(c.objPath.indexOf(obj));
      if (cycle.every((o) => o.kind === 'Const')) {
        for (const o of cycle) c.cycleReported.add(o);
        const first = cycle.reduce((a, b) => (b.pos < a.pos ? b : a));
        const k = cycle.indexOf(first);
        cycle = [...cycle.slice(k), ...cycle.slice(0, k)];
        if (cycle.length === 1) errorAt(c, first.pos, `initialization cycle: ${first.name} refers to itself`);
        else errorAt(c, first.pos, `initialization cycle for ${first.name}` + cycle.map((o, i) => `\n\t${posString(c, o.pos)}: ${o.name} refers to ${cycle[(i + 1) % cycle.length].name}`).join(''));
        obj.type = Typ.invalid;
        return;
      }
    }
    if (!c.cycleReported.has(obj)) {
      c.cycleReported.add(obj);
      const start = c.objPath.indexOf(obj);
      const cycle = c.objPath.slice(start);
      const lines = cycle.map((o) => `\t${posString(c, o.pos)}: ${o.name} refers to ${cycle[(cycle.indexOf(o) + 1) % cycle.length].name}`);
      errorAt(c, obj.pos, `initialization cycle or invalid recursive reference: ${obj.name} refers to itself` + (cycle.length > 1 ? '' : ''));
      void lines;
    }
    obj.type = Typ.invalid;
    return;
  }
  c.objPath.push(obj);
  const saveScope = c.scope, saveDecl = c.decl, saveIota = c.iota, saveF = c.fctx, saveErr = c.errpos;
  c.scope = c.fileScope;
  c.fctx = null;
  try {
    switch (d.kind) {
      case 'const': constDecl(c, obj as Const, d); break;
      case 'var': varDecl(c, obj as Var, d); break;
      case 'type': typeDecl(c, obj as TypeName, d.spec as ast.TypeSpec); break;
      case 'func': funcDecl(c, obj as Func, d); break;
    }
  } finally {
    c.scope = saveScope; c.decl = saveDecl; c.iota = saveIota; c.fctx = saveF; c.errpos = saveErr;
    c.objPath.pop();
    c.resolved.add(obj);
  }
}

function constDecl(c: Checker, obj: Const, d: DeclInfo): void {
  c.decl = d;
  c.iota = constant.intVal(BigInt(d.iota ?? 0));
  if (d.inherited && d.specNode) c.errpos = (d.spec as ast.ValueSpec).names.find((n) => n.name === obj.name)?.pos ?? -1;
  let T: Type | null = null;
  if (d.typeExpr) {
    T = typExpr(c, d.typeExpr);
    if (isValid(T) && !isConstType(T)) {
      errorAt(c, d.typeExpr, `invalid constant type ${tstr(c, T)}`);
      obj.type = Typ.invalid;
      return;
    }
  }
  c.errpos = -1;
  if (d.inherited && d.specNode) c.errpos = (d.spec as ast.ValueSpec).names.find((n) => n.name === obj.name)?.pos ?? -1;
  const x = invalidOperand(d.init ?? null);
  if (d.init) {
    expr(c, x, d.init);
    if (x.mode !== 'invalid' && x.mode !== 'constant') {
      errorAt(c, x, `${exprStr(d.init)} (${descr(c, x)}) is not constant`);
      x.mode = 'invalid';
    }
  }
  if (x.mode === 'invalid') { obj.type = Typ.invalid; c.errpos = -1; return; }
  if (T) assignment(c, x, T, 'constant declaration');
  c.errpos = -1;
  if ((x.mode as string) === 'invalid') { obj.type = Typ.invalid; return; }
  obj.type = x.type;
  (obj as { value: Const['value'] }).value = x.val!;
}

function descr(c: Checker, x: import('./checker').Operand): string {
  const s = opStr(c, x);
  const i = s.indexOf(' (');
  return i >= 0 ? s.slice(i + 2, -1) : s;
}
import { opString as opStr } from './checker';
import { exprString as exprStr } from './exprstring';

function varDecl(c: Checker, obj: Var, d: DeclInfo): void {
  c.decl = d;
  const T = d.typeExpr ? varType(c, d.typeExpr) : null;
  if (d.lhs) {
    for (const v of d.lhs) { v.type = T ?? Typ.invalid; if (v !== obj) { c.resolved.add(v); } }
    // share deps
    for (const v of d.lhs) { const dv = c.objDecl.get(v); if (dv && dv !== d) dv.deps.forEach((x) => d.deps.add(x)); }
    const ops = rhsOperands(c, [d.init!], d.lhs.length, d.lhs.map(() => T));
    d.lhs.forEach((v, i) => {
      const x = ops ? ops[i] : null;
      if (!x) { if (!T) v.type = Typ.invalid; return; }
      assignment(c, x, T, 'variable declaration');
      if (!T) v.type = x.mode === 'invalid' ? Typ.invalid : x.type;
      const dv = c.objDecl.get(v);
      if (dv && dv !== d) d.deps.forEach((y) => dv.deps.add(y));
    });
    return;
  }
  obj.type = T ?? Typ.invalid;
  if (!d.init) {
    const spec = d.spec as ast.ValueSpec;
    if (spec.values.length > 0) {
      const idx = spec.names.findIndex((n) => n.pos === obj.pos);
      if (idx >= spec.values.length && obj === firstMissing(c, spec)) errorAt(c, spec.names[spec.values.length], `assignment mismatch: ${spec.names.length} variables but ${spec.values.length} value${spec.values.length === 1 ? '' : 's'}`);
    }
    return;
  }
  const spec = d.spec as ast.ValueSpec;
  if (spec.values.length > spec.names.length && spec.names[spec.names.length - 1].pos === obj.pos) {
    errorAt(c, spec.values[spec.names.length], `assignment mismatch: ${spec.names.length} variable${spec.names.length === 1 ? '' : 's'} but ${spec.values.length} values`);
  }
  const x = invalidOperand(d.init);
  expr(c, x, d.init, false, T);
  if (x.mode === 'invalid') { if (!T) obj.type = Typ.invalid; return; }
  assignment(c, x, T, 'variable declaration');
  if (!T) obj.type = (x.mode as string) === 'invalid' ? Typ.invalid : x.type;
}

function firstMissing(c: Checker, spec: ast.ValueSpec): GoObject | undefined {
  const id = spec.names[spec.values.length];
  return id ? (c.info.defs.get(id) ?? undefined) : undefined;
}

function typeDecl(c: Checker, obj: TypeName, spec: ast.TypeSpec): void {
  if (spec.assign >= 0) {
    // alias; a generic alias (Go 1.24) keeps its type parameters for instantiation (typexpr.ts)
    obj.type = Typ.invalid;
    const saved = c.scope;
    if (spec.typeParams) {
      const scope: Scope = { parent: c.scope, names: new Map(), pos: spec.pos, end: spec.end };
      c.info.scopes.set(spec, scope);
      obj.aliasParams = collectTypeParams(c, spec.typeParams, scope);
      c.scope = scope;
    }
    const t = typExpr(c, spec.type);
    c.scope = saved;
    obj.type = t;
    return;
  }
  const named: Named = { kind: 'Named', obj, underlying: Typ.invalid, methods: [], typeParams: [], typeArgs: [], orig: null };
  obj.type = named;
  let scope: Scope | null = null;
  if (spec.typeParams) {
    scope = { parent: c.scope, names: new Map(), pos: spec.pos, end: spec.end };
    c.info.scopes.set(spec, scope);
    named.typeParams = collectTypeParams(c, spec.typeParams, scope);
    c.scope = scope;
  }
  // methods are collected before the underlying type so that embedded lookups see them
  const fns = c.methodsByBase.get(obj.name) ?? [];
  named.methods = fns.filter((f) => c.methodOwners.get(f) === obj);
  const rhs = typExpr(c, spec.type);
  let u = rhs;
  if (u.kind === 'Named') u = under(u);
  if (u.kind === 'TypeParam') { errorAt(c, spec.type, `cannot use a type parameter as RHS in type declaration`); u = Typ.invalid; }
  named.underlying = u;
  c.namedRhs.set(named, rhs);
  validType(c, named);
  expandPending(c.inst);
  // method signatures
  for (const f of named.methods) objDecl(c, f);
  expandPending(c.inst);
}

/**
 * Reports types that contain themselves by value (go/types validtype.go): through struct fields,
 * array elements or a chain of defined types (`type A B; type B A`). Pointers, slices, maps,
 * channels, functions and interfaces break the recursion. Members of a cycle become invalid.
 */
function validType(c: Checker, start: Named): void {
  const nest: Named[] = [];
  const walk = (t: Type): boolean => {
    switch (t.kind) {
      case 'Array': return walk(t.elem);
      case 'Struct': return t.fields.every((f) => walk(f.type));
      case 'Named': {
        const i = nest.indexOf(t);
        if (i >= 0) { cycleError(c, nest.slice(i)); return false; }
        const rhs = c.namedRhs.get(t) ?? (t.orig ? t.underlying : null);
        if (!rhs) return true;
        nest.push(t);
        const ok = walk(rhs);
        nest.pop();
        return ok;
      }
      default: return true;
    }
  };
  walk(start);
}

function cycleError(c: Checker, cycle: Named[]): void {
  if (cycle.some((n) => c.cycleReported.has(n.obj))) return;
  for (const n of cycle) { c.cycleReported.add(n.obj); n.underlying = Typ.invalid; }
  let start = 0;
  cycle.forEach((n, i) => { if (n.obj.pos < cycle[start].obj.pos) start = i; });
  const obj = cycle[start].obj;
  if (cycle.length === 1) { errorAt(c, obj.pos, `invalid recursive type: ${obj.name} refers to itself`); return; }
  let msg = `invalid recursive type ${obj.name}`;
  for (let i = 0; i < cycle.length; i++) {
    const a = cycle[(start + i) % cycle.length].obj, b = cycle[(start + i + 1) % cycle.length].obj;
    msg += `\n\t${posString(c, a.pos)}: ${a.name} refers to ${b.name}`;
  }
  errorAt(c, obj.pos, msg);
}

function funcDecl(c: Checker, obj: Func, d: DeclInfo): void {
  const fd = d.fdecl!;
  const scope: Scope = { parent: c.fileScope, names: new Map(), pos: fd.type.pos, end: fd.end };
  c.info.scopes.set(fd.type, scope);
  c.funcScopes.add(scope);
  c.scope = scope;
  let recvTParams: import('./type').TypeParam[] = [];
  if (fd.recv && fd.recv.list.length) {
    // receiver type parameters: func (p Pair[K, V]) ...
    let re = fd.recv.list[0].type;
    if (re.kind === 'StarExpr') re = re.x;
    if (re.kind === 'IndexExpr' || re.kind === 'IndexListExpr') {
      const ids = (re.kind === 'IndexExpr' ? [re.index] : re.indices).filter((x): x is ast.Ident => x.kind === 'Ident');
      const [base] = recvBaseName(re);
      const tn = c.pkgScope.names.get(base);
      if (tn && tn.kind === 'TypeName') objDecl(c, tn);
      const g = tn && tn.kind === 'TypeName' && tn.type.kind === 'Named' ? tn.type : null;
      recvTParams = ids.map((id, i) => {
        const o: TypeName = { kind: 'TypeName', name: id.name, pos: id.pos, type: Typ.invalid, pkg: c.pkg, isAlias: false };
        const tp: import('./type').TypeParam = { kind: 'TypeParam', obj: o, index: i, constraint: g && g.typeParams[i] ? g.typeParams[i].constraint : c.univ.any };
        o.type = tp;
        declare(c, scope, id, o);
        return tp;
      });
      if (g) {
        const m = new Map(g.typeParams.map((p, i) => [p, recvTParams[i] as Type] as const));
        recvTParams.forEach((tp, i) => { if (g.typeParams[i]) tp.constraint = substT(c, g.typeParams[i].constraint, m); });
      }
    }
  }
  const tparams = fd.type.typeParams ? collectTypeParams(c, fd.type.typeParams, scope) : [];
  if (fd.recv && tparams.length) errorAt(c, fd.type.typeParams!, 'methods cannot have type parameters');
  const sig = funcType(c, fd.recv, fd.type, scope, recvTParams, tparams);
  obj.type = sig;
  if (fd.recv && sig.recv) {
    checkRecv(c, fd, obj, sig);
  }
  if (fd.name.name === 'main' && !fd.recv && tparams.length) errorAt(c, fd.name, 'func main must have no type parameters');
  c.info.types.set(fd.type, { mode: 'typexpr', type: sig, value: null });
  if (fd.body) {
    const body = fd.body;
    c.info.scopes.set(fd, scope);
    c.delayed.push(() => {
      c.fctx = { sig, decl: d };
      funcBody(c, body, sig, scope, d);
      c.fctx = null;
    });
  }
}
import { subst as substRaw } from './instantiate';
function substT(c: Checker, t: Type, m: Map<import('./type').TypeParam, Type>): Type { return substRaw(c.inst, t, m); }

function checkRecv(c: Checker, fd: ast.FuncDecl, obj: Func, sig: Signature): void {
  let rt = sig.recv!.type;
  if (rt.kind === 'Pointer') rt = rt.elem;
  if (!isValid(rt)) return;
  const base = rt.kind === 'Named' ? (rt.orig ?? rt) : null;
  const at = fd.recv!.list[0].type;
  if (!base || base.obj.pkg !== c.pkg) {
    if (rt.kind === 'Basic' || (base && base.obj.pkg !== c.pkg)) errorAt(c, recvTypePos(at), `cannot define new methods on non-local type ${tstr(c, rt)}`);
    else errorAt(c, recvTypePos(at), `invalid receiver type ${tstr(c, rt)}`);
    return;
  }
  const u = under(base);
  if (u.kind === 'Pointer' || u.kind === 'Interface') {
    errorAt(c, recvTypePos(at), `invalid receiver type ${tstr(c, rt)} (pointer or interface type)`);
    return;
  }
  // duplicate method / field
  const dup = base.methods.find((m) => m !== obj && m.name === obj.name && base.methods.indexOf(m) < base.methods.indexOf(obj));
  if (dup) errorAt(c, fd.name, `method ${base.obj.name}.${obj.name} already declared at ${posString(c, dup.pos, true)}`);
  else if (u.kind === 'Struct' && u.fields.some((f) => f.name === obj.name)) errorAt(c, fd.name, `field and method with the same name ${obj.name}\n\t${posString(c, u.fields.find((f) => f.name === obj.name)!.pos)}: other declaration of ${obj.name}`);
}

function recvTypePos(e: ast.Expr): number {
  let x = e;
  if (x.kind === 'StarExpr') x = x.x;
  return x.pos;
}

/** Local const/type/var declarations inside function bodies. */
export function localDecl(c: Checker, d: ast.GenDecl, locals: Var[], varSpec: (s: ast.ValueSpec) => void): void {
  if (d.tok === 'var') { for (const s of d.specs) if (s.kind === 'ValueSpec') varSpec(s); return; }
  if (d.tok === 'const') {
    let last: ast.ValueSpec | null = null;
    for (const s of d.specs) {
      if (s.kind !== 'ValueSpec') continue;
      if (s.type || s.values.length) last = s;
      const objs: Const[] = [];
      s.names.forEach((id, i) => {
        const obj: Const = { kind: 'Const', name: id.name, pos: id.pos, type: Typ.invalid, pkg: c.pkg, value: constant.unknownValue };
        const info: DeclInfo = { kind: 'const', spec: s, typeExpr: last?.type ?? null, init: last ? last.values[i] ?? null : null, iota: s.iota, deps: new Set(), inherited: last !== s, specNode: s };
        const saveDecl = c.decl, saveIota = c.iota, saveErr = c.errpos;
        constDecl(c, obj, info);
        c.decl = saveDecl; c.iota = saveIota; c.errpos = saveErr;
        objs.push(obj);
      });
      if (last && last.values.length < s.names.length) errorAt(c, s.names[last.values.length], 'missing init expr for const declaration');
      else if (last === s && s.values.length > s.names.length) errorAt(c, s.values[s.names.length], 'extra init expr');
      s.names.forEach((id, i) => declare(c, c.scope, id, objs[i]));
    }
    return;
  }
  if (d.tok === 'type') {
    for (const s of d.specs) {
      if (s.kind !== 'TypeSpec') continue;
      const obj: TypeName = { kind: 'TypeName', name: s.name.name, pos: s.name.pos, type: Typ.invalid, pkg: c.pkg, isAlias: s.assign >= 0 };
      declare(c, c.scope, s.name, obj);
      const saveScope = c.scope;
      typeDecl(c, obj, s);
      c.scope = saveScope;
    }
  }
  void locals;
}

// ---- initialization order ------------------------------------------------------------------------

export interface Initializer {
  readonly lhs: readonly Var[];
  readonly rhs: ast.Expr;
}

/**
 * Package-level variable initialization order (https://go.dev/ref/spec#Package_initialization):
 * repeatedly the earliest variable in declaration order that has no uninitialized dependencies
 * (dependencies through functions are followed transitively).
 */
export function initOrder(c: Checker): Initializer[] {
  const vars: Var[] = [];
  for (const [obj, d] of c.objDecl) if (obj.kind === 'Var' && d.kind === 'var') vars.push(obj);
  vars.sort((a, b) => a.pos - b.pos);
  const varDeps = new Map<Var, Set<Var>>();
  for (const v of vars) {
    const out = new Set<Var>();
    const seen = new Set<GoObject>();
    const stack: GoObject[] = [...(c.objDecl.get(v)?.deps ?? [])];
    while (stack.length) {
      const o = stack.pop()!;
      if (seen.has(o)) continue;
      seen.add(o);
      if (o.kind === 'Var') { if (o !== v) out.add(o); continue; }
      if (o.kind === 'Func') for (const x of c.objDecl.get(o)?.deps ?? []) stack.push(x);
    }
    varDeps.set(v, out);
  }
  const done = new Set<Var>();
  const order: Initializer[] = [];
  const emitted = new Set<ast.Expr>();
  while (done.size < vars.length) {
    let pick = vars.find((v) => !done.has(v) && [...varDeps.get(v)!].every((w) => done.has(w)));
    if (!pick) {
      pick = vars.find((v) => !done.has(v))!;
      reportInitCycle(c, vars.filter((v) => !done.has(v)));
      for (const v of vars) done.add(v);
      break;
    }
    const d = c.objDecl.get(pick)!;
    const group = d.lhs ?? [pick];
    for (const v of group) done.add(v);
    if (d.init && !emitted.has(d.init)) { emitted.add(d.init); order.push({ lhs: group, rhs: d.init }); }
  }
  return order;
}

/** types2 initorder.go reportCycle: the first variable (in source order) on a dependency cycle. */
function reportInitCycle(c: Checker, remaining: Var[]): void {
  const depsOf = (o: GoObject): GoObject[] => [...(c.objDecl.get(o)?.deps ?? [])].filter((d) => d.kind === 'Var' || d.kind === 'Func');
  for (const start of remaining) {
    const path: GoObject[] = [];
    const seen = new Set<GoObject>();
    const dfs = (o: GoObject): boolean => {
      for (const d of depsOf(o)) {
        if (d === start) return true;
        if (seen.has(d)) continue;
        seen.add(d);
        path.push(d);
        if (dfs(d)) return true;
        path.pop();
      }
      return false;
    };
    if (!dfs(start)) continue;
    const cycle = [start, ...path];
    if (cycle.length === 1) { errorAt(c, start.pos, `initialization cycle: ${start.name} refers to itself`); return; }
    let msg = `initialization cycle for ${start.name}`;
    cycle.forEach((o, i) => { msg += `\n\t${posString(c, o.pos)}: ${o.name} refers to ${cycle[(i + 1) % cycle.length].name}`; });
    errorAt(c, start.pos, msg);
    return;
  }
}

export { isUntyped };
