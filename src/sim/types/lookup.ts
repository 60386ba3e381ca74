/**
 * This file implements field and method lookup through embedded fields
 * (https://go.dev/ref/spec#Selectors, #Method_sets), mirroring go/types lookup.go: a breadth-first
 * search by embedding depth; at the shallowest depth with a match there must be exactly one.
 * It also implements `missingMethod`, the heart of interface satisfaction (#Implementing_an_interface).
 *
 * Invariants: pure functions of the types (plus the instance context for substituting method
 * signatures of generic instances); `index` is the path of field indices, ending with the method
 * index for methods.
 */

import type { Func, Named, Signature, Type, Var } from './type';
import { identical, isExported, under } from './predicates';
import { methodSignature, type InstContext } from './instantiate';

export interface LookupResult {
  readonly obj: Var | Func | null;
  readonly index: readonly number[];
  readonly indirect: boolean;
  /** the selected method's signature as seen through the receiver (instances substituted) */
  readonly sig: Signature | null;
  /** the method needs an addressable (or pointer) receiver it does not have */
  readonly ptrRecvNeeded: boolean;
  readonly ambiguous: boolean;
}

const notFound: LookupResult = { obj: null, index: [], indirect: false, sig: null, ptrRecvNeeded: false, ambiguous: false };

export function sameId(objName: string, objPkg: string | null, pkg: string | null, name: string): boolean {
  return objName === name && (isExported(name) || objPkg === pkg || objPkg === null);
}

function derefType(t: Type): [Type, boolean] {
  if (t.kind === 'Pointer') return [t.elem, true];
  return [t, false];
}

export function hasPtrRecv(f: Func): boolean {
  const s = f.type as Signature;
  return !!s.recv && s.recv.type.kind === 'Pointer';
}

interface Entry { typ: Type; index: number[]; indirect: boolean; multiples: boolean }

/**
 * Looks up `name` in T (https://go.dev/ref/spec#Selectors). `pkg` is the package of the selecting
 * code (unexported names match only within their package; null ignores the package).
 */
export function lookupFieldOrMethod(ctx: InstContext, T: Type, addressable: boolean, pkg: string | null, name: string): LookupResult {
  if (name === '_') return notFound;
  const [typ0, isPtr] = derefType(T);
  if (isPtr && under(typ0).kind === 'Interface') return notFound;
  let current: Entry[] = [{ typ: typ0, index: [], indirect: isPtr, multiples: false }];
  const seen = new Set<Named>();
  const match = (n: string, p: string | null) => (pkg === null ? n === name : sameId(n, p, pkg, name));

  while (current.length > 0) {
    let found: LookupResult | null = null;
    let count = 0;
    const next: Entry[] = [];
    for (const e of current) {
      let typ = e.typ;
      if (typ.kind === 'Named') {
        const key = typ.orig ?? typ;
        if (seen.has(typ)) continue;
        seen.add(typ);
        const methods = key.methods;
        const i = methods.findIndex((m) => match(m.name, m.pkg));
        if (i >= 0) {
          count += e.multiples ? 2 : 1;
          found = { obj: methods[i], index: [...e.index, i], indirect: e.indirect, sig: methodSignature(ctx, typ, methods[i]), ptrRecvNeeded: false, ambiguous: false };
          continue;
        }
        typ = under(typ);
      }
      if (typ.kind === 'Struct') {
        typ.fields.forEach((f, i) => {
          if (match(f.name, f.pkg)) {
            count += e.multiples ? 2 : 1;
            found = { obj: f, index: [...e.index, i], indirect: e.indirect, sig: null, ptrRecvNeeded: false, ambiguous: false };
            return;
          }
          if (f.embedded) {
            const [t, p] = derefType(f.type);
            if (t.kind === 'Named' || under(t).kind === 'Struct' || under(t).kind === 'Interface') {
              next.push({ typ: t, index: [...e.index, i], indirect: e.indirect || p, multiples: e.multiples });
            }
          }
        });
      } else if (typ.kind === 'Interface') {
        const i = typ.allMethods.findIndex((m) => match(m.name, m.pkg));
        if (i >= 0) {
          count += e.multiples ? 2 : 1;
          found = { obj: typ.allMethods[i], index: [...e.index, i], indirect: e.indirect, sig: typ.allMethods[i].type as Signature, ptrRecvNeeded: false, ambiguous: false };
        }
      } else if (typ.kind === 'TypeParam') {
        const c = under(typ.constraint);
        if (c.kind === 'Interface') {
          const i = c.allMethods.findIndex((m) => match(m.name, m.pkg));
          if (i >= 0) {
            count += e.multiples ? 2 : 1;
            found = { obj: c.allMethods[i], index: [...e.index, i], indirect: e.indirect, sig: c.allMethods[i].type as Signature, ptrRecvNeeded: false, ambiguous: false };
          }
        }
      }
    }
    if (count > 1) return { ...notFound, ambiguous: true };
    if (found) {
      const f: LookupResult = found;
      if (f.obj && f.obj.kind === 'Func' && hasPtrRecv(f.obj) && !f.indirect && !addressable) {
        return { ...f, ptrRecvNeeded: true };
      }
      return f;
    }
    // consolidate multiples: the same type reached twice at one depth
    const byType: Entry[] = [];
    for (const e of next) {
      const j = byType.findIndex((x) => identical(x.typ, e.typ));
      if (j >= 0) byType[j] = { ...byType[j], multiples: true };
      else byType.push(e);
    }
    current = byType;
  }
  return notFound;
}

export interface MissingMethod {
  readonly method: Func;
  /** 'missing' | 'ptrRecv' (method has pointer receiver) | 'wrongType' | 'unexported' */
  readonly reason: 'missing' | 'ptrRecv' | 'wrongType' | 'wrongName';
  readonly have: Func | null;
  readonly haveSig: Signature | null;
}

/**
 * The first method of interface T (sorted by name) that V lacks, or null if V implements T's methods
 * (https://go.dev/ref/spec#Method_sets). `pkg` is the checking package.
 */
export function missingMethod(ctx: InstContext, V: Type, T: Type, pkg: string | null): MissingMethod | null {
  const ti = under(T);
  if (ti.kind !== 'Interface') return null;
  const vu = under(V);
  for (const m of ti.allMethods) {
    const want = m.type as Signature;
    if (vu.kind === 'Interface' && V.kind !== 'TypeParam') {
      const f = vu.allMethods.find((x) => sameId(x.name, x.pkg, m.pkg, m.name));
      if (!f) return { method: m, reason: 'missing', have: null, haveSig: null };
      if (!identical(f.type, want)) return { method: m, reason: 'wrongType', have: f, haveSig: f.type as Signature };
      continue;
    }
    const r = lookupFieldOrMethod(ctx, V, false, m.pkg, m.name);
    if (!r.obj || r.obj.kind !== 'Func') {
      const alt = lookupFieldOrMethod(ctx, V, false, null, m.name.length ? m.name[0].toUpperCase() === m.name[0] ? m.name[0].toLowerCase() + m.name.slice(1) : m.name[0].toUpperCase() + m.name.slice(1) : m.name);
      if (alt.obj && alt.obj.kind === 'Func') return { method: m, reason: 'wrongName', have: alt.obj, haveSig: alt.sig };
      return { method: m, reason: 'missing', have: null, haveSig: null };
    }
    if (r.ptrRecvNeeded) return { method: m, reason: 'ptrRecv', have: r.obj, haveSig: r.sig };
    const sig = r.sig ?? (r.obj.type as Signature);
    if (!identical({ ...sig, recv: null }, { ...want, recv: null })) return { method: m, reason: 'wrongType', have: r.obj, haveSig: sig };
  }
  return null;
}
