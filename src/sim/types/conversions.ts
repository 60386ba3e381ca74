/**
 * This file implements conversions T(x) (https://go.dev/ref/spec#Conversions), mirroring go/types
 * conversions.go: constant conversions with representability (`cannot convert 300 (untyped int
 * constant) to type int8 (overflows)`), int → string, and the convertibility rules, including type
 * parameters (every pair of types in the type sets must convert).
 */

import type * as ast from '../syntax/ast';
import type { Type } from './type';
import { type Checker, type Operand, errorAt, invalidOperand, opString, tstr, record, unsupportedAt } from './checker';
import {
  defaultType, identical, isComplex, isFloat, isInteger, isString,
  isTypeParam, isUntyped, under, hasNil, isInterface, isConstType,
} from './predicates';
import * as constant from './constant';
import { assignableTo, convertUntyped, isNil, representation } from './operand';
import { expr } from './expr';

// ---- conversions ---------------------------------------------------------------------------------

export function conversionCall(c: Checker, x: Operand, e: ast.CallExpr): void {
  const T = x.type;
  if (e.args.length !== 1 || e.ellipsis >= 0) {
    if (e.args.length === 0) errorAt(c, e.rparen, `missing argument in conversion to ${tstr(c, T)}`);
    else errorAt(c, e.args[e.args.length - 1], `too many arguments in conversion to ${tstr(c, T)}`);
    for (const a of e.args) { const y = invalidOperand(a); expr(c, y, a); }
    x.mode = 'invalid';
    x.expr = e;
    return;
  }
  expr(c, x, e.args[0], false, T);
  if (x.mode !== 'invalid') conversion(c, x, T);
  if (x.mode !== 'invalid') reinterpretation(c, e, T);
  x.expr = e;
  record(c, x);
}

/**
 * `(*T)(unsafe.Pointer(p))` with p a *U of another type reads U's bytes as a T. The simulator keeps
 * values, not bytes, so it refuses such a program (with the position) instead of running it wrong.
 * Converting back to the pointer's own type, or from an unsafe.Pointer of unknown origin, is fine.
 */
function reinterpretation(c: Checker, e: ast.CallExpr, T: Type): void {
  const ut = under(T);
  if (ut.kind !== 'Pointer') return;
  let a = e.args[0];
  while (a.kind === 'ParenExpr') a = a.x;
  if (a.kind !== 'CallExpr' || a.args.length !== 1) return;
  const at = c.info.types.get(a);
  if (!at || at.type.kind !== 'Basic' || at.type.basic !== 'unsafe.Pointer' || c.info.types.get(a.fun)?.mode !== 'typexpr') return;
  const src = c.info.types.get(a.args[0])?.type;
  if (!src) return;
  const us = under(src);
  if (us.kind === 'Pointer' && !identical(us.elem, ut.elem)) {
    unsupportedAt(c, e, `reading a ${tstr(c, us.elem)} as a ${tstr(c, ut.elem)} through unsafe.Pointer`);
  }
}

/** https://go.dev/ref/spec#Conversions */
export function conversion(c: Checker, x: Operand, T: Type): void {
  const constArg = x.mode === 'constant';
  const u = under(T);
  let ok = false;
  let cause = '';
  if (constArg && isConstType(T) && u.kind === 'Basic') {
    const v = x.val!;
    if (isInteger(x.type) && isString(T)) {
      // int → string: the rune's UTF-8
      const i = constant.toIntValue(v);
      const cp = i !== null && i >= 0n && i <= 0x10ffffn ? Number(i) : 0xfffd;
      x.val = constant.strVal(constant.utf8Encode(cp));
      ok = true;
    } else {
      const [nv, code] = representation(x, u);
      if (!code) { x.val = nv; ok = true; }
      else if (isInteger(x.type) && isInteger(T)) {
        // go.dev/issue/63563: a concise message for integer overflow
        errorAt(c, x, `constant ${constant.constString(v)} overflows ${tstr(c, T)}`);
        x.mode = 'invalid';
        return;
      }
    }
  } else if (constArg && isTypeParam(T)) {
    ok = convertibleTo(c, x, T, null);
    if (ok) x.mode = 'value';
  } else {
    const cz = { msg: '' };
    ok = convertibleTo(c, x, T, cz);
    cause = cz.msg;
    if (ok) x.mode = 'value';
  }
  if (!ok) {
    errorAt(c, x, `cannot convert ${opString(c, x)} to type ${tstr(c, T)}${cause ? ': ' + cause : ''}`);
    x.mode = 'invalid';
    return;
  }
  if (isUntyped(x.type)) {
    let final = T;
    if (isInterface(T) && !isTypeParam(T) || (constArg && !isConstType(T)) || !isTyped(T)) final = defaultType(x.type);
    if (isNil(x) && hasNil(T)) final = T;
    // record the final type of the argument
    const save = x.type;
    if (save !== final) {
      const y: Operand = { ...x, type: save };
      convertUntyped(c, y, final);
    }
  }
  if (!(constArg && isConstType(T) && !isTypeParam(T))) x.val = null;
  x.type = T;
  if (x.mode !== 'constant') x.mode = 'value';
}

function isTyped(t: Type): boolean { return !isUntyped(t); }

export function convertibleTo(c: Checker, x: Operand, T: Type, cause: { msg: string } | null): boolean {
  if (assignableTo(c, x, T, cause)) return true;
  if (cause) cause.msg = '';
  const V = x.type;
  const Vu = under(V), Tu = under(T);
  const stripTags = (t: Type) => t;
  if (identical(stripTags(Vu), stripTags(Tu)) && !isTypeParam(V) && !isTypeParam(T)) return true;
  if (V.kind === 'Pointer' && T.kind === 'Pointer' && identical(under(V.elem), under(T.elem))) return true;
  if (Vu.kind === 'Pointer' && Tu.kind === 'Pointer' && V.kind !== 'Named' && T.kind !== 'Named' && identical(under(Vu.elem), under(Tu.elem))) return true;
  if ((isInteger(V) || isFloat(V)) && (isInteger(T) || isFloat(T))) return true;
  // unsafe.Pointer ↔ any pointer or uintptr (https://go.dev/ref/spec#Package_unsafe)
  const isUnsafePtr = (t: Type) => t.kind === 'Basic' && t.basic === 'unsafe.Pointer';
  if (isUnsafePtr(Vu) && (Tu.kind === 'Pointer' || (Tu.kind === 'Basic' && Tu.basic === 'uintptr'))) return true;
  if (isUnsafePtr(Tu) && (Vu.kind === 'Pointer' || (Vu.kind === 'Basic' && Vu.basic === 'uintptr'))) return true;
  if (isComplex(V) && isComplex(T)) return true;
  if ((isInteger(V) || isByteOrRuneSlice(Vu)) && isString(T)) return true;
  if (isString(V) && isByteOrRuneSlice(Tu)) return true;
  if (Vu.kind === 'Slice' && Tu.kind === 'Array' && identical(Vu.elem, Tu.elem)) return true;
  if (Vu.kind === 'Slice' && Tu.kind === 'Pointer' && under(Tu.elem).kind === 'Array' && identical(Vu.elem, (under(Tu.elem) as { elem: Type }).elem)) return true;
  if (isTypeParam(V) || isTypeParam(T)) {
    // every pair of types in the type sets must be convertible
    const vs = isTypeParam(V) ? termTypes(V) : [V];
    const ts = isTypeParam(T) ? termTypes(T) : [T];
    if (!vs || !ts) return false;
    return vs.every((v) => ts.every((t) => convertibleTo(c, { ...x, type: v, mode: 'value' }, t, null)));
  }
  return false;
}

function termTypes(t: Type): Type[] | null {
  if (t.kind !== 'TypeParam') return [t];
  const u = under(t.constraint);
  if (u.kind !== 'Interface' || !u.typeSet || u.typeSet.length === 0) return null;
  return u.typeSet.map((x) => x.type);
}

function isByteOrRuneSlice(t: Type): boolean {
  if (t.kind !== 'Slice') return false;
  const e = under(t.elem);
  return e.kind === 'Basic' && (e.basic === 'uint8' || e.basic === 'int32');
}

