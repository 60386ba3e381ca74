/**
 * This file implements composite literals (https://go.dev/ref/spec#Composite_literals) and
 * function literals (#Function_literals), mirroring go/types literals.go: struct literals keyed or
 * positional, array/slice literals with constant keys, map literals with duplicate constant keys,
 * elided element types, `[...]T` arrays. Function literal bodies are checked at once (they may
 * capture variables declared so far).
 */

import type * as ast from '../syntax/ast';
import type { Type } from './type';
import { type Checker, type Operand, errorAt, invalidOperand, recordUse, tstr, closeScope, openScope, recordType } from './checker';
import { coreType, isExported, isValid, under } from './predicates';
import { assignment } from './operand';
import { expr } from './expr';
import { typExpr, varType, funcType } from './typexpr';
import { funcBody } from './stmt';
import { checkIndex } from './indexing';
import { exprString } from './exprstring';

// ---- composite literals ----------------------------------------------------------------------------

export function compositeLit(c: Checker, x: Operand, e: ast.CompositeLit, hint: Type | null): void {
  let typ: Type;
  let base: Type;
  if (e.type) {
    if (e.type.kind === 'ArrayType' && e.type.len && e.type.len.kind === 'Ellipsis') {
      const elem = varType(c, e.type.elt);
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
          if (f.pkg !== c.pkg && !/^\p{Lu}/u.test(name)) {
            errorAt(c, el.key, `cannot refer to unexported field ${name} in struct literal of type ${tstr(c, base)}`);
            expr(c, y, el.value);
            continue;
          }
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
