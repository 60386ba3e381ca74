/**
 * This file implements the compilation of calls (https://go.dev/ref/spec#Calls): calls of declared
 * functions and methods (static), of interface methods (dynamic dispatch), of function values, of
 * natives (standard library functions without a Go body), builtin calls
 * (https://go.dev/ref/spec#Built-in_functions), conversions (https://go.dev/ref/spec#Conversions),
 * and the `go` and `defer` forms, whose function value and arguments are evaluated at the
 * statement (https://go.dev/ref/spec#Defer_statements).
 *
 * Call protocol (vm/README): a call of Go code pushes a Frame and is a suspension point:
 *   f.pc = K; if (R.call(g, new R.Frame(F3, f, [args], env))) return; case K: … g.ret …
 * A native is called directly: `N[i](H, args…)`; natives that may block (package sync's
 * semaphores, time.Sleep, runtime.Gosched) use the suspension protocol with `R.nb`.
 */

import type * as ast from '../syntax/ast';
import type * as TT from '../types/type';
import { convertTo, convertValue, embeddedIfaceField, expr, hold, receiverFor, let1 } from './expr';
import type { FnC } from './func';
import { children, unparen } from './scan';
import { UnsupportedError } from './errors';
import { intKind, isAggregate, isFloat, isInt, rep, sizeOf, typeString, under, type Type } from './types';
import { alignof, offsetof, sizeof } from '../types/sizes';

type Mode = 'go' | 'defer' | undefined;

/** Natives that may park the calling goroutine. */
const BLOCKING = new Set([
  'sync.semacquire', 'time.Sleep', 'runtime.Gosched', 'runtime.Goexit', 'sync.runtime_Semacquire',
  'sync.runtime_SemacquireMutex', 'sync.(*WaitGroup).Wait', 'sync.(*Mutex).Lock', 'sync.(*RWMutex).Lock',
  'sync.(*RWMutex).RLock', 'sync.(*Cond).Wait', 'os.Exit',
]);

export function isBlockingNative(name: string): boolean { return BLOCKING.has(name); }

/** JS nesting allowed for direct calls of fast functions (then the explicit stack takes over). */
const FAST_DEPTH = 200;

interface Callee {
  kind: 'static' | 'native' | 'iface' | 'value';
  fast?: boolean;
  code?: string;       // F<i>
  native?: string;     // N[i]
  nativeName?: string;
  recv?: string | null;
  fv?: string;
  iface?: string;
  method?: string;
  sig: TT.Signature;
}

/** Whether a call expression is a suspension point (a call of Go code or a blocking native). */
export function isSuspendingCall(c: FnC, e: ast.CallExpr): boolean {
  const ft = c.info.types.get(e.fun);
  if (ft && ft.mode === 'typexpr') return false;
  if (ft && ft.mode === 'builtin') return false;
  const fun = unparen(e.fun);
  const f = staticFunc(c, fun);
  if (f) {
    if (!c.P.isNative(f) && c.P.fastOK(f)) return !c.fast && true;
    if (c.P.isNative(f)) return isBlockingNative(c.P.nativeName(f));
  }
  return true;
}

function staticFunc(c: FnC, fun: ast.Expr): TT.Func | null {
  let x = fun;
  if (x.kind === 'IndexExpr' || x.kind === 'IndexListExpr') x = unparen(x.x);
  if (x.kind === 'Ident') { const o = c.info.uses.get(x); return o && o.kind === 'Func' ? o : null; }
  if (x.kind === 'SelectorExpr') {
    const sel = c.info.selections.get(x);
    if (!sel) { const o = c.info.uses.get(x.sel); return o && o.kind === 'Func' ? o : null; }
    if (sel.kind === 'MethodVal' && rep(c.sub(sel.recv)) !== 'iface') return sel.obj as TT.Func;
  }
  return null;
}

/**
 * Compile a call. Returns the JS expression of its result (or null for a statement-level call whose
 * result is unused). `mode` 'go'/'defer' returns the statement that starts/records the call.
 */
export function compileCall(c: FnC, e: ast.CallExpr, stmt: boolean, mode?: Mode): string | null {
  const ft = c.info.types.get(e.fun);
  if (ft && ft.mode === 'typexpr' && !mode) return conversion(c, e.args[0], c.sub(ft.type));
  const fun = unparen(e.fun);
  if (ft && ft.mode === 'builtin' || (fun.kind === 'Ident' && c.info.uses.get(fun)?.kind === 'Builtin')) {
    const name = fun.kind === 'SelectorExpr' ? fun.sel.name : (fun as ast.Ident).name; // unsafe.Sizeof
    if (mode) return builtinDeferred(c, e, name, mode);
    return builtin(c, e, name, stmt);
  }
  const callee = resolveCallee(c, e, fun);
  const args = compileArgs(c, e, callee.sig, callee);
  if (mode === 'go' || mode === 'defer') return goDefer(c, callee, args, e, mode);
  const argList = (callee.recv != null ? [callee.recv] : []).concat(args);
  let susp: string;
  switch (callee.kind) {
    case 'static':
      if (callee.fast) {
        const args = argList.map((a) => ',' + a).join('');
        // `d` is the JS nesting depth of direct calls (a parameter: no memory traffic per call)
        if (c.fast) return `(d<${FAST_DEPTH}?${callee.code}.fast(g,d+1${args}):R.callNested(g,${callee.code},[${argList.join(',')}]))`;
        const k = c.newPc();
        c.line(`f.pc=${k};if(g.js<${FAST_DEPTH}){g.ret=${callee.code}.fast(g,g.js+1${args});}else if(R.call(g,new R.Frame(${callee.code},f,[${argList.join(',')}],null)))return;`);
        c.place(k);
        if (stmt || callee.sig.results.vars.length === 0) return null;
        const t = c.temp();
        c.line(`${t}=g.ret;`);
        return t;
      }
      susp = `R.call(g,new R.Frame(${callee.code},f,[${argList.join(',')}],null))`;
      break;
    case 'native': {
      const call = `${callee.native}(H,${argList.join(',')})`;
      if (!isBlockingNative(callee.nativeName!)) return fixResult(c, call, callee.sig);
      susp = `R.nb(g,${call})`;
      break;
    }
    case 'iface':
      susp = `R.icall(g,f,${callee.iface},${JSON.stringify(callee.method)},[${args.join(',')}]${devirtualized(c, e) ? ',1' : ''})`;
      break;
    default:
      susp = `R.callFV(g,f,${callee.fv},[${args.join(',')}])`;
  }
  c.suspend(susp);
  if (stmt || callee.sig.results.vars.length === 0) return null;
  const t = c.temp();
  c.line(`${t}=g.ret;`);
  return t;
}

/** Natives return one JS value, or an array for several results (same as g.ret). */
function fixResult(c: FnC, call: string, sig: TT.Signature): string {
  void c; void sig;
  return call;
}

function resolveCallee(c: FnC, e: ast.CallExpr, fun: ast.Expr): Callee {
  const ftv = c.info.types.get(e.fun);
  const sig = under(c.sub(ftv!.type)) as TT.Signature;
  if (fun.kind === 'SelectorExpr') {
    const sel = c.info.selections.get(fun);
    if (sel && sel.kind === 'MethodVal') {
      const m = sel.obj as TT.Func;
      const xt = c.typeOf(fun.x);
      if (rep(xt) === 'iface' && sel.index.length === 1) {
        let x = expr(c, fun.x);
        if (e.args.some((a) => c.suspends(a)) && c.hasCall(fun.x)) x = hold(c, x, true);
        return { kind: 'iface', iface: x, method: m.name, sig };
      }
      const emb = embeddedIfaceField(c, fun.x, xt, sel.index);
      if (emb !== null) {
        // promoted from an embedded interface field: dynamic dispatch on that field
        let x = emb;
        if (e.args.some((a) => c.suspends(a)) && c.hasCall(fun.x)) x = hold(c, x, true);
        return { kind: 'iface', iface: x, method: m.name, sig };
      }
      if (!c.P.declOf(m) && (sel.recv.kind === 'TypeParam' || sel.recv.kind === 'Pointer' && sel.recv.elem.kind === 'TypeParam' || c.tmap !== null && rep(sel.recv) === 'iface')) {
        // a method of a type parameter's constraint: dispatch on the instantiated type
        let x = `R.box(${c.P.typeRef(xt)},${expr(c, fun.x)})`;
        if (e.args.some((a) => c.suspends(a)) && c.hasCall(fun.x)) x = hold(c, x, true);
        return { kind: 'iface', iface: x, method: m.name, sig };
      }
      let recv = receiverFor(c, fun.x, xt, sel.index, m);
      if (e.args.some((a) => c.suspends(a)) && c.hasCall(fun.x)) recv = hold(c, recv, true);
      if (c.P.isNative(m)) return { kind: 'native', native: `N[${c.P.native(c.P.nativeName(m))}]`, nativeName: c.P.nativeName(m), recv, sig };
      return { kind: 'static', code: c.P.funcRef(m, recvTypeArgs(c.sub(sel.recv)), null), recv, sig, fast: c.P.fastOK(m) };
    }
  }
  const f = staticFunc(c, fun);
  if (f) {
    if (c.P.isNative(f)) return { kind: 'native', native: `N[${c.P.native(c.P.nativeName(f))}]`, nativeName: c.P.nativeName(f), recv: null, sig };
    let id: ast.Ident = fun as ast.Ident;
    let x = fun;
    if (x.kind === 'IndexExpr' || x.kind === 'IndexListExpr') x = unparen(x.x);
    id = x.kind === 'SelectorExpr' ? x.sel : x as ast.Ident;
    const inst = c.info.instances.get(id);
    const targs = inst ? inst.typeArgs.map((t) => c.sub(t)) : null;
    return { kind: 'static', code: c.P.funcRef(f, targs, null), recv: null, sig, fast: c.P.fastOK(f) };
  }
  let fv = expr(c, e.fun);
  if (e.args.some((a) => c.suspends(a)) && c.hasCall(e.fun)) fv = hold(c, fv, true);
  return { kind: 'value', fv, sig };
}

/**
 * Whether gc devirtualizes the interface method call e (ir.StaticValue): the receiver is a local
 * variable assigned only once, at its declaration, from a value of concrete type.
 */
function devirtualized(c: FnC, e: ast.CallExpr): boolean {
  const fun = unparen(e.fun);
  if (fun.kind !== 'SelectorExpr') return false;
  const x = unparen(fun.x);
  if (x.kind !== 'Ident') return false;
  const v = c.info.uses.get(x);
  if (!v || v.kind !== 'Var' || c.facts.captured.has(v) || c.facts.addressed.has(v)) return false;
  let init: ast.Expr | null = null;
  let assigns = 0;
  const visit = (n: ast.Node): void => {
    if (n.kind === 'AssignStmt') {
      n.lhs.forEach((l, i) => {
        const u = unparen(l);
        if (u.kind === 'Ident' && (c.info.defs.get(u) ?? c.info.uses.get(u)) === v) { assigns++; init = n.lhs.length === n.rhs.length ? n.rhs[i] : null; }
      });
    } else if (n.kind === 'ValueSpec') {
      n.names.forEach((id, i) => { if (c.info.defs.get(id) === v) { assigns++; init = n.values.length === n.names.length ? n.values[i] : null; } });
    } else if (n.kind === 'RangeStmt') {
      // assigned by a range clause: not a single static value
      for (const k of [n.key, n.value]) if (k && k.kind === 'Ident' && (c.info.defs.get(k) ?? c.info.uses.get(k)) === v) assigns += 2;
    }
    children(n, visit as (c: unknown) => void, false);
  };
  const root = c.root;
  visit(root.kind === 'FuncLit' || root.kind === 'FuncDecl' ? (root.body ?? root) : root);
  if (assigns !== 1 || init === null) return false;
  let src: ast.Expr = unparen(init);
  // I(p): an explicit conversion to the interface
  if (src.kind === 'CallExpr' && c.info.types.get(src.fun)?.mode === 'typexpr' && src.args.length === 1) src = unparen(src.args[0]);
  const st = c.info.types.get(src)?.type;
  return !!st && rep(c.sub(st)) !== 'iface';
}

function recvTypeArgs(t: Type): Type[] | null {
  let u = t;
  if (u.kind === 'Pointer') u = u.elem;
  if (u.kind === 'Named' && u.typeArgs.length) return [...u.typeArgs];
  return null;
}

/** Arguments converted to the parameter types, variadic packing, f(g()) spreading. */
function compileArgs(c: FnC, e: ast.CallExpr, sig: TT.Signature, callee: Callee): string[] {
  void callee;
  const params = sig.params.vars.map((v) => c.sub(v.type));
  const n = params.length;
  // f(g()) with a multi-valued g
  const at0 = e.args.length === 1 ? c.info.types.get(e.args[0])?.type : undefined;
  if (e.args.length === 1 && at0 && at0.kind === 'Tuple' && at0.vars.length > 1) {
    const at = c.typeOf(e.args[0]) as TT.Tuple;
    {
      const t = c.temp();
      c.line(`${t}=${expr(c, e.args[0])};`);
      const vals = at.vars.map((v, i) => `${t}[${i}]`);
      const types = at.vars.map((v) => c.sub(v.type));
      return packVariadic(c, sig, params, vals.map((x, i) => {
        const pt = sig.variadic && i >= n - 1 ? (under(params[n - 1]) as TT.SliceT).elem : params[i];
        return convertValue(c, x, types[i], pt);
      }), e.ellipsis >= 0);
    }
  }
  const anySusp = e.args.map((a) => c.suspends(a));
  const lastSusp = anySusp.lastIndexOf(true);
  const vals = e.args.map((a, i) => {
    let pt: Type;
    if (sig.variadic && i >= n - 1) pt = e.ellipsis >= 0 ? params[n - 1] : (under(params[n - 1]) as TT.SliceT).elem;
    else pt = params[i];
    const js = c.P.copy(pt, convertTo(c, a, pt));
    // only operands that call something are evaluated in order now; the rest are read at the call
    return i < lastSusp && c.hasCall(a) ? hold(c, js, true) : js;
  });
  if (lastSusp < 0) callsFirst(c, e.args, vals);
  return packVariadic(c, sig, params, vals, e.ellipsis >= 0);
}

/**
 * In an expression without suspension points, make the operands that call something run first
 * (in order) and the others read afterwards, as gc orders a call's arguments: the calls' values
 * go to scratch variables assigned at the start of the first operand.
 */
function callsFirst(c: FnC, args: readonly ast.Expr[], vals: string[]): void {
  const calls = args.map((a) => c.hasCall(a));
  const last = calls.lastIndexOf(true);
  if (last <= 0 || calls.slice(0, last).every((x) => x)) return;
  const pre: string[] = [];
  for (let i = 0; i <= last; i++) {
    if (!calls[i]) continue;
    const sc = c.scratch();
    pre.push(`${sc}=${vals[i]}`);
    vals[i] = sc;
  }
  vals[0] = `(${pre.join(',')},${vals[0]})`;
}

function packVariadic(c: FnC, sig: TT.Signature, params: Type[], vals: string[], spread: boolean): string[] {
  void c;
  if (!sig.variadic || spread) return vals;
  const n = params.length;
  const fixed = vals.slice(0, n - 1);
  const rest = vals.slice(n - 1);
  fixed.push(rest.length ? `R.mkSlice([${rest.join(',')}])` : 'null');
  return fixed;
}

function goDefer(c: FnC, callee: Callee, args: string[], e: ast.CallExpr, mode: 'go' | 'defer'): string {
  const argList = (callee.recv != null ? [callee.recv] : []).concat(args);
  const A = `[${argList.join(',')}]`;
  let code = 'null', env = 'null', native = 'null';
  switch (callee.kind) {
    case 'static': code = callee.code!; break;
    case 'native': native = callee.native!; break;
    case 'iface': {
      return mode === 'go'
        ? `R.goFV(g,R.ifaceMethodValue(${callee.iface},${JSON.stringify(callee.method)}),${A},${c.at(e.pos)},${JSON.stringify(c.name)})`
        : `${c.deferList}=R.dpush(g,R.deferFV(R.ifaceMethodValue(${callee.iface},${JSON.stringify(callee.method)}),${A},${c.at(e.pos)},${c.deferList}))`;
    }
    default:
      return mode === 'go' ? `R.goFV(g,${callee.fv},${A},${c.at(e.pos)},${JSON.stringify(c.name)})` : `${c.deferList}=R.dpush(g,R.deferFV(${callee.fv},${A},${c.at(e.pos)},${c.deferList}))`;
  }
  if (mode === 'go') return `R.go(g,${code},${env},${native},${A},${c.at(e.pos)},${JSON.stringify(c.name)})`;
  return `${c.deferList}=R.dpush(g,new R.DeferRec(${code},${env},${native},${A},${c.at(e.pos)},${c.deferList}))`;
}

function builtinDeferred(c: FnC, e: ast.CallExpr, name: string, mode: 'go' | 'defer'): string {
  // defer close(ch) / defer panic(x) / defer delete(m, k) / go println(...): evaluate args now
  // panic's parameter is an interface: the value is boxed now, as the call would box it
  const boxed = (a: ast.Expr): string => {
    const t = c.typeOf(a);
    if (t.kind === 'Basic' && t.basic === 'untyped nil') return 'null';
    return `R.box(${c.P.typeRef(t)},${expr(c, a)})`;
  };
  const args = e.args.map((a) => hold(c, name === 'panic' ? boxed(a) : expr(c, a), true));
  const fn = `()=>{${builtinBody(c, e, name, args)}}`;
  return mode === 'defer' ? `${c.deferList}=R.dpush(g,new R.DeferRec(null,null,R.thunk(g,${fn}),[],${c.at(e.pos)},${c.deferList}))` : `R.go(g,null,null,R.thunk(g,${fn}),[],${c.at(e.pos)},${JSON.stringify(c.name)})`;
}

function builtinBody(c: FnC, e: ast.CallExpr, name: string, args: string[]): string {
  switch (name) {
    case 'close': return `R.close(g,${args[0]},${c.at(e.pos)});`;
    case 'panic': return `R.panic(g,${args[0]});`;
    case 'delete': return `R.mapDelete(g,${args[0]},${c.P.mapKey((under(c.typeOf(e.args[0])) as TT.MapT).key)}(${args[1]}));`;
    case 'print': case 'println': return `R.print(g,[${args.join(',')}],${name === 'println'});`;
    case 'recover': return `R.recover(g,f);`;
    default: return `${args.join(';')};`;
  }
}

// ---- builtins ----

function builtin(c: FnC, e: ast.CallExpr, name: string, stmt: boolean): string | null {
  void stmt;
  const a = e.args;
  switch (name) {
    // not constant only inside generic code: the size is that of this instance's type argument
    case 'Sizeof': return String(sizeof(c.typeOf(a[0])));
    case 'Alignof': return String(alignof(c.typeOf(a[0])));
    case 'Offsetof': {
      const sx = unparen(a[0]) as ast.SelectorExpr;
      const s = c.info.selections.get(sx)!;
      return String(offsetof(c.sub(s.recv), s.index));
    }
    case 'len': case 'cap': {
      const t = under(c.typeOf(a[0]));
      const x = expr(c, a[0]);
      if (t.kind === 'Basic') return `${x}.length`;
      if (t.kind === 'Slice') return let1(c, x, (s) => `(${s}===null?0:${s}.${name === 'len' ? 'len' : 'cap'})`);
      if (t.kind === 'Array') return String(t.len);
      if (t.kind === 'Pointer') return String((under(t.elem) as TT.ArrayT).len);
      if (t.kind === 'Map') return `R.mapLen(${x})`;
      if (t.kind === 'Chan') return name === 'len' ? `R.chanLen(${x})` : `R.chanCap(${x})`;
      throw new Error('internal error: len of ' + t.kind);
    }
    case 'append': {
      const st = c.typeOf(e);
      const et = (under(st) as TT.SliceT).elem;
      const T = c.P.typeRef(st);
      let s = expr(c, a[0]);
      if (a.slice(1).some((x) => c.suspends(x))) s = hold(c, s, true);
      if (e.ellipsis >= 0) {
        const yt = under(c.typeOf(a[1]));
        const y = expr(c, a[1]);
        if (yt.kind === 'Basic') return `R.appendStr(g,${T},${s},${y})`;
        return `R.appendSlice(g,${T},${s},${y})`;
      }
      if (a.length === 1) return s;
      const vals = a.slice(1).map((x) => c.P.copy(et, convertTo(c, x, et)));
      const a0 = unparen(a[0]);
      // gc's slice pass: a slice whose capacity is observed grows through the stack buffer
      if (a0.kind === 'Ident' && c.moveInfo(a0)?.capUsed) return `R.appendBuf(g,${T},${s},[${vals.join(',')}])`;
      const used = a0.kind === 'Ident' ? c.stackStore(a0, e) : c.siteStore(e);
      if (used) return `(${used}!==true&&R.stackFits(${T},${s},${vals.length})?(${used}=true,R.appendStack(${T},[${vals.join(',')}])):R.append(g,${T},${s},[${vals.join(',')}]))`;
      return `R.append(g,${T},${s},[${vals.join(',')}])`;
    }
    case 'make': {
      const t = c.sub(c.typeOf(a[0]));
      const u = under(t);
      const T = c.P.typeRef(t);
      const n = a[1] ? expr(c, a[1]) : '0';
      if (u.kind === 'Slice') {
        const cap = a[2] ? expr(c, a[2]) : 'undefined';
        return `R.makeSlice(g,${T},${n},${cap},${zeroThunk(c, u.elem)},${c.at(e.pos)})`;
      }
      if (u.kind === 'Map') return `R.makeMap(g,${T},${n},${c.at(e.pos)})`;
      if (u.kind === 'Chan') return `R.makeChan(g,${T},${n},${zeroThunk(c, u.elem)},${c.at(e.pos)})`;
      throw new Error('internal error: make ' + u.kind);
    }
    case 'new': {
      const t = c.sub(c.typeOf(a[0]));
      const ts = JSON.stringify(typeString(t));
      if (isAggregate(t)) return `M.al(${Math.max(8, sizeOf(t))},${c.P.zero(t)},${ts},${c.at(e.pos)})`;
      return `M.al(${Math.max(8, sizeOf(t))},new R.BoxPtr({v:${c.P.zero(t)}}),${ts},${c.at(e.pos)})`;
    }
    case 'delete': {
      const mt = under(c.typeOf(a[0])) as TT.MapT;
      return `R.mapDelete(g,${expr(c, a[0])},${c.P.mapKey(mt.key)}(${convertTo(c, a[1], c.sub(mt.key))}))`;
    }
    case 'copy': {
      const yt = under(c.typeOf(a[1]));
      return yt.kind === 'Basic' ? `R.copyStr(${expr(c, a[0])},${expr(c, a[1])})` : `R.copy(${expr(c, a[0])},${expr(c, a[1])})`;
    }
    case 'panic': return `R.panic(g,${convertTo(c, a[0], c.P.universe.any)})`;
    case 'recover': return `R.recover(g,f)`;
    case 'print': case 'println': {
      const parts = a.map((x) => convertTo(c, x, c.P.universe.any));
      return `R.print(g,[${parts.join(',')}],${name === 'println'})`;
    }
    case 'close': return `R.close(g,${expr(c, a[0])},${c.at(e.pos)})`;
    case 'clear': {
      const t = under(c.typeOf(a[0]));
      if (t.kind === 'Map') return `R.mapClear(g,${expr(c, a[0])})`;
      return `R.clearSlice(${expr(c, a[0])},${zeroThunk(c, (t as TT.SliceT).elem)})`;
    }
    case 'min': case 'max': {
      const t = c.typeOf(e);
      const vals = a.map((x) => convertTo(c, x, t));
      const r = rep(t);
      if (isFloat(r)) return `R.f${name}(${vals.join(',')})`;
      return `R.${name}(${vals.join(',')})`;
    }
    case 'complex': {
      const t = c.typeOf(e);
      const ft = rep(t) === 'c64' ? c.P.universe.float32 : c.P.universe.float64;
      return `new R.Complex(${convertTo(c, a[0], ft)},${convertTo(c, a[1], ft)})`;
    }
    case 'real': return `${expr(c, a[0])}.re`;
    case 'imag': return `${expr(c, a[0])}.im`;
  }
  throw new UnsupportedError(e.pos, `builtin ${name} is not supported by the simulator yet`);
}

function zeroThunk(c: FnC, t: Type): string {
  const z = c.P.zero(t);
  if (isAggregate(t)) return `()=>${z}`;
  return c.P.konst(`()=>${z}`);
}

// ---- conversions ----

/** https://go.dev/ref/spec#Conversions */
export function conversion(c: FnC, x: ast.Expr, to: Type): string {
  const from = c.typeOf(x);
  const tr = rep(to), fr = rep(from);
  if (tr === 'iface') return convertTo(c, x, to);
  const js = expr(c, x);
  if (fr === 'nil') return 'null';
  if (isInt(tr) && isInt(fr)) {
    if (tr === fr) return js;
    return intConv(js, fr, tr);
  }
  if (isInt(tr) && isFloat(fr)) return `R.f2i(${js},"${intKind(tr)}")`;
  if (isFloat(tr) && isInt(fr)) {
    const f = fr === 'i64' || fr === 'u64' ? `toFloat(${js})` : js;
    return tr === 'f32' ? `Math.fround(${f})` : f;
  }
  if (isFloat(tr) && isFloat(fr)) return tr === 'f32' && fr !== 'f32' ? `Math.fround(${js})` : js;
  if ((tr === 'c128' || tr === 'c64') && (fr === 'c128' || fr === 'c64')) return tr === 'c64' ? `R.c64(${js})` : js;
  if (tr === 'str') {
    if (isInt(fr)) return `R.runeStr(${js})`;
    if (fr === 'str') return js;
    const eu = under((under(from) as TT.SliceT).elem);
    if (eu.kind === 'Basic' && (eu.basic === 'int32')) return `R.runesToStr(${js})`;
    return `R.bytesToStr(${js})`;
  }
  if (tr === 'slice' && fr === 'str') {
    const eu = under((under(to) as TT.SliceT).elem);
    if (eu.kind === 'Basic' && eu.basic === 'int32') return `R.strToRunes(${js})`;
    return `R.strToBytes(${js})`;
  }
  if (tr === 'array' && fr === 'slice') return `R.sliceToArr(${js},${(under(to) as TT.ArrayT).len})`;
  if (tr === 'ptr' && fr === 'slice') return `R.sliceToArrPtr(${js},${(under((under(to) as TT.Pointer).elem) as TT.ArrayT).len})`;
  return c.P.copy(to, js);
}

function intConv(js: string, fr: string, tr: string): string {
  switch (tr) {
    case 'i8': return fr === 'i64' || fr === 'u64' ? `convInt(${js},"int8")` : `(${js}<<24>>24)`;
    case 'i16': return fr === 'i64' || fr === 'u64' ? `convInt(${js},"int16")` : `(${js}<<16>>16)`;
    case 'i32': return fr === 'i64' || fr === 'u64' ? `convInt(${js},"int32")` : `(${js}|0)`;
    case 'u8': return fr === 'i64' || fr === 'u64' ? `convInt(${js},"uint8")` : `(${js}&255)`;
    case 'u16': return fr === 'i64' || fr === 'u64' ? `convInt(${js},"uint16")` : `(${js}&65535)`;
    case 'u32': return fr === 'i64' || fr === 'u64' ? `convInt(${js},"uint32")` : `(${js}>>>0)`;
    case 'i64': return fr === 'u64' ? `convInt(${js},"int64")` : js;
    case 'u64': return fr === 'i64' || fr === 'i32' || fr === 'i16' || fr === 'i8' ? `convInt(${js},"uint64")` : js;
  }
  return js;
}
