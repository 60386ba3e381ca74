/**
 * This file implements the built-in functions (https://go.dev/ref/spec#Built-in_functions),
 * mirroring go/types builtins.go: append cap clear close complex copy delete imag len make max min
 * new panic print println real recover. Each records a signature for the builtin at the call
 * (Info.types of call.fun, mode 'builtin') so the compiler knows the instantiated parameter types.
 */

import type * as ast from '../syntax/ast';
import type { Signature, Type } from './type';
import { type Checker, type Operand, errorAt, invalidOperand, opString, tstr } from './checker';
import { Typ, newTuple, newVar } from './universe';
import {
  coreType, defaultType, identical, isBoolean, isComplex, isFloat, isInteger, isNumeric, isOrdered, isString,
  isUntyped, isValid, under,
} from './predicates';
import * as constant from './constant';
import { assignment, convertUntyped, isNil, singleValue } from './operand';
import { expr, rawExpr } from './expr';
import { varType } from './typexpr';
import { exprString } from './exprstring';
import { lookupFieldOrMethod } from './lookup';
import { alignof, hasVarSize, offsetof, sizeof } from './sizes';

/** types2 derefStructPtr: *S → S when S is a struct, else t itself (Offsetof's base). */
function derefStructPtr(t: Type): Type {
  const u = under(t);
  if (u.kind === 'Pointer' && under(u.elem).kind === 'Struct') return u.elem;
  return t;
}

// ---- builtins ------------------------------------------------------------------------------------

export function builtin(c: Checker, x: Operand, call: ast.CallExpr, id: NonNullable<Operand['builtin']>): void {
  const nargs = call.args.length;
  const argsOf = (): Operand[] => call.args.map((a) => { const y = invalidOperand(a); expr(c, y, a); return y; });
  const bname = id;
  const fail = () => { x.mode = 'invalid'; };
  const want = (min: number, max: number): boolean => {
    if (nargs < min || nargs > max) {
      // types2 reports at the call (argErrPos), as an invalid operation
      const msg = nargs < min ? 'not enough' : 'too many';
      errorAt(c, call, `invalid operation: ${msg} arguments for ${exprString(call)} (expected ${nargs < min ? min : max}, found ${nargs})`);
      for (const a of call.args) { const y = invalidOperand(a); rawExpr(c, y, a, null, true); }
      return false;
    }
    return true;
  };
  if (call.ellipsis >= 0 && id !== 'append') {
    errorAt(c, call, `invalid operation: invalid use of ... with built-in ${bname}`);
    for (const a of call.args) { const y = invalidOperand(a); rawExpr(c, y, a, null, true); }
    return fail();
  }
  const setSig = (params: Type[], result: Type | null, variadic = false) => {
    const sig: Signature = { kind: 'Signature', recv: null, typeParams: [], recvTypeParams: [], params: newTuple(params.map((t) => newVar('', t, null))), results: newTuple(result ? [newVar('', result, null)] : []), variadic };
    c.info.types.set(call.fun, { mode: 'builtin', type: sig, value: null });
  };
  switch (id) {
    case 'len': case 'cap': {
      if (!want(1, 1)) return fail();
      const y = invalidOperand(call.args[0]);
      expr(c, y, call.args[0]);
      if (y.mode === 'invalid') return fail();
      let t = under(y.type);
      if (t.kind === 'Pointer' && under(t.elem).kind === 'Array') t = under(t.elem);
      let ok = false, val: Operand['val'] = null;
      if (t.kind === 'Basic' && isString(t) && id === 'len') {
        ok = true;
        if (y.mode === 'constant' && y.val && y.val.kind === 'string') val = constant.intVal(BigInt(y.val.value.length));
        if (isUntyped(y.type)) convertUntyped(c, y, Typ.string);
      } else if (t.kind === 'Array') { ok = true; if (!containsCallOrRecv(call.args[0])) val = constant.intVal(BigInt(t.len)); }
      else if (t.kind === 'Slice' || t.kind === 'Chan') ok = true;
      else if (t.kind === 'Map' && id === 'len') ok = true;
      else if (t.kind === 'TypeParam') ok = !!coreType(t) || true;
      if (!ok) { errorAt(c, y, `invalid argument: ${opString(c, y)} for built-in ${id}`); return fail(); }
      setSig([y.type], Typ.int);
      if (val) { x.mode = 'constant'; x.val = val; } else { x.mode = 'value'; x.val = null; }
      x.type = Typ.int;
      return;
    }
    case 'append': {
      if (nargs === 0) { errorAt(c, call, `invalid operation: not enough arguments for append() (expected 1, found 0)`); return fail(); }
      const args = argsOf();
      const s = args[0];
      if (s.mode === 'invalid') return fail();
      let S = s.type;
      if (isNil(s)) { errorAt(c, s, `invalid append: argument must be a slice; have untyped nil`); return fail(); }
      const su = coreType(S);
      if (!su || su.kind !== 'Slice') { errorAt(c, s, `invalid append: argument must be a slice; have ${opString(c, s)}`); return fail(); }
      const T = su.elem;
      if (call.ellipsis >= 0) {
        if (nargs !== 2) { errorAt(c, call, `can only use ... with final argument in list`); return fail(); }
        const y = args[1];
        if (y.mode === 'invalid') return fail();
        if (isString(y.type) && under(T).kind === 'Basic' && (under(T) as { basic: string }).basic === 'uint8') {
          if (isUntyped(y.type)) convertUntyped(c, y, Typ.string);
        } else assignment(c, y, { kind: 'Slice', elem: T }, 'argument to append');
        setSig([S, y.type], S, true);
      } else {
        for (const y of args.slice(1)) assignment(c, y, T, 'argument to append');
        setSig([S, { kind: 'Slice', elem: T }], S, true);
      }
      x.mode = 'value'; x.type = S; x.val = null;
      return;
    }
    case 'copy': {
      if (!want(2, 2)) return fail();
      const [d, s] = argsOf();
      if (d.mode === 'invalid' || s.mode === 'invalid') return fail();
      const du = coreType(d.type);
      if (!du || du.kind !== 'Slice') { errorAt(c, d, `invalid argument: copy expects slice arguments; found ${opString(c, d)} and ${opString(c, s)}`); return fail(); }
      const su = coreType(s.type);
      const okSrc = (su && su.kind === 'Slice' && identical(su.elem, du.elem)) || (isString(s.type) && identical(under(du.elem), Typ.uint8));
      if (!okSrc) {
        if (!su || (su.kind !== 'Slice' && !isString(s.type))) errorAt(c, s, `invalid argument: copy expects slice arguments; found ${opString(c, d)} and ${opString(c, s)}`);
        else errorAt(c, d, `invalid copy: arguments ${opString(c, d)} and ${opString(c, s)} have different element types ${tstr(c, du.elem)} and ${tstr(c, su.kind === 'Slice' ? su.elem : Typ.byte)}`);
        return fail();
      }
      if (isUntyped(s.type)) convertUntyped(c, s, Typ.string);
      setSig([d.type, s.type], Typ.int);
      x.mode = 'value'; x.type = Typ.int; x.val = null;
      return;
    }
    case 'delete': {
      if (!want(2, 2)) return fail();
      const [m, k] = argsOf();
      if (m.mode === 'invalid' || k.mode === 'invalid') return fail();
      const mu = coreType(m.type);
      if (!mu || mu.kind !== 'Map') { errorAt(c, m, `invalid argument: ${opString(c, m)} is not a map`); return fail(); }
      assignment(c, k, mu.key, 'argument to delete');
      if ((k.mode as string) === 'invalid') return fail();
      setSig([m.type, mu.key], null);
      x.mode = 'novalue'; x.type = newTuple([]);
      return;
    }
    case 'make': {
      if (nargs === 0) { errorAt(c, call, `invalid operation: not enough arguments for make() (expected 1, found 0)`); return fail(); }
      const T = varType(c, call.args[0]);
      if (!isValid(T)) { for (const a of call.args.slice(1)) { const y = invalidOperand(a); expr(c, y, a); } return fail(); }
      const cu = coreType(T);
      let min = 1;
      if (cu && cu.kind === 'Slice') min = 2;
      else if (!cu || (cu.kind !== 'Map' && cu.kind !== 'Chan')) {
        errorAt(c, call.args[0], `invalid argument: cannot make ${exprString(call.args[0])}: type must be slice, map, or channel`);
        for (const a of call.args.slice(1)) { const y = invalidOperand(a); expr(c, y, a); }
        return fail();
      }
      if (nargs < min || nargs > min + 1) {
        if (nargs < min) errorAt(c, call, `invalid operation: ${exprString(call)} expects ${min} or ${min + 1} arguments; found ${nargs}`);
        else errorAt(c, call, `invalid operation: ${exprString(call)} expects ${min} or ${min + 1} arguments; found ${nargs}`);
        for (const a of call.args.slice(1)) { const y = invalidOperand(a); expr(c, y, a); }
        return fail();
      }
      const sizes: number[] = [];
      for (const a of call.args.slice(1)) {
        const v = sizeArg(c, a);
        if (v === -2) return fail();
        sizes.push(v);
      }
      if (sizes.length === 2 && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
        errorAt(c, call.args[1], `invalid argument: length and capacity swapped`);
        return fail();
      }
      setSig([T, ...call.args.slice(1).map(() => Typ.int)], T);
      x.mode = 'value'; x.type = T; x.val = null;
      return;
    }
    case 'new': {
      if (!want(1, 1)) return fail();
      const y = invalidOperand(call.args[0]);
      rawExpr(c, y, call.args[0], null, true);
      if (y.mode === 'invalid') return fail();
      let T: Type;
      if (y.mode === 'typexpr') T = y.type;
      else {
        // Go 1.26: new(expr)
        singleValue(c, y);
        if ((y.mode as string) === 'invalid') return fail();
        if (isUntyped(y.type)) convertUntyped(c, y, defaultType(y.type));
        T = y.type;
      }
      setSig([T], { kind: 'Pointer', elem: T });
      x.mode = 'value'; x.type = { kind: 'Pointer', elem: T }; x.val = null;
      return;
    }
    case 'panic': {
      if (!want(1, 1)) return fail();
      const [y] = argsOf();
      if (y.mode === 'invalid') return fail();
      assignment(c, y, c.univ.any, 'argument to panic');
      setSig([c.univ.any], null);
      x.mode = 'novalue'; x.type = newTuple([]);
      return;
    }
    case 'print': case 'println': {
      const args = argsOf();
      for (const y of args) { if (y.mode !== 'invalid') assignment(c, y, null, `argument to built-in ${id}`); }
      setSig(args.map((a) => a.type), null, false);
      x.mode = 'novalue'; x.type = newTuple([]);
      return;
    }
    case 'Sizeof': case 'Alignof': {
      // unsafe.Sizeof(x T) uintptr / unsafe.Alignof(x T) uintptr: constants unless T's size
      // depends on a type parameter (then the compiler computes them per instance)
      if (!want(1, 1)) return fail();
      const [y] = argsOf();
      assignment(c, y, null, `argument to unsafe.${id}`);
      if (y.mode === 'invalid') return fail();
      if (hasVarSize(y.type)) {
        setSig([y.type], Typ.uintptr);
        x.mode = 'value'; x.val = null;
      } else {
        x.mode = 'constant';
        x.val = { kind: 'int', value: BigInt(id === 'Sizeof' ? sizeof(y.type) : alignof(y.type)) };
      }
      x.type = Typ.uintptr;
      return;
    }
    case 'Offsetof': {
      // unsafe.Offsetof(x.f) uintptr, where x.f is a field selector (the argument is not evaluated)
      if (!want(1, 1)) return fail();
      const arg0 = call.args[0];
      let selx: ast.Expr = arg0;
      while (selx.kind === 'ParenExpr') selx = selx.x;
      if (selx.kind !== 'SelectorExpr') {
        errorAt(c, arg0, `invalid argument: ${exprString(arg0)} is not a selector expression`);
        const y = invalidOperand(arg0); rawExpr(c, y, arg0, null, true);
        return fail();
      }
      const y = invalidOperand(selx.x);
      expr(c, y, selx.x);
      if (y.mode === 'invalid') return fail();
      const base = derefStructPtr(y.type);
      const sel = selx.sel.name;
      const r = lookupFieldOrMethod(c.inst, base, false, c.pkg, sel);
      if (!r.obj) { errorAt(c, y, `invalid argument: ${tstr(c, base)} has no single field ${sel}`); return fail(); }
      if (r.obj.kind === 'Func') { errorAt(c, arg0, `invalid argument: ${exprString(arg0)} is a method value`); return fail(); }
      if (r.indirect) { errorAt(c, y, `invalid argument: field ${sel} is embedded via a pointer in ${tstr(c, base)}`); return fail(); }
      c.info.selections.set(selx, { kind: 'FieldVal', recv: base, obj: r.obj, index: r.index, indirect: false, type: r.obj.type });
      c.info.types.set(selx, { mode: y.mode === 'variable' ? 'variable' : 'value', type: r.obj.type, value: null });
      if (hasVarSize(base)) {
        setSig([r.obj.type], Typ.uintptr);
        x.mode = 'value'; x.val = null;
      } else {
        x.mode = 'constant';
        x.val = { kind: 'int', value: BigInt(offsetof(base, r.index)) };
      }
      x.type = Typ.uintptr;
      return;
    }
    case 'recover': {
      if (!want(0, 0)) return fail();
      setSig([], c.univ.any);
      x.mode = 'value'; x.type = c.univ.any; x.val = null;
      return;
    }
    case 'close': {
      if (!want(1, 1)) return fail();
      const [y] = argsOf();
      if (y.mode === 'invalid') return fail();
      const u = coreType(y.type);
      if (!u || u.kind !== 'Chan') { errorAt(c, y, `invalid operation: cannot close non-channel ${opString(c, y)}`); return fail(); }
      if (u.dir === 'recv') { errorAt(c, y, `invalid operation: cannot close receive-only channel ${opString(c, y)}`); return fail(); }
      setSig([y.type], null);
      x.mode = 'novalue'; x.type = newTuple([]);
      return;
    }
    case 'clear': {
      if (!want(1, 1)) return fail();
      const [y] = argsOf();
      if (y.mode === 'invalid') return fail();
      const u = coreType(y.type);
      if (!u || (u.kind !== 'Map' && u.kind !== 'Slice')) { errorAt(c, y, `invalid argument: ${opString(c, y)} must be a map or slice`); return fail(); }
      setSig([y.type], null);
      x.mode = 'novalue'; x.type = newTuple([]);
      return;
    }
    case 'min': case 'max': {
      if (nargs === 0) { errorAt(c, call, `invalid operation: not enough arguments for ${exprString(call)} (expected 1, found 0)`); return fail(); }
      const args = argsOf();
      if (args.some((a) => a.mode === 'invalid')) return fail();
      const acc: Operand = { ...args[0] };
      for (const a of args) {
        if (!isOrdered(a.type)) { errorAt(c, a, `invalid argument: ${opString(c, a)} cannot be ordered`); return fail(); }
      }
      for (let i = 1; i < args.length; i++) {
        const y = args[i];
        // match types as for a binary operation
        if (isUntyped(acc.type) && !isUntyped(y.type)) { convertUntyped(c, acc, y.type); if (acc.mode === 'invalid') return fail(); }
        else if (!isUntyped(acc.type) && isUntyped(y.type)) { convertUntyped(c, y, acc.type); if (y.mode === 'invalid') return fail(); }
        else if (isUntyped(acc.type) && isUntyped(y.type)) {
          const rank: Record<string, number> = { 'untyped int': 1, 'untyped rune': 2, 'untyped float': 3 };
          const ra = rank[(acc.type as { basic: string }).basic] ?? 0, rb = rank[(y.type as { basic: string }).basic] ?? 0;
          if (rb > ra) acc.type = y.type;
        }
        if (!identical(acc.type, y.type) && !(isUntyped(acc.type) && isUntyped(y.type))) {
          errorAt(c, y, `invalid argument: mismatched types ${tstr(c, acc.type)} (previous argument) and ${tstr(c, y.type)} (type of ${exprString(y.expr)})`);
          return fail();
        }
        if (acc.mode === 'constant' && y.mode === 'constant') {
          const less = constant.compare(y.val!, '<', acc.val!);
          if ((id === 'min' && less) || (id === 'max' && !less && !constant.compare(y.val!, '==', acc.val!))) acc.val = y.val;
        } else acc.mode = 'value';
      }
      if (acc.mode !== 'constant') { acc.mode = 'value'; acc.val = null; for (const a of args) if (isUntyped(a.type) && !isUntyped(acc.type)) convertUntyped(c, a, acc.type); }
      setSig(args.map(() => acc.type), acc.type);
      x.mode = acc.mode; x.type = acc.type; x.val = acc.mode === 'constant' ? acc.val : null;
      return;
    }
    case 'complex': {
      if (!want(2, 2)) return fail();
      const [re, im] = argsOf();
      if (re.mode === 'invalid' || im.mode === 'invalid') return fail();
      if (isUntyped(re.type) && !isUntyped(im.type)) convertUntyped(c, re, im.type);
      else if (!isUntyped(re.type) && isUntyped(im.type)) convertUntyped(c, im, re.type);
      if ((re.mode as string) === 'invalid' || (im.mode as string) === 'invalid') return fail();
      if (!identical(re.type, im.type) && !(isUntyped(re.type) && isUntyped(im.type))) {
        errorAt(c, re, `invalid operation: ${exprString(call)} (mismatched types ${tstr(c, re.type)} and ${tstr(c, im.type)})`);
        return fail();
      }
      const rt = isUntyped(re.type) ? Typ.untypedComplex : (under(re.type) as { basic: string }).basic === 'float32' ? Typ.complex64 : Typ.complex128;
      if (!isUntyped(re.type) && !isFloat(re.type)) { errorAt(c, re, `invalid argument: arguments have type ${tstr(c, re.type)}, expected floating-point`); return fail(); }
      if (re.mode === 'constant' && im.mode === 'constant') {
        x.mode = 'constant';
        x.val = { kind: 'complex', re: constant.toFloat(re.val!), im: constant.toFloat(im.val!) };
      } else { x.mode = 'value'; x.val = null; }
      setSig([re.type, im.type], rt);
      x.type = rt;
      return;
    }
    case 'real': case 'imag': {
      if (!want(1, 1)) return fail();
      const [y] = argsOf();
      if (y.mode === 'invalid') return fail();
      if (!isComplex(y.type) && !(isUntyped(y.type) && isNumeric(y.type))) { errorAt(c, y, `invalid argument: ${opString(c, y)} must be of complex type`); return fail(); }
      const rt = isUntyped(y.type) ? Typ.untypedFloat : (under(y.type) as { basic: string }).basic === 'complex64' ? Typ.float32 : Typ.float64;
      if (y.mode === 'constant') {
        const cv = constant.toComplex(y.val!);
        x.mode = 'constant';
        x.val = cv.kind === 'complex' ? (id === 'real' ? cv.re : cv.im) : constant.unknownValue;
      } else { x.mode = 'value'; x.val = null; }
      setSig([y.type], rt);
      x.type = rt;
      return;
    }
  }
  void isBoolean;
}

function containsCallOrRecv(e: ast.Expr): boolean {
  let found = false;
  const visit = (n: ast.Expr | null): void => {
    if (!n || found) return;
    switch (n.kind) {
      case 'CallExpr': found = true; return;
      case 'UnaryExpr': if (n.op === '<-') { found = true; return; } visit(n.x); return;
      case 'ParenExpr': case 'StarExpr': visit(n.x); return;
      case 'SelectorExpr': visit(n.x); return;
      case 'IndexExpr': visit(n.x); visit(n.index); return;
      case 'BinaryExpr': visit(n.x); visit(n.y); return;
      default: return;
    }
  };
  visit(e);
  return found;
}

/** A make size argument; returns its constant value, -1 if not constant, -2 on error. */
function sizeArg(c: Checker, a: ast.Expr): number {
  const y = invalidOperand(a);
  expr(c, y, a);
  if (y.mode === 'invalid') return -2;
  if (y.mode === 'constant' && isUntyped(y.type)) {
    const iv = constant.toIntValue(y.val!);
    if (iv === null) { errorAt(c, y, `${opString(c, y)} truncated to int`); return -2; }
    convertUntyped(c, y, Typ.int);
    if ((y.mode as string) === 'invalid') return -2;
  }
  if (!isInteger(y.type) && !(isUntyped(y.type) && isNumeric(y.type))) {
    errorAt(c, y, `cannot convert ${opString(c, y)} to type int`);
    return -2;
  }
  if (y.mode === 'constant') {
    const v = constant.toIntValue(y.val!);
    if (v !== null && v < 0n) { errorAt(c, y, `invalid argument: index ${opString(c, y)} must not be negative`); return -2; }
    return v === null ? -1 : Number(v);
  }
  return -1;
}

