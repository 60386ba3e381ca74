/**
 * This file implements UTF-8 over the VM's byte strings (one byte per UTF-16 code unit, see
 * vm/values.ts), exactly as /usr/local/go/src/unicode/utf8/utf8.go: invalid or short encodings,
 * surrogates and overlong forms decode as (RuneError, 1); invalid runes encode as RuneError.
 */

export const RuneError = 0xfffd;
export const MaxRune = 0x10ffff;

/** Decodes the rune starting at byte i of s: [rune, size]; (RuneError, 0) at the end. */
export function decodeRune(s: string, i: number): [number, number] {
  const n = s.length - i;
  if (n < 1) return [RuneError, 0];
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return [b0, 1];
  if (b0 < 0xc2 || b0 > 0xf4) return [RuneError, 1];
  if (b0 < 0xe0) {
    if (n < 2) return [RuneError, 1];
    const b1 = s.charCodeAt(i + 1);
    if ((b1 & 0xc0) !== 0x80) return [RuneError, 1];
    return [((b0 & 0x1f) << 6) | (b1 & 0x3f), 2];
  }
  if (b0 < 0xf0) {
    if (n < 2) return [RuneError, 1];
    const b1 = s.charCodeAt(i + 1);
    const lo = b0 === 0xe0 ? 0xa0 : 0x80, hi = b0 === 0xed ? 0x9f : 0xbf;
    if (b1 < lo || b1 > hi) return [RuneError, 1];
    if (n < 3) return [RuneError, 1];
    const b2 = s.charCodeAt(i + 2);
    if ((b2 & 0xc0) !== 0x80) return [RuneError, 1];
    return [((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f), 3];
  }
  if (n < 2) return [RuneError, 1];
  const b1 = s.charCodeAt(i + 1);
  const lo = b0 === 0xf0 ? 0x90 : 0x80, hi = b0 === 0xf4 ? 0x8f : 0xbf;
  if (b1 < lo || b1 > hi) return [RuneError, 1];
  if (n < 3) return [RuneError, 1];
  const b2 = s.charCodeAt(i + 2);
  if ((b2 & 0xc0) !== 0x80) return [RuneError, 1];
  if (n < 4) return [RuneError, 1];
  const b3 = s.charCodeAt(i + 3);
  if ((b3 & 0xc0) !== 0x80) return [RuneError, 1];
  return [((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f), 4];
}

/** Decodes the last rune of s[0:end]: [rune, size]. */
export function decodeLastRune(s: string, end: number = s.length): [number, number] {
  if (end === 0) return [RuneError, 0];
  const start0 = end - 1;
  const b = s.charCodeAt(start0);
  if (b < 0x80) return [b, 1];
  const lim = Math.max(end - 4, 0);
  let start = start0 - 1;
  for (; start >= lim; start--) {
    if ((s.charCodeAt(start) & 0xc0) !== 0x80) break;
  }
  if (start < 0) start = 0;
  const [r, size] = decodeRune(s.slice(0, end), start);
  if (start + size !== end) return [RuneError, 1];
  return [r, size];
}

/** The UTF-8 encoding of r as a byte string (RuneError's for surrogates and out-of-range runes). */
export function encodeRune(r: number): string {
  if (r >= 0 && r < 0x80) return String.fromCharCode(r);
  if (r < 0 || r > MaxRune || (r >= 0xd800 && r <= 0xdfff)) r = RuneError;
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

export function runeLen(r: number): number {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xd800 && r <= 0xdfff) return -1;
  if (r < 0x10000) return 3;
  if (r <= MaxRune) return 4;
  return -1;
}

export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) {
    const c = s.charCodeAt(i);
    i += c < 0x80 ? 1 : decodeRune(s, i)[1];
  }
  return n;
}

export function validString(s: string): boolean {
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c < 0x80) { i++; continue; }
    const [r, size] = decodeRune(s, i);
    if (r === RuneError && size === 1) return false;
    i += size;
  }
  return true;
}

export function fullRune(s: string): boolean {
  if (s.length === 0) return false;
  const [r, size] = decodeRune(s, 0);
  if (!(r === RuneError && size === 1)) return true;
  // a short but so far valid prefix is not a full rune
  const b0 = s.charCodeAt(0);
  const need = b0 >= 0xf0 && b0 <= 0xf4 ? 4 : b0 >= 0xe0 && b0 < 0xf0 ? 3 : b0 >= 0xc2 && b0 < 0xe0 ? 2 : 1;
  if (s.length >= need) return true;
  // check that the available continuation bytes are valid so far
  for (let k = 1; k < s.length; k++) {
    const b = s.charCodeAt(k);
    if (k === 1) {
      const lo = b0 === 0xe0 ? 0xa0 : b0 === 0xf0 ? 0x90 : 0x80;
      const hi = b0 === 0xed ? 0x9f : b0 === 0xf4 ? 0x8f : 0xbf;
      if (b < lo || b > hi) return true;
    } else if ((b & 0xc0) !== 0x80) return true;
  }
  return false;
}

/** Converts a JS (UTF-16) string to a Go byte string. */
export function toBytes(js: string): string {
  let out = '';
  for (const ch of js) out += encodeRune(ch.codePointAt(0)!);
  return out;
}

/** Converts a Go byte string to a JS string (invalid bytes become U+FFFD), for tests and views. */
export function fromBytes(s: string): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    const [r, size] = decodeRune(s, i);
    out += String.fromCodePoint(r);
    i += size;
  }
  return out;
}
