/**
 * This file implements calls (https://go.dev/ref/spec#Calls), mirroring go/types call.go: the
 * dispatch to conversions (conversions.ts) and built-ins (builtins.ts), argument count and
 * assignability with gc's "have (…) want (…)" messages, variadic calls, and generic calls with
 * explicit or inferred type arguments (infer.ts).
 */

import type * as ast from '../syntax/ast';
import type { Signature, Type } from './type';
import { type Checker, type Operand, errorAt, invalidOperand, opString, tstr } from './checker';
import { Typ, newTuple } from './universe';
import {
  coreType, isNumeric,
  isUntyped, isValid,
} from './predicates';
import { assignment } from './operand';
import { expr, multiExpr, rawExpr } from './expr';
import { typExpr } from './typexpr';
import { infer, satisfies } from './infer';
import { makeSubstMap, substSignature } from './instantiate';
import { exprString } from './exprstring';
import { conversionCall } from './conversions';
import { builtin } from './builtins';

export function callExpr(c: Checker, x: Operand, e: ast.CallExpr): void {
  rawExpr(c, x, e.fun, null, true);
  if (x.mode === 'invalid') { for (const a of e.args) { const y = invalidOperand(a); rawExpr(c, y, a, null, false); } x.expr = e; return; }
  if (x.mode === 'typexpr') { conversionCall(c, x, e); return; }
  if (x.mode === 'builtin') { builtin(c, x, e, x.builtin!); x.expr = e; return; }
  const sig = coreType(x.type);
  if (!sig || sig.kind !== 'Signature') {
    errorAt(c, x, `invalid operation: cannot call ${opString(c, x)}: ${tstr(c, x.type)} is not a function`);
    x.mode = 'invalid';
    for (const a of e.args) { const y = invalidOperand(a); rawExpr(c, y, a, null, false); }
    return;
  }
  const args = evalArgs(c, e.args);
  let s: Signature = sig;
  if (s.typeParams.length > 0) {
    const params = expandParams(s, args.length, e.ellipsis >= 0);
    const targs = infer(c, e.lparen, exprString(e.fun), s.typeParams, [], params, args);
    if (!targs) { x.mode = 'invalid'; x.expr = e; return; }
    s = substSignature(c.inst, s, makeSubstMap(s.typeParams, targs), true);
    const fun = funIdent(e.fun);
    if (fun) c.info.instances.set(fun, { typeArgs: targs, type: s });
    c.info.types.set(e.fun, { mode: 'value', type: s, value: null });
    for (let i = 0; i < targs.length; i++) {
      const cause = satisfies(c, targs[i], sig.typeParams[i], sig.typeParams, targs, exprString(e.fun));
      if (cause) { errorAt(c, e.lparen, cause); x.mode = 'invalid'; x.expr = e; return; }
    }
  }
  arguments_(c, e, s, args);
  x.expr = e;
  const n = s.results.vars.length;
  if (n === 0) { x.mode = 'novalue'; x.type = newTuple([]); }
  else if (n === 1) { x.mode = 'value'; x.type = s.results.vars[0].type; }
  else { x.mode = 'value'; x.type = s.results; }
  x.val = null;
}

function funIdent(e: ast.Expr): ast.Ident | null {
  if (e.kind === 'Ident') return e;
  if (e.kind === 'SelectorExpr') return e.sel;
  if (e.kind === 'ParenExpr') return funIdent(e.x);
  return null;
}

/** f[T] / f[T1, T2]: explicit instantiation of a generic function value. */
export function instantiateGenericFunc(c: Checker, x: Operand, e: ast.IndexExpr | ast.IndexListExpr): void {
  const sig = x.type as Signature;
  const argExprs = e.kind === 'IndexExpr' ? [e.index] : e.indices;
  const targs = argExprs.map((a) => typExpr(c, a));
  if (targs.some((t) => !isValid(t))) { x.mode = 'invalid'; return; }
  if (targs.length > sig.typeParams.length) {
    errorAt(c, argExprs[sig.typeParams.length], `got ${targs.length} type arguments but want ${sig.typeParams.length}`);
    x.mode = 'invalid';
    return;
  }
  if (targs.length < sig.typeParams.length) {
    const all = infer(c, e.rbrack, exprString(e.x), sig.typeParams, targs, [], []);
    if (!all) { x.mode = 'invalid'; return; }
    targs.splice(0, targs.length, ...all);
  }
  for (let i = 0; i < targs.length; i++) {
    const cause = satisfies(c, targs[i], sig.typeParams[i], sig.typeParams, targs);
    if (cause) { errorAt(c, argExprs[i], cause); x.mode = 'invalid'; return; }
  }
  const s = substSignature(c.inst, sig, makeSubstMap(sig.typeParams, targs), true);
  const fun = funIdent(e.x);
  if (fun) c.info.instances.set(fun, { typeArgs: targs, type: s });
  x.type = s;
  x.mode = 'value';
  x.expr = e;
}

function evalArgs(c: Checker, args: ast.Expr[]): Operand[] {
  if (args.length === 1) {
    const list = multiExpr(c, args[0]);
    return list;
  }
  return args.map((a) => { const y = invalidOperand(a); expr(c, y, a); return y; });
}

/** Parameter types matched against n arguments (variadic expanded unless `f(xs...)`). */
function expandParams(s: Signature, n: number, ddd: boolean): Type[] {
  const ps = s.params.vars.map((v) => v.type);
  if (!s.variadic || ddd) return ps;
  const last = ps[ps.length - 1];
  const elem = last && last.kind === 'Slice' ? last.elem : Typ.invalid;
  const out = ps.slice(0, -1);
  while (out.length < n) out.push(elem);
  return out;
}

function typesSummary(c: Checker, list: Type[], variadic: boolean, hasDots: boolean): string {
  const res = list.map((t, i) => {
    let s: string;
    if (!isValid(t)) s = 'unknown type';
    else if (isUntyped(t)) s = isNumeric(t) ? 'number' : (t as { name: string }).name.replace('untyped ', '');
    else s = tstr(c, t);
    if (i === list.length - 1) {
      if (variadic) { if (t.kind === 'Slice') s = tstr(c, t.elem); s = '...' + s; }
      else if (hasDots) s += '...';
    }
    return s;
  });
  return '(' + res.join(', ') + ')';
}

/** go/types call.go `arguments`: an invalid argument is skipped by `assignment`, not a reason to stop. */
function arguments_(c: Checker, call: ast.CallExpr, s: Signature, args: Operand[]): void {
  const ddd = call.ellipsis >= 0;
  const nargs = args.length;
  let npars = s.params.vars.length;
  let params = s.params.vars.map((v) => v.type);
  if (s.variadic) {
    if (ddd) {
      if (call.args.length === 1 && nargs > 1) {
        errorAt(c, call.ellipsis, `cannot use ... with ${nargs}-valued ${exprString(call.args[0])}`);
        return;
      }
    } else {
      const vt = params[npars - 1];
      const elem = vt.kind === 'Slice' ? vt.elem : Typ.invalid;
      if (nargs >= npars - 1) {
        params = [...params.slice(0, npars - 1)];
        while (params.length < nargs) params.push(elem);
        npars = nargs;
      } else npars--;
    }
  } else if (ddd) {
    errorAt(c, call, `cannot use ... in call to non-variadic ${exprString(call.fun)}`);
    return;
  }
  if (nargs !== npars) {
    let at: number | ast.Expr = call;
    let q = 'not enough';
    if (nargs > npars) { at = args[npars].expr!; q = 'too many'; }
    else if (nargs > 0) at = args[nargs - 1].expr!;
    const atPos = typeof at === 'number' ? at : at;
    errorAt(c, atPos, `${q} arguments in call to ${exprString(call.fun)}\n\thave ${typesSummary(c, args.map((a) => a.type), false, ddd)}\n\twant ${typesSummary(c, s.params.vars.map((v) => v.type), s.variadic, false)}`);
    return;
  }
  const context = `argument to ${exprString(call.fun)}`;
  for (let i = 0; i < nargs; i++) assignment(c, args[i], params[i], context);
}

