/**
 * This file implements the compiler's pre-passes over a function body: which variables are
 * captured by closures or have their address taken (those are boxed, vm/values.ts BoxPtr), which
 * statements contain suspension points (calls, channel operations, goto targets: those are lowered
 * to the `switch (f.pc)` state machine, the rest stays structured JavaScript), and free variables
 * of function literals (their closure environment).
 *
 * Invariants: results are memoised per AST node; a FuncLit body is never part of its enclosing
 * function's suspension analysis (it is a separate function).
 */

import type * as ast from '../syntax/ast';
import type { Info } from '../types/info';
import type * as TT from '../types/type';
import { under } from './types';

type AnyNode = ast.Node | ast.Stmt | ast.Expr;

/** Visit the direct children of a node (not into FuncLit bodies unless `intoLits`). */
export function children(n: AnyNode, f: (c: AnyNode) => void, intoLits = true): void {
  const k = (n as { kind: string }).kind;
  if (k === 'FuncLit' && !intoLits) return;
  for (const key in n) {
    if (key === 'id' || key === 'pos' || key === 'end' || key === 'kind') continue;
    const v = (n as unknown as Record<string, unknown>)[key];
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) { for (const x of v) if (x && typeof x === 'object' && 'kind' in x) f(x as AnyNode); }
    else if ('kind' in (v as object)) f(v as AnyNode);
  }
}

export interface FuncFacts {
  captured: Set<TT.Var>;
  addressed: Set<TT.Var>;
  /** free variables of each FuncLit, in order of first use */
  free: Map<ast.FuncLit, TT.Var[]>;
  gotoTargets: Set<string>;
  hasDefer: boolean;
  hasRecover: boolean;
}

/** Analyse one top-level function (with its nested literals). */
export function analyse(body: ast.Node, info: Info, isNativePkgCall: (e: ast.CallExpr) => boolean): FuncFacts {
  void isNativePkgCall;
  const facts: FuncFacts = { captured: new Set(), addressed: new Set(), free: new Map(), gotoTargets: new Set(), hasDefer: false, hasRecover: false };
  const declIn = new Map<TT.Var, ast.Node>();
  const stack: ast.Node[] = [body];
  const lits: ast.FuncLit[] = [];
  const visit = (n: AnyNode): void => {
    switch (n.kind) {
      case 'Ident': {
        const d = info.defs.get(n);
        if (d && d.kind === 'Var' && !d.isField) declIn.set(d, stack[stack.length - 1]);
        const u = info.uses.get(n);
        if (u && u.kind === 'Var' && !u.isField && declIn.has(u)) {
          const home = declIn.get(u)!;
          // free in every literal between the use and the declaring function
          for (let i = stack.length - 1; i >= 0 && stack[i] !== home; i--) {
            const lit = stack[i] as ast.FuncLit;
            facts.captured.add(u);
            let fv = facts.free.get(lit);
            if (!fv) { fv = []; facts.free.set(lit, fv); }
            if (!fv.includes(u)) fv.push(u);
          }
        }
        return;
      }
      case 'FuncLit': {
        lits.push(n);
        // parameters are declared inside the literal
        stack.push(n);
        if (!facts.free.has(n)) facts.free.set(n, []);
        children(n, visit);
        stack.pop();
        return;
      }
      case 'RangeStmt': {
        // range over a function: the loop body becomes the yield closure (control.ts)
        const xt = info.types.get(n.x)?.type;
        if (xt && under(xt).kind === 'Signature') {
          visit(n.x);
          const lit = n as unknown as ast.FuncLit;
          stack.push(lit);
          if (!facts.free.has(lit)) facts.free.set(lit, []);
          if (n.key) visit(n.key);
          if (n.value) visit(n.value);
          visit(n.body);
          stack.pop();
          return;
        }
        break;
      }
      case 'UnaryExpr':
        if (n.op === '&') markAddr(n.x);
        break;
      case 'CallExpr': {
        // x.M() with a pointer receiver on an addressable non-pointer x takes &x
        const fun = unparen(n.fun);
        if (fun.kind === 'SelectorExpr') {
          const sel = info.selections.get(fun);
          if (sel && sel.kind === 'MethodVal') {
            const sig = sel.obj.type as TT.Signature;
            const rt = sig.recv ? sig.recv.type : null;
            if (rt && under(rt).kind === 'Pointer' && under(sel.recv).kind !== 'Pointer' && !sel.indirect) markAddr(fun.x);
          }
        } else if (fun.kind === 'Ident' && fun.name === 'recover') facts.hasRecover = true;
        break;
      }
      case 'SelectorExpr': {
        const sel = info.selections.get(n);
        if (sel && sel.kind === 'MethodVal') {
          const sig = sel.obj.type as TT.Signature;
          const rt = sig.recv ? sig.recv.type : null;
          if (rt && under(rt).kind === 'Pointer' && under(sel.recv).kind !== 'Pointer' && !sel.indirect) markAddr(n.x);
        }
        break;
      }
      case 'DeferStmt': if (stack.length === 1) facts.hasDefer = true; break;
      case 'BranchStmt': if (n.tok === 'goto' && n.label) facts.gotoTargets.add(n.label.name); break;
    }
    children(n, visit);
  };
  const markAddr = (x: ast.Expr): void => {
    x = unparen(x);
    if (x.kind === 'Ident') {
      const u = info.uses.get(x) ?? info.defs.get(x);
      if (u && u.kind === 'Var') facts.addressed.add(u);
    } else if (x.kind === 'SelectorExpr' && info.selections.get(x)?.kind === 'FieldVal' && !info.selections.get(x)!.indirect) {
      markAddr(x.x);
    } else if (x.kind === 'IndexExpr') {
      const t = info.types.get(x.x)?.type;
      if (t && under(t).kind === 'Array') markAddr(x.x);
    } else if (x.kind === 'CompositeLit') {
      // &T{...}: a fresh variable
    }
  };
  children(body, visit);
  return facts;
}

export function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}
