/**
 * This file implements Go maps for the VM (https://go.dev/ref/spec#Map_types), until the runtime
 * helper's runtime/map.ts replaces it: a JS Map from a hash key to the entry [key, value].
 *
 * Hash keys: strings, numbers, bigints (Int64 is canonical, so equal ints are the same key),
 * booleans and object pointers are their own hash key; pointers to boxed variables hash by the
 * box; structs, arrays and interfaces hash by a string built from their type and fields
 * (`keyString`), and an interface holding an uncomparable type panics
 * `runtime error: hash of unhashable type T` as runtime/alg.go does.
 *
 * Iteration (https://go.dev/ref/spec#For_statements, "The iteration order over maps is not
 * specified"): entries in insertion order starting at a random offset drawn from the VM's seeded
 * PRNG, skipping entries deleted during the iteration; entries added during it are not produced.
 *
 * Invariants: `m.size` is len(map); an entry's stored key is the Go key value as first inserted.
 */

import type { Type } from '../types/type';
import { BoxPtr, Complex, ElemPtr, FieldPtr, Iface } from './values';
import { rtypeString } from '../runtime/typename';
import { unhashableError } from '../runtime/errors';

export type KeyFn = ((k: unknown) => unknown) | null;

export class GoMap {
  readonly m = new Map<unknown, [unknown, unknown]>();
  constructor(readonly type: Type, readonly keyFn: KeyFn, readonly id: number) {}
  get size(): number { return this.m.size; }
  hk(k: unknown): unknown { return this.keyFn === null ? k : this.keyFn(k); }
}

function under(t: Type): Type { while (t.kind === 'Named') t = t.underlying; return t; }

/** The hash-key function for keys of type t (null: the key is its own hash key). */
export function keyFnFor(t: Type, H: Hasher): KeyFn {
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      if (u.basic === 'complex64' || u.basic === 'complex128') return (k) => keyString(t, k, H);
      return null;
    case 'Pointer': {
      const e = under(u.elem);
      if (e.kind === 'Struct' || e.kind === 'Array') return null;
      return (p) => ptrKey(p, H);
    }
    case 'Chan': return null;
    default: return (k) => keyString(t, k, H);
  }
}

function ptrKey(p: unknown, H: Hasher): unknown {
  if (p instanceof BoxPtr) return p.box;
  if (p instanceof ElemPtr) return 'E' + p.index + ':' + H.objNum(p.arr);
  if (p instanceof FieldPtr) return 'F' + p.field + ':' + H.objNum(p.obj);
  return p;
}

/** Per-VM numbering of types and objects, for hash keys only (never observable by the program). */
export class Hasher {
  private readonly objNums = new WeakMap<object, number>();
  private n = 0;
  constructor(readonly typeId: (t: Type) => number) {}
  objNum(o: object): number {
    let n = this.objNums.get(o);
    if (n === undefined) { n = ++this.n; this.objNums.set(o, n); }
    return n;
  }
}

/** A string identifying the Go value v of type t for hashing; panics on unhashable dynamic types. */
export function keyString(t: Type, v: unknown, H: Hasher): string {
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      if (v instanceof Complex) return `c${v.re},${v.im}`;
      if (typeof v === 'string') return JSON.stringify(v);
      return typeof v === 'bigint' ? v + 'n' : String(v);
    case 'Pointer': {
      const k = ptrKey(v, H);
      return typeof k === 'object' && k !== null ? 'p' + H.objNum(k) : 'p' + String(k);
    }
    case 'Chan': return v === null ? 'nil' : 'ch' + H.objNum(v as object);
    case 'Struct': {
      const o = v as Record<string, unknown>;
      return '{' + u.fields.map((f, i) => keyString(f.type, o[f.name === '_' ? '_' + i : f.name], H)).join(',') + '}';
    }
    case 'Array': return '[' + (v as unknown[]).map((x) => keyString(u.elem, x, H)).join(',') + ']';
    case 'Interface': {
      if (v === null) return 'nil';
      const i = v as Iface;
      const du = under(i.t);
      if (du.kind === 'Slice' || du.kind === 'Map' || du.kind === 'Signature') throw unhashableError(rtypeString(i.t));
      return 'i' + H.typeId(i.t) + ':' + keyString(i.t, i.v, H);
    }
    default:
      throw unhashableError(rtypeString(t));
  }
}

/** An iterator over a map snapshot, starting at a random offset. */
export class MapIter {
  k: unknown = undefined;
  v: unknown = undefined;
  private i = 0;
  constructor(private readonly map: GoMap | null, private readonly keys: unknown[], private readonly start: number) {}
  next(): boolean {
    const n = this.keys.length;
    while (this.i < n) {
      const hk = this.keys[(this.start + this.i++) % n];
      const e = this.map!.m.get(hk);
      if (e === undefined) continue; // deleted during iteration
      this.k = e[0];
      this.v = e[1];
      return true;
    }
    return false;
  }
}
