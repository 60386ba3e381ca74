/**
 * This file implements the natives of packages unicode/utf8, unicode and strconv (declared in
 * types/stdlib/{utf8,unicode,strconv}.ts) on top of utf8util.ts, unicodeutil.ts and strconv/.
 */
import type { Int64 } from '../vm/values';
import { int, num } from './goval';
import type { Host } from './host';
import type { NativeTable } from './native';
import { parseFloat, parseInt, parseUint, toInt64 } from './strconv/atoi';
import { formatFloat } from './strconv/ftoa';
import * as q from './strconv/quote';
import { mapCase, runeIs, inTable } from './unicodeutil';
import type { PredName } from './unicodeutil';
import { decodeLastRune, decodeRune, encodeRune, fullRune, runeCount, runeLen, validString } from './utf8util';

const pred = (name: PredName) => (_h: Host, r: number) => runeIs(name, r);

function formatInt(h: Host, v: Int64, base: number, unsigned: boolean): string {
  if (base < 2 || base > 36) h.panicString('strconv: illegal AppendInt/FormatInt base');
  let b = typeof v === 'bigint' ? v : BigInt(v);
  if (unsigned && b < 0n) b = BigInt.asUintN(64, b);
  return b.toString(base);
}

export const textNatives: NativeTable = {
  // unicode/utf8
  'unicode/utf8.encodeRune': (_h: Host, r: number) => encodeRune(r),
  'unicode/utf8.DecodeRuneInString': (_h: Host, s: string) => decodeRune(s, 0),
  'unicode/utf8.DecodeLastRuneInString': (_h: Host, s: string) => decodeLastRune(s, s.length),
  'unicode/utf8.FullRuneInString': (_h: Host, s: string) => fullRune(s),
  'unicode/utf8.RuneCountInString': (_h: Host, s: string) => runeCount(s),
  'unicode/utf8.RuneLen': (_h: Host, r: number) => runeLen(r),
  'unicode/utf8.ValidString': (_h: Host, s: string) => validString(s),

  // unicode
  'unicode.inTable': (_h: Host, name: string, r: number) => inTable(name, r),
  'unicode.IsControl': pred('IsControl'),
  'unicode.IsDigit': pred('IsDigit'),
  'unicode.IsGraphic': pred('IsGraphic'),
  'unicode.IsLetter': pred('IsLetter'),
  'unicode.IsLower': pred('IsLower'),
  'unicode.IsMark': pred('IsMark'),
  'unicode.IsNumber': pred('IsNumber'),
  'unicode.IsPrint': pred('IsPrint'),
  'unicode.IsPunct': pred('IsPunct'),
  'unicode.IsSpace': pred('IsSpace'),
  'unicode.IsSymbol': pred('IsSymbol'),
  'unicode.IsTitle': pred('IsTitle'),
  'unicode.IsUpper': pred('IsUpper'),
  'unicode.ToLower': (_h: Host, r: number) => mapCase('ToLower', r),
  'unicode.ToTitle': (_h: Host, r: number) => mapCase('ToTitle', r),
  'unicode.ToUpper': (_h: Host, r: number) => mapCase('ToUpper', r),
  'unicode.SimpleFold': (_h: Host, r: number) => mapCase('SimpleFold', r),

  // strconv
  'strconv.parseInt': (_h: Host, s: string, base: Int64, bitSize: Int64) => {
    const [v, code] = parseInt(s, num(base), num(bitSize));
    return [toInt64(v), code];
  },
  'strconv.parseUint': (_h: Host, s: string, base: Int64, bitSize: Int64) => {
    const [v, code] = parseUint(s, num(base), num(bitSize));
    return [toInt64(v), code];
  },
  'strconv.parseFloat': (_h: Host, s: string, bitSize: Int64) => parseFloat(s, num(bitSize)),
  'strconv.Itoa': (_h: Host, v: Int64) => String(v),
  'strconv.FormatInt': (h: Host, v: Int64, base: Int64) => formatInt(h, v, num(base), false),
  'strconv.FormatUint': (h: Host, v: Int64, base: Int64) => formatInt(h, v, num(base), true),
  'strconv.FormatFloat': (h: Host, f: number, fmt: number, prec: Int64, bitSize: Int64) => {
    const bs = num(bitSize);
    if (bs !== 32 && bs !== 64) h.panicString('strconv: illegal AppendFloat/FormatFloat bitSize');
    return formatFloat(bs === 32 ? Math.fround(f) : f, String.fromCharCode(fmt), num(prec), bs as 32 | 64);
  },
  'strconv.Quote': (_h: Host, s: string) => q.quote(s),
  'strconv.QuoteToASCII': (_h: Host, s: string) => q.quoteToASCII(s),
  'strconv.QuoteToGraphic': (_h: Host, s: string) => q.quoteToGraphic(s),
  'strconv.QuoteRune': (_h: Host, r: number) => q.quoteRune(r),
  'strconv.QuoteRuneToASCII': (_h: Host, r: number) => q.quoteRuneToASCII(r),
  'strconv.QuoteRuneToGraphic': (_h: Host, r: number) => q.quoteRuneToGraphic(r),
  'strconv.CanBackquote': (_h: Host, s: string) => q.canBackquote(s),
  'strconv.IsPrint': (_h: Host, r: number) => q.isPrint(r),
  'strconv.IsGraphic': (_h: Host, r: number) => q.isGraphic(r),
  'strconv.unquote': (_h: Host, s: string) => { const r = q.unquote(s); return r === null ? ['', false] : [r, true]; },
  'strconv.quotedPrefix': (_h: Host, s: string) => { const r = q.quotedPrefix(s); return r === null ? ['', false] : [r, true]; },
  'strconv.unquoteChar': (_h: Host, s: string, quote: number) => {
    const r = q.unquoteChar(s, quote);
    return r === null ? [0, false, '', false] : [r.value, r.multibyte, r.tail, true];
  },
};
void int;
