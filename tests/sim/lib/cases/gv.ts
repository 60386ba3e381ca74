/**
 * This file implements a tiny DSL for test values that exist twice: as Go source (for the Go
 * program the recorder runs) and as the simulator's representation (vm/values.ts) with its type.
 * `GV.go` is a Go expression; `GV.t` its (dynamic) type; `GV.v` the simulator value.
 */
import type { Named, StructT, Type, TypeName, Var } from '../../../../src/sim/types/type';
import { Typ, newVar } from '../../../../src/sim/types/universe';
import { canon } from '../../../../src/sim/vm/int64';
import { Complex, Iface, Slice } from '../../../../src/sim/vm/values';
import { FakeMap } from '../fakehost';

export interface GV { readonly go: string; readonly t: Type; readonly v: unknown; }

/** A Go string literal for a byte string (every non-printable-ASCII byte as \xNN). */
export function goStr(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) out += '\\' + s[i];
    else if (c >= 0x20 && c < 0x7f) out += s[i];
    else out += '\\x' + c.toString(16).padStart(2, '0');
  }
  return out + '"';
}

/** UTF-8 bytes of a JS string. */
export function u8(js: string): string {
  return String.fromCharCode(...new TextEncoder().encode(js));
}

const basicKinds = ['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr'] as const;
export type IntKind = (typeof basicKinds)[number];

export function int(kind: IntKind, n: number | bigint, t: Type = Typ[kind]): GV {
  const b = BigInt(n);
  const v = kind === 'int' || kind === 'int64' || kind === 'uint' || kind === 'uint64' || kind === 'uintptr' ? canon(b) : Number(b);
  const go = t.kind === 'Named' ? `${t.obj.name}(${b})` : `${kind}(${b})`;
  return { go, t, v };
}

function f64bits(x: number): string {
  const b = new BigUint64Array(new Float64Array([x]).buffer)[0];
  return '0x' + b.toString(16);
}

export function f64(x: number, t: Type = Typ.float64): GV {
  const name = t.kind === 'Named' ? t.obj.name : 'float64';
  return { go: `${name}(math.Float64frombits(${f64bits(x)}))`, t, v: x };
}

export function f32(x: number): GV {
  const v = Math.fround(x);
  const b = new Uint32Array(new Float32Array([v]).buffer)[0];
  return { go: `math.Float32frombits(0x${b.toString(16)})`, t: Typ.float32, v };
}

export function c128(re: number, im: number): GV {
  return { go: `complex(math.Float64frombits(${f64bits(re)}), math.Float64frombits(${f64bits(im)}))`, t: Typ.complex128, v: new Complex(re, im) };
}

export function c64(re: number, im: number): GV {
  const r = Math.fround(re), i = Math.fround(im);
  return { go: `complex64(complex(${f64bits(r) === '' ? 0 : `math.Float64frombits(${f64bits(r)})`}, math.Float64frombits(${f64bits(i)})))`, t: Typ.complex64, v: new Complex(r, i) };
}

export function str(js: string, raw = false, t: Type = Typ.string): GV {
  const v = raw ? js : u8(js);
  const lit = goStr(v);
  return { go: t.kind === 'Named' ? `${t.obj.name}(${lit})` : lit, t, v };
}

export function bool(b: boolean): GV { return { go: String(b), t: Typ.bool, v: b }; }

export const nil: GV = { go: 'nil', t: Typ.untypedNil, v: null };

export function sliceT(elem: Type): Type { return { kind: 'Slice', elem }; }
export function arrayT(elem: Type, len: number): Type { return { kind: 'Array', elem, len }; }
export function mapT(key: Type, elem: Type): Type { return { kind: 'Map', key, elem }; }
export function ptrT(elem: Type): Type { return { kind: 'Pointer', elem }; }
export const anyT: Type = { kind: 'Interface', methods: [], embeddeds: [], allMethods: [], typeSet: null, isComparableConstraint: false };

/** Go spelling of a type in source (composite literal types). */
export function goType(t: Type): string {
  switch (t.kind) {
    case 'Basic': return t.name;
    case 'Named': return t.obj.pkg === 'main' ? t.obj.name : `${t.obj.pkg}.${t.obj.name}`;
    case 'Slice': return '[]' + goType(t.elem);
    case 'Array': return `[${t.len}]` + goType(t.elem);
    case 'Map': return `map[${goType(t.key)}]${goType(t.elem)}`;
    case 'Pointer': return '*' + goType(t.elem);
    case 'Interface': return t.allMethods.length === 0 ? 'any' : 'error';
    case 'Struct': return 'struct{' + t.fields.map((f) => `${f.name} ${goType(f.type)}`).join('; ') + '}';
  }
  throw new Error('goType: ' + t.kind);
}

/** An element as stored in a container of static type `elemT` (interfaces box their values). */
function store(elemT: Type, x: GV): unknown {
  if (elemT.kind === 'Interface' || (elemT.kind === 'Named' && elemT.underlying.kind === 'Interface')) {
    return x.v === null && x.t === Typ.untypedNil ? null : new Iface(x.t, x.v);
  }
  return x.v;
}

export function slice(elem: Type, xs: GV[] | null): GV {
  const t = sliceT(elem);
  if (xs === null) return { go: `${goType(t)}(nil)`, t, v: null };
  const arr = xs.map((x) => store(elem, x));
  return { go: `${goType(t)}{${xs.map((x) => x.go).join(', ')}}`, t, v: new Slice(arr, 0, arr.length, arr.length) };
}

export function array(elem: Type, xs: GV[]): GV {
  const t = arrayT(elem, xs.length);
  return { go: `${goType(t)}{${xs.map((x) => x.go).join(', ')}}`, t, v: xs.map((x) => store(elem, x)) };
}

export function map(key: Type, elem: Type, entries: Array<[GV, GV]> | null): GV {
  const t = mapT(key, elem);
  if (entries === null) return { go: `${goType(t)}(nil)`, t, v: null };
  return {
    go: `${goType(t)}{${entries.map(([k, v]) => `${k.go}: ${v.go}`).join(', ')}}`,
    t, v: new FakeMap(entries.map(([k, v]) => [store(key, k), store(elem, v)])),
  };
}

// ---- named types declared in the recorder's Go prelude ----

function tn(name: string): TypeName {
  return { kind: 'TypeName', name, pos: -1, type: Typ.invalid, pkg: 'main', isAlias: false };
}

export function named(name: string, underlying: Type): Named {
  const obj = tn(name);
  const n: Named = { kind: 'Named', obj, underlying, methods: [], typeParams: [], typeArgs: [], orig: null };
  obj.type = n;
  return n;
}

export function structT(fields: Array<[string, Type, boolean?]>): StructT {
  const vars: Var[] = fields.map(([name, type, embedded]) => newVar(name, type, 'main', -1, true, embedded ?? false));
  return { kind: 'Struct', fields: vars, tags: fields.map(() => '') };
}

/** A struct value of (named or unnamed) struct type t with field values in order. */
export function struct(t: Type, vals: GV[]): GV {
  const st = (t.kind === 'Named' ? t.underlying : t) as StructT;
  const obj: Record<string, unknown> = {};
  st.fields.forEach((f, i) => { obj[f.name === '_' ? `_${i}` : f.name] = store(f.type, vals[i]); });
  const lit = t.kind === 'Named' ? goType(t) : goType(t);
  return { go: `${lit}{${vals.map((x) => x.go).join(', ')}}`, t, v: obj };
}

/** &x for a struct or array value: the pointer is the object itself. */
export function addr(x: GV): GV {
  return { go: `&${x.go}`, t: ptrT(x.t), v: x.v };
}

/** A nil pointer of type *T. */
export function nilPtr(elem: Type): GV {
  return { go: `(*${goType(elem)})(nil)`, t: ptrT(elem), v: null };
}

/** An interface-typed nil of a named interface (for struct fields): use `nil` in Go. */
export function nilIface(t: Type): GV { return { go: 'nil', t, v: null }; }
