/**
 * This file implements `R`, the run-time support that generated code calls: the call protocol
 * (frames, closures, method dispatch through method tables), interfaces (boxing, assertions,
 * equality), bounds and nil checks, slices, strings, maps, channels and select (delegating to
 * runtime/), defer/go records, panic/recover entry points and builtin print.
 *
 * Invariants:
 * - A call helper returns true iff the calling step function must return to the trampoline (the
 *   callee was pushed and has not finished yet, or the goroutine parked); false means the call
 *   completed synchronously and its result is in g.ret.
 * - Direct (nested JS) execution of callees is bounded by `MAX_JS_DEPTH`; deeper calls return to the
 *   trampoline, so the JS stack never overflows whatever the Go recursion depth.
 * - Every runtime error is thrown as runtime/errors.ts RuntimePanic; a Go `panic(v)` as GoPanic.
 */

import type { Signature, Type } from '../types/type';
import * as I64 from './int64';
import { BoxPtr, Complex, ElemPtr, FieldPtr, FuncValue, Iface, Pointer, Slice } from './values';
import { DeferRec, Frame, type FuncCode, type Goroutine, type NativeFn } from './frame';
import { RuntimeErrorValue, boundsError, divideError, memoryError, shiftError, typeAssertionError, RuntimePanic, nilMapWriteError, comparingUncomparableError } from '../runtime/errors';
import { rtypeString } from '../runtime/typename';
import { typeString } from '../compile/types';
import { appendStackStoreCap, growsliceBuf, moveSlice, appendSlice as rtAppendSlice, appendString, appendValues, append1, makeslice, slicecopy, copyFromString, sliceSlice as rtSliceSlice, sliceString, sliceToArrayCheck, type ElemInfo } from '../runtime/slice';
import { sizeof, hasPointers } from '../runtime/sizes';
import { chanrecv, chansend, closechan, makechan, chanlen, chancap, panicIfWoken, type Channel } from '../runtime/chan';
import { selectgo, type SelectCase } from '../runtime/select';
import { GoMap, makemap, mapaccess, mapassign, mapdelete, mapclear, maplen, type MapIter } from '../runtime/map';
import type { VM } from './vm';

const MAX_JS_DEPTH = 64;

/** A JS array standing for the Go array arr[off:off+n]: indexing reads and writes arr. */
function arrayView(arr: unknown[], off: number, n: number): unknown[] {
  const index = (k: string | symbol): number => {
    if (typeof k !== 'string') return -1;
    const i = Number(k);
    return Number.isInteger(i) && i >= 0 && i < n && String(i) === k ? i : -1;
  };
  return new Proxy(new Array(n), {
    get(t, k, r) { const i = index(k); return i >= 0 ? arr[off + i] : Reflect.get(t, k, r); },
    set(t, k, v, r) { const i = index(k); if (i >= 0) { arr[off + i] = v; return true; } return Reflect.set(t, k, v, r); },
    has(t, k) { return index(k) >= 0 || Reflect.has(t, k); },
  });
}

/** A Go panic raised by `panic(v)`; `value` is a Go `any` (Iface or null). */
export class GoPanic {
  constructor(readonly value: unknown) {}
}
/** runtime.Goexit unwinding. */
export class GoExit {}

/** A method-table entry (compile/program.ts methodTable). */
export interface MEntry { code: FuncCode | NativeFn; ptr: boolean; native: boolean; name: string; sig: Signature }

/** `for k, v := range m`: the compiled loop calls next() and reads k and v. */
export class RangeIter {
  k: unknown = undefined;
  v: unknown = undefined;
  constructor(private readonly it: MapIter<unknown, unknown> | null) {}
  next(): boolean {
    const e = this.it === null ? null : this.it.next();
    if (e === null) return false;
    this.k = e.key;
    this.v = e.value;
    return true;
  }
}

/** A bound method value's environment: the receiver. */
export class Bound { constructor(readonly recv: unknown) {} }

/** The runtime name of a deferred call's function, for events. */
export function deferName(d: DeferRec): string {
  if (d.code !== null) return d.code.name;
  return d.native !== null && d.native.name ? d.native.name : 'func';
}
/** How many deferred calls are pending in the frame, d included. */
export function deferDepth(d: DeferRec | null): number {
  let n = 0;
  for (; d !== null; d = d.next) n++;
  return n;
}

function under(t: Type): Type { while (t.kind === 'Named') t = t.underlying; return t; }

export class Rt {
  readonly int = I64;
  readonly MT = new Map<Type, Record<string, MEntry>>();
  readonly Frame = Frame;
  readonly DeferRec = DeferRec;
  readonly FuncValue = FuncValue;
  readonly BoxPtr = BoxPtr;
  readonly ElemPtr = ElemPtr;
  readonly FieldPtr = FieldPtr;
  readonly Complex = Complex;
  readonly C0 = new Complex(0, 0);
  readonly C1 = new Complex(1, 0);
  private readonly elemInfos = new Map<Type, ElemInfo>();
  private readonly typeIds = new Map<Type, number>();

  constructor(readonly vm: VM) {
  }

  typeId(t: Type): number {
    let n = this.typeIds.get(t);
    if (n === undefined) { n = this.typeIds.size + 1; this.typeIds.set(t, n); }
    return n;
  }

  // ---- calls ----

  /** Push frame nf (already linked to its caller) and run it directly when the JS depth allows. */
  call(g: Goroutine, nf: Frame): boolean {
    g.top = nf;
    const b = (g.stackBytes += nf.code.frameBytes);
    if (b > this.vm.stackLimit || nf.depth > this.vm.maxDepth) this.vm.stackOverflow(g);
    if (g.js >= MAX_JS_DEPTH) return true;
    const caller = nf.parent;
    g.js++;
    nf.code.step(g, nf);
    g.js--;
    return g.top !== caller || g.status !== 'running';
  }

  /**
   * A call of a fast function from fast code at the JS nesting limit: run its frame-based version
   * in a nested trampoline, keeping g.js high so that everything below it uses explicit frames.
   */
  callNested(g: Goroutine, code: FuncCode, args: unknown[]): unknown {
    const base = g.top;
    const nf = new Frame(code, base, args, null);
    g.top = nf;
    if ((g.stackBytes += code.frameBytes) > this.vm.stackLimit || nf.depth > this.vm.maxDepth) this.vm.stackOverflow(g);
    const js = g.js;
    while (g.top !== base) {
      const f = g.top!;
      g.js = MAX_JS_DEPTH + 1000;
      f.code.step(g, f);
    }
    g.js = js;
    return g.ret;
  }

  /** After a possibly-blocking native: did it park the goroutine? */
  nb(g: Goroutine, r: unknown): boolean {
    if (g.status !== 'running') return true;
    g.ret = r;
    return false;
  }

  /** Call a function value. */
  callFV(g: Goroutine, f: Frame, fv: FuncValue | null, args: unknown[]): boolean {
    if (fv === null) throw memoryError();
    const env = fv.env;
    if (env instanceof Bound) args.unshift(env.recv);
    if (typeof fv.code === 'function') {
      const r = (fv.code as NativeFn)(this.vm.host, ...args);
      return this.nb(g, r);
    }
    return this.call(g, new Frame(fv.code as FuncCode, f, args, env instanceof Bound ? null : env as unknown[] | null));
  }

  /** Find method `name` of dynamic type t: [entry, receiver adapter] or null. */
  findMethod(t: Type, name: string): { e: MEntry; adapt: (v: unknown) => unknown } | null {
    const isPtr = t.kind === 'Pointer';
    const base = isPtr ? (t as { elem: Type }).elem : t;
    const tbl = this.MT.get(base) ?? this.MT.get(this.vm.canon(base));
    const e = tbl ? tbl[name] : undefined;
    if (e) {
      if (e.ptr) {
        if (!isPtr) return null;
        return { e, adapt: (v) => v };
      }
      if (isPtr) {
        return {
          e,
          adapt: (v) => {
            // runtime.panicwrap: a value method called through a nil pointer in an interface
            if (v === null) throw new RuntimePanic(new RuntimeErrorValue('plain', `value method ${e.name} called using nil *${base.kind === 'Named' ? base.obj.name : rtypeString(base)} pointer`));
            return this.isObjType(base) ? this.vm.copyOf(base, v) : (v as Pointer).get();
          },
        };
      }
      return { e, adapt: (v) => this.vm.copyOf(base, v) };
    }
    // promoted through embedded fields (breadth-first, as Go's depth rule)
    const u = under(base);
    if (u.kind !== 'Struct') return null;
    for (let i = 0; i < u.fields.length; i++) {
      const fld = u.fields[i];
      if (!fld.embedded) continue;
      const ft = this.vm.canon(fld.type);
      const key = fld.name === '_' ? '_' + i : fld.name;
      if (under(ft).kind === 'Interface') {
        return {
          e: { code: ((h: unknown, recv: unknown, ...args: unknown[]) => this.vm.callSyncMethod(recv as Iface, name, args)) as NativeFn, ptr: false, native: true, name, sig: (under(ft) as unknown as { allMethods: { name: string; type: Signature }[] }).allMethods.find((x) => x.name === name)?.type as Signature },
          adapt: (v) => { const o = isPtr ? this.nn(v) : v; return (o as Record<string, unknown>)[key]; },
        };
      }
      const inner = this.findMethod(ft, name);
      // through a pointer the embedded value is addressable: *T's methods are promoted too
      if (!inner && isPtr && under(ft).kind !== 'Pointer') {
        const viaPtr = this.findMethod({ kind: 'Pointer', elem: ft } as Type, name);
        if (viaPtr) {
          return {
            e: viaPtr.e,
            adapt: (v) => {
              const o = this.nn(v) as Record<string, unknown>;
              return viaPtr.adapt(this.isObjType(ft) ? o[key] : new FieldPtr(o, key));
            },
          };
        }
      }
      if (inner) {
        return {
          e: inner.e,
          adapt: (v) => {
            const o = isPtr ? this.nn(v) : v;
            const fv = (o as Record<string, unknown>)[key];
            // the embedded field as an addressable value: a struct object is its own pointer
            return inner.adapt(fv);
          },
        };
      }
    }
    return null;
  }

  private isObjType(t: Type): boolean { const u = under(t); return u.kind === 'Struct' || u.kind === 'Array'; }

  /**
   * Dynamic dispatch: x.name(args) for an interface value x. `devirt`: gc devirtualized the call (the interface's dynamic type is known at compile time), so
   * a value method reached through a nil pointer faults in the inlined wrapper instead of
   * runtime.panicwrap's message.
   */
  icall(g: Goroutine, f: Frame, x: Iface | null, name: string, args: unknown[], devirt?: number): boolean {
    if (x === null) throw memoryError();
    const m = this.findMethod(x.t, name);
    if (m === null) throw new Error(`internal error: no method ${name} for ${rtypeString(x.t)}`);
    if (devirt === 1 && x.v === null && x.t.kind === 'Pointer' && !m.e.ptr) throw memoryError();
    const recv = m.adapt(x.v);
    if (m.e.native) return this.nb(g, (m.e.code as NativeFn)(this.vm.host, recv, ...args));
    args.unshift(recv);
    return this.call(g, new Frame(m.e.code as FuncCode, f, args, null));
  }

  ifaceMethodValue(x: Iface | null, name: string): FuncValue {
    if (x === null) throw memoryError();
    const m = this.findMethod(x.t, name);
    if (m === null) throw new Error(`internal error: no method ${name}`);
    return new FuncValue(m.e.code, new Bound(m.adapt(x.v)), m.e.name + '-fm');
  }

  ifaceMethodExpr(name: string): FuncValue {
    const fn: NativeFn = (h, x, ...args) => this.vm.callSyncMethod(x as Iface, name, args);
    return new FuncValue(fn, null, name);
  }

  bind(code: FuncCode | NativeFn, recv: unknown, name: string): FuncValue {
    return new FuncValue(code, new Bound(recv), name);
  }

  /** T.M for a method promoted through embedded fields: dispatched as on an interface holding a T. */
  promotedMethodExpr(t: Type, name: string): FuncValue {
    const fn: NativeFn = (h, x, ...args) => this.vm.callSyncMethod(new Iface(t, x), name, args);
    return new FuncValue(fn, null, name);
  }
  derefMethod(code: FuncCode | NativeFn, name: string, deref: (p: unknown) => unknown): FuncValue {
    const fn: NativeFn = (h, p, ...args) => this.vm.callSync(new FuncValue(code, null, name), [deref(p), ...args]);
    return new FuncValue(fn, null, name);
  }

  // ---- go / defer ----

  /** `creator` is the name of the function executing the go statement (`created by` in dumps and traces). */
  go(g: Goroutine, code: FuncCode | null, env: unknown[] | null, native: NativeFn | null, args: unknown[], pos: number, creator: string): void {
    if (native !== null) {
      const nat = native;
      // `go time.Sleep(d)`: the goroutine's body is the native. pc 0 calls it; if it parked the
      // goroutine (status no longer running), the wake-up resumes at pc 1, which finishes it.
      const step = (g2: Goroutine, f2: Frame): void => {
        if (f2.pc === 0) { f2.pc = 1; nat(this.vm.host, ...f2.v); if (g2.status !== 'running') return; }
        g2.ret = undefined; g2.top = f2.parent;
      };
      this.vm.spawn(g, creator, { name: 'native', pos: 0, frameBytes: 64, nslots: 0, step } as FuncCode, null, args, pos);
      return;
    }
    this.vm.spawn(g, creator, code!, env, args, pos);
  }

  goFV(g: Goroutine, fv: FuncValue | null, args: unknown[], pos: number, creator: string): void {
    if (fv === null) throw memoryError(); // go of a nil func value
    if (fv.env instanceof Bound) args.unshift(fv.env.recv);
    if (typeof fv.code === 'function') return this.go(g, null, null, fv.code as NativeFn, args, pos, creator);
    this.vm.spawn(g, creator, fv.code as FuncCode, fv.env instanceof Bound ? null : fv.env as unknown[] | null, args, pos);
  }

  deferFV(fv: FuncValue | null, args: unknown[], pos: number, next: DeferRec | null): DeferRec {
    if (fv === null) {
      // Go panics when the deferred nil func is called; record a call that panics then
      return new DeferRec(null, null, () => { throw memoryError(); }, [], pos, next);
    }
    if (fv.env instanceof Bound) args.unshift(fv.env.recv);
    if (typeof fv.code === 'function') return new DeferRec(null, null, fv.code as NativeFn, args, pos, next);
    return new DeferRec(fv.code as FuncCode, fv.env instanceof Bound ? null : fv.env as unknown[] | null, null, args, pos, next);
  }

  /** A native wrapping a builtin call for defer/go (`defer close(ch)`). */
  thunk(g: Goroutine, fn: () => void): NativeFn { void g; return () => { fn(); return undefined; }; }

  /** A defer statement: record d (and emit defer.push when tracing). */
  dpush(g: Goroutine, d: DeferRec): DeferRec {
    if (this.vm.tracing) this.vm.emit({ kind: 'defer.push', g: g.id, pos: d.pos, fn: deferName(d), depth: deferDepth(d) });
    return d;
  }

  /** Run the next deferred call of f (normal return path). */
  runDefer(g: Goroutine, f: Frame): boolean {
    const d = f.defers!;
    f.defers = d.next;
    if (this.vm.tracing) this.vm.emit({ kind: 'defer.run', g: g.id, pos: d.pos, fn: deferName(d), depth: deferDepth(d) - 1, panicking: false });
    if (d.native !== null) {
      const r = d.native(this.vm.host, ...d.args);
      return this.nb(g, r);
    }
    return this.call(g, new Frame(d.code!, f, d.args.slice(), d.env));
  }

  mainDone(g: Goroutine): void { this.vm.mainReturned(g); }

  // ---- panics ----

  panic(g: Goroutine, v: unknown): never {
    void g;
    if (v === null) {
      // Go 1.21+: panic(nil) becomes a *runtime.PanicNilError
      throw new RuntimePanic(new RuntimeErrorValue('panicNil', 'panic called with nil argument'));
    }
    throw new GoPanic(v);
  }

  recover(g: Goroutine, f: Frame): unknown { return this.vm.recover(g, f); }

  print(g: Goroutine, args: unknown[], ln: boolean): void {
    void g;
    const parts = args.map((a) => this.vm.printArg(a));
    this.vm.write(2, ln ? parts.join(' ') + '\n' : parts.join(''));
  }

  // ---- checks ----

  /** runtime.panicrangestate(state), state an abi.RF_* value: a misbehaving range-over-func iterator. */
  rangeState(state: number): never {
    const text = state === 0 ? 'range function continued iteration after function for loop body returned false'
      : state === 2 ? 'range function continued iteration after loop body panic'
      : state === 3 ? 'range function continued iteration after whole loop exit'
      : 'range function recovered a loop body panic and did not resume panicking';
    throw new RuntimePanic(new RuntimeErrorValue('string', `runtime error: ${text}`));
  }
  nn<T>(p: T | null): T { if (p === null) throw memoryError(); return p; }
  ix(i: number | bigint, n: number): number {
    if (typeof i === 'number' && i >= 0 && i < n) return i;
    throw boundsError('index', i, n);
  }
  /** s[i] of a slice (nil slices have length 0). */
  sget(s: Slice | null, i: number | bigint): unknown {
    if (s !== null && typeof i === 'number' && i >= 0 && i < s.len) return s.arr[s.off + i];
    throw boundsError('index', i, s === null ? 0 : s.len);
  }
  /** The backing-array index of s[i]. */
  ixs(s: Slice | null, i: number | bigint): number {
    if (s !== null && typeof i === 'number' && i >= 0 && i < s.len) return s.off + i;
    throw boundsError('index', i, s === null ? 0 : s.len);
  }
  nz(y: number | bigint): number | bigint { if (y === 0) throw divideError(); return y; }
  div32(x: number, y: number): number { if (y === 0) throw divideError(); return Math.trunc(x / y); }
  rem32(x: number, y: number): number { if (y === 0) throw divideError(); const r = x % y; return r === 0 ? 0 : r; }
  shl32(x: number, n: number): number { return n >= 32 ? 0 : x << n; }
  shrU32(x: number, n: number): number { return n >= 32 ? 0 : x >>> n; }
  shrS32(x: number, n: number): number { return x >> (n >= 32 ? 31 : n); }
  scount(y: number | bigint): number {
    if (y < 0) throw shiftError();
    return typeof y === 'bigint' ? 64 : Math.min(y, 64);
  }
  ucount(y: number | bigint): number { return typeof y === 'bigint' ? 64 : Math.min(y, 64); }
  and64 = I64.and64; or64 = I64.or64; xor64 = I64.xor64; andNot64 = I64.andNot64; not64 = I64.not64;
  shl64 = I64.shl64; shr64 = I64.shr64;
  f2i(x: number, kind: string): number | bigint { return I64.floatToInt(x, kind); }

  // ---- complex ----
  ceq(a: Complex, b: Complex): boolean { return a.re === b.re && a.im === b.im; }
  c64(a: Complex): Complex { return new Complex(Math.fround(a.re), Math.fround(a.im)); }
  private cr(re: number, im: number, f32: boolean): Complex { return f32 ? new Complex(Math.fround(re), Math.fround(im)) : new Complex(re, im); }
  cadd(a: Complex, b: Complex, f: boolean): Complex { return this.cr(a.re + b.re, a.im + b.im, f); }
  csub(a: Complex, b: Complex, f: boolean): Complex { return this.cr(a.re - b.re, a.im - b.im, f); }
  cmul(a: Complex, b: Complex, f: boolean): Complex { return this.cr(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re, f); }
  cdiv(a: Complex, b: Complex, f: boolean): Complex {
    const d = b.re * b.re + b.im * b.im;
    return this.cr((a.re * b.re + a.im * b.im) / d, (a.im * b.re - a.re * b.im) / d, f);
  }
  cneg(a: Complex): Complex { return new Complex(-a.re, -a.im); }

  // ---- min / max ----
  min(...xs: (number | bigint | string)[]): unknown { let m = xs[0]; for (const x of xs) if (x < m) m = x; return m; }
  max(...xs: (number | bigint | string)[]): unknown { let m = xs[0]; for (const x of xs) if (x > m) m = x; return m; }
  fmin(...xs: number[]): number {
    let m = xs[0];
    for (const x of xs) { if (Number.isNaN(x)) return NaN; if (x < m || (x === 0 && m === 0 && Object.is(x, -0))) m = x; }
    return m;
  }
  fmax(...xs: number[]): number {
    let m = xs[0];
    for (const x of xs) { if (Number.isNaN(x)) return NaN; if (x > m || (x === 0 && m === 0 && Object.is(m, -0))) m = x; }
    return m;
  }

  // ---- interfaces ----

  box(t: Type, v: unknown): Iface | null {
    if (v instanceof Iface || v === null && under(t).kind === 'Interface') return v as Iface | null;
    return new Iface(t, v);
  }

  /** runtime.efaceeq: same dynamic type, then that type's ==, which panics when it has none. */
  ifaceEq(a: Iface | null, b: Iface | null): boolean {
    if (a === null || b === null) return a === b;
    if (a.t !== b.t) return false;
    if (!this.vm.host.comparable(a.t)) throw comparingUncomparableError(rtypeString(a.t));
    return this.vm.equal(a.t, a.v, b.v);
  }

  ptrEq(a: Pointer | null, b: Pointer | null): boolean {
    if (a === b) return true;
    if (a === null || b === null) return false;
    return a.sameAs(b);
  }

  implements(x: Iface | null, it: Type): boolean {
    if (x === null) return false;
    return this.missingMethod(x.t, it) === '';
  }

  /** '' when t implements interface it, else the name of a missing method. */
  missingMethod(t: Type, it: Type): string {
    let byIface = this.implCache.get(t);
    if (byIface === undefined) { byIface = new Map(); this.implCache.set(t, byIface); }
    let r = byIface.get(it);
    if (r !== undefined) return r;
    r = '';
    const u = under(it);
    if (u.kind !== 'Interface') r = '?';
    else {
      for (const m of u.allMethods) {
        const f = this.findMethod(t, m.name);
        if (f === null || (f.e.sig && typeString(f.e.sig) !== typeString(m.type))) { r = m.name; break; }
      }
    }
    byIface.set(it, r);
    return r;
  }
  private readonly implCache = new Map<Type, Map<Type, string>>();

  assertT(x: Iface | null, t: Type, it: Type): unknown {
    if (x !== null && x.t === t) return x.v;
    throw typeAssertionError(rtypeString(it), x === null ? null : rtypeString(x.t), rtypeString(t));
  }
  assertT2(x: Iface | null, t: Type, zero: unknown): [unknown, boolean] {
    if (x !== null && x.t === t) return [this.isObjType(t) ? this.vm.copyOf(t, x.v) : x.v, true];
    return [zero, false];
  }
  assertI(x: Iface | null, t: Type, it: Type): Iface {
    // runtime.assertE2I/typeAssert: a nil operand's TypeAssertionError has no interface type
    if (x === null) throw typeAssertionError('interface', null, rtypeString(t));
    const mm = this.missingMethod(x.t, t);
    if (mm !== '') throw typeAssertionError(rtypeString(it), rtypeString(x.t), rtypeString(t), mm);
    return x;
  }
  assertI2(x: Iface | null, t: Type): [Iface | null, boolean] {
    if (x === null || this.missingMethod(x.t, t) !== '') return [null, false];
    return [x, true];
  }

  // ---- slices ----

  elemInfo(st: Type): ElemInfo {
    let e = this.elemInfos.get(st);
    if (!e) {
      const et = (under(st) as { elem: Type }).elem;
      e = { size: sizeof(et), pointers: hasPointers(et), zero: this.vm.zeroFn(et) };
      this.elemInfos.set(st, e);
    }
    return e;
  }
  mkSlice(arr: unknown[]): Slice { return new Slice(arr, 0, arr.length, arr.length); }
  makeSlice(g: Goroutine, st: Type, n: number | bigint, cap: number | bigint | undefined, zero: () => unknown, pos: number): Slice {
    void g; void zero; void pos;
    const s = makeslice(n, cap, this.elemInfo(st));
    this.vm.alloc(s.cap * this.elemInfo(st).size);
    return s;
  }
  append(g: Goroutine, st: Type, s: Slice | null, vals: unknown[]): Slice {
    void g;
    const r = vals.length === 1 ? append1(s, vals[0], this.elemInfo(st)) : appendValues(s, vals, this.elemInfo(st));
    if (r.allocBytes) this.vm.alloc(r.allocBytes);
    return r.s;
  }
  /** append to a non-escaping local slice: its first growth uses the 32-byte stack buffer. */
  /**
   * Does an append of n values to s take the function's stack backing store (ssagen append: the
   * slice must grow, its old length is 0 and the new length fits the store)? The caller checks
   * the store's `used` flag first.
   */
  stackFits(st: Type, s: Slice | null, n: number): boolean {
    const len = s === null ? 0 : s.len;
    const cap = s === null ? 0 : s.cap;
    return len === 0 && n > cap && n <= appendStackStoreCap(this.elemInfo(st).size);
  }
  /** The append that takes the stack store: a fresh array of the store's capacity (K elements). */
  appendStack(st: Type, vals: unknown[]): Slice {
    const ei = this.elemInfo(st);
    const k = appendStackStoreCap(ei.size);
    const arr = new Array(k);
    for (let i = 0; i < k; i++) arr[i] = i < vals.length ? vals[i] : ei.zero();
    this.stackArrays.add(arr);
    return new Slice(arr, 0, vals.length, k);
  }
  /** backing arrays that live in a stack frame's append buffer (move2heap copies them out) */
  private readonly stackArrays = new WeakSet<unknown[]>();
  /** append through the stack buffer (gc's UseBuf appends: growsliceBuf when the slice grows). */
  appendBuf(g: Goroutine, st: Type, s: Slice | null, vals: unknown[]): Slice {
    if ((s === null ? 0 : s.cap) < (s === null ? 0 : s.len) + vals.length) {
      const r = growsliceBuf(s, vals, this.elemInfo(st));
      if (r !== null) { this.stackArrays.add(r.arr); return r; }
    }
    return this.append(g, st, s, vals);
  }
  /** gc's move2heap: a slice about to escape leaves the stack buffer for the heap. */
  move2heap(st: Type, s: Slice | null, preserveCap: boolean): Slice | null {
    if (s === null || !this.stackArrays.has(s.arr)) return s;
    const r = moveSlice(s, this.elemInfo(st), preserveCap);
    if (r.allocBytes) this.vm.alloc(r.allocBytes);
    return r.s;
  }
  appendSlice(g: Goroutine, st: Type, s: Slice | null, t: Slice | null): Slice | null {
    void g;
    const et = (under(st) as { elem: Type }).elem;
    const u = under(et);
    const r = rtAppendSlice(s, t, this.elemInfo(st), u.kind === 'Struct' || u.kind === 'Array' ? (v) => this.vm.copyOf(et, v) : undefined);
    if (r.allocBytes) this.vm.alloc(r.allocBytes);
    return r.s;
  }
  appendStr(g: Goroutine, st: Type, s: Slice<number> | null, str: string): Slice | null {
    void g;
    const r = appendString(s, str, this.elemInfo(st));
    if (r.allocBytes) this.vm.alloc(r.allocBytes);
    return r.s;
  }
  copy(d: Slice | null, s: Slice | null): number { return slicecopy(d, s); }
  copyStr(d: Slice | null, s: string): number { return copyFromString(d, s); }
  clearSlice(s: Slice | null, zero: () => unknown): void {
    if (s === null) return;
    for (let i = 0; i < s.len; i++) s.arr[s.off + i] = zero();
  }
  elemPtr(s: Slice | null, i: number | bigint): ElemPtr {
    const n = s === null ? 0 : s.len;
    const k = this.ix(i, n);
    return new ElemPtr(s!.arr, s!.off + k);
  }
  sliceSlice(s: Slice | null, lo: number | bigint, hi: number | bigint | undefined, max: number | bigint | undefined): Slice | null {
    return rtSliceSlice(s, lo, hi, max, false);
  }
  sliceArr(a: unknown[], lo: number | bigint, hi: number | bigint | undefined, max: number | bigint | undefined): Slice | null {
    return rtSliceSlice(new Slice(a, 0, a.length, a.length), lo, hi, max, true);
  }
  sliceStr(s: string, lo: number | bigint, hi: number | bigint | undefined): string { return sliceString(s, lo, hi); }
  sliceToArr(s: Slice | null, n: number): unknown[] {
    sliceToArrayCheck(s, n);
    return s === null ? [] : s.arr.slice(s.off, s.off + n);
  }
  sliceToArrPtr(s: Slice | null, n: number): unknown[] | null {
    sliceToArrayCheck(s, n);
    if (s === null) return null;
    // a pointer into the slice's array: the array itself when the slice starts at 0 and spans it,
    // otherwise a view of elements off..off+n-1 (writes through it change the slice, as in Go)
    if (s.off === 0 && s.arr.length === n) return s.arr;
    return arrayView(s.arr, s.off, n);
  }

  // ---- strings ----

  runeStr(x: number | bigint): string {
    let cp = typeof x === 'bigint' || x < 0 || x > 0x10ffff || (x >= 0xd800 && x < 0xe000) ? 0xfffd : x;
    if (cp < 0x80) return String.fromCharCode(cp);
    if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    if (cp < 0x10000) return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    cp = cp as number;
    return String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  bytesToStr(s: Slice<number> | null): string {
    if (s === null || s.len === 0) return '';
    let r = '';
    for (let i = 0; i < s.len; i += 8192) r += String.fromCharCode.apply(null, s.arr.slice(s.off + i, s.off + Math.min(s.len, i + 8192)));
    return r;
  }
  runesToStr(s: Slice<number> | null): string {
    if (s === null) return '';
    let r = '';
    for (let i = 0; i < s.len; i++) r += this.runeStr(s.arr[s.off + i]);
    return r;
  }
  strToBytes(s: string): Slice<number> {
    const a = new Array<number>(s.length);
    for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
    // []byte(s) allocates rounded to a size class, as rawbyteslice does
    return new Slice(a, 0, a.length, a.length);
  }
  strToRunes(s: string): Slice<number> {
    const a: number[] = [];
    for (let i = 0; i < s.length;) { const r = this.dr(s, i); a.push(r >> 2); i += (r & 3) + 1; }
    return new Slice(a, 0, a.length, a.length);
  }
  /** Decode the UTF-8 rune at byte i: rune*4 + (width-1); invalid encodings give U+FFFD, width 1. */
  dr(s: string, i: number): number {
    const b0 = s.charCodeAt(i);
    if (b0 < 0x80) return b0 * 4;
    const n = s.length;
    const cont = (k: number): number => { const b = i + k < n ? s.charCodeAt(i + k) : -1; return b >= 0x80 && b < 0xc0 ? b & 63 : -1; };
    if (b0 >= 0xc2 && b0 < 0xe0) { const c1 = cont(1); if (c1 >= 0) return (((b0 & 31) << 6) | c1) * 4 + 1; }
    else if (b0 >= 0xe0 && b0 < 0xf0) {
      const c1 = cont(1), c2 = cont(2);
      if (c1 >= 0 && c2 >= 0) {
        const cp = ((b0 & 15) << 12) | (c1 << 6) | c2;
        if (cp >= 0x800 && (cp < 0xd800 || cp > 0xdfff)) return cp * 4 + 2;
      }
    } else if (b0 >= 0xf0 && b0 < 0xf5) {
      const c1 = cont(1), c2 = cont(2), c3 = cont(3);
      if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
        const cp = ((b0 & 7) << 18) | (c1 << 12) | (c2 << 6) | c3;
        if (cp >= 0x10000 && cp <= 0x10ffff) return cp * 4 + 3;
      }
    }
    return 0xfffd * 4;
  }

  // ---- maps (runtime/map.ts) ----

  makeMap(g: Goroutine, mt: Type, n: number | bigint, pos: number): GoMap {
    void n; // runtime.makemap: a negative hint counts as 0, a huge one only sizes the table
    const u = under(mt) as { key: Type; elem: Type };
    this.vm.alloc(48);
    return makemap(this.vm, g, pos, u.key, u.elem);
  }
  mapGet(m: GoMap | null, k: unknown, zero: unknown): unknown {
    if (m === null) return mapaccess(m, k, this.vm.types[0]) ?? zero;
    const e = m.getEntry(k);
    return e === undefined ? zero : e.value;
  }
  mapGet2(m: GoMap | null, k: unknown, zero: unknown): [unknown, boolean] {
    if (m === null) { mapaccess(m, k, this.vm.types[0]); return [zero, false]; }
    const e = m.getEntry(k);
    return e === undefined ? [zero, false] : [e.value, true];
  }
  mapSet(g: Goroutine, m: GoMap | null, k: unknown, v: unknown, pos: number): void { mapassign(this.vm, g, pos, m, k, v); }
  mapDelete(g: Goroutine, m: GoMap | null, k: unknown): void { mapdelete(this.vm, g, -1, m, k); }
  mapLen(m: GoMap | null): number { return maplen(m); }
  mapClear(g: Goroutine, m: GoMap | null): void { mapclear(this.vm, g, -1, m); }
  mapIter(m: GoMap | null): RangeIter {
    return new RangeIter(m === null ? null : m.iterate((n) => this.vm.rand(n)));
  }

  // ---- channels ----

  makeChan(g: Goroutine, ct: Type, n: number | bigint, zero: () => unknown, pos: number): Channel {
    return makechan(this.vm, g, pos, (under(ct) as { elem: Type }).elem, n, zero);
  }
  send(g: Goroutine, ch: Channel | null, v: unknown, pos: number): boolean {
    const parked = chansend(this.vm, g, pos, ch, v);
    if (parked) { g.resumeCheck = true; return true; }
    return false;
  }
  recv(g: Goroutine, ch: Channel | null, pos: number): boolean {
    return chanrecv(this.vm, g, pos, ch);
  }
  close(g: Goroutine, ch: Channel | null, pos: number): void { closechan(this.vm, g, pos, ch); }
  chanLen(c: Channel | null): number { return chanlen(c); }
  chanCap(c: Channel | null): number { return chancap(c); }
  select(g: Goroutine, cases: SelectCase[], hasDefault: boolean, pos: number): boolean {
    const parked = selectgo(this.vm, g, pos, cases, hasDefault);
    if (parked) g.resumeCheck = true;
    return parked;
  }
  /** Called by the VM when a goroutine parked in a send/select resumes. */
  resumed(g: Goroutine): void { panicIfWoken(g); }
}
