/**
 * This file implements the parsing of declarations (https://go.dev/ref/spec#Declarations_and_scope):
 * import, const, type and var specs (grouped or not) and function/method declarations, ported
 * from cmd/compile/internal/syntax/parser.go and building go/ast GenDecl/FuncDecl nodes.
 *
 * - `ValueSpec.iota` is the spec's index within its const group (https://go.dev/ref/spec#Iota).
 * - `type T[P any] …` vs `type T [N]int`: the `[P *C]` ambiguity is resolved as gc does
 *   (extractName): a name followed by a type element is a type parameter list; a lone `[N]`
 *   is an array length.
 */

import type * as ast from './ast';
import { Tok as TokenKinds } from './token';
import {
  type Parser, advance, badExpr, error, got, gotAssign, id, list, name, nameList, newIdent, next,
  oliteral, syntaxError, syntaxErrorAt,
} from './state';
import { binaryExpr, exprList, pexpr, unparen } from './expr';
import { arrayType, fieldList, funcType, sliceType, typeOrNil, type_ } from './typeexpr';
import { paramList, toFields } from './params';
import { funcBody } from './stmt';

// A module-local alias: cheaper than a live import binding in the hot paths of some module loaders.
const Tok = TokenKinds;
type Tok = TokenKinds;

export type SpecParser = (p: Parser, index: number) => ast.Spec | null;

/** appendGroup(f) = f | "(" { f ";" } ")" . The keyword at kwPos has been consumed. */
export function appendGroup(p: Parser, kwPos: number, tok: Tok, f: SpecParser): ast.GenDecl {
  const word = tok === Tok.Import ? 'import' : tok === Tok.Const ? 'const' : tok === Tok.Type ? 'type' : 'var';
  const specs: ast.Spec[] = [];
  if (p.tok === Tok.Lparen) {
    const lparen = p.pos;
    next(p);
    let index = 0;
    const rparen = list(p, 'grouped declaration', Tok.Semi, Tok.Rparen, () => {
      const x = f(p, index++);
      if (x !== null) specs.push(x);
      return false;
    });
    return { kind: 'GenDecl', id: id(p), pos: kwPos, end: Math.max(rparen + 1, lparen + 1), tok: word, lparen, specs, rparen };
  }
  const x = f(p, 0);
  if (x !== null) specs.push(x);
  const end = specs.length ? specs[0].end : kwPos + word.length;
  return { kind: 'GenDecl', id: id(p), pos: kwPos, end, tok: word, lparen: -1, specs, rparen: -1 };
}

/** ImportSpec = [ "." | PackageName ] ImportPath . ImportPath = string_lit . */
export function importDecl(p: Parser): ast.Spec | null {
  const pos = p.pos;
  let local: ast.Ident | null = null;
  switch (p.tok) {
    case Tok.Name:
      local = name(p);
      break;
    case Tok.Dot:
      local = newIdent(p, p.pos, '.');
      next(p);
      break;
  }
  let path = oliteral(p);
  if (path === null) {
    syntaxError(p, 'missing import path');
    advance(p, Tok.Semi, Tok.Rparen);
    path = { kind: 'BasicLit', id: id(p), pos: p.pos, end: p.pos, litKind: 'STRING', value: '', bad: true };
  } else if (!path.bad && path.litKind !== 'STRING') {
    syntaxErrorAt(p, path.pos, 'import path must be a string');
    path.bad = true;
  }
  return { kind: 'ImportSpec', id: id(p), pos, end: Math.max(path.end, pos), name: local, path };
}

/** ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
export function constDecl(p: Parser, index: number): ast.Spec | null {
  const pos = p.pos;
  const names = nameList(p, name(p));
  let type: ast.Expr | null = null;
  let values: ast.Expr[] = [];
  if (p.tok !== Tok.EOF && p.tok !== Tok.Semi && p.tok !== Tok.Rparen) {
    type = typeOrNil(p);
    if (gotAssign(p)) values = exprList(p);
  }
  const end = values.length ? values[values.length - 1].end : type ? type.end : names[names.length - 1].end;
  return { kind: 'ValueSpec', id: id(p), pos, end, names, type, values, iota: index };
}

/** TypeSpec = identifier [ TypeParams ] [ "=" ] Type . */
export function typeDecl(p: Parser): ast.Spec | null {
  const pos = p.pos;
  const nm = name(p);
  let typeParams: ast.FieldList | null = null;
  let assign = -1;
  let type: ast.Expr | null = null;

  if (p.tok === Tok.Lbrack) {
    // nm "[" ...: array/slice type or type parameter list
    const lbrack = p.pos;
    next(p);
    switch (p.tok) {
      case Tok.Name: {
        // We may have an array type or a type parameter list. In either case we expect an
        // expression x (which may just be a name, or a more complex expression) which we can
        // analyze further.
        //
        // A type parameter list may have a type bound starting with a "[" as in: P []E. In that
        // case, simply parsing an expression would lead to an error: P[] is invalid. But since
        // index or slice expressions are never constant and thus invalid array length
        // expressions, if the name is followed by "[" it must be the start of an array or slice
        // constraint. Only if we don't see a "[" do we need to parse a full expression.
        let x: ast.Expr = name(p);
        if (p.tok !== Tok.Lbrack) {
          // To parse the expression starting with name, expand the call sequence we would get by
          // passing in name to parser.expr, and pass in name to parser.pexpr.
          p.xnest++;
          x = binaryExpr(p, pexpr(p, x, false), 0);
          p.xnest--;
        }
        // Analyze expression x. If we can split x into a type parameter name, possibly followed
        // by a type parameter type, we consider this the start of a type parameter list, with
        // some caveats: a single name followed by "]" tilts the decision towards an array
        // declaration; a type parameter type that could also be an ordinary expression but
        // which is followed by a comma tilts the decision towards a type parameter list.
        const [pname, ptype] = extractName(p, x, p.tok === Tok.Comma);
        if (pname !== null && (ptype !== null || p.tok !== Tok.Rbrack)) {
          // nm "[" pname ...
          // nm "[" pname ptype ...
          // nm "[" pname ptype "," ...
          const { pars, closing } = paramList(p, pname, ptype, Tok.Rbrack, true, false); // ptype may be null
          typeParams = fieldList(p, lbrack, toFields(p, pars), closing);
          if (p.tok === Tok.Assign || p.tok === Tok.Define) assign = p.pos;
          if (!gotAssign(p)) assign = -1;
          type = typeOrNil(p);
        } else {
          // nm "[" pname "]" ...
          // nm "[" x ...
          type = arrayType(p, lbrack, x);
        }
        break;
      }
      case Tok.Rbrack:
        // nm "[" "]" ...
        next(p);
        type = sliceType(p, lbrack);
        break;
      default:
        // nm "[" ...
        type = arrayType(p, lbrack, null);
    }
  } else {
    if (p.tok === Tok.Assign || p.tok === Tok.Define) assign = p.pos;
    if (!gotAssign(p)) assign = -1;
    type = typeOrNil(p);
  }

  if (type === null) {
    type = badExpr(p);
    syntaxError(p, 'in type declaration');
    advance(p, Tok.Semi, Tok.Rparen);
  }

  return { kind: 'TypeSpec', id: id(p), pos, end: Math.max(type.end, nm.end), name: nm, typeParams, assign, type };
}

/**
 * extractName splits x into (name, expr) if syntactically x can be written as name expr. The
 * split only happens if expr is a type element (isTypeElem) or if force is set. If x is just a
 * name, the result is (name, null); if the split fails, (null, x).
 *
 *   x           force    name    expr
 *   P*[]int     T/F      P       *[]int
 *   P*E         T        P       *E
 *   P*E         F        nil     P*E
 *   P([]int)    T/F      P       []int
 *   P(E)        T        P       E
 *   P*E|F|~G    T/F      P       *E|F|~G
 *   P*E|F|G     F        nil     P*E|F|G
 */
function extractName(p: Parser, x: ast.Expr, force: boolean): [ast.Ident | null, ast.Expr | null] {
  switch (x.kind) {
    case 'Ident':
      return [x, null];
    case 'BinaryExpr':
      switch (x.op) {
        case '*':
          if (x.x.kind === 'Ident' && (force || isTypeElem(x.y))) {
            // x = name *x.y
            return [x.x, { kind: 'StarExpr', id: id(p), pos: x.opPos, end: x.y.end, x: x.y }];
          }
          break;
        case '|': {
          const [nm, lhs] = extractName(p, x.x, force || isTypeElem(x.y));
          if (nm !== null && lhs !== null) {
            // x = name lhs|x.y
            return [nm, { kind: 'BinaryExpr', id: id(p), pos: lhs.pos, end: x.y.end, x: lhs, opPos: x.opPos, op: '|', y: x.y }];
          }
          break;
        }
      }
      break;
    case 'CallExpr':
      if (x.fun.kind === 'Ident') {
        if (x.args.length === 1 && x.ellipsis < 0 && (force || isTypeElem(x.args[0]))) {
          // x = name (x.args[0]); the parser doesn't keep unnecessary parentheses
          return [x.fun, unparen(x.args[0])];
        }
      }
      break;
  }
  return [null, x];
}

/** Reports whether x is a (possibly parenthesized) type element expression. */
function isTypeElem(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
      return true;
    case 'BinaryExpr':
      return isTypeElem(x.x) || isTypeElem(x.y);
    case 'UnaryExpr':
      return isTypeElem(x.x) || x.op === '~';
    case 'StarExpr':
      return isTypeElem(x.x);
    case 'ParenExpr':
      return isTypeElem(x.x);
  }
  return false;
}

/** VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
export function varDecl(p: Parser): ast.Spec | null {
  const pos = p.pos;
  const names = nameList(p, name(p));
  let type: ast.Expr | null = null;
  let values: ast.Expr[] = [];
  if (gotAssign(p)) {
    values = exprList(p);
  } else {
    type = type_(p);
    if (gotAssign(p)) values = exprList(p);
  }
  const end = values.length ? values[values.length - 1].end : type ? type.end : names[names.length - 1].end;
  return { kind: 'ValueSpec', id: id(p), pos, end, names, type, values, iota: 0 };
}

/**
 * FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
 * MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
 * The "func" keyword at funcPos has been consumed.
 */
export function funcDecl(p: Parser, funcPos: number): ast.FuncDecl {
  let context = '';
  let recv: ast.FieldList | null = null;
  if (p.tok === Tok.Lparen) {
    const lparen = p.pos;
    next(p);
    context = 'method';
    const { pars, closing } = paramList(p, null, null, Tok.Rparen, false, false);
    if (pars.length === 0) error(p, 'method has no receiver');
    else if (pars.length > 1) error(p, 'method has multiple receivers');
    recv = fieldList(p, lparen, toFields(p, pars), closing);
  }

  let nm: ast.Ident;
  let type: ast.FuncType;
  if (p.tok === Tok.Name) {
    nm = name(p);
    type = funcType(p, context, funcPos).type;
  } else {
    nm = newIdent(p, p.pos, '_', p.pos);
    const params = fieldList(p, -1, [], -1);
    type = { kind: 'FuncType', id: id(p), pos: funcPos, end: p.pos, func: funcPos, typeParams: null, params, results: null };
    syntaxError(p, context !== '' ? 'expected name' : 'expected name or (');
    advance(p, Tok.Lbrace, Tok.Semi);
  }

  let body: ast.BlockStmt | null = null;
  if (p.tok === Tok.Lbrace) body = funcBody(p);

  return { kind: 'FuncDecl', id: id(p), pos: funcPos, end: body ? body.end : Math.max(type.end, nm.end), recv, name: nm, type, body };
}

export { got };
