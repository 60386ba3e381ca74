/**
 * This file implements selectors (https://go.dev/ref/spec#Selectors, #Qualified_identifiers,
 * #Method_values, #Method_expressions), index and slice expressions (#Index_expressions,
 * #Slice_expressions), composite literals (#Composite_literals), function literals and type
 * assertions (#Type_assertions), mirroring go/types selector in call.go, index.go and literals.go.
 *
 * Invariant: field/method selections are recorded in Info.selections; qualified identifiers are
 * recorded in Info.uses only and mark their import used.
 */

import type * as ast from '../syntax/ast';
import type { Func, Signature, Type, Var } from './type';
import { type Checker, type Operand, errorAt, invalidOperand, opString, record, recordUse, tstr, closeScope, openScope, recordType } from './checker';
import { Typ, newTuple, newVar } from './universe';
import { coreType, identical, isExported, isInteger, isInterface, isString, isTypeParam, isUntyped, isValid, under } from './predicates';
import * as constant from './constant';
import { assignment, convertUntyped, isNil, implementsCause } from './operand';
import { expr, useObject, unparen } from './expr';
import { lookupFieldOrMethod, hasPtrRecv } from './lookup';
import { typExpr, funcType, arrayLength } from './typexpr';
import { funcBody } from './stmt';
import { instantiateGenericFunc } from './call';
import { exprString } from './exprstring';

// ---- selectors -----------------------------------------------------------------------------------

export function selector(c: Checker, x: Operand, e: ast.SelectorExpr): void {
  const sel = e.sel.name;
  if (e.x.kind === 'Ident') {
    const obj = lookupName(c, e.x.name);
    if (obj && obj.kind === 'PkgName') {
      recordUse(c, e.x, obj);
      obj.used = true;
      const pkg = c.imports.get(obj.imported);
      if (!pkg) { x.mode = 'invalid'; return; }
      const m = pkg.scope.names.get(sel);
      if (!m || !isExported(sel)) {
        if (m && !isExported(sel)) errorAt(c, e.sel, `name ${sel} not exported by package ${obj.imported.slice(obj.imported.lastIndexOf('/') + 1)}`);
        else errorAt(c, e.sel, `undefined: ${e.x.name}.${sel}`);
        x.mode = 'invalid';
        return;
      }
      recordUse(c, e.sel, m);
      useObject(c, x, e, m);
      return;
    }
  }
  expr(c, x, e.x, true);
  if (x.mode === 'invalid') return;
  if (x.mode === 'builtin') { errorAt(c, x, `invalid use of ${opString(c, x)}`); x.mode = 'invalid'; return; }
  if (x.mode === 'typexpr') {
    // method expression T.M
    const T = x.type;
    const r = lookupFieldOrMethod(c.inst, T, false, c.pkg, sel);
    if (!r.obj || r.obj.kind !== 'Func') {
      errorAt(c, e.sel, `${exprString(e)} undefined (type ${tstr(c, T)} has no method ${sel})`);
      x.mode = 'invalid';
      return;
    }
    if (r.ptrRecvNeeded && T.kind !== 'Pointer') {
      errorAt(c, e, `invalid method expression ${exprString(e)} (needs pointer receiver (*${tstr(c, T)}).${sel})`);
      x.mode = 'invalid';
      return;
    }
    const sig = r.sig ?? (r.obj.type as Signature);
    const recvParam = newVar('_', T, c.pkg);
    const ft: Signature = { kind: 'Signature', recv: null, typeParams: [], recvTypeParams: [], params: newTuple([recvParam, ...sig.params.vars]), results: sig.results, variadic: sig.variadic };
    c.info.selections.set(e, { kind: 'MethodExpr', recv: T, obj: r.obj, index: r.index, indirect: r.indirect, type: ft });
    recordUse(c, e.sel, r.obj);
    x.mode = 'value';
    x.type = ft;
    x.expr = e;
    return;
  }
  if (x.mode === 'novalue') { errorAt(c, x, `${opString(c, x)} used as value`); x.mode = 'invalid'; return; }
  if (x.type.kind === 'Tuple') { errorAt(c, x, `multiple-value ${opString(c, x)} in single-value context`); x.mode = 'invalid'; return; }
  const T = x.type;
  if (isNil(x)) { errorAt(c, e.sel, `${exprString(e)} undefined (type untyped nil has no field or method ${sel})`); x.mode = 'invalid'; return; }
  const r = lookupFieldOrMethod(c.inst, T, x.mode === 'variable', c.pkg, sel);
  if (!r.obj) {
    lookupError(c, x, e, T, r.ambiguous);
    x.mode = 'invalid';
    return;
  }
  if (r.ptrRecvNeeded) {
    errorAt(c, e.sel, `cannot call pointer method ${sel} on ${tstr(c, T)}`);
    x.mode = 'invalid';
    return;
  }
  recordUse(c, e.sel, r.obj);
  if (r.obj.kind === 'Var') {
    c.info.selections.set(e, { kind: 'FieldVal', recv: T, obj: r.obj, index: r.index, indirect: r.indirect, type: r.obj.type });
    x.mode = x.mode === 'variable' || r.indirect ? 'variable' : 'value';
    x.type = fieldType(c, T, r.obj);
  } else {
    const sig = r.sig ?? (r.obj.type as Signature);
    const mt: Signature = { ...sig, recv: null, recvTypeParams: [] };
    c.info.selections.set(e, { kind: 'MethodVal', recv: T, obj: r.obj as Func, index: r.index, indirect: r.indirect, type: mt });
    x.mode = 'value';
    x.type = mt;
  }
  x.expr = e;
}

/** A field's type as seen through a (possibly instantiated) receiver type. */
function fieldType(c: Checker, T: Type, f: Var): Type {
  void c; void T;
  return f.type;
}

function lookupName(c: Checker, name: string) {
  for (let s: typeof c.scope | null = c.scope; s; s = s.parent) { const o = s.names.get(name); if (o) return o; }
  return null;
}

function lookupError(c: Checker, x: Operand, e: ast.SelectorExpr, T: Type, ambiguous: boolean): void {
  const sel = e.sel.name;
  const what = `${exprString(e)} undefined`;
  if (ambiguous) { errorAt(c, e.sel, `ambiguous selector ${exprString(e)}`); return; }
  if (T.kind === 'Pointer' && isInterface(T.elem)) {
    errorAt(c, e.sel, `${what} (type ${tstr(c, T)} is pointer to interface, not interface)`);
    return;
  }
  // unexported from another package?
  const any = lookupFieldOrMethod(c.inst, T, true, null, sel);
  if (any.obj && any.obj.pkg !== c.pkg && !isExported(sel)) {
    errorAt(c, e.sel, `${what} (cannot refer to unexported ${any.obj.kind === 'Var' ? 'field' : 'method'} ${sel})`);
    return;
  }
  // different capitalization
  const alt = sel[0] === sel[0].toUpperCase() ? sel[0].toLowerCase() + sel.slice(1) : sel[0].toUpperCase() + sel.slice(1);
  const r2 = lookupFieldOrMethod(c.inst, T, true, null, alt);
  let tdesc = tstr(c, T);
  if (isTypeParam(T)) tdesc = `${tstr(c, T)} constrained by ${tstr(c, T.constraint)}`;
  if (r2.obj && alt !== sel) {
    errorAt(c, e.sel, `${what} (type ${tdesc} has no field or method ${sel}, but does have ${r2.obj.kind === 'Var' ? 'field' : 'method'} ${alt})`);
    return;
  }
  void x;
  errorAt(c, e.sel, `${what} (type ${tdesc} has no field or method ${sel})`);
}

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
      if (x.mode !== 'variable') { errorAt(c, x, `invalid operation: ${exprString(e.x)} (slice of unaddressable value)`); x.mode = 'invalid'; return; }
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

// ---- composite literals ----------------------------------------------------------------------------

export function compositeLit(c: Checker, x: Operand, e: ast.CompositeLit, hint: Type | null): void {
  let typ: Type;
  let base: Type;
  if (e.type) {
    if (e.type.kind === 'ArrayType' && e.type.len && e.type.len.kind === 'Ellipsis') {
      const elem = typExpr(c, e.type.elt);
      const n = arrayElems(c, elem, e.elts, -1);
      typ = { kind: 'Array', len: n, elem };
      recordType(c, e.type, typ);
      base = typ;
      x.mode = 'value'; x.type = typ; x.expr = e;
      return;
    }
    typ = typExpr(c, e.type);
    base = typ;
  } else if (hint) {
    typ = hint;
    base = typ;
    const cu = coreType(typ);
    if (cu && cu.kind === 'Pointer') base = cu.elem;
  } else {
    errorAt(c, e, 'invalid composite literal type: missing type');
    for (const el of e.elts) { const y = invalidOperand(el); if (el.kind !== 'KeyValueExpr') expr(c, y, el); }
    x.mode = 'invalid';
    return;
  }
  const u = coreType(base) ?? under(base);
  switch (u.kind) {
    case 'Struct': {
      if (e.elts.length === 0) break;
      const keyed = e.elts[0].kind === 'KeyValueExpr';
      if (keyed) {
        const seen = new Set<string>();
        for (const el of e.elts) {
          if (el.kind !== 'KeyValueExpr') { errorAt(c, el, 'mixture of field:value and value elements in struct literal'); continue; }
          if (el.key.kind !== 'Ident') { errorAt(c, el.key, `invalid field name ${exprString(el.key)} in struct literal`); continue; }
          const name = el.key.name;
          const i = u.fields.findIndex((f) => f.name === name);
          const y = invalidOperand(el.value);
          if (i < 0) {
            errorAt(c, el.key, `unknown field ${name} in struct literal of type ${tstr(c, base)}`);
            expr(c, y, el.value);
            continue;
          }
          const f = u.fields[i];
          recordUse(c, el.key, f);
          if (seen.has(name)) { errorAt(c, el.key, `duplicate field name ${name} in struct literal`); continue; }
          seen.add(name);
          expr(c, y, el.value, false, f.type);
          assignment(c, y, f.type, 'struct literal');
        }
      } else {
        let i = 0;
        for (const el of e.elts) {
          if (el.kind === 'KeyValueExpr') { errorAt(c, el, 'mixture of field:value and value elements in struct literal'); continue; }
          const y = invalidOperand(el);
          if (i >= u.fields.length) {
            errorAt(c, el, `too many values in struct literal of type ${tstr(c, base)}`);
            break;
          }
          const f = u.fields[i];
          expr(c, y, el, false, f.type);
          if (!isExported(f.name) && f.pkg !== c.pkg) {
            errorAt(c, y, `implicit assignment to unexported field ${f.name} in struct literal of type ${tstr(c, base)}`);
          } else assignment(c, y, f.type, 'struct literal');
          i++;
        }
        if (i > 0 && i < u.fields.length) errorAt(c, e.rbrace, `too few values in struct literal of type ${tstr(c, base)}`);
      }
      break;
    }
    case 'Array':
      arrayElems(c, u.elem, e.elts, u.len);
      break;
    case 'Slice':
      arrayElems(c, u.elem, e.elts, -1);
      break;
    case 'Map': {
      const keys = new Map<string, boolean>();
      for (const el of e.elts) {
        if (el.kind !== 'KeyValueExpr') {
          errorAt(c, el, 'missing key in map literal');
          const y = invalidOperand(el); expr(c, y, el);
          continue;
        }
        const k = invalidOperand(el.key);
        expr(c, k, el.key, false, u.key);
        assignment(c, k, u.key, 'map literal');
        if (k.mode === 'constant' && k.val) {
          const key = JSON.stringify([k.val.kind, constKey(k.val)]);
          if (keys.has(key)) errorAt(c, el.key, `duplicate key ${exprString(el.key)} in map literal`);
          keys.set(key, true);
        }
        const v = invalidOperand(el.value);
        expr(c, v, el.value, false, u.elem);
        assignment(c, v, u.elem, 'map literal');
      }
      break;
    }
    default:
      if (isValid(u)) errorAt(c, e, `invalid composite literal type ${tstr(c, typ)}`);
      for (const el of e.elts) { const y = invalidOperand(el); expr(c, y, el.kind === 'KeyValueExpr' ? el.value : el); }
      x.mode = 'invalid';
      return;
  }
  x.mode = 'value';
  x.type = typ;
  x.expr = e;
}

function constKey(v: import('./type').ConstValue): string {
  switch (v.kind) {
    case 'int': return v.value.toString();
    case 'float': return `${v.num}/${v.den}`;
    case 'string': return v.value;
    case 'bool': return String(v.value);
    default: return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
  }
}

/** Elements of an array/slice literal; returns the literal's length. */
function arrayElems(c: Checker, elem: Type, elts: ast.Expr[], length: number): number {
  let index = 0, max = 0;
  const seen = new Set<number>();
  for (const el of elts) {
    let ve: ast.Expr = el;
    if (el.kind === 'KeyValueExpr') {
      const i = checkIndex(c, el.key, length);
      if (i >= 0) index = i;
      else if (i === -1) errorAt(c, el.key, `index ${exprString(el.key)} must be integer constant`);
      ve = el.value;
    } else if (length >= 0 && index >= length) {
      errorAt(c, el, `index ${index} is out of bounds (>= ${length})`);
    }
    if (seen.has(index)) errorAt(c, el, `duplicate index ${index} in array or slice literal`);
    seen.add(index);
    const y = invalidOperand(ve);
    expr(c, y, ve, false, elem);
    assignment(c, y, elem, 'array or slice literal');
    index++;
    if (index > max) max = index;
  }
  return max;
}

// ---- function literals and type assertions --------------------------------------------------------

export function funcLit(c: Checker, x: Operand, e: ast.FuncLit): void {
  const outer = c.scope;
  const scope = openScope(c, e.type, true);
  const sig = funcType(c, null, e.type, scope);
  closeScope(c);
  c.scope = outer;
  recordType(c, e.type, sig);
  const decl = c.decl, iota = c.iota;
  // function literal bodies are checked right away (they may capture variables declared so far)
  const saveF = c.fctx;
  c.fctx = { sig, decl: decl };
  const saveScope = c.scope;
  c.scope = scope;
  funcBody(c, e.body, sig, scope, decl);
  c.scope = saveScope;
  c.fctx = saveF;
  c.iota = iota;
  x.mode = 'value';
  x.type = sig;
  x.expr = e;
}

export function typeAssertion(c: Checker, x: Operand, e: ast.TypeAssertExpr): void {
  expr(c, x, e.x);
  if (x.mode === 'invalid') return;
  if (!e.type) { errorAt(c, e, `invalid syntax tree: use of .(type) outside type switch`); x.mode = 'invalid'; return; }
  if (isTypeParam(x.type)) { errorAt(c, x, `invalid operation: cannot use type assertion on type parameter value ${exprString(e.x)}`); x.mode = 'invalid'; return; }
  if (!isInterface(x.type)) { errorAt(c, x, `invalid operation: ${exprString(e.x)} (${opDesc(c, x)}) is not an interface`); x.mode = 'invalid'; return; }
  const T = typExpr(c, e.type);
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

export { identical, hasPtrRecv, unparen };
