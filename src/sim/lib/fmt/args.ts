/**
 * This file implements the small parsers of fmt's printf (/usr/local/go/src/fmt/print.go):
 * parsenum (width and precision, refusing numbers beyond 1e6), parseArgNumber (`[n]`),
 * intFromArg (a `*` operand: any integer kind that fits an int), and the exported-name test
 * reflect uses for CanInterface.
 */
import { under } from '../../types/predicates';
import type { Iface, Int64 } from '../../vm/values';
import { runeIs } from '../unicodeutil';
import { decodeRune } from '../utf8util';

type Operand = Iface | null;

export function isExportedName(name: string): boolean {
  if (name === '') return false;
  const c = name.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  // non-ASCII: exported iff unicode.IsUpper (identifiers here are byte strings)
  return runeIs('IsUpper', decodeRune(name, 0)[0]);
}

function tooLarge(x: number): boolean { return x > 1e6 || x < -1e6; }

export function parsenum(s: string, start: number, end: number): [number, boolean, number] {
  if (start >= end) return [0, false, end];
  let num = 0, isnum = false, i = start;
  for (; i < end && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39; i++) {
    if (tooLarge(num)) return [0, false, end];
    num = num * 10 + (s.charCodeAt(i) - 0x30);
    isnum = true;
  }
  return [num, isnum, i];
}

export function parseArgNumber(format: string): [number, number, boolean] {
  if (format.length < 3) return [0, 1, false];
  for (let i = 1; i < format.length; i++) {
    if (format[i] === ']') {
      const [width, ok, newi] = parsenum(format, 1, i);
      if (!ok || newi !== i) return [0, i + 1, false];
      return [width - 1, i + 1, true];
    }
  }
  return [0, 1, false];
}

export function intFromArg(a: readonly Operand[], argNum: number): [number, boolean, number] {
  let num = 0, isInt = false, newArgNum = argNum;
  if (argNum < a.length) {
    const arg = a[argNum];
    if (arg !== null) {
      const u = under(arg.t);
      if (u.kind === 'Basic') {
        switch (u.basic) {
          case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
          case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr': {
            const v = arg.v as Int64;
            if (typeof v === 'number') { num = v; isInt = true; }
            break;
          }
        }
      }
    }
    newArgNum = argNum + 1;
    if (tooLarge(num)) { num = 0; isInt = false; }
  }
  return [num, isInt, newArgNum];
}

