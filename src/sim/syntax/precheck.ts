/**
 * This file implements the check `go build` makes BEFORE compiling: the go command reads each
 * file's package clause and imports with go/parser (go/build/read.go readGoInfo, mode
 * ImportsOnly) and, when that fails, prints only the first of go/parser's errors — in go/parser's
 * wording, not gc's — and never runs the compiler:
 *
 *   prog.go:1:1: expected 'package', found 'import'
 *   prog.go:3:8: missing import path
 *   prog.go:4:7: expected ';', found ','
 *
 * (cmd/go/internal/load/pkg.go: "Take only the first error from a scanner.ErrorList".)
 * So `checkHeader` emulates go/build's import reader (which decides how much of the file
 * go/parser sees: the header up to the first byte after the imports, or the whole file when the
 * reader itself trips) and go/scanner + go/parser over the package clause and the import
 * declarations, and returns go/parser's first error (sorted by position then message, as
 * scanner.ErrorList.Sort), or null when the header is fine and gc's own errors apply.
 */

import { formatU } from './quote';

export interface HeaderError {
  pos: number;
  message: string;
}

// go/token kinds we need to tell apart; everything else is `other` with its spelling.
const EOF: number = 0, IDENT: number = 1, LITERAL: number = 2, SEMI: number = 3, LPAREN: number = 4, RPAREN: number = 5;
const PERIOD: number = 6, KEYWORD: number = 7, OTHER: number = 8, COMMA: number = 9, STRING: number = 10;

const KEYWORDS = new Set([
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go',
  'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var',
]);

const OPERATORS = [
  '<<=', '>>=', '&^=', '...', '&&', '||', '<-', '++', '--', '==', '!=', '<=', '>=', ':=', '+=', '-=', '*=', '/=',
  '%=', '&=', '|=', '^=', '<<', '>>', '&^', '+', '-', '*', '/', '%', '&', '|', '^', '<', '>', '=', '!', '(', ')',
  '[', ']', '{', '}', ',', ';', '.', ':', '~',
];

interface HScanner {
  src: string;
  i: number; // next offset to read
  insertSemi: boolean;
  errors: HeaderError[];
  // current token
  tok: number;
  pos: number;
  lit: string; // identifier/literal text, keyword, operator spelling, or "\n"/";" for semicolons
}

const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;

function isLetterAt(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
  return LETTER.test(String.fromCodePoint(c));
}
function isDigitAt(c: number): boolean {
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  return DIGIT.test(String.fromCodePoint(c));
}

function error(s: HScanner, pos: number, message: string): void {
  s.errors.push({ pos, message });
}

function cp(s: HScanner, i: number): number {
  return i < s.src.length ? s.src.codePointAt(i)! : -1;
}
function width(c: number): number {
  return c > 0xffff ? 2 : 1;
}

/** Scans an escape after the backslash at offs (go/scanner scanEscape). */
function escape(s: HScanner, quote: number, offs: number): void {
  const c = cp(s, s.i);
  let n: number;
  let base: number;
  let max: number;
  switch (c) {
    case 0x61: case 0x62: case 0x66: case 0x6e: case 0x72: case 0x74: case 0x76: case 0x5c: case quote:
      s.i++;
      return;
    case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37:
      n = 3; base = 8; max = 255; break;
    case 0x78: s.i++; n = 2; base = 16; max = 255; break;
    case 0x75: s.i++; n = 4; base = 16; max = 0x10ffff; break;
    case 0x55: s.i++; n = 8; base = 16; max = 0x10ffff; break;
    default:
      error(s, offs, c < 0 ? 'escape sequence not terminated' : 'unknown escape sequence');
      return;
  }
  let x = 0;
  for (; n > 0; n--) {
    const d = cp(s, s.i);
    const v = d >= 0x30 && d <= 0x39 ? d - 0x30 : (d | 0x20) >= 0x61 && (d | 0x20) <= 0x66 ? (d | 0x20) - 0x61 + 10 : 16;
    if (v >= base) {
      error(s, s.i, d < 0 ? 'escape sequence not terminated' : `illegal character ${formatU(d)} in escape sequence`);
      return;
    }
    x = x * base + v;
    s.i++;
  }
  if (x > max || (x >= 0xd800 && x < 0xe000)) error(s, offs, 'escape sequence is invalid Unicode code point');
}

/** go/scanner's Scan, reduced to what a package clause and imports can contain. */
function scan(s: HScanner): void {
  const src = s.src;
  for (;;) {
    // skip whitespace
    let c = cp(s, s.i);
    while (c === 0x20 || c === 0x09 || c === 0x0d || (c === 0x0a && !s.insertSemi) || c === 0xfeff && s.i === 0) {
      s.i += width(c);
      c = cp(s, s.i);
    }
    const pos = s.i;
    s.pos = pos;
    if (c < 0) {
      if (s.insertSemi) { s.insertSemi = false; s.tok = SEMI; s.lit = '\n'; return; }
      s.tok = EOF; s.lit = 'EOF'; return;
    }
    if (c === 0x0a) { s.i++; s.insertSemi = false; s.tok = SEMI; s.lit = '\n'; return; }
    if (c === 0) { error(s, pos, 'illegal character NUL'); s.i++; continue; }
    if (c === 0xfeff) { error(s, pos, 'illegal byte order mark'); s.i++; continue; }
    if (isLetterAt(c)) {
      let j = pos + width(c);
      for (let d = cp(s, j); d >= 0 && (isLetterAt(d) || isDigitAt(d)); d = cp(s, j)) j += width(d);
      s.i = j;
      const word = src.slice(pos, j);
      if (KEYWORDS.has(word)) {
        s.tok = KEYWORD; s.lit = word;
        s.insertSemi = word === 'break' || word === 'continue' || word === 'fallthrough' || word === 'return';
      } else {
        s.tok = IDENT; s.lit = word; s.insertSemi = true;
      }
      return;
    }
    if ((c >= 0x30 && c <= 0x39) || (c === 0x2e && src.charCodeAt(pos + 1) >= 0x30 && src.charCodeAt(pos + 1) <= 0x39)) {
      let j = pos + 1;
      for (;;) {
        const d = src.charCodeAt(j);
        if ((d >= 0x30 && d <= 0x39) || ((d | 0x20) >= 0x61 && (d | 0x20) <= 0x7a) || d === 0x5f || d === 0x2e) j++;
        else if ((d === 0x2b || d === 0x2d) && ((src.charCodeAt(j - 1) | 0x20) === 0x65 || (src.charCodeAt(j - 1) | 0x20) === 0x70)) j++;
        else break;
      }
      s.i = j; s.tok = LITERAL; s.lit = src.slice(pos, j); s.insertSemi = true;
      return;
    }
    switch (c) {
      case 0x22: { // "
        s.i++;
        for (;;) {
          const d = cp(s, s.i);
          if (d === 0x0a || d < 0) { error(s, pos, 'string literal not terminated'); break; }
          s.i += width(d);
          if (d === 0x22) break;
          if (d === 0x5c) escape(s, 0x22, s.i - 1);
        }
        s.tok = STRING; s.lit = src.slice(pos, s.i); s.insertSemi = true;
        return;
      }
      case 0x60: { // `
        const close = src.indexOf('`', pos + 1);
        if (close < 0) { error(s, pos, 'raw string literal not terminated'); s.i = src.length; } else s.i = close + 1;
        s.tok = STRING; s.lit = src.slice(pos, s.i); s.insertSemi = true;
        return;
      }
      case 0x27: { // '
        s.i++;
        let valid = true;
        let n = 0;
        for (;;) {
          const d = cp(s, s.i);
          if (d === 0x0a || d < 0) {
            if (valid) { error(s, pos, 'rune literal not terminated'); valid = false; }
            break;
          }
          s.i += width(d);
          if (d === 0x27) break;
          n++;
          if (d === 0x5c) {
            const before = s.errors.length;
            escape(s, 0x27, s.i - 1);
            if (s.errors.length !== before) valid = false;
          }
        }
        if (valid && n !== 1) error(s, pos, 'illegal rune literal');
        s.tok = LITERAL; s.lit = src.slice(pos, s.i); s.insertSemi = true;
        return;
      }
      case 0x2f: { // /
        const d = src.charCodeAt(pos + 1);
        if (d === 0x2f || d === 0x2a) {
          let end: number;
          let nl: boolean;
          if (d === 0x2f) {
            const e = src.indexOf('\n', pos);
            end = e < 0 ? src.length : e;
            nl = true; // a line comment ends the line
          } else {
            const e = src.indexOf('*/', pos + 2);
            if (e < 0) { error(s, pos, 'comment not terminated'); end = src.length; } else end = e + 2;
            nl = src.slice(pos, end).includes('\n');
            if (!nl && s.insertSemi) {
              // a /*-comment without newline: a newline (or EOF) may follow on the same line
              let k = end;
              while (src.charCodeAt(k) === 0x20 || src.charCodeAt(k) === 0x09 || src.charCodeAt(k) === 0x0d) k++;
              nl = k >= src.length || src.charCodeAt(k) === 0x0a || (src.charCodeAt(k) === 0x2f && src.charCodeAt(k + 1) === 0x2f);
            }
          }
          if (s.insertSemi && nl) {
            // the comment acts as a newline; the semicolon sits at the comment's start
            s.insertSemi = false; s.tok = SEMI; s.lit = '\n';
            return;
          }
          s.i = end;
          continue;
        }
        break;
      }
    }
    const op = OPERATORS.find((o) => src.startsWith(o, pos));
    if (op !== undefined) {
      s.i = pos + op.length;
      s.lit = op;
      s.tok = op === '(' ? LPAREN : op === ')' ? RPAREN : op === '.' ? PERIOD : op === ',' ? COMMA : op === ';' ? SEMI : OTHER;
      s.insertSemi = op === ')' || op === ']' || op === '}' || op === '++' || op === '--';
      return;
    }
    // illegal character
    if (c === 0x201c || c === 0x201d) error(s, pos, `curly quotation mark '${String.fromCodePoint(c)}' (use neutral '"')`);
    else error(s, pos, `illegal character ${formatU(c)}`);
    s.i += width(c);
    s.tok = OTHER; s.lit = String.fromCodePoint(c);
    return;
  }
}

interface HParser extends HScanner {
  lastErrLine: number;
}

/** go/parser's errorExpected: "expected X, found Y" when the error is at the current token. */
function errorExpected(p: HParser, what: string): void {
  let msg = 'expected ' + what;
  if (p.tok === SEMI && p.lit === '\n') msg += ', found newline';
  else if (p.tok === IDENT || p.tok === LITERAL || p.tok === STRING) msg += ', found ' + p.lit;
  else msg += ", found '" + p.lit + "'";
  error(p, p.pos, msg);
}

function expect(p: HParser, tok: number, spelling: string): void {
  if (p.tok !== tok || (tok === KEYWORD && p.lit !== spelling)) errorExpected(p, `'${spelling}'`);
  scan(p);
}

function expectSemi(p: HParser): void {
  switch (p.tok) {
    case RPAREN:
      return; // semicolon is optional before a closing ')'
    case COMMA:
      // permit a ',' instead of a ';' but complain
      errorExpected(p, "';'");
      scan(p);
      return;
    case SEMI:
      scan(p);
      return;
    default:
      errorExpected(p, "';'");
      // advance(stmtStart)
      while (p.tok !== EOF && !(p.tok === KEYWORD && STMT_START.has(p.lit))) scan(p);
  }
}

const STMT_START = new Set(['break', 'const', 'continue', 'defer', 'fallthrough', 'for', 'go', 'goto', 'if', 'return', 'select', 'switch', 'type', 'var']);

function importSpec(p: HParser): void {
  if (p.tok === IDENT || p.tok === PERIOD) scan(p);
  if (p.tok === STRING) scan(p);
  else if (p.tok === IDENT || p.tok === LITERAL) {
    error(p, p.pos, 'import path must be a string');
    scan(p);
  } else {
    error(p, p.pos, 'missing import path');
    // advance(exprEnd)
    while (p.tok !== EOF && p.tok !== COMMA && p.tok !== SEMI && p.tok !== RPAREN && !(p.tok === OTHER && (p.lit === ':' || p.lit === ']' || p.lit === '}'))) scan(p);
  }
  expectSemi(p);
}

/** The first error go/parser reports in the package clause and imports of src, or null. */
export function checkHeader(text: string, lineOf: (pos: number) => number): HeaderError | null {
  const src = text.slice(0, headerEnd(text));
  const p: HParser = { src, i: 0, insertSemi: false, errors: [], tok: EOF, pos: 0, lit: '', lastErrLine: -1 };
  scan(p);
  expect(p, KEYWORD, 'package');
  if (p.tok === IDENT) scan(p);
  else expect(p, IDENT, 'IDENT');
  expectSemi(p);
  if (p.errors.length === 0) {
    while (p.tok === KEYWORD && p.lit === 'import' && p.errors.length === 0) {
      scan(p);
      if (p.tok === LPAREN) {
        scan(p);
        while (p.tok !== RPAREN && p.tok !== EOF && p.errors.length === 0) importSpec(p);
        expect(p, RPAREN, ')');
        expectSemi(p);
      } else {
        importSpec(p);
      }
    }
  }
  if (p.errors.length === 0) return null;
  // go/parser drops an error on the same line as the previous one; then the list is sorted.
  const kept: HeaderError[] = [];
  for (const e of p.errors) {
    if (kept.length && lineOf(kept[kept.length - 1].pos) === lineOf(e.pos)) continue;
    kept.push(e);
  }
  kept.sort((a, b) => a.pos - b.pos || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  return kept[0];
}

// ---- go/build's importReader (go/build/read.go) ------------------------------------------------

interface ImportReader {
  src: string;
  i: number; // bytes read so far (UTF-16 units here; only ASCII matters to the reader)
  peek: number; // peeked byte, 0 if none
  eof: boolean;
  err: boolean; // a syntax error (or a NUL byte) stopped the reader
}

function isIdentByte(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c >= 0x80;
}

function readByte(r: ImportReader): number {
  if (r.i >= r.src.length) { r.eof = true; return 0; }
  const c = r.src.charCodeAt(r.i++);
  if (c === 0) r.err = true; // errNUL
  return c;
}

function peekByte(r: ImportReader, skipSpace: boolean): number {
  if (r.err) return 0;
  let c = r.peek;
  if (c === 0) c = readByte(r);
  while (!r.err && !r.eof) {
    if (skipSpace) {
      // For the purposes of this reader, semicolons are never necessary to understand the
      // input and are treated as spaces.
      if (c === 0x20 || c === 0x0c || c === 0x09 || c === 0x0d || c === 0x0a || c === 0x3b) {
        c = readByte(r);
        continue;
      }
      if (c === 0x2f) {
        c = readByte(r);
        if (c === 0x2f) {
          while (c !== 0x0a && !r.err && !r.eof) c = readByte(r);
        } else if (c === 0x2a) {
          let c1 = 0;
          while ((c !== 0x2a || c1 !== 0x2f) && !r.err) {
            if (r.eof) r.err = true;
            c = c1;
            c1 = readByte(r);
          }
        } else {
          r.err = true;
        }
        c = readByte(r);
        continue;
      }
    }
    break;
  }
  r.peek = c;
  return c;
}

function nextByte(r: ImportReader, skipSpace: boolean): number {
  const c = peekByte(r, skipSpace);
  r.peek = 0;
  return c;
}

function readKeyword(r: ImportReader, kw: string): void {
  peekByte(r, true);
  for (let i = 0; i < kw.length; i++) {
    if (nextByte(r, false) !== kw.charCodeAt(i)) { r.err = true; return; }
  }
  if (isIdentByte(peekByte(r, false))) r.err = true;
}

function readIdent(r: ImportReader): void {
  if (!isIdentByte(peekByte(r, true))) { r.err = true; return; }
  while (isIdentByte(peekByte(r, false))) r.peek = 0;
}

function readString(r: ImportReader): void {
  switch (nextByte(r, true)) {
    case 0x60:
      while (!r.err) {
        if (nextByte(r, false) === 0x60) break;
        if (r.eof) r.err = true;
      }
      break;
    case 0x22:
      while (!r.err) {
        const c = nextByte(r, false);
        if (c === 0x22) break;
        if (r.eof || c === 0x0a) r.err = true;
        if (c === 0x5c) nextByte(r, false);
      }
      break;
    default:
      r.err = true;
  }
}

function readImport(r: ImportReader): void {
  const c = peekByte(r, true);
  if (c === 0x2e) r.peek = 0;
  else if (isIdentByte(c)) readIdent(r);
  readString(r);
}

/** How much of src go/parser gets: the header up to the imports' end, or all of it after a reader error. */
function headerEnd(src: string): number {
  const r: ImportReader = { src, i: 0, peek: 0, eof: false, err: false };
  readKeyword(r, 'package');
  readIdent(r);
  while (peekByte(r, true) === 0x69) {
    readKeyword(r, 'import');
    if (peekByte(r, true) === 0x28) {
      nextByte(r, false);
      while (peekByte(r, true) !== 0x29 && !r.err) readImport(r);
      nextByte(r, false);
    } else {
      readImport(r);
    }
  }
  if (r.err) return src.length; // consume the whole file so go/parser reports the error
  // If we stopped successfully before EOF, we read a byte that told us we were done.
  return r.eof ? r.i : r.i - 1;
}
