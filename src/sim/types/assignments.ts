/**
 * This file implements assignments, short variable declarations and variable declarations
 * (https://go.dev/ref/spec#Assignment_statements, #Short_variable_declarations,
 * #Variable_declarations), mirroring go/types assignments.go: count matching with gc's
 * "assignment mismatch" wording, comma-ok forms, addressability of the left-hand side.
 *
 * Invariant: assigning to a variable does not count as a use (`declared and not used`).
 */

import type * as ast from '../syntax/ast';
import type { Type, Var } from './type';
import { type Checker, type Operand, declare, errorAt, invalidOperand, opString, recordDef, recordUse, tstr } from './checker';
import { Typ, newVar } from './universe';
import { isValid, under } from './predicates';
import { assignment } from './operand';
import { expr, multiExpr, binary, unparen } from './expr';
import { exprString } from './exprstring';

function plural(n: number, w: string): string { return `${n} ${w}${n === 1 ? '' : 's'}`; }

function returnsStmt(rhs: ast.Expr[], nr: number): string {
  const r = rhs.length === 1 ? unparen(rhs[0]) : null;
  if (r && r.kind === 'CallExpr') return `${exprString(r.fun)} returns ${plural(nr, 'value')}`;
  return plural(nr, 'value');
}

export function assignError(c: Checker, rhs: ast.Expr[], l: number, r: number): void {
  const vars = plural(l, 'variable');
  errorAt(c, rhs[0], `assignment mismatch: ${vars} but ${returnsStmt(rhs, r)}`);
}

/** Evaluates the right-hand sides for n left-hand sides; handles f() and comma-ok forms. */
export function rhsOperands(c: Checker, rhs: ast.Expr[], n: number, hints: (Type | null)[] = []): Operand[] | null {
  if (rhs.length === 1 && n !== 1) {
    const x = invalidOperand(rhs[0]);
    const list = multiExpr(c, rhs[0]);
    if (list.length === 1 && list[0].mode === 'invalid') return null;
    if (n === 2 && list.length === 1 && (list[0].mode === 'commaok' || list[0].mode === 'mapindex')) {
      const v = list[0];
      c.info.types.set(rhs[0], { mode: 'commaok', type: { kind: 'Tuple', vars: [newVar('', v.type, null), newVar('', Typ.untypedBool, null)] }, value: null });
      return [{ ...v, mode: 'value' }, { mode: 'value', expr: rhs[0], type: Typ.untypedBool, val: null }];
    }
    if (list.length !== n) { void x; assignError(c, rhs, n, list.length); return null; }
    return list;
  }
  if (rhs.length === 1 && n === 1) {
    const e = rhs[0];
    const u = unparen(e);
    if (u.kind === 'CallExpr') {
      const list = multiExpr(c, e);
      if (list.length === 1 && list[0].mode === 'invalid') return null;
      if (list.length !== 1) { assignError(c, rhs, 1, list.length); return null; }
      return list;
    }
  }
  const out = rhs.map((e, i) => { const x = invalidOperand(e); expr(c, x, e, false, hints[i] ?? null); return x; });
  if (rhs.length !== n) {
    if (out.every((o) => o.mode !== 'invalid')) assignError(c, rhs, n, rhs.length);
    return null;
  }
  return out;
}

/** The left-hand side of an assignment: returns its type (null for `_`) or invalid. */
function lhsVar(c: Checker, e: ast.Expr): Type | null {
  const u = unparen(e);
  if (u.kind === 'Ident' && u.name === '_') { recordDef(c, u, null); return null; }
  let v: Var | null = null;
  let wasUsed = false;
  if (u.kind === 'Ident') {
    for (let s: typeof c.scope | null = c.scope; s; s = s.parent) {
      const o = s.names.get(u.name);
      if (o) { if (o.kind === 'Var' && o.pkg === c.pkg) { v = o; wasUsed = o.used; } break; }
    }
  }
  const x = invalidOperand(e);
  expr(c, x, e);
  if (v) v.used = wasUsed; // assignment is not a use
  if (x.mode === 'invalid') return Typ.invalid;
  if (x.mode === 'variable' || x.mode === 'mapindex') return x.type;
  cannotAssign(c, e);
  return Typ.invalid;
}

/** types2 lhsVar's error for an operand that is neither addressable nor a map index expression. */
export function cannotAssign(c: Checker, e: ast.Expr): void {
  const u = unparen(e);
  if (u.kind === 'SelectorExpr') {
    const sel = c.info.selections.get(u);
    const bt = c.info.types.get(u.x);
    if (sel && sel.kind === 'FieldVal' && bt && bt.mode === 'mapindex') {
      errorAt(c, e, `cannot assign to struct field ${exprString(e)} in map`);
      return;
    }
  }
  errorAt(c, e, `cannot assign to ${exprString(e)} (neither addressable nor a map index expression)`);
}

export function assignVars(c: Checker, lhs: ast.Expr[], rhs: ast.Expr[]): void {
  const ltypes = lhs.map((l) => lhsVar(c, l));
  const ops = rhsOperands(c, rhs, lhs.length, ltypes);
  if (!ops) return;
  ops.forEach((x, i) => {
    const T = ltypes[i];
    if (T && !isValid(T)) return;
    assignment(c, x, T, 'assignment');
  });
}

export function opAssign(c: Checker, s: ast.AssignStmt): void {
  if (s.lhs.length !== 1 || s.rhs.length !== 1) { errorAt(c, s.tokPos, `assignment operation ${s.tok} requires single-valued expressions`); return; }
  const x = invalidOperand(s.lhs[0]);
  binary(c, x, null, s.lhs[0], s.rhs[0], s.tok.slice(0, -1), s.tokPos);
  if (x.mode === 'invalid') return;
  const T = lhsVarQuiet(c, s.lhs[0]);
  if (T) assignment(c, x, T, 'assignment');
}

function lhsVarQuiet(c: Checker, e: ast.Expr): Type | null {
  const tv = c.info.types.get(e);
  if (!tv) return null;
  if (tv.mode === 'variable' || tv.mode === 'mapindex') return tv.type;
  cannotAssign(c, e);
  return null;
}

/** `a, b := …` */
export function shortVarDecl(c: Checker, s: ast.AssignStmt, locals: Var[]): void {
  const scope = c.scope;
  const newVars: Var[] = [];
  const lhsVars: (Var | null)[] = [];
  let hasErr = false;
  const seen = new Set<string>();
  for (const l of s.lhs) {
    if (l.kind !== 'Ident') {
      const x = invalidOperand(l); expr(c, x, l);
      errorAt(c, l, `non-name ${exprString(l)} on left side of :=`);
      hasErr = true;
      lhsVars.push(null);
      continue;
    }
    if (seen.has(l.name) && l.name !== '_') { errorAt(c, l, `${l.name} repeated on left side of :=`); hasErr = true; lhsVars.push(null); continue; }
    seen.add(l.name);
    const alt = scope.names.get(l.name);
    if (alt && l.name !== '_') {
      if (alt.kind === 'Var') { recordUse(c, l, alt); lhsVars.push(alt); }
      else { errorAt(c, l, `cannot assign to ${l.name}`); hasErr = true; lhsVars.push(null); }
      continue;
    }
    const v = newVar(l.name, Typ.invalid, c.pkg, l.pos);
    newVars.push(v);
    lhsVars.push(v);
    recordDef(c, l, l.name === '_' ? null : v);
    if (l.name === '_') c.info.defs.set(l, v);
  }
  const hints = lhsVars.map((v) => (v && !newVars.includes(v) ? v.type : null));
  const ops = rhsOperands(c, s.rhs, s.lhs.length, hints);
  lhsVars.forEach((v, i) => {
    if (!v) return;
    const x = ops ? ops[i] : null;
    if (newVars.includes(v)) {
      if (!x || x.mode === 'invalid') { v.type = Typ.invalid; return; }
      assignment(c, x, null, 'assignment');
      v.type = (x.mode as string) === 'invalid' ? Typ.invalid : x.type;
    } else if (x) {
      const used = v.used;
      assignment(c, x, v.type, 'assignment');
      v.used = used;
    }
  });
  if (newVars.length === 0 && !hasErr) errorAt(c, s.tokPos, 'no new variables on left side of :=');
  for (const v of newVars) {
    if (v.name !== '_') { scope.names.set(v.name, v); locals.push(v); }
  }
}

/** `var a, b T = x, y` inside a function (package-level vars go through decl.ts). */
export function localVarDecl(c: Checker, spec: ast.ValueSpec, locals: Var[], typExprFn: (e: ast.Expr) => Type): void {
  const T = spec.type ? typExprFn(spec.type) : null;
  const vars = spec.names.map((id) => newVar(id.name, T ?? Typ.invalid, c.pkg, id.pos));
  if (vars.length === 1 && spec.values.length === 1) {
    // types2 varDecl: one variable is initialised as a single value (a two-valued call is then
    // "multiple-value … in single-value context", not an assignment mismatch)
    const x = invalidOperand(spec.values[0]);
    expr(c, x, spec.values[0], false, T);
    if (x.mode !== 'invalid') assignment(c, x, T, 'variable declaration');
    if (!T) vars[0].type = x.mode === 'invalid' ? Typ.invalid : x.type;
  } else if (spec.values.length > 0) {
    const ops = rhsOperands(c, spec.values, vars.length, vars.map(() => T));
    vars.forEach((v, i) => {
      const x = ops ? ops[i] : null;
      if (!x) { if (!T) v.type = Typ.invalid; return; }
      assignment(c, x, T, 'variable declaration');
      if (!T) v.type = x.mode === 'invalid' ? Typ.invalid : x.type;
    });
  } else if (!T) {
    vars.forEach((v) => (v.type = Typ.invalid));
  }
  spec.names.forEach((id, i) => {
    declare(c, c.scope, id, vars[i]);
    if (id.name !== '_' && c.scope.names.get(id.name) === vars[i]) locals.push(vars[i]);
  });
  void tstr; void opString; void under;
}
