/**
 * This file implements index and slice expressions (https://go.dev/ref/spec#Index_expressions,
 * #Slice_expressions), mirroring go/types index.go: constant indices checked against array and
 * constant-string lengths, map keys assigned to the key type, explicit instantiation of generic
 * functions and types (`f[int]`, `Pair[int, string]`).
 */

import type * as ast from '../syntax/ast';
import { type Checker, type Operand, errorAt, invalidOperand, opString } from './checker';
import { Typ } from './universe';
import { coreType, isInteger, isString, isUntyped, isValid, under } from './predicates';
import * as constant from './constant';
import { assignment, convertUntyped } from './operand';
import { expr } from './expr';
import { typExpr } from './typexpr';
import { instantiateGenericFunc } from './call';

// ---- index and slice -----------------------------------------------------------------------------

/** Checks an index operand; returns its constant value or -1. `max` >= 0 bounds a constant index. */
export function checkIndex(c: Checker, e: ast.Expr, max: number, allowNegative = false): number {
  const x = invalidOperand(e);
  expr(c, x, e);
  if (x.mode === 'invalid') return -2;
  if (isUntyped(x.type) && x.mode === 'constant') {
    convertUntyped(c, x, Typ.int);
    if ((x.mode as string) === 'invalid') return -2;
  }
  if (!isInteger(x.type)) {
    errorAt(c, x, `invalid argument: index ${opString(c, x)} must be integer`);
    return -2;
  }
  if (x.mode === 'constant' && x.val) {
    const v = constant.toIntValue(x.val);
    if (v === null) return -1;
    if (!allowNegative && v < 0n) { errorAt(c, x, `invalid argument: index ${opString(c, x)} must not be negative`); return -2; }
    if (max >= 0 && v >= BigInt(max)) { errorAt(c, x, `invalid argument: index ${v} out of bounds [0:${max}]`); return -2; }
    return Number(v);
  }
  return -1;
}

export function indexExpr(c: Checker, x: Operand, e: ast.IndexExpr | ast.IndexListExpr): void {
  expr(c, x, e.x, true);
  if (x.mode === 'invalid') return;
  if (x.mode === 'typexpr') {
    x.type = typExpr(c, e);
    x.mode = isValid(x.type) ? 'typexpr' : 'invalid';
    x.expr = e;
    return;
  }
  if (x.mode === 'value' && x.type.kind === 'Signature' && x.type.typeParams.length > 0) {
    instantiateGenericFunc(c, x, e);
    return;
  }
  if (e.kind === 'IndexListExpr') {
    errorAt(c, e.indices[1], `invalid operation: more than one index`);
    x.mode = 'invalid';
    return;
  }
  const core = coreType(x.type);
  const u = core ?? under(x.type);
  let length = -1;
  switch (u.kind) {
    case 'Basic':
      if (isString(u)) {
        if (x.mode === 'constant' && x.val && x.val.kind === 'string') length = x.val.value.length;
        x.mode = 'value';
        x.type = Typ.byte;
        const i = checkIndex(c, e.index, length);
        if (i === -2) { x.mode = 'invalid'; return; }
        x.val = null;
        x.expr = e;
        return;
      }
      break;
    case 'Array':
      length = u.len;
      if (x.mode !== 'variable') x.mode = 'value';
      x.type = u.elem;
      break;
    case 'Pointer': {
      const a = under(u.elem);
      if (a.kind === 'Array') { length = a.len; x.mode = 'variable'; x.type = a.elem; break; }
      errorAt(c, e.lbrack, `cannot index ${opString(c, x)}`);
      x.mode = 'invalid';
      return;
    }
    case 'Slice':
      x.mode = 'variable';
      x.type = u.elem;
      break;
    case 'Map': {
      const k = invalidOperand(e.index);
      expr(c, k, e.index);
      assignment(c, k, u.key, 'map index');
      x.mode = 'mapindex';
      x.type = u.elem;
      x.expr = e;
      return;
    }
    default:
      errorAt(c, e.lbrack, `cannot index ${opString(c, x)}`);
      x.mode = 'invalid';
      return;
  }
  if (u.kind === 'Basic') {
    errorAt(c, e.lbrack, `cannot index ${opString(c, x)}`);
    x.mode = 'invalid';
    return;
  }
  const i = checkIndex(c, e.index, length);
  if (i === -2) { /* error reported; keep x valid to avoid follow-ons as go/types does */ }
  x.expr = e;
  x.val = null;
}

export function sliceExpr(c: Checker, x: Operand, e: ast.SliceExpr): void {
  expr(c, x, e.x);
  if (x.mode === 'invalid') return;
  const u = coreType(x.type) ?? under(x.type);
  let length = -1;
  switch (u.kind) {
    case 'Basic':
      if (!isString(u)) { errorAt(c, x, `cannot slice ${opString(c, x)}`); x.mode = 'invalid'; return; }
      if (e.slice3) { errorAt(c, e.max ?? e, `invalid operation: 3-index slice of string`); x.mode = 'invalid'; return; }
      if (x.mode === 'constant' && x.val && x.val.kind === 'string') length = x.val.value.length;
      if (isUntyped(x.type)) x.type = Typ.string;
      x.mode = 'value';
      x.val = null;
      break;
    case 'Array':
      if (x.mode !== 'variable') { errorAt(c, x, `cannot slice unaddressable value ${opString(c, x)}`); x.mode = 'invalid'; return; }
      length = u.len;
      x.mode = 'value';
      x.type = { kind: 'Slice', elem: u.elem };
      break;
    case 'Pointer': {
      const a = under(u.elem);
      if (a.kind !== 'Array') { errorAt(c, x, `cannot slice ${opString(c, x)}`); x.mode = 'invalid'; return; }
      length = a.len;
      x.mode = 'value';
      x.type = { kind: 'Slice', elem: a.elem };
      break;
    }
    case 'Slice':
      x.mode = 'value';
      break;
    default:
      errorAt(c, x, `cannot slice ${opString(c, x)}`);
      x.mode = 'invalid';
      return;
  }
  const idx: number[] = [];
  for (const ie of [e.low, e.high, e.max]) {
    if (!ie) { idx.push(-1); continue; }
    const v = checkIndex(c, ie, length >= 0 ? length + 1 : -1);
    idx.push(v);
  }
  const consts = idx.filter((v) => v >= 0);
  for (let i = 1; i < consts.length; i++) {
    if (consts[i] < consts[i - 1]) {
      const exprs = [e.low, e.high, e.max].filter((v, j) => v && idx[j] >= 0) as ast.Expr[];
      errorAt(c, exprs[i], `invalid slice indices: ${consts[i]} < ${consts[i - 1]}`);
      break;
    }
  }
  x.expr = e;
}
