/**
 * This file implements the parsing of expressions (https://go.dev/ref/spec#Expressions), ported
 * from cmd/compile/internal/syntax/parser.go (binaryExpr, unaryExpr, operand, pexpr, complitexpr)
 * but building go/ast-shaped nodes (ast.ts).
 *
 * Why precedence climbing: Go has five binary precedence levels, all left-associative, and unary
 * operators bind tighter than any binary one. `binaryExpr(p, x, prec)` parses a unary operand,
 * then keeps absorbing operators whose precedence is greater than `prec`, parsing each right
 * operand at the operator's own precedence — a loop for left-associative chains (so `a+b+c+…`
 * does not recurse), one recursion per precedence step.
 *
 * The composite-literal ambiguity (https://go.dev/ref/spec#Composite_literals, "parsing
 * ambiguity"): in `if x == T {}` the `{` opens the block, not a literal. `p.xnest` is set to -1
 * while parsing a statement header and incremented inside any bracket; a bare type name followed
 * by `{` starts a composite literal only when `xnest >= 0` (as gc does; go/parser's exprLev).
 *
 * Differences from gc's tree, all go/ast conventions: parentheses are always kept (ParenExpr),
 * `*x` is a StarExpr, other unary operators a UnaryExpr, `x.(type)` is a TypeAssertExpr with a
 * null type, and several type arguments give an IndexListExpr.
 */

import type * as ast from './ast';
import { Tok as TokenKinds } from './token';
import {
  type Parser, advance, badExpr, enter, error, got, id, leave, list, name, next, oliteral,
  syntaxError, want,
} from './state';
import { funcBody } from './stmt';
import { funcType, type_, typeOrNil } from './typeexpr';
import { exprString } from './print';

// A module-local alias: cheaper than a live import binding in the hot paths of some module loaders.
const Tok = TokenKinds;
type Tok = TokenKinds;

export function expr(p: Parser): ast.Expr {
  return binaryExpr(p, null, 0);
}

/** Expression = UnaryExpr | Expression binary_op Expression . */
export function binaryExpr(p: Parser, x: ast.Expr | null, prec: number): ast.Expr {
  if (x === null) x = unaryExpr(p);
  while ((p.tok === Tok.Operator || p.tok === Tok.Star) && p.prec > prec) {
    const opPos = p.pos;
    const op = p.op as ast.BinaryOp;
    const tprec = p.prec;
    next(p);
    const y = binaryExpr(p, null, tprec);
    x = { kind: 'BinaryExpr', id: id(p), pos: x.pos, end: y.end, x, opPos, op, y };
  }
  return x;
}

/** UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
export function unaryExpr(p: Parser): ast.Expr {
  enter(p);
  const x = unaryExpr0(p);
  leave(p);
  return x;
}

function unaryExpr0(p: Parser): ast.Expr {
  switch (p.tok) {
    case Tok.Operator:
    case Tok.Star:
      switch (p.op) {
        case '*': {
          const pos = p.pos;
          next(p);
          const x = unaryExpr(p);
          return { kind: 'StarExpr', id: id(p), pos, end: x.end, x };
        }
        case '+': case '-': case '!': case '^': case '~': case '&': {
          const pos = p.pos;
          const op = p.op as ast.UnaryOp;
          next(p);
          const x = unaryExpr(p);
          return { kind: 'UnaryExpr', id: id(p), pos, end: x.end, opPos: pos, op, x };
        }
      }
      break;

    case Tok.Arrow: {
      // receive op (<-x) or receive-only channel (<-chan E)
      const pos = p.pos;
      next(p);
      // If the next token is Chan we still don't know if it is a channel (<-chan int) or a
      // receive op (<-chan int(ch)). We only know once we have found the end of the unaryExpr.
      const x = unaryExpr(p);
      if (x.kind === 'ChanType') {
        // x is a channel type => re-associate <-:  <-(chan E) => (<-chan E),
        // <-(chan<-E) => (<-chan (<-E))
        let dir: ast.ChanDir = 'send';
        let t: ast.Expr = x;
        let arrow = pos;
        while (dir === 'send') {
          if (t.kind !== 'ChanType') break;
          const c = t as Mutable<ast.ChanType>;
          dir = c.dir;
          if (dir === 'recv') {
            // t is type <-chan E but <-<-chan E is not permitted
            syntaxError(p, 'unexpected <-, expected chan');
          }
          const nextArrow = c.arrow;
          c.pos = arrow;
          c.arrow = arrow;
          arrow = nextArrow;
          c.dir = 'recv';
          t = c.value;
        }
        if (dir === 'send') {
          // channel dir is <- but channel element E is not a channel
          syntaxError(p, `unexpected ${exprString(t)}, expected chan`);
        }
        return x;
      }
      // x is not a channel type => we have a receive op
      return { kind: 'UnaryExpr', id: id(p), pos, end: x.end, opPos: pos, op: '<-', x };
    }
  }
  return pexpr(p, null, true);
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Operand = Literal | OperandName | MethodExpr | "(" Expression ")" .
 * Literal = BasicLit | CompositeLit | FunctionLit .
 */
function operand(p: Parser): ast.Expr {
  switch (p.tok) {
    case Tok.Name:
      return name(p);

    case Tok.Literal:
      return oliteral(p)!;

    case Tok.Lparen: {
      const pos = p.pos;
      next(p);
      p.xnest++;
      const x = expr(p);
      p.xnest--;
      const rparen = p.pos;
      want(p, Tok.Rparen);
      return { kind: 'ParenExpr', id: id(p), pos, end: Math.max(rparen + 1, x.end), x };
    }

    case Tok.Func: {
      const pos = p.pos;
      next(p);
      const { type } = funcType(p, 'function type', pos);
      if (p.tok === Tok.Lbrace) {
        p.xnest++;
        const body = funcBody(p);
        p.xnest--;
        return { kind: 'FuncLit', id: id(p), pos, end: body.end, type, body };
      }
      return type;
    }

    case Tok.Lbrack: case Tok.Chan: case Tok.Map: case Tok.Struct: case Tok.Interface:
      return type_(p); // othertype

    default: {
      const x = badExpr(p);
      syntaxError(p, 'expected expression');
      advance(p, Tok.Rparen, Tok.Rbrack, Tok.Rbrace);
      return x;
    }
  }
}

/** Strips enclosing parentheses. */
export function unparen(x: ast.Expr): ast.Expr {
  while (x.kind === 'ParenExpr') x = x.x;
  return x;
}

/**
 * PrimaryExpr = Operand | Conversion | PrimaryExpr Selector | PrimaryExpr Index |
 *               PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
 * (`keepParens` is accepted for parity with gc; go/ast always keeps parentheses.)
 */
export function pexpr(p: Parser, x: ast.Expr | null, _keepParens: boolean): ast.Expr {
  if (x === null) x = operand(p);

  for (;;) {
    const pos = p.pos;
    switch (p.tok) {
      case Tok.Dot: {
        next(p);
        if (p.tok === Tok.Name) {
          const sel = name(p);
          x = { kind: 'SelectorExpr', id: id(p), pos: x.pos, end: sel.end, x, sel };
        } else if (p.tok === Tok.Lparen) {
          const lparen = p.pos;
          next(p);
          let type: ast.Expr | null = null;
          if (!got(p, Tok.Type)) type = type_(p);
          const rparen = p.pos;
          want(p, Tok.Rparen);
          x = { kind: 'TypeAssertExpr', id: id(p), pos: x.pos, end: rparen + 1, x, lparen, type, rparen };
        } else {
          syntaxError(p, 'expected name or (');
          advance(p, Tok.Semi, Tok.Rparen);
        }
        continue;
      }

      case Tok.Lbrack: {
        next(p);
        let i: ast.Expr | null = null;
        if (p.tok !== Tok.Colon) {
          let comma = false;
          let l: ast.Expr[];
          if (p.tok === Tok.Rbrack) {
            // invalid empty instance, slice or index expression; accept but complain
            syntaxError(p, 'expected operand');
            l = [badExpr(p)];
          } else {
            ({ list: l, comma } = typeList(p, false));
          }
          if (comma || p.tok === Tok.Rbrack) {
            const rbrack = p.pos;
            want(p, Tok.Rbrack);
            // x[], x[i,] or x[i, j, ...]
            x = l.length === 1
              ? { kind: 'IndexExpr', id: id(p), pos: x.pos, end: rbrack + 1, x, lbrack: pos, index: l[0], rbrack }
              : { kind: 'IndexListExpr', id: id(p), pos: x.pos, end: rbrack + 1, x, lbrack: pos, indices: l, rbrack };
            continue;
          }
          i = l[0];
        }

        // x[i:...
        // For better error message, don't simply use want(Colon) here (go.dev/issue/47704).
        if (!got(p, Tok.Colon)) {
          syntaxError(p, 'expected comma, : or ]');
          advance(p, Tok.Comma, Tok.Colon, Tok.Rbrack);
        }
        p.xnest++;
        let high: ast.Expr | null = null;
        let max: ast.Expr | null = null;
        let slice3 = false;
        if (p.tok !== Tok.Colon && p.tok !== Tok.Rbrack) {
          // x[i:j...
          high = expr(p);
        }
        if (p.tok === Tok.Colon) {
          slice3 = true;
          // x[i:j:...]
          if (high === null) {
            error(p, 'middle index required in 3-index slice');
            high = badExpr(p);
          }
          next(p);
          if (p.tok !== Tok.Rbrack) {
            // x[i:j:k...
            max = expr(p);
          } else {
            error(p, 'final index required in 3-index slice');
            max = badExpr(p);
          }
        }
        p.xnest--;
        const rbrack = p.pos;
        want(p, Tok.Rbrack);
        x = { kind: 'SliceExpr', id: id(p), pos: x.pos, end: rbrack + 1, x, lbrack: pos, low: i, high, max, slice3, rbrack };
        continue;
      }

      case Tok.Lparen: {
        next(p);
        const { args, ellipsis, rparen } = argList(p);
        x = { kind: 'CallExpr', id: id(p), pos: x.pos, end: rparen + 1, fun: x, lparen: pos, args, ellipsis, rparen };
        continue;
      }

      case Tok.Lbrace: {
        // operand may have returned a parenthesized complit type; accept it but complain
        const t = unparen(x);
        // determine if '{' belongs to a composite literal or a block statement
        let complitOk = false;
        switch (t.kind) {
          case 'Ident': case 'SelectorExpr':
            complitOk = p.xnest >= 0; // x is possibly a composite literal type
            break;
          case 'IndexExpr': case 'IndexListExpr':
            complitOk = p.xnest >= 0 && !isValue(t);
            break;
          case 'ArrayType': case 'StructType': case 'MapType':
            complitOk = true; // x is a comptype
            break;
        }
        if (!complitOk) return x;
        if (t !== x) {
          syntaxError(p, 'cannot parenthesize type in composite literal');
          // already progressed, no need to advance
        }
        x = complitexpr(p, x);
        continue;
      }

      default:
        return x;
    }
  }
}

/** Reports whether x syntactically must be a value (and not a type) expression. */
function isValue(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'BasicLit': case 'CompositeLit': case 'FuncLit': case 'SliceExpr': case 'TypeAssertExpr': case 'CallExpr':
    case 'UnaryExpr': case 'BinaryExpr':
      return true;
    case 'ParenExpr':
      return isValue(x.x);
    case 'IndexExpr':
      return isValue(x.x) || isValue(x.index);
    case 'IndexListExpr':
      return isValue(x.x);
  }
  return false;
}

/** Element = Expression | LiteralValue . */
function bareComplitexpr(p: Parser): ast.Expr {
  if (p.tok === Tok.Lbrace) {
    // '{' start_complit braced_keyval_list '}'
    return complitexpr(p, null);
  }
  return expr(p);
}

/** LiteralValue = "{" [ ElementList [ "," ] ] "}" . */
function complitexpr(p: Parser, type: ast.Expr | null): ast.CompositeLit {
  enter(p);
  const lbrace = p.pos;
  const elts: ast.Expr[] = [];
  p.xnest++;
  want(p, Tok.Lbrace);
  const rbrace = list(p, 'composite literal', Tok.Comma, Tok.Rbrace, () => {
    // value
    let e = bareComplitexpr(p);
    if (p.tok === Tok.Colon) {
      // key ':' value
      const colon = p.pos;
      next(p);
      const value = bareComplitexpr(p);
      e = { kind: 'KeyValueExpr', id: id(p), pos: e.pos, end: value.end, key: e, colon, value };
    }
    elts.push(e);
    return false;
  });
  p.xnest--;
  leave(p);
  return {
    kind: 'CompositeLit', id: id(p), pos: type ? type.pos : lbrace, end: Math.max(rbrace + 1, lbrace + 1),
    type, lbrace, elts, rbrace, incomplete: false,
  };
}

/**
 * argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" . The "(" has been consumed.
 * `ellipsis` is the position of a final "..." or -1.
 */
function argList(p: Parser): { args: ast.Expr[]; ellipsis: number; rparen: number } {
  const args: ast.Expr[] = [];
  let ellipsis = -1;
  p.xnest++;
  const rparen = list(p, 'argument list', Tok.Comma, Tok.Rparen, () => {
    args.push(expr(p));
    if (p.tok === Tok.DotDotDot) {
      ellipsis = p.pos;
      next(p);
      return true;
    }
    return false;
  });
  p.xnest--;
  return { args, ellipsis, rparen };
}

/** ExpressionList = Expression { "," Expression } . */
export function exprList(p: Parser): ast.Expr[] {
  const l = [expr(p)];
  while (got(p, Tok.Comma)) l.push(expr(p));
  return l;
}

/**
 * typeList = arg { "," arg } [ "," ] . A non-empty list of types; if strict is false the first
 * element may also be a (non-type) expression. `comma` reports a separating or trailing comma.
 */
export function typeList(p: Parser, strict: boolean): { list: ast.Expr[]; comma: boolean } {
  p.xnest++;
  const l = [strict ? type_(p) : expr(p)];
  let comma = false;
  if (got(p, Tok.Comma)) {
    comma = true;
    let t = typeOrNil(p);
    if (t !== null) {
      l.push(t);
      while (got(p, Tok.Comma)) {
        t = typeOrNil(p);
        if (t === null) break;
        l.push(t);
      }
    }
  }
  p.xnest--;
  return { list: l, comma };
}
