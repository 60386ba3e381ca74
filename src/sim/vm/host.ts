/**
 * This file implements the library's `Host` (lib/host.ts) on top of the VM: output, calling Go
 * code synchronously from natives (a nested trampoline on the current goroutine), method lookup
 * on interface values, panics, virtual time and timers, semaphores for package sync, goroutine
 * creation for time.AfterFunc, and per-run library state.
 *
 * Invariants: `g` is the goroutine currently running (set by the VM before each slice); parking
 * methods return PARKED after parking `g` through the scheduler, or undefined when they completed.
 */

import type { Host } from '../lib/host';
import { PARKED } from '../lib/host';
import type { Signature, Type } from '../types/type';
import { FatalError, RuntimePanic } from '../runtime/errors';
import { sprint } from '../lib/fmt/print';
import type { Goroutine, FuncCode, NativeFn } from './frame';
import { Frame } from './frame';
import { GoExit, GoPanic, Bound } from './rt';
import { FuncValue, Iface, type Int64, type Pointer } from './values';
import { ExitSignal, type VM } from './vm';
import { Rand } from './rand';
import { trySend, type Channel } from '../runtime/chan';
import type { GoMap } from '../runtime/map';

interface Sema { count: number; waiters: Goroutine[] }

/** about sizeof(runtime.p) on 64-bit Go: its run queue, caches and timers */
const P_BYTES = 10 << 10;

export class VMHost implements Host {
  g: Goroutine | null = null;
  private readonly locals = new Map<string, unknown>();
  private readonly semas: { key: Pointer; s: Sema }[] = [];
  private readonly streams: Rand[] = [];
  private readonly addrs = new WeakMap<object, number>();
  private nextAddr = 0xc000010000;
  private stringT: Type = { kind: 'Basic', basic: 'string', name: 'string' };

  constructor(private readonly vm: VM) {
    for (const t of vm.program.types) if (t.kind === 'Basic' && t.basic === 'string') { this.stringT = t; break; }
    this.streams.push(new Rand((vm.opts.seed ?? 1) * 7919 + 17));
  }

  write(fd: number, bytes: string): void { this.vm.write(fd, bytes); }
  args(): readonly string[] { return ['/tmp/' + (this.vm.opts.filename ?? 'main.go').replace(/\.go$/, ''), ...(this.vm.opts.args ?? [])]; }
  getenv(key: string): string | undefined { void key; return undefined; }
  exit(code: number): never { throw new ExitSignal(code); }

  callSync(fn: FuncValue, args: readonly unknown[]): unknown { return this.vm.callSync(fn, args); }
  goFunc(name: string): FuncValue | undefined {
    const i = this.vm.program.hooks[name];
    return i === undefined ? undefined : new FuncValue(this.vm.funcs[i], null, name);
  }
  methodOf(v: Iface, name: string): { fn: FuncValue; sig: Signature } | null {
    const m = this.vm.rt.findMethod(v.t, name);
    if (!m) return null;
    // the receiver is adapted (dereferenced, copied) when called, so a nil pointer panics then
    const recv = v.v;
    const adapt = m.adapt;
    const code = m.e.code;
    const native = m.e.native;
    const fn: NativeFn = (h, ...args) => {
      const r = adapt(recv);
      if (native) return (code as NativeFn)(h, r, ...args);
      return this.vm.callSync(new FuncValue(code, null, m.e.name), [r, ...args]);
    };
    return { fn: new FuncValue(fn, null, m.e.name + '-fm'), sig: m.e.sig };
  }
  methodSig(t: Type, name: string): Signature | null {
    const m = this.vm.rt.findMethod(t, name);
    return m ? m.e.sig : null;
  }
  recoverFrom(e: unknown): { value: Iface | null } | undefined {
    if (e instanceof GoPanic) return { value: e.value as Iface | null };
    if (e instanceof RuntimePanic) return { value: this.vm.runtimeError(e) };
    return undefined;
  }
  assignable(t: Type, target: Type): boolean {
    if (t === target || this.vm.canon(t) === this.vm.canon(target)) return true;
    let u = target;
    while (u.kind === 'Named') u = u.underlying;
    if (u.kind !== 'Interface') return false;
    return this.vm.rt.missingMethod(t, target) === '';
  }
  comparable(t: Type): boolean {
    let u = t;
    while (u.kind === 'Named') u = u.underlying;
    if (u.kind === 'Slice' || u.kind === 'Map' || u.kind === 'Signature') return false;
    if (u.kind === 'Struct') return u.fields.every((f) => this.comparable(f.type));
    if (u.kind === 'Array') return this.comparable(u.elem);
    return true;
  }

  panic(value: Iface | null): never { throw new GoPanic(value); }
  panicString(s: string): never { throw new GoPanic(this.stringIface(s)); }
  fatal(msg: string): never { throw new FatalError(msg); }
  stringIface(s: string): Iface { return new Iface(this.stringT, s); }

  mapEntries(m: unknown): Array<[unknown, unknown]> {
    if (m === null) return [];
    return (m as GoMap).liveEntries().map((e) => [e.key, e.value]);
  }
  addressOf(ref: unknown): number {
    if (ref === null || typeof ref !== 'object') return 0;
    const key = (ref as { box?: object }).box ?? ref;
    let a = this.addrs.get(key as object);
    if (a === undefined) { a = this.nextAddr; this.nextAddr += 0x10; this.addrs.set(key as object, a); }
    return a;
  }

  now(): bigint { return BigInt(this.vm.epoch) + BigInt(this.vm.nanotime); }
  monotonic(): number { return this.vm.nanotime; }
  sleep(ns: number): typeof PARKED | undefined {
    const g = this.vm.cur!;
    if (ns <= 0) return this.gosched();
    this.vm.addTimer(ns, () => this.vm.ready(g, null, -1, 'timer'));
    this.vm.park(g, 'sleep', -1, null);
    return PARKED;
  }
  startTimer(ns: number, fire: () => void): number { return this.vm.addTimer(ns, fire); }
  stopTimer(id: number): boolean { return this.vm.removeTimer(id); }
  chanTrySend(ch: unknown, v: unknown): boolean {
    const c = ch as Channel;
    if (c.closed) return false;
    return trySend(this.vm, this.vm.cur ?? this.vm.allgs[0], -1, c, v);
  }
  go(fn: FuncValue, args: readonly unknown[]): void {
    const g = this.vm.cur!;
    const a = [...args];
    if (fn.env instanceof Bound) a.unshift(fn.env.recv);
    this.vm.spawn(g, g.top?.code.name ?? (fn.code as FuncCode).name, fn.code as FuncCode, fn.env instanceof Bound ? null : fn.env as unknown[] | null, a, -1);
  }
  private sema(key: unknown): Sema {
    const p = key as Pointer;
    for (const e of this.semas) if (e.key === p || e.key.sameAs(p)) return e.s;
    const s: Sema = { count: 0, waiters: [] };
    this.semas.push({ key: p, s });
    return s;
  }
  semacquire(key: unknown, lifo: boolean, reason: string): typeof PARKED | undefined {
    const s = this.sema(key);
    const p = key as Pointer;
    const v = Number(p.get());
    if (v > 0) { p.set(v - 1); return undefined; }
    const g = this.vm.cur!;
    if (lifo) s.waiters.unshift(g); else s.waiters.push(g);
    this.vm.park(g, reason as never, -1, null);
    return PARKED;
  }
  semrelease(key: unknown): void {
    const s = this.sema(key);
    const g = s.waiters.shift();
    if (g) { this.vm.ready(g, this.vm.cur, -1, 'semrelease'); return; }
    const p = key as Pointer;
    p.set(Number(p.get()) + 1);
  }
  gosched(): typeof PARKED | undefined {
    const g = this.vm.cur!;
    this.vm.sched.gosched(g, -1);
    return PARKED;
  }
  goexit(): never { throw new GoExit(); }
  numGoroutine(): number { return this.vm.sched.numGoroutine; }
  gomaxprocs(n: number): number {
    if (n <= 0) return this.vm.sched.gomaxprocs;
    // each new P is a runtime.p of about P_BYTES, counted against the heap budget (as in Go, a
    // huge GOMAXPROCS runs out of memory instead of hanging the host)
    const grow = n - this.vm.sched.gomaxprocs;
    if (grow > 0) this.vm.alloc(grow * P_BYTES);
    return this.vm.sched.procresize(n, this.vm.cur);
  }
  numCPU(): number { return 8; }
  setMaxStack(bytes: number): number { const old = this.vm.stackLimit; this.vm.stackLimit = bytes; return old; }
  /** runtime.GC: a completed cycle is counted (MemStats.NumGC); the simulator has no collector to run */
  gc(): void { this.gcCycles++; }
  private gcCycles = 0;
  memStats() { return { alloc: this.vm.heapBytes, totalAlloc: this.vm.heapBytes, sys: this.vm.heapBytes * 2, mallocs: 0, frees: 0, heapObjects: 0, numGC: this.gcCycles }; }

  randInt63(stream: number): Int64 {
    const r = this.streams[stream] ?? this.streams[0];
    const b = r.int63();
    return b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
  }
  newRandStream(seed: Int64): number { this.streams.push(new Rand(Number(BigInt.asIntN(53, BigInt(seed))))); return this.streams.length - 1; }
  seedRandStream(stream: number, seed: Int64): void { this.streams[stream] = new Rand(Number(BigInt.asIntN(53, BigInt(seed)))); }

  local<T>(key: string, init: () => T): T {
    if (!this.locals.has(key)) this.locals.set(key, init());
    return this.locals.get(key) as T;
  }

  /** `%v` of a value for trace events. */
  show(v: unknown, t: Type | null): string {
    if (t === null) return String(v);
    try { return sprint(this, [v instanceof Iface || v === null && t.kind === 'Interface' ? v as Iface | null : new Iface(t, v)]); }
    catch (e) { if (e instanceof RuntimePanic || e instanceof GoPanic) return '?'; throw e; }
  }
}
