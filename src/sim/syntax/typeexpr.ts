/**
 * This file implements the parsing of types (https://go.dev/ref/spec#Types): type names and
 * instantiations, array/slice/map/chan/pointer/func types, struct fields and interface methods
 * (https://go.dev/ref/spec#Struct_types, #Interface_types), function signatures.
 * Ported from cmd/compile/internal/syntax/parser.go (typeOrNil, funcType, fieldDecl, methodDecl, …);
 * parameter lists and type-set terms are in params.ts.
 */

import type * as ast from './ast';
import { Tok as TokenKinds } from './token';
import {
  type Parser, advance, badExpr, enter, errorAt, got, id, leave, list, name, newIdent, next,
  nameList, oliteral, syntaxError, syntaxErrorAt, want,
} from './state';
import { expr, typeList } from './expr';
import { type PField, arrayOrTArgs, embeddedElem, paramList, toFields } from './params';

// A module-local alias: cheaper than a live import binding in the hot paths of some module loaders.
const Tok = TokenKinds;
type Tok = TokenKinds;

/** Type (reports "expected type" and returns a BadExpr when there is none). */
export function type_(p: Parser): ast.Expr {
  let typ = typeOrNil(p);
  if (typ === null) {
    typ = badExpr(p);
    syntaxError(p, 'expected type');
    advance(p, Tok.Comma, Tok.Colon, Tok.Semi, Tok.Rparen, Tok.Rbrack, Tok.Rbrace);
  }
  return typ;
}

/**
 * Type = TypeName | TypeLit | "(" Type ")" ; null if the current token cannot start a type.
 * TypeLit = ArrayType | StructType | PointerType | FunctionType | InterfaceType | SliceType | MapType | ChannelType .
 */
export function typeOrNil(p: Parser): ast.Expr | null {
  enter(p);
  const t = typeOrNil0(p);
  leave(p);
  return t;
}

function typeOrNil0(p: Parser): ast.Expr | null {
  const pos = p.pos;
  switch (p.tok) {
    case Tok.Star: {
      // ptrtype
      next(p);
      const x = type_(p);
      return { kind: 'StarExpr', id: id(p), pos, end: x.end, x };
    }

    case Tok.Arrow: {
      // recvchantype
      next(p);
      want(p, Tok.Chan);
      const value = chanElem(p);
      return { kind: 'ChanType', id: id(p), pos, end: value.end, arrow: pos, dir: 'recv', value };
    }

    case Tok.Func: {
      // fntype
      next(p);
      return funcType(p, 'function type', pos).type;
    }

    case Tok.Lbrack: {
      // '[' oexpr ']' ntype
      // '[' _DotDotDot ']' ntype
      next(p);
      if (got(p, Tok.Rbrack)) return sliceType(p, pos);
      return arrayType(p, pos, null);
    }

    case Tok.Chan: {
      // _Chan non_recvchantype
      // _Chan _Comm ntype
      next(p);
      let arrow = -1;
      let dir: ast.ChanDir = 'both';
      if (p.tok === Tok.Arrow) {
        arrow = p.pos;
        next(p);
        dir = 'send';
      }
      const value = chanElem(p);
      return { kind: 'ChanType', id: id(p), pos, end: value.end, arrow, dir, value };
    }

    case Tok.Map: {
      // _Map '[' ntype ']' ntype
      next(p);
      want(p, Tok.Lbrack);
      const key = type_(p);
      want(p, Tok.Rbrack);
      const value = type_(p);
      return { kind: 'MapType', id: id(p), pos, end: value.end, key, value };
    }

    case Tok.Struct:
      return structType(p);

    case Tok.Interface:
      return interfaceType(p);

    case Tok.Name:
      return qualifiedName(p, null);

    case Tok.Lparen: {
      next(p);
      const x = type_(p);
      const rparen = p.pos;
      want(p, Tok.Rparen);
      return { kind: 'ParenExpr', id: id(p), pos, end: Math.max(rparen + 1, x.end), x };
    }
  }
  return null;
}

/** TypeName [ TypeArgs ] with the "[" current: an instantiation. */
export function typeInstance(p: Parser, typ: ast.Expr): ast.Expr {
  const lbrack = p.pos;
  want(p, Tok.Lbrack);
  let l: ast.Expr[];
  if (p.tok === Tok.Rbrack) {
    syntaxError(p, 'expected type argument list');
    l = [badExpr(p)];
  } else {
    l = typeList(p, true).list;
  }
  const rbrack = p.pos;
  want(p, Tok.Rbrack);
  return indexOf(p, typ, lbrack, l, rbrack);
}

/** An IndexExpr (one index) or IndexListExpr (several). */
export function indexOf(p: Parser, x: ast.Expr, lbrack: number, l: ast.Expr[], rbrack: number): ast.Expr {
  const end = Math.max(rbrack + 1, l.length ? l[l.length - 1].end : lbrack + 1);
  return l.length === 1
    ? { kind: 'IndexExpr', id: id(p), pos: x.pos, end, x, lbrack, index: l[0], rbrack }
    : { kind: 'IndexListExpr', id: id(p), pos: x.pos, end, x, lbrack, indices: l, rbrack };
}

/**
 * Signature with an optional type parameter list, the "func" keyword consumed (at funcPos, or
 * -1 for an interface method). If context != "", type parameters are not permitted.
 */
export function funcType(p: Parser, context: string, funcPos: number): { type: ast.FuncType } {
  const typPos = p.pos; // gc's FuncType position, used in messages
  let typeParams: ast.FieldList | null = null;
  if (p.tok === Tok.Lbrack) {
    const lbrack = p.pos;
    next(p);
    if (context !== '') {
      // accept but complain
      syntaxErrorAt(p, typPos, context + ' must have no type parameters');
    }
    if (p.tok === Tok.Rbrack) {
      syntaxError(p, 'empty type parameter list');
      next(p);
    } else {
      const { pars, closing } = paramList(p, null, null, Tok.Rbrack, true, false);
      typeParams = fieldList(p, lbrack, toFields(p, pars), closing);
    }
  }

  const lparen = p.pos;
  want(p, Tok.Lparen);
  const { pars, closing } = paramList(p, null, null, Tok.Rparen, false, true);
  const params = fieldList(p, lparen, toFields(p, pars), closing);
  const results = funcResult(p);
  const pos = funcPos >= 0 ? funcPos : params.pos;
  const end = results ? results.end : params.end;
  return { type: { kind: 'FuncType', id: id(p), pos, end, func: funcPos, typeParams, params, results } };
}

export function fieldList(p: Parser, opening: number, l: ast.Field[], closing: number): ast.FieldList {
  const pos = opening >= 0 ? opening : l.length ? l[0].pos : closing;
  const end = closing >= 0 ? closing + 1 : l.length ? l[l.length - 1].end : pos;
  return { kind: 'FieldList', id: id(p), pos, end: Math.max(pos, end), opening, list: l, closing };
}

/** "[" has been consumed (at pos); if len != null it is the already consumed array length. */
export function arrayType(p: Parser, pos: number, len: ast.Expr | null): ast.Expr {
  if (len === null) {
    if (p.tok === Tok.DotDotDot) {
      len = { kind: 'Ellipsis', id: id(p), pos: p.pos, end: p.pos + 3, elt: null };
      next(p);
    } else {
      p.xnest++;
      len = expr(p);
      p.xnest--;
    }
  }
  if (p.tok === Tok.Comma) {
    // Trailing commas are accepted in type parameter lists but not in array type
    // declarations. Accept for better error handling but complain.
    syntaxError(p, 'unexpected comma; expected ]');
    next(p);
  }
  want(p, Tok.Rbrack);
  const elt = type_(p);
  return { kind: 'ArrayType', id: id(p), pos, end: elt.end, len, elt };
}

/** "[" and "]" have been consumed; pos is the position of "[". */
export function sliceType(p: Parser, pos: number): ast.ArrayType {
  const elt = type_(p);
  return { kind: 'ArrayType', id: id(p), pos, end: elt.end, len: null, elt };
}

function chanElem(p: Parser): ast.Expr {
  let typ = typeOrNil(p);
  if (typ === null) {
    typ = badExpr(p);
    syntaxError(p, 'missing channel element type');
    // assume element type is simply absent - don't advance
  }
  return typ;
}

/** StructType = "struct" "{" { FieldDecl ";" } "}" . */
function structType(p: Parser): ast.StructType {
  const pos = p.pos;
  want(p, Tok.Struct);
  const lbrace = p.pos;
  want(p, Tok.Lbrace);
  const fields: ast.Field[] = [];
  const rbrace = list(p, 'struct type', Tok.Semi, Tok.Rbrace, () => {
    fieldDecl(p, fields);
    return false;
  });
  const fl = fieldList(p, lbrace, fields, rbrace);
  return { kind: 'StructType', id: id(p), pos, end: fl.end, fields: fl };
}

/** InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" . */
function interfaceType(p: Parser): ast.InterfaceType {
  const pos = p.pos;
  want(p, Tok.Interface);
  const lbrace = p.pos;
  want(p, Tok.Lbrace);
  const methods: ast.Field[] = [];
  const rbrace = list(p, 'interface type', Tok.Semi, Tok.Rbrace, () => {
    let f: PField | null = null;
    if (p.tok === Tok.Name) f = methodDecl(p);
    if (f === null || f.name === null) f = embeddedElem(p, f);
    methods.push(newField(p, f.name ? [f.name] : [], f.type!, null));
    return false;
  });
  const fl = fieldList(p, lbrace, methods, rbrace);
  return { kind: 'InterfaceType', id: id(p), pos, end: fl.end, methods: fl };
}

export function newField(p: Parser, names: ast.Ident[], type: ast.Expr, tag: ast.BasicLit | null): ast.Field {
  const pos = names.length ? names[0].pos : type.pos;
  const end = tag ? tag.end : type.end;
  return { kind: 'Field', id: id(p), pos, end: Math.max(pos, end), names, type, tag };
}

/** Result = Parameters | Type . */
function funcResult(p: Parser): ast.FieldList | null {
  if (p.tok === Tok.Lparen) {
    const lparen = p.pos;
    next(p);
    const { pars, closing } = paramList(p, null, null, Tok.Rparen, false, false);
    return fieldList(p, lparen, toFields(p, pars), closing);
  }
  const typ = typeOrNil(p);
  if (typ !== null) return fieldList(p, -1, [newField(p, [], typ, null)], -1);
  return null;
}

/**
 * FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
 * EmbeddedField = [ "*" ] TypeName [ TypeArgs ] .  Tag = string_lit .
 */
function fieldDecl(p: Parser, fields: ast.Field[]): void {
  const pos = p.pos;
  switch (p.tok) {
    case Tok.Name: {
      const nm = name(p);
      if (p.tok === Tok.Dot || p.tok === Tok.Literal || p.tok === Tok.Semi || p.tok === Tok.Rbrace) {
        // embedded type
        const typ = qualifiedName(p, nm);
        const tag = oliteral(p);
        fields.push(newField(p, [], typ, tag));
        return;
      }

      // name1, name2, ... Type [ tag ]
      const names = nameList(p, nm);
      let typ: ast.Expr;

      // Careful dance: We don't know if we have an embedded instantiated type T[P1, P2, ...]
      // or a field T of array/slice type [P]E or []E.
      if (names.length === 1 && p.tok === Tok.Lbrack) {
        const t = arrayOrTArgs(p);
        if (t.kind === 'targs') {
          // embedded type T[P1, P2, ...]
          const typ = indexOf(p, nm, t.lbrack, t.list, t.rbrack);
          const tag = oliteral(p);
          fields.push(newField(p, [], typ, tag));
          return;
        }
        typ = t;
      } else {
        // T P
        typ = type_(p);
      }
      const tag = oliteral(p);
      fields.push(newField(p, names, typ, tag));
      return;
    }

    case Tok.Star: {
      next(p);
      let typ: ast.Expr;
      if (p.tok === Tok.Lparen) {
        // *(T)
        syntaxError(p, 'cannot parenthesize embedded type');
        next(p);
        typ = qualifiedName(p, null);
        got(p, Tok.Rparen); // no need to complain if missing
      } else {
        // *T
        typ = qualifiedName(p, null);
      }
      const tag = oliteral(p);
      fields.push(newField(p, [], { kind: 'StarExpr', id: id(p), pos, end: typ.end, x: typ }, tag));
      return;
    }

    case Tok.Lparen: {
      syntaxError(p, 'cannot parenthesize embedded type');
      next(p);
      let typ: ast.Expr;
      if (p.tok === Tok.Star) {
        // (*T)
        const spos = p.pos;
        next(p);
        const x = qualifiedName(p, null);
        typ = { kind: 'StarExpr', id: id(p), pos: spos, end: x.end, x };
      } else {
        // (T)
        typ = qualifiedName(p, null);
      }
      got(p, Tok.Rparen); // no need to complain if missing
      const tag = oliteral(p);
      fields.push(newField(p, [], typ, tag));
      return;
    }

    default:
      syntaxError(p, 'expected field name or embedded type');
      advance(p, Tok.Semi, Tok.Rbrace);
  }
}

/**
 * MethodSpec = MethodName Signature | InterfaceTypeName .
 * Returns a PField with a name for a method, without one for an embedded type.
 */
function methodDecl(p: Parser): PField {
  const pos = p.pos;
  const nm = name(p);
  const context = 'interface method';

  switch (p.tok) {
    case Tok.Lparen:
      // method
      return { pos, name: nm, type: funcType(p, context, -1).type };

    case Tok.Lbrack: {
      // Careful dance: We don't know if we have a generic method m[T C](x T) or an embedded
      // instantiated type T[P1, P2] (we accept generic methods for generality and robustness
      // of parsing but complain with an error).
      const lbrack = p.pos;
      next(p);

      // Empty type parameter or argument lists are not permitted. Treat as if [] were absent.
      if (p.tok === Tok.Rbrack) {
        // name[]
        const rpos = p.pos;
        next(p);
        if (p.tok === Tok.Lparen) {
          // name[](
          errorAt(p, rpos, 'empty type parameter list');
          return { pos, name: nm, type: funcType(p, context, -1).type };
        }
        errorAt(p, rpos, 'empty type argument list');
        return { pos, name: null, type: nm };
      }

      // A type argument list looks like a parameter list with only types. Parse a parameter
      // list and decide afterwards.
      const { pars, closing } = paramList(p, null, null, Tok.Rbrack, false, false);
      if (pars.length === 0) {
        // The type parameter list is not [] but we got nothing due to other errors
        // (reported by paramList). Treat as if [] were absent.
        if (p.tok === Tok.Lparen) return { pos, name: nm, type: funcType(p, context, -1).type };
        return { pos, name: null, type: nm };
      }

      if (pars[0].name !== null) {
        // generic method
        const type = funcType(p, context, -1).type;
        errorAt(p, lbrack, 'interface method must have no type parameters');
        return { pos, name: nm, type };
      }

      // embedded instantiated type
      return { pos, name: null, type: indexOf(p, nm, lbrack, pars.map((f) => f.type!), closing) };
    }

    default:
      // embedded type
      return { pos, name: null, type: qualifiedName(p, nm) };
  }
}

/** TypeName = identifier | QualifiedIdent, with optional type arguments. The first name may be given. */
export function qualifiedName(p: Parser, nm: ast.Ident | null): ast.Expr {
  let x: ast.Expr;
  if (nm !== null) x = nm;
  else if (p.tok === Tok.Name) x = name(p);
  else {
    x = newIdent(p, p.pos, '_', p.pos);
    syntaxError(p, 'expected name');
    advance(p, Tok.Dot, Tok.Semi, Tok.Rbrace);
  }

  if (p.tok === Tok.Dot) {
    next(p);
    const sel = name(p);
    x = { kind: 'SelectorExpr', id: id(p), pos: x.pos, end: sel.end, x, sel };
  }

  if (p.tok === Tok.Lbrack) x = typeInstance(p, x);

  return x;
}
