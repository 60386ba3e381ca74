/**
 * This file implements simple statements (https://go.dev/ref/spec#SimpleStmt: expression, send,
 * inc/dec, assignment, short variable declaration) and the headers of if/for/switch statements
 * (init; condition; post, range clauses), ported from cmd/compile/internal/syntax/parser.go
 * (simpleStmt, header).
 *
 * Headers are parsed exactly as gc does, so that the famous messages come out the same:
 * `missing condition in if statement`, `cannot use x = 5 as value`, `expected for loop
 * condition`, `var declaration not allowed in for initializer`, `unexpected newline, expected {
 * after if clause`. While parsing a header `p.xnest` is -1, so `T {` is not a composite literal.
 */

import type * as ast from './ast';
import { Tok as TokenKinds, tokenString } from './token';
import { type Parser, advance, badExpr, got, id, next, syntaxError, syntaxErrorAt, want } from './state';
import { expr, exprList } from './expr';
import { stmtString } from './print';

// A module-local alias: cheaper than a live import binding in the hot paths of some module loaders.
const Tok = TokenKinds;
type Tok = TokenKinds;

/** A range clause, before it becomes a RangeStmt. */
export interface RangeClause {
  kind: 'RangeClause';
  pos: number; // of "range"
  lhs: ast.Expr[] | null;
  tokPos: number;
  def: boolean;
  x: ast.Expr;
}

/** What simpleStmt may return. */
export type Simple = ast.ExprStmt | ast.SendStmt | ast.IncDecStmt | ast.AssignStmt | RangeClause;

/** SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl . */
export function simpleStmt(p: Parser, lhs: ast.Expr[] | null, keyword: Tok): Simple {
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
export function toStmt(p: Parser, s: Simple): ast.Stmt {
  if (s.kind === 'RangeClause') return { kind: 'BadStmt', id: id(p), pos: s.pos, end: s.x.end };
  return s;
}

export interface Header {
  init: ast.Stmt | null;
  cond: ast.Expr | null;
  condStmt: ast.ExprStmt | ast.AssignStmt | null; // the statement cond came from (for type switches)
  post: ast.Stmt | null;
  range: RangeClause | null;
}

/** The header of an if, for or switch statement, as gc's parser.header. */
export function header(p: Parser, keyword: Tok): Header {
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
