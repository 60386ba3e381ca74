/**
 * This file implements operations on operands shared by expressions, calls and assignments
 * (go/types operand.go, expr.go, conversions.go pieces): implicit conversion of untyped values
 * (https://go.dev/ref/spec#Constants, #Assignability), assignability with its causes, the
 * single-value rule and recording of final types of untyped expressions (updateExprType).
 */

import type * as ast from '../syntax/ast';
import type { Basic, Type } from './type';
import { type Checker, type Operand, errorAt, opString, record, tstr } from './checker';
import { Typ, basicOf } from './universe';
import {
  defaultType, identical, isBoolean, isInterface, isNumeric, isString, isTypeParam, isUntyped, isValid, under,
  kindIsNumeric, kindIsInteger, kindIsFloat, kindIsComplex, typeParamTerms, isInteger,
} from './predicates';
import { representable } from './constant';
import { missingMethod } from './lookup';

export function isNil(x: Operand): boolean {
  return x.mode === 'value' && x.type.kind === 'Basic' && x.type.basic === 'untyped nil';
}

/** go/types representation: code '' ok, 'truncated', 'overflows', 'invalid'. */
export function representation(x: Operand, t: Basic): [Operand['val'], '' | 'truncated' | 'overflows' | 'invalid'] {
  const v = x.val!;
  const r = representable(v, t.basic);
  if (r) return [r, ''];
  if (isNumeric(x.type) && kindIsNumeric(t.basic)) {
    if (!isInteger(x.type) && kindIsInteger(t.basic)) return [null, 'truncated'];
    return [null, 'overflows'];
  }
  return [null, 'invalid'];
}

const rank: Record<string, number> = { 'untyped int': 1, 'untyped rune': 2, 'untyped float': 3, 'untyped complex': 4 };
function maxType(x: Type, y: Type): Type | null {
  const a = (x as Basic).basic, b = (y as Basic).basic;
  if (rank[a] && rank[b]) return rank[a] >= rank[b] ? x : y;
  if (a === b) return x;
  return null;
}

/**
 * go/types implicitTypeAndValue: the type (and value) x gets when used where `target` is expected.
 * Returns [null, null, code] when impossible.
 */
export function implicitTypeAndValue(c: Checker, x: Operand, target: Type): [Type | null, Operand['val'], '' | 'truncated' | 'overflows' | 'invalid'] {
  if (x.mode === 'invalid' || !isUntyped(x.type) || !isValid(target)) return [x.type, null, ''];
  if (isUntyped(target)) {
    const m = maxType(x.type, target);
    return m ? [m, null, ''] : [null, null, 'invalid'];
  }
  if (target.kind === 'TypeParam') {
    const terms = typeParamTerms(target);
    if (!terms || terms.length === 0) return isNil(x) ? [null, null, 'invalid'] : [null, null, 'invalid'];
    for (const t of terms) {
      const [nt, , code] = implicitTypeAndValue(c, x, t.type);
      if (!nt || code) return [null, null, code || 'invalid'];
    }
    if (isNil(x)) return [Typ.untypedNil, null, ''];
    return [target, x.val, ''];
  }
  const u = under(target);
  switch (u.kind) {
    case 'Basic': {
      if (x.mode === 'constant') {
        const [v, code] = representation(x, u);
        if (code) return [null, null, code];
        return [target, v, ''];
      }
      const xb = (x.type as Basic).basic;
      if (xb === 'untyped bool') { if (!isBoolean(u)) return [null, null, 'invalid']; }
      else if (xb === 'untyped int' || xb === 'untyped rune' || xb === 'untyped float' || xb === 'untyped complex') {
        if (!isNumeric(u)) return [null, null, 'invalid'];
        if (kindIsInteger(xb) === false && kindIsInteger(u.basic) && xb !== 'untyped int') return [null, null, 'invalid'];
      } else if (xb === 'untyped string') { if (!isString(u)) return [null, null, 'invalid']; }
      else if (xb === 'untyped nil') { if (u.basic !== 'unsafe.Pointer') return [null, null, 'invalid']; }
      return [target, null, ''];
    }
    case 'Interface':
      if (isNil(x)) return [Typ.untypedNil, null, ''];
      if (u.methods.length > 0 || u.allMethods.length > 0 || u.typeSet) return [null, null, 'invalid'];
      return [defaultType(x.type), null, ''];
    case 'Pointer': case 'Signature': case 'Slice': case 'Map': case 'Chan':
      if (!isNil(x)) return [null, null, 'invalid'];
      return [Typ.untypedNil, null, ''];
    default:
      return [null, null, 'invalid'];
  }
}

/** Records the final type of an untyped expression tree (go/types updateExprType, simplified). */
export function updateExprType(c: Checker, e: ast.Expr | null, t: Type, final = true): void {
  if (!e) return;
  const tv = c.info.types.get(e);
  if (!tv || !isUntyped(tv.type)) return;
  switch (e.kind) {
    case 'ParenExpr': updateExprType(c, e.x, t, final); break;
    case 'UnaryExpr': if (e.op !== '!' || isBoolean(t)) updateExprType(c, e.x, t, final); break;
    case 'BinaryExpr':
      if (['==', '!=', '<', '<=', '>', '>='].includes(e.op)) break;
      if (e.op === '<<' || e.op === '>>') updateExprType(c, e.x, t, final);
      else { updateExprType(c, e.x, t, final); updateExprType(c, e.y, t, final); }
      break;
  }
  let nt = t;
  if (isInterface(t) || isTypeParam(t)) nt = tv.type.kind === 'Basic' && tv.type.basic === 'untyped nil' ? tv.type : defaultType(tv.type);
  let value = tv.value;
  if (value && tv.mode === 'constant') {
    const u = under(nt);
    if (u.kind === 'Basic') value = representable(value, u.basic) ?? value;
  }
  c.info.types.set(e, { mode: tv.mode, type: nt, value });
}

/** go/types convertUntyped: converts x to target or reports "cannot convert"/"truncated"/"overflows". */
export function convertUntyped(c: Checker, x: Operand, target: Type): void {
  const [nt, val, code] = implicitTypeAndValue(c, x, target);
  if (!nt || code) {
    const t = isTypeParam(target) ? target : under(target);
    invalidConversion(c, code || 'invalid', x, t);
    x.mode = 'invalid';
    return;
  }
  if (val) { x.val = val; }
  if (nt !== x.type) {
    x.type = nt;
    updateExprType(c, x.expr, nt);
    if (x.expr && x.val) record(c, x);
  }
}

export function invalidConversion(c: Checker, code: string, x: Operand, t: Type): void {
  const msg = code === 'truncated' ? `${opString(c, x)} truncated to ${tstr(c, t)}` : code === 'overflows' ? `${opString(c, x)} overflows ${tstr(c, t)}` : `cannot convert ${opString(c, x)} to type ${tstr(c, t)}`;
  errorAt(c, x, msg);
}

/** Whether V (with x's value) is assignable to T; `cause` receives the explanation. */
export function assignableTo(c: Checker, x: Operand, T: Type, cause: { msg: string } | null): boolean {
  if (x.mode === 'invalid' || !isValid(T) || !isValid(x.type)) return true;
  const V = x.type;
  if (identical(V, T)) return true;
  const Vu = under(V), Tu = under(T);
  const Vp = V.kind === 'TypeParam', Tp = T.kind === 'TypeParam';
  if (isUntyped(Vu)) {
    if (Tp) {
      const terms = typeParamTerms(T);
      if (!terms || terms.length === 0) return false;
      return terms.every((t) => { const [nt] = implicitTypeAndValue(c, x, t.type); return !!nt; });
    }
    const [nt] = implicitTypeAndValue(c, x, T);
    return !!nt;
  }
  const hasName = (t: Type) => t.kind === 'Named' || t.kind === 'Basic' || t.kind === 'TypeParam';
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T)) && !Vp && !Tp) return true;
  if (Tu.kind === 'Interface' && !Tp) {
    if (implementsCause(c, V, T, cause)) return true;
    if (!Vp) return false;
    if (cause) cause.msg = '';
  }
  if (Vu.kind === 'Interface' && !Vp) {
    if (implementsCause(c, T, V, null)) { if (cause) cause.msg = 'need type assertion'; return false; }
  }
  if (Vu.kind === 'Chan' && Vu.dir === 'both' && Tu.kind === 'Chan' && identical(Vu.elem, Tu.elem)) {
    return !hasName(V) || !hasName(T);
  }
  if (!Vp && !Tp) return false;
  // x's type V is not a named type and T is a type parameter: assignable to every type in T's set
  if (!hasName(V) && Tp) {
    const terms = typeParamTerms(T);
    return !!terms && terms.length > 0 && terms.every((t) => assignableTo(c, x, t.type, null));
  }
  // V is a type parameter and T is not a named type: every type in V's set assignable to T
  if (Vp && !hasName(T)) {
    const terms = typeParamTerms(V);
    return !!terms && terms.length > 0 && terms.every((t) => assignableTo(c, { ...x, type: t.type }, T, null));
  }
  return false;
}

/** go/types implements with its cause wording. */
export function implementsCause(c: Checker, V: Type, T: Type, cause: { msg: string } | null): boolean {
  const Tu = under(T);
  if (!isValid(V) || Tu.kind !== 'Interface') return true;
  const Vs = tstr(c, V), Ts = tstr(c, T);
  if (Tu.typeSet !== null || (Tu.isComparableConstraint && T !== c.univ.comparable)) {
    // constraint interfaces cannot be used as value types; be lenient here
  }
  const mm = missingMethod(c.inst, V, T, c.pkg);
  if (mm) {
    if (cause) {
      const m = mm.method.name;
      if (mm.reason === 'ptrRecv') cause.msg = `${Vs} does not implement ${Ts} (method ${m} has pointer receiver)`;
      else if (mm.reason === 'wrongType') {
        const have = `${mm.have!.name}${sigStr(c, mm.haveSig ?? (mm.have!.type as never))}`;
        const want = `${m}${sigStr(c, mm.method.type as never)}`;
        cause.msg = `${Vs} does not implement ${Ts} (wrong type for method ${m})\n\t\thave ${have}\n\t\twant ${want}`;
      } else if (mm.reason === 'wrongName') {
        const have = `${mm.have!.name}${sigStr(c, mm.haveSig ?? (mm.have!.type as never))}`;
        cause.msg = `${Vs} does not implement ${Ts} (missing method ${m})\n\t\thave ${have}\n\t\twant ${m}${sigStr(c, mm.method.type as never)}`;
      } else cause.msg = `${Vs} does not implement ${Ts} (missing method ${m})`;
    }
    return false;
  }
  if (Tu.isComparableConstraint && !comparableType(V)) {
    if (cause) cause.msg = `${Vs} does not implement comparable`;
    return false;
  }
  return true;
}
import { comparable as comparableType } from './predicates';
import { writeSignature, relativeTo } from './typestring';
function sigStr(c: Checker, s: import('./type').Signature): string {
  const out: string[] = [];
  writeSignature(out, s, { qf: relativeTo(c.pkg), anyType: c.univ.any, paramNames: false });
  return out.join('');
}

/** Reports "multiple-value … in single-value context" and invalidates x. */
export function singleValue(c: Checker, x: Operand): void {
  if (x.mode === 'value' && x.type.kind === 'Tuple') {
    errorAt(c, x, `multiple-value ${opString(c, x)} in single-value context`);
    x.mode = 'invalid';
  }
}

/** go/types assignment(): checks that x can be assigned to T (null: untyped → default), in `context`. */
export function assignment(c: Checker, x: Operand, T: Type | null, context: string): void {
  singleValue(c, x);
  if (x.mode === 'invalid') return;
  if (x.mode === 'novalue' || x.mode === 'builtin' || x.mode === 'typexpr') {
    errorAt(c, x, `cannot assign ${opString(c, x)} to ${T ? tstr(c, T) : '_'} in ${context}`);
    x.mode = 'invalid';
    return;
  }
  if (isUntyped(x.type)) {
    let target: Type | null = T;
    if (isNil(x)) {
      if (T === null) {
        errorAt(c, x, `use of untyped nil in ${context}`);
        x.mode = 'invalid';
        return;
      }
    } else if (T === null || (isInterface(T) && !isTypeParam(T))) target = defaultType(x.type);
    const [nt, val, code] = implicitTypeAndValue(c, x, target!);
    if (!nt || code) {
      let msg = `cannot use ${opString(c, x)} as ${tstr(c, target!)} value in ${context}`;
      if (code === 'truncated') msg += ' (truncated)';
      else if (code === 'overflows') msg += ' (overflows)';
      errorAt(c, x, msg);
      x.mode = 'invalid';
      return;
    }
    if (val) x.val = val;
    if (nt !== x.type) { x.type = nt; updateExprType(c, x.expr, nt); record(c, x); }
  }
  if (x.type.kind === 'Signature' && x.type.typeParams.length > 0 && T !== null && inferFromTarget(c, x, T)) {
    if ((x.mode as string) === 'invalid') return;
  }
  if (x.type.kind === 'Signature' && x.type.typeParams.length > 0) {
    errorAt(c, x, `cannot use generic function ${x.expr ? exprS(x.expr) : ''} without instantiation`);
    x.mode = 'invalid';
    return;
  }
  if (T === null) return;
  const cause = { msg: '' };
  if (!assignableTo(c, x, T, cause)) {
    errorAt(c, x, `cannot use ${opString(c, x)} as ${tstr(c, T)} value in ${context}${cause.msg ? ': ' + cause.msg : ''}`);
    x.mode = 'invalid';
  }
}
import { exprString as exprS } from './exprstring';
import { inferFromTarget } from './infer';

export { basicOf, kindIsFloat, kindIsComplex };
