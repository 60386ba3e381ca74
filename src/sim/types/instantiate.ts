/**
 * This file implements type substitution and the instantiation of generic named types
 * (https://go.dev/ref/spec#Instantiations), mirroring go/types subst.go and instantiate.go.
 *
 * Invariants:
 * - Instances are canonical per checker run: `instantiateNamed` returns the same Named for the same
 *   origin and identical type arguments (keyed through `InstContext.cache`), which also ends the
 *   recursion of self-referential generic types (`type List[T any] struct{ next *List[T] }`).
 * - An instance's `underlying` is expanded from its origin; if the origin is still being declared
 *   the instance is queued in `pending` and expanded by `expandPending` when the origin completes.
 * - Methods of an instance are not copied: lookup substitutes the origin's method signatures on demand
 *   (`methodSignature`).
 */

import type { Func, InterfaceT, Named, Signature, Term, Tuple, Type, TypeParam, Var } from './type';
import { newTuple, Typ } from './universe';

export interface InstContext {
  readonly cache: Map<string, Named>;
  readonly ids: WeakMap<object, number>;
  readonly pending: Named[];
  nextId: number;
}

export function newInstContext(): InstContext {
  return { cache: new Map(), ids: new WeakMap(), pending: [], nextId: 1 };
}

function idOf(ctx: InstContext, o: object): number {
  let id = ctx.ids.get(o);
  if (id === undefined) { id = ctx.nextId++; ctx.ids.set(o, id); }
  return id;
}

/** A key identifying a type up to identity (used for the instance cache). */
export function typeKey(ctx: InstContext, t: Type): string {
  switch (t.kind) {
    case 'Basic': return t.basic;
    case 'Pointer': return '*' + typeKey(ctx, t.elem);
    case 'Slice': return '[]' + typeKey(ctx, t.elem);
    case 'Array': return `[${t.len}]` + typeKey(ctx, t.elem);
    case 'Map': return `map[${typeKey(ctx, t.key)}]` + typeKey(ctx, t.elem);
    case 'Chan': return `chan(${t.dir})` + typeKey(ctx, t.elem);
    case 'Named':
      if (t.orig) return `N${idOf(ctx, t.orig)}[${t.typeArgs.map((a) => typeKey(ctx, a)).join(',')}]`;
      return `N${idOf(ctx, t)}`;
    case 'TypeParam': return `P${idOf(ctx, t)}`;
    case 'Tuple': return '(' + t.vars.map((v) => typeKey(ctx, v.type)).join(',') + ')';
    case 'Signature': return `func${typeKey(ctx, t.params)}${t.variadic ? '...' : ''}${typeKey(ctx, t.results)}`;
    case 'Struct': return 'struct{' + t.fields.map((f) => `${f.embedded ? '>' : ''}${f.name} ${typeKey(ctx, f.type)}`).join(';') + '}';
    case 'Interface': return 'I' + idOf(ctx, t);
    case 'Union': return t.terms.map((x) => (x.tilde ? '~' : '') + typeKey(ctx, x.type)).join('|');
  }
}

export type SubstMap = Map<TypeParam, Type>;

export function makeSubstMap(tparams: readonly TypeParam[], targs: readonly Type[]): SubstMap {
  const m: SubstMap = new Map();
  tparams.forEach((p, i) => { if (i < targs.length) m.set(p, targs[i]); });
  return m;
}

function substVars(ctx: InstContext, vars: readonly Var[], m: SubstMap): [Var[], boolean] {
  let changed = false;
  const out = vars.map((v) => {
    const t = subst(ctx, v.type, m);
    if (t === v.type) return v;
    changed = true;
    return { ...v, type: t };
  });
  return [out, changed];
}

function substTuple(ctx: InstContext, t: Tuple, m: SubstMap): Tuple {
  const [vars, changed] = substVars(ctx, t.vars, m);
  return changed ? newTuple(vars) : t;
}

export function substSignature(ctx: InstContext, s: Signature, m: SubstMap, dropTypeParams = false): Signature {
  const params = substTuple(ctx, s.params, m);
  const results = substTuple(ctx, s.results, m);
  if (params === s.params && results === s.results && !dropTypeParams) return s;
  return { ...s, params, results, typeParams: dropTypeParams ? [] : s.typeParams };
}

/** Replaces type parameters in t according to m. Returns t itself when nothing changes. */
export function subst(ctx: InstContext, t: Type, m: SubstMap): Type {
  if (m.size === 0) return t;
  switch (t.kind) {
    case 'Basic': return t;
    case 'TypeParam': return m.get(t) ?? t;
    case 'Pointer': { const e = subst(ctx, t.elem, m); return e === t.elem ? t : { kind: 'Pointer', elem: e }; }
    case 'Slice': { const e = subst(ctx, t.elem, m); return e === t.elem ? t : { kind: 'Slice', elem: e }; }
    case 'Array': { const e = subst(ctx, t.elem, m); return e === t.elem ? t : { kind: 'Array', len: t.len, elem: e }; }
    case 'Chan': { const e = subst(ctx, t.elem, m); return e === t.elem ? t : { kind: 'Chan', dir: t.dir, elem: e }; }
    case 'Map': {
      const k = subst(ctx, t.key, m), e = subst(ctx, t.elem, m);
      return k === t.key && e === t.elem ? t : { kind: 'Map', key: k, elem: e };
    }
    case 'Struct': {
      const [fields, changed] = substVars(ctx, t.fields, m);
      return changed ? { kind: 'Struct', fields, tags: t.tags } : t;
    }
    case 'Tuple': return substTuple(ctx, t, m);
    case 'Signature': return substSignature(ctx, t, m);
    case 'Union': {
      let changed = false;
      const terms: Term[] = t.terms.map((x) => { const y = subst(ctx, x.type, m); if (y !== x.type) changed = true; return { tilde: x.tilde, type: y }; });
      return changed ? { kind: 'Union', terms } : t;
    }
    case 'Interface': {
      let changed = false;
      const methods: Func[] = t.methods.map((f) => {
        const s = substSignature(ctx, f.type as Signature, m);
        if (s === f.type) return f;
        changed = true;
        return { ...f, type: s };
      });
      const embeddeds = t.embeddeds.map((e) => { const y = subst(ctx, e, m); if (y !== e) changed = true; return y; });
      const typeSet = t.typeSet ? t.typeSet.map((x) => { const y = subst(ctx, x.type, m); if (y !== x.type) changed = true; return { tilde: x.tilde, type: y }; }) : null;
      if (!changed) return t;
      const allMethods = t.allMethods.map((f) => methods.find((g) => g.name === f.name) ?? { ...f, type: substSignature(ctx, f.type as Signature, m) });
      const it: InterfaceT = { kind: 'Interface', methods, embeddeds, allMethods, typeSet, isComparableConstraint: t.isComparableConstraint, implicit: t.implicit };
      return it;
    }
    case 'Named': {
      if (t.typeArgs.length === 0) return t;
      let changed = false;
      const args = t.typeArgs.map((a) => { const y = subst(ctx, a, m); if (y !== a) changed = true; return y; });
      return changed ? instantiateNamed(ctx, t.orig ?? t, args) : t;
    }
  }
}

/** The instance orig[targs] (canonical per context). */
export function instantiateNamed(ctx: InstContext, orig: Named, targs: readonly Type[]): Named {
  const key = `N${idOf(ctx, orig)}[${targs.map((a) => typeKey(ctx, a)).join(',')}]`;
  const hit = ctx.cache.get(key);
  if (hit) return hit;
  const inst: Named = { kind: 'Named', obj: orig.obj, underlying: Typ.invalid, methods: [], typeParams: orig.typeParams, typeArgs: targs, orig };
  ctx.cache.set(key, inst);
  if (orig.underlying.kind === 'Basic' && orig.underlying.basic === 'invalid') ctx.pending.push(inst);
  else expandInstance(ctx, inst);
  return inst;
}

export function expandInstance(ctx: InstContext, inst: Named): void {
  const orig = inst.orig!;
  inst.underlying = subst(ctx, orig.underlying, makeSubstMap(orig.typeParams, inst.typeArgs));
}

/** Expands queued instances whose origin now has an underlying type. */
export function expandPending(ctx: InstContext): void {
  for (let i = 0; i < ctx.pending.length;) {
    const inst = ctx.pending[i];
    const o = inst.orig!.underlying;
    if (!(o.kind === 'Basic' && o.basic === 'invalid')) {
      ctx.pending.splice(i, 1);
      expandInstance(ctx, inst);
    } else i++;
  }
}

/** A method's signature as seen through receiver type `recvNamed` (substituted for instances). */
export function methodSignature(ctx: InstContext, recvNamed: Named | null, f: Func): Signature {
  const sig = f.type as Signature;
  if (!recvNamed || !recvNamed.orig || sig.recvTypeParams.length === 0) return sig;
  return substSignature(ctx, sig, makeSubstMap(sig.recvTypeParams, recvNamed.typeArgs));
}
