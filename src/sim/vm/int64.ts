/**
 * This file implements Go's 64-bit integer arithmetic (int, int64, uint, uint64, uintptr) over the
 * canonical `Int64 = number | bigint` representation of vm/values.ts.
 *
 * https://go.dev/ref/spec#Integer_overflow — "For signed integers, the operations +, -, *, /, and <<
 * may legally overflow and the resulting value exists and is deterministically defined by the
 * signed integer representation": results wrap modulo 2^64.
 *
 * Invariants:
 * - Every function returns a CANONICAL value: a number when the result is a safe integer
 *   (|v| <= 2^53-1), a bigint otherwise. So `===` between two results is Go's `==`.
 * - Fast paths work on numbers only and are small enough for V8 to inline; they fall back to the
 *   exact bigint path (`*Slow`) whenever a result might leave the safe range.
 * - Division and remainder by zero are checked by the caller (it knows the source position).
 */

import type { Int64 } from './values';

const MAX = Number.MAX_SAFE_INTEGER;
const BMAX = BigInt(MAX);

/** The canonical form of a bigint already wrapped to 64 bits. */
export function canon(b: bigint): Int64 {
  return b <= BMAX && b >= -BMAX ? Number(b) : b;
}
export function big(a: Int64): bigint { return typeof a === 'bigint' ? a : BigInt(a); }

export function wrapS(b: bigint): Int64 { return canon(BigInt.asIntN(64, b)); }
export function wrapU(b: bigint): Int64 { return canon(BigInt.asUintN(64, b)); }

// ---- signed (int, int64) ----

export function addS(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') { const r = a + b; if (r <= MAX && r >= -MAX) return r; }
  return wrapS(big(a) + big(b));
}
export function subS(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') { const r = a - b; if (r <= MAX && r >= -MAX) return r; }
  return wrapS(big(a) - big(b));
}
export function mulS(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') { const r = a * b; if (r <= MAX && r >= -MAX) return r === 0 ? 0 : r; }
  return wrapS(big(a) * big(b));
}
/** Truncated division (b !== 0 checked by the caller). MinInt64 / -1 wraps to MinInt64. */
export function divS(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') { const r = Math.trunc(a / b); return r === 0 ? 0 : r; }
  return wrapS(big(a) / big(b));
}
export function remS(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') { const r = a % b; return r === 0 ? 0 : r; }
  return wrapS(big(a) % big(b));
}
export function negS(a: Int64): Int64 {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return wrapS(-a);
}

// ---- unsigned (uint, uint64, uintptr) ----

export function addU(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') { const r = a + b; if (r <= MAX) return r; }
  return wrapU(big(a) + big(b));
}
export function subU(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') { const r = a - b; if (r >= 0) return r; }
  return wrapU(big(a) - big(b));
}
export function mulU(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') { const r = a * b; if (r <= MAX) return r; }
  return wrapU(big(a) * big(b));
}
export function divU(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') return Math.floor(a / b);
  return canon(big(a) / big(b));
}
export function remU(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') return a % b;
  return canon(big(a) % big(b));
}
export function negU(a: Int64): Int64 { return a === 0 ? 0 : wrapU(-big(a)); }

// ---- bitwise (same bits for signed and unsigned; `u` selects the wrap) ----

function small(a: Int64): a is number { return typeof a === 'number' && (a | 0) === a; }

export function and64(a: Int64, b: Int64, u: boolean): Int64 {
  if (small(a) && small(b)) { const r = a & b; return u && r < 0 ? r >>> 0 : r; }
  return u ? wrapU(big(a) & big(b)) : wrapS(big(a) & big(b));
}
export function or64(a: Int64, b: Int64, u: boolean): Int64 {
  if (small(a) && small(b) && !u) return a | b;
  return u ? wrapU(big(a) | big(b)) : wrapS(big(a) | big(b));
}
export function xor64(a: Int64, b: Int64, u: boolean): Int64 {
  if (small(a) && small(b) && !u) return a ^ b;
  return u ? wrapU(big(a) ^ big(b)) : wrapS(big(a) ^ big(b));
}
export function andNot64(a: Int64, b: Int64, u: boolean): Int64 {
  if (small(a) && small(b) && !u) return a & ~b;
  return u ? wrapU(big(a) & ~big(b)) : wrapS(big(a) & ~big(b));
}
export function not64(a: Int64, u: boolean): Int64 {
  if (!u && small(a)) return ~a;
  return u ? wrapU(~big(a)) : wrapS(~big(a));
}

/** `a << n`, n >= 0 already checked (a count of any size; >= 64 gives 0). */
export function shl64(a: Int64, n: number, u: boolean): Int64 {
  if (n >= 64) return 0;
  if (typeof a === 'number' && n < 53) { const r = a * 2 ** n; if (r <= MAX && r >= (u ? 0 : -MAX)) return r; }
  return u ? wrapU(big(a) << BigInt(n)) : wrapS(big(a) << BigInt(n));
}
/** `a >> n`: arithmetic for signed, logical for unsigned (the value is already non-negative). */
export function shr64(a: Int64, n: number): Int64 {
  if (typeof a === 'number') { if (n >= 64) return a < 0 ? -1 : 0; return Math.floor(a / 2 ** n); }
  if (n >= 64) return a < 0n ? -1 : 0;
  return canon(a >> BigInt(n));
}

// ---- conversions ----

/** Any integer (number or bigint, any range) to the given integer kind's representation. */
export function convInt(a: Int64, kind: string): Int64 {
  switch (kind) {
    case 'int8': return typeof a === 'number' ? (a << 24) >> 24 : Number(BigInt.asIntN(8, a));
    case 'int16': return typeof a === 'number' ? (a << 16) >> 16 : Number(BigInt.asIntN(16, a));
    case 'int32': return typeof a === 'number' ? a | 0 : Number(BigInt.asIntN(32, a));
    case 'uint8': return typeof a === 'number' ? a & 0xff : Number(BigInt.asUintN(8, a));
    case 'uint16': return typeof a === 'number' ? a & 0xffff : Number(BigInt.asUintN(16, a));
    case 'uint32': return typeof a === 'number' ? a >>> 0 : Number(BigInt.asUintN(32, a));
    case 'int': case 'int64':
      return typeof a === 'number' ? a : wrapS(a);
    case 'uint': case 'uint64': case 'uintptr':
      return typeof a === 'number' && a >= 0 ? a : wrapU(big(a));
  }
  throw new Error('internal error: convInt to ' + kind);
}

/** CVTTSD2SQ: truncation to int64; NaN and out-of-range values give 0x8000000000000000. */
function cvt64(x: number): Int64 {
  if (!(x > -9223372036854775809 && x < 9223372036854775808)) return -(2n ** 63n);
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}

/** CVTTSD2SL: truncation to int32; NaN and out-of-range values give 0x80000000. */
function cvt32(x: number): number {
  const t = Math.trunc(x);
  return t >= -2147483648 && t <= 2147483647 ? (t === 0 ? 0 : t) : -2147483648;
}

/**
 * float → integer kind as gc compiles it for amd64 (the spec leaves out-of-range results to the
 * implementation): 8-, 16- and 32-bit kinds go through int32, uint32 through int64, and uint64 is
 * int64(x) below 2^63, else int64(x - 2^63) | 1<<63 (ssagen floatToUint).
 */
export function floatToInt(x: number, kind: string): Int64 {
  switch (kind) {
    case 'int8': case 'int16': case 'int32': case 'uint8': case 'uint16': return convInt(cvt32(x), kind);
    case 'int': case 'int64': return cvt64(x);
    case 'uint32': return convInt(cvt64(x), 'uint32');
  }
  if (x < 9223372036854775808) return convInt(cvt64(x), kind);
  return convInt(big(cvt64(x - 9223372036854775808)) | -(2n ** 63n), kind);
}

export function toFloat(a: Int64): number { return typeof a === 'number' ? a : Number(a); }

/** Decimal text of an integer, as Go prints it. */
export function intStr(a: Int64): string { return String(a); }
