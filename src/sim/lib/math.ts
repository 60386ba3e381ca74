/**
 * This file implements the natives of package math (declared in types/stdlib/math.gen.ts, which
 * is otherwise Go's own pure-Go code): the bit conversions, exactly specified IEEE operations
 * (Sqrt, Abs, Copysign, Frexp, Ldexp, Mod, Modf, Round, RoundToEven — bit-exact with Go) and the
 * amd64 assembly routines (archFloor/Ceil/Trunc/Max/Min exact; archExp, archLog, archHypot use
 * the JS engine's Math and may differ from Go's assembly in the last bit).
 * Special cases (NaN, ±Inf, ±0) follow the Go documentation of each function.
 * Deviation: JS has a single NaN, so Float64bits of any NaN is math.NaN()'s 0x7FF8000000000001,
 * while NaNs made by amd64 arithmetic in Go (Sqrt(-1), 0/0) have the bits 0xFFF8000000000000.
 */
import type { Int64 } from '../vm/values';
import { canon, num } from './goval';
import type { Host } from './host';
import type { NativeTable } from './native';

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** Float64bits. JS has one NaN; we give it the bits of Go's math.NaN() (0x7FF8000000000001). */
export function float64bits(x: number): bigint {
  if (x !== x) return 0x7ff8000000000001n;
  f64[0] = x;
  return u64[0];
}
export function float64frombits(b: bigint): number { u64[0] = BigInt.asUintN(64, b); return f64[0]; }

function frexp(f: number): [number, number] {
  if (f === 0 || !Number.isFinite(f)) return [f, 0];
  let e = 0;
  let x = Math.abs(f);
  if (x < 2.2250738585072014e-308) { x *= 2 ** 52; e = -52; }
  const b = float64bits(x);
  const exp = Number((b >> 52n) & 0x7ffn) - 1022;
  e += exp;
  const frac = float64frombits((b & ~(0x7ffn << 52n)) | (1022n << 52n));
  return [f < 0 ? -frac : frac, e];
}

function ldexp(frac: number, exp: number): number {
  if (frac === 0 || !Number.isFinite(frac)) return frac;
  // split to keep each factor representable; the product rounds once at the end
  let r = frac;
  while (exp > 1000) { r *= 2 ** 1000; exp -= 1000; if (!Number.isFinite(r)) return r; }
  while (exp < -1000) {
    // avoid double rounding into subnormals: scale down in two steps only when safe
    if (exp < -2000) { r *= 2 ** -1000; exp += 1000; continue; }
    const h = Math.trunc(exp / 2);
    return r * 2 ** h * 2 ** (exp - h);
  }
  return r * 2 ** exp;
}

function mod(x: number, y: number): number {
  if (y === 0 || !Number.isFinite(x) || Number.isNaN(x) || Number.isNaN(y)) return NaN;
  return x % y; // JS % on doubles is exact fmod with the sign of x, as Go's Mod
}

function roundHalfAway(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const t = Math.trunc(x);
  if (Math.abs(x - t) >= 0.5) return t + Math.sign(x);
  return t === 0 ? (x < 0 ? -0 : 0) : t;
}

function roundToEven(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const t = Math.trunc(x);
  const d = Math.abs(x - t);
  let r = t;
  if (d > 0.5 || (d === 0.5 && t % 2 !== 0)) r = t + Math.sign(x);
  return r === 0 ? (x < 0 ? -0 : 0) : r;
}

const m1 = (f: (x: number) => number) => (_h: Host, x: number) => f(x);
const m2 = (f: (x: number, y: number) => number) => (_h: Host, x: number, y: number) => f(x, y);

function max(x: number, y: number): number {
  if (x === Infinity || y === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 && x === y) return Object.is(x, -0) ? y : x;
  return x > y ? x : y;
}

function min(x: number, y: number): number {
  if (x === -Infinity || y === -Infinity) return -Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 && x === y) return Object.is(x, -0) ? x : y;
  return x < y ? x : y;
}

/**
 * The natives of package math. Everything else (Sin, Pow, Atan2, Cbrt, Log10, …) is Go's own
 * pure-Go code in types/stdlib/math.gen.ts, bit-identical with Go. The `arch*` functions stand for
 * amd64 assembly: Floor/Ceil/Trunc/Max/Min are exact; archExp, archLog and archHypot use the JS
 * engine's Math and may differ from Go's assembly in the last bit.
 */
export const mathNatives: NativeTable = {
  'math.Abs': m1(Math.abs),
  'math.Copysign': m2((f, s) => (float64bits(s) >> 63n === 1n ? -Math.abs(f) : Math.abs(f))),
  'math.Float32bits': (_h: Host, f: number) => { f32[0] = f; return u32[0]; },
  'math.Float32frombits': (_h: Host, b: number) => { u32[0] = b; return f32[0]; },
  'math.Float64bits': (_h: Host, f: number) => canon(float64bits(f)),
  'math.Float64frombits': (_h: Host, b: Int64) => float64frombits(BigInt(b)),
  'math.Frexp': (_h: Host, f: number) => frexp(f),
  'math.Inf': (_h: Host, sign: Int64) => (num(sign) >= 0 ? Infinity : -Infinity),
  'math.IsInf': (_h: Host, f: number, sign: Int64) => {
    const s = num(sign);
    return (s >= 0 && f === Infinity) || (s <= 0 && f === -Infinity);
  },
  'math.IsNaN': (_h: Host, f: number) => Number.isNaN(f),
  'math.Ldexp': (_h: Host, frac: number, exp: Int64) => ldexp(frac, num(exp)),
  'math.Mod': m2(mod),
  'math.Modf': (_h: Host, f: number) => {
    if (Math.abs(f) < 1) return f < 0 || Object.is(f, -0) ? [-0, f] : [0, f];
    const i = Math.trunc(f);
    return [i, Number.isFinite(f) ? f - i : NaN];
  },
  'math.NaN': () => NaN,
  'math.Round': m1(roundHalfAway),
  'math.RoundToEven': m1(roundToEven),
  'math.Signbit': (_h: Host, x: number) => float64bits(x) >> 63n === 1n,
  'math.Sqrt': m1(Math.sqrt),
  'math.archCeil': m1(Math.ceil),
  'math.archExp': m1(Math.exp),
  'math.archFloor': m1(Math.floor),
  'math.archHypot': m2((p, q) => (p === Infinity || p === -Infinity || q === Infinity || q === -Infinity ? Infinity : Math.hypot(p, q))),
  'math.archLog': m1(Math.log),
  'math.archMax': m2(max),
  'math.archMin': m2(min),
  'math.archTrunc': m1(Math.trunc),
};

