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

import { Tok as TokenKinds, KEYWORDS, KEYWORD_TABLE, keywordHash, PREC_ADD, PREC_ANDAND, PREC_CMP, PREC_MUL, PREC_OROR, type LitKind } from './token';
import { formatU } from './quote';
import { number, rawString, rune, stdString } from './literals';

// A module-local alias: cheaper than a live import binding in the hot paths of some module loaders.
const Tok = TokenKinds;
type Tok = TokenKinds;

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
  startScanner(s);
  return s;
}

/** Reads the first character; call once on a fresh scanner state before `next`. */
export function startScanner(s: Scanner): void {
  s.chPos = 0;
  s.chw = 0;
  nextch(s);
}

/** Makes the character at offset i current (i may be the end of text). */
export function seek(s: Scanner, i: number): void {
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
export function nextch(s: Scanner): void {
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
export function isDecimal(c: number): boolean { return c >= 0x30 && c <= 0x39; }
export function isHex(c: number): boolean {
  const l = c | 0x20;
  return (c >= 0x30 && c <= 0x39) || (l >= 0x61 && l <= 0x66);
}
export function lower(c: number): number { return c | 0x20; }

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
  const n = s.chPos - start;
  if (n >= 2 && n <= 11) {
    // possibly a keyword: gc's perfect hash, then one comparison (no string is built for keywords)
    const kw = KEYWORD_TABLE[keywordHash(src.charCodeAt(start), src.charCodeAt(start + 1), n)];
    if (kw.length === n && src.startsWith(kw, start)) {
      const tok = KEYWORDS.get(kw)!;
      s.nlsemi = tok === Tok.Break || tok === Tok.Continue || tok === Tok.Fallthrough || tok === Tok.Return;
      s.tok = tok;
      s.lit = kw;
      return;
    }
  }
  const lit = src.slice(start, s.chPos);
  s.nlsemi = true;
  s.lit = lit;
  s.tok = Tok.Name;
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
    let multiline = false;
    for (let i = s.chPos; i < close; i++) {
      if (s.src.charCodeAt(i) === 0x0a) { multiline = true; break; }
    }
    seek(s, close + 2);
    s.comments.push({ pos: start, end: s.chPos });
    return multiline;
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
