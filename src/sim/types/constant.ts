/**
 * This file implements exact constant arithmetic (https://go.dev/ref/spec#Constants,
 * #Constant_expressions), mirroring go/constant: integers are bigint, floats exact bigint rationals,
 * complex numbers pairs of rationals; strings are UTF-8 byte strings (one byte per code unit, see
 * vm/values.ts).
 *
 * Invariants: a `float` value is reduced (gcd(num, den) = 1) with den > 0; values are immutable;
 * nothing here throws for a learner's program (division by zero is checked by the caller; an
 * unparsable literal yields `unknown`).
 */

import type { BasicKind, ConstValue } from './type';

export const unknownValue: ConstValue = Object.freeze({ kind: 'unknown' });

export function boolVal(b: boolean): ConstValue { return { kind: 'bool', value: b }; }
export function intVal(v: bigint): ConstValue { return { kind: 'int', value: v }; }
export function strVal(s: string): ConstValue { return { kind: 'string', value: s }; }

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
}

export function ratVal(num: bigint, den: bigint): ConstValue {
  if (den < 0n) { num = -num; den = -den; }
  const g = gcd(num, den) || 1n;
  return { kind: 'float', num: num / g, den: den / g };
}

type Rat = { num: bigint; den: bigint };
function toRat(v: ConstValue): Rat | null {
  if (v.kind === 'int') return { num: v.value, den: 1n };
  if (v.kind === 'float') return { num: v.num, den: v.den };
  if (v.kind === 'complex') return toRat(v.re);
  return null;
}

/** The integer value of a numeric constant if it is exactly an integer (imaginary part 0). */
export function toIntValue(v: ConstValue): bigint | null {
  if (v.kind === 'int') return v.value;
  if (v.kind === 'float') return v.den === 1n ? v.num : null;
  if (v.kind === 'complex') {
    const im = toRat(v.im);
    if (!im || im.num !== 0n) return null;
    return toIntValue(v.re);
  }
  return null;
}

export function isNumericValue(v: ConstValue): boolean {
  return v.kind === 'int' || v.kind === 'float' || v.kind === 'complex';
}

function complexParts(v: ConstValue): [Rat, Rat] | null {
  if (v.kind === 'complex') { const r = toRat(v.re), i = toRat(v.im); return r && i ? [r, i] : null; }
  const r = toRat(v);
  return r ? [r, { num: 0n, den: 1n }] : null;
}

function mkComplex(re: Rat, im: Rat): ConstValue {
  return { kind: 'complex', re: ratVal(re.num, re.den), im: ratVal(im.num, im.den) };
}

export function sign(v: ConstValue): number {
  const r = toRat(v);
  if (!r) return 0;
  return r.num < 0n ? -1 : r.num > 0n ? 1 : 0;
}

// ---- literals ------------------------------------------------------------------------------------

function parseIntLit(s: string): bigint | null {
  s = s.replace(/_/g, '');
  try {
    if (/^0[xX][0-9a-fA-F]+$/.test(s) || /^0[bB][01]+$/.test(s) || /^0[oO][0-7]+$/.test(s)) return BigInt(s);
    if (/^0[0-7]+$/.test(s)) return BigInt('0o' + s.slice(1));
    if (/^[0-9]+$/.test(s)) return BigInt(s);
  } catch { /* fall through */ }
  return null;
}

function pow(b: bigint, e: number): bigint { return b ** BigInt(e); }

function parseFloatLit(s: string): Rat | null {
  s = s.replace(/_/g, '');
  let m = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?[0-9]+)$/.exec(s);
  if (m) {
    const int = m[1] ?? '', frac = m[2] ?? '';
    if (int + frac === '') return null;
    let num = BigInt('0x' + (int + frac || '0'));
    let exp = Number(m[3]) - 4 * frac.length;
    let den = 1n;
    if (exp >= 0) num *= pow(2n, exp); else den = pow(2n, -exp);
    return { num, den };
  }
  m = /^([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?$/.exec(s);
  if (!m) return null;
  const int = m[1] ?? '', frac = m[2] ?? '';
  if (int + frac === '') return null;
  let num = BigInt(int + frac || '0');
  const exp = Number(m[3] ?? '0') - frac.length;
  if (Math.abs(exp) > 100000) return null;
  let den = 1n;
  if (exp >= 0) num *= pow(10n, exp); else den = pow(10n, -exp);
  return { num, den };
}

/** UTF-8 bytes of one code point, as a byte string. */
export function utf8Encode(cp: number): string {
  if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = 0xfffd;
  if (cp < 0x80) return String.fromCharCode(cp);
  if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  if (cp < 0x10000) return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  return String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}

/**
 * Unquotes a Go string or rune literal body into a byte string (https://go.dev/ref/spec#Rune_literals).
 * Returns null on a malformed escape (the parser reports those).
 */
export function unquote(lit: string): string | null {
  if (lit.startsWith('`')) {
    let out = '';
    for (const ch of lit.slice(1, -1).replace(/\r/g, '')) out += utf8Encode(ch.codePointAt(0)!);
    return out;
  }
  const body = lit.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length;) {
    const c = body[i];
    if (c !== '\\') {
      const cp = body.codePointAt(i)!;
      out += utf8Encode(cp);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const e = body[i + 1];
    i += 2;
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };
    if (e in simple) { out += simple[e]; continue; }
    if (e === 'x') { out += String.fromCharCode(parseInt(body.slice(i, i + 2), 16)); i += 2; continue; }
    if (e >= '0' && e <= '7') { out += String.fromCharCode(parseInt(body.slice(i - 1, i + 2), 8) & 255); i += 2; continue; }
    if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      out += utf8Encode(parseInt(body.slice(i, i + n), 16));
      i += n;
      continue;
    }
    return null;
  }
  return out;
}

/** The value of a rune literal: its code point (or the byte of a \x / octal escape). */
function runeLitValue(lit: string): bigint | null {
  const body = lit.slice(1, -1);
  if (body.startsWith('\\')) {
    const e = body[1];
    if (e === 'x' || (e >= '0' && e <= '7')) {
      const b = unquote(`"${body}"`);
      return b && b.length === 1 ? BigInt(b.charCodeAt(0)) : null;
    }
    if (e === 'u' || e === 'U') return BigInt(parseInt(body.slice(2), 16));
    const b = unquote(`"${body}"`);
    return b ? BigInt(b.charCodeAt(0)) : null;
  }
  const cp = body.codePointAt(0);
  return cp === undefined ? null : BigInt(cp);
}

export function fromLiteral(kind: 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING', text: string): ConstValue {
  switch (kind) {
    case 'INT': { const v = parseIntLit(text); return v === null ? unknownValue : intVal(v); }
    case 'FLOAT': { const r = parseFloatLit(text); return r ? ratVal(r.num, r.den) : unknownValue; }
    case 'IMAG': {
      const t = text.slice(0, -1);
      const r = parseIntLit(t) !== null && !/^0[0-7]/.test(t.replace(/_/g, '')) ? { num: parseIntLit(t)!, den: 1n } : parseFloatLit(t);
      return r ? mkComplex({ num: 0n, den: 1n }, r) : unknownValue;
    }
    case 'CHAR': { const v = runeLitValue(text); return v === null ? unknownValue : intVal(v); }
    case 'STRING': { const s = unquote(text); return s === null ? unknownValue : strVal(s); }
  }
}

// ---- conversions ---------------------------------------------------------------------------------

export function toFloat(v: ConstValue): ConstValue {
  const r = toRat(v);
  if (!r || (v.kind === 'complex' && sign(v.im) !== 0)) return unknownValue;
  return ratVal(r.num, r.den);
}
export function toComplex(v: ConstValue): ConstValue {
  const p = complexParts(v);
  return p ? mkComplex(p[0], p[1]) : unknownValue;
}
export function toInt(v: ConstValue): ConstValue {
  const i = toIntValue(v);
  return i === null ? unknownValue : intVal(i);
}

function bitLen(n: bigint): number { return n === 0n ? 0 : n.toString(2).length; }

/** The nearest float64 to num/den (round half to even). */
export function ratToNumber(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const neg = num < 0n;
  const n = neg ? -num : num;
  const s = 66 - (bitLen(n) - bitLen(den));
  let q: bigint, r: bigint;
  if (s >= 0) { const nn = n << BigInt(s); q = nn / den; r = nn % den; } else { const dd = den << BigInt(-s); q = n / dd; r = n % dd; }
  if (r !== 0n) q |= 1n;
  let x = Number(q);
  let e = -s;
  while (e > 0 && Number.isFinite(x)) { const k = Math.min(e, 1000); x *= 2 ** k; e -= k; }
  while (e < 0 && x !== 0) { const k = Math.max(e, -1000); x *= 2 ** k; e -= k; }
  return neg ? -x : x;
}

/** The exact rational value of a finite float64. */
export function numberToRat(x: number): ConstValue {
  if (Number.isInteger(x)) return ratVal(BigInt(x), 1n);
  let den = 1n;
  let m = x;
  let k = 0;
  while (!Number.isInteger(m) && k < 1100) { m *= 2; k++; }
  den = 2n ** BigInt(k);
  return ratVal(BigInt(m), den);
}

export function toNumber(v: ConstValue): number {
  const r = toRat(v);
  return r ? ratToNumber(r.num, r.den) : NaN;
}

const intRanges: Partial<Record<BasicKind, [bigint, bigint]>> = {
  int8: [-(2n ** 7n), 2n ** 7n - 1n], int16: [-(2n ** 15n), 2n ** 15n - 1n], int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n], int: [-(2n ** 63n), 2n ** 63n - 1n],
  uint8: [0n, 2n ** 8n - 1n], uint16: [0n, 2n ** 16n - 1n], uint32: [0n, 2n ** 32n - 1n],
  uint64: [0n, 2n ** 64n - 1n], uint: [0n, 2n ** 64n - 1n], uintptr: [0n, 2n ** 64n - 1n],
};

export function intRange(k: BasicKind): [bigint, bigint] | undefined { return intRanges[k]; }

function roundFloat(r: Rat, k: 'float32' | 'float64'): ConstValue | null {
  let x = ratToNumber(r.num, r.den);
  if (k === 'float32') x = Math.fround(x);
  if (!Number.isFinite(x)) return null;
  return numberToRat(x);
}

/**
 * https://go.dev/ref/spec#Representability — the value `v` converted (and rounded) to basic kind
 * `k`, or null if it is not representable. Untyped kinds accept any value of a compatible class.
 */
export function representable(v: ConstValue, k: BasicKind): ConstValue | null {
  if (v.kind === 'unknown') return v;
  switch (k) {
    case 'bool': case 'untyped bool': return v.kind === 'bool' ? v : null;
    case 'string': case 'untyped string': return v.kind === 'string' ? v : null;
    case 'untyped int': case 'untyped rune': {
      const i = isNumericValue(v) ? toIntValue(v) : null;
      return i === null ? null : intVal(i);
    }
    case 'float32': case 'float64': {
      if (!isNumericValue(v)) return null;
      if (v.kind === 'complex' && sign(v.im) !== 0) return null;
      return roundFloat(toRat(v)!, k);
    }
    case 'untyped float': {
      if (!isNumericValue(v) || (v.kind === 'complex' && sign(v.im) !== 0)) return null;
      return toFloat(v);
    }
    case 'complex64': case 'complex128': {
      const p = isNumericValue(v) ? complexParts(v) : null;
      if (!p) return null;
      const f = k === 'complex64' ? 'float32' : 'float64';
      const re = roundFloat(p[0], f), im = roundFloat(p[1], f);
      return re && im ? { kind: 'complex', re, im } : null;
    }
    case 'untyped complex': return isNumericValue(v) ? toComplex(v) : null;
    default: {
      const range = intRanges[k];
      if (!range || !isNumericValue(v)) return null;
      const i = toIntValue(v);
      if (i === null || i < range[0] || i > range[1]) return null;
      return intVal(i);
    }
  }
}

// ---- operations ----------------------------------------------------------------------------------

type Class = 0 | 1 | 2; // int, float, complex
function cls(v: ConstValue): Class { return v.kind === 'int' ? 0 : v.kind === 'float' ? 1 : 2; }

export function unaryOp(op: string, v: ConstValue, unsignedBits = 0): ConstValue {
  if (v.kind === 'unknown') return v;
  switch (op) {
    case '+': return v;
    case '-':
      if (v.kind === 'int') return intVal(-v.value);
      if (v.kind === 'float') return ratVal(-v.num, v.den);
      if (v.kind === 'complex') return { kind: 'complex', re: unaryOp('-', v.re), im: unaryOp('-', v.im) };
      return unknownValue;
    case '^':
      if (v.kind !== 'int') return unknownValue;
      if (unsignedBits > 0) return intVal(v.value ^ (2n ** BigInt(unsignedBits) - 1n));
      return intVal(-v.value - 1n);
    case '!': return v.kind === 'bool' ? boolVal(!v.value) : unknownValue;
  }
  return unknownValue;
}

function ratOp(a: Rat, op: string, b: Rat): ConstValue {
  switch (op) {
    case '+': return ratVal(a.num * b.den + b.num * a.den, a.den * b.den);
    case '-': return ratVal(a.num * b.den - b.num * a.den, a.den * b.den);
    case '*': return ratVal(a.num * b.num, a.den * b.den);
    case '/': return b.num === 0n ? unknownValue : ratVal(a.num * b.den, a.den * b.num);
  }
  return unknownValue;
}

/** x op y for two constants of compatible classes; `intDiv` selects truncated integer division. */
export function binaryOp(x: ConstValue, op: string, y: ConstValue, intDiv = false): ConstValue {
  if (x.kind === 'unknown' || y.kind === 'unknown') return unknownValue;
  if (x.kind === 'bool' && y.kind === 'bool') {
    if (op === '&&') return boolVal(x.value && y.value);
    if (op === '||') return boolVal(x.value || y.value);
    return unknownValue;
  }
  if (x.kind === 'string' && y.kind === 'string') return op === '+' ? strVal(x.value + y.value) : unknownValue;
  if (!isNumericValue(x) || !isNumericValue(y)) return unknownValue;
  const c = Math.max(cls(x), cls(y));
  if (c === 0 || (intDiv && toIntValue(x) !== null && toIntValue(y) !== null && (op === '/' || op === '%'))) {
    const a = toIntValue(x), b = toIntValue(y);
    if (a === null || b === null) return unknownValue;
    switch (op) {
      case '+': return intVal(a + b);
      case '-': return intVal(a - b);
      case '*': return intVal(a * b);
      case '/': return b === 0n ? unknownValue : intDiv ? intVal(a / b) : ratVal(a, b);
      case '%': return b === 0n ? unknownValue : intVal(a % b);
      case '&': return intVal(a & b);
      case '|': return intVal(a | b);
      case '^': return intVal(a ^ b);
      case '&^': return intVal(a & ~b);
    }
    return unknownValue;
  }
  if (c === 1) return ratOp(toRat(x)!, op, toRat(y)!);
  const [ar, ai] = complexParts(x)!, [br, bi] = complexParts(y)!;
  const add = (p: Rat, q: Rat) => toRat(ratOp(p, '+', q))!;
  const sub = (p: Rat, q: Rat) => toRat(ratOp(p, '-', q))!;
  const mul = (p: Rat, q: Rat) => toRat(ratOp(p, '*', q))!;
  switch (op) {
    case '+': return mkComplex(add(ar, br), add(ai, bi));
    case '-': return mkComplex(sub(ar, br), sub(ai, bi));
    case '*': return mkComplex(sub(mul(ar, br), mul(ai, bi)), add(mul(ar, bi), mul(ai, br)));
    case '/': {
      const d = add(mul(br, br), mul(bi, bi));
      if (d.num === 0n) return unknownValue;
      const re = add(mul(ar, br), mul(ai, bi)), im = sub(mul(ai, br), mul(ar, bi));
      return mkComplex(toRat(ratOp(re, '/', d))!, toRat(ratOp(im, '/', d))!);
    }
  }
  return unknownValue;
}

export function shift(x: ConstValue, op: '<<' | '>>', s: number): ConstValue {
  const i = toIntValue(x);
  if (i === null) return unknownValue;
  return intVal(op === '<<' ? i << BigInt(s) : i >> BigInt(s));
}

export function compare(x: ConstValue, op: string, y: ConstValue): boolean {
  let c: number;
  if (x.kind === 'bool' && y.kind === 'bool') c = x.value === y.value ? 0 : 1;
  else if (x.kind === 'string' && y.kind === 'string') c = x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
  else if (x.kind === 'complex' || y.kind === 'complex') {
    const a = complexParts(x), b = complexParts(y);
    if (!a || !b) return false;
    const eq = a[0].num * b[0].den === b[0].num * a[0].den && a[1].num * b[1].den === b[1].num * a[1].den;
    c = eq ? 0 : 1;
  } else {
    const a = toRat(x), b = toRat(y);
    if (!a || !b) return false;
    const d = a.num * b.den - b.num * a.den;
    c = d < 0n ? -1 : d > 0n ? 1 : 0;
  }
  switch (op) {
    case '==': return c === 0;
    case '!=': return c !== 0;
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
  }
  return false;
}

// ---- printing ------------------------------------------------------------------------------------

/** Go's %.6g. */
export function formatG6(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : x < 0 ? '-Inf' : 'NaN';
  const [mant, expS] = x.toExponential(5).split('e');
  const exp = Number(expS);
  if (exp < -4 || exp >= 6) {
    const m = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const f = x.toFixed(Math.max(0, 5 - exp));
  return f.includes('.') ? f.replace(/0+$/, '').replace(/\.$/, '') : f;
}

/** strconv.Quote of a byte string. */
export function quoteBytes(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length;) {
    const b = s.charCodeAt(i);
    let cp = -1, n = 1;
    if (b < 0x80) cp = b;
    else if (b >= 0xc2 && b < 0xe0 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xc0) === 0x80) { cp = ((b & 31) << 6) | (s.charCodeAt(i + 1) & 63); n = 2; }
    else if (b >= 0xe0 && b < 0xf0 && i + 2 < s.length && (s.charCodeAt(i + 1) & 0xc0) === 0x80 && (s.charCodeAt(i + 2) & 0xc0) === 0x80) {
      cp = ((b & 15) << 12) | ((s.charCodeAt(i + 1) & 63) << 6) | (s.charCodeAt(i + 2) & 63); n = 3;
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) { cp = -1; n = 1; }
    } else if (b >= 0xf0 && b < 0xf5 && i + 3 < s.length) {
      cp = ((b & 7) << 18) | ((s.charCodeAt(i + 1) & 63) << 12) | ((s.charCodeAt(i + 2) & 63) << 6) | (s.charCodeAt(i + 3) & 63); n = 4;
      if (cp < 0x10000 || cp > 0x10ffff) { cp = -1; n = 1; }
    }
    i += n;
    if (cp < 0) { out += '\\x' + b.toString(16).padStart(2, '0'); continue; }
    const esc: Record<number, string> = { 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v', 34: '\\"', 92: '\\\\' };
    if (esc[cp]) out += esc[cp];
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else out += String.fromCodePoint(cp);
  }
  return out + '"';
}

/** go/constant's Value.String(): how constants appear in error messages. */
export function constString(v: ConstValue): string {
  switch (v.kind) {
    case 'bool': return String(v.value);
    case 'int': return v.value.toString();
    case 'string': {
      const q = quoteBytes(v.value);
      const chars = [...q];
      return chars.length > 72 ? chars.slice(0, 69).join('') + '...' : q;
    }
    case 'float': {
      const x = ratToNumber(v.num, v.den);
      let s = formatG6(x);
      if (v.den !== 1n && !s.includes('.')) s = String(x);
      return s;
    }
    case 'complex': return `(${constString(v.re)} + ${constString(v.im)}i)`;
    case 'unknown': return 'unknown';
  }
}
