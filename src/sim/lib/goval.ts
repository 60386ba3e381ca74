/**
 * This file implements small conversions between Go values (vm/values.ts) and JavaScript values
 * that the natives share: slices to arrays and back, Go ints to JS numbers, int64 canonical form.
 */
import { Slice } from '../vm/values';
import type { Int64 } from '../vm/values';

const MAXSAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The canonical Int64 (vm/values.ts) of a bigint already within 64 bits: a number when safe. */
export function canon(b: bigint): Int64 {
  return b <= MAXSAFE && b >= -MAXSAFE ? Number(b) : b;
}

/** The elements of a Go slice (nil → []). */
export function elems<T = unknown>(s: unknown): T[] {
  if (s === null || s === undefined) return [];
  const sl = s as Slice<T>;
  return sl.off === 0 && sl.len === sl.arr.length ? sl.arr.slice() : sl.arr.slice(sl.off, sl.off + sl.len);
}

/** A new Go slice holding these elements (len = cap). */
export function mkslice<T>(a: T[]): Slice<T> {
  return new Slice(a, 0, a.length, a.length);
}

/** A []byte slice from a byte string. */
export function bytesSlice(s: string): Slice<number> {
  const a = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
  return mkslice(a);
}

/** A Go int (Int64) as a JS number; values outside ±2^53 are clamped (callers check ranges first). */
export function num(v: Int64): number {
  return typeof v === 'number' ? v : Number(v);
}

/** The canonical Int64 for a bigint (already within 64 bits). */
export function i64(b: bigint): Int64 {
  return canon(b);
}

/** The canonical Int64 for a JS integer number (safe range). */
export function int(n: number): Int64 {
  return Number.isSafeInteger(n) ? n : canon(BigInt(n));
}
