/**
 * This file implements parameter lists and type-parameter lists (https://go.dev/ref/spec#Function_types,
 * https://go.dev/ref/spec#Type_parameter_declarations) and type-set terms (`~T`, unions `A | B`,
 * https://go.dev/ref/spec#General_interfaces), ported from cmd/compile/internal/syntax/parser.go
 * (paramDeclOrNil, paramList, embeddedElem, embeddedTerm, arrayOrTArgs).
 *
 * Parameter lists are parsed as gc does, one (name?, type?) pair per entry (`PField`), then
 * types are distributed right to left (`a, b int`) and the entries are regrouped into go/ast
 * Fields (`toFields`): consecutive names sharing one type form one Field with several names.
 * gc's messages `missing parameter name`, `missing type constraint`, `can only use ... with final
 * parameter` come from here.
 */

import type * as ast from './ast';
import { Tok as TokenKinds, tokstring } from './token';
import { type Parser, advance, badExpr, errorAt, got, id, list, name, newIdent, next, syntaxError, syntaxErrorAt, want } from './state';
import { typeList } from './expr';
import { indexOf, newField, qualifiedName, sliceType, type_, typeOrNil } from './typeexpr';

// A module-local alias: cheaper than a live import binding in the hot paths of some module loaders.
const Tok = TokenKinds;
type Tok = TokenKinds;

/** A parameter or type parameter as gc's parser sees it: a name, a type, or both. */
export interface PField {
  pos: number;
  name: ast.Ident | null;
  type: ast.Expr | null;
}

/** Type arguments `[A, B]` whose instantiated type is not known yet (filled in by the caller). */
export interface TArgs {
  kind: 'targs';
  lbrack: number;
  list: ast.Expr[];
  rbrack: number;
}

/** `[n]E` / `[]E` (an array or slice type) or `[A, B, …]` (type arguments). */
export function arrayOrTArgs(p: Parser): ast.Expr | TArgs {
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

/** EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } . */
export function embeddedElem(p: Parser, f: PField | null): PField {
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
