/**
 * This file implements the branch checks gc performs while parsing
 * (cmd/compile/internal/syntax/branches.go): labels defined and not used, break/continue outside
 * loops, undefined labels, goto jumping over variable declarations, fallthrough placement.
 * gc reports these before type checking; when any exists, no type errors are reported.
 */

import type * as ast from '../syntax/ast';
import type { Diagnostic } from '../diag';

interface Ctx { breakOk: boolean; continueOk: boolean; sw: ast.SwitchStmt | ast.TypeSwitchStmt | null; caseIndex: number; caseCount: number }

export function branchErrors(file: ast.File, src: string, filename: string): Diagnostic[] {
  const errs: Diagnostic[] = [];
  const err = (pos: number, message: string) => errs.push({ pos, end: pos, code: 'syntax', message });
  const posStr = (pos: number) => {
    let line = 1, ls = 0;
    for (let i = 0; i < pos; i++) if (src.charCodeAt(i) === 10) { line++; ls = i + 1; }
    return `./${filename}:${line}:${new TextEncoder().encode(src.slice(ls, pos)).length + 1}`;
  };
  for (const d of file.decls) {
    if (d.kind !== 'FuncDecl' || !d.body) continue;
    funcBody(d.body);
  }
  function funcBody(body: ast.BlockStmt): void {
    const labels = new Map<string, { stmt: ast.LabeledStmt; used: boolean }>();
    const gotos: ast.BranchStmt[] = [];
    const collect = (list: ast.Stmt[]) => {
      for (const s of list) walkLabels(s);
    };
    const walkLabels = (s: ast.Stmt): void => {
      if (s.kind === 'LabeledStmt') {
        if (s.label.name !== '_') {
          if (labels.has(s.label.name)) err(s.label.pos, `label ${s.label.name} already defined at ${posStr(labels.get(s.label.name)!.stmt.label.pos)}`);
          else labels.set(s.label.name, { stmt: s, used: false });
        }
        walkLabels(s.stmt);
      } else for (const b of childBlocks(s)) collect(b);
    };
    collect(body.list);
    const visit = (list: ast.Stmt[], ctx: Ctx, enclosing: Map<string, ast.Stmt>) => {
      list.forEach((s, i) => stmt(s, ctx, enclosing, i === list.length - 1 || list.slice(i + 1).every((x) => x.kind === 'EmptyStmt')));
    };
    const stmt = (s: ast.Stmt, ctx: Ctx, enclosing: Map<string, ast.Stmt>, last: boolean): void => {
      switch (s.kind) {
        case 'LabeledStmt': {
          const m = new Map(enclosing);
          m.set(s.label.name, s.stmt);
          stmt(s.stmt, ctx, m, last);
          return;
        }
        case 'BranchStmt': {
          if (s.label) {
            const name = s.label.name;
            const l = labels.get(name);
            if (s.tok === 'goto') { if (l) { l.used = true; gotos.push(s); } else err(s.label.pos, `label ${name} not defined`); return; }
            if (!l) { err(s.label.pos, `${s.tok} label not defined: ${name}`); return; }
            l.used = true;
            const target = enclosing.get(name);
            const okT = target && (s.tok === 'break' ? ['ForStmt', 'RangeStmt', 'SwitchStmt', 'TypeSwitchStmt', 'SelectStmt'].includes(target.kind) : ['ForStmt', 'RangeStmt'].includes(target.kind));
            if (!okT) err(s.label.pos, `invalid ${s.tok} label ${name}`);
            return;
          }
          if (s.tok === 'break' && !ctx.breakOk) err(s.pos, 'break is not in a loop, switch, or select');
          if (s.tok === 'continue' && !ctx.continueOk) err(s.pos, 'continue is not in a loop');
          if (s.tok === 'fallthrough') {
            let msg = 'fallthrough statement out of place';
            if (ctx.sw) {
              if (ctx.sw.kind === 'TypeSwitchStmt') msg = 'cannot fallthrough in type switch';
              else if (ctx.caseIndex < 0 || !last) { /* as is */ }
              else if (ctx.caseIndex + 1 === ctx.caseCount) msg = 'cannot fallthrough final case in switch';
              else return;
            }
            err(s.pos, msg);
          }
          return;
        }
        case 'BlockStmt': visit(s.list, { ...ctx, caseIndex: -1 }, enclosing); return;
        case 'IfStmt': visit(s.body.list, { ...ctx, caseIndex: -1 }, enclosing); if (s.else) stmt(s.else, { ...ctx, caseIndex: -1 }, enclosing, false); return;
        case 'ForStmt': case 'RangeStmt': visit(s.body.list, { breakOk: true, continueOk: true, sw: null, caseIndex: -1, caseCount: 0 }, enclosing); return;
        case 'SwitchStmt': case 'TypeSwitchStmt': {
          const n = s.body.list.length;
          s.body.list.forEach((cc, i) => { if (cc.kind === 'CaseClause') visit(cc.body, { breakOk: true, continueOk: ctx.continueOk, sw: s, caseIndex: i, caseCount: n }, enclosing); });
          return;
        }
        case 'SelectStmt':
          for (const cc of s.body.list) if (cc.kind === 'CommClause') visit(cc.body, { breakOk: true, continueOk: ctx.continueOk, sw: null, caseIndex: -1, caseCount: 0 }, enclosing);
          return;
        default: return;
      }
    };
    visit(body.list, { breakOk: false, continueOk: false, sw: null, caseIndex: -1, caseCount: 0 }, new Map());
    // goto jumping over variable declarations (same block, forward)
    for (const g of gotos) {
      const l = labels.get(g.label!.name)!;
      const blk = findBlockContaining(body, g, l.stmt);
      if (!blk) continue;
      const gi = blk.findIndex((x) => contains(x, g));
      const li = blk.indexOf(l.stmt);
      if (gi >= 0 && li > gi) {
        for (const s of blk.slice(gi + 1, li)) {
          const decl = varDeclOf(s);
          if (decl) { err(g.label!.pos, `goto ${g.label!.name} jumps over declaration of ${decl[0]} at ${posStr(decl[1])}`); break; }
        }
      }
    }
    for (const [name, l] of labels) if (!l.used) err(l.stmt.label.pos, `label ${name} defined and not used`);
    // function literals
    const lits: ast.FuncLit[] = [];
    findFuncLits(body, lits);
    for (const fl of lits) funcBody(fl.body);
  }
  return errs;
}

function varDeclOf(s: ast.Stmt): [string, number] | null {
  if (s.kind === 'AssignStmt' && s.tok === ':=') { const id = s.lhs[0]; return [id.kind === 'Ident' ? id.name : '_', s.tokPos]; }
  if (s.kind === 'DeclStmt' && s.decl.tok === 'var') { const sp = s.decl.specs[0]; if (sp && sp.kind === 'ValueSpec') return [sp.names[0].name, sp.names[0].pos]; }
  return null;
}

function childBlocks(s: ast.Stmt): ast.Stmt[][] {
  switch (s.kind) {
    case 'BlockStmt': return [s.list];
    case 'IfStmt': return [s.body.list, ...(s.else ? [[s.else as ast.Stmt]] : [])];
    case 'ForStmt': case 'RangeStmt': return [s.body.list];
    case 'SwitchStmt': case 'TypeSwitchStmt': return s.body.list.map((cc) => (cc as ast.CaseClause).body);
    case 'SelectStmt': return s.body.list.map((cc) => (cc as ast.CommClause).body);
    case 'LabeledStmt': return [[s.stmt]];
    default: return [];
  }
}

function contains(n: ast.Stmt, target: ast.Node): boolean {
  return n.pos <= target.pos && target.end <= n.end;
}

function findBlockContaining(body: ast.BlockStmt, g: ast.Node, l: ast.Node): ast.Stmt[] | null {
  let best: ast.Stmt[] | null = null;
  const visit = (list: ast.Stmt[]) => {
    if (list.includes(l as ast.Stmt)) best = list;
    for (const s of list) for (const b of childBlocks(s)) visit(b);
  };
  visit(body.list);
  void g;
  return best;
}

function findFuncLits(n: unknown, out: ast.FuncLit[]): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) { for (const x of n) findFuncLits(x, out); return; }
  const o = n as { kind?: string };
  if (o.kind === 'FuncLit') { out.push(n as ast.FuncLit); return; }
  for (const k of Object.keys(o)) if (k !== 'kind' && k !== 'id') findFuncLits((o as Record<string, unknown>)[k], out);
}
