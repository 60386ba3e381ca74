/**
 * This file implements the natives that stand in for reflection in the Go-bodied packages:
 * errors.As's target checks and assignment, errors.Is's comparability test, atomic.Value's type
 * check, sort.Slice's length and swapper, and slices' overlap test.
 */
import { under } from '../types/predicates';
import { runtimeTypeString } from '../types/typestring';
import type { Type } from '../types/type';
import { Iface, Pointer, Slice } from '../vm/values';
import type { GoStruct, Int64 } from '../vm/values';
import { num } from './goval';
import type { Host } from './host';
import type { NativeTable } from './native';

function isErrorSig(h: Host, t: Type): boolean {
  const sig = h.methodSig(t, 'Error');
  if (sig === null || sig.params.vars.length !== 0 || sig.results.vars.length !== 1) return false;
  const r = sig.results.vars[0].type;
  return r.kind === 'Basic' && r.basic === 'string';
}

/** Stores v (of the target's element type) through the pointer p. */
function storeThrough(p: unknown, elemT: Type, v: unknown): void {
  const k = under(elemT).kind;
  if (k === 'Struct') { Object.assign(p as GoStruct, v as GoStruct); return; }
  if (k === 'Array') { const a = p as unknown[], b = v as unknown[]; for (let i = 0; i < a.length; i++) a[i] = b[i]; return; }
  (p as Pointer).set(v);
}

export const reflectNatives: NativeTable = {
  'errors.comparable': (h: Host, x: Iface | null) => x === null || h.comparable(x.t),
  'errors.checkAsTarget': (h: Host, target: Iface | null) => {
    if (target === null) h.panicString('errors: target cannot be nil');
    const t = target.t;
    if (under(t).kind !== 'Pointer' || target.v === null) h.panicString('errors: target must be a non-nil pointer');
    const elem = (under(t) as { elem: Type }).elem;
    if (under(elem).kind !== 'Interface' && !isErrorSig(h, elem)) h.panicString('errors: *target must be interface or implement error');
  },
  'errors.asTarget': (h: Host, err: Iface | null, target: Iface) => {
    if (err === null) return false;
    const elem = (under(target.t) as { elem: Type }).elem;
    if (!h.assignable(err.t, elem)) return false;
    storeThrough(target.v, elem, under(elem).kind === 'Interface' ? err : err.v);
    return true;
  },
  'sync/atomic.sameType': (_h: Host, a: Iface | null, b: Iface | null) => a !== null && b !== null && a.t === b.t,
  'context.typeString': (_h: Host, v: Iface | null) => (v === null ? '<nil>' : runtimeTypeString(v.t)),
  'sort.sliceLen': (h: Host, x: Iface | null) => {
    if (x === null || under(x.t).kind !== 'Slice') h.panicString('reflect: call of Swapper on ' + (x === null ? 'zero' : 'non-slice') + ' Value');
    return x.v === null ? 0 : (x.v as Slice).len;
  },
  'sort.sliceSwap': (_h: Host, x: Iface, i: Int64, j: Int64) => {
    const s = x.v as Slice;
    const a = s.arr, o = s.off;
    const ii = o + num(i), jj = o + num(j);
    const tmp = a[ii];
    a[ii] = a[jj];
    a[jj] = tmp;
  },
  'slices.sliceOverlap': (_h: Host, a: Iface | null, b: Iface | null) => {
    if (a === null || b === null) return false;
    const x = a.v as Slice | null, y = b.v as Slice | null;
    if (x === null || y === null || x.len === 0 || y.len === 0 || x.arr !== y.arr) return false;
    return x.off < y.off + y.len && y.off < x.off + x.len;
  },
};
void Iface;
