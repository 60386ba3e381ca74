/**
 * This file implements slices: make, append (growslice), copy and slice expressions, modelled on
 * runtime/slice.go (makeslice, growslice, nextslicecap, slicecopy) and runtime/msize.go.
 * https://go.dev/ref/spec#Appending_and_copying_slices, #Slice_expressions, #Making_slices_maps_and_channels
 *
 * A slice is vm/values.ts `Slice { arr, off, len, cap }`: elements arr[off .. off+len), capacity
 * counted from off. Growth allocates a new JS array of exactly the capacity Go would choose, so
 * `cap()` matches real Go for every element size (recorded: tests/sim/runtime/slice.test.ts).
 *
 * Invariants:
 * - off + cap <= arr.length; every slot of arr holds a valid value of the element type (slots past
 *   len are zero values or old values, exactly as Go memory would hold them: reslicing up to cap
 *   reveals them);
 * - a nil slice is `null`; an empty non-nil slice is a Slice with len 0;
 * - append writes in place when len+n <= cap (aliasing visible to other slices of the same
 *   array, as in Go) and otherwise copies into a new array;
 * - copy and in-place append behave like memmove: overlapping source and destination are safe.
 *
 * Go 1.25+ also gives an append whose result does not escape a 32-byte stack backing store on its
 * first append to an empty slice (cmd/compile ssagen getBackingStoreInfoForAppend): e.g.
 * `var s []int` appended one at a time shows caps 4 8 16 32 … instead of 1 2 4 8 …. The compiler
 * decides it (escape analysis); `appendStackStoreCap` gives the capacity it uses.
 */

import { Slice } from '../vm/values';
import { boundsError, growsliceError, makesliceCapError, makesliceLenError } from './errors';
import { maxAlloc, roundupsize } from './sizes';

/** What slice operations need to know about the element type (built once per type by the compiler). */
export interface ElemInfo {
  /** unsafe.Sizeof(elem) */
  readonly size: number;
  /** the element type contains pointers (affects size-class rounding above 512 bytes) */
  readonly pointers: boolean;
  /** a fresh zero value (called per slot for structs/arrays; may return a shared primitive) */
  readonly zero: () => unknown;
}

/** Thrown when a simulated allocation exceeds the simulator's budget (not a Go error). */
export class SimLimitError {
  constructor(readonly message: string) {}
}
/** Largest JS array the simulator allocates for one Go object. */
export const maxSimElems = 1 << 25;

function newArray(n: number, from: number, zero: () => unknown): unknown[] {
  if (n > maxSimElems) throw new SimLimitError(`gosim: allocation of ${n} elements exceeds the simulator's heap budget`);
  const a = new Array<unknown>(n);
  const z0 = zero();
  if (typeof z0 !== 'object' || z0 === null) a.fill(z0, from);
  else { a[from] = z0; for (let i = from + 1; i < n; i++) a[i] = zero(); }
  return a;
}

/** slice.go nextslicecap: double below 256 elements, then grow by (newcap + 3*256) / 4. */
export function nextslicecap(newLen: number, oldCap: number): number {
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (newLen > doublecap) return newLen;
  const threshold = 256;
  if (oldCap < threshold) return doublecap;
  for (;;) {
    newcap += Math.floor((newcap + 3 * threshold) / 4);
    if (newcap >= newLen) break;
  }
  return newcap;
}

/**
 * slice.go growslice: the capacity of the new backing array when appending `num` elements makes
 * the length `newLen`, for a slice of capacity `oldCap`. Throws `growslice: len out of range`.
 */
export function growslice(newLen: number, oldCap: number, elem: ElemInfo): number {
  if (newLen < 0) throw growsliceError();
  if (elem.size === 0) return newLen;
  const newcap = nextslicecap(newLen, oldCap);
  const capmem = newcap * elem.size;
  if (capmem > maxAlloc || !Number.isSafeInteger(capmem)) throw growsliceError();
  return Math.floor(roundupsize(capmem, !elem.pointers) / elem.size);
}

/** The capacity of the stack backing store of a non-escaping append (0 when none applies). */
export function appendStackStoreCap(elemSize: number): number {
  return elemSize === 0 || elemSize > 32 ? 0 : Math.floor(32 / elemSize);
}

/**
 * runtime.growsliceBuf (Go 1.26): appending vals to s, which must grow, when the append may use
 * the function's 32-byte stack buffer: if the new length fits the buffer, the data moves into it
 * and the capacity steps up to the next size class only (not doubling); otherwise null (the
 * caller grows as growslice does). The returned slice's array is a fresh stack buffer.
 */
export function growsliceBuf(s: Slice | null, vals: readonly unknown[], elem: ElemInfo): Slice | null {
  const oldLen = s === null ? 0 : s.len;
  const newLen = oldLen + vals.length;
  if (newLen > appendStackStoreCap(elem.size)) return null;
  const newCap = Math.floor(roundupsize(newLen * elem.size, !elem.pointers) / elem.size);
  const arr = new Array(newCap);
  for (let i = 0; i < oldLen; i++) arr[i] = s!.arr[s!.off + i];
  for (let i = 0; i < vals.length; i++) arr[oldLen + i] = vals[i];
  for (let i = newLen; i < newCap; i++) arr[i] = elem.zero();
  return new Slice(arr, 0, newLen, newCap);
}

/**
 * runtime.moveSlice / moveSliceNoCap: the copy of a stack-backed slice on the heap, made by gc's
 * move2heap before the slice escapes. With preserveCap the capacity (and the elements up to it)
 * are kept; otherwise the capacity is the size class above the length. Empty slices become
 * non-nil and capacity 0 (zerobase).
 */
export function moveSlice(s: Slice, elem: ElemInfo, preserveCap: boolean): { s: Slice; allocBytes: number } {
  const keep = preserveCap ? s.cap : s.len;
  if (keep === 0) return { s: new Slice([], 0, 0, 0), allocBytes: 0 };
  const cap = preserveCap ? s.cap : Math.floor(roundupsize(s.len * elem.size, !elem.pointers) / elem.size);
  const arr = new Array(cap);
  for (let i = 0; i < cap; i++) arr[i] = i < keep ? s.arr[s.off + i] : elem.zero();
  return { s: new Slice(arr, 0, s.len, cap), allocBytes: cap * elem.size };
}

/** `make([]T, len, cap)`; cap defaults to len. Panics as makeslice does. */
export function makeslice(len: number | bigint, cap: number | bigint | undefined, elem: ElemInfo): Slice {
  const c = cap === undefined ? len : cap;
  const tooBig = (n: number | bigint): boolean => typeof n === 'bigint' || n * elem.size > maxAlloc;
  if (tooBig(c) || len < 0 || len > c) {
    if (tooBig(len) || len < 0) throw makesliceLenError();
    throw makesliceCapError();
  }
  const n = Number(c);
  return new Slice(newArray(n, 0, elem.zero), 0, Number(len), n);
}

/** Result of an append: the new header, and the bytes allocated (0 when it fit in place). */
export interface AppendResult {
  readonly s: Slice;
  readonly allocBytes: number;
}

/** Grow s (null = nil) so that n more elements fit; returns a header of length len+n. */
function grow(s: Slice | null, n: number, elem: ElemInfo): AppendResult {
  const oldLen = s === null ? 0 : s.len;
  const oldCap = s === null ? 0 : s.cap;
  const newLen = oldLen + n;
  if (newLen <= oldCap && s !== null) return { s: new Slice(s.arr, s.off, newLen, s.cap), allocBytes: 0 };
  const newcap = growslice(newLen, oldCap, elem);
  const arr = newArray(newcap, newLen, elem.zero);
  if (s !== null) for (let i = 0; i < oldLen; i++) arr[i] = s.arr[s.off + i];
  return { s: new Slice(arr, 0, newLen, newcap), allocBytes: newcap * elem.size };
}

/** `append(s, v0, v1, …)`. Values must already be copies (struct/array value semantics). */
export function appendValues(s: Slice | null, values: readonly unknown[], elem: ElemInfo): AppendResult {
  if (values.length === 0) return { s: s as Slice, allocBytes: 0 };
  const oldLen = s === null ? 0 : s.len;
  const r = grow(s, values.length, elem);
  const d = r.s;
  for (let i = 0; i < values.length; i++) d.arr[d.off + oldLen + i] = values[i];
  return r;
}

/** `append(s, v)`, the hot single-value case. */
export function append1(s: Slice | null, v: unknown, elem: ElemInfo): AppendResult {
  if (s !== null && s.len < s.cap) {
    s.arr[s.off + s.len] = v;
    return { s: new Slice(s.arr, s.off, s.len + 1, s.cap), allocBytes: 0 };
  }
  const r = grow(s, 1, elem);
  r.s.arr[r.s.off + r.s.len - 1] = v;
  return r;
}

/**
 * `append(s, src...)`. `copyElem` copies one element (identity for non-struct/array types).
 * Overlap (src aliases s's array) is handled like memmove.
 */
export function appendSlice(s: Slice | null, src: Slice | null, elem: ElemInfo, copyElem?: (v: unknown) => unknown): AppendResult {
  const n = src === null ? 0 : src.len;
  if (n === 0) return { s: s as Slice, allocBytes: 0 };
  const oldLen = s === null ? 0 : s.len;
  const vals = (src as Slice).arr.slice((src as Slice).off, (src as Slice).off + n); // snapshot = memmove semantics
  const r = grow(s, n, elem);
  for (let i = 0; i < n; i++) r.s.arr[r.s.off + oldLen + i] = copyElem ? copyElem(vals[i]) : vals[i];
  return r;
}

/** `append([]byte, string...)`: appends the string's bytes. */
export function appendString(s: Slice<number> | null, str: string, elem: ElemInfo): AppendResult {
  if (str.length === 0) return { s: s as Slice, allocBytes: 0 };
  const oldLen = s === null ? 0 : s.len;
  const r = grow(s, str.length, elem);
  for (let i = 0; i < str.length; i++) r.s.arr[r.s.off + oldLen + i] = str.charCodeAt(i);
  return r;
}

/** `copy(dst, src)`: min(len) elements, memmove semantics. Returns the count. */
export function slicecopy(dst: Slice | null, src: Slice | null, copyElem?: (v: unknown) => unknown): number {
  if (dst === null || src === null) return 0;
  const n = Math.min(dst.len, src.len);
  if (n === 0) return 0;
  const da = dst.arr, sa = src.arr;
  if (da === sa && dst.off > src.off) {
    for (let i = n - 1; i >= 0; i--) da[dst.off + i] = copyElem ? copyElem(sa[src.off + i]) : sa[src.off + i];
  } else {
    for (let i = 0; i < n; i++) da[dst.off + i] = copyElem ? copyElem(sa[src.off + i]) : sa[src.off + i];
  }
  return n;
}

/** `copy(dst []byte, src string)` */
export function copyFromString(dst: Slice | null, src: string): number {
  if (dst === null) return 0;
  const n = Math.min(dst.len, src.length);
  for (let i = 0; i < n; i++) dst.arr[dst.off + i] = src.charCodeAt(i);
  return n;
}

type Int = number | bigint;

/**
 * Slice expression `x[lo:hi]` / `x[lo:hi:max]` over a slice (or an array viewed as a slice with
 * len = cap = array length). Missing lo = 0, missing hi = len. Bound checks in Go's order, with
 * Go's panic texts (the `cap` bound is the capacity for slices, the length for arrays).
 */
export function sliceSlice(s: Slice | null, lo: Int | undefined, hi: Int | undefined, max?: Int, isArray = false): Slice | null {
  const len = s === null ? 0 : s.len;
  const cap = s === null ? 0 : s.cap;
  const l = lo ?? 0;
  if (max !== undefined) {
    const h = hi ?? len;
    if (typeof max === 'bigint' || max < 0 || max > cap) throw boundsError(isArray ? 'slice3Alen' : 'slice3Acap', max, cap);
    if (typeof h === 'bigint' || h < 0 || h > max) throw boundsError('slice3B', h, max);
    if (typeof l === 'bigint' || l < 0 || l > h) throw boundsError('slice3C', l, h);
    if (s === null) return null;
    return new Slice(s.arr, s.off + l, h - l, max - l);
  }
  const h = hi ?? len;
  if (hi !== undefined && (typeof h === 'bigint' || h < 0 || h > cap)) throw boundsError(isArray ? 'sliceAlen' : 'sliceAcap', h, cap);
  if (typeof l === 'bigint' || l < 0 || l > (h as number)) throw boundsError('sliceB', l, h);
  if (s === null) return null;
  return new Slice(s.arr, s.off + l, (h as number) - l, s.cap - l);
}

/** `str[lo:hi]` on a byte string. */
export function sliceString(str: string, lo: Int | undefined, hi: Int | undefined): string {
  const len = str.length;
  const l = lo ?? 0;
  const h = hi ?? len;
  if (hi !== undefined && (typeof h === 'bigint' || h < 0 || h > len)) throw boundsError('sliceAlen', h, len);
  if (typeof l === 'bigint' || l < 0 || l > (h as number)) throw boundsError('sliceB', l, h);
  return str.slice(l, h as number);
}

/** `[N]T(s)` / `(*[N]T)(s)`: panics when len(s) < N. Returns the element array view. */
export function sliceToArrayCheck(s: Slice | null, n: number): void {
  const len = s === null ? 0 : s.len;
  if (len < n) throw boundsError('convert', n, len);
}
