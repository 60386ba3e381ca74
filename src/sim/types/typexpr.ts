/**
 * This file implements the evaluation of type expressions (https://go.dev/ref/spec#Types), mirroring
 * go/types typexpr.go, struct.go, signature.go, interface.go and union.go: named types, composite
 * type literals, function signatures (parameters declared into the function's scope), interfaces
 * with their method sets and type sets (https://go.dev/ref/spec#General_interfaces), type parameter
 * lists and explicit instantiation of generic types.
 *
 * Invariant: every evaluated type expression is recorded in Info.types with mode 'typexpr'; an
 * invalid type expression yields Typ.invalid after exactly one error.
 */

import type * as ast from '../syntax/ast';
import type { Func, InterfaceT, Signature, Term, Type, TypeName, TypeParam, Var } from './type';
import type { Scope } from './info';
import { type Checker, declare, errorAt, invalidOperand, opString, recordDef, recordType, recordUse, tstr, type Operand } from './checker';
import { Typ, newTuple, newVar, newInterface } from './universe';
import { comparable, identical, isTypeParam, isValid, under, isInteger, isUntyped } from './predicates';
import { expr, ident, lookupIdent } from './expr';
import { instantiateNamed, makeSubstMap, subst } from './instantiate';
import { toIntValue, representable, unquote } from './constant';
import { satisfies } from './infer';

/** Evaluates e as a type; reports "X is not a type" etc. */
export function typExpr(c: Checker, e: ast.Expr, allowGeneric = false): Type {
  const t = typInternal(c, e, allowGeneric);
  recordType(c, e, t);
  return t;
}

/**
 * go/types varType: a type used for a variable, field, element or parameter. Constraint interfaces
 * (with type terms, or comparable) are not allowed there; the check runs delayed, when interfaces
 * are complete.
 */
export function varType(c: Checker, e: ast.Expr): Type {
  const t = typExpr(c, e);
  if (!isTypeParam(t) && isValid(t)) {
    c.delayed.push(() => {
      const u = under(t);
      if (u.kind !== 'Interface') return;
      if (u.isComparableConstraint) errorAt(c, e, `cannot use type ${tstr(c, t)} outside a type constraint: interface is (or embeds) comparable`);
      else if (u.typeSet !== null) errorAt(c, e, `cannot use type ${tstr(c, t)} outside a type constraint: interface contains type constraints`);
    });
  }
  return t;
}

function typInternal(c: Checker, e: ast.Expr, allowGeneric: boolean): Type {
  switch (e.kind) {
    case 'BadExpr': return Typ.invalid;
    case 'Ident': case 'SelectorExpr': {
      const x = invalidOperand(e);
      if (e.kind === 'Ident' && notTypeName(c, e)) return Typ.invalid;
      const ga = e.kind === 'Ident' && !allowGeneric ? genericAlias(c, e) : null;
      if (ga) {
        const ps = ga.aliasParams!.map((p) => `${p.obj.name} ${tstr(c, p.constraint)}`);
        errorAt(c, e, `cannot use generic type ${ga.name}[${ps.join(', ')}] without instantiation`);
        return Typ.invalid;
      }
      if (e.kind === 'Ident') ident(c, x, e, true);
      else expr(c, x, e, true);
      return operandType(c, x, e, allowGeneric);
    }
    case 'IndexExpr': case 'IndexListExpr': return instantiatedType(c, e);
    case 'ParenExpr': return typExpr(c, e.x, allowGeneric);
    case 'ArrayType': {
      if (e.len === null) return { kind: 'Slice', elem: varType(c, e.elt) };
      if (e.len.kind === 'Ellipsis') {
        errorAt(c, e.len, 'invalid use of [...] array (outside a composite literal)');
        typExpr(c, e.elt);
        return Typ.invalid;
      }
      const n = arrayLength(c, e.len);
      const elem = varType(c, e.elt);
      return n < 0 ? Typ.invalid : { kind: 'Array', len: n, elem };
    }
    case 'Ellipsis': errorAt(c, e, 'invalid use of ...'); return Typ.invalid;
    case 'StructType': return structType(c, e);
    case 'StarExpr': return { kind: 'Pointer', elem: varType(c, e.x) };
    case 'FuncType': {
      const outer = c.scope;
      c.scope = { parent: outer, names: new Map(), pos: e.pos, end: e.end };
      const sig = funcType(c, null, e, c.scope);
      c.scope = outer;
      return sig;
    }
    case 'InterfaceType': return interfaceType(c, e);
    case 'MapType': {
      const key = varType(c, e.key);
      const val = varType(c, e.value);
      if (isValid(key)) {
        c.delayed.push(() => {
          if (isTypeParam(key)) {
            if (!comparable(key)) errorAt(c, e.key, `invalid map key type ${tstr(c, key)} (missing comparable constraint)`);
          } else if (!comparable(key)) errorAt(c, e.key, `invalid map key type ${tstr(c, key)}`);
        });
      }
      return { kind: 'Map', key, elem: val };
    }
    case 'ChanType': return { kind: 'Chan', dir: e.dir, elem: varType(c, e.value) };
    default: {
      const x = invalidOperand(e);
      expr(c, x, e, true);
      if (x.mode !== 'invalid') errorAt(c, e, `${opString(c, x)} is not a type`);
      return Typ.invalid;
    }
  }
}

/**
 * types2 ident with wantType: a name that denotes something other than a type is reported as
 * `n (local variable) is not a type` (objectKind) and counts as used.
 */
function notTypeName(c: Checker, e: ast.Ident): boolean {
  const obj = lookupIdent(c, e.name);
  if (!obj || obj.kind === 'TypeName' || obj.kind === 'PkgName' || e.name === '_') return false;
  c.info.uses.set(e, obj);
  let kind: string = obj.kind;
  switch (obj.kind) {
    case 'Const': kind = 'constant'; break;
    case 'Func': kind = (obj.type as { recv?: unknown }).recv ? 'method' : 'function'; break;
    case 'Builtin': kind = 'built-in function'; break;
    case 'Nil': kind = 'untyped nil'; break;
    case 'Label': kind = 'label'; break;
    case 'Var': {
      obj.used = true;
      const sig = c.fctx?.sig;
      const inTuple = (t: { vars: readonly unknown[] } | null | undefined): boolean => !!t && t.vars.includes(obj);
      if (c.pkgScope.names.get(e.name) === obj) kind = 'package-level variable';
      else if (sig && sig.recv === obj) kind = 'receiver';
      else if (sig && inTuple(sig.params)) kind = 'parameter';
      else if (sig && inTuple(sig.results)) kind = 'result variable';
      else kind = 'local variable';
      break;
    }
  }
  errorAt(c, e, `${e.name} (${kind}) is not a type`);
  return true;
}

function operandType(c: Checker, x: Operand, e: ast.Expr, allowGeneric: boolean): Type {
  if (x.mode === 'invalid') return Typ.invalid;
  if (x.mode !== 'typexpr') {
    errorAt(c, e, `${exprName(e)} is not a type`);
    return Typ.invalid;
  }
  const t = x.type;
  if (!allowGeneric && t.kind === 'Named' && t.typeParams.length > 0 && t.typeArgs.length === 0) {
    errorAt(c, e, `cannot use generic type ${tstr(c, t)} without instantiation`);
    return Typ.invalid;
  }
  return t;
}

function exprName(e: ast.Expr): string {
  if (e.kind === 'Ident') return e.name;
  if (e.kind === 'SelectorExpr') return `${exprName(e.x)}.${e.sel.name}`;
  return '';
}

/** go/types arrayLength: the constant length of an array type, or -1 after an error. */
export function arrayLength(c: Checker, e: ast.Expr): number {
  if (e.kind === 'Ident') {
    let obj = null;
    for (let s: Scope | null = c.scope; s && !obj; s = s.parent) obj = s.names.get(e.name) ?? null;
    if (!obj) { errorAt(c, e, `undefined array length ${e.name} or missing type constraint`); return -1; }
    if (obj.kind !== 'Const') { errorAt(c, e, `invalid array length ${e.name}`); return -1; }
  }
  const x = invalidOperand(e);
  expr(c, x, e);
  if (x.mode !== 'constant') {
    if (x.mode !== 'invalid') errorAt(c, x, `array length ${opString(c, x)} must be constant`);
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    const v = x.val ? toIntValue(x.val) : null;
    if (v !== null && representable(x.val!, 'int') && v >= 0n) return Number(v);
  }
  errorAt(c, x, isInteger(x.type) ? `invalid array length ${opString(c, x)}` : `array length ${opString(c, x)} must be integer`);
  return -1;
}

function structType(c: Checker, e: ast.StructType): Type {
  const fields: Var[] = [];
  const tags: string[] = [];
  const seen = new Map<string, Var>();
  for (const f of e.fields.list) {
    const t = varType(c, f.type);
    const tag = f.tag ? (unquote(f.tag.value) ?? '') : ''; // a malformed literal was reported by the scanner
    const add = (id: ast.Ident | null, name: string, embedded: boolean) => {
      const v = newVar(name, t, c.pkg, id ? id.pos : f.type.pos, true, embedded);
      if (name !== '_' && seen.has(name)) {
        errorAt(c, id ?? f.type, `${name} redeclared\n\t${posStr(c, seen.get(name)!.pos)}: other declaration of ${name}`);
      } else seen.set(name, v);
      fields.push(v);
      tags.push(tag);
      if (id) recordDef(c, id, v);
    };
    if (f.names.length === 0) {
      let te: ast.Expr = f.type;
      if (te.kind === 'StarExpr') te = te.x;
      if (te.kind === 'IndexExpr' || te.kind === 'IndexListExpr') te = te.x;
      const name = te.kind === 'Ident' ? te.name : te.kind === 'SelectorExpr' ? te.sel.name : '_';
      add(null, name, true);
      const u = under(t.kind === 'Pointer' ? t.elem : t);
      if (t.kind === 'Pointer' && (u.kind === 'Pointer' || u.kind === 'Interface')) {
        errorAt(c, f.type, `embedded field type cannot be a pointer to an interface`);
      }
    } else for (const id of f.names) add(id, id.name, false);
  }
  return { kind: 'Struct', fields, tags };
}

function posStr(c: Checker, pos: number): string {
  return posString(c, pos);
}
import { posString } from './checker';

/**
 * Collects a function signature; parameters and results are declared into `scope` (the function's
 * scope, whose body is checked later). `recv` is the receiver list of a method.
 */
export function funcType(c: Checker, recv: ast.FieldList | null, ft: ast.FuncType, scope: Scope, recvTParams: TypeParam[] = [], typeParams: TypeParam[] = []): Signature {
  let recvVar: Var | null = null;
  if (recv && recv.list.length > 0) {
    const f = recv.list[0];
    const t = recvType(c, f.type, recvTParams);
    const name = f.names.length ? f.names[0].name : '';
    recvVar = newVar(name, t, c.pkg, f.names.length ? f.names[0].pos : f.type.pos);
    if (f.names.length) declareParam(c, scope, f.names[0], recvVar); else c.info.implicits.set(f, recvVar);
    if (recv.list.length > 1 || f.names.length > 1) errorAt(c, recv.list[1]?.pos ?? f.names[1].pos, 'method has multiple receivers');
  }
  const [params, variadic] = paramList(c, ft.params, scope, true);
  const [results] = ft.results ? paramList(c, ft.results, scope, false) : [[], false];
  return { kind: 'Signature', recv: recvVar, typeParams, recvTypeParams: recvTParams, params: newTuple(params), results: newTuple(results), variadic };
}

function declareParam(c: Checker, scope: Scope, id: ast.Ident, v: Var): void {
  const save = c.scope;
  c.scope = scope;
  declare(c, scope, id, v);
  c.scope = save;
}

function paramList(c: Checker, fl: ast.FieldList, scope: Scope, isParams: boolean): [Var[], boolean] {
  const vars: Var[] = [];
  let variadic = false;
  fl.list.forEach((f, i) => {
    let te = f.type;
    let isVariadic = false;
    if (te.kind === 'Ellipsis') {
      isVariadic = true;
      if (!isParams || i !== fl.list.length - 1 || f.names.length > 1) {
        errorAt(c, te, `can only use ... with final parameter in list`);
        isVariadic = false;
      }
    }
    let t: Type = te.kind === 'Ellipsis' ? (te.elt ? varType(c, te.elt) : Typ.invalid) : varType(c, te);
    if (isVariadic) { t = { kind: 'Slice', elem: t }; variadic = true; recordType(c, te, t); }
    if (f.names.length === 0) {
      const v = newVar('', t, c.pkg, f.type.pos);
      c.info.implicits.set(f, v);
      vars.push(v);
    } else for (const id of f.names) {
      const v = newVar(id.name, t, c.pkg, id.pos);
      declareParam(c, scope, id, v);
      vars.push(v);
    }
  });
  return [vars, variadic];
}

/** The receiver type `T`, `*T`, `T[K, V]` or `*T[K, V]`; declares receiver type parameters. */
function recvType(c: Checker, e: ast.Expr, recvTParams: TypeParam[]): Type {
  let ptr = false;
  let te = e;
  if (te.kind === 'ParenExpr') te = te.x;
  if (te.kind === 'StarExpr') { ptr = true; te = te.x; }
  let base: Type;
  if ((te.kind === 'IndexExpr' || te.kind === 'IndexListExpr') && recvTParams.length > 0) {
    const x = invalidOperand(te.x);
    if (te.x.kind === 'Ident') ident(c, x, te.x, true);
    const g = x.type;
    if (g.kind === 'Named' && g.typeParams.length > 0) {
      base = instantiateNamed(c.inst, g, recvTParams);
      c.info.instances.set(te.x as ast.Ident, { typeArgs: recvTParams, type: base });
    } else base = typExpr(c, te);
    recordType(c, te, base);
  } else base = typExpr(c, te);
  const t: Type = ptr ? { kind: 'Pointer', elem: base } : base;
  if (ptr) recordType(c, e, t);
  return t;
}

// ---- interfaces ----------------------------------------------------------------------------------

export function interfaceType(c: Checker, e: ast.InterfaceType): InterfaceT {
  const methods: Func[] = [];
  const embeddeds: Type[] = [];
  const embedExprs: ast.Expr[] = [];
  for (const f of e.methods.list) {
    if (f.names.length > 0 && f.type.kind === 'FuncType') {
      const id = f.names[0];
      const scope: Scope = { parent: c.scope, names: new Map(), pos: f.pos, end: f.end };
      const sig0 = funcType(c, null, f.type, scope);
      const m: Func = { kind: 'Func', name: id.name, pos: id.pos, type: sig0, pkg: c.pkg, fullName: id.name };
      (sig0 as { recv: Var | null }).recv = newVar('', Typ.invalid, c.pkg);
      methods.push(m);
      recordDef(c, id, m);
      recordType(c, f.type, sig0);
    } else {
      embeddeds.push(unionOrType(c, f.type));
      embedExprs.push(f.type);
    }
  }
  const it = newInterface(methods, embeddeds);
  completeInterface(c, it);
  return it;
}

function unionOrType(c: Checker, e: ast.Expr): Type {
  if ((e.kind === 'BinaryExpr' && e.op === '|') || (e.kind === 'UnaryExpr' && e.op === '~')) {
    const terms: Term[] = [];
    const walk = (x: ast.Expr) => {
      if (x.kind === 'BinaryExpr' && x.op === '|') { walk(x.x); walk(x.y); return; }
      if (x.kind === 'UnaryExpr' && x.op === '~') {
        const t = typExpr(c, x.x);
        if (isValid(t) && under(t) !== t) errorAt(c, x, `invalid use of ~ (underlying type of ${tstr(c, t)} is ${tstr(c, under(t))})`);
        terms.push({ tilde: true, type: t });
        return;
      }
      terms.push({ tilde: false, type: typExpr(c, x) });
    };
    walk(e);
    const u: Type = { kind: 'Union', terms };
    recordType(c, e, u);
    return u;
  }
  return typExpr(c, e);
}

/** Computes allMethods and typeSet of an interface from its methods and embedded elements. */
export function completeInterface(c: Checker, it: InterfaceT): void {
  const all = new Map<string, Func>();
  for (const m of it.methods) all.set(m.name, m);
  let terms: Term[] | null = null;
  let comp = it.isComparableConstraint;
  for (const e of it.embeddeds) {
    let elemTerms: Term[] | null = null;
    if (e.kind === 'Union') {
      elemTerms = [];
      for (const t of e.terms) {
        const u = under(t.type);
        if (u.kind === 'Interface' && !t.tilde) {
          if (u.typeSet) elemTerms.push(...u.typeSet); else { elemTerms = null; break; }
        } else elemTerms.push(t);
      }
    } else {
      const u = under(e);
      if (u.kind === 'Interface') {
        for (const m of u.allMethods) if (!all.has(m.name)) all.set(m.name, m);
        if (u.typeSet) elemTerms = [...u.typeSet];
        if (u.isComparableConstraint) comp = true;
      } else if (isValid(e)) elemTerms = [{ tilde: false, type: e }];
    }
    if (elemTerms) terms = terms === null ? elemTerms : intersectTerms(terms, elemTerms);
  }
  it.allMethods = [...all.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  it.typeSet = terms;
  if (comp && !it.isComparableConstraint) (it as { isComparableConstraint: boolean }).isComparableConstraint = true;
}

function termIncludes(a: Term, t: Type): boolean {
  return a.tilde ? identical(under(a.type), under(t)) : identical(a.type, t);
}

function intersectTerms(xs: Term[], ys: Term[]): Term[] {
  const out: Term[] = [];
  for (const x of xs) for (const y of ys) {
    if (x.tilde && y.tilde) { if (identical(under(x.type), under(y.type))) out.push(x); }
    else if (x.tilde) { if (termIncludes(x, y.type)) out.push(y); }
    else if (termIncludes(y, x.type)) out.push(x);
  }
  return out;
}

// ---- type parameters and instantiation -----------------------------------------------------------

/** Declares the type parameters of a generic function or type into `scope`. */
export function collectTypeParams(c: Checker, fl: ast.FieldList, scope: Scope): TypeParam[] {
  const tparams: TypeParam[] = [];
  const save = c.scope;
  c.scope = scope;
  for (const f of fl.list) for (const id of f.names) {
    const obj: TypeName = { kind: 'TypeName', name: id.name, pos: id.pos, type: Typ.invalid, pkg: c.pkg, isAlias: false };
    const tp: TypeParam = { kind: 'TypeParam', obj, index: tparams.length, constraint: c.univ.any };
    obj.type = tp;
    declare(c, scope, id, obj);
    tparams.push(tp);
  }
  let i = 0;
  for (const f of fl.list) {
    const bound = constraintType(c, f.type);
    for (const _ of f.names) tparams[i++].constraint = bound;
  }
  c.scope = save;
  return tparams;
}

function constraintType(c: Checker, e: ast.Expr): Type {
  const t = unionOrType(c, e);
  if (t.kind === 'Union' || (isValid(t) && under(t).kind !== 'Interface')) {
    const it = newInterface([], [t]);
    (it as { implicit?: boolean }).implicit = true; // printed as its one term list (`int | float64`)
    completeInterface(c, it);
    return it;
  }
  return t;
}

/** The type name e denotes when it is a generic alias (`type Set[T comparable] = map[T]bool`). */
function genericAlias(c: Checker, e: ast.Expr): TypeName | null {
  if (e.kind !== 'Ident') return null;
  const obj = lookupIdent(c, e.name);
  return obj && obj.kind === 'TypeName' && obj.aliasParams ? obj : null;
}

/** Set[int]: the aliased type with the type arguments substituted (an alias stays transparent). */
function instantiatedAlias(c: Checker, e: ast.IndexExpr | ast.IndexListExpr, obj: TypeName): Type {
  const x = invalidOperand(e.x);
  ident(c, x, e.x as ast.Ident, true);
  const params = obj.aliasParams!;
  const argExprs = e.kind === 'IndexExpr' ? [e.index] : e.indices;
  const targs = argExprs.map((a) => typExpr(c, a));
  if (targs.some((t) => !isValid(t)) || !isValid(obj.type)) return Typ.invalid;
  if (!typeArgsFit(c, e, obj.name, params, targs, argExprs)) return Typ.invalid;
  return subst(c.inst, obj.type, makeSubstMap(params, targs));
}

/**
 * types2 validateTArgLen (reported at the generic type's position, whichever way the count is
 * off) and, once declarations are complete, verify: each type argument satisfies its constraint.
 */
function typeArgsFit(c: Checker, e: ast.IndexExpr | ast.IndexListExpr, name: string, params: readonly TypeParam[], targs: Type[], argExprs: readonly ast.Expr[]): boolean {
  if (targs.length !== params.length) {
    errorAt(c, startOf(e), `${targs.length < params.length ? 'not enough' : 'too many'} type arguments for type ${name}: have ${targs.length}, want ${params.length}`);
    return false;
  }
  c.delayed.push(() => params.forEach((tp, i) => {
    const cause = satisfies(c, targs[i], tp, params, targs);
    if (cause) errorAt(c, argExprs[i], cause);
  }));
  return true;
}

function instantiatedType(c: Checker, e: ast.IndexExpr | ast.IndexListExpr): Type {
  const alias = genericAlias(c, e.x);
  if (alias) return instantiatedAlias(c, e, alias);
  const g = typExpr(c, e.x, true);
  if (!isValid(g)) return Typ.invalid;
  if (g.kind !== 'Named' || g.typeParams.length === 0 || g.typeArgs.length > 0) {
    errorAt(c, e.x, `${tstr(c, g)} is not a generic type`);
    return Typ.invalid;
  }
  const argExprs = e.kind === 'IndexExpr' ? [e.index] : e.indices;
  const targs = argExprs.map((a) => typExpr(c, a));
  if (targs.some((t) => !isValid(t))) return Typ.invalid;
  if (!typeArgsFit(c, e, g.obj.name, g.typeParams, targs, argExprs)) return Typ.invalid;
  const inst = instantiateNamed(c.inst, g, targs);
  if (e.x.kind === 'Ident') c.info.instances.set(e.x, { typeArgs: targs, type: inst });
  else if (e.x.kind === 'SelectorExpr') c.info.instances.set(e.x.sel, { typeArgs: targs, type: inst });
  return inst;
}

function startOf(e: ast.IndexExpr | ast.IndexListExpr): number {
  return e.x.kind === 'Ident' ? e.x.pos : e.pos;
}

export { recordUse };
