/**
 * This file implements type predicates (go/types predicates.go): classification of basic types,
 * https://go.dev/ref/spec#Type_identity, #Comparison_operators (comparable, ordered), core types
 * (https://go.dev/ref/spec#Core_types) and default types of untyped constants.
 *
 * Invariants: all functions are pure; a TypeParam is classified through its type set (`allX`
 * helpers answer "every type in the set is X"), as go/types does.
 */

import type { Basic, BasicKind, InterfaceT, Named, Signature, Term, Type, TypeParam } from './type';
import { Typ } from './universe';

/** The underlying type: follows Named types; a TypeParam stays itself. */
export function under(t: Type): Type {
  let n = 0;
  while (t.kind === 'Named' && n++ < 100) t = t.underlying;
  return t;
}

export function isBasic(t: Type, pred: (k: BasicKind) => boolean): boolean {
  const u = under(t);
  if (u.kind === 'TypeParam') return allTerms(u, (x) => isBasic(x, pred));
  return u.kind === 'Basic' && pred(u.basic);
}

/** The terms of a type parameter's type set, or null if it is not restricted by terms. */
export function typeParamTerms(tp: TypeParam): readonly Term[] | null {
  const c = under(tp.constraint);
  return c.kind === 'Interface' ? c.typeSet : null;
}

function allTerms(tp: TypeParam, pred: (t: Type) => boolean): boolean {
  const terms = typeParamTerms(tp);
  if (!terms || terms.length === 0) return false;
  return terms.every((t) => pred(t.type));
}

const intKinds = new Set<BasicKind>(['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'untyped int', 'untyped rune']);
const unsignedKinds = new Set<BasicKind>(['uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr']);
const floatKinds = new Set<BasicKind>(['float32', 'float64', 'untyped float']);
const complexKinds = new Set<BasicKind>(['complex64', 'complex128', 'untyped complex']);

export const kindIsInteger = (k: BasicKind) => intKinds.has(k);
export const kindIsUnsigned = (k: BasicKind) => unsignedKinds.has(k);
export const kindIsFloat = (k: BasicKind) => floatKinds.has(k);
export const kindIsComplex = (k: BasicKind) => complexKinds.has(k);
export const kindIsNumeric = (k: BasicKind) => intKinds.has(k) || floatKinds.has(k) || complexKinds.has(k);
export const kindIsString = (k: BasicKind) => k === 'string' || k === 'untyped string';
export const kindIsBoolean = (k: BasicKind) => k === 'bool' || k === 'untyped bool';
export const kindIsOrdered = (k: BasicKind) => kindIsInteger(k) || kindIsFloat(k) || kindIsString(k);
export const kindIsConstType = (k: BasicKind) => kindIsNumeric(k) || kindIsString(k) || kindIsBoolean(k);

export const isInteger = (t: Type) => isBasic(t, kindIsInteger);
export const isUnsigned = (t: Type) => isBasic(t, kindIsUnsigned);
export const isFloat = (t: Type) => isBasic(t, kindIsFloat);
export const isComplex = (t: Type) => isBasic(t, kindIsComplex);
export const isNumeric = (t: Type) => isBasic(t, kindIsNumeric);
export const isString = (t: Type) => isBasic(t, kindIsString);
export const isBoolean = (t: Type) => isBasic(t, kindIsBoolean);
export const isOrdered = (t: Type) => isBasic(t, kindIsOrdered);
export const isConstType = (t: Type) => { const u = under(t); return u.kind === 'Basic' && kindIsConstType(u.basic); };

export function isUntyped(t: Type): boolean {
  return t.kind === 'Basic' && t.basic.startsWith('untyped');
}
export function isTyped(t: Type): boolean { return !isUntyped(t); }
export function isValid(t: Type): boolean { return !(t.kind === 'Basic' && t.basic === 'invalid'); }
export function isTypeParam(t: Type): t is TypeParam { return t.kind === 'TypeParam'; }
/** An interface type that is not a type parameter. */
export function isInterface(t: Type): boolean { return t.kind !== 'TypeParam' && under(t).kind === 'Interface'; }
export function isNamedOrBasic(t: Type): boolean { return t.kind === 'Named' || t.kind === 'Basic' || t.kind === 'TypeParam'; }

/** https://go.dev/ref/spec#Core_types — null if there is none. */
export function coreType(t: Type): Type | null {
  const u = under(t);
  if (u.kind !== 'TypeParam') return u;
  const terms = typeParamTerms(u);
  if (!terms || terms.length === 0) return null;
  let cu: Type | null = null;
  for (const term of terms) {
    const tu = under(term.type);
    if (cu === null) cu = tu;
    else if (!identical(cu, tu)) {
      // channels with different directions still have a core type if elements agree
      if (cu.kind === 'Chan' && tu.kind === 'Chan' && identical(cu.elem, tu.elem)) {
        if (cu.dir !== tu.dir) { if (cu.dir === 'both') cu = tu; else if (tu.dir !== 'both') return null; }
        continue;
      }
      return null;
    }
  }
  return cu;
}

/** https://go.dev/ref/spec#Type_identity */
export function identical(x: Type, y: Type): boolean {
  return identicalImpl(x, y, 0);
}

function identicalImpl(x: Type, y: Type, depth: number): boolean {
  if (x === y) return true;
  if (depth > 64) return true;
  const d = depth + 1;
  switch (x.kind) {
    case 'Basic': return y.kind === 'Basic' && x.basic === y.basic;
    case 'Pointer': return y.kind === 'Pointer' && identicalImpl(x.elem, y.elem, d);
    case 'Slice': return y.kind === 'Slice' && identicalImpl(x.elem, y.elem, d);
    case 'Array': return y.kind === 'Array' && x.len === y.len && identicalImpl(x.elem, y.elem, d);
    case 'Map': return y.kind === 'Map' && identicalImpl(x.key, y.key, d) && identicalImpl(x.elem, y.elem, d);
    case 'Chan': return y.kind === 'Chan' && x.dir === y.dir && identicalImpl(x.elem, y.elem, d);
    case 'Struct':
      return y.kind === 'Struct' && x.fields.length === y.fields.length && x.fields.every((f, i) => {
        const g = y.fields[i];
        return f.name === g.name && f.embedded === g.embedded && (x.tags[i] ?? '') === (y.tags[i] ?? '') &&
          (isExported(f.name) || f.pkg === g.pkg) && identicalImpl(f.type, g.type, d);
      });
    case 'Tuple':
      return y.kind === 'Tuple' && x.vars.length === y.vars.length && x.vars.every((v, i) => identicalImpl(v.type, y.vars[i].type, d));
    case 'Signature':
      return y.kind === 'Signature' && x.variadic === y.variadic && x.typeParams.length === y.typeParams.length &&
        identicalImpl(x.params, y.params, d) && identicalImpl(x.results, y.results, d);
    case 'Interface': {
      if (y.kind !== 'Interface') return false;
      if ((x.typeSet === null) !== (y.typeSet === null)) return false;
      if (x.isComparableConstraint !== y.isComparableConstraint) return false;
      if (x.allMethods.length !== y.allMethods.length) return false;
      if (x.typeSet && y.typeSet) {
        if (x.typeSet.length !== y.typeSet.length) return false;
        if (!x.typeSet.every((t) => y.typeSet!.some((u) => u.tilde === t.tilde && identicalImpl(t.type, u.type, d)))) return false;
      }
      return x.allMethods.every((m, i) => {
        const n = y.allMethods[i];
        return m.name === n.name && (isExported(m.name) || m.pkg === n.pkg) && identicalImpl(m.type, n.type, d);
      });
    }
    case 'Union':
      return y.kind === 'Union' && x.terms.length === y.terms.length &&
        x.terms.every((t, i) => t.tilde === y.terms[i].tilde && identicalImpl(t.type, y.terms[i].type, d));
    case 'Named': {
      if (y.kind !== 'Named') return false;
      const xo = x.orig ?? x, yo = y.orig ?? y;
      if (xo !== yo) return x.obj === y.obj && x.typeArgs.length === 0 && y.typeArgs.length === 0;
      if (x.typeArgs.length !== y.typeArgs.length) return false;
      return x.typeArgs.every((a, i) => identicalImpl(a, y.typeArgs[i], d));
    }
    case 'TypeParam': return false;
  }
}

export function isExported(name: string): boolean {
  const c = name.codePointAt(0) ?? 0;
  return (c >= 65 && c <= 90) || (c > 127 && String.fromCodePoint(c).toUpperCase() === String.fromCodePoint(c) && String.fromCodePoint(c).toLowerCase() !== String.fromCodePoint(c));
}

/** https://go.dev/ref/spec#Comparison_operators — strictly comparable or interface. */
export function comparable(t: Type, seen: Set<Type> = new Set()): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  const u = under(t);
  switch (u.kind) {
    case 'Basic': return u.basic !== 'untyped nil';
    case 'Pointer': case 'Chan': case 'Interface': return true;
    case 'Struct': return u.fields.every((f) => comparable(f.type, seen));
    case 'Array': return comparable(u.elem, seen);
    case 'TypeParam': {
      const c = under(u.constraint);
      if (c.kind !== 'Interface') return false;
      if (c.isComparableConstraint) return true;
      return !!c.typeSet && c.typeSet.length > 0 && c.typeSet.every((term) => comparable(term.type, seen));
    }
    default: return false;
  }
}

/** Whether nil is a valid value of t. */
export function hasNil(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'Basic': return u.basic === 'unsafe.Pointer';
    case 'Slice': case 'Pointer': case 'Signature': case 'Map': case 'Chan': return true;
    case 'Interface': return true;
    case 'TypeParam': {
      const terms = typeParamTerms(u);
      return !!terms && terms.length > 0 && terms.every((x) => hasNil(x.type));
    }
    default: return false;
  }
}

/** https://go.dev/ref/spec#Constants — the default type of an untyped constant. */
export function defaultType(t: Type): Type {
  if (t.kind !== 'Basic') return t;
  switch (t.basic) {
    case 'untyped bool': return Typ.bool;
    case 'untyped int': return Typ.int;
    case 'untyped rune': return Typ.rune;
    case 'untyped float': return Typ.float64;
    case 'untyped complex': return Typ.complex128;
    case 'untyped string': return Typ.string;
    default: return t;
  }
}

/** go/types compositeKind: how operand descriptions name the structure of a Named type. */
export function compositeKind(t: Type): string {
  const u = under(t);
  switch (u.kind) {
    case 'Basic': return '';
    case 'Array': return 'array';
    case 'Slice': return 'slice';
    case 'Struct': return 'struct';
    case 'Pointer': return 'pointer';
    case 'Signature': return 'func';
    case 'Interface': return 'interface';
    case 'Map': return 'map';
    case 'Chan': return 'chan';
    case 'Tuple': return 'tuple';
    case 'Union': return 'union';
    default: return '';
  }
}

export function asNamed(t: Type): Named | null { return t.kind === 'Named' ? t : null; }
export function asSignature(t: Type): Signature | null { const u = under(t); return u.kind === 'Signature' ? u : null; }
export function asInterface(t: Type): InterfaceT | null { const u = under(t); return u.kind === 'Interface' ? u : null; }
export function basicKindOf(t: Type): BasicKind | null { const u = under(t); return u.kind === 'Basic' ? (u as Basic).basic : null; }

/** Whether t is a generic (uninstantiated) named type or function. */
export function isGeneric(t: Type): boolean {
  if (t.kind === 'Named') return t.typeParams.length > 0 && t.typeArgs.length === 0;
  return false;
}
