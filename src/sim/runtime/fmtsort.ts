/**
 * This file implements the key order fmt uses to print maps, modelled on internal/fmtsort
 * (sort.go: Sort, compare). fmt prints `map[a:1 b:2]` with keys sorted:
 *   ints, uints, floats, strings: numeric / byte order (NaN first, -0 == +0), complex: real then imag;
 *   bool: false before true; pointers and channels: by address (here: by creation order of the
 *   object, our stand-in for an address); structs and arrays: field by field / element by element;
 *   interfaces: nil first, then by dynamic type, then by value.
 * The sort is stable (slices.SortStableFunc over the map's iteration order), so keys that compare
 * equal (several NaNs) keep the random iteration order, as in Go.
 *
 * Deviation: Go orders interface keys of different dynamic types by the address of their type
 * descriptor in the binary, which no simulator can know; we order them by the runtime type name.
 *
 * Invariants: compare(a, b) is a total preorder for keys of one static type.
 */

import type { Type } from '../types/type';
import { Complex, Iface } from '../vm/values';
import type { GoMap, MapEntry } from './map';
import { rtypeString, under } from './typename';

/** A stand-in for addresses: the order in which pointer-like objects were first seen. */
export type AddressOf = (o: object) => number;

function cmp<T extends number | bigint | string>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** cmp.Compare for floats: NaN < everything, NaN == NaN. */
function cmpFloat(a: number, b: number): number {
  const an = Number.isNaN(a), bn = Number.isNaN(b);
  if (an || bn) return an && bn ? 0 : an ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** fmtsort.compare for two values of static type t. */
export function compareKeys(t: Type, a: unknown, b: unknown, addr: AddressOf): number {
  const u = under(t);
  switch (u.kind) {
    case 'Basic': {
      switch (u.basic) {
        case 'bool': return a === b ? 0 : a ? 1 : -1;
        case 'string': return cmp(a as string, b as string);
        case 'float32': case 'float64': return cmpFloat(a as number, b as number);
        case 'complex64': case 'complex128': {
          const x = a as Complex, y = b as Complex;
          return cmpFloat(x.re, y.re) || cmpFloat(x.im, y.im);
        }
        case 'uint': case 'uint64': case 'uintptr':
          return cmp(BigInt.asUintN(64, BigInt(a as number | bigint)), BigInt.asUintN(64, BigInt(b as number | bigint)));
        default: {
          const x = a as number | bigint, y = b as number | bigint;
          return x < y ? -1 : x > y ? 1 : 0;
        }
      }
    }
    case 'Pointer': case 'Chan': {
      if (a === b) return 0;
      if (a === null) return -1;
      if (b === null) return 1;
      return cmp(addr(a as object), addr(b as object));
    }
    case 'Struct': {
      const o = a as Record<string, unknown>, p = b as Record<string, unknown>;
      const keys = Object.keys(o);
      for (let i = 0; i < u.fields.length; i++) {
        const c = compareKeys(u.fields[i].type, o[keys[i]], p[keys[i]], addr);
        if (c !== 0) return c;
      }
      return 0;
    }
    case 'Array': {
      const x = a as unknown[], y = b as unknown[];
      for (let i = 0; i < x.length; i++) {
        const c = compareKeys(u.elem, x[i], y[i], addr);
        if (c !== 0) return c;
      }
      return 0;
    }
    case 'Interface': {
      if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
      const x = a as Iface, y = b as Iface;
      if (x.t !== y.t) return cmp(rtypeString(x.t), rtypeString(y.t)) || -1;
      return compareKeys(x.t, x.v, y.v, addr);
    }
    default:
      return 0;
  }
}

/**
 * The entries of m in fmt's printing order. `addr` gives pointer/channel keys an order
 * (default: the order the keys were inserted, a stand-in for allocation order).
 */
export function sortedEntries<K, V>(m: GoMap<K, V> | null, keyType: Type, rand?: (n: number) => number, addr?: AddressOf): MapEntry<K, V>[] {
  if (m === null) return [];
  // fmt sorts the entries in the map's iteration order; only equal keys (NaNs) show that order,
  // so without `rand` the insertion order is used.
  let out: MapEntry<K, V>[] = [];
  if (rand) {
    const it = m.iterate(rand);
    for (let e = it.next(); e !== null; e = it.next()) out.push(e);
  } else out = m.liveEntries();
  let address = addr;
  if (address === undefined) {
    // stand-in for addresses: insertion order of the keys (close to allocation order)
    const seen = new Map<object, number>();
    for (const e of m.liveEntries()) if (typeof e.key === 'object' && e.key !== null && !seen.has(e.key)) seen.set(e.key, seen.size);
    address = (o) => {
      let n = seen.get(o);
      if (n === undefined) { n = seen.size; seen.set(o, n); }
      return n;
    };
  }
  const ad = address;
  return out.sort((x, y) => compareKeys(keyType, x.key, y.key, ad)); // Array.prototype.sort is stable
}
