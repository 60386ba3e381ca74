/**
 * This file implements the two fmt verbs gc's scanner uses in its messages about characters:
 * `%#U` (`U+0040 '@'`) and `%q` of a rune (`'\n'`), following Go's fmt and strconv.QuoteRune
 * (src/fmt/format.go fmtUnicode, src/strconv/quote.go appendEscapedRune).
 */

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(r: number): boolean {
  if (r === 0x20) return true;
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) return false;
  return PRINTABLE.test(String.fromCodePoint(r));
}

function hex(r: number, width: number): string {
  return r.toString(16).toUpperCase().padStart(width, '0');
}

/** fmt's `%#U`: `U+0040 '@'`, or just `U+0000` for a non-printable rune. */
export function formatU(r: number): string {
  const s = 'U+' + hex(r, 4);
  return isPrint(r) ? `${s} '${String.fromCodePoint(r)}'` : s;
}

/** strconv.QuoteRune: the rune as a Go rune literal, e.g. `'a'`, `'\n'`, `'\x00'`, `'\u00a0'`. */
export function quoteRune(r: number): string {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) r = 0xfffd;
  let body: string;
  if (r === 0x27 || r === 0x5c) body = '\\' + String.fromCharCode(r);
  else if (isPrint(r)) body = String.fromCodePoint(r);
  else {
    switch (r) {
      case 7: body = '\\a'; break;
      case 8: body = '\\b'; break;
      case 12: body = '\\f'; break;
      case 10: body = '\\n'; break;
      case 13: body = '\\r'; break;
      case 9: body = '\\t'; break;
      case 11: body = '\\v'; break;
      default:
        if (r < 0x20 || r === 0x7f) body = '\\x' + hex(r, 2).toLowerCase();
        else if (r < 0x10000) body = '\\u' + hex(r, 4).toLowerCase();
        else body = '\\U' + hex(r, 8).toLowerCase();
    }
  }
  return `'${body}'`;
}
