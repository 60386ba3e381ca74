/**
 * This file implements the runtime's string operations on byte strings (vm/values.ts: a Go string
 * is a JS string of code units 0..255, one per byte), modelled on runtime/string.go
 * (concatstrings, slicebytetostring, stringtoslicebyte, stringtoslicerune, slicerunetostring,
 * intstring) and runtime/utf8.go (decoderune, encoderune).
 * https://go.dev/ref/spec#Conversions_to_and_from_a_string_type, #For_range (strings)
 *
 * Invariants:
 * - every string produced here contains only code units <= 0xff;
 * - decoding follows unicode/utf8: an invalid or truncated sequence, a surrogate half or an
 *   overlong encoding decodes as U+FFFD with width 1; encoding an invalid rune (negative,
 *   > 0x10FFFF, surrogate) yields "\xEF\xBF\xBD" (U+FFFD).
 */

import { Slice } from '../vm/values';
import { roundupsize } from './sizes';

/** The capacity `[]byte(s)` gets (see stringtoslicebyte). */
export function bytesCap(len: number, escapes: boolean): number {
  return escapes && len > 0 ? roundupsize(len, true) : len;
}

export const runeError = 0xfffd;
export const maxRune = 0x10ffff;

/** The UTF-8 bytes of rune r (invalid runes → U+FFFD), as a byte string. */
export function encodeRune(r: number): string {
  if (r < 0 || r > maxRune || (r >= 0xd800 && r <= 0xdfff)) r = runeError;
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

/**
 * Decode the rune starting at byte i of s (runtime decoderune / utf8.DecodeRuneInString).
 * Returns [rune, width]; invalid → [0xFFFD, 1]. i must be < s.length.
 */
export function decodeRune(s: string, i: number): [number, number] {
  const n = s.length;
  const c0 = s.charCodeAt(i);
  if (c0 < 0x80) return [c0, 1];
  const cont = (k: number): number => {
    if (i + k >= n) return -1;
    const c = s.charCodeAt(i + k);
    return (c & 0xc0) === 0x80 ? c & 0x3f : -1;
  };
  if (c0 >= 0xc2 && c0 <= 0xdf) {
    const c1 = cont(1);
    return c1 < 0 ? [runeError, 1] : [((c0 & 0x1f) << 6) | c1, 2];
  }
  if (c0 >= 0xe0 && c0 <= 0xef) {
    const c1 = cont(1);
    if (c1 < 0) return [runeError, 1];
    const b1 = s.charCodeAt(i + 1);
    if ((c0 === 0xe0 && b1 < 0xa0) || (c0 === 0xed && b1 > 0x9f)) return [runeError, 1]; // overlong / surrogate
    const c2 = cont(2);
    if (c2 < 0) return [runeError, 1];
    return [((c0 & 0x0f) << 12) | (c1 << 6) | c2, 3];
  }
  if (c0 >= 0xf0 && c0 <= 0xf4) {
    const c1 = cont(1);
    if (c1 < 0) return [runeError, 1];
    const b1 = s.charCodeAt(i + 1);
    if ((c0 === 0xf0 && b1 < 0x90) || (c0 === 0xf4 && b1 > 0x8f)) return [runeError, 1];
    const c2 = cont(2);
    if (c2 < 0) return [runeError, 1];
    const c3 = cont(3);
    if (c3 < 0) return [runeError, 1];
    return [((c0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3, 4];
  }
  return [runeError, 1];
}

/** `for i, r := range s`: the [index, rune] pairs. (The compiler may also call decodeRune directly.) */
export function rangeString(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < s.length;) {
    const [r, w] = decodeRune(s, i);
    out.push([i, r]);
    i += w;
  }
  return out;
}

/** Number of runes (utf8.RuneCountInString). */
export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) i += decodeRune(s, i)[1];
  return n;
}

/** `string(r)` for an integer r of any integer type (intstring): invalid → "\uFFFD". */
export function intstring(r: number | bigint): string {
  if (typeof r === 'bigint') return encodeRune(runeError);
  return encodeRune(r);
}

/** `string(b)` for b []byte */
export function slicebytetostring(b: Slice<number> | null): string {
  if (b === null || b.len === 0) return '';
  let out = '';
  const CH = 8192;
  for (let i = 0; i < b.len; i += CH) {
    out += String.fromCharCode(...b.arr.slice(b.off + i, b.off + Math.min(b.len, i + CH)));
  }
  return out;
}

/**
 * `[]byte(s)`: a new array of capacity `cap`. Recorded from Go 1.26: a result that escapes gets
 * cap = roundupsize(len) (rawbyteslice: 3 → 8, 33 → 48); a non-escaping one gets cap = len. Use
 * `bytesCap(len, escapes)`.
 */
export function stringtoslicebyte(s: string, cap = s.length): Slice<number> {
  const arr = new Array<number>(cap);
  for (let i = 0; i < s.length; i++) arr[i] = s.charCodeAt(i);
  for (let i = s.length; i < cap; i++) arr[i] = 0;
  return new Slice(arr, 0, s.length, cap);
}

/** `[]rune(s)` */
export function stringtoslicerune(s: string): Slice<number> {
  const arr: number[] = [];
  for (let i = 0; i < s.length;) {
    const [r, w] = decodeRune(s, i);
    arr.push(r);
    i += w;
  }
  return new Slice(arr, 0, arr.length, arr.length);
}

/** `string(rs)` for rs []rune */
export function slicerunetostring(rs: Slice<number> | null): string {
  if (rs === null) return '';
  let out = '';
  for (let i = 0; i < rs.len; i++) out += encodeRune(rs.arr[rs.off + i]);
  return out;
}

/** `a + b + …` (concatstrings) */
export function concatstrings(parts: readonly string[]): string {
  return parts.join('');
}

/** A JS (UTF-16) string from a Go byte string, decoding UTF-8 (invalid bytes → U+FFFD), for output events. */
export function bytesToText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    const [r, w] = decodeRune(s, i);
    out += String.fromCodePoint(r);
    i += w;
  }
  return out;
}

/** The Go byte string of a JS (UTF-16) string: UTF-8 encode (source literals, test helpers). */
export function textToBytes(t: string): string {
  let out = '';
  for (const ch of t) out += encodeRune(ch.codePointAt(0) as number);
  return out;
}
