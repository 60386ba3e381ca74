/**
 * This file implements fmt's `fmt` struct (/usr/local/go/src/fmt/format.go): the flags, width and
 * precision of one verb and the primitives that pad and format integers, strings, byte slices,
 * runes and floats into the output buffer. It is a line-by-line port; the buffer is a byte string.
 *
 * Invariants: width and precision count runes (utf8.RuneCountInString), not bytes; `zero` pads
 * with '0' only on the left (never with `minus`); after each primitive the flags are unchanged.
 */
import { formatFloat } from '../strconv/ftoa';
import { isPrint, quote, quoteRune, quoteRuneToASCII, quoteToASCII, canBackquote } from '../strconv/quote';
import { encodeRune, runeCount, decodeRune } from '../utf8util';
import type { Int64 } from '../../vm/values';

export const ldigits = '0123456789abcdefx';
export const udigits = '0123456789ABCDEFX';

export interface FmtFlags {
  widPresent: boolean; precPresent: boolean; minus: boolean; plus: boolean; sharp: boolean;
  space: boolean; zero: boolean; plusV: boolean; sharpV: boolean;
}

export class Fmt implements FmtFlags {
  buf = '';
  widPresent = false; precPresent = false; minus = false; plus = false; sharp = false;
  space = false; zero = false; plusV = false; sharpV = false;
  wid = 0;
  prec = 0;

  clearflags(): void {
    this.widPresent = this.precPresent = this.minus = this.plus = this.sharp = false;
    this.space = this.zero = this.plusV = this.sharpV = false;
    this.wid = 0;
    this.prec = 0;
  }

  saveFlags(): FmtFlags & { wid: number; prec: number } {
    return {
      widPresent: this.widPresent, precPresent: this.precPresent, minus: this.minus, plus: this.plus,
      sharp: this.sharp, space: this.space, zero: this.zero, plusV: this.plusV, sharpV: this.sharpV,
      wid: this.wid, prec: this.prec,
    };
  }

  restoreFlags(f: FmtFlags & { wid: number; prec: number }): void {
    Object.assign(this, f);
  }

  writePadding(n: number): void {
    if (n <= 0) return;
    const c = this.zero && !this.minus ? '0' : ' ';
    this.buf += c.repeat(n);
  }

  /** pad and padString are the same on byte strings. */
  pad(s: string): void {
    if (!this.widPresent || this.wid === 0) { this.buf += s; return; }
    const width = this.wid - runeCount(s);
    if (!this.minus) { this.writePadding(width); this.buf += s; }
    else { this.buf += s; this.writePadding(width); }
  }

  fmtBoolean(v: boolean): void { this.pad(v ? 'true' : 'false'); }

  /** %U: "U+0078" or with # "U+0078 'x'". u is the value as a non-negative bigint-or-number. */
  fmtUnicode(u: bigint): void {
    let prec = 4;
    if (this.precPresent && this.prec > 4) prec = this.prec;
    let tail = '';
    if (this.sharp && u <= 0x10ffffn && isPrint(Number(u))) tail = " '" + encodeRune(Number(u)) + "'";
    let digits = u.toString(16).toUpperCase();
    if (digits.length < prec) digits = '0'.repeat(prec - digits.length) + digits;
    const oldZero = this.zero;
    this.zero = false;
    this.pad('U+' + digits + tail);
    this.zero = oldZero;
  }

  /** fmtInteger(u, base, isSigned, verb, digits): u is the Go value (signed or unsigned). */
  fmtInteger(v: Int64, base: number, isSigned: boolean, verb: number, digits: string): void {
    let u: bigint | number = v;
    let negative = false;
    if (isSigned && v < 0) { negative = true; u = typeof v === 'bigint' ? -v : -v; }
    else if (!isSigned && v < 0) { u = BigInt.asUintN(64, BigInt(v)); }
    let prec = 0;
    if (this.precPresent) {
      prec = this.prec;
      if (prec === 0 && (u === 0 || u === 0n)) {
        const oldZero = this.zero;
        this.zero = false;
        this.writePadding(this.wid);
        this.zero = oldZero;
        return;
      }
    } else if (this.zero && !this.minus && this.widPresent) {
      prec = this.wid;
      if (negative || this.plus || this.space) prec--;
    }
    let s = u.toString(base);
    if (digits === udigits) s = s.toUpperCase();
    if (s.length < prec) s = '0'.repeat(prec - s.length) + s;
    if (this.sharp) {
      switch (base) {
        case 2: s = '0b' + s; break;
        case 8: if (s[0] !== '0') s = '0' + s; break;
        case 16: s = '0' + digits[16] + s; break;
      }
    }
    if (verb === 0x4f /* 'O' */) s = '0o' + s;
    if (negative) s = '-' + s;
    else if (this.plus) s = '+' + s;
    else if (this.space) s = ' ' + s;
    const oldZero = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = oldZero;
  }

  truncateString(s: string): string {
    if (this.precPresent) {
      let n = this.prec;
      for (let i = 0; i < s.length;) {
        n--;
        if (n < 0) return s.slice(0, i);
        i += s.charCodeAt(i) < 0x80 ? 1 : decodeRune(s, i)[1];
      }
    }
    return s;
  }

  fmtS(s: string): void { this.pad(this.truncateString(s)); }

  /** fmtSbx for strings and byte slices alike (both are byte strings here). */
  fmtSbx(s: string, digits: string): void {
    let length = s.length;
    if (this.precPresent && this.prec < length) length = this.prec;
    let width = 2 * length;
    if (width > 0) {
      if (this.space) {
        if (this.sharp) width *= 2;
        width += length - 1;
      } else if (this.sharp) width += 2;
    } else {
      if (this.widPresent) this.writePadding(this.wid);
      return;
    }
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width);
    let out = '';
    if (this.sharp) out += '0' + digits[16];
    for (let i = 0; i < length; i++) {
      if (this.space && i > 0) {
        out += ' ';
        if (this.sharp) out += '0' + digits[16];
      }
      const c = s.charCodeAt(i);
      out += digits[c >> 4] + digits[c & 0xf];
    }
    this.buf += out;
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width);
  }

  fmtQ(s: string): void {
    s = this.truncateString(s);
    if (this.sharp && canBackquote(s)) { this.pad('`' + s + '`'); return; }
    this.pad(this.plus ? quoteToASCII(s) : quote(s));
  }

  fmtC(c: bigint): void {
    const r = c > 0x10ffffn ? 0xfffd : Number(c);
    this.pad(encodeRune(r));
  }

  fmtQc(c: bigint): void {
    const r = c > 0x10ffffn ? 0xfffd : Number(c);
    this.pad(this.plus ? quoteRuneToASCII(r) : quoteRune(r));
  }

  fmtFloat(v: number, size: 32 | 64, verb: string, prec: number): void {
    if (this.precPresent) prec = this.prec;
    let num = formatFloat(v, verb, prec, size);
    if (num[0] === '-' || num[0] === '+') { /* keep */ } else num = '+' + num;
    if (this.space && num[0] === '+' && !this.plus) num = ' ' + num.slice(1);
    if (num[1] === 'I' || num[1] === 'N') {
      const oldZero = this.zero;
      this.zero = false;
      if (num[1] === 'N' && !this.space && !this.plus) num = num.slice(1);
      this.pad(num);
      this.zero = oldZero;
      return;
    }
    if (this.sharp && verb !== 'b') {
      let digits = 0;
      switch (verb) {
        case 'v': case 'g': case 'G': case 'x':
          digits = prec;
          if (digits === -1) digits = 6;
      }
      let tail = '';
      let hasDecimalPoint = false;
      let sawNonzeroDigit = false;
      let body = num;
      for (let i = 1; i < body.length; i++) {
        const ch = body[i];
        if (ch === '.') { hasDecimalPoint = true; continue; }
        if (ch === 'p' || ch === 'P') { tail = body.slice(i); body = body.slice(0, i); break; }
        if ((ch === 'e' || ch === 'E') && verb !== 'x' && verb !== 'X') { tail = body.slice(i); body = body.slice(0, i); break; }
        if (ch !== '0') sawNonzeroDigit = true;
        if (sawNonzeroDigit) digits--;
      }
      if (!hasDecimalPoint) {
        if (body.length === 2 && body[1] === '0') digits--;
        body += '.';
      }
      while (digits > 0) { body += '0'; digits--; }
      num = body + tail;
    }
    if (this.plus || num[0] !== '+') {
      if (this.zero && !this.minus && this.widPresent && this.wid > num.length) {
        this.buf += num[0];
        this.writePadding(this.wid - num.length);
        this.buf += num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.slice(1));
  }
}
