/**
 * This file implements the parsing of statements (https://go.dev/ref/spec#Statements): blocks
 * and statement lists, labeled, go/defer, branch and return statements, if/for/switch/select
 * with their clauses, ported from cmd/compile/internal/syntax/parser.go (stmtOrNil, ifStmt, …)
 * and building go/ast-shaped nodes. Simple statements and statement headers are in simplestmt.ts.
 *
 * A type switch (https://go.dev/ref/spec#Type_switches) is recognised from its guard: the tag is
 * `x.(type)` (a TypeAssertExpr with a null type) or the header's condition is `v := x.(type)`.
 */

import type * as ast from './ast';
import { Tok as TokenKinds, tokenString } from './token';
import {
  type Parser, advance, badExpr, enter, errorAt, got, id, leave, name, next, syntaxError,
  syntaxErrorAt, typeErrorAt, want,
} from './state';
import { exprList, pexpr, unparen } from './expr';
import { appendGroup, constDecl, typeDecl, varDecl, type SpecParser } from './decl';
import { checkBranches } from './branches';
import { header, simpleStmt, toStmt } from './simplestmt';

// A module-local alias: cheaper than a live import binding in the hot paths of some module loaders.
const Tok = TokenKinds;
type Tok = TokenKinds;

/** FunctionBody = Block . Checks labels and branches when the body had no errors (gc's CheckBranches). */
export function funcBody(p: Parser): ast.BlockStmt {
  p.fnest++;
  const errcnt = p.errcnt;
  const branches = p.branches;
  const body = blockStmt(p, '');
  p.fnest--;
  // Don't check branches if there were syntax errors in the function as it may lead to spurious
  // errors or possibly crashes due to incomplete syntax trees. (Nor if there is nothing to check.)
  if (errcnt === p.errcnt && branches !== p.branches) checkBranches(p, body);
  return body;
}

/** Block = "{" StatementList "}" . context must be non-empty unless p.tok is "{". */
export function blockStmt(p: Parser, context: string): ast.BlockStmt {
  const pos = p.pos;
  // people coming from C may forget that braces are mandatory in Go
  if (!got(p, Tok.Lbrace)) {
    syntaxError(p, 'expected { after ' + context);
    advance(p, Tok.Name, Tok.Rbrace);
    const rbrace = p.pos; // in case we found "}"
    if (got(p, Tok.Rbrace)) return { kind: 'BlockStmt', id: id(p), pos, end: rbrace + 1, lbrace: pos, list: [], rbrace };
  }
  const l = stmtList(p);
  const rbrace = p.pos;
  want(p, Tok.Rbrace);
  return { kind: 'BlockStmt', id: id(p), pos, end: Math.max(rbrace + 1, pos + 1), lbrace: pos, list: l, rbrace };
}

/** StatementList = { Statement ";" } . */
export function stmtList(p: Parser): ast.Stmt[] {
  const l: ast.Stmt[] = [];
  while (p.tok !== Tok.EOF && p.tok !== Tok.Rbrace && p.tok !== Tok.Case && p.tok !== Tok.Default) {
    const s = stmtOrNil(p);
    if (s === null) break;
    l.push(s);
    // ";" is optional before "}"
    if (!got(p, Tok.Semi) && p.tok !== Tok.Rbrace) {
      syntaxError(p, 'at end of statement');
      advance(p, Tok.Semi, Tok.Rbrace, Tok.Case, Tok.Default);
      got(p, Tok.Semi); // avoid spurious empty statement
    }
  }
  return l;
}

/** Statement, or null if none is present. */
export function stmtOrNil(p: Parser): ast.Stmt | null {
  enter(p);
  const s = stmtOrNil0(p);
  leave(p);
  return s;
}

function stmtOrNil0(p: Parser): ast.Stmt | null {
  // Most statements (assignments) start with an identifier; look for it first.
  if (p.tok === Tok.Name) {
    const lhs = exprList(p);
    if (lhs.length === 1 && lhs[0].kind === 'Ident' && p.tok === Tok.Colon) return labeledStmtOrNil(p, lhs[0]);
    return toStmt(p, simpleStmt(p, lhs, Tok.None));
  }

  switch (p.tok) {
    case Tok.Var: return declStmt(p, varDecl);
    case Tok.Const: return declStmt(p, constDecl);
    case Tok.Type: return declStmt(p, typeDecl);
    case Tok.Lbrace: return blockStmt(p, '');

    case Tok.Operator: case Tok.Star:
      switch (p.op) {
        case '+': case '-': case '*': case '&': case '^': case '!':
          return toStmt(p, simpleStmt(p, null, Tok.None)); // unary operators
      }
      break;

    case Tok.Literal: case Tok.Func: case Tok.Lparen: // operands
    case Tok.Lbrack: case Tok.Struct: case Tok.Map: case Tok.Chan: case Tok.Interface: // composite types
    case Tok.Arrow: // receive operator
      return toStmt(p, simpleStmt(p, null, Tok.None));

    case Tok.For: return forStmt(p);
    case Tok.Switch: return switchStmt(p);
    case Tok.Select: return selectStmt(p);
    case Tok.If: return ifStmt(p);

    case Tok.Fallthrough: {
      p.branches++;
      const pos = p.pos;
      next(p);
      return { kind: 'BranchStmt', id: id(p), pos, end: pos + 11, tok: 'fallthrough', label: null };
    }

    case Tok.Break: case Tok.Continue: {
      p.branches++;
      const pos = p.pos;
      const tok = p.tok === Tok.Break ? 'break' : 'continue';
      next(p);
      let label: ast.Ident | null = null;
      if (p.tok === Tok.Name) label = name(p);
      return { kind: 'BranchStmt', id: id(p), pos, end: label ? label.end : pos + tok.length, tok, label };
    }

    case Tok.Go: case Tok.Defer:
      return callStmt(p);

    case Tok.Goto: {
      p.branches++;
      const pos = p.pos;
      next(p);
      const label = name(p);
      return { kind: 'BranchStmt', id: id(p), pos, end: Math.max(label.end, pos + 4), tok: 'goto', label };
    }

    case Tok.Return: {
      const pos = p.pos;
      next(p);
      let results: ast.Expr[] = [];
      if (p.tok !== Tok.Semi && p.tok !== Tok.Rbrace) results = exprList(p);
      const end = results.length ? results[results.length - 1].end : pos + 6;
      return { kind: 'ReturnStmt', id: id(p), pos, end, results };
    }

    case Tok.Semi:
      return emptyStmt(p);
  }
  return null;
}

function emptyStmt(p: Parser): ast.EmptyStmt {
  const implicit = p.tok !== Tok.Semi || p.lit !== 'semicolon';
  return { kind: 'EmptyStmt', id: id(p), pos: p.pos, end: implicit ? p.pos : p.pos + 1, implicit };
}

function declStmt(p: Parser, f: SpecParser): ast.DeclStmt {
  const pos = p.pos;
  const tok = p.tok;
  next(p); // Const, Type, or Var
  const decl = appendGroup(p, pos, tok, f);
  return { kind: 'DeclStmt', id: id(p), pos, end: decl.end, decl };
}

function labeledStmtOrNil(p: Parser, label: ast.Ident): ast.Stmt | null {
  p.branches++;
  const colon = p.pos;
  want(p, Tok.Colon);

  if (p.tok === Tok.Rbrace) {
    // We expect a statement (incl. an empty statement), which must be terminated by a
    // semicolon. Because semicolons may be omitted before an "}", seeing one implies an empty
    // statement.
    const e: ast.EmptyStmt = { kind: 'EmptyStmt', id: id(p), pos: p.pos, end: p.pos, implicit: true };
    return { kind: 'LabeledStmt', id: id(p), pos: label.pos, end: e.end, label, colon, stmt: e };
  }

  const s = stmtOrNil(p);
  if (s !== null) return { kind: 'LabeledStmt', id: id(p), pos: label.pos, end: s.end, label, colon, stmt: s };

  // report error at line of ':' token
  syntaxErrorAt(p, colon, 'missing statement after label');
  // we are already at the end of the labeled statement - no need to advance
  return null;
}

/** GoStmt = "go" Expression . DeferStmt = "defer" Expression . */
function callStmt(p: Parser): ast.Stmt {
  const pos = p.pos;
  const tok = p.tok;
  const word = tokenString(tok);
  next(p);

  let x = pexpr(p, null, p.tok === Tok.Lparen); // keep parens so we can report an error below
  const t = unparen(x);
  if (t !== x) {
    errorAt(p, x.pos, `expression in ${word} must not be parenthesized`);
    // already progressed, no need to advance
    x = t;
  }
  if (x.kind !== 'CallExpr') {
    // gc's type checker reports this (types2/stmt.go suspendedCall); the statement cannot be a
    // GoStmt/DeferStmt, but the operand is kept so the checker still counts its uses (check.use).
    typeErrorAt(p, x.pos, x.end, `expression in ${word} must be function call`);
    return { kind: 'BadStmt', id: id(p), pos, end: x.end, x };
  }
  return tok === Tok.Go
    ? { kind: 'GoStmt', id: id(p), pos, end: x.end, call: x }
    : { kind: 'DeferStmt', id: id(p), pos, end: x.end, call: x };
}

/** IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] . */
function ifStmt(p: Parser): ast.IfStmt {
  const pos = p.pos;
  const h = header(p, Tok.If);
  const body = blockStmt(p, 'if clause');
  let els: ast.IfStmt | ast.BlockStmt | null = null;
  if (got(p, Tok.Else)) {
    switch (p.tok) {
      case Tok.If:
        els = ifStmt(p);
        break;
      case Tok.Lbrace:
        els = blockStmt(p, '');
        break;
      default:
        syntaxError(p, 'else must be followed by if or statement block');
        advance(p, Tok.Name, Tok.Rbrace);
    }
  }
  const cond = h.cond ?? badExpr(p, body.pos);
  return { kind: 'IfStmt', id: id(p), pos, end: els ? els.end : body.end, init: h.init, cond, body, else: els };
}

/** ForStmt = "for" [ Condition | ForClause | RangeClause ] Block . */
function forStmt(p: Parser): ast.Stmt {
  const pos = p.pos;
  const h = header(p, Tok.For);
  const body = blockStmt(p, 'for clause');
  const r = h.range;
  if (r !== null) {
    const lhs = r.lhs ?? [];
    if (lhs.length > 2) {
      typeErrorAt(p, lhs[2].pos, lhs[2].end, 'range clause permits at most two iteration variables');
    }
    return {
      kind: 'RangeStmt', id: id(p), pos, end: body.end, key: lhs[0] ?? null, value: lhs[1] ?? null,
      tokPos: r.tokPos, tok: r.lhs === null ? null : r.def ? ':=' : '=', x: r.x, body,
    };
  }
  return { kind: 'ForStmt', id: id(p), pos, end: body.end, init: h.init, cond: h.cond, post: h.post, body };
}

/** ExprSwitchStmt / TypeSwitchStmt. */
function switchStmt(p: Parser): ast.Stmt {
  const pos = p.pos;
  const h = header(p, Tok.Switch);

  const lbrace = p.pos;
  if (!got(p, Tok.Lbrace)) {
    syntaxError(p, 'missing { after switch clause');
    advance(p, Tok.Case, Tok.Default, Tok.Rbrace);
  }
  const clauses: ast.Stmt[] = [];
  while (p.tok !== Tok.EOF && p.tok !== Tok.Rbrace) clauses.push(caseClause(p));
  const rbrace = p.pos;
  want(p, Tok.Rbrace);
  const body: ast.BlockStmt = { kind: 'BlockStmt', id: id(p), pos: lbrace, end: Math.max(rbrace + 1, lbrace), lbrace, list: clauses, rbrace };

  const cs = h.condStmt;
  if (cs !== null && h.cond !== null && h.cond.kind === 'TypeAssertExpr' && h.cond.type === null) {
    return { kind: 'TypeSwitchStmt', id: id(p), pos, end: body.end, init: h.init, assign: cs, body };
  }
  return { kind: 'SwitchStmt', id: id(p), pos, end: body.end, init: h.init, tag: h.cond, body };
}

function selectStmt(p: Parser): ast.SelectStmt {
  const pos = p.pos;
  want(p, Tok.Select);
  const lbrace = p.pos;
  if (!got(p, Tok.Lbrace)) {
    syntaxError(p, 'missing { after select clause');
    advance(p, Tok.Case, Tok.Default, Tok.Rbrace);
  }
  const clauses: ast.Stmt[] = [];
  while (p.tok !== Tok.EOF && p.tok !== Tok.Rbrace) clauses.push(commClause(p));
  const rbrace = p.pos;
  want(p, Tok.Rbrace);
  const body: ast.BlockStmt = { kind: 'BlockStmt', id: id(p), pos: lbrace, end: Math.max(rbrace + 1, lbrace), lbrace, list: clauses, rbrace };
  return { kind: 'SelectStmt', id: id(p), pos, end: body.end, body };
}

function caseClause(p: Parser): ast.CaseClause {
  const pos = p.pos;
  let l: ast.Expr[] | null = [];
  switch (p.tok) {
    case Tok.Case:
      next(p);
      l = exprList(p);
      break;
    case Tok.Default:
      next(p);
      l = null;
      break;
    default:
      syntaxError(p, 'expected case or default or }');
      advance(p, Tok.Colon, Tok.Case, Tok.Default, Tok.Rbrace);
  }
  const colon = p.pos;
  want(p, Tok.Colon);
  const body = stmtList(p);
  const end = body.length ? body[body.length - 1].end : colon + 1;
  return { kind: 'CaseClause', id: id(p), pos, end, list: l, colon, body };
}

function commClause(p: Parser): ast.CommClause {
  const pos = p.pos;
  let comm: ast.CommClause['comm'] = null;
  switch (p.tok) {
    case Tok.Case: {
      next(p);
      const s = simpleStmt(p, null, Tok.None);
      // The syntax restricts the possible simple statements here to: lhs <- x (send),
      // <-x, lhs = <-x, lhs := <-x. All these (and more) are recognized by simpleStmt and
      // invalid ones are flagged during type checking.
      if (s.kind === 'SendStmt' || s.kind === 'ExprStmt' || s.kind === 'AssignStmt') comm = s;
      else {
        typeErrorAt(p, s.pos, s.kind === 'RangeClause' ? s.x.end : s.end,
          'select case must be send or receive (possibly with assignment)');
        comm = { kind: 'ExprStmt', id: id(p), pos: s.pos, end: s.pos, x: badExpr(p, s.pos) };
      }
      break;
    }
    case Tok.Default:
      next(p);
      break;
    default:
      syntaxError(p, 'expected case or default or }');
      advance(p, Tok.Colon, Tok.Case, Tok.Default, Tok.Rbrace);
  }
  const colon = p.pos;
  want(p, Tok.Colon);
  const body = stmtList(p);
  const end = body.length ? body[body.length - 1].end : colon + 1;
  return { kind: 'CommClause', id: id(p), pos, end, comm, colon, body };
}

