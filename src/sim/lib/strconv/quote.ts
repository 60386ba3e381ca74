/**
 * This file implements strconv's quoting (/usr/local/go/src/strconv/quote.go): Quote, QuoteToASCII,
 * QuoteToGraphic, QuoteRune*, CanBackquote, IsPrint, IsGraphic, Unquote, UnquoteChar, QuotedPrefix.
 * Strings are the VM's byte strings; invalid UTF-8 bytes are quoted as \xNN, as in Go.
 */
import { runeIs } from '../unicodeutil';
import { decodeRune, encodeRune, RuneError, validString } from '../utf8util';

const lowerhex = '0123456789abcdef';

function validRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= 0x10ffff);
}

export function isPrint(r: number): boolean {
  if (r >= 0x20 && r < 0x7f) return true;
  if (r < 0x80) return false;
  return runeIs('strconvIsPrint', r);
}

export function isGraphic(r: number): boolean {
  if (isPrint(r)) return true;
  return runeIs('strconvIsGraphic', r);
}

function hex(v: number, n: number): string {
  let s = '';
  for (let k = n - 1; k >= 0; k--) s += lowerhex[(v >>> (4 * k)) & 0xf];
  return s;
}

function escapedRune(r: number, quote: number, asciiOnly: boolean, graphicOnly: boolean): string {
  if (r === quote || r === 0x5c) return '\\' + encodeRune(r);
  if (asciiOnly) {
    if (r < 0x80 && isPrint(r)) return String.fromCharCode(r);
  } else if (isPrint(r) || (graphicOnly && isGraphic(r))) {
    return encodeRune(r);
  }
  switch (r) {
    case 7: return '\\a';
    case 8: return '\\b';
    case 12: return '\\f';
    case 10: return '\\n';
    case 13: return '\\r';
    case 9: return '\\t';
    case 11: return '\\v';
  }
  if (r < 0x20 || r === 0x7f) return '\\x' + hex(r, 2);
  if (!validRune(r)) r = 0xfffd;
  if (r < 0x10000) return '\\u' + hex(r, 4);
  return '\\U' + hex(r, 8);
}

export function quoteWith(s: string, quote: number, asciiOnly: boolean, graphicOnly: boolean): string {
  let out = String.fromCharCode(quote);
  for (let i = 0; i < s.length;) {
    let r = s.charCodeAt(i);
    let width = 1;
    if (r >= 0x80) [r, width] = decodeRune(s, i);
    if (width === 1 && r === RuneError) {
      const b = s.charCodeAt(i);
      out += '\\x' + lowerhex[b >> 4] + lowerhex[b & 0xf];
      i++;
      continue;
    }
    out += escapedRune(r, quote, asciiOnly, graphicOnly);
    i += width;
  }
  return out + String.fromCharCode(quote);
}

export function quoteRuneWith(r: number, quote: number, asciiOnly: boolean, graphicOnly: boolean): string {
  if (!validRune(r)) r = RuneError;
  const q = String.fromCharCode(quote);
  return q + escapedRune(r, quote, asciiOnly, graphicOnly) + q;
}

export const quote = (s: string): string => quoteWith(s, 0x22, false, false);
export const quoteToASCII = (s: string): string => quoteWith(s, 0x22, true, false);
export const quoteToGraphic = (s: string): string => quoteWith(s, 0x22, false, true);
export const quoteRune = (r: number): string => quoteRuneWith(r, 0x27, false, false);
export const quoteRuneToASCII = (r: number): string => quoteRuneWith(r, 0x27, true, false);
export const quoteRuneToGraphic = (r: number): string => quoteRuneWith(r, 0x27, false, true);

export function canBackquote(s: string): boolean {
  for (let i = 0; i < s.length;) {
    const [r, wid] = decodeRune(s, i);
    i += wid;
    if (wid > 1) {
      if (r === 0xfeff) return false;
      continue;
    }
    if (r === RuneError) return false;
    if ((r < 0x20 && r !== 9) || r === 0x60 || r === 0x7f) return false;
  }
  return true;
}

function unhex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** strconv.UnquoteChar; null on syntax error. */
export function unquoteChar(s: string, quote: number): { value: number; multibyte: boolean; tail: string } | null {
  if (s.length === 0) return null;
  const c0 = s.charCodeAt(0);
  if (c0 === quote && (quote === 0x27 || quote === 0x22)) return null;
  if (c0 >= 0x80) {
    const [r, size] = decodeRune(s, 0);
    return { value: r, multibyte: true, tail: s.slice(size) };
  }
  if (c0 !== 0x5c) return { value: c0, multibyte: false, tail: s.slice(1) };
  if (s.length <= 1) return null;
  const c = s.charCodeAt(1);
  s = s.slice(2);
  let value: number;
  let multibyte = false;
  switch (c) {
    case 0x61: value = 7; break;
    case 0x62: value = 8; break;
    case 0x66: value = 12; break;
    case 0x6e: value = 10; break;
    case 0x72: value = 13; break;
    case 0x74: value = 9; break;
    case 0x76: value = 11; break;
    case 0x78: case 0x75: case 0x55: {
      const n = c === 0x78 ? 2 : c === 0x75 ? 4 : 8;
      if (s.length < n) return null;
      let v = 0;
      for (let j = 0; j < n; j++) {
        const x = unhex(s.charCodeAt(j));
        if (x < 0) return null;
        v = v * 16 + x;
      }
      s = s.slice(n);
      if (c === 0x78) { value = v; break; }
      if (!validRune(v)) return null;
      value = v;
      multibyte = true;
      break;
    }
    case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: {
      let v = c - 0x30;
      if (s.length < 2) return null;
      for (let j = 0; j < 2; j++) {
        const x = s.charCodeAt(j) - 0x30;
        if (x < 0 || x > 7) return null;
        v = (v << 3) | x;
      }
      s = s.slice(2);
      if (v > 255) return null;
      value = v;
      break;
    }
    case 0x5c: value = 0x5c; break;
    case 0x27: case 0x22:
      if (c !== quote) return null;
      value = c;
      break;
    default:
      return null;
  }
  return { value, multibyte, tail: s };
}

/** strconv's unquote(in, unescape): [out, rest] or null on syntax error. */
export function unquoteRaw(inp: string, unescape: boolean): [string, string] | null {
  if (inp.length < 2) return null;
  const q = inp.charCodeAt(0);
  let end = inp.indexOf(String.fromCharCode(q), 1);
  if (end < 0) return null;
  end += 1;
  if (q === 0x60) {
    let out: string;
    if (!unescape) out = inp.slice(0, end);
    else out = inp.slice(1, end - 1).split('\r').join('');
    return [out, inp.slice(end)];
  }
  if (q !== 0x22 && q !== 0x27) return null;
  const head = inp.slice(0, end);
  if (!head.includes('\\') && !head.includes('\n')) {
    let valid: boolean;
    if (q === 0x22) valid = validString(inp.slice(1, end - 1));
    else {
      const body = inp.slice(1, end - 1);
      const [r, n] = decodeRune(body, 0);
      valid = 1 + n + 1 === end && (r !== RuneError || n !== 1);
    }
    if (valid) return [unescape ? inp.slice(1, end - 1) : head, inp.slice(end)];
  }
  const in0 = inp;
  let rest = inp.slice(1);
  let buf = '';
  while (rest.length > 0 && rest.charCodeAt(0) !== q) {
    const u = unquoteChar(rest, q);
    if (rest.charCodeAt(0) === 10 || u === null) return null;
    rest = u.tail;
    if (unescape) buf += u.value < 0x80 || !u.multibyte ? String.fromCharCode(u.value & 0xff) : encodeRune(u.value);
    if (q === 0x27) break;
  }
  if (!(rest.length > 0 && rest.charCodeAt(0) === q)) return null;
  rest = rest.slice(1);
  if (unescape) return [buf, rest];
  return [in0.slice(0, in0.length - rest.length), rest];
}

export function unquote(s: string): string | null {
  const r = unquoteRaw(s, true);
  if (r === null || r[1].length > 0) return null;
  return r[0];
}

export function quotedPrefix(s: string): string | null {
  const r = unquoteRaw(s, false);
  return r === null ? null : r[0];
}
