/**
 * This file implements the key order fmt prints maps in (/usr/local/go/src/internal/fmtsort/sort.go):
 * numbers ascending (NaN first), strings bytewise, false before true, pointers and channels by
 * address, structs and arrays field by field, interfaces by dynamic type then value.
 *
 * Deviation: Go orders interface keys of different dynamic types by the address of their type
 * descriptors (decided by the linker). We use the order go1.26/amd64 binaries show for the basic
 * types (string, int8, uint8, int16, uint16, int32, uint32, int64, uint64, int, uint, uintptr,
 * complex64, complex128, float32, float64, bool), then other types by type string.
 */
import { under } from '../../types/predicates';
import { runtimeTypeString } from '../../types/typestring';
import type { Type } from '../../types/type';
import { Complex, Iface, Pointer } from '../../vm/values';
import type { Host } from '../host';

function cmpNum(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cmpFloat(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  if (Number.isNaN(a) && !Number.isNaN(b)) return -1;
  if (!Number.isNaN(a) && Number.isNaN(b)) return 1;
  return 0;
}

const basicRank: readonly string[] = ['string', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64',
  'int', 'uint', 'uintptr', 'complex64', 'complex128', 'float32', 'float64', 'bool'];

function typeRank(t: Type): number {
  if (t.kind === 'Basic') { const i = basicRank.indexOf(t.basic); return i < 0 ? basicRank.length : i; }
  return basicRank.length;
}

export function compareKeys(host: Host, a: unknown, b: unknown, t: Type): number {
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      switch (u.basic) {
        case 'float32': case 'float64': return cmpFloat(a as number, b as number);
        case 'complex64': case 'complex128': {
          const x = a as Complex, y = b as Complex;
          return cmpFloat(x.re, y.re) || cmpFloat(x.im, y.im);
        }
        case 'bool': return a === b ? 0 : a ? 1 : -1;
        case 'string': return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
        default: return cmpNum(a as number | bigint, b as number | bigint);
      }
    case 'Pointer': case 'Chan': case 'Signature': case 'Map': case 'Slice':
      return cmpNum(a === null ? 0 : host.addressOf(a), b === null ? 0 : host.addressOf(b));
    case 'Struct': {
      const ka = Object.keys(a as object);
      for (let i = 0; i < u.fields.length; i++) {
        const k = ka[i];
        const c = compareKeys(host, (a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], u.fields[i].type);
        if (c !== 0) return c;
      }
      return 0;
    }
    case 'Array': {
      const x = a as unknown[], y = b as unknown[];
      for (let i = 0; i < x.length; i++) {
        const c = compareKeys(host, x[i], y[i], u.elem);
        if (c !== 0) return c;
      }
      return 0;
    }
    case 'Interface': {
      if (a === null || b === null) return a === null ? (b === null ? 0 : -1) : 1;
      const x = a as Iface, y = b as Iface;
      if (x.t !== y.t) {
        const rx = typeRank(x.t), ry = typeRank(y.t);
        if (rx !== ry) return rx - ry;
        const sx = runtimeTypeString(x.t), sy = runtimeTypeString(y.t);
        if (sx !== sy) return sx < sy ? -1 : 1;
      }
      return compareKeys(host, x.v, y.v, x.t);
    }
  }
  void Pointer;
  return 0;
}

/** The entries of map m (key type kt) in fmt's order. */
export function sortedEntries(host: Host, m: unknown, kt: Type): Array<[unknown, unknown]> {
  const entries = host.mapEntries(m);
  entries.sort((p, q) => compareKeys(host, p[0], q[0], kt));
  return entries;
}
