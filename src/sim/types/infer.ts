/**
 * This file implements type inference for calls of generic functions
 * (https://go.dev/ref/spec#Type_inference) and constraint satisfaction
 * (https://go.dev/ref/spec#Satisfying_a_type_constraint), a simplified go/types infer.go/unify.go:
 * 1. typed arguments are unified with their parameter types;
 * 2. core types of constraints (`S ~[]E`) are unified with inferred arguments, and single-type
 *    constraints fill unbound parameters;
 * 3. untyped constant arguments for still-unbound bare type parameters give their default type
 *    (the "largest" kind among them, as Go 1.21+ does).
 *
 * Invariant: returns null after reporting exactly one error when inference fails.
 */

import type { Signature, Type, TypeParam, Term } from './type';
import type * as ast from '../syntax/ast';
import { type Checker, type Operand, errorAt, posString, tstr } from './checker';
import { comparable, defaultType, identical, isUntyped, isValid, under, coreType } from './predicates';
import { makeSubstMap, subst, substSignature, instantiateNamed } from './instantiate';
import { missingMethod } from './lookup';
import { typeString } from './typestring';

type Bindings = Map<TypeParam, Type>;

/** Structural unification of a parameter type x (may contain type params) with an argument type y. */
export function unify(tparams: readonly TypeParam[], b: Bindings, x: Type, y: Type, exact = false, depth = 0): boolean {
  if (depth > 40) return true;
  if (x.kind === 'TypeParam' && tparams.includes(x)) {
    const have = b.get(x);
    if (have) {
      if (identical(have, y)) return true;
      // inexact unification: a named type and its underlying literal type unify
      if (!exact && (identical(under(have), under(y)))) {
        if (have.kind !== 'Named' && y.kind === 'Named') b.set(x, y);
        return have.kind === 'Named' && y.kind === 'Named' ? false : true;
      }
      return false;
    }
    b.set(x, y);
    return true;
  }
  if (x === y && !mentions(x, tparams)) return true;
  // an argument whose type is a (foreign) type parameter unifies through its core type
  if (!exact && y.kind === 'TypeParam' && !tparams.includes(y) && x.kind !== 'TypeParam') {
    const cy = coreType(y);
    if (cy && cy !== y) y = cy;
  }
  // a Named parameter type against an argument of another structure: compare underlying types (inexact)
  if (!exact && x.kind !== 'Named' && y.kind === 'Named') y = under(y);
  if (!exact && x.kind === 'Named' && y.kind !== 'Named' && y.kind !== 'TypeParam') x = under(x);
  const d = depth + 1;
  switch (x.kind) {
    case 'Pointer': return y.kind === 'Pointer' && unify(tparams, b, x.elem, y.elem, true, d);
    case 'Slice': return y.kind === 'Slice' && unify(tparams, b, x.elem, y.elem, true, d);
    case 'Array': return y.kind === 'Array' && x.len === y.len && unify(tparams, b, x.elem, y.elem, true, d);
    case 'Map': return y.kind === 'Map' && unify(tparams, b, x.key, y.key, true, d) && unify(tparams, b, x.elem, y.elem, true, d);
    case 'Chan': return y.kind === 'Chan' && (x.dir === y.dir || y.dir === 'both') && unify(tparams, b, x.elem, y.elem, true, d);
    case 'Signature':
      return y.kind === 'Signature' && x.params.vars.length === y.params.vars.length && x.results.vars.length === y.results.vars.length &&
        x.params.vars.every((v, i) => unify(tparams, b, v.type, y.params.vars[i].type, true, d)) &&
        x.results.vars.every((v, i) => unify(tparams, b, v.type, y.results.vars[i].type, true, d));
    case 'Struct':
      return y.kind === 'Struct' && x.fields.length === y.fields.length && x.fields.every((f, i) => unify(tparams, b, f.type, y.fields[i].type, true, d));
    case 'Named':
      if (y.kind !== 'Named') return false;
      if (x.orig && y.orig && x.orig === y.orig) return x.typeArgs.every((a, i) => unify(tparams, b, a, y.typeArgs[i], true, d));
      return identical(x, y);
    default: return identical(x, y);
  }
}

function mentions(t: Type, tparams: readonly TypeParam[], depth = 0): boolean {
  if (depth > 30) return false;
  const d = depth + 1;
  switch (t.kind) {
    case 'TypeParam': return tparams.includes(t);
    case 'Pointer': case 'Slice': case 'Array': case 'Chan': return mentions(t.elem, tparams, d);
    case 'Map': return mentions(t.key, tparams, d) || mentions(t.elem, tparams, d);
    case 'Signature': return t.params.vars.some((v) => mentions(v.type, tparams, d)) || t.results.vars.some((v) => mentions(v.type, tparams, d));
    case 'Struct': return t.fields.some((f) => mentions(f.type, tparams, d));
    case 'Named': return t.typeArgs.some((a) => mentions(a, tparams, d));
    default: return false;
  }
}

const untypedRank: Record<string, number> = { 'untyped int': 1, 'untyped rune': 2, 'untyped float': 3, 'untyped complex': 4 };

/**
 * Infers the missing type arguments of a generic function call. `targs` holds explicit ones.
 * `params` are the (variadic-expanded) parameter types matching `args`.
 */
export function infer(c: Checker, pos: number, fname: string, tparams: readonly TypeParam[], explicit: readonly Type[], params: readonly Type[], args: readonly Operand[]): Type[] | null {
  const b: Bindings = new Map();
  explicit.forEach((t, i) => { if (i < tparams.length) b.set(tparams[i], t); });
  // 1. typed arguments
  for (let i = 0; i < args.length && i < params.length; i++) {
    const a = args[i];
    if (a.mode === 'invalid') return null;
    if (isUntyped(a.type) || !mentions(params[i], tparams)) continue;
    if (!unify(tparams, b, params[i], a.type)) {
      const p = params[i];
      if (p.kind === 'TypeParam' && b.has(p)) {
        errorAt(c, a, `in call to ${fname}, type ${tstr(c, a.type)} of ${exprStr(a)} does not match inferred type ${tstr(c, b.get(p)!)} for ${tstr(c, p)}`);
      } else {
        errorAt(c, a, `in call to ${fname}, type ${tstr(c, a.type)} of ${exprStr(a)} does not match ${tstr(c, p)} (cannot infer ${tparams.map((t) => t.obj.name).join(' and ')})`);
      }
      return null;
    }
  }
  // 2. core types of constraints
  for (let round = 0; round < 3; round++) {
    for (const tp of tparams) {
      const terms = constraintTerms(tp);
      if (!terms || terms.length !== 1) continue;
      const core = terms[0];
      const have = b.get(tp);
      if (have) {
        const hu = core.tilde ? under(have) : have;
        unify(tparams, b, core.type, hu);
      } else if (!core.tilde || true) {
        if (!mentionsUnbound(core.type, tparams, b) || core.type.kind !== 'TypeParam') {
          if (!core.tilde) b.set(tp, applyBindings(c, core.type, tparams, b));
        }
      }
    }
  }
  // 3. untyped constants
  const untyped = new Map<TypeParam, Operand>();
  for (let i = 0; i < args.length && i < params.length; i++) {
    const p = params[i], a = args[i];
    if (p.kind !== 'TypeParam' || !tparams.includes(p) || b.has(p) || !isUntyped(a.type)) continue;
    const prev = untyped.get(p);
    if (!prev) { untyped.set(p, a); continue; }
    const r1 = untypedRank[(prev.type as { basic: string }).basic] ?? 0, r2 = untypedRank[(a.type as { basic: string }).basic] ?? 0;
    if (r1 && r2) { if (r2 > r1) untyped.set(p, a); }
    else if ((prev.type as { basic: string }).basic !== (a.type as { basic: string }).basic) {
      errorAt(c, a, `in call to ${fname}, mismatched types ${tstr(c, prev.type)} and ${tstr(c, a.type)} (cannot infer ${p.obj.name})`);
      return null;
    }
  }
  for (const [p, a] of untyped) {
    if (a.type.kind === 'Basic' && a.type.basic === 'untyped nil') continue;
    b.set(p, defaultType(a.type));
  }
  // resolve
  const out: Type[] = [];
  for (const tp of tparams) {
    const t = b.get(tp);
    if (!t) {
      errorAt(c, pos, `in call to ${fname}, cannot infer ${tp.obj.name} (declared at ${posString(c, tp.obj.pos, true)})`);
      return null;
    }
    out.push(applyBindings(c, t, tparams, b));
  }
  return out;
}

function exprStr(a: Operand): string {
  return a.expr ? exprStringLazy(a.expr) : '';
}
import { exprString as exprStringLazy } from './exprstring';

function mentionsUnbound(t: Type, tparams: readonly TypeParam[], b: Bindings): boolean {
  return mentions(t, tparams.filter((p) => !b.has(p)));
}

function applyBindings(c: Checker, t: Type, tparams: readonly TypeParam[], b: Bindings): Type {
  let cur = t;
  for (let i = 0; i < 4; i++) {
    const next = subst(c.inst, cur, b);
    if (next === cur) break;
    cur = next;
  }
  return cur;
}

function constraintTerms(tp: TypeParam): readonly Term[] | null {
  const u = under(tp.constraint);
  return u.kind === 'Interface' ? u.typeSet : null;
}

/**
 * Whether type argument `targ` satisfies the constraint of `tp` (after substituting all type
 * arguments). Returns the error message (`T does not satisfy C (...)`) or null. `inferredIn` names the called function when targ was inferred: types2 checks the constraint's
 * methods during inference and says `in call to F, T (type A) does not satisfy I (missing method M)`.
 */
export function satisfies(c: Checker, targ: Type, tp: TypeParam, tparams: readonly TypeParam[], targs: readonly Type[], inferredIn: string | null = null): string | null {
  if (!isValid(targ)) return null;
  const bound = subst(c.inst, tp.constraint, makeSubstMap(tparams, targs));
  const iface = under(bound);
  if (iface.kind !== 'Interface') return null;
  const T = tstr(c, targ);
  const C = tstr(c, bound);
  if (iface.typeSet) {
    const terms = iface.typeSet;
    const inSet = (t: Type) => terms.some((term) => term.tilde ? identical(under(term.type), under(t)) : identical(term.type, t));
    if (targ.kind === 'TypeParam') {
      const tt = constraintTerms(targ);
      if (!tt || !tt.every((x) => terms.some((term) => term.tilde ? identical(under(term.type), under(x.type)) : (!x.tilde && identical(term.type, x.type))))) {
        return `${T} does not satisfy ${C}`;
      }
    } else if (!inSet(targ)) {
      const list = terms.map((x) => (x.tilde ? '~' : '') + tstr(c, x.type)).join(' | ');
      if (terms.length === 0) return `${T} does not satisfy ${C} (empty type set)`;
      return `${T} does not satisfy ${C} (${T} missing in ${list})`;
    }
  }
  const mm = missingMethod(c.inst, targ, iface, c.pkg);
  if (mm) {
    const how = mm.reason === 'ptrRecv' ? `method ${mm.method.name} has pointer receiver` : mm.reason === 'wrongType' ? `wrong type for method ${mm.method.name}` : `missing method ${mm.method.name}`;
    if (inferredIn !== null) return `in call to ${inferredIn}, ${tp.obj.name} (type ${T}) does not satisfy ${C} (${how})`;
    return `${T} does not satisfy ${C} (${how})`;
  }
  if (iface.isComparableConstraint && !comparable(targ)) {
    return `${T} does not satisfy comparable`;
  }
  return null;
}

export { coreType, instantiateNamed, typeString };

/**
 * Go 1.21: a generic function used as a value of a function type T (an initialiser, an
 * assignment, an argument) gets its type arguments by unifying its signature with T. Returns
 * false when T does not determine them (the caller reports the generic-function error).
 */
export function inferFromTarget(c: Checker, x: Operand, T: Type): boolean {
  const sig = x.type as Signature;
  const tu = under(T);
  if (tu.kind !== 'Signature' || tu.typeParams.length > 0) return false;
  const b: Bindings = new Map();
  if (!unify(sig.typeParams, b, { ...sig, typeParams: [] }, tu)) return false;
  const targs = sig.typeParams.map((tp) => b.get(tp));
  if (targs.some((t) => t === undefined)) return false;
  const all = targs as Type[];
  for (let i = 0; i < all.length; i++) {
    const cause = satisfies(c, all[i], sig.typeParams[i], sig.typeParams, all);
    if (cause) { errorAt(c, x, cause); x.mode = 'invalid'; return true; }
  }
  const s = substSignature(c.inst, sig, makeSubstMap(sig.typeParams, all), true);
  let id: ast.Expr | null = x.expr ?? null;
  while (id && id.kind === 'ParenExpr') id = id.x;
  if (id && id.kind === 'SelectorExpr') id = id.sel;
  if (id && id.kind === 'Ident') c.info.instances.set(id, { typeArgs: all, type: s });
  x.type = s;
  if (x.expr) c.info.types.set(x.expr, { mode: 'value', type: s, value: null });
  return true;
}
