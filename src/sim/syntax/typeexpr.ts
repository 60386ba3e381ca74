/**
 * This file implements the parsing of types (https://go.dev/ref/spec#Types): type names and
 * instantiations, array/slice/map/chan/pointer/func/struct/interface types, parameter and
 * type-parameter lists (https://go.dev/ref/spec#Function_types, #Type_parameter_declarations)
 * and interface elements with `~` and unions (https://go.dev/ref/spec#Interface_types).
 * Ported from cmd/compile/internal/syntax/parser.go (typeOrNil, funcType, paramList, …).
 *
 * Parameter lists are parsed as gc does, one (name?, type?) pair per entry (`PField`), then
 * types are distributed right to left (`a, b int`) and the entries are regrouped into go/ast
 * Fields: consecutive names sharing one type form one Field with several names.
 */

import type * as ast from './ast';
import { Tok, tokstring } from './token';
import {
  type Parser, advance, badExpr, enter, error, errorAt, got, id, leave, list, name, newIdent, next,
  nameList, oliteral, syntaxError, syntaxErrorAt, want,
} from './state';
import { expr, typeList, unparen } from './expr';

/** A parameter or type parameter as gc's parser sees it: a name, a type, or both. */
export interface PField {
  pos: number;
  name: ast.Ident | null;
  type: ast.Expr | null;
}

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
      return { kind: 'ChanType', id: id(p), pos, end: endOf(value, p), arrow: pos, dir: 'recv', value };
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
      return { kind: 'ChanType', id: id(p), pos, end: endOf(value, p), arrow, dir, value };
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

/** The end of a node that may be a zero-width BadExpr placed at the current token. */
function endOf(x: ast.Expr, _p: Parser): number {
  return x.end;
}

/** TypeName [ TypeArgs ] with the "[" current: an instantiation. */
function typeInstance(p: Parser, typ: ast.Expr): ast.Expr {
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

/** Type arguments `[A, B]` whose instantiated type is not known yet (filled in by the caller). */
interface TArgs {
  kind: 'targs';
  lbrack: number;
  list: ast.Expr[];
  rbrack: number;
}

/** `[n]E` / `[]E` (an array or slice type) or `[A, B, …]` (type arguments). */
function arrayOrTArgs(p: Parser): ast.Expr | TArgs {
  const pos = p.pos;
  want(p, Tok.Lbrack);
  if (got(p, Tok.Rbrack)) return sliceType(p, pos);

  // x [n]E or x[n,], x[n1, n2], ...
  const { list: l, comma } = typeList(p, false);
  const rbrack = p.pos;
  want(p, Tok.Rbrack);
  if (!comma) {
    const elt = typeOrNil(p);
    if (elt !== null) {
      // x [n]E
      return { kind: 'ArrayType', id: id(p), pos, end: elt.end, len: l[0], elt };
    }
  }
  // x[n,], x[n1, n2], ...
  return { kind: 'targs', lbrack: pos, list: l, rbrack };
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

/** EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } . */
function embeddedElem(p: Parser, f: PField | null): PField {
  if (f === null) f = { pos: p.pos, name: null, type: embeddedTerm(p) };
  while (p.tok === Tok.Operator && p.op === '|') {
    const opPos = p.pos;
    next(p);
    const x = f.type!;
    const y = embeddedTerm(p);
    f.type = { kind: 'BinaryExpr', id: id(p), pos: x.pos, end: y.end, x, opPos, op: '|', y };
  }
  return f;
}

/** EmbeddedTerm = [ "~" ] Type . */
function embeddedTerm(p: Parser): ast.Expr {
  if (p.tok === Tok.Operator && p.op === '~') {
    const pos = p.pos;
    next(p);
    const x = type_(p);
    return { kind: 'UnaryExpr', id: id(p), pos, end: x.end, opPos: pos, op: '~', x };
  }
  let t = typeOrNil(p);
  if (t === null) {
    t = badExpr(p);
    syntaxError(p, 'expected ~ term or type');
    advance(p, Tok.Operator, Tok.Semi, Tok.Rparen, Tok.Rbrack, Tok.Rbrace);
  }
  return t;
}

/** ParameterDecl = [ IdentifierList ] [ "..." ] Type . */
function paramDeclOrNil(p: Parser, nm: ast.Ident | null, follow: Tok): PField | null {
  // type set notation is ok in type parameter lists
  const typeSetsOk = follow === Tok.Rbrack;

  let pos = p.pos;
  if (nm !== null) pos = nm.pos;
  else if (typeSetsOk && p.tok === Tok.Operator && p.op === '~') {
    // "~" ...
    return embeddedElem(p, null);
  }

  let f: PField = { pos, name: null, type: null };

  if (p.tok === Tok.Name || nm !== null) {
    // name
    if (nm === null) nm = name(p);

    if (p.tok === Tok.Lbrack) {
      // name "[" ...
      const t = arrayOrTArgs(p);
      if (t.kind === 'targs') {
        // name "[" ... "]"
        f.type = indexOf(p, nm, t.lbrack, t.list, t.rbrack);
      } else {
        // name "[" n "]" E
        f.type = t;
        f.name = nm;
      }
      if (typeSetsOk && p.tok === Tok.Operator && p.op === '|') {
        // name "[" ... "]" "|" ...
        // name "[" n "]" E "|" ...
        f = embeddedElem(p, f);
      }
      return f;
    }

    if (p.tok === Tok.Dot) {
      // name "." ...
      f.type = qualifiedName(p, nm);
      if (typeSetsOk && p.tok === Tok.Operator && p.op === '|') {
        // name "." name "|" ...
        f = embeddedElem(p, f);
      }
      return f;
    }

    if (typeSetsOk && p.tok === Tok.Operator && p.op === '|') {
      // name "|" ...
      f.type = nm;
      return embeddedElem(p, f);
    }

    f.name = nm;
  }

  if (p.tok === Tok.DotDotDot) {
    // [name] "..." ...
    const dpos = p.pos;
    next(p);
    const elt = typeOrNil(p);
    if (elt === null) {
      f.type = badExpr(p);
      syntaxError(p, '... is missing type');
    } else {
      f.type = { kind: 'Ellipsis', id: id(p), pos: dpos, end: elt.end, elt };
    }
    return f;
  }

  if (typeSetsOk && p.tok === Tok.Operator && p.op === '~') {
    // [name] "~" ...
    f.type = embeddedElem(p, null).type;
    return f;
  }

  f.type = typeOrNil(p);
  if (typeSetsOk && p.tok === Tok.Operator && p.op === '|' && f.type !== null) {
    // [name] type "|"
    f = embeddedElem(p, f);
  }
  if (f.name !== null || f.type !== null) return f;

  syntaxError(p, 'expected ' + tokstring(follow));
  advance(p, Tok.Comma, follow);
  return null;
}

/**
 * Parameters = "(" [ ParameterList [ "," ] ] ")" . ParameterList = ParameterDecl { "," ParameterDecl } .
 * "(" or "[" has already been consumed. If nm != null it is the first name after "(" or "[";
 * if typ != null, (nm, typ) is the first entry. In the result either all entries have a name or
 * none has (after gc's right-to-left type distribution and its errors).
 */
export function paramList(
  p: Parser, nm: ast.Ident | null, typ: ast.Expr | null, close: Tok, requireNames: boolean, dddok: boolean,
): { pars: PField[]; closing: number } {
  // list won't invoke its function argument if we're at the end of the parameter list. If we
  // have a complete field, handle this case here.
  if (nm !== null && typ !== null && p.tok === close) {
    const closing = p.pos;
    next(p);
    return { pars: [{ pos: nm.pos, name: nm, type: typ }], closing };
  }

  const pars: PField[] = [];
  let named = 0; // number of parameters that have an explicit name and type
  let typed = 0; // number of parameters that have an explicit type
  const end = list(p, 'parameter list', Tok.Comma, close, () => {
    let par: PField | null;
    if (typ !== null) par = { pos: nm!.pos, name: nm, type: typ };
    else par = paramDeclOrNil(p, nm, close);
    nm = null; // 1st name was consumed if present
    typ = null; // 1st type was consumed if present
    if (par !== null) {
      if (par.name !== null && par.type !== null) named++;
      if (par.type !== null) typed++;
      pars.push(par);
    }
    return false;
  });

  if (pars.length === 0) return { pars, closing: end };

  // distribute parameter types (pars.length > 0)
  if (named === 0 && !requireNames) {
    // all unnamed and we're not in a type parameter list => found names are named types
    for (const par of pars) {
      if (par.name !== null) {
        par.type = par.name;
        par.name = null;
      }
    }
  } else if (named !== pars.length) {
    // some named or we're in a type parameter list => all must be named
    let errPos = -1; // left-most error position (or unknown)
    let t: ast.Expr | null = null; // current type (from right to left)
    for (let i = pars.length - 1; i >= 0; i--) {
      const par = pars[i];
      if (par.type !== null) {
        t = par.type;
        if (par.name === null) {
          errPos = t.pos;
          par.name = newIdent(p, errPos, '_', errPos);
        }
      } else if (t !== null) {
        par.type = t;
      } else {
        // par.type === null && t === null => we only have a par.name
        errPos = par.name!.pos;
        par.type = badExpr(p, errPos);
      }
    }
    if (errPos >= 0) {
      let msg: string;
      if (named === typed) {
        errPos = end; // position error at closing token ) or ]
        msg = requireNames ? 'missing type constraint' : 'missing parameter type';
      } else {
        if (requireNames) {
          msg = 'missing type parameter name';
          // go.dev/issue/60812
          if (pars.length === 1) msg += ' or invalid array length';
        } else {
          msg = 'missing parameter name';
        }
      }
      syntaxErrorAt(p, errPos, msg);
    }
  }

  // check use of ...
  let first = true; // only report first occurrence
  for (let i = 0; i < pars.length; i++) {
    const f = pars[i];
    const t = f.type;
    if (t !== null && t.kind === 'Ellipsis' && (!dddok || i + 1 < pars.length)) {
      if (first) {
        first = false;
        errorAt(p, t.pos, dddok ? 'can only use ... with final parameter' : 'invalid use of ...');
      }
      // use T instead of invalid ...T
      f.type = t.elt ?? badExpr(p, t.pos);
    }
  }

  return { pars, closing: end };
}

/** Regroups gc-style entries into go/ast Fields: consecutive names sharing one type form one Field. */
export function toFields(p: Parser, pars: PField[]): ast.Field[] {
  const out: ast.Field[] = [];
  let names: ast.Ident[] = [];
  let cur: ast.Expr | null = null;
  const flush = () => {
    if (cur !== null && names.length) out.push(newField(p, names, cur, null));
    names = [];
    cur = null;
  };
  for (const par of pars) {
    const type = par.type ?? badExpr(p, par.pos);
    if (par.name === null) {
      flush();
      out.push(newField(p, [], type, null));
      continue;
    }
    if (cur !== null && cur !== type) flush();
    cur = type;
    names.push(par.name);
  }
  flush();
  return out;
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

// re-exported for decl.ts
export { unparen, error };
