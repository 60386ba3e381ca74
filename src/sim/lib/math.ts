/**
 * This file implements the natives of package math (declared in types/stdlib/math.ts). IEEE
 * operations that are exactly specified (Sqrt, Floor, Ceil, Trunc, Abs, Mod, Copysign, Ldexp,
 * Frexp, the bit conversions, Nextafter, FMA) are bit-exact with Go; transcendental functions use
 * the JS engine's Math and may differ from Go's pure-Go implementations in the last bit.
 * Special cases (NaN, ±Inf, ±0) follow the Go documentation of each function.
 */
import type { Int64 } from '../vm/values';
import { canon } from '../vm/int64';
import { num } from './goval';
import type { Host } from './host';
import type { NativeTable } from './native';

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

export function float64bits(x: number): bigint { f64[0] = x; return u64[0]; }
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

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return x;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = float64bits(x);
  return float64frombits((y > x) === (x > 0) ? b + 1n : b - 1n);
}

function nextafter32(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return x;
  if (x === 0) { u32[0] = 1; const v = f32[0]; return y > 0 ? v : -v; }
  f32[0] = x;
  u32[0] = (y > x) === (x > 0) ? u32[0] + 1 : u32[0] - 1;
  return f32[0];
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

/** Exact fused multiply-add via BigInt rationals (x*y+z rounded once). */
function fma(x: number, y: number, z: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) return x * y + z;
  if (x === 0 || y === 0) return x * y + z;
  if (z === 0) return x * y;
  const sx = toRational(x), sy = toRational(y), sz = toRational(z);
  // value = mx*my*2^(ex+ey) + mz*2^ez
  const e1 = sx.e + sy.e;
  const m1 = sx.m * sy.m;
  const e = Math.min(e1, sz.e);
  const total = (m1 << BigInt(e1 - e)) + (sz.m << BigInt(sz.e - e));
  if (total === 0n) return 0;
  return bigTimesPow2(total, e);
}

function toRational(x: number): { m: bigint; e: number } {
  const b = float64bits(x);
  const neg = b >> 63n === 1n;
  const exp = Number((b >> 52n) & 0x7ffn);
  let m = b & ((1n << 52n) - 1n);
  let e: number;
  if (exp === 0) e = -1074; else { m |= 1n << 52n; e = exp - 1075; }
  return { m: neg ? -m : m, e };
}

/** The double nearest to m × 2^e (round half to even). */
function bigTimesPow2(m: bigint, e: number): number {
  const neg = m < 0n;
  let a = neg ? -m : m;
  const bits = a.toString(2).length;
  // target exponent of the lowest kept bit
  let shift = bits - 53;
  if (e + shift < -1074) shift = -1074 - e;
  if (shift > 0) {
    const rem = a & ((1n << BigInt(shift)) - 1n);
    a >>= BigInt(shift);
    const half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (a & 1n) === 1n)) a += 1n;
    e += shift;
  }
  // a has at most 53 bits and a × 2^e is representable (the lowest kept bit is >= 2^-1074),
  // so the scaling below is exact
  const r = ldexp(Number(a), e);
  return neg ? -r : r;
}

const m1 = (f: (x: number) => number) => (_h: Host, x: number) => f(x);
const m2 = (f: (x: number, y: number) => number) => (_h: Host, x: number, y: number) => f(x, y);

export const mathNatives: NativeTable = {
  'math.Abs': m1(Math.abs),
  'math.Acos': m1(Math.acos),
  'math.Acosh': m1(Math.acosh),
  'math.Asin': m1(Math.asin),
  'math.Asinh': m1(Math.asinh),
  'math.Atan': m1(Math.atan),
  'math.Atan2': m2(Math.atan2),
  'math.Atanh': m1(Math.atanh),
  'math.Cbrt': m1(Math.cbrt),
  'math.Ceil': m1(Math.ceil),
  'math.Copysign': m2((f, s) => (float64bits(s) >> 63n === 1n ? -Math.abs(f) : Math.abs(f))),
  'math.Cos': m1(Math.cos),
  'math.Cosh': m1(Math.cosh),
  'math.Dim': m2((x, y) => {
    const v = x - y;
    return v <= 0 ? 0 : v;
  }),
  'math.Erf': m1(erf),
  'math.Exp': m1(Math.exp),
  'math.Exp2': m1((x) => 2 ** x),
  'math.Expm1': m1(Math.expm1),
  'math.FMA': (_h: Host, x: number, y: number, z: number) => fma(x, y, z),
  'math.Float32bits': (_h: Host, f: number) => { f32[0] = f; return u32[0]; },
  'math.Float32frombits': (_h: Host, b: number) => { u32[0] = b; return f32[0]; },
  'math.Float64bits': (_h: Host, f: number) => canon(float64bits(f)),
  'math.Float64frombits': (_h: Host, b: Int64) => float64frombits(BigInt(b)),
  'math.Floor': m1(Math.floor),
  'math.Frexp': (_h: Host, f: number) => frexp(f),
  'math.Gamma': m1(gamma),
  'math.Hypot': m2(Math.hypot),
  'math.Inf': (_h: Host, sign: Int64) => (num(sign) >= 0 ? Infinity : -Infinity),
  'math.IsInf': (_h: Host, f: number, sign: Int64) => {
    const s = num(sign);
    return (s >= 0 && f === Infinity) || (s <= 0 && f === -Infinity);
  },
  'math.IsNaN': (_h: Host, f: number) => Number.isNaN(f),
  'math.Ldexp': (_h: Host, frac: number, exp: Int64) => ldexp(frac, num(exp)),
  'math.Log': m1(Math.log),
  'math.Log10': m1(Math.log10),
  'math.Log1p': m1(Math.log1p),
  'math.Log2': m1((x) => {
    const [frac, exp] = frexp(x);
    if (frac === 0.5) return exp - 1; // exact for powers of two, as Go's Log2
    return Math.log2(x);
  }),
  'math.Logb': m1((x) => (x === 0 ? -Infinity : !Number.isFinite(x) ? (Number.isNaN(x) ? x : Infinity) : frexp(x)[1] - 1)),
  'math.Ilogb': (_h: Host, x: number) => (x === 0 ? -2147483648 : Number.isNaN(x) || !Number.isFinite(x) ? 2147483647 : frexp(x)[1] - 1),
  'math.Max': m2((x, y) => {
    if (x === Infinity || y === Infinity) return Infinity;
    if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
    if (x === 0 && x === y) return Object.is(x, -0) ? y : x;
    return x > y ? x : y;
  }),
  'math.Min': m2((x, y) => {
    if (x === -Infinity || y === -Infinity) return -Infinity;
    if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
    if (x === 0 && x === y) return Object.is(x, -0) ? x : y;
    return x < y ? x : y;
  }),
  'math.Mod': m2(mod),
  'math.Modf': (_h: Host, f: number) => {
    if (Math.abs(f) < 1) return f < 0 || Object.is(f, -0) ? [-0, f === 0 ? f : f] : [0, f];
    const i = Math.trunc(f);
    return [i, Number.isFinite(f) ? f - i : NaN];
  },
  'math.NaN': () => NaN,
  'math.Nextafter': m2(nextafter),
  'math.Nextafter32': m2(nextafter32),
  'math.Pow': m2(pow),
  'math.Pow10': (_h: Host, n: Int64) => {
    const k = num(n);
    if (k < -323) return 0;
    if (k > 308) return Infinity;
    return Number('1e' + k);
  },
  'math.Remainder': m2((x, y) => {
    if (Number.isNaN(x) || Number.isNaN(y) || !Number.isFinite(x) || y === 0) return NaN;
    if (!Number.isFinite(y)) return x;
    const r = x % y;
    const ay = Math.abs(y);
    let v = r;
    if (Math.abs(2 * r) > ay || (Math.abs(2 * r) === ay && Math.trunc(x / y) % 2 !== 0)) v = r - Math.sign(r) * ay;
    return v === 0 ? (x < 0 ? -0 : 0) : v;
  }),
  'math.Round': m1(roundHalfAway),
  'math.RoundToEven': m1(roundToEven),
  'math.Signbit': (_h: Host, x: number) => float64bits(x) >> 63n === 1n,
  'math.Sin': m1(Math.sin),
  'math.Sincos': (_h: Host, x: number) => [Math.sin(x), Math.cos(x)],
  'math.Sinh': m1(Math.sinh),
  'math.Sqrt': m1(Math.sqrt),
  'math.Tan': m1(Math.tan),
  'math.Tanh': m1(Math.tanh),
  'math.Trunc': m1(Math.trunc),
};

/** Go's Pow special cases differ from JS's ** for (±1)^±Inf and 1^NaN. */
function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === -1 && !Number.isFinite(y)) return 1;
  return x ** y;
}

function erf(x: number): number {
  // Maclaurin series for small |x|, continued fraction for erfc beyond (not bit-exact with Go)
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const t = Math.abs(x);
  if (t < 2.5) {
    let sum = t, term = t;
    for (let n = 1; n < 200; n++) {
      term *= -t * t / n;
      const d = term / (2 * n + 1);
      sum += d;
      if (Math.abs(d) < 1e-17 * Math.abs(sum)) break;
    }
    const v = (2 / Math.sqrt(Math.PI)) * sum;
    return x < 0 ? -v : v;
  }
  // continued fraction for erfc
  let f = 0;
  for (let n = 60; n >= 1; n--) f = n / 2 / (t + f);
  const erfc = Math.exp(-t * t) / Math.sqrt(Math.PI) / (t + f);
  return x < 0 ? erfc - 1 : 1 - erfc;
}

function gamma(x: number): number {
  if (x === Math.floor(x)) {
    if (x <= 0) return x === 0 ? (Object.is(x, -0) ? -Infinity : Infinity) : NaN;
    if (x <= 171) { let r = 1; for (let i = 2; i < x; i++) r *= i; return r; }
    return Infinity;
  }
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  const g = 7;
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  x -= 1;
  let a = c[0];
  const t = x + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i] / (x + i);
  return Math.sqrt(2 * Math.PI) * t ** (x + 0.5) * Math.exp(-t) * a;
}
