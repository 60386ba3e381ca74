/**
 * This file implements the checking of expressions (https://go.dev/ref/spec#Expressions), mirroring
 * go/types expr.go: identifiers, literals, unary and binary operators with untyped constant
 * arithmetic, comparisons, shifts, and the dispatch to selectors/index/slices/composite literals
 * (selector.ts, indexing.ts, literals.ts, assertions.ts) and calls (call.ts).
 *
 * Invariants: every evaluated expression is recorded in Info.types (constants with their value);
 * after an error the operand is 'invalid' and no further error is reported about it.
 */

import type * as ast from '../syntax/ast';
import type { Basic, GoObject, Type } from './type';
import { type Checker, type Operand, errorAt, invalidOperand, opString, record, recordUse, tstr } from './checker';
import { Typ } from './universe';
import {
  comparable, compositeKind, defaultType, hasNil, identical, isBoolean, isComplex, isFloat, isInteger, isNumeric,
  isOrdered, isString, isTypeParam, isUnsigned, isUntyped, isValid, under, isConstType,
} from './predicates';
import * as constant from './constant';
import { assignableTo, convertUntyped, isNil, singleValue, updateExprType, representation } from './operand';
import { objDecl } from './decl';
import { callExpr } from './call';
import { selector } from './selector';
import { indexExpr, sliceExpr } from './indexing';
import { compositeLit, funcLit } from './literals';
import { typeAssertion } from './assertions';
import { typExpr } from './typexpr';

/** Evaluates an identifier (go/types typexpr.go ident). */
export function ident(c: Checker, x: Operand, e: ast.Ident, wantType: boolean): void {
  x.mode = 'invalid';
  x.expr = e;
  x.type = Typ.invalid;
  if (e.name === '_') {
    errorAt(c, e, wantType ? 'cannot use _ as type' : 'cannot use _ as value');
    return;
  }
  const obj = lookupIdent(c, e.name);
  if (!obj) {
    errorAt(c, e, `undefined: ${e.name}`);
    return;
  }
  recordUse(c, e, obj);
  useObject(c, x, e, obj);
}

/** The object a name denotes in the current scope chain, or null. */
export function lookupIdent(c: Checker, name: string): GoObject | null {
  for (let s: typeof c.scope | null = c.scope; s; s = s.parent) {
    const o = s.names.get(name);
    if (o) return o;
  }
  return null;
}

export function useObject(c: Checker, x: Operand, e: ast.Expr, obj: GoObject): void {
  if (c.objDecl.has(obj)) {
    objDecl(c, obj);
    if (c.decl && (obj.kind === 'Var' || obj.kind === 'Func' || obj.kind === 'Const')) c.decl.deps.add(obj);
  }
  x.expr = e;
  switch (obj.kind) {
    case 'PkgName':
      errorAt(c, e, `use of package ${obj.name} without selector`);
      obj.used = true;
      return;
    case 'Const':
      x.type = obj.type;
      if (!isValid(obj.type)) return;
      if (obj === c.univ.iota) {
        if (!c.iota) { errorAt(c, e, 'cannot use iota outside constant declaration'); return; }
        x.val = c.iota;
      } else x.val = obj.value;
      x.mode = 'constant';
      break;
    case 'TypeName':
      x.mode = 'typexpr';
      x.type = obj.type;
      break;
    case 'Var':
      if (obj.pkg === c.pkg) obj.used = true;
      // declared with an invalid type (already reported, e.g. an unsupported package): its uses
      // stay invalid and silent, as in go/types
      if (!isValid(obj.type)) return;
      x.mode = 'variable';
      x.type = obj.type;
      break;
    case 'Func':
      x.mode = 'value';
      x.type = obj.type;
      break;
    case 'Builtin':
      x.mode = 'builtin';
      x.type = Typ.invalid;
      x.builtin = obj.name as Operand['builtin'];
      break;
    case 'Nil':
      x.mode = 'value';
      x.type = Typ.untypedNil;
      break;
    default:
      return;
  }
  if (x.mode !== 'builtin') record(c, x);
}

/** Evaluates e; with allowType, a type expression is accepted (mode 'typexpr'). */
export function expr(c: Checker, x: Operand, e: ast.Expr, allowType = false, hint: Type | null = null): void {
  rawExpr(c, x, e, hint, allowType);
  if (x.mode === 'novalue' && !allowType) {
    errorAt(c, x, `${opString(c, x)} used as value`);
    x.mode = 'invalid';
  } else if (x.mode === 'typexpr' && !allowType) {
    errorAt(c, x, `${opString(c, x)} is not an expression`);
    x.mode = 'invalid';
  } else if (x.mode === 'builtin' && !allowType) {
    errorAt(c, x, `${opString(c, x)} must be called`);
    x.mode = 'invalid';
  }
  if (!allowType) singleValue(c, x);
}

/** Evaluates e possibly yielding several values (a call); returns the list. */
export function multiExpr(c: Checker, e: ast.Expr): Operand[] {
  const x = invalidOperand(e);
  rawExpr(c, x, e, null, false);
  if (x.mode === 'invalid') return [x];
  if (x.mode === 'value' && x.type.kind === 'Tuple') {
    return x.type.vars.map((v) => ({ mode: 'value', expr: e, type: v.type, val: null }));
  }
  if (x.mode === 'novalue') { errorAt(c, x, `${opString(c, x)} used as value`); x.mode = 'invalid'; }
  else if (x.mode === 'typexpr') { errorAt(c, x, `${opString(c, x)} is not an expression`); x.mode = 'invalid'; }
  else if (x.mode === 'builtin') { errorAt(c, x, `${opString(c, x)} must be called`); x.mode = 'invalid'; }
  return [x];
}

export function rawExpr(c: Checker, x: Operand, e: ast.Expr, hint: Type | null, allowGeneric: boolean): void {
  x.mode = 'invalid'; x.type = Typ.invalid; x.val = null; x.expr = e;
  exprInternal(c, x, e, hint, allowGeneric);
  x.expr = e;
  record(c, x);
}

function exprInternal(c: Checker, x: Operand, e: ast.Expr, hint: Type | null, allowGeneric: boolean): void {
  switch (e.kind) {
    case 'BadExpr': return;
    case 'Ident': ident(c, x, e, false); return;
    case 'BasicLit': {
      const v = constant.fromLiteral(e.litKind, e.value);
      if (v.kind === 'unknown') { errorAt(c, e, `malformed constant: ${e.value}`); return; }
      x.mode = 'constant';
      x.val = v;
      x.type = e.litKind === 'INT' ? Typ.untypedInt : e.litKind === 'FLOAT' ? Typ.untypedFloat : e.litKind === 'IMAG' ? Typ.untypedComplex : e.litKind === 'CHAR' ? Typ.untypedRune : Typ.untypedString;
      return;
    }
    case 'FuncLit': funcLit(c, x, e); return;
    case 'CompositeLit': compositeLit(c, x, e, hint); return;
    case 'ParenExpr': {
      rawExpr(c, x, e.x, hint, allowGeneric);
      x.expr = e;
      return;
    }
    case 'SelectorExpr': selector(c, x, e); return;
    case 'IndexExpr': case 'IndexListExpr': indexExpr(c, x, e); return;
    case 'SliceExpr': sliceExpr(c, x, e); return;
    case 'TypeAssertExpr': typeAssertion(c, x, e); return;
    case 'CallExpr': callExpr(c, x, e); return;
    case 'StarExpr': {
      expr(c, x, e.x, true);
      if (x.mode === 'invalid') return;
      if (x.mode === 'typexpr') { x.type = { kind: 'Pointer', elem: x.type }; x.expr = e; return; }
      if (isNil(x)) { errorAt(c, x, `invalid operation: cannot indirect nil`); x.mode = 'invalid'; return; }
      const u = under(x.type);
      if (u.kind !== 'Pointer') { errorAt(c, x, `invalid operation: cannot indirect ${opString(c, x)}`); x.mode = 'invalid'; return; }
      x.mode = 'variable';
      x.type = u.elem;
      return;
    }
    case 'UnaryExpr': unary(c, x, e); return;
    case 'BinaryExpr': binary(c, x, e, e.x, e.y, e.op, e.opPos); return;
    case 'KeyValueExpr': errorAt(c, e, 'unexpected key:value expression'); return;
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType': case 'Ellipsis':
      x.mode = 'typexpr';
      x.type = typExpr(c, e);
      return;
  }
}

// ---- unary ---------------------------------------------------------------------------------------

function unary(c: Checker, x: Operand, e: ast.UnaryExpr): void {
  if (e.op === '&') {
    const inner = unparen(e.x);
    if (inner.kind === 'CompositeLit') {
      expr(c, x, e.x);
      if (x.mode === 'invalid') return;
      x.mode = 'value';
      x.type = { kind: 'Pointer', elem: x.type };
      return;
    }
    expr(c, x, e.x);
    if (x.mode === 'invalid') return;
    if (x.mode !== 'variable') {
      errorAt(c, x, `invalid operation: cannot take address of ${opString(c, x)}`);
      x.mode = 'invalid';
      return;
    }
    x.mode = 'value';
    x.type = { kind: 'Pointer', elem: x.type };
    return;
  }
  expr(c, x, e.x);
  if (x.mode === 'invalid') return;
  if (e.op === '<-') {
    const u = under(x.type);
    if (u.kind !== 'Chan') { errorAt(c, x, `invalid operation: cannot receive from non-channel ${tstr(c, x.type)} ${opString(c, x)}`); x.mode = 'invalid'; return; }
    if (u.dir === 'send') { errorAt(c, x, `invalid operation: cannot receive from send-only channel ${tstr(c, x.type)} ${opString(c, x)}`); x.mode = 'invalid'; return; }
    x.mode = 'commaok';
    x.type = u.elem;
    return;
  }
  if (e.op === '~') { errorAt(c, e, 'cannot use ~ outside of interface or type constraint'); x.mode = 'invalid'; return; }
  const ok = e.op === '!' ? isBoolean(x.type) : e.op === '^' ? isInteger(x.type) : isNumeric(x.type);
  if (!ok) {
    errorAt(c, x, `invalid operation: operator ${e.op} not defined on ${opString(c, x)}`);
    x.mode = 'invalid';
    return;
  }
  if (x.mode === 'constant') {
    let bits = 0;
    if (e.op === '^' && isUnsigned(x.type)) {
      const k = (under(x.type) as Basic).basic;
      bits = k === 'uint8' ? 8 : k === 'uint16' ? 16 : k === 'uint32' ? 32 : 64;
    }
    x.val = constant.unaryOp(e.op, x.val!, bits);
    x.expr = e;
    overflow(c, x);
    return;
  }
  x.mode = 'value';
}

export function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

/** Checks that a constant result fits its type (go/types overflow). */
function overflow(c: Checker, x: Operand): void {
  if (x.mode !== 'constant' || !x.val) return;
  if (!isUntyped(x.type)) {
    const u = under(x.type);
    if (u.kind === 'Basic') {
      const [v, code] = representation(x, u);
      if (code) {
        errorAt(c, x, code === 'truncated' ? `${opString(c, x)} truncated to ${tstr(c, x.type)}` : code === 'overflows' ? `${opString(c, x)} overflows ${tstr(c, x.type)}` : `cannot convert ${opString(c, x)} to type ${tstr(c, x.type)}`);
        x.mode = 'invalid';
        return;
      }
      x.val = v;
    }
    return;
  }
  if (x.val.kind === 'int' && (x.val.value > 0n ? x.val.value : -x.val.value).toString(2).length > 512) {
    errorAt(c, x, `constant ${opName(x.expr)} overflow`);
    x.val = constant.unknownValue;
  }
}

function opName(e: ast.Expr | null): string {
  if (e && e.kind === 'BinaryExpr') {
    const names: Record<string, string> = { '+': 'addition', '-': 'subtraction', '*': 'multiplication', '<<': 'shift' };
    return names[e.op] ?? 'operation';
  }
  return 'operation';
}

// ---- binary --------------------------------------------------------------------------------------

const comparisonOps = new Set(['==', '!=', '<', '<=', '>', '>=']);

/** types2 matchTypes.mayConvert (expr.go). */
function mayConvert(x: Operand, y: Operand): boolean {
  if (!isUntyped(x.type) && !isUntyped(y.type)) return false;
  if (isNumeric(x.type) !== isNumeric(y.type)) return false;
  const nonTPIface = (t: Type) => !isTypeParam(t) && under(t).kind === 'Interface';
  if (nonTPIface(x.type) || nonTPIface(y.type)) return true;
  if (isBoolean(x.type) !== isBoolean(y.type)) return false;
  if (isString(x.type) !== isString(y.type)) return false;
  if (isNil(x)) return hasNil(y.type);
  if (isNil(y)) return hasNil(x.type);
  if (under(x.type).kind === 'Pointer' || under(y.type).kind === 'Pointer') return false;
  return true;
}

function matchTypes(c: Checker, x: Operand, y: Operand): void {
  if (mayConvert(x, y)) {
    convertUntyped(c, x, y.type);
    if (x.mode === 'invalid') return;
    convertUntyped(c, y, x.type);
    if (y.mode === 'invalid') { x.mode = 'invalid'; return; }
  }
}

/**
 * https://go.dev/ref/spec#Arithmetic_operators and #Comparison_operators. `lhs`/`rhs` are the operand
 * expressions; for `x op= y` statements e is null-like (the AssignStmt) and the message says `op=`.
 */
export function binary(c: Checker, x: Operand, e: ast.Expr | null, lhs: ast.Expr, rhs: ast.Expr, op: string, opPos: number): void {
  const y = invalidOperand(rhs);
  expr(c, x, lhs);
  expr(c, y, rhs);
  if (x.mode === 'invalid') return;
  if (y.mode === 'invalid') { x.mode = 'invalid'; x.expr = y.expr; return; }
  if (op === '<<' || op === '>>') { shift(c, x, y, e, op); return; }
  matchTypes(c, x, y);
  if ((x.mode as string) === 'invalid') return;
  if (comparisonOps.has(op)) { comparison(c, x, y, op, e, false); return; }
  if (!identical(x.type, y.type)) {
    if (isValid(x.type) && isValid(y.type)) {
      if (e) errorAt(c, e, `invalid operation: ${exprStr(e)} (mismatched types ${tstr(c, x.type)} and ${tstr(c, y.type)})`);
      else errorAt(c, lhs, `invalid operation: ${exprStr(lhs)} ${op}= ${exprStr(rhs)} (mismatched types ${tstr(c, x.type)} and ${tstr(c, y.type)})`);
    }
    x.mode = 'invalid';
    return;
  }
  if (!opDefined(c, x, op)) { x.mode = 'invalid'; return; }
  if (op === '/' || op === '%') {
    if ((x.mode === 'constant' || isInteger(x.type)) && y.mode === 'constant' && y.val && constant.sign(y.val) === 0) {
      errorAt(c, y, 'invalid operation: division by zero');
      x.mode = 'invalid';
      return;
    }
    if (x.mode === 'constant' && y.mode === 'constant' && isComplex(x.type) && y.val && y.val.kind === 'complex' && constant.sign(y.val.re) === 0 && constant.sign(y.val.im) === 0) {
      errorAt(c, y, 'invalid operation: division by zero');
      x.mode = 'invalid';
      return;
    }
  }
  if (x.mode === 'constant' && y.mode === 'constant') {
    const intDiv = isInteger(x.type);
    x.val = constant.binaryOp(x.val!, op, y.val!, intDiv);
    x.expr = e ?? lhs;
    overflow(c, x);
    return;
  }
  x.mode = 'value';
}

function exprStr(e: ast.Expr): string { return exprStringImpl(e); }
import { exprString as exprStringImpl } from './exprstring';

function opDefined(c: Checker, x: Operand, op: string): boolean {
  let ok: boolean;
  switch (op) {
    case '+': ok = isNumeric(x.type) || isString(x.type); break;
    case '-': case '*': case '/': ok = isNumeric(x.type); break;
    case '%': case '&': case '|': case '^': case '&^': ok = isInteger(x.type); break;
    case '&&': case '||': ok = isBoolean(x.type); break;
    default: ok = false;
  }
  if (!ok) errorAt(c, x, `invalid operation: operator ${op} not defined on ${opString(c, x)}`);
  return ok;
}

function incomparableCause(c: Checker, t: Type): string {
  const u = under(t);
  switch (u.kind) {
    case 'Slice': case 'Signature': case 'Map': return `${compositeKind(t)} can only be compared to nil`;
    case 'Struct': {
      for (const f of u.fields) if (!comparable(f.type)) return `struct containing ${tstr(c, f.type)} cannot be compared`;
      return '';
    }
    case 'Array': return `${tstr(c, t)} cannot be compared`;
  }
  return '';
}

export function comparison(c: Checker, x: Operand, y: Operand, op: string, e: ast.Expr | null, switchCase: boolean): void {
  let errOp: Operand = x;
  let cause = '';
  let ok = assignableTo(c, x, y.type, null) || assignableTo(c, y, x.type, null);
  if (!ok) {
    errOp = y;
    cause = `mismatched types ${tstr(c, x.type)} and ${tstr(c, y.type)}`;
  } else if (op === '==' || op === '!=') {
    if (isNil(x) || isNil(y)) {
      const t = isNil(x) ? y.type : x.type;
      if (!hasNil(t) && !(isNil(x) && isNil(y))) { errOp = y; ok = false; }
      else if (isNil(x) && isNil(y)) { ok = false; errOp = y; cause = `operator ${op} not defined on untyped nil`; }
    } else if (!comparable(x.type)) { errOp = x; cause = incomparableCause(c, x.type); ok = false; }
    else if (!comparable(y.type)) { errOp = y; cause = incomparableCause(c, y.type); ok = false; }
  } else {
    if (!isOrdered(x.type)) { errOp = x; ok = false; }
    else if (!isOrdered(y.type)) { errOp = y; ok = false; }
  }
  if (!ok) {
    if (!cause) {
      if (isTypeParam(x.type) || isTypeParam(y.type)) {
        if (!isTypeParam(x.type)) errOp = y;
        cause = `type parameter ${tstr(c, errOp.type)} cannot use operator ${op}`;
      } else {
        const what = compositeKind(errOp.type) || tstr(c, errOp.type);
        cause = `operator ${op} not defined on ${what}`;
      }
    }
    if (switchCase) errorAt(c, x, `invalid case ${exprStr(x.expr!)} in switch on ${exprStr(y.expr!)} (${cause})`);
    else errorAt(c, errOp, `invalid operation: ${exprStr(x.expr!)} ${op} ${exprStr(y.expr!)} (${cause})`);
    x.mode = 'invalid';
    return;
  }
  if (x.mode === 'constant' && y.mode === 'constant') {
    x.val = constant.boolVal(constant.compare(x.val!, op, y.val!));
  } else {
    x.mode = 'value';
    x.val = null;
    updateExprType(c, x.expr, defaultType(x.type));
    updateExprType(c, y.expr, defaultType(y.type));
  }
  x.type = Typ.untypedBool;
  if (e) x.expr = e;
}

function shift(c: Checker, x: Operand, y: Operand, e: ast.Expr | null, op: '<<' | '>>'): void {
  // the shifted operand
  if (x.mode === 'constant' && isUntyped(x.type)) {
    const iv = constant.toIntValue(x.val!);
    if (iv === null || !isNumeric(x.type)) {
      errorAt(c, x, `invalid operation: shifted operand ${opString(c, x)} must be integer`);
      x.mode = 'invalid';
      return;
    }
    if (!isInteger(x.type)) { x.type = Typ.untypedInt; x.val = constant.intVal(iv); }
  } else if (!isInteger(x.type)) {
    errorAt(c, x, `invalid operation: shifted operand ${opString(c, x)} must be integer`);
    x.mode = 'invalid';
    return;
  }
  // the shift count
  if (y.mode === 'constant') {
    const yv = constant.toIntValue(y.val!);
    if (yv === null && isUntyped(y.type) && isNumeric(y.type)) {
      // types2: an untyped constant count must be representable by uint ("1.5 … truncated to uint")
      convertUntyped(c, y, Typ.uint);
      if ((y.mode as string) === 'invalid') { x.mode = 'invalid'; return; }
    }
    if (yv === null || !(isNumeric(y.type))) {
      errorAt(c, y, `invalid operation: shift count ${opString(c, y)} must be integer`);
      x.mode = 'invalid';
      return;
    }
    if (yv < 0n) {
      errorAt(c, y, `invalid operation: negative shift count ${opString(c, y)}`);
      x.mode = 'invalid';
      return;
    }
    if (isUntyped(y.type)) convertUntyped(c, y, Typ.uint);
  } else if (!isInteger(y.type)) {
    errorAt(c, y, `invalid operation: shift count ${opString(c, y)} must be integer`);
    x.mode = 'invalid';
    return;
  } else if (isUntyped(y.type)) convertUntyped(c, y, Typ.uint);
  if (x.mode === 'constant') {
    if (y.mode === 'constant') {
      const s = Number(constant.toIntValue(y.val!)!);
      if (s > 10000) { errorAt(c, y, `invalid shift count ${opString(c, y)}`); x.mode = 'invalid'; return; }
      x.val = constant.shift(x.val!, op, s);
      x.expr = e ?? x.expr;
      overflow(c, x);
      return;
    }
    if (isUntyped(x.type)) {
      // non-constant shift of an untyped constant: the result stays untyped (non-constant) and
      // takes its type from the context (https://go.dev/ref/spec#Operators, shifts)
      x.mode = 'value';
      x.val = null;
      x.type = Typ.untypedInt;
      return;
    }
  }
  x.mode = 'value';
  x.val = null;
}

export { isFloat, isConstType, singleValue };
