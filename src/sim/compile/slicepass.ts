/**
 * This file implements gc's slice pass (cmd/compile/internal/slice, Go 1.26) for one function body:
 * the local slice variables whose backing store escapes only at ONE statement (`return s`,
 * `x = s`, a bare return of a named result), so that gc inserts `s = move2heap(s)` there and lets
 * the appends `s = append(s, …)` use the 32-byte stack buffer meanwhile.
 *
 * Exactly as gc: every mention of s must be one the pass understands (its declaration, `s = nil`,
 * `s = []T{…}`, `s = s[i:j]`, `s = append(s, …)`, `x = s`, `s[i]`, len(s), cap(s), `range s`,
 * `return s`); `&s[i]`, passing s to a function, closures and anything else disqualify it. The
 * one transition must not sit in a deeper loop than the declaration, and the appends must weigh at
 * least 2 (an append in a loop counts 1 + the loops it is nested in). Whether the capacity is
 * observed (cap(s), s[i:j], a slice literal) picks gc's strategy: with it, every growth that fits
 * goes through growsliceBuf and move2heap keeps the capacity; without it, the first append takes
 * the whole buffer and move2heap rounds the capacity to the length's size class.
 * (gc also accepts passing s to a function that does not leak it; not knowing escape facts here,
 * we treat every call as disqualifying.) Not modelled: gc runs the pass after inlining, so a small
 * function inlined into a loop of its caller shares one stack buffer across those calls.
 */
import type * as ast from '../syntax/ast';
import type * as TT from '../types/type';
import type { Info } from '../types/info';
import { children, unparen } from './scan';
import { sizeOf, under, type Type } from './types';

export interface MoveInfo {
  readonly capUsed: boolean;
  /** the statement before which move2heap runs */
  readonly transition: ast.Node;
}

interface State {
  ok: boolean;
  capUsed: boolean;
  transition: ast.Node | null;
  appendWeight: number;
  declDepth: number;
}

/**
 * Runs the pass over `root` (a FuncDecl, FuncLit, or a range-over-func body's RangeStmt).
 * `typeOf` gives a variable's (substituted) type; `excluded` vars are captured or addressed.
 */
export function slicePass(root: ast.Node, info: Info, typeOf: (v: TT.Var) => Type, excluded: (v: TT.Var) => boolean): Map<TT.Var, MoveInfo> {
  const states = new Map<TT.Var, State>();
  const okIdents = new Set<ast.Node>();
  const namedRets: TT.Var[] = [];

  const varOf = (x: ast.Node | null): TT.Var | null => {
    if (!x || x.kind !== 'Ident') return null;
    const o = info.uses.get(x) ?? info.defs.get(x);
    return o && o.kind === 'Var' ? o : null;
  };
  const consider = (v: TT.Var | null): void => {
    if (!v || states.has(v) || excluded(v)) return;
    const t = typeOf(v);
    const u = under(t);
    if (u.kind !== 'Slice') return;
    const size = sizeOf(u.elem);
    if (size === 0 || size > 32) return;
    states.set(v, { ok: true, capUsed: false, transition: null, appendWeight: 0, declDepth: 0 });
  };
  const track = (x: ast.Node | null): State | undefined => { const v = varOf(x); return v ? states.get(v) : undefined; };

  // parameters and results are tracked from the start (declared at depth 0)
  const ft = root.kind === 'FuncDecl' || root.kind === 'FuncLit' ? root.type : null;
  if (root.kind === 'FuncDecl' && root.recv) for (const f of root.recv.list) for (const n of f.names) consider(varOf(n));
  if (ft) {
    for (const f of ft.params.list) for (const n of f.names) consider(varOf(n));
    for (const f of ft.results?.list ?? []) for (const n of f.names) { const v = varOf(n); consider(v); if (v && states.has(v)) namedRets.push(v); }
  }

  let depth = 0;
  const transition = (st: State, stmt: ast.Node): void => {
    if (st.transition !== null || depth > st.declDepth) st.ok = false;
    else st.transition = stmt;
  };
  const isBuiltin = (e: ast.CallExpr, name: string): boolean => {
    const f = unparen(e.fun);
    return f.kind === 'Ident' && f.name === name && info.uses.get(f)?.kind === 'Builtin';
  };
  const declare = (x: ast.Node): void => {
    const v = info.defs.get(x as ast.Ident);
    if (!v || v.kind !== 'Var') return;
    consider(v);
    const st = states.get(v);
    if (st) st.declDepth = depth;
  };
  /** x = y (also a declaration with an initialiser) inside statement stmt */
  const assign = (x: ast.Node, y: ast.Expr | null, stmt: ast.Node): void => {
    const sx = track(x);
    if (sx) {
      const u = y ? unparen(y) : null;
      const same = (e: ast.Node | undefined): boolean => !!e && e.kind === 'Ident' && varOf(e) === varOf(x);
      if (u === null || (u.kind === 'Ident' && u.name === 'nil' && info.uses.get(u)?.kind === 'Nil')) okIdents.add(x);
      else if (u.kind === 'CompositeLit') { okIdents.add(x); sx.capUsed = true; }
      else if (u.kind === 'SliceExpr' && same(unparen(u.x))) { okIdents.add(x); okIdents.add(unparen(u.x)); sx.capUsed = true; }
      else if (u.kind === 'CallExpr' && isBuiltin(u, 'append') && same(unparen(u.args[0]))) {
        okIdents.add(x); okIdents.add(unparen(u.args[0]));
        sx.appendWeight += 1 + (depth - sx.declDepth);
      }
    }
    const sy = y ? track(unparen(y)) : undefined;
    if (sy) { okIdents.add(unparen(y!)); transition(sy, stmt); }
  };

  const visit = (n: ast.Node, stmt: ast.Node): void => {
    if (n.kind === 'FuncLit') return; // closures: their own pass (variables they capture are excluded)
    if (n.kind === 'RangeStmt' && n !== root) {
      const xt = info.types.get(n.x)?.type;
      if (xt && under(xt).kind === 'Signature') return; // the body is a closure too
    }
    const isStmt = n.kind.endsWith('Stmt') && n.kind !== 'BlockStmt';
    const here = isStmt ? n : stmt;
    switch (n.kind) {
      case 'Ident': {
        const st = track(n);
        if (st && !okIdents.has(n)) st.ok = false;
        return;
      }
      case 'ValueSpec':
        n.names.forEach((name, i) => {
          declare(name);
          if (n.values.length === n.names.length) assign(name, n.values[i], here);
          else if (n.values.length === 0) assign(name, null, here);
        });
        break;
      case 'AssignStmt':
        if ((n.tok === '=' || n.tok === ':=') && n.lhs.length === n.rhs.length) {
          n.lhs.forEach((l, i) => { if (n.tok === ':=') declare(l); assign(l, n.rhs[i], here); });
        } else if (n.tok === ':=') n.lhs.forEach(declare);
        break;
      case 'IndexExpr': if (track(unparen(n.x))) okIdents.add(unparen(n.x)); break;
      case 'CallExpr':
        if ((isBuiltin(n, 'len') || isBuiltin(n, 'cap')) && n.args.length === 1) {
          const st = track(unparen(n.args[0]));
          if (st) { okIdents.add(unparen(n.args[0])); if (isBuiltin(n, 'cap')) st.capUsed = true; }
        }
        break;
      case 'UnaryExpr': {
        const x = unparen(n.x);
        if (n.op === '&' && x.kind === 'IndexExpr') { const st = track(unparen(x.x)); if (st) st.ok = false; }
        break;
      }
      case 'ReturnStmt':
        for (const r of n.results) { const st = track(unparen(r)); if (st) { okIdents.add(unparen(r)); transition(st, n); } }
        if (n.results.length === 0) for (const v of namedRets) { const st = states.get(v); if (st) transition(st, n); }
        break;
      case 'RangeStmt':
        if (track(unparen(n.x))) okIdents.add(unparen(n.x));
        if (n.tok === ':=') { if (n.key) declare(n.key); if (n.value) declare(n.value); }
        break;
    }
    const loop = n.kind === 'ForStmt' || n.kind === 'RangeStmt';
    if (loop) depth++;
    children(n, (c) => visit(c as ast.Node, here), false);
    if (loop) depth--;
  };
  const body = root.kind === 'FuncDecl' || root.kind === 'FuncLit' ? root.body : root.kind === 'RangeStmt' ? root.body : root;
  if (body) visit(body, body);

  const out = new Map<TT.Var, MoveInfo>();
  for (const [v, st] of states) {
    if (st.ok && st.transition !== null && st.appendWeight >= 2) out.set(v, { capUsed: st.capUsed, transition: st.transition });
  }
  return out;
}

