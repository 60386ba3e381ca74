/**
 * This file implements strconv.FormatFloat (Go's internal/strconv/ftoa.go) for float64 and float32.
 *
 * - Shortest ('v'-style, prec < 0): the shortest decimal that reads back as the same float, the
 *   closest such when several exist. For float64 the digits are JavaScript's own shortest
 *   round-trip digits (Number.prototype.toExponential() with no argument, which the ECMAScript
 *   spec defines as the shortest uniquely-identifying, closest digits — the same set of digits
 *   Go's dboxFtoa computes). For float32 we try 1..9 significant digits, each correctly rounded,
 *   and keep the first that reads back as the same float32.
 * - Fixed precision: the EXACT decimal expansion of the binary value (BigInt arithmetic), rounded
 *   half-to-even on exact ties, as Go's fixedFtoa/bigFtoa do (`%.0f` of 2.5 is "2", of 0.5 is "0").
 * - Layout (fmtE, fmtF, the %g choice between them, fmtB, fmtX) is a line-by-line port of ftoa.go.
 *
 * Invariant: digits `d` never have trailing zeros; `dp` is the decimal point position
 * (value = 0.d × 10^dp); zero is d = "".
 */

interface Decimal { d: string; dp: number; }

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const f32 = new Float32Array(1);
const u32f = new Uint32Array(f32.buffer);

/** The IEEE fields of v as float64 or float32: sign, biased exponent, mantissa bits. */
function bitsOf(v: number, bitSize: 32 | 64): { neg: boolean; exp: number; mant: bigint } {
  if (bitSize === 32) {
    f32[0] = v;
    const b = u32f[0];
    return { neg: b >>> 31 === 1, exp: (b >>> 23) & 0xff, mant: BigInt(b & 0x7fffff) };
  }
  f64[0] = v;
  const lo = u32[0], hi = u32[1]; // little-endian hosts (every JS engine we run on)
  return { neg: hi >>> 31 === 1, exp: (hi >>> 20) & 0x7ff, mant: (BigInt(hi & 0xfffff) << 32n) | BigInt(lo) };
}

function trimZeros(d: string): string {
  let n = d.length;
  while (n > 0 && d.charCodeAt(n - 1) === 48) n--;
  return d.slice(0, n);
}

/** The exact decimal value of mant × 2^e2. */
function exactDecimal(mant: bigint, e2: number): Decimal {
  if (mant === 0n) return { d: '', dp: 0 };
  if (e2 >= 0) {
    const s = (mant << BigInt(e2)).toString();
    return { d: trimZeros(s), dp: s.length };
  }
  const s = (mant * 5n ** BigInt(-e2)).toString();
  return { d: trimZeros(s), dp: s.length + e2 };
}

/** Rounds to nd digits, half to even on exact ties (decimal.go Round / shouldRoundUp). */
function roundDecimal(a: Decimal, nd: number): Decimal {
  if (nd >= a.d.length) return a;
  if (nd < 0) return { d: '', dp: a.dp };
  const c = a.d.charCodeAt(nd);
  let up: boolean;
  if (c === 53 /* '5' */ && nd + 1 === a.d.length) up = nd > 0 && (a.d.charCodeAt(nd - 1) - 48) % 2 !== 0;
  else up = c >= 53;
  if (!up) return { d: trimZeros(a.d.slice(0, nd)), dp: a.dp };
  let i = nd - 1;
  while (i >= 0 && a.d.charCodeAt(i) === 57) i--;
  if (i < 0) return { d: '1', dp: a.dp + 1 };
  return { d: a.d.slice(0, i) + String.fromCharCode(a.d.charCodeAt(i) + 1), dp: a.dp };
}

/** Shortest round-trip digits of a finite nonzero |v|. */
function shortest(v: number, bitSize: 32 | 64): Decimal {
  const x = Math.abs(v);
  if (bitSize === 64) return parseExp(x.toExponential());
  for (let p = 1; p <= 9; p++) {
    const s = x.toExponential(p - 1);
    if (Math.fround(Number(s)) === x) return parseExp(s);
  }
  return parseExp(x.toExponential(8));
}

function parseExp(s: string): Decimal {
  const e = s.indexOf('e');
  const digits = trimZeros(s.slice(0, e).replace('.', ''));
  return { d: digits, dp: Number(s.slice(e + 1)) + 1 };
}

function fmtE(neg: boolean, d: Decimal, prec: number, fmt: string): string {
  let out = neg ? '-' : '';
  out += d.d.length !== 0 ? d.d[0] : '0';
  if (prec > 0) {
    out += '.';
    const m = Math.min(d.d.length, prec + 1);
    let i = 1;
    if (i < m) { out += d.d.slice(i, m); i = m; }
    for (; i <= prec; i++) out += '0';
  }
  out += fmt;
  let exp = d.d.length === 0 ? 0 : d.dp - 1;
  if (exp < 0) { out += '-'; exp = -exp; } else out += '+';
  out += exp < 10 ? '0' + exp : String(exp);
  return out;
}

function fmtF(neg: boolean, d: Decimal, prec: number): string {
  let out = neg ? '-' : '';
  if (d.dp > 0) {
    const m = Math.min(d.d.length, d.dp);
    out += d.d.slice(0, m);
    for (let k = m; k < d.dp; k++) out += '0';
  } else out += '0';
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) {
      const j = d.dp + i - 1;
      out += j >= 0 && j < d.d.length ? d.d[j] : '0';
    }
  }
  return out;
}

function formatDigits(shortestMode: boolean, neg: boolean, d: Decimal, prec: number, fmt: string): string {
  switch (fmt) {
    case 'e': case 'E': return fmtE(neg, d, prec, fmt);
    case 'f': return fmtF(neg, d, prec);
    case 'g': case 'G': {
      let eprec = prec;
      if (eprec > d.d.length && d.d.length >= d.dp) eprec = d.d.length;
      if (shortestMode) eprec = 6;
      const exp = d.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > d.d.length) prec = d.d.length;
        return fmtE(neg, d, prec - 1, fmt === 'g' ? 'e' : 'E');
      }
      if (prec > d.dp) prec = d.d.length;
      return fmtF(neg, d, Math.max(prec - d.dp, 0));
    }
  }
  return '%' + fmt;
}

function fmtB(neg: boolean, mant: bigint, exp: number, mantbits: number): string {
  const e = exp - mantbits;
  return (neg ? '-' : '') + mant.toString() + 'p' + (e >= 0 ? '+' : '') + String(e);
}

function fmtX(prec: number, fmt: string, neg: boolean, mant: bigint, exp: number, mantbits: number): string {
  const M60 = 1n << 60n;
  if (mant === 0n) exp = 0;
  mant <<= BigInt(60 - mantbits);
  while (mant !== 0n && (mant & M60) === 0n) { mant <<= 1n; exp--; }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & (M60 - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) { mant >>= 1n; exp++; }
  }
  const hex = fmt === 'X' ? '0123456789ABCDEF' : '0123456789abcdef';
  const MASK64 = (1n << 64n) - 1n;
  let out = (neg ? '-' : '') + '0' + fmt + String(Number((mant >> 60n) & 1n));
  mant = (mant << 4n) & MASK64;
  if (prec < 0 && mant !== 0n) {
    out += '.';
    while (mant !== 0n) { out += hex[Number((mant >> 60n) & 15n)]; mant = (mant << 4n) & MASK64; }
  } else if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) { out += hex[Number((mant >> 60n) & 15n)]; mant = (mant << 4n) & MASK64; }
  }
  out += fmt === 'X' ? 'P' : 'p';
  if (exp < 0) { out += '-'; exp = -exp; } else out += '+';
  out += exp < 10 ? '0' + exp : String(exp);
  return out;
}

/**
 * strconv.FormatFloat(v, fmt, prec, bitSize). For bitSize 32, v must already be a float32 value
 * (Math.fround). fmt is one of b e E f g G x X; others give "%" + fmt as in Go.
 */
export function formatFloat(v: number, fmt: string, prec: number, bitSize: 32 | 64): string {
  const mantbits = bitSize === 32 ? 23 : 52;
  const bias = bitSize === 32 ? -127 : -1023;
  const maxExp = bitSize === 32 ? 0xff : 0x7ff;
  const b = bitsOf(v, bitSize);
  let exp = b.exp;
  let mant = b.mant;
  const neg = b.neg;
  if (exp === maxExp) return mant !== 0n ? 'NaN' : neg ? '-Inf' : '+Inf';
  let denorm = false;
  if (exp === 0) { exp++; denorm = true; } else mant |= 1n << BigInt(mantbits);
  exp += bias;
  void denorm;
  if (fmt === 'b') return fmtB(neg, mant, exp, mantbits);
  if (fmt === 'x' || fmt === 'X') return fmtX(prec, fmt, neg, mant, exp, mantbits);
  if (fmt !== 'e' && fmt !== 'E' && fmt !== 'f' && fmt !== 'g' && fmt !== 'G') return '%' + fmt;

  const isShortest = prec < 0;
  if (mant === 0n) return formatDigits(isShortest, neg, { d: '', dp: 0 }, prec, fmt);
  if (isShortest) {
    const d = shortest(v, bitSize);
    switch (fmt) {
      case 'e': case 'E': prec = Math.max(d.d.length - 1, 0); break;
      case 'f': prec = Math.max(d.d.length - d.dp, 0); break;
      default: prec = d.d.length;
    }
    return formatDigits(true, neg, d, prec, fmt);
  }
  const exact = exactDecimal(mant, exp - mantbits);
  let d: Decimal;
  switch (fmt) {
    case 'f': d = roundDecimal(exact, exact.dp + prec); break;
    case 'e': case 'E': d = roundDecimal(exact, prec + 1); break;
    default:
      if (prec === 0) prec = 1;
      d = roundDecimal(exact, prec);
  }
  return formatDigits(false, neg, d, prec, fmt);
}
