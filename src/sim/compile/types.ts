/**
 * This file implements the compiler's view of Go types: classification of a type into the
 * representation families of vm/values.ts, canonical keys for interning (so that identical types
 * are one object at run time and `Iface.t` compares with `===`), type-parameter substitution for
 * monomorphised generic instances, and `typeString` as the runtime prints types (`%T`, panics).
 *
 * Invariants:
 * - `typeKey(a) === typeKey(b)` iff a and b are identical Go types (https://go.dev/ref/spec#Type_identity),
 *   with the exception that struct tags are ignored for conversion purposes only where Go ignores them.
 * - `Interner.canon(t)` returns the same object for identical types within one compiled program.
 */

import type * as T from '../types/type';

export type Type = T.Type;

export function under(t: Type): Type {
  let u: Type = t;
  for (let i = 0; u.kind === 'Named' && i < 100; i++) u = u.underlying;
  return u;
}

/** Representation family of a value of type t (vm/values.ts). */
export type Rep =
  | 'i64' | 'u64' | 'i32' | 'i16' | 'i8' | 'u32' | 'u16' | 'u8' | 'f64' | 'f32' | 'c128' | 'c64'
  | 'str' | 'bool' | 'ptr' | 'slice' | 'map' | 'chan' | 'func' | 'iface' | 'struct' | 'array'
  | 'tuple' | 'unsafe' | 'nil';

export function rep(t: Type): Rep {
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      switch (u.basic) {
        case 'int': case 'int64': case 'untyped int': case 'untyped rune': return u.basic === 'untyped rune' ? 'i32' : 'i64';
        case 'uint': case 'uint64': case 'uintptr': return 'u64';
        case 'int32': return 'i32';
        case 'int16': return 'i16';
        case 'int8': return 'i8';
        case 'uint32': return 'u32';
        case 'uint16': return 'u16';
        case 'uint8': return 'u8';
        case 'float64': case 'untyped float': return 'f64';
        case 'float32': return 'f32';
        case 'complex128': case 'untyped complex': return 'c128';
        case 'complex64': return 'c64';
        case 'string': case 'untyped string': return 'str';
        case 'bool': case 'untyped bool': return 'bool';
        case 'untyped nil': return 'nil';
        case 'unsafe.Pointer': return 'unsafe';
        default: return 'nil';
      }
    case 'Pointer': return 'ptr';
    case 'Slice': return 'slice';
    case 'Map': return 'map';
    case 'Chan': return 'chan';
    case 'Signature': return 'func';
    case 'Interface': return 'iface';
    case 'Struct': return 'struct';
    case 'Array': return 'array';
    case 'Tuple': return 'tuple';
    case 'TypeParam': return 'iface'; // only reached for un-substituted code: treated as any
    default: return 'nil';
  }
}

export const isInt = (r: Rep) => r === 'i64' || r === 'u64' || r === 'i32' || r === 'i16' || r === 'i8' || r === 'u32' || r === 'u16' || r === 'u8';
export const isSmallInt = (r: Rep) => isInt(r) && r !== 'i64' && r !== 'u64';
export const isUnsigned = (r: Rep) => r === 'u64' || r === 'u32' || r === 'u16' || r === 'u8';
export const isFloat = (r: Rep) => r === 'f64' || r === 'f32';
export const isComplex = (r: Rep) => r === 'c128' || r === 'c64';

/** The basic kind name used by int64.ts convInt. */
export function intKind(r: Rep): string {
  return ({ i64: 'int64', u64: 'uint64', i32: 'int32', i16: 'int16', i8: 'int8', u32: 'uint32', u16: 'uint16', u8: 'uint8' } as Record<string, string>)[r] ?? 'int64';
}

/** Whether values of t are objects copied on assignment (struct or array). */
export function isAggregate(t: Type): boolean {
  const u = under(t);
  return u.kind === 'Struct' || u.kind === 'Array';
}

/** Pointer to a struct or array: represented by the object itself. */
export function isObjPtr(t: Type): boolean {
  const u = under(t);
  return u.kind === 'Pointer' && isAggregate(u.elem);
}

/** Estimated size in bytes of a value of type t (for frame-size and heap estimates). */
export function sizeOf(t: Type): number {
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      switch (u.basic) {
        case 'bool': case 'int8': case 'uint8': return 1;
        case 'int16': case 'uint16': return 2;
        case 'int32': case 'uint32': case 'float32': return 4;
        case 'string': return 16;
        case 'complex128': return 16;
        default: return 8;
      }
    case 'Slice': return 24;
    case 'Interface': return 16;
    case 'Struct': return u.fields.reduce((n, f) => n + sizeOf(f.type), 0);
    case 'Array': return Math.min(u.len * sizeOf(u.elem), 1 << 30);
    default: return 8;
  }
}

// ---- type strings, as reflect/runtime print them ----

export function typeString(t: Type): string {
  switch (t.kind) {
    case 'Basic':
      if (t.basic === 'uint8') return 'uint8';
      if (t.basic === 'int32') return 'int32';
      if (t.basic === 'unsafe.Pointer') return 'unsafe.Pointer';
      return t.basic;
    case 'Pointer': return '*' + typeString(t.elem);
    case 'Slice': return '[]' + typeString(t.elem);
    case 'Array': return `[${t.len}]` + typeString(t.elem);
    case 'Map': return `map[${typeString(t.key)}]${typeString(t.elem)}`;
    case 'Chan': return (t.dir === 'recv' ? '<-chan ' : t.dir === 'send' ? 'chan<- ' : 'chan ') + (t.dir !== 'send' && t.elem.kind === 'Chan' && t.elem.dir === 'recv' ? '(' + typeString(t.elem) + ')' : typeString(t.elem));
    case 'Tuple': return '(' + t.vars.map((v) => typeString(v.type)).join(', ') + ')';
    case 'Struct':
      if (t.fields.length === 0) return 'struct {}';
      return 'struct { ' + t.fields.map((f, i) => (f.embedded ? typeString(f.type) : f.name + ' ' + typeString(f.type)) + (t.tags[i] ? ' ' + JSON.stringify(t.tags[i]) : '')).join('; ') + ' }';
    case 'Signature': return 'func' + sigString(t);
    case 'Interface': {
      if (t.allMethods.length === 0 && t.embeddeds.length === 0) return 'interface {}';
      const parts = t.allMethods.map((m) => m.name + sigString(m.type as T.Signature));
      return 'interface { ' + parts.join('; ') + ' }';
    }
    case 'Named': {
      if (t.obj.pkg === null) return t.obj.name; // error, comparable, any
      let s = (t.obj.pkg ?? 'main') + '.' + t.obj.name;
      if (t.typeArgs.length) s += '[' + t.typeArgs.map(typeString).join(',') + ']';
      return s;
    }
    case 'TypeParam': return t.obj.name;
    case 'Union': return t.terms.map((x) => (x.tilde ? '~' : '') + typeString(x.type)).join('|');
  }
}

function sigString(s: T.Signature): string {
  const ps = s.params.vars.map((v, i) => (s.variadic && i === s.params.vars.length - 1 && v.type.kind === 'Slice' ? '...' + typeString(v.type.elem) : typeString(v.type)));
  let r = '(' + ps.join(', ') + ')';
  const rs = s.results.vars;
  if (rs.length === 1) r += ' ' + typeString(rs[0].type);
  else if (rs.length > 1) r += ' (' + rs.map((v) => typeString(v.type)).join(', ') + ')';
  return r;
}

// ---- identity keys and interning ----

export class Interner {
  private readonly ids = new Map<object, number>();
  private readonly byKey = new Map<string, Type>();
  readonly table: Type[] = [];
  private readonly index = new Map<Type, number>();

  private objId(o: object): number {
    let n = this.ids.get(o);
    if (n === undefined) { n = this.ids.size; this.ids.set(o, n); }
    return n;
  }

  key(t: Type): string {
    switch (t.kind) {
      case 'Basic': {
        const b = t.basic === 'untyped int' ? 'int' : t.basic === 'untyped rune' ? 'int32' : t.basic === 'untyped float' ? 'float64'
          : t.basic === 'untyped string' ? 'string' : t.basic === 'untyped bool' ? 'bool' : t.basic === 'untyped complex' ? 'complex128' : t.basic;
        return b;
      }
      case 'Pointer': return '*' + this.key(t.elem);
      case 'Slice': return '[]' + this.key(t.elem);
      case 'Array': return `[${t.len}]` + this.key(t.elem);
      case 'Map': return `map[${this.key(t.key)}]` + this.key(t.elem);
      case 'Chan': return `chan(${t.dir})` + this.key(t.elem);
      case 'Tuple': return '(' + t.vars.map((v) => this.key(v.type)).join(',') + ')';
      case 'Struct': return 'struct{' + t.fields.map((f, i) => (f.embedded ? '>' : '') + f.name + ' ' + this.key(f.type) + (t.tags[i] ? JSON.stringify(t.tags[i]) : '')).join(';') + '}';
      case 'Signature': return 'func(' + t.params.vars.map((v) => this.key(v.type)).join(',') + (t.variadic ? '...' : '') + ')(' + t.results.vars.map((v) => this.key(v.type)).join(',') + ')';
      case 'Interface': return 'iface{' + t.allMethods.map((m) => m.name + this.key(m.type)).join(';') + '}';
      case 'Named': {
        const base = t.orig ?? t;
        return 'N' + this.objId(base.obj) + ':' + t.obj.name + (t.typeArgs.length ? '[' + t.typeArgs.map((a) => this.key(a)).join(',') + ']' : '');
      }
      case 'TypeParam': return 'P' + this.objId(t.obj);
      case 'Union': return 'U' + t.terms.map((x) => (x.tilde ? '~' : '') + this.key(x.type)).join('|');
    }
  }

  /** The canonical object for t's identity class. */
  canon(t: Type): Type {
    const k = this.key(t);
    const c = this.byKey.get(k);
    if (c !== undefined) return c;
    this.byKey.set(k, t);
    return t;
  }

  /** Index of canonical t in `table` (emitted code refers to `T[i]`). */
  ref(t: Type): number {
    const c = this.canon(t);
    let i = this.index.get(c);
    if (i === undefined) { i = this.table.length; this.table.push(c); this.index.set(c, i); }
    return i;
  }
}

// ---- substitution of type parameters (monomorphisation) ----

export type TypeMap = Map<T.TypeParam, Type> | null;

export function subst(t: Type, m: TypeMap, inst?: (n: T.Named, args: Type[]) => Type): Type {
  if (m === null || m.size === 0) return t;
  const s = (x: Type): Type => subst(x, m, inst);
  switch (t.kind) {
    case 'TypeParam': {
      const r = m.get(t);
      if (r) return r;
      for (const [k, v] of m) if (k.obj === t.obj) return v;
      return t;
    }
    case 'Basic': return t;
    case 'Pointer': { const e = s(t.elem); return e === t.elem ? t : { kind: 'Pointer', elem: e }; }
    case 'Slice': { const e = s(t.elem); return e === t.elem ? t : { kind: 'Slice', elem: e }; }
    case 'Array': { const e = s(t.elem); return e === t.elem ? t : { kind: 'Array', len: t.len, elem: e }; }
    case 'Map': { const k = s(t.key), e = s(t.elem); return k === t.key && e === t.elem ? t : { kind: 'Map', key: k, elem: e }; }
    case 'Chan': { const e = s(t.elem); return e === t.elem ? t : { kind: 'Chan', dir: t.dir, elem: e }; }
    case 'Tuple': return { kind: 'Tuple', vars: t.vars.map((v) => ({ ...v, type: s(v.type) })) };
    case 'Struct': return { kind: 'Struct', fields: t.fields.map((v) => ({ ...v, type: s(v.type) })), tags: t.tags };
    case 'Signature': return { ...t, params: s(t.params) as T.Tuple, results: s(t.results) as T.Tuple, typeParams: [] };
    case 'Interface': return t;
    case 'Union': return t;
    case 'Named': {
      if (t.typeArgs.length === 0) return t;
      const args = t.typeArgs.map(s);
      if (args.every((a, i) => a === t.typeArgs[i])) return t;
      return inst ? inst(t.orig ?? t, args) : t;
    }
  }
}
