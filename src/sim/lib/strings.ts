/**
 * This file implements the natives of package strings (declared in types/stdlib/strings.ts),
 * ported from /usr/local/go/src/strings/{strings,replace}.go over the VM's byte strings. Rune-wise
 * functions decode UTF-8 as Go's `range` does: an invalid byte is RuneError of width 1, which
 * IndexRune(s, RuneError) matches, and which case mapping rewrites to U+FFFD's encoding (Map).
 */
import type { Int64, Slice } from '../vm/values';
import { Slice as SliceC } from '../vm/values';
import { elems, int, mkslice, num } from './goval';
import type { Host } from './host';
import type { NativeTable } from './native';
import { mapCase, runeIs } from './unicodeutil';
import { decodeLastRune, decodeRune, encodeRune, RuneError, runeCount } from './utf8util';

function validRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= 0x10ffff);
}

export function indexRune(s: string, r: number): number {
  if (r >= 0 && r < 0x80) return s.indexOf(String.fromCharCode(r));
  if (r === RuneError) {
    for (let i = 0; i < s.length;) {
      const [c, w] = decodeRune(s, i);
      if (c === RuneError) return i;
      i += w;
    }
    return -1;
  }
  if (!validRune(r)) return -1;
  return s.indexOf(encodeRune(r));
}

export function count(s: string, sub: string): number {
  if (sub.length === 0) return runeCount(s) + 1;
  let n = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

function indexAny(s: string, chars: string): number {
  if (chars === '') return -1;
  if (chars.length === 1) {
    let r = chars.charCodeAt(0);
    if (r >= 0x80) r = RuneError;
    return indexRune(s, r);
  }
  for (let i = 0; i < s.length;) {
    const [c, w] = decodeRune(s, i);
    if (indexRune(chars, c) >= 0) return i;
    i += w;
  }
  return -1;
}

function lastIndexAny(s: string, chars: string): number {
  if (chars === '') return -1;
  if (s.length === 1) {
    let rc = s.charCodeAt(0);
    if (rc >= 0x80) rc = RuneError;
    return indexRune(chars, rc) >= 0 ? 0 : -1;
  }
  if (chars.length === 1) {
    let rc = chars.charCodeAt(0);
    if (rc >= 0x80) rc = RuneError;
    for (let i = s.length; i > 0;) {
      const [r, size] = decodeLastRune(s, i);
      i -= size;
      if (rc === r) return i;
    }
    return -1;
  }
  for (let i = s.length; i > 0;) {
    const [r, size] = decodeLastRune(s, i);
    i -= size;
    if (indexRune(chars, r) >= 0) return i;
  }
  return -1;
}

function equalFold(s: string, t: string): boolean {
  let i = 0, j = 0;
  while (i < s.length && j < t.length) {
    let sr: number, tr: number;
    if (s.charCodeAt(i) < 0x80) { sr = s.charCodeAt(i); i++; } else { const [r, w] = decodeRune(s, i); sr = r; i += w; }
    if (t.charCodeAt(j) < 0x80) { tr = t.charCodeAt(j); j++; } else { const [r, w] = decodeRune(t, j); tr = r; j += w; }
    if (tr === sr) continue;
    if (tr < sr) { const x = tr; tr = sr; sr = x; }
    if (tr < 0x80) {
      if (sr >= 0x41 && sr <= 0x5a && tr === sr + 0x20) continue;
      return false;
    }
    let r = mapCase('SimpleFold', sr);
    while (r !== sr && r < tr) r = mapCase('SimpleFold', r);
    if (r === tr) continue;
    return false;
  }
  return i === s.length && j === t.length;
}

/** strings.Map with a JS mapping (Go's exact handling of invalid UTF-8 and unchanged input). */
export function mapRunes(mapping: (r: number) => number, s: string): string {
  let out: string | null = null;
  let i = 0;
  while (i < s.length) {
    const [c, w] = decodeRune(s, i);
    const r = mapping(c);
    if (out === null) {
      if (r === c && c !== RuneError) { i += w; continue; }
      if (c === RuneError && w !== 1 && r === c) { i += w; continue; }
      out = s.slice(0, i);
    }
    if (r >= 0) out += r < 0x80 ? String.fromCharCode(r) : encodeRune(r);
    i += w;
  }
  return out === null ? s : out;
}

function isSeparator(r: number): boolean {
  if (r <= 0x7f) {
    if ((r >= 0x30 && r <= 0x39) || (r >= 0x61 && r <= 0x7a) || (r >= 0x41 && r <= 0x5a) || r === 0x5f) return false;
    return true;
  }
  if (runeIs('IsLetter', r) || runeIs('IsDigit', r)) return false;
  return runeIs('IsSpace', r);
}

function title(s: string): string {
  let prev = 0x20;
  return mapRunes((r) => {
    if (isSeparator(prev)) { prev = r; return mapCase('ToTitle', r); }
    prev = r;
    return r;
  }, s);
}

function toCase(which: 'ToUpper' | 'ToLower' | 'ToTitle', s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) { ascii = false; break; }
  if (ascii && which !== 'ToTitle') {
    let out = '';
    for (let i = 0; i < s.length; i++) out += String.fromCharCode(mapCase(which, s.charCodeAt(i)));
    return out;
  }
  return mapRunes((r) => mapCase(which, r), s);
}

function toValidUTF8(s: string, replacement: string): string {
  let out = '';
  let invalid = false;
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c < 0x80) { i++; invalid = false; out += s[i - 1]; continue; }
    const [, wid] = decodeRune(s, i);
    if (wid === 1) {
      i++;
      if (!invalid) { invalid = true; out += replacement; }
      continue;
    }
    invalid = false;
    out += s.slice(i, i + wid);
    i += wid;
  }
  return out;
}

function containsRune(cutset: string, r: number): boolean { return indexRune(cutset, r) >= 0; }

export function trimLeft(s: string, cutset: string): string {
  if (s === '' || cutset === '') return s;
  let i = 0;
  while (i < s.length) {
    const [r, n] = decodeRune(s, i);
    if (!containsRune(cutset, s.charCodeAt(i) < 0x80 ? s.charCodeAt(i) : r)) break;
    i += n;
  }
  return s.slice(i);
}

export function trimRight(s: string, cutset: string): string {
  if (s === '' || cutset === '') return s;
  let end = s.length;
  while (end > 0) {
    let r = s.charCodeAt(end - 1), n = 1;
    if (r >= 0x80) [r, n] = decodeLastRune(s, end);
    if (!containsRune(cutset, r)) break;
    end -= n;
  }
  return s.slice(0, end);
}

function isSpaceAt(s: string, i: number): [boolean, number] {
  const c = s.charCodeAt(i);
  if (c < 0x80) return [c === 0x20 || (c >= 0x09 && c <= 0x0d), 1];
  const [r, w] = decodeRune(s, i);
  return [runeIs('IsSpace', r), w];
}

export function trimSpace(s: string): string {
  let start = 0;
  while (start < s.length) {
    const [sp, w] = isSpaceAt(s, start);
    if (!sp) break;
    start += w;
  }
  let end = s.length;
  while (end > start) {
    let r = s.charCodeAt(end - 1), n = 1;
    if (r >= 0x80) [r, n] = decodeLastRune(s, end);
    if (!(r < 0x80 ? r === 0x20 || (r >= 0x09 && r <= 0x0d) : runeIs('IsSpace', r))) break;
    end -= n;
  }
  return s.slice(start, end);
}

function fields(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length;) {
    const [sp, w] = isSpaceAt(s, i);
    if (sp) {
      if (start >= 0) { out.push(s.slice(start, i)); start = -1; }
    } else if (start < 0) start = i;
    i += w;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

export function replace(s: string, old: string, nw: string, n: number): string {
  if (old === nw || n === 0) return s;
  const m = count(s, old);
  if (m === 0) return s;
  if (n < 0 || m < n) n = m;
  let out = '';
  let start = 0;
  for (let i = 0; i < n; i++) {
    let j = start;
    if (old.length === 0) {
      if (i > 0) j += decodeRune(s, start)[1];
    } else j += s.indexOf(old, start) - start;
    out += s.slice(start, j) + nw;
    start = j + old.length;
  }
  return out + s.slice(start);
}

function explode(s: string, n: number): string[] {
  const l = runeCount(s);
  if (n < 0 || n > l) n = l;
  const a: string[] = new Array(n);
  for (let i = 0; i < n - 1; i++) {
    const size = decodeRune(s, 0)[1];
    a[i] = s.slice(0, size);
    s = s.slice(size);
  }
  if (n > 0) a[n - 1] = s;
  return a;
}

/** genSplit; returns the slice with Go's capacity (the preallocated n). */
function genSplit(s: string, sep: string, sepSave: number, n: number): Slice<string> | null {
  if (n === 0) return null;
  if (sep === '') return mkslice(explode(s, n));
  if (n < 0) n = count(s, sep) + 1;
  if (n > s.length + 1) n = s.length + 1;
  const a: string[] = new Array(n).fill('');
  const capN = n;
  n--;
  let i = 0;
  while (i < n) {
    const m = s.indexOf(sep);
    if (m < 0) break;
    a[i] = s.slice(0, m + sepSave);
    s = s.slice(m + sep.length);
    i++;
  }
  a[i] = s;
  return new SliceC(a, 0, i + 1, capN);
}

/** The generic Replacer algorithm (replace.go genericReplacer): earliest pair wins at each position. */
function replacerReplace(oldnew: string[], s: string): string {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i + 1 < oldnew.length; i += 2) pairs.push([oldnew[i], oldnew[i + 1]]);
  let out = '';
  let last = 0;
  let prevMatchEmpty = false;
  for (let i = 0; i <= s.length;) {
    let found = -1;
    for (let k = 0; k < pairs.length; k++) {
      const o = pairs[k][0];
      if (o.length === 0 && prevMatchEmpty) continue;
      if (s.startsWith(o, i)) { found = k; break; }
    }
    const match = found >= 0;
    const keylen = match ? pairs[found][0].length : 0;
    prevMatchEmpty = match && keylen === 0;
    if (match) {
      out += s.slice(last, i) + pairs[found][1];
      i += keylen;
      last = i;
      continue;
    }
    i++;
  }
  if (last !== s.length) out += s.slice(last);
  return out;
}

export const stringsNatives: NativeTable = {
  'strings.Compare': (_h: Host, a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1),
  'strings.Contains': (_h: Host, s: string, sub: string) => s.includes(sub),
  'strings.ContainsAny': (_h: Host, s: string, chars: string) => indexAny(s, chars) >= 0,
  'strings.ContainsRune': (_h: Host, s: string, r: number) => indexRune(s, r) >= 0,
  'strings.Count': (_h: Host, s: string, sub: string) => int(count(s, sub)),
  'strings.EqualFold': (_h: Host, s: string, t: string) => equalFold(s, t),
  'strings.Fields': (_h: Host, s: string) => mkslice(fields(s)),
  'strings.Index': (_h: Host, s: string, sub: string) => s.indexOf(sub),
  'strings.IndexAny': (_h: Host, s: string, chars: string) => indexAny(s, chars),
  'strings.IndexByte': (_h: Host, s: string, c: number) => s.indexOf(String.fromCharCode(c)),
  'strings.IndexRune': (_h: Host, s: string, r: number) => indexRune(s, r),
  'strings.Join': (_h: Host, a: Slice<string> | null, sep: string) => elems<string>(a).join(sep),
  'strings.LastIndex': (_h: Host, s: string, sub: string) => (sub === '' ? s.length : s.lastIndexOf(sub)),
  'strings.LastIndexAny': (_h: Host, s: string, chars: string) => lastIndexAny(s, chars),
  'strings.LastIndexByte': (_h: Host, s: string, c: number) => s.lastIndexOf(String.fromCharCode(c)),
  'strings.Repeat': (h: Host, s: string, countV: Int64) => {
    const c = num(countV);
    if (c < 0) h.panicString('strings: negative Repeat count');
    if (s.length * c > 0x7fffffffffffffff) h.panicString('strings: Repeat output length overflow');
    if (s.length * c > 1 << 28) h.fatal('runtime: out of memory');
    return s.repeat(c);
  },
  'strings.Replace': (_h: Host, s: string, o: string, n: string, k: Int64) => replace(s, o, n, num(k)),
  'strings.genSplit': (_h: Host, s: string, sep: string, save: Int64, n: Int64) => genSplit(s, sep, num(save), num(n)),
  'strings.Title': (_h: Host, s: string) => title(s),
  'strings.ToLower': (_h: Host, s: string) => toCase('ToLower', s),
  'strings.ToTitle': (_h: Host, s: string) => toCase('ToTitle', s),
  'strings.ToUpper': (_h: Host, s: string) => toCase('ToUpper', s),
  'strings.ToValidUTF8': (_h: Host, s: string, r: string) => toValidUTF8(s, r),
  'strings.Trim': (_h: Host, s: string, cut: string) => trimLeft(trimRight(s, cut), cut),
  'strings.TrimLeft': (_h: Host, s: string, cut: string) => trimLeft(s, cut),
  'strings.TrimRight': (_h: Host, s: string, cut: string) => trimRight(s, cut),
  'strings.TrimSpace': (_h: Host, s: string) => trimSpace(s),
  'strings.replace': (_h: Host, oldnew: Slice<string> | null, s: string) => replacerReplace(elems<string>(oldnew), s),
};
