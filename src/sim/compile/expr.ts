/**
 * This file implements the compilation of Go expressions to JavaScript expressions
 * (https://go.dev/ref/spec#Expressions): operands, selectors (fields through embedded paths,
 * method values), index and slice expressions, composite literals, function literals (closures),
 * type assertions, unary and binary operators, and implicit conversions at assignments
 * (`convertTo`: boxing into interfaces, untyped constants).
 *
 * `expr(c, e)` returns a JS expression. When `e` contains a suspension point (a call of Go code,
 * a receive), the code before it is emitted into `c` first (flat mode) and the returned text only
 * reads temporaries; otherwise it is a pure JS expression evaluated in place.
 *
 * Invariants:
 * - Evaluation order: operands containing a call are evaluated left to right into temporaries
 *   before later calls (https://go.dev/ref/spec#Order_of_evaluation).
 * - A value of aggregate type returned by `expr` may alias a variable: callers copy (`P.copy`) when
 *   storing it elsewhere.
 */

import type * as ast from '../syntax/ast';
import type * as TT from '../types/type';
import { fromLiteral, toNumber } from '../types/constant';
import { compileCall } from './call';
import { binop, unop } from './ops';
import { unparen } from './scan';
import { compileFuncLit } from './closure';
import { fieldKey, type FnC } from './func';
import { isAggregate, isObjPtr, rep, sizeOf, typeString, under, type Type } from './types';

export interface LValue {
  get(): string;
  set(v: string): string;
  /** copy an aggregate INTO the existing object (addressed struct/array variables) */
  into?(v: string): string;
}

/** The JS literal of a constant value in representation of type t. */
export function constJs(c: FnC, v: TT.ConstValue, t: Type): string {
  const r = rep(t);
  switch (v.kind) {
    case 'bool': return v.value ? 'true' : 'false';
    case 'string': return JSON.stringify(v.value);
    case 'unknown': throw new Error('internal error: unknown constant');
  }
  if (r === 'c128' || r === 'c64') {
    const re = v.kind === 'complex' ? toNumber(v.re) : toNumber(v);
    const im = v.kind === 'complex' ? toNumber(v.im) : 0;
    return c.P.konst(`new R.Complex(${num(re)},${num(im)})`);
  }
  if (r === 'f64' || r === 'f32') {
    const x = toNumber(v.kind === 'complex' ? v.re : v);
    return num(r === 'f32' ? Math.fround(x) : x);
  }
  if (r === 'iface' || r === 'nil') {
    // untyped constant boxed into an interface: use its default type
    return boxConst(c, v);
  }
  if (r === 'str') {
    // string(rune constant)
    if (v.kind === 'int') return JSON.stringify(runeStr(Number(v.value)));
  }
  let b: bigint;
  if (v.kind === 'int') b = v.value;
  else if (v.kind === 'float') b = v.num / v.den;
  else if (v.kind === 'complex' && v.re.kind === 'int') b = v.re.value;
  else b = BigInt(Math.trunc(toNumber(v)));
  if (b <= BigInt(Number.MAX_SAFE_INTEGER) && b >= -BigInt(Number.MAX_SAFE_INTEGER)) return String(b);
  return `${b}n`;
}

function runeStr(cp: number): string {
  if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) cp = 0xfffd;
  const s = String.fromCodePoint(cp);
  return unescape(encodeURIComponent(s));
}

function num(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (Object.is(x, -0)) return '-0';
  return String(x);
}

function boxConst(c: FnC, v: TT.ConstValue): string {
  const U = c.P.universe;
  switch (v.kind) {
    case 'bool': return `R.box(${c.P.typeRef(U.bool)},${constJs(c, v, U.bool)})`;
    case 'string': return `R.box(${c.P.typeRef(U.string)},${constJs(c, v, U.string)})`;
    case 'int': return `R.box(${c.P.typeRef(U.int)},${constJs(c, v, U.int)})`;
    case 'float': return `R.box(${c.P.typeRef(U.float64)},${constJs(c, v, U.float64)})`;
    default: return `R.box(${c.P.typeRef(U.complex128)},${constJs(c, v, U.complex128)})`;
  }
}

/** Compile e; `tuple` allows a multi-valued expression (comma-ok forms) to return an array. */
export function expr(c: FnC, e: ast.Expr, tuple = false): string {
  const tv = c.info.types.get(e);
  if (tv && tv.value && tv.mode === 'constant') return constJs(c, tv.value, c.sub(tv.type));
  switch (e.kind) {
    case 'ParenExpr': return expr(c, e.x, tuple);
    case 'Ident': return ident(c, e);
    case 'BasicLit': {
      const v = fromLiteral(e.litKind, e.value);
      return constJs(c, v, tv ? c.sub(tv.type) : c.P.universe.int);
    }
    case 'FuncLit': return compileFuncLit(c, e);
    case 'CompositeLit': return compositeLit(c, e);
    case 'SelectorExpr': return selector(c, e);
    case 'IndexExpr': case 'IndexListExpr': return indexExpr(c, e, tuple);
    case 'SliceExpr': return sliceExpr(c, e);
    case 'TypeAssertExpr': return typeAssert(c, e, tuple);
    case 'CallExpr': return compileCall(c, e, false) ?? 'undefined';
    case 'StarExpr': return deref(c, e.x, e.pos);
    case 'UnaryExpr': return unary(c, e, tuple);
    case 'BinaryExpr': return binary(c, e);
    case 'KeyValueExpr': throw new Error('internal error: KeyValueExpr outside literal');
    default: throw new Error(`internal error: expression ${e.kind}`);
  }
}

function ident(c: FnC, e: ast.Ident): string {
  if (e.name === '_') throw new Error('internal error: blank used as value');
  const o = c.info.uses.get(e) ?? c.info.defs.get(e);
  if (!o) throw new Error(`internal error: unresolved ${e.name}`);
  switch (o.kind) {
    case 'Var': return c.varRef(o);
    case 'Nil': return 'null';
    case 'Func': return c.P.funcValue(o, c.info.instances.get(e)?.typeArgs ?? null, c.tmap);
    default: throw new Error(`internal error: ident ${e.name} of kind ${o.kind}`);
  }
}

/**
 * Evaluate js once inside an expression: `($k=js, body($k))` with a scratch JS local (valid only
 * within one expression that has no suspension point; short-circuit operators keep working).
 */
export function let1(c: FnC, js: string, body: (x: string) => string): string {
  if (/^(v\[\d+\](\.v)?|l\d+(\.v)?|e\[\d+\](\.v)?|G\[\d+\]|-?\d+|"[^"]*"|null|true|false|\$\d+)$/.test(js)) return body(js);
  const s = c.scratch();
  return `(${s}=${js},${body(s)})`;
}

/** Hold a JS expression in a frame temporary (statement level) so it is evaluated once. */
export function hold(c: FnC, js: string, susp = false): string {
  if (/^(v\[\d+\](\.v)?|l\d+(\.v)?|e\[\d+\](\.v)?|G\[\d+\]|-?\d+|"[^"]*"|null|true|false)$/.test(js)) return js;
  const t = susp ? c.temp() : c.temp();
  c.line(`${t}=${js};`);
  return t;
}

// ---- implicit conversions (assignability) ----

/** Compile e as a value assigned to a variable of type `to` (boxing into interfaces). */
export function convertTo(c: FnC, e: ast.Expr, to: Type): string {
  const tv = c.info.types.get(e);
  const from = tv ? c.sub(tv.type) : to;
  if (tv && tv.value && tv.mode === 'constant') {
    if (rep(to) === 'iface') {
      const ft = isUntyped(from) ? null : from;
      if (ft) return `R.box(${c.P.typeRef(ft)},${constJs(c, tv.value, ft)})`;
      return boxConst(c, tv.value);
    }
    return constJs(c, tv.value, to);
  }
  const js = expr(c, e);
  return convertValue(c, js, from, to);
}

export function convertValue(c: FnC, js: string, from: Type, to: Type): string {
  if (rep(to) === 'iface' && rep(from) !== 'iface') {
    if (rep(from) === 'nil') return 'null';
    return `R.box(${c.P.typeRef(from)},${c.P.copy(from, js)})`;
  }
  return js;
}

function isUntyped(t: Type): boolean { return t.kind === 'Basic' && t.basic.startsWith('untyped'); }

export function zeroFor(c: FnC, t: Type): string { return c.P.zero(t); }

// ---- selectors ----

function selector(c: FnC, e: ast.SelectorExpr): string {
  const sel = c.info.selections.get(e);
  if (!sel) {
    // qualified identifier pkg.Name
    const o = c.info.uses.get(e.sel);
    if (!o) throw new Error(`internal error: unresolved ${e.sel.name}`);
    if (o.kind === 'Var') return c.varRef(o);
    if (o.kind === 'Func') return c.P.funcValue(o, c.info.instances.get(e.sel)?.typeArgs ?? null, c.tmap);
    throw new Error(`internal error: qualified ${o.kind}`);
  }
  if (sel.kind === 'FieldVal') {
    const { obj, pathT } = fieldPath(c, expr(c, e.x), c.typeOf(e.x), sel.index, e.pos);
    return `${obj}.${pathT}`;
  }
  if (sel.kind === 'MethodVal') return methodValue(c, e, sel);
  // method expression T.M / (*T).M; a promoted method goes through the embedding path at run time
  const recvT = c.sub(sel.recv);
  if (sel.index.length > 1 && rep(recvT) !== 'iface') return `R.promotedMethodExpr(${c.P.typeRef(recvT)},${JSON.stringify((sel.obj as TT.Func).name)})`;
  return c.P.methodExpr(recvT, sel.obj as TT.Func, c);
}

/**
 * Walk an embedded-field path: returns the JS of the object holding the final field and the final
 * field key. Pointer steps are nil-checked (`R.nn`).
 */
export function fieldPath(c: FnC, x: string, t: Type, index: readonly number[], pos: number): { obj: string; pathT: string; fieldT: Type } {
  void pos;
  let cur = x;
  let ct = t;
  for (let i = 0; i < index.length; i++) {
    let u = under(ct);
    if (u.kind === 'Pointer') { cur = `R.nn(${cur})`; ct = u.elem; u = under(ct); }
    const s = u as TT.StructT;
    const f = s.fields[index[i]];
    const key = fieldKey(s, index[i]);
    if (i === index.length - 1) return { obj: cur, pathT: key, fieldT: c.sub(f.type) };
    cur = `${cur}.${key}`;
    ct = c.sub(f.type);
  }
  throw new Error('internal error: empty field path');
}

function methodValue(c: FnC, e: ast.SelectorExpr, sel: { recv: Type; obj: TT.Var | TT.Func; index: readonly number[]; indirect: boolean }): string {
  const m = sel.obj as TT.Func;
  const xt = c.typeOf(e.x);
  if (rep(xt) === 'iface') {
    return `R.ifaceMethodValue(${expr(c, e.x)},${JSON.stringify(m.name)})`;
  }
  const emb = embeddedIfaceField(c, e.x, xt, sel.index);
  if (emb !== null) return `R.ifaceMethodValue(${emb},${JSON.stringify(m.name)})`;
  const recv = receiverFor(c, e.x, xt, sel.index, m);
  return `R.bind(${c.P.methodRef(m, c.sub(sel.recv), c)},${recv},${JSON.stringify(c.P.methodName(m, c.sub(sel.recv)) + '-fm')})`;
}

/**
 * When the method selected through `index` is promoted from an embedded interface field, the JS
 * expression of that field's (interface) value; otherwise null.
 */
export function embeddedIfaceField(c: FnC, x: ast.Expr, xt: Type, index: readonly number[]): string | null {
  if (index.length < 2) return null;
  let t = xt;
  for (let i = 0; i < index.length - 1; i++) {
    let u = under(t);
    if (u.kind === 'Pointer') u = under(u.elem);
    if (u.kind !== 'Struct') return null;
    t = c.sub(u.fields[index[i]].type);
  }
  if (rep(t) !== 'iface') return null;
  const p = fieldPath(c, expr(c, x), xt, index.slice(0, -1), x.pos);
  return `${p.obj}.${p.pathT}`;
}

/**
 * The receiver value to pass to method m selected on x through the embedding path `index`
 * (whose last element is the method): follows embedded fields, then takes the address or
 * dereferences (copying) as the method's receiver kind requires.
 */
export function receiverFor(c: FnC, x: ast.Expr, xt: Type, index: readonly number[], m: TT.Func): string {
  let js: string;
  let t = xt;
  if (index.length > 1) {
    const p = fieldPath(c, expr(c, x), xt, index.slice(0, -1), x.pos);
    js = `${p.obj}.${p.pathT}`;
    t = p.fieldT;
  } else js = '';
  const sig = m.type as TT.Signature;
  const wantPtr = sig.recv !== null && under(sig.recv.type).kind === 'Pointer';
  const isPtr = under(t).kind === 'Pointer';
  if (wantPtr) {
    if (isPtr) return js || expr(c, x);
    // take the address of an addressable operand
    if (isAggregate(t)) return js || expr(c, x);
    if (js) {
      const p = fieldPath(c, expr(c, x), xt, index.slice(0, -1), x.pos);
      return `new R.FieldPtr(${p.obj},${JSON.stringify(p.pathT)})`;
    }
    return addressOf(c, x);
  }
  // value receiver
  if (isPtr) {
    const base = js || expr(c, x);
    const et = (under(t) as TT.Pointer).elem;
    return c.P.copy(et, isObjPtr(t) ? `R.nn(${base})` : `R.nn(${base}).get()`);
  }
  return c.P.copy(t, js || expr(c, x));
}

// ---- index and slice ----

function indexExpr(c: FnC, e: ast.IndexExpr | ast.IndexListExpr, tuple: boolean): string {
  const fx = unparen(e.x);
  const fid = fx.kind === 'SelectorExpr' ? fx.sel : fx.kind === 'Ident' ? fx : null;
  if (e.kind === 'IndexListExpr' || (fid && c.info.uses.get(fid)?.kind === 'Func')) {
    // generic function instantiation used as a value
    const id = unparen(e.x);
    const ident = id.kind === 'SelectorExpr' ? id.sel : id as ast.Ident;
    const o = c.info.uses.get(ident) as TT.Func;
    const inst = c.info.instances.get(ident);
    return c.P.funcValue(o, inst?.typeArgs ?? null, c.tmap);
  }
  const xt = c.typeOf(e.x);
  const u = under(xt);
  if (u.kind === 'Map') {
    const m = expr(c, e.x);
    const k = convertTo(c, e.index, u.key);
    const hk = c.P.mapKey(u.key);
    if (tuple) return `R.mapGet2(${m},${hk}(${k}),${c.P.zero(u.elem)})`;
    return `R.mapGet(${m},${hk}(${k}),${c.P.zero(u.elem)})`;
  }
  let xs = expr(c, e.x);
  if (c.suspends(e.index)) xs = hold(c, xs, true);
  const i = expr(c, e.index);
  if (u.kind === 'Basic') return let1(c, xs, (x) => `${x}.charCodeAt(R.ix(${i},${x}.length))`);
  if (u.kind === 'Slice') return `R.sget(${xs},${i})`;
  if (u.kind === 'Array') return `${xs}[R.ix(${i},${u.len})]`;
  if (u.kind === 'Pointer') { const a = under(u.elem) as TT.ArrayT; return `R.nn(${xs})[R.ix(${i},${a.len})]`; }
  throw new Error('internal error: index of ' + u.kind);
}

function sliceExpr(c: FnC, e: ast.SliceExpr): string {
  const xt = c.typeOf(e.x);
  const u = under(xt);
  const x = c.suspends(e) ? hold(c, expr(c, e.x), true) : expr(c, e.x);
  const lo = e.low ? expr(c, e.low) : '0';
  const hi = e.high ? expr(c, e.high) : 'undefined';
  const mx = e.max ? expr(c, e.max) : 'undefined';
  if (u.kind === 'Basic') return `R.sliceStr(${x},${lo},${hi})`;
  if (u.kind === 'Slice') return `R.sliceSlice(${x},${lo},${hi},${mx})`;
  if (u.kind === 'Array') return `R.sliceArr(${x},${lo},${hi},${mx})`;
  if (u.kind === 'Pointer') return `R.sliceArr(R.nn(${x}),${lo},${hi},${mx})`;
  throw new Error('internal error: slice of ' + u.kind);
}

// ---- type assertions ----

function typeAssert(c: FnC, e: ast.TypeAssertExpr, tuple: boolean): string {
  const x = expr(c, e.x);
  const t = c.typeOf(e.type!);
  const it = c.typeOf(e.x);
  const T = c.P.typeRef(t);
  const zero = c.P.zero(t);
  if (rep(t) === 'iface') {
    return tuple ? `R.assertI2(${x},${T})` : `R.assertI(${x},${T},${c.P.typeRef(it)})`;
  }
  return tuple ? `R.assertT2(${x},${T},${zero})` : `R.assertT(${x},${T},${c.P.typeRef(it)})`;
}

// ---- unary ----

function unary(c: FnC, e: ast.UnaryExpr, tuple: boolean): string {
  switch (e.op) {
    case '&': return addressOf(c, e.x);
    case '<-': {
      const ch = expr(c, e.x);
      c.suspend(`R.recv(g,${ch},${c.at(e.pos)})`);
      const t = c.temp();
      c.line(tuple ? `${t}=[g.ret,g.ok];` : `${t}=g.ret;`);
      return t;
    }
    default: {
      const t = c.typeOf(e);
      return unop(c, e.op, t, expr(c, e.x));
    }
  }
}

/** `&x`: https://go.dev/ref/spec#Address_operators */
export function addressOf(c: FnC, x: ast.Expr): string {
  x = unparen(x);
  const t = c.typeOf(x);
  if (x.kind === 'CompositeLit') return `M.al(${Math.max(8, sizeOf(t))},${isAggregate(t) ? compositeLit(c, x) : `new R.BoxPtr({v:${compositeLit(c, x)}})`},${JSON.stringify(typeString(t))},${c.at(x.pos)})`; // &T{}: a fresh object (or a box), counted on the heap
  if (isAggregate(t)) return expr(c, x); // pointer to struct/array = the object itself
  switch (x.kind) {
    case 'Ident': {
      const o = (c.info.uses.get(x) ?? c.info.defs.get(x)) as TT.Var;
      const vi = c.varInfo(o);
      if (vi.global >= 0) return `new R.ElemPtr(G,${vi.global})`;
      if (!vi.boxed) throw new Error(`internal error: address of unboxed ${o.name}`);
      return `new R.BoxPtr(${c.varCell(o)})`;
    }
    case 'SelectorExpr': {
      const sel = c.info.selections.get(x);
      if (!sel) {
        const o = c.info.uses.get(x.sel) as TT.Var;
        const vi = c.varInfo(o);
        return `new R.ElemPtr(G,${vi.global})`;
      }
      const p = fieldPath(c, expr(c, x.x), c.typeOf(x.x), sel.index, x.pos);
      return `new R.FieldPtr(${p.obj},${JSON.stringify(p.pathT.replace(/"/g, ''))})`;
    }
    case 'IndexExpr': {
      const xt = under(c.typeOf(x.x));
      const a = expr(c, x.x);
      const i = expr(c, x.index);
      if (xt.kind === 'Slice') return `R.elemPtr(${a},${i})`;
      if (xt.kind === 'Array') return `new R.ElemPtr(${a},R.ix(${i},${xt.len}))`;
      if (xt.kind === 'Pointer') return `new R.ElemPtr(R.nn(${a}),R.ix(${i},${(under(xt.elem) as TT.ArrayT).len}))`;
      break;
    }
    case 'StarExpr': return expr(c, x.x);
  }
  throw new Error('internal error: address of ' + x.kind);
}

export function deref(c: FnC, px: ast.Expr, pos: number): string {
  void pos;
  const pt = c.typeOf(px);
  const p = expr(c, px);
  if (isObjPtr(pt)) return `R.nn(${p})`;
  return `R.nn(${p}).get()`;
}

// ---- binary ----

function binary(c: FnC, e: ast.BinaryExpr): string {
  const op = e.op;
  if (op === '&&' || op === '||') {
    if (c.suspends(e.y)) {
      const t = c.temp();
      c.line(`${t}=${expr(c, e.x)};`);
      const skip = c.newPc();
      c.line(`if(${op === '&&' ? '!' : ''}${t})${c.jump(skip)}`);
      c.line(`${t}=${expr(c, e.y)};`);
      c.place(skip);
      return t;
    }
    return `(${expr(c, e.x)}${op}${expr(c, e.y)})`;
  }
  const xt = c.typeOf(e.x), yt = c.typeOf(e.y);
  const cmp = op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=';
  if (op === '<<' || op === '>>') {
    const rt = c.typeOf(e);
    const x = convertTo(c, e.x, rt);
    let y = expr(c, e.y);
    if (c.suspends(e.y) && !c.suspends(e.x)) { /* order is fine */ }
    return binop(c, op, rt, x, y, e.opPos, yt);
  }
  // operand type: for comparisons, the non-untyped, non-interface-if-possible side
  let ot: Type;
  if (cmp) {
    const xr = rep(xt), yr = rep(yt);
    if (xr === 'nil') ot = yt;
    else if (yr === 'nil') ot = xt;
    else if (xr === 'iface' && yr !== 'iface') ot = xt;
    else if (yr === 'iface' && xr !== 'iface') ot = yt;
    else ot = isUntypedT(xt) ? yt : xt;
  } else ot = c.typeOf(e);
  let x = convertTo(c, e.x, ot);
  if (c.suspends(e.y)) x = hold(c, x, true);
  const y = convertTo(c, e.y, ot);
  if (cmp && (rep(xt) === 'nil' || rep(yt) === 'nil')) {
    const other = rep(xt) === 'nil' ? y : x;
    return op === '==' ? `(${other}===null)` : `(${other}!==null)`;
  }
  return binop(c, op, ot, x, y, e.opPos, yt);
}

function isUntypedT(t: Type): boolean { return t.kind === 'Basic' && t.basic.startsWith('untyped'); }

// ---- composite literals ----

/** https://go.dev/ref/spec#Composite_literals */
export function compositeLit(c: FnC, e: ast.CompositeLit, typeHint?: Type): string {
  let t = typeHint ?? c.typeOf(e);
  let ptr = false;
  if (under(t).kind === 'Pointer') { t = (under(t) as TT.Pointer).elem; ptr = true; }
  const u = under(t);
  const val = (x: ast.Expr, et: Type): string => {
    const ux = unparen(x);
    if (ux.kind === 'CompositeLit' && ux.type === null) {
      const js = compositeLit(c, ux, et);
      return js;
    }
    const js = c.P.copy(et, convertTo(c, x, et));
    return c.suspends(x) ? hold(c, js, true) : js;
  };
  let js: string;
  switch (u.kind) {
    case 'Struct': {
      const vals = new Map<number, string>();
      e.elts.forEach((el, i) => {
        if (el.kind === 'KeyValueExpr') {
          const name = (el.key as ast.Ident).name;
          const fi = u.fields.findIndex((f) => f.name === name);
          vals.set(fi, val(el.value, c.sub(u.fields[fi].type)));
        } else vals.set(i, val(el, c.sub(u.fields[i].type)));
      });
      js = `{${u.fields.map((f, i) => `${fieldKey(u, i)}:${vals.get(i) ?? c.P.zero(c.sub(f.type))}`).join(',')}}`;
      break;
    }
    case 'Array': case 'Slice': {
      const et = c.sub(u.elem);
      const items: [number, string][] = [];
      let idx = 0, max = 0;
      for (const el of e.elts) {
        let vx = el;
        if (el.kind === 'KeyValueExpr') {
          const kv = c.info.types.get(el.key)?.value;
          idx = kv && kv.kind === 'int' ? Number(kv.value) : idx;
          vx = el.value;
        }
        items.push([idx, val(vx, et)]);
        idx++;
        if (idx > max) max = idx;
      }
      const n = u.kind === 'Array' ? u.len : max;
      let arr: string;
      const dense = items.length === n && items.every(([i], k) => i === k);
      if (dense) arr = `[${items.map(([, v]) => v).join(',')}]`;
      else {
        const tmp = c.temp();
        const z = c.P.zero(et);
        c.line(isAggregate(et) ? `${tmp}=new Array(${n});for(let i=0;i<${n};i++)${tmp}[i]=${z};` : `${tmp}=new Array(${n}).fill(${z});`);
        for (const [i, v] of items) c.line(`${tmp}[${i}]=${v};`);
        arr = tmp;
      }
      js = u.kind === 'Array' ? arr : `R.mkSlice(${arr})`;
      break;
    }
    case 'Map': {
      const kt = c.sub(u.key), vt = c.sub(u.elem);
      const m = c.temp();
      c.line(`${m}=R.makeMap(g,${c.P.typeRef(t)},${e.elts.length},${c.at(e.pos)});`);
      const hk = c.P.mapKey(kt);
      for (const el of e.elts) {
        const kv = el as ast.KeyValueExpr;
        const k = unparen(kv.key).kind === 'CompositeLit' && (unparen(kv.key) as ast.CompositeLit).type === null ? compositeLit(c, unparen(kv.key) as ast.CompositeLit, kt) : convertTo(c, kv.key, kt);
        const kh = hold(c, k, true);
        const vv = val(kv.value, vt);
        c.line(`R.mapSet(g,${m},${hk}(${kh}),${vv},${c.at(kv.pos)});`);
      }
      js = m;
      break;
    }
    default: throw new Error('internal error: composite literal of ' + u.kind);
  }
  if (ptr && !isAggregate(t)) return `M.al(${Math.max(8, sizeOf(t))},new R.BoxPtr({v:${js}}),${JSON.stringify(typeString(t))},${c.at(e.pos)})`;
  if (ptr) return `M.al(${Math.max(8, sizeOf(t))},${js},${JSON.stringify(typeString(t))},${c.at(e.pos)})`;
  return js;
}

export function lvalue(c: FnC, e: ast.Expr, evalNow = false): LValue {
  e = unparen(e);
  switch (e.kind) {
    case 'Ident': {
      const o = (c.info.uses.get(e) ?? c.info.defs.get(e)) as TT.Var;
      const ref = c.varRef(o);
      const t = c.sub(o.type);
      return { get: () => ref, set: (v) => `${ref}=${v}`, into: isAggregate(t) ? (v) => c.P.assignInto(t, ref, v) : undefined };
    }
    case 'SelectorExpr': {
      const sel = c.info.selections.get(e);
      if (!sel) {
        const o = c.info.uses.get(e.sel) as TT.Var;
        const ref = c.varRef(o);
        const t = c.sub(o.type);
        return { get: () => ref, set: (v) => `${ref}=${v}`, into: isAggregate(t) ? (v) => c.P.assignInto(t, ref, v) : undefined };
      }
      const p = fieldPath(c, expr(c, e.x), c.typeOf(e.x), sel.index, e.pos);
      const obj = hold(c, p.obj, evalNow);
      const ref = `${obj}.${p.pathT}`;
      return { get: () => ref, set: (v) => `${ref}=${v}`, into: isAggregate(p.fieldT) ? (v) => c.P.assignInto(p.fieldT, ref, v) : undefined };
    }
    case 'IndexExpr': {
      const xt = c.typeOf(e.x);
      const u = under(xt);
      if (u.kind === 'Map') {
        const m = hold(c, expr(c, e.x), true);
        const k = hold(c, `${c.P.mapKey(u.key)}(${convertTo(c, e.index, u.key)})`, true);
        const z = c.P.zero(u.elem);
        return { get: () => `R.mapGet(${m},${k},${z})`, set: (v) => `R.mapSet(g,${m},${k},${v},${c.at(e.pos)})` };
      }
      const x = hold(c, expr(c, e.x), true);
      const i = hold(c, u.kind === 'Slice' ? `R.ixs(${x},${expr(c, e.index)})` : u.kind === 'Array' ? `R.ix(${expr(c, e.index)},${u.len})` : `R.ix(${expr(c, e.index)},${(under((u as TT.Pointer).elem) as TT.ArrayT).len})`, true);
      const base = u.kind === 'Slice' ? `${x}.arr` : u.kind === 'Pointer' ? `R.nn(${x})` : x;
      const ref = `${base}[${i}]`;
      const et = c.typeOf(e);
      return { get: () => ref, set: (v) => `${ref}=${v}`, into: isAggregate(et) ? (v) => c.P.assignInto(et, ref, v) : undefined };
    }
    case 'StarExpr': {
      const pt = c.typeOf(e.x);
      const p = hold(c, expr(c, e.x), true);
      if (isObjPtr(pt)) {
        const et = (under(pt) as TT.Pointer).elem;
        return { get: () => `R.nn(${p})`, set: (v) => c.P.assignInto(et, `R.nn(${p})`, v), into: (v) => c.P.assignInto(et, `R.nn(${p})`, v) };
      }
      return { get: () => `R.nn(${p}).get()`, set: (v) => `R.nn(${p}).set(${v})` };
    }
  }
  throw new Error('internal error: lvalue ' + e.kind);
}

export { isObjPtr };
