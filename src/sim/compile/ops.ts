/**
 * This file implements code generation for Go's arithmetic, bitwise, shift and comparison
 * operators on the representations of vm/values.ts (https://go.dev/ref/spec#Arithmetic_operators,
 * #Comparison_operators, #Integer_overflow).
 *
 * Invariants:
 * - Integer results of sized types are wrapped in the emitted expression itself (`|0`, `>>>0`,
 *   `<<24>>24`, `&0xff`); 64-bit ones go through vm/int64.ts (inlinable fast paths).
 * - Division and remainder check the divisor (`R.dz()` panics "integer divide by zero").
 * - Shift counts: a negative signed count panics "negative shift amount"; counts >= the width give
 *   0 (or -1 for a negative signed value shifted right).
 * - float32 results are rounded with Math.fround after every operation.
 */

import type * as ast from '../syntax/ast';
import type { FnC } from './func';
import { isUnsigned, rep, type Rep, type Type } from './types';

const wrap32: Partial<Record<Rep, (x: string) => string>> = {
  i32: (x) => `((${x})|0)`,
  u32: (x) => `((${x})>>>0)`,
  i16: (x) => `((${x})<<16>>16)`,
  u16: (x) => `((${x})&65535)`,
  i8: (x) => `((${x})<<24>>24)`,
  u8: (x) => `((${x})&255)`,
};

export function binop(c: FnC, op: ast.BinaryOp, t: Type, x: string, y: string, pos: number, yType: Type): string {
  void pos;
  const r = rep(t);
  switch (op) {
    case '==': case '!=': {
      const e = c.P.eq(t, x, y);
      return op === '==' ? e : `!${e}`;
    }
    case '<': case '<=': case '>': case '>=':
      return `(${x}${op}${y})`;
    case '&&': return `(${x}&&${y})`;
    case '||': return `(${x}||${y})`;
  }
  if (r === 'str') {
    if (op === '+') return `(${x}+${y})`;
  }
  if (r === 'f64' || r === 'f32') {
    const jsop = op;
    const e = `(${x}${jsop}${y})`;
    return r === 'f32' ? `Math.fround${e}` : e;
  }
  if (r === 'c128' || r === 'c64') {
    const fn = ({ '+': 'cadd', '-': 'csub', '*': 'cmul', '/': 'cdiv' } as Record<string, string>)[op];
    return `R.${fn}(${x},${y},${r === 'c64'})`;
  }
  const w = wrap32[r];
  if (w) {
    const u = isUnsigned(r);
    switch (op) {
      case '+': return w(`${x}+${y}`);
      case '-': return w(`${x}-${y}`);
      case '*': return r === 'i32' ? `Math.imul(${x},${y})` : r === 'u32' ? `(Math.imul(${x},${y})>>>0)` : w(`Math.imul(${x},${y})`);
      case '/': return w(`R.div32(${x},${y})`);
      case '%': return `R.rem32(${x},${y})`;
      case '&': return w(`${x}&${y}`);
      case '|': return w(`${x}|${y}`);
      case '^': return w(`${x}^${y}`);
      case '&^': return w(`${x}&~(${y})`);
      case '<<': return w(`R.shl32(${x},${shiftCount(yType, y)})`);
      case '>>': return u ? `R.shrU32(${x},${shiftCount(yType, y)})` : `R.shrS32(${x},${shiftCount(yType, y)})`;
    }
  }
  if (r === 'i64' || r === 'u64') {
    const u = r === 'u64';
    const S = u ? 'U' : 'S';
    switch (op) {
      case '+': return `add${S}(${x},${y})`;
      case '-': return `sub${S}(${x},${y})`;
      case '*': return `mul${S}(${x},${y})`;
      case '/': return `div${S}(${x},R.nz(${y}))`;
      case '%': return `rem${S}(${x},R.nz(${y}))`;
      case '&': return `R.and64(${x},${y},${u})`;
      case '|': return `R.or64(${x},${y},${u})`;
      case '^': return `R.xor64(${x},${y},${u})`;
      case '&^': return `R.andNot64(${x},${y},${u})`;
      case '<<': return `R.shl64(${x},${shiftCount(yType, y)},${u})`;
      case '>>': return `R.shr64(${x},${shiftCount(yType, y)})`;
    }
  }
  throw new Error(`internal error: operator ${op} on ${r}`);
}

/** A shift count as a JS number (>= 0; huge counts saturate at 64), panicking when negative. */
function shiftCount(t: Type, y: string): string {
  const r = rep(t);
  if (/^\d+$/.test(y)) return y;
  if (isUnsigned(r)) return r === 'u64' ? `R.ucount(${y})` : y;
  return `R.scount(${y})`;
}

export function unop(c: FnC, op: string, t: Type, x: string): string {
  void c;
  const r = rep(t);
  switch (op) {
    case '+': return x;
    case '!': return `(!${x})`;
    case '-':
      if (r === 'f64') return `(-(${x}))`;
      if (r === 'f32') return `(-(${x}))`;
      if (r === 'c128' || r === 'c64') return `R.cneg(${x})`;
      if (r === 'i64') return `negS(${x})`;
      if (r === 'u64') return `negU(${x})`;
      return (wrap32[r] as (s: string) => string)(`-(${x})`);
    case '^':
      if (r === 'i64') return `R.not64(${x},false)`;
      if (r === 'u64') return `R.not64(${x},true)`;
      return (wrap32[r] as (s: string) => string)(`~(${x})`);
  }
  throw new Error(`internal error: unary ${op} on ${r}`);
}
