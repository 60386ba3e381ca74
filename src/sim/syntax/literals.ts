/**
 * This file implements the scanning of literals (https://go.dev/ref/spec#Integer_literals,
 * #Floating-point_literals, #Imaginary_literals, #Rune_literals, #String_literals) with gc's
 * diagnostics for malformed ones (cmd/compile/internal/syntax/scanner.go: number, rune,
 * stdString, rawString, escape): `invalid digit '8' in octal literal`, `'_' must separate
 * successive digits`, `newline in string`, `unknown escape`, `more than one character in rune
 * literal`, … A malformed literal is still a Literal token, with `bad` set.
 */

import { Tok as TokenKinds, type LitKind } from './token';
import { quoteRune, formatU } from './quote';
import { type Scanner, isDecimal, isHex, lower, nextch, seek } from './scanner';

// A module-local alias: cheaper than a live import binding in the hot paths of some module loaders.
const Tok = TokenKinds;

function setLit(s: Scanner, start: number, kind: LitKind, ok: boolean): void {
  s.nlsemi = true;
  s.tok = Tok.Literal;
  s.lit = s.src.slice(start, s.chPos);
  s.bad = !ok;
  s.kind = kind;
}

function baseName(base: number): string {
  switch (base) {
    case 2: return 'binary';
    case 8: return 'octal';
    case 10: return 'decimal';
    default: return 'hexadecimal';
  }
}

/**
 * digits accepts { digit | '_' }. For base <= 10 it accepts any decimal digit but records the
 * index (relative to the literal start) of the first digit >= base in invalid.v.
 * Returns a bit set: bit 0 = a digit was seen, bit 1 = a '_' was seen.
 */
function digits(s: Scanner, start: number, base: number, invalid: { v: number } | null): number {
  let digsep = 0;
  if (base <= 10) {
    const max = 0x30 + base;
    while (isDecimal(s.ch) || s.ch === 0x5f) {
      let ds = 1;
      if (s.ch === 0x5f) ds = 2;
      else if (s.ch >= max && invalid !== null && invalid.v < 0) invalid.v = s.chPos - start;
      digsep |= ds;
      nextch(s);
    }
  } else {
    while (isHex(s.ch) || s.ch === 0x5f) {
      digsep |= s.ch === 0x5f ? 2 : 1;
      nextch(s);
    }
  }
  return digsep;
}

/** https://go.dev/ref/spec#Integer_literals, #Floating-point_literals, #Imaginary_literals */
export function number(s: Scanner, start: number, seenPoint: boolean): void {
  let ok = true;
  let kind: LitKind = 'INT';
  let base = 10;
  let prefix = 0; // 0 (decimal), '0' (0-octal), 'x', 'o', or 'b'
  let digsep = 0;
  const invalid = { v: -1 };

  if (!seenPoint) {
    if (s.ch === 0x30) {
      nextch(s);
      switch (lower(s.ch)) {
        case 0x78: nextch(s); base = 16; prefix = 0x78; break;
        case 0x6f: nextch(s); base = 8; prefix = 0x6f; break;
        case 0x62: nextch(s); base = 2; prefix = 0x62; break;
        default: base = 8; prefix = 0x30; digsep = 1; // leading 0
      }
    }
    digsep |= digits(s, start, base, invalid);
    if (s.ch === 0x2e) {
      if (prefix === 0x6f || prefix === 0x62) {
        s.errh(s.chPos, `invalid radix point in ${baseName(base)} literal`);
        ok = false;
      }
      nextch(s);
      seenPoint = true;
    }
  }

  if (seenPoint) {
    kind = 'FLOAT';
    digsep |= digits(s, start, base, invalid);
  }

  if ((digsep & 1) === 0 && ok) {
    s.errh(s.chPos, `${baseName(base)} literal has no digits`);
    ok = false;
  }

  // exponent
  const e = lower(s.ch);
  if (e === 0x65 || e === 0x70) {
    if (ok) {
      if (e === 0x65 && prefix !== 0 && prefix !== 0x30) {
        s.errh(s.chPos, `${quoteRune(s.ch)} exponent requires decimal mantissa`);
        ok = false;
      } else if (e === 0x70 && prefix !== 0x78) {
        s.errh(s.chPos, `${quoteRune(s.ch)} exponent requires hexadecimal mantissa`);
        ok = false;
      }
    }
    nextch(s);
    kind = 'FLOAT';
    if (s.ch === 0x2b || s.ch === 0x2d) nextch(s);
    digsep = digits(s, start, 10, null) | (digsep & 2); // don't lose sep bit
    if ((digsep & 1) === 0 && ok) {
      s.errh(s.chPos, 'exponent has no digits');
      ok = false;
    }
  } else if (prefix === 0x78 && kind === 'FLOAT' && ok) {
    s.errh(s.chPos, "hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }

  // suffix 'i'
  if (s.ch === 0x69) {
    kind = 'IMAG';
    nextch(s);
  }

  setLit(s, start, kind, ok);

  if (kind === 'INT' && invalid.v >= 0 && ok) {
    s.errh(start + invalid.v, `invalid digit ${quoteRune(s.lit.charCodeAt(invalid.v))} in ${baseName(base)} literal`);
    ok = false;
  }

  if ((digsep & 2) !== 0 && ok) {
    const i = invalidSep(s.lit);
    if (i >= 0) {
      s.errh(start + i, "'_' must separate successive digits");
      ok = false;
    }
  }

  s.bad = !ok;
}

/** The index of the first invalid separator in x, or -1 (gc's invalidSep). */
function invalidSep(x: string): number {
  let x1 = 0x20; // prefix char, we only care if it's 'x'
  let d = 0x2e; // digit, one of '_', '0' (a digit), or '.' (anything else)
  let i = 0;

  // a prefix counts as a digit
  if (x.length >= 2 && x.charCodeAt(0) === 0x30) {
    x1 = lower(x.charCodeAt(1));
    if (x1 === 0x78 || x1 === 0x6f || x1 === 0x62) {
      d = 0x30;
      i = 2;
    }
  }

  // mantissa and exponent
  for (; i < x.length; i++) {
    const p = d; // previous digit
    d = x.charCodeAt(i);
    if (d === 0x5f) {
      if (p !== 0x30) return i;
    } else if (isDecimal(d) || (x1 === 0x78 && isHex(d))) {
      d = 0x30;
    } else {
      if (p === 0x5f) return i - 1;
      d = 0x2e;
    }
  }
  if (d === 0x5f) return x.length - 1;
  return -1;
}

/** https://go.dev/ref/spec#Rune_literals */
export function rune(s: Scanner, start: number): void {
  let ok = true;
  nextch(s);

  for (let n = 0; ; n++) {
    if (s.ch === 0x27) {
      if (ok) {
        if (n === 0) {
          s.errh(s.chPos, "empty rune literal or unescaped '");
          ok = false;
        } else if (n !== 1) {
          s.errh(start, 'more than one character in rune literal');
          ok = false;
        }
      }
      nextch(s);
      break;
    }
    if (s.ch === 0x5c) {
      nextch(s);
      if (!escape(s, 0x27)) ok = false;
      continue;
    }
    if (s.ch === 0x0a) {
      if (ok) {
        s.errh(s.chPos, 'newline in rune literal');
        ok = false;
      }
      break;
    }
    if (s.ch < 0) {
      if (ok) {
        s.errh(start, 'rune literal not terminated');
        ok = false;
      }
      break;
    }
    nextch(s);
  }

  setLit(s, start, 'CHAR', ok);
}

/** https://go.dev/ref/spec#String_literals (interpreted) */
export function stdString(s: Scanner, start: number): void {
  let ok = true;
  nextch(s);

  const src = s.src;
  for (;;) {
    // fast path: printable ASCII other than " and \
    let i = s.chPos;
    let c = s.ch;
    if (c >= 0x20 && c < 0x80 && c !== 0x22 && c !== 0x5c) {
      do c = src.charCodeAt(++i); while (c >= 0x20 && c < 0x80 && c !== 0x22 && c !== 0x5c);
      seek(s, i);
      c = s.ch;
    }
    if (c === 0x22) { nextch(s); break; }
    if (c === 0x5c) {
      nextch(s);
      if (!escape(s, 0x22)) ok = false;
      continue;
    }
    if (c === 0x0a) {
      s.errh(s.chPos, 'newline in string');
      ok = false;
      break;
    }
    if (c < 0) {
      s.errh(start, 'string not terminated');
      ok = false;
      break;
    }
    nextch(s);
  }

  setLit(s, start, 'STRING', ok);
}

/** https://go.dev/ref/spec#String_literals (raw); CRs stay in the literal's text. */
export function rawString(s: Scanner, start: number): void {
  let ok = true;
  nextch(s);

  for (;;) {
    if (s.ch === 0x60) { nextch(s); break; }
    if (s.ch < 0) {
      s.errh(start, 'string not terminated');
      ok = false;
      break;
    }
    nextch(s);
  }

  setLit(s, start, 'STRING', ok);
}

/** https://go.dev/ref/spec#Rune_literals escapes; reports gc's errors and returns false on a bad one. */
function escape(s: Scanner, quote: number): boolean {
  let n: number;
  let base: number;
  let max: number;

  switch (s.ch) {
    case quote: case 0x61: case 0x62: case 0x66: case 0x6e: case 0x72: case 0x74: case 0x76: case 0x5c:
      nextch(s);
      return true;
    case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37:
      n = 3; base = 8; max = 255;
      break;
    case 0x78: nextch(s); n = 2; base = 16; max = 255; break;
    case 0x75: nextch(s); n = 4; base = 16; max = 0x10ffff; break;
    case 0x55: nextch(s); n = 8; base = 16; max = 0x10ffff; break;
    default:
      if (s.ch < 0) return true; // complain in caller about EOF
      s.errh(s.chPos, 'unknown escape');
      return false;
  }

  let x = 0;
  for (let i = n; i > 0; i--) {
    if (s.ch < 0) return true; // complain in caller about EOF
    let d = base;
    if (isDecimal(s.ch)) d = s.ch - 0x30;
    else if (lower(s.ch) >= 0x61 && lower(s.ch) <= 0x66) d = lower(s.ch) - 0x61 + 10;
    if (d >= base) {
      s.errh(s.chPos, `invalid character ${quoteRune(s.ch)} in ${baseName(base)} escape`);
      return false;
    }
    x = x * base + d;
    nextch(s);
  }

  if (x > max && base === 8) {
    s.errh(s.chPos, `octal escape value ${x} > 255`);
    return false;
  }

  if (x > max || (x >= 0xd800 && x < 0xe000)) {
    s.errh(s.chPos, `escape is invalid Unicode code point ${formatU(x)}`);
    return false;
  }

  return true;
}
