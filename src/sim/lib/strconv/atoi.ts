/**
 * This file implements strconv's number parsing (/usr/local/go/src/internal/strconv/{atoi,atof}.go):
 * ParseUint/ParseInt (base prefixes for base 0, underscores only with base 0, clamped values on
 * range errors) and ParseFloat (syntax as Go's readFloat: decimal and hex mantissas, inf/nan,
 * underscores; values correctly rounded by the JS engine's decimal parser).
 * Results are [value, code] with code 0 ok, 1 syntax, 2 range, 3 base, 4 bitSize (the Go stub
 * in types/stdlib/strconv.ts turns codes into *NumError values).
 */
import type { Int64 } from '../../vm/values';
import { canon } from '../goval';

export const OK = 0, SYNTAX = 1, RANGE = 2, BASE = 3, BITSIZE = 4;

const lower = (c: number): number => c | 0x20;

function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && (lower(s.charCodeAt(1)) === 0x62 || lower(s.charCodeAt(1)) === 0x6f || lower(s.charCodeAt(1)) === 0x78)) {
    i = 2;
    saw = '0';
    hex = lower(s.charCodeAt(1)) === 0x78;
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (hex && lower(c) >= 0x61 && lower(c) <= 0x66)) { saw = '0'; continue; }
    if (c === 0x5f) {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

export function parseUint(s: string, base: number, bitSize: number): [bigint, number] {
  if (s === '') return [0n, SYNTAX];
  const base0 = base === 0;
  const s0 = s;
  if (base >= 2 && base <= 36) { /* ok */ } else if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      const c1 = s.length >= 3 ? lower(s.charCodeAt(1)) : 0;
      if (c1 === 0x62) { base = 2; s = s.slice(2); }
      else if (c1 === 0x6f) { base = 8; s = s.slice(2); }
      else if (c1 === 0x78) { base = 16; s = s.slice(2); }
      else { base = 8; s = s.slice(1); }
    }
  } else return [0n, BASE];
  if (bitSize === 0) bitSize = 64;
  else if (bitSize < 0 || bitSize > 64) return [0n, BITSIZE];
  const maxVal = (1n << BigInt(bitSize)) - 1n;
  const B = BigInt(base);
  let underscores = false;
  let n = 0n;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c === 0x5f && base0) { underscores = true; continue; }
    else if (c >= 0x30 && c <= 0x39) d = c - 0x30;
    else if (lower(c) >= 0x61 && lower(c) <= 0x7a) d = lower(c) - 0x61 + 10;
    else return [0n, SYNTAX];
    if (d >= base) return [0n, SYNTAX];
    n = n * B + BigInt(d);
    if (n > maxVal) return [maxVal, RANGE];
  }
  if (underscores && !underscoreOK(s0)) return [0n, SYNTAX];
  return [n, OK];
}

export function parseInt(s: string, base: number, bitSize: number): [bigint, number] {
  if (s === '') return [0n, SYNTAX];
  let neg = false;
  let t = s;
  if (s[0] === '+') t = s.slice(1);
  else if (s[0] === '-') { neg = true; t = s.slice(1); }
  const [un, code] = parseUint(t, base, bitSize);
  if (code !== OK && code !== RANGE) return [0n, code];
  if (bitSize === 0) bitSize = 64;
  const cutoff = 1n << BigInt(bitSize - 1);
  if (!neg && un >= cutoff) return [cutoff - 1n, RANGE];
  if (neg && un > cutoff) return [-cutoff, RANGE];
  return [neg ? -un : un, OK];
}

/** special(s): inf/infinity/nan with optional sign, case-insensitive: [value, n] or null. */
function special(s: string): [number, number] | null {
  if (s.length === 0) return null;
  let sign = 1, nsign = 0, t = s;
  const c = s[0];
  if (c === '+' || c === '-') {
    if (c === '-') sign = -1;
    nsign = 1;
    t = s.slice(1);
  }
  if (c === '+' || c === '-' || c === 'i' || c === 'I') {
    let n = commonPrefixLenIgnoreCase(t, 'infinity');
    if (3 < n && n < 8) n = 3;
    if (n === 3 || n === 8) return [sign * Infinity, nsign + n];
  } else if (c === 'n' || c === 'N') {
    if (commonPrefixLenIgnoreCase(t, 'nan') === 3) return [NaN, 3];
  }
  return null;
}

function commonPrefixLenIgnoreCase(s: string, prefix: string): number {
  const n = Math.min(prefix.length, s.length);
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== prefix.charCodeAt(i)) return i;
  }
  return n;
}

/** readFloat's syntax check: the length of the valid float prefix, or -1. Also the parts. */
function readFloat(s: string): { n: number; hex: boolean; neg: boolean } | null {
  let i = 0;
  let underscores = false;
  let neg = false;
  if (i >= s.length) return null;
  if (s[i] === '+') i++;
  else if (s[i] === '-') { i++; neg = true; }
  let hex = false;
  if (i + 2 < s.length && s[i] === '0' && lower(s.charCodeAt(i + 1)) === 0x78) { i += 2; hex = true; }
  let sawdot = false, sawdigits = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) { underscores = true; continue; }
    if (c === 0x2e) { if (sawdot) break; sawdot = true; continue; }
    if (c >= 0x30 && c <= 0x39) { sawdigits = true; continue; }
    if (hex && lower(c) >= 0x61 && lower(c) <= 0x66) { sawdigits = true; continue; }
    break;
  }
  if (!sawdigits) return null;
  const expChar = hex ? 0x70 : 0x65;
  if (i < s.length && lower(s.charCodeAt(i)) === expChar) {
    i++;
    if (i >= s.length) return null;
    if (s[i] === '+' || s[i] === '-') i++;
    if (i >= s.length || s.charCodeAt(i) < 0x30 || s.charCodeAt(i) > 0x39) return null;
    for (; i < s.length && ((s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) || s[i] === '_'); i++) {
      if (s[i] === '_') underscores = true;
    }
  } else if (hex) return null;
  if (underscores && !underscoreOK(s.slice(0, i))) return null;
  return { n: i, hex, neg };
}

function hexValue(s: string, neg: boolean): number {
  // s: [sign] 0x mantissa p exp, underscores removed
  let t = s.replace(/^[+-]/, '').slice(2);
  const p = t.search(/[pP]/);
  const e = Number(t.slice(p + 1));
  t = t.slice(0, p);
  const dot = t.indexOf('.');
  let frac = 0;
  if (dot >= 0) { frac = t.length - dot - 1; t = t.slice(0, dot) + t.slice(dot + 1); }
  const m = t === '' ? 0n : BigInt('0x' + t);
  const exp = e - 4 * frac;
  if (m === 0n) return neg ? -0 : 0;
  // value = m × 2^exp: Number(m) rounds m once (exact below 2^53); scaling by powers of two is
  // exact in the normal range (split in two steps so each factor is representable).
  const h = Math.trunc(exp / 2);
  const v = Number(m) * 2 ** h * 2 ** (exp - h);
  return neg ? -v : v;
}

export function parseFloat(s: string, bitSize: number): [number, number] {
  const sp = special(s);
  if (sp !== null) {
    if (sp[1] !== s.length) return [0, SYNTAX];
    return [sp[0], OK];
  }
  const r = readFloat(s);
  if (r === null || r.n !== s.length) return [0, SYNTAX];
  const clean = s.replace(/_/g, '');
  let v = r.hex ? hexValue(clean, r.neg) : Number(clean);
  if (bitSize === 32) v = Math.fround(v);
  if (!Number.isFinite(v)) return [v, RANGE];
  return [v, OK];
}

/** Canonical Int64 of a parse result. */
export function toInt64(b: bigint): Int64 { return canon(b); }
