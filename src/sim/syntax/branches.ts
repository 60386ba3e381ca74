/**
 * This file implements gc's check of labels and branch statements in a function body
 * (cmd/compile/internal/syntax/branches.go, run by the parser as gc runs it with CheckBranches):
 *   - misplaced break, continue and fallthrough (https://go.dev/ref/spec#Break_statements, …)
 *   - bad labeled breaks and continues
 *   - invalid, unused (https://go.dev/ref/spec#Label_scopes), duplicate and missing labels
 *   - gotos jumping over variable declarations and into blocks (https://go.dev/ref/spec#Goto_statements)
 * It only runs on bodies without syntax errors. Its messages have no "syntax error:" prefix, so
 * gc still type-checks the file and prints them merged with the type errors.
 */

import type * as ast from './ast';
import { type Parser, errorAt } from './state';
import { exprString } from './print';

/**
 * A position quoted inside a message. `go build` names the file `./NAME.go`, and gc prints that
 * path in positions inside a message (syntax.Pos.String); only the leading position of a line is
 * shortened by the recording's normalisation. Absolute or already-relative names stay as given.
 */
function inlinePos(p: Parser, offset: number): string {
  const f = p.file.filename;
  const s = p.file.format(offset);
  return f.startsWith('/') || f.startsWith('.') ? s : './' + s;
}

interface Label {
  parent: Block; // block containing this label declaration
  lstmt: ast.LabeledStmt; // statement declaring the label
  used: boolean;
}

interface Block {
  parent: Block | null; // immediately enclosing block, or null
  start: number; // start of block
  lstmt: ast.LabeledStmt | null; // labeled statement associated with this block, or null
}

type BreakTarget = ast.ForStmt | ast.RangeStmt | ast.SwitchStmt | ast.TypeSwitchStmt | ast.SelectStmt;

interface Targets {
  breaks: BreakTarget | null;
  continues: ast.ForStmt | ast.RangeStmt | null;
  caseIndex: number; // case index of immediately enclosing switch statement, or < 0
  ncases: number; // number of cases of that switch
}

interface LabelScope {
  p: Parser;
  labels: Map<string, Label>;
}

const INVALID = 'invalid' as const;

export function checkBranches(p: Parser, body: ast.BlockStmt): void {
  const ls: LabelScope = { p, labels: new Map() };
  const fwdGotos = blockBranches(ls, null, { breaks: null, continues: null, caseIndex: -1, ncases: 0 }, null, body.pos, body.list);

  // If there are any forward gotos left, no matching label was found for them. Either those
  // labels were never defined, or they are inside blocks and not reachable from the gotos.
  for (const fwd of fwdGotos) {
    const name = fwd.label!.name;
    const l = ls.labels.get(name);
    if (l !== undefined) {
      l.used = true; // avoid "defined and not used" error
      errf(ls, fwd.label!.pos, `goto ${name} jumps into block starting at ${inlinePos(p, l.parent.start)}`);
    } else {
      errf(ls, fwd.label!.pos, `label ${name} not defined`);
    }
  }

  // spec: "It is illegal to define a label that is never used."
  for (const l of ls.labels.values()) {
    if (!l.used) errf(ls, l.lstmt.label.pos, `label ${l.lstmt.label.name} defined and not used`);
  }
}

function errf(ls: LabelScope, pos: number, msg: string): void {
  errorAt(ls.p, pos, msg);
}

/** Declares the label of s in block b; reports a duplicate and returns the existing label. */
function declare(ls: LabelScope, b: Block, s: ast.LabeledStmt): Label {
  const name = s.label.name;
  const alt = ls.labels.get(name);
  if (alt !== undefined) {
    errf(ls, s.label.pos, `label ${name} already defined at ${inlinePos(ls.p, alt.lstmt.label.pos)}`);
    return alt;
  }
  const l: Label = { parent: b, lstmt: s, used: false };
  ls.labels.set(name, l);
  return l;
}

/** The labeled statement named name declared in b or an enclosing block, or null. */
function gotoTarget(ls: LabelScope, b: Block | null, name: string): ast.LabeledStmt | null {
  const l = ls.labels.get(name);
  if (l !== undefined) {
    l.used = true; // even if it's not a valid target
    for (; b !== null; b = b.parent) if (l.parent === b) return l.lstmt;
  }
  return null;
}

/** The innermost enclosing labeled statement named name; null if undefined, INVALID if not enclosing. */
function enclosingTarget(ls: LabelScope, b: Block | null, name: string): ast.LabeledStmt | typeof INVALID | null {
  const l = ls.labels.get(name);
  if (l !== undefined) {
    l.used = true; // even if it's not a valid target
    for (; b !== null; b = b.parent) if (l.lstmt === b.lstmt) return l.lstmt;
    return INVALID;
  }
  return null;
}

/**
 * Processes a block's body starting at start and returns the unresolved (forward) gotos.
 * parent is the enclosing block, ctxt the enclosing break/continue targets, lstmt the labeled
 * statement associated with this block.
 */
function blockBranches(
  ls: LabelScope, parent: Block | null, ctxt: Targets, lstmt: ast.LabeledStmt | null, start: number, body: ast.Stmt[],
): ast.BranchStmt[] {
  const b: Block = { parent, start, lstmt };

  let varPos = -1;
  let varName = '';
  let fwdGotos: ast.BranchStmt[] = [];
  let badGotos: ast.BranchStmt[] = [];

  const recordVarDecl = (pos: number, name: string) => {
    varPos = pos;
    varName = name;
    // Any existing forward goto jumping over the variable declaration is invalid. The goto may
    // still jump out of the block and be ok, but we don't know that yet.
    badGotos = fwdGotos.slice();
  };
  const jumpsOverVarDecl = (fwd: ast.BranchStmt) => varPos >= 0 && badGotos.includes(fwd);
  const innerBlock = (c: Targets, start: number, body: ast.Stmt[]) => {
    // Unresolved forward gotos from the inner block become forward gotos for the current block.
    fwdGotos.push(...blockBranches(ls, b, c, lstmt, start, body));
  };

  // A fallthrough statement counts as last statement in a statement list even if there are
  // trailing empty statements; remove them.
  let n = body.length;
  while (n > 0 && body[n - 1].kind === 'EmptyStmt') n--;

  for (let stmtIndex = 0; stmtIndex < n; stmtIndex++) {
    let stmt = body[stmtIndex];
    lstmt = null;
    for (;;) {
      if (stmt.kind !== 'LabeledStmt') break;
      const s = stmt;
      // declare non-blank label
      const name = s.label.name;
      if (name !== '_') {
        const l = declare(ls, b, s);
        // resolve matching forward gotos
        const keep: ast.BranchStmt[] = [];
        for (const fwd of fwdGotos) {
          if (fwd.label!.name === name) {
            l.used = true;
            if (jumpsOverVarDecl(fwd)) {
              errf(ls, fwd.label!.pos, `goto ${name} jumps over declaration of ${varName} at ${inlinePos(ls.p, varPos)}`);
            }
          } else {
            keep.push(fwd); // no match - keep forward goto
          }
        }
        fwdGotos = keep;
        lstmt = s;
      }
      // process labeled statement
      stmt = s.stmt;
    }

    const s = stmt;
    switch (s.kind) {
      case 'DeclStmt':
        if (s.decl.tok === 'var' && s.decl.specs.length > 0) {
          const v = s.decl.specs[0] as ast.ValueSpec; // the first VarDecl will do
          recordVarDecl(v.pos, v.names[0].name);
        }
        break;

      case 'BranchStmt':
        branch(ls, b, ctxt, s, stmtIndex, n, fwdGotos);
        break;

      case 'AssignStmt':
        if (s.tok === ':=') recordVarDecl(s.tokPos, s.lhs.map(exprString).join(', '));
        break;

      case 'BlockStmt':
        innerBlock({ ...ctxt, caseIndex: -1 }, s.pos, s.list);
        break;

      case 'IfStmt': {
        const inner = { ...ctxt, caseIndex: -1 };
        innerBlock(inner, s.body.pos, s.body.list);
        if (s.else !== null) innerBlock(inner, s.else.pos, [s.else]);
        break;
      }

      case 'ForStmt': case 'RangeStmt':
        innerBlock({ breaks: s, continues: s, caseIndex: -1, ncases: 0 }, s.body.pos, s.body.list);
        break;

      case 'SwitchStmt': case 'TypeSwitchStmt': case 'SelectStmt': {
        const clauses = s.body.list as (ast.CaseClause | ast.CommClause)[];
        clauses.forEach((cc, i) => {
          const inner: Targets = { breaks: s, continues: ctxt.continues, caseIndex: s.kind === 'SelectStmt' ? -1 : i, ncases: clauses.length };
          innerBlock(inner, cc.pos, cc.body);
        });
        break;
      }
    }
  }

  return fwdGotos;
}

function branch(
  ls: LabelScope, b: Block, ctxt: Targets, s: ast.BranchStmt, stmtIndex: number, n: number, fwdGotos: ast.BranchStmt[],
): void {
  if (s.label === null) {
    // unlabeled branch statement
    switch (s.tok) {
      case 'break':
        if (ctxt.breaks === null) errf(ls, s.pos, 'break is not in a loop, switch, or select');
        break;
      case 'continue':
        if (ctxt.continues === null) errf(ls, s.pos, 'continue is not in a loop');
        break;
      case 'fallthrough': {
        let msg = 'fallthrough statement out of place';
        const t = ctxt.breaks;
        if (t !== null && (t.kind === 'SwitchStmt' || t.kind === 'TypeSwitchStmt')) {
          if (t.kind === 'TypeSwitchStmt') {
            msg = 'cannot fallthrough in type switch';
          } else if (ctxt.caseIndex < 0 || stmtIndex + 1 < n) {
            // fallthrough nested in a block or not the last statement: use msg as is
          } else if (ctxt.caseIndex + 1 === ctxt.ncases) {
            msg = 'cannot fallthrough final case in switch';
          } else {
            return; // fallthrough ok
          }
        }
        errf(ls, s.pos, msg);
        break;
      }
    }
    return;
  }

  // labeled branch statement
  const name = s.label.name;
  switch (s.tok) {
    case 'break': {
      // spec: "If there is a label, it must be that of an enclosing "for", "switch", or
      // "select" statement, and that is the one whose execution terminates."
      const t = enclosingTarget(ls, b, name);
      if (t !== null) {
        const k = t === INVALID ? '' : t.stmt.kind;
        if (!(k === 'SwitchStmt' || k === 'TypeSwitchStmt' || k === 'SelectStmt' || k === 'ForStmt' || k === 'RangeStmt')) {
          errf(ls, s.label.pos, `invalid break label ${name}`);
        }
      } else {
        errf(ls, s.label.pos, `break label not defined: ${name}`);
      }
      break;
    }
    case 'continue': {
      // spec: "If there is a label, it must be that of an enclosing "for" statement, and that
      // is the one whose execution advances."
      const t = enclosingTarget(ls, b, name);
      if (t !== null) {
        const k = t === INVALID ? '' : t.stmt.kind;
        if (!(k === 'ForStmt' || k === 'RangeStmt')) errf(ls, s.label.pos, `invalid continue label ${name}`);
      } else {
        errf(ls, s.label.pos, `continue label not defined: ${name}`);
      }
      break;
    }
    case 'goto':
      if (gotoTarget(ls, b, name) === null) {
        // label may be declared later - add goto to forward gotos
        fwdGotos.push(s);
      }
      break;
  }
}
