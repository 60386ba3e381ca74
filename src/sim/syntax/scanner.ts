/**
 * This file implements the scanner: Go's lexical elements (https://go.dev/ref/spec#Lexical_elements),
 * one token per call of `next`, ported from cmd/compile/internal/syntax/scanner.go so that lexical
 * errors read and are positioned exactly as `go build` reports them.
 *
 * - Automatic semicolons (https://go.dev/ref/spec#Semicolons): after a line's final token that is
 *   an identifier, a literal, one of the keywords break/continue/fallthrough/return, `++`, `--`,
 *   `)`, `]` or `}`, a newline (or EOF, or a comment spanning lines) becomes a `Semi` token whose
 *   `lit` is "newline" (or "EOF"); an explicit `;` has lit "semicolon". Error messages print this lit.
 * - Comments are skipped but recorded (`comments`), with their markers.
 * - Malformed literals are still returned as `Literal` tokens with `bad = true` after the error
 *   has been reported, so the parser never sees a hole.
 *
 * Invariants: `pos`/`end` are string offsets of the current token; `ch` is the code point at
 * `chPos` (-1 at EOF), `chw` its width in UTF-16 units. The scanner never throws.
 */

import { Tok, KEYWORDS, PREC_ADD, PREC_ANDAND, PREC_CMP, PREC_MUL, PREC_OROR, type LitKind } from './token';
import { formatU, quoteRune } from './quote';

export interface RawComment {
  pos: number;
  end: number;
}

export interface Scanner {
  readonly src: string;
  readonly len: number;
  /** Reports a lexical error at an offset (installed by the parser). */
  errh: (pos: number, msg: string) => void;
  ch: number;
  chPos: number;
  chw: number;
  /** If set, '\n' and EOF translate to ';'. */
  nlsemi: boolean;
  /** When set, the scanner only returns EOF (used to abandon a parse quickly). */
  halted: boolean;
  // current token, valid after next()
  tok: Tok;
  pos: number;
  end: number;
  lit: string; // Name, Literal, or Semi ("semicolon", "newline", "EOF")
  bad: boolean; // Literal with an error
  kind: LitKind; // Literal
  op: string; // Operator, Star, AssignOp, IncOp: the operator's spelling ("+" for "+=" and "++")
  prec: number; // binary precedence of op, 0 if unary only
  comments: RawComment[];
}

export function newScanner(src: string, errh: (pos: number, msg: string) => void): Scanner {
  const s: Scanner = {
    src, len: src.length, errh,
    ch: 0x20, chPos: 0, chw: 0, nlsemi: false, halted: false,
    tok: Tok.None, pos: 0, end: 0, lit: '', bad: false, kind: 'INT', op: '', prec: 0,
    comments: [],
  };
  nextch(s);
  return s;
}

/** Makes the character at offset i current (i may be the end of text). */
function seek(s: Scanner, i: number): void {
  s.chPos = i;
  s.chw = 0;
  nextch(s);
}

/** Does src[from:to) contain a character the fast paths must not skip (NUL, BOM, surrogates)? */
function hasSpecial(s: Scanner, from: number, to: number): boolean {
  const src = s.src;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c === 0 || c === 0xfeff || (c >= 0xd800 && c < 0xe000)) return true;
  }
  return false;
}

/** Advances to the next character, skipping (and reporting) NUL, invalid encodings and BOMs. */
function nextch(s: Scanner): void {
  for (;;) {
    const i = (s.chPos += s.chw);
    if (i >= s.len) { s.ch = -1; s.chw = 0; return; }
    const c = s.src.charCodeAt(i);
    if (c < 0x80) {
      s.ch = c; s.chw = 1;
      if (c === 0) { s.errh(i, 'invalid NUL character'); continue; }
      return;
    }
    if (c >= 0xd800 && c < 0xe000) {
      if (c < 0xdc00 && i + 1 < s.len) {
        const d = s.src.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          s.ch = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000; s.chw = 2;
          return;
        }
      }
      s.ch = 0xfffd; s.chw = 1;
      s.errh(i, 'invalid UTF-8 encoding');
      continue;
    }
    s.ch = c; s.chw = 1;
    if (c === 0xfeff) {
      // BOMs are only allowed as the first character in a file
      if (i > 0) s.errh(i, 'invalid BOM in the middle of the file');
      continue;
    }
    return;
  }
}

function isLetter(c: number): boolean {
  const l = c | 0x20;
  return (l >= 0x61 && l <= 0x7a) || c === 0x5f;
}
function isDecimal(c: number): boolean { return c >= 0x30 && c <= 0x39; }
function isHex(c: number): boolean {
  const l = c | 0x20;
  return (c >= 0x30 && c <= 0x39) || (l >= 0x61 && l <= 0x66);
}
function lower(c: number): number { return c | 0x20; }

const UNICODE_LETTER = /^\p{L}$/u;
const UNICODE_DIGIT = /^\p{Nd}$/u;

/** Is s.ch (>= 0x80 or any) an identifier character? Reports gc's errors for digits/invalid chars. */
function atIdentChar(s: Scanner, first: boolean): boolean {
  const c = s.ch;
  if (c < 0) return false;
  const str = String.fromCodePoint(c);
  if (UNICODE_LETTER.test(str) || c === 0x5f) return true;
  if (UNICODE_DIGIT.test(str)) {
    if (first) s.errh(s.chPos, `identifier cannot begin with digit ${formatU(c)}`);
    return true;
  }
  if (c >= 0x80) {
    s.errh(s.chPos, `invalid character ${formatU(c)} in identifier`);
    return true;
  }
  return false;
}

/** Reads the next token into s.tok (and lit/op/prec/kind/bad), s.pos/s.end. */
export function next(s: Scanner): void {
  const nlsemi = s.nlsemi;
  s.nlsemi = false;
  if (s.halted) { s.tok = Tok.EOF; s.pos = s.end = s.len; return; }

  for (;;) {
    // skip white space
    let c = s.ch;
    while (c === 0x20 || c === 0x09 || (c === 0x0a && !nlsemi) || c === 0x0d) { nextch(s); c = s.ch; }

    const start = (s.pos = s.chPos);
    if (isLetter(c) || (c >= 0x80 && atIdentChar(s, true))) {
      nextch(s);
      ident(s, start);
      s.end = s.chPos;
      return;
    }

    switch (c) {
      case -1:
        if (nlsemi) { s.lit = 'EOF'; s.tok = Tok.Semi; break; }
        s.tok = Tok.EOF;
        break;
      case 0x0a: // \n
        nextch(s); s.lit = 'newline'; s.tok = Tok.Semi; break;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34:
      case 0x35: case 0x36: case 0x37: case 0x38: case 0x39:
        number(s, start, false); break;
      case 0x22: stdString(s, start); break; // "
      case 0x60: rawString(s, start); break; // `
      case 0x27: rune(s, start); break; // '
      case 0x28: nextch(s); s.tok = Tok.Lparen; break;
      case 0x5b: nextch(s); s.tok = Tok.Lbrack; break;
      case 0x7b: nextch(s); s.tok = Tok.Lbrace; break;
      case 0x2c: nextch(s); s.tok = Tok.Comma; break;
      case 0x3b: nextch(s); s.lit = 'semicolon'; s.tok = Tok.Semi; break;
      case 0x29: nextch(s); s.nlsemi = true; s.tok = Tok.Rparen; break;
      case 0x5d: nextch(s); s.nlsemi = true; s.tok = Tok.Rbrack; break;
      case 0x7d: nextch(s); s.nlsemi = true; s.tok = Tok.Rbrace; break;
      case 0x3a: // :
        nextch(s);
        if (s.ch === 0x3d) { nextch(s); s.tok = Tok.Define; break; }
        s.tok = Tok.Colon;
        break;
      case 0x2e: // .
        nextch(s);
        if (isDecimal(s.ch)) { number(s, start, true); break; }
        if (s.ch === 0x2e && s.src.charCodeAt(s.chPos + 1) === 0x2e) {
          nextch(s); nextch(s); s.tok = Tok.DotDotDot; break;
        }
        s.tok = Tok.Dot;
        break;
      case 0x2b: // +
        nextch(s); s.op = '+'; s.prec = PREC_ADD;
        if (s.ch === 0x2b) { nextch(s); s.nlsemi = true; s.tok = Tok.IncOp; break; }
        assignop(s);
        break;
      case 0x2d: // -
        nextch(s); s.op = '-'; s.prec = PREC_ADD;
        if (s.ch === 0x2d) { nextch(s); s.nlsemi = true; s.tok = Tok.IncOp; break; }
        assignop(s);
        break;
      case 0x2a: // *
        nextch(s); s.op = '*'; s.prec = PREC_MUL;
        if (s.ch === 0x3d) { nextch(s); s.tok = Tok.AssignOp; break; }
        s.tok = Tok.Star;
        break;
      case 0x2f: // /
        nextch(s);
        if (s.ch === 0x2f) {
          nextch(s);
          lineComment(s, start);
          continue; // redo
        }
        if (s.ch === 0x2a) {
          nextch(s);
          const multiline = fullComment(s, start);
          if (multiline && nlsemi) {
            // A multi-line comment acts like a newline; it translates to a ';' if nlsemi is set.
            s.lit = 'newline'; s.tok = Tok.Semi;
            break;
          }
          continue; // redo
        }
        s.op = '/'; s.prec = PREC_MUL;
        assignop(s);
        break;
      case 0x25: nextch(s); s.op = '%'; s.prec = PREC_MUL; assignop(s); break;
      case 0x26: // &
        nextch(s);
        if (s.ch === 0x26) { nextch(s); s.op = '&&'; s.prec = PREC_ANDAND; s.tok = Tok.Operator; break; }
        s.op = '&'; s.prec = PREC_MUL;
        if (s.ch === 0x5e) { nextch(s); s.op = '&^'; }
        assignop(s);
        break;
      case 0x7c: // |
        nextch(s);
        if (s.ch === 0x7c) { nextch(s); s.op = '||'; s.prec = PREC_OROR; s.tok = Tok.Operator; break; }
        s.op = '|'; s.prec = PREC_ADD;
        assignop(s);
        break;
      case 0x5e: nextch(s); s.op = '^'; s.prec = PREC_ADD; assignop(s); break;
      case 0x3c: // <
        nextch(s);
        if (s.ch === 0x3d) { nextch(s); s.op = '<='; s.prec = PREC_CMP; s.tok = Tok.Operator; break; }
        if (s.ch === 0x3c) { nextch(s); s.op = '<<'; s.prec = PREC_MUL; assignop(s); break; }
        if (s.ch === 0x2d) { nextch(s); s.tok = Tok.Arrow; break; }
        s.op = '<'; s.prec = PREC_CMP; s.tok = Tok.Operator;
        break;
      case 0x3e: // >
        nextch(s);
        if (s.ch === 0x3d) { nextch(s); s.op = '>='; s.prec = PREC_CMP; s.tok = Tok.Operator; break; }
        if (s.ch === 0x3e) { nextch(s); s.op = '>>'; s.prec = PREC_MUL; assignop(s); break; }
        s.op = '>'; s.prec = PREC_CMP; s.tok = Tok.Operator;
        break;
      case 0x3d: // =
        nextch(s);
        if (s.ch === 0x3d) { nextch(s); s.op = '=='; s.prec = PREC_CMP; s.tok = Tok.Operator; break; }
        s.tok = Tok.Assign;
        break;
      case 0x21: // !
        nextch(s);
        if (s.ch === 0x3d) { nextch(s); s.op = '!='; s.prec = PREC_CMP; s.tok = Tok.Operator; break; }
        s.op = '!'; s.prec = 0; s.tok = Tok.Operator;
        break;
      case 0x7e: nextch(s); s.op = '~'; s.prec = 0; s.tok = Tok.Operator; break;
      default:
        s.errh(s.chPos, `invalid character ${formatU(c)}`);
        nextch(s);
        continue; // redo
    }
    s.end = s.chPos;
    return;
  }
}

function assignop(s: Scanner): void {
  if (s.ch === 0x3d) { nextch(s); s.tok = Tok.AssignOp; return; }
  s.tok = Tok.Operator;
}

function ident(s: Scanner, start: number): void {
  // accelerate the common case (7-bit ASCII)
  const src = s.src;
  let i = s.chPos;
  for (;;) {
    const c = src.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f) i++;
    else break;
  }
  if (i !== s.chPos) seek(s, i);
  for (;;) {
    const c = s.ch;
    if (isLetter(c) || isDecimal(c)) { nextch(s); continue; }
    if (c >= 0x80 && atIdentChar(s, false)) { nextch(s); continue; }
    break;
  }
  const lit = s.src.slice(start, s.chPos);
  if (lit.length >= 2) {
    const kw = KEYWORDS.get(lit);
    if (kw !== undefined) {
      s.nlsemi = kw === Tok.Break || kw === Tok.Continue || kw === Tok.Fallthrough || kw === Tok.Return;
      s.tok = kw;
      s.lit = lit;
      return;
    }
  }
  s.nlsemi = true;
  s.lit = lit;
  s.tok = Tok.Name;
}

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
function number(s: Scanner, start: number, seenPoint: boolean): void {
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
function rune(s: Scanner, start: number): void {
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
function stdString(s: Scanner, start: number): void {
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
function rawString(s: Scanner, start: number): void {
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

function lineComment(s: Scanner, start: number): void {
  // don't consume '\n' - needed for nlsemi logic
  const nl = s.src.indexOf('\n', s.chPos);
  const end = nl < 0 ? s.len : nl;
  if (!hasSpecial(s, s.chPos, end)) seek(s, end);
  while (s.ch >= 0 && s.ch !== 0x0a) nextch(s);
  s.comments.push({ pos: start, end: s.chPos });
}

/** Skips a general comment; returns whether it spans lines (and so may act as a newline). */
function fullComment(s: Scanner, start: number): boolean {
  const close = s.src.indexOf('*/', s.chPos);
  if (close >= 0 && !hasSpecial(s, s.chPos, close)) {
    const nl = s.src.indexOf('\n', s.chPos);
    seek(s, close + 2);
    s.comments.push({ pos: start, end: s.chPos });
    return nl >= 0 && nl < close;
  }
  let multiline = false;
  for (;;) {
    if (s.ch < 0) {
      s.errh(start, 'comment not terminated');
      s.comments.push({ pos: start, end: s.chPos });
      return multiline;
    }
    if (s.ch === 0x2a) {
      nextch(s);
      if ((s.ch as number) === 0x2f) {
        nextch(s);
        s.comments.push({ pos: start, end: s.chPos });
        return multiline;
      }
      continue;
    }
    if (s.ch === 0x0a) multiline = true;
    nextch(s);
  }
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
