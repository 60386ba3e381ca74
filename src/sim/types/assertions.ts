/**
 * This file implements type assertions (https://go.dev/ref/spec#Type_assertions) and the
 * "impossible type assertion / type switch case" checks (go/types expr.go typeAssertion).
 */

import type * as ast from '../syntax/ast';
import type { Type } from './type';
import { type Checker, type Operand, errorAt, opString, tstr } from './checker';
import { isInterface, isTypeParam, isValid } from './predicates';
import { implementsCause } from './operand';
import { expr } from './expr';
import { varType } from './typexpr';
import { exprString } from './exprstring';

export function typeAssertion(c: Checker, x: Operand, e: ast.TypeAssertExpr): void {
  expr(c, x, e.x);
  if (x.mode === 'invalid') return;
  if (!e.type) { errorAt(c, e, `invalid syntax tree: use of .(type) outside type switch`); x.mode = 'invalid'; return; }
  if (isTypeParam(x.type)) { errorAt(c, x, `invalid operation: cannot use type assertion on type parameter value ${exprString(e.x)}`); x.mode = 'invalid'; return; }
  if (!isInterface(x.type)) { errorAt(c, x, `invalid operation: ${exprString(e.x)} (${opDesc(c, x)}) is not an interface`); x.mode = 'invalid'; return; }
  const T = varType(c, e.type);
  if (!isValid(T)) { x.mode = 'invalid'; return; }
  checkTypeAssertion(c, e, x, T, false);
  x.mode = 'commaok';
  x.type = T;
  x.expr = e;
}

function opDesc(c: Checker, x: Operand): string {
  const s = opString(c, x);
  const i = s.indexOf(' (');
  return i >= 0 ? s.slice(i + 2, -1) : s;
}

/** Reports an impossible type assertion (T does not implement the interface of x). */
export function checkTypeAssertion(c: Checker, e: ast.Expr, x: Operand, T: Type, typeSwitch: boolean): void {
  if (isInterface(T)) return;
  const cause = { msg: '' };
  if (implementsCause(c, T, x.type, cause)) return;
  if (typeSwitch) {
    errorAt(c, e, `impossible type switch case: ${exprString(e)}\n\t${opString(c, x)} cannot have dynamic type ${tstr(c, T)} ${causeParen(cause.msg, c, T, x.type)}`);
    return;
  }
  errorAt(c, e, `impossible type assertion: ${exprString(e)}\n\t${cause.msg}`);
}

function causeParen(msg: string, c: Checker, T: Type, V: Type): string {
  const i = msg.indexOf('(');
  void c; void T; void V;
  return i >= 0 ? msg.slice(i) : '';
}
