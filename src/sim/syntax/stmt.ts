/**
 * This file implements the parsing of statements (https://go.dev/ref/spec#Statements), ported
 * from cmd/compile/internal/syntax/parser.go (stmtOrNil, simpleStmt, header, …), building
 * go/ast-shaped nodes.
 *
 * Statement headers (`if`, `for`, `switch`) are parsed by `header` exactly as gc does, so that
 * the famous messages come out the same: `missing condition in if statement`,
 * `cannot use x = 5 as value`, `expected for loop condition`, `var declaration not allowed in for
 * initializer`. While parsing a header `p.xnest` is -1, so `T {` is not a composite literal.
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
import { expr, exprList, pexpr, unparen, type Mutable } from './expr';
import { appendGroup, constDecl, typeDecl, varDecl, type SpecParser } from './decl';
import { checkBranches } from './branches';
import { stmtString } from './print';

// A module-local alias: cheaper than a live import binding in the hot paths of some module loaders.
const Tok = TokenKinds;
type Tok = TokenKinds;

/** A range clause, before it becomes a RangeStmt. */
interface RangeClause {
  kind: 'RangeClause';
  pos: number; // of "range"
  lhs: ast.Expr[] | null;
  tokPos: number;
  def: boolean;
  x: ast.Expr;
}

/** What simpleStmt may return. A type-switch guard `v := x.(type)` is an AssignStmt flagged in `guards`. */
type Simple = ast.ExprStmt | ast.SendStmt | ast.IncDecStmt | ast.AssignStmt | RangeClause;

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
    // gc's type checker reports this (types2/stmt.go); the statement cannot be represented.
    typeErrorAt(p, x.pos, x.end, `expression in ${word} must be function call`);
    return { kind: 'BadStmt', id: id(p), pos, end: x.end };
  }
  return tok === Tok.Go
    ? { kind: 'GoStmt', id: id(p), pos, end: x.end, call: x }
    : { kind: 'DeferStmt', id: id(p), pos, end: x.end, call: x };
}

/** SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl . */
function simpleStmt(p: Parser, lhs: ast.Expr[] | null, keyword: Tok): Simple {
  if (keyword === Tok.For && p.tok === Tok.Range) {
    // _Range expr
    return newRangeClause(p, null, false, -1);
  }

  if (lhs === null) lhs = exprList(p);

  if (lhs.length === 1 && p.tok !== Tok.Assign && p.tok !== Tok.Define) {
    // expr
    const x = lhs[0];
    const pos = p.pos;
    switch (p.tok) {
      case Tok.AssignOp: {
        // lhs op= rhs
        const tok = (p.op + '=') as ast.AssignTok;
        next(p);
        const y = expr(p);
        return { kind: 'AssignStmt', id: id(p), pos: x.pos, end: y.end, lhs, tokPos: pos, tok, rhs: [y] };
      }
      case Tok.IncOp: {
        // lhs++ or lhs--
        const tok = p.op === '+' ? '++' : '--';
        next(p);
        return { kind: 'IncDecStmt', id: id(p), pos: x.pos, end: pos + 2, x, tokPos: pos, tok };
      }
      case Tok.Arrow: {
        // lhs <- rhs
        next(p);
        const value = expr(p);
        return { kind: 'SendStmt', id: id(p), pos: x.pos, end: value.end, chan: x, arrow: pos, value };
      }
      default:
        return { kind: 'ExprStmt', id: id(p), pos: x.pos, end: x.end, x };
    }
  }

  // expr_list
  switch (p.tok) {
    case Tok.Assign: case Tok.Define: {
      const pos = p.pos;
      const def = p.tok === Tok.Define;
      next(p);

      if (keyword === Tok.For && p.tok === Tok.Range) {
        // expr_list op= _Range expr
        return newRangeClause(p, lhs, def, pos);
      }

      // expr_list op= expr_list
      const rhs = exprList(p);
      const a: ast.AssignStmt = {
        kind: 'AssignStmt', id: id(p), pos: lhs[0].pos, end: rhs[rhs.length - 1].end, lhs, tokPos: pos,
        tok: def ? ':=' : '=', rhs,
      };
      return a;
    }
    default: {
      syntaxError(p, 'expected := or = or comma');
      advance(p, Tok.Semi, Tok.Rbrace);
      // make the best of what we have
      const x = lhs[0];
      return { kind: 'ExprStmt', id: id(p), pos: x.pos, end: x.end, x };
    }
  }
}

/** Is s `v := x.(type)` — a type switch guard with a name (only meaningful in a switch header)? */
function isGuard(s: Simple): s is ast.AssignStmt {
  return s.kind === 'AssignStmt' && s.tok === ':=' && s.lhs.length === 1 && s.lhs[0].kind === 'Ident'
    && s.rhs.length === 1 && s.rhs[0].kind === 'TypeAssertExpr' && s.rhs[0].type === null;
}

function newRangeClause(p: Parser, lhs: ast.Expr[] | null, def: boolean, tokPos: number): RangeClause {
  const pos = p.pos;
  next(p); // consume "range"
  const x = expr(p);
  return { kind: 'RangeClause', pos, lhs, tokPos, def, x };
}

/** A simple statement in statement position (a range clause cannot occur there). */
function toStmt(p: Parser, s: Simple): ast.Stmt {
  if (s.kind === 'RangeClause') return { kind: 'BadStmt', id: id(p), pos: s.pos, end: s.x.end };
  return s;
}

interface Header {
  init: ast.Stmt | null;
  cond: ast.Expr | null;
  condStmt: ast.ExprStmt | ast.AssignStmt | null; // the statement cond came from (for type switches)
  post: ast.Stmt | null;
  range: RangeClause | null;
}

/** The header of an if, for or switch statement, as gc's parser.header. */
function header(p: Parser, keyword: Tok): Header {
  const h: Header = { init: null, cond: null, condStmt: null, post: null, range: null };
  want(p, keyword);

  if (p.tok === Tok.Lbrace) {
    if (keyword === Tok.If) {
      syntaxError(p, 'missing condition in if statement');
      h.cond = badExpr(p);
    }
    return h;
  }
  // p.tok != Lbrace

  const outer = p.xnest;
  p.xnest = -1;

  let init: Simple | null = null;
  if (p.tok !== Tok.Semi) {
    // accept potential varDecl but complain
    if (got(p, Tok.Var)) {
      syntaxError(p, `var declaration not allowed in ${tokenString(keyword)} initializer`);
    }
    init = simpleStmt(p, null, keyword);
    // If we have a range clause, we are done (can only happen for keyword == For).
    if (init.kind === 'RangeClause') {
      p.xnest = outer;
      h.range = init;
      return h;
    }
  }

  let condStmt: Simple | null = null;
  let semiPos = -1;
  let semiLit = '';
  done: {
    if (p.tok !== Tok.Lbrace) {
      if (p.tok === Tok.Semi) {
        semiPos = p.pos;
        semiLit = p.lit;
        next(p);
      } else {
        // asking for a '{' rather than a ';' here leads to a better error message
        want(p, Tok.Lbrace);
        if (p.tok !== Tok.Lbrace) {
          advance(p, Tok.Lbrace, Tok.Rbrace); // for better synchronization (e.g., go.dev/issue/22581)
        }
      }
      if (keyword === Tok.For) {
        if (p.tok !== Tok.Semi) {
          if (p.tok === Tok.Lbrace) {
            syntaxError(p, 'expected for loop condition');
            break done;
          }
          condStmt = simpleStmt(p, null, Tok.None /* range not permitted */);
        }
        want(p, Tok.Semi);
        if (p.tok !== Tok.Lbrace) {
          const post = simpleStmt(p, null, Tok.None /* range not permitted */);
          if (post.kind === 'AssignStmt' && post.tok === ':=') {
            syntaxErrorAt(p, post.tokPos, 'cannot declare in post statement of for loop');
          }
          h.post = toStmt(p, post);
        }
      } else if (p.tok !== Tok.Lbrace) {
        condStmt = simpleStmt(p, null, keyword);
      }
    } else {
      condStmt = init;
      init = null;
    }
  }

  h.init = init === null ? null : toStmt(p, init);

  // unpack condStmt
  if (condStmt === null) {
    if (keyword === Tok.If && semiPos >= 0) {
      if (semiLit !== 'semicolon') {
        syntaxErrorAt(p, semiPos, `unexpected ${semiLit}, expected { after if clause`);
      } else {
        syntaxErrorAt(p, semiPos, 'missing condition in if statement');
      }
      h.cond = badExpr(p, semiPos);
    }
  } else if (condStmt.kind === 'ExprStmt') {
    h.cond = condStmt.x;
    h.condStmt = condStmt;
  } else if (keyword === Tok.Switch && isGuard(condStmt)) {
    h.cond = condStmt.rhs[0];
    h.condStmt = condStmt;
  } else {
    // A common syntax error is to write '=' instead of '==', which turns an expression into an
    // assignment. Provide a more explicit error message in that case to prevent further confusion.
    const s = condStmt as Exclude<Simple, RangeClause>;
    let str: string;
    if (s.kind === 'AssignStmt' && s.tok === '=') {
      // Emphasize complex Lhs and Rhs of assignment with parentheses to highlight '='.
      str = 'assignment ' + emphasize(s.lhs) + ' = ' + emphasize(s.rhs);
    } else {
      str = stmtString(s);
    }
    syntaxErrorAt(p, gcStmtPos(s), `cannot use ${str} as value`);
  }

  p.xnest = outer;
  return h;
}

/** gc's position of a simple statement: the operator for assignments and sends. */
function gcStmtPos(s: ast.Stmt): number {
  switch (s.kind) {
    case 'AssignStmt': case 'IncDecStmt': return s.tokPos;
    case 'SendStmt': return s.arrow;
    default: return s.pos;
  }
}

/** A list printed as gc prints it, with a lone binary expression in parentheses. */
function emphasize(l: ast.Expr[]): string {
  const s = l.map((x) => stmtString(x)).join(', ');
  if (l.length === 1 && l[0].kind === 'BinaryExpr') return '(' + s + ')';
  return s;
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

export type { Mutable };
