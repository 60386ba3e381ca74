/**
 * This file implements selectors (https://go.dev/ref/spec#Selectors): qualified identifiers
 * (#Qualified_identifiers, marking the import used), field selections and method values
 * (#Method_values) through embedded fields, and method expressions (#Method_expressions), with
 * types2's "x.f undefined (type T has no field or method f[, but does have …])" errors.
 *
 * Invariant: field/method selections are recorded in Info.selections (index path through embedded
 * fields; for methods of generic instances `obj` is the origin method, `type` the substituted
 * signature); qualified identifiers are recorded in Info.uses only.
 */

import type * as ast from '../syntax/ast';
import type { Func, Signature, Type, Var } from './type';
import { unsupportedAt, type Checker, type Operand, errorAt, opString, recordUse, tstr } from './checker';
import { newTuple, newVar } from './universe';
import { isExported, isInterface, isTypeParam } from './predicates';
import { isNil } from './operand';
import { expr, useObject } from './expr';
import { lookupFieldOrMethod } from './lookup';
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
      if (obj.imported === 'unsafe' && !m && unsafeNames.has(sel)) {
        unsupportedAt(c, e, `unsafe.${sel}`);
        x.mode = 'invalid';
        return;
      }
      if (!m || !isExported(sel)) {
        if (m && !isExported(sel)) errorAt(c, e.sel, `name ${sel} not exported by package ${obj.imported.slice(obj.imported.lastIndexOf('/') + 1)}`);
        else {
          // types2: a better message when the selector matches an exported name ignoring case
          const lower = sel.toLowerCase();
          const have = [...pkg.scope.names.keys()].find((n) => isExported(n) && n.toLowerCase() === lower);
          errorAt(c, e.sel, `undefined: ${e.x.name}.${sel}${have ? ` (but have ${have})` : ''}`);
        }
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
    const recvParam = newVar(sig.recv?.name ?? '', T, c.pkg);
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

/** the names of package unsafe the simulator does not run (pointer arithmetic and raw views) */
const unsafeNames = new Set(['Add', 'Slice', 'String', 'StringData', 'SliceData']);

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
