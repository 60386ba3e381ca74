/**
 * This file implements the virtual machine: it links a compiled Program (builds the step functions
 * with `new Function`), runs goroutines through the trampoline under the scheduler (vm/sched.ts),
 * implements panics and recover (runtime/panic.go: gopanic, recovery, printpanics), program exit,
 * fatal errors (deadlock, stack overflow), the step and heap budgets, virtual time and timers, and
 * the event trace.
 *
 * Trampoline: `while (g.top) { f = g.top; f.pc < 0 ? unwind(g) : f.code.step(g, f) }` until g
 * parks, yields (its time slice is used up at a loop back edge) or finishes. A JS exception GoPanic /
 * RuntimePanic starts a Go panic in the goroutine; ExitSignal ends the run.
 *
 * Invariants:
 * - Exactly one goroutine runs at a time (`cur`); `host.g` is it.
 * - `steps` counts executed statements and loop iterations; the run ends with exit code 124 when
 *   it exceeds `limit`, 125 when the heap estimate exceeds the heap budget.
 * - Output is collected as byte strings and decoded as UTF-8 only at the end.
 */

import type { Signature, Type } from '../types/type';
import type { Program } from '../compile/compile';
import type { EmittedEvent, ObjRef, TraceEvent } from '../trace/events';
import type { WaitReason, G } from '../runtime/g';
import { FatalError, RuntimePanic, RuntimeErrorValue, deadlockText, goroutineHeader, stackExceedsLine, stackOverflowText } from '../runtime/errors';
import { SimLimitError } from '../runtime/slice';
import { rtypeString } from '../runtime/typename';
import { Scheduler } from './sched';
import { Frame, Goroutine, PanicRec, PC_UNWIND, type FuncCode, type NativeFn } from './frame';
import { GoPanic, GoExit, Rt, deferName, deferDepth } from './rt';
import { Complex, FuncValue, Iface, type Pointer } from './values';
import { Rand } from './rand';
import { VMHost } from './host';
import { TimerHeap } from './timers';
import { typeString as ts } from '../compile/types';
import { formatFloat } from '../lib/strconv/ftoa';

export interface RunOptions {
  seed?: number;
  maxSteps?: number;
  maxHeapBytes?: number;
  args?: string[];
  trace?: boolean;
  gomaxprocs?: number;
  filename?: string;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  events: TraceEvent[];
}

/** Ends the run (os.Exit, main returning, fatal errors, budgets). */
export class ExitSignal { constructor(readonly code: number) {} }

const STACK_LIMIT = 1_000_000_000;
/** the largest step budget (2^30 - 2: steps and limit stay V8 small integers) */
export const MAX_STEPS = 2 ** 30 - 2;

/** Virtual CPU time of one VM step (about one simple Go statement on a current core). */
const NS_PER_STEP = 1;

/** runtime.forcePreemptNS: sysmon preempts a goroutine that has run this long. */
const SLICE_NS = 10_000_000;

export class VM {
  steps = 0;
  limit: number;
  check = 0;
  /** the per-goroutine stack limit (runtime/debug.SetMaxStack changes it) */
  stackLimit = STACK_LIMIT;
  /** frame-count cap, so that runaway recursion ends before JS memory does */
  readonly maxDepth = 400_000;
  readonly G: unknown[];
  readonly rt: Rt;
  readonly host: VMHost;
  readonly sched: Scheduler;
  readonly tracing: boolean;
  readonly events: TraceEvent[] = [];
  private readonly out: string[][] = [[], [], []];
  private readonly rng: Rand;
  readonly types: readonly Type[];
  private natives: NativeFn[] = [];
  funcs: FuncCode[] = [];
  cur: Goroutine | null = null;
  private yielded = false;
  /** main called runtime.Goexit: the program goes on until every goroutine is blocked */
  private mainGoexit = false;
  private nextGid = 1;
  private nextObj = 1;
  readonly allgs: Goroutine[] = [];
  heapBytes = 0;
  readonly maxHeap: number;
  /**
   * The virtual clock: nanoseconds since the start. Running code moves it NS_PER_STEP per VM step,
   * read live so a goroutine that never yields still sees time pass; an idle program jumps it to
   * the next timer. Invariant: nanotime = clockBase + (steps - clockSteps) * NS_PER_STEP.
   */
  get nanotime(): number { return this.clockBase + (this.steps - this.clockSteps) * NS_PER_STEP; }
  set nanotime(ns: number) { this.clockBase = ns; this.clockSteps = this.steps; }
  private clockBase = 0;
  private clockSteps = 0;
  readonly epoch = 1257894000_000000000;
  readonly timers = new TimerHeap();
  private readonly canonMap = new Map<string, Type>();

  constructor(readonly program: Program, readonly opts: RunOptions, nativeTable: Record<string, NativeFn>) {
    // clamped to the small-integer range so that the per-statement counter stays a V8 Smi
    this.limit = Math.min(opts.maxSteps ?? 100_000_000, MAX_STEPS);
    this.maxHeap = opts.maxHeapBytes ?? 256 << 20; // estimated Go bytes; JS needs several times more
    this.tracing = !!opts.trace;
    this.rng = new Rand(opts.seed ?? 1);
    this.G = new Array(program.nglobals);
    this.rt = new Rt(this);
    this.host = new VMHost(this);
    this.types = program.types;
    this.sched = new Scheduler({
      gomaxprocs: opts.gomaxprocs ?? 1,
      rand: (n) => this.rand(n),
      emit: (e) => this.emit(e),
      tracing: this.tracing,
    });
    this.natives = program.natives.map((n) => nativeTable[n] ?? this.missingNative(n));
  }

  private missingNative(name: string): NativeFn {
    return () => { throw new Error(`internal error: native ${name} is not implemented`); };
  }

  // ---- Parker (runtime/g.ts) ----
  park(g: G, reason: WaitReason, pos: number, on: ObjRef | null): void { this.sched.park(g, reason, pos, on); }
  ready(g: G, by: G | null, pos: number, cause: string): void { this.sched.ready(g, by, pos, cause); }
  now(): number { return this.epoch + this.nanotime; }
  rand(n: number): number { return this.rng.intn(n); }
  newId(): number { return this.nextObj++; }
  emit(e: EmittedEvent): void { if (this.tracing) this.events.push({ ...e, step: this.steps } as TraceEvent); }
  show(v: unknown, t: Type | null): string { return this.host.show(v, t); }

  // ---- linking ----

  private link(): FuncCode[] {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const mk = new Function('R', 'T', 'N', 'G', 'M', 'H', this.program.source) as (...a: unknown[]) => FuncCode[];
    return mk(this.rt, this.types, this.natives, this.G, this, this.host);
  }

  /** The canonical (program-interned) type identical to t, for types met at run time. */
  private canonObj = new Map<Type, Type>();
  canon(t: Type): Type {
    const c = this.canonObj.get(t);
    if (c) return c;
    const r = this.canonSlow(t);
    this.canonObj.set(t, r);
    return r;
  }
  private canonSlow(t: Type): Type {
    for (const x of this.types) if (x === t) return t;
    const k = ts(t);
    const have = this.canonMap.get(k);
    if (have) return have;
    for (const x of this.types) if (ts(x) === k) { this.canonMap.set(k, x); return x; }
    this.canonMap.set(k, t);
    return t;
  }

  // ---- running ----

  run(): RunResult {
    let code = 0;
    try {
      this.funcs = this.link();
      const main = this.newG('', 0, -1);
      const entry = this.funcs[this.program.entry];
      main.top = new Frame(entry, null, [], null);
      this.sched.start(main);
      code = this.loop();
    } catch (e) {
      code = this.finish(e);
    }
    return {
      stdout: decode(this.out[1].join('')),
      stderr: decode(this.out[2].join('')),
      exitCode: code,
      events: this.events,
    };
  }

  private finish(e: unknown): number {
    if (e instanceof ExitSignal) return e.code;
    if (e instanceof FatalError) { this.write(2, `fatal error: ${e.text}\n`); this.dump(); return 2; }
    if (e instanceof SimLimitError) { this.write(2, e.message + '\n'); return 125; }
    if (e instanceof RangeError && /Invalid (string|array|typed array) length|Array buffer allocation/.test(e.message)) {
      this.write(2, `gosim: program exceeded the heap budget (${e.message})\n`);
      return 125;
    }
    if (e instanceof RangeError && /call stack/.test(e.message)) {
      this.write(2, 'gosim: internal error: JavaScript stack exhausted\n');
      return 126;
    }
    const msg = e instanceof Error ? e.message : String(e);
    this.write(2, `gosim: internal error: ${msg.replace(/^internal error: /, '')}\n`);
    return 126;
  }

  private loop(): number {
    for (;;) {
      const pick = this.sched.next();
      if (pick === null) {
        if (this.fireTimers()) continue;
        throw new FatalError(this.mainGoexit && this.sched.numGoroutine === 0 ? 'no goroutines (main called runtime.Goexit) - deadlock!' : deadlockText);
      }
      const g = pick.g as Goroutine;
      const before = this.steps;
      this.check = Math.min(this.steps + pick.budget, this.limit + 1);
      this.runG(g);
      // a slice that began and ended spinning in a loop: the goroutine only waits (see slicePassed)
      if (this.sched.ran(pick, Math.max(1, this.steps - before)) && g.spinTicks >= 2) this.slicePassed();
      this.fireDueTimers();
    }
  }

  /**
   * A goroutine spinning in a loop (waiting for something outside it) used up its time slice. In
   * Go, sysmon preempts it after 10 ms of wall time while timers keep firing: so the clock moves on
   * to the next timer, by at most SLICE_NS, even though the slice's steps took less virtual time.
   * A program that spins while others sleep (even for seconds) sees its sleepers wake up on time;
   * loops that compute keep the 1 ns per step clock.
   */
  private slicePassed(): void {
    const t = this.timers.peek();
    if (t === undefined) return;
    const target = Math.min(t.when, this.nanotime + SLICE_NS);
    if (target > this.nanotime) this.nanotime = target;
  }

  /**
   * After each run of a goroutine, the timers that fell due while it ran fire (as the scheduler's
   * checkTimers would let them in real Go). So a goroutine spinning on a flag, on time.Since or on
   * runtime.Gosched sees the sleepers it waits for wake up; blocked programs still jump straight
   * to the next timer.
   */
  private fireDueTimers(): void {
    for (let t = this.timers.peek(); t !== undefined && t.when <= this.nanotime; t = this.timers.peek()) this.fireTimers();
  }

  /** Run g until it parks, yields or finishes. */
  private runG(g: Goroutine): void {
    this.cur = g;
    this.host.g = g;
    this.yielded = false;
    for (;;) {
      try {
        if (g.resumeCheck) { g.resumeCheck = false; this.rt.resumed(g); }
        for (;;) {
          const f = g.top;
          if (f === null) { this.sched.exit(g, -1); return; }
          if (g.status !== 'running' || this.yielded) return;
          g.js = 0;
          if (f.pc === PC_UNWIND) this.unwind(g);
          else f.code.step(g, f);
        }
      } catch (e) {
        g.js = 0;
        if (e instanceof GoPanic) this.startPanic(g, e.value);
        else if (e instanceof RuntimePanic) this.startPanic(g, this.runtimeError(e));
        else if (e instanceof GoExit) this.startGoexit(g);
        else throw e;
      }
    }
  }

  /**
   * Called by generated code at loop back edges when steps >= check. `spin` identifies the loop
   * when it may spin waiting (compile/program.ts spinLoop): VM.slicePassed counts on it.
   */
  tick(g: Goroutine, spin?: number): boolean {
    if (spin === undefined) g.spinTicks = 0;
    else if (spin === g.spinLoop) g.spinTicks++;
    else { g.spinLoop = spin; g.spinTicks = 1; }
    if (this.steps > this.limit) this.over();
    this.yielded = true;
    return true;
  }

  over(): never {
    this.write(2, `gosim: program exceeded ${this.limit} steps (infinite loop?)\n`);
    throw new ExitSignal(124);
  }

  alloc(bytes: number): void {
    this.heapBytes += bytes;
    if (this.heapBytes > this.maxHeap) {
      this.write(2, `gosim: program exceeded the heap budget of ${this.maxHeap} bytes\n`);
      throw new ExitSignal(125);
    }
  }

  /** Count a heap object of about `bytes` bytes (new, &T{}) and return it. */
  al<T>(bytes: number, obj: T, what: string, pos: number): T {
    if ((this.heapBytes += bytes) > this.maxHeap) this.alloc(0);
    if (this.tracing) this.emit({ kind: 'alloc', g: this.cur?.id ?? 0, pos, obj: this.host.addressOf(obj), what, size: bytes, why: 'new' });
    return obj;
  }

  newG(createdBy: string, createdByG: number, pos: number): Goroutine {
    const g = new Goroutine(this.nextGid++, createdBy, createdByG, pos);
    this.allgs.push(g);
    return g;
  }

  spawn(parent: Goroutine, creator: string, code: FuncCode, env: unknown[] | null, args: unknown[], pos: number): void {
    const g = this.newG(creator, parent.id, pos);
    g.top = new Frame(code, null, args, env);
    g.stackBytes = code.frameBytes;
    this.sched.newproc(parent, g, code.name, pos);
  }

  mainReturned(g: Goroutine): never {
    void g;
    throw new ExitSignal(0);
  }

  write(fd: number, bytes: string): void {
    this.out[fd === 2 ? 2 : 1].push(bytes);
    if (this.tracing) this.emit({ kind: 'output', g: this.cur?.id ?? 0, pos: -1, fd, text: decode(bytes) });
  }

  // ---- virtual time ----

  addTimer(ns: number, fire: () => void): number {
    const id = this.newId();
    this.timers.add(this.nanotime + Math.max(0, ns), id, fire);
    return id;
  }
  removeTimer(id: number): boolean {
    return this.timers.remove(id);
  }
  /** Fire the earliest timer, moving the clock forward to it; false when none is pending. */
  private fireTimers(): boolean {
    const t = this.timers.pop();
    if (!t) return false;
    if (t.when > this.nanotime) this.nanotime = t.when;
    if (this.tracing) this.emit({ kind: 'clock', g: 0, pos: -1, now: this.now() });
    t.fire();
    return true;
  }

  // ---- panics (runtime/panic.go) ----

  private errorTypes = new Map<string, Type>();
  /** The runtime.Error interface value for a RuntimePanic. */
  runtimeError(e: RuntimePanic): Iface {
    const v = e.value;
    const rv = typeof v === 'string' ? new RuntimeErrorValue('plain', v) : v;
    if (typeof v === 'string') return this.host.stringIface(v);
    const name = rv.kind === 'bounds' ? 'boundsError' : rv.kind === 'typeAssertion' ? '*TypeAssertionError' : rv.kind === 'panicNil' ? '*PanicNilError' : rv.kind === 'plain' ? 'plainError' : 'errorString';
    let t = this.errorTypes.get(name);
    if (!t) t = this.declaredRuntimeType(name);
    if (!t) {
      const obj = { kind: 'TypeName', name: name.replace('*', ''), pos: -1, type: null as unknown as Type, pkg: 'runtime', isAlias: false } as const;
      const nt = { kind: 'Named', obj, underlying: { kind: 'Basic', basic: 'string', name: 'string' }, methods: [], typeParams: [], typeArgs: [], orig: null } as unknown as Type;
      (obj as { type: Type }).type = nt;
      t = name.startsWith('*') ? ({ kind: 'Pointer', elem: nt } as Type) : nt;
      const base = name.startsWith('*') ? nt : t;
      const errSig = { kind: 'Signature', recv: null, typeParams: [], recvTypeParams: [], params: { kind: 'Tuple', vars: [] }, results: { kind: 'Tuple', vars: [{ kind: 'Var', name: '', pos: -1, type: this.host.stringIface('').t, pkg: null, isField: false, embedded: false, used: true }] }, variadic: false } as Signature;
      this.rt.MT.set(base, {
        Error: { code: ((h: unknown, r: RuntimeErrorValue) => r.text) as unknown as NativeFn, ptr: name.startsWith('*'), native: true, name: `runtime.(${name}).Error`, sig: errSig },
        RuntimeError: { code: (() => undefined) as NativeFn, ptr: name.startsWith('*'), native: true, name: `runtime.(${name}).RuntimeError`, sig: { kind: 'Signature', recv: null, typeParams: [], recvTypeParams: [], params: { kind: 'Tuple', vars: [] }, results: { kind: 'Tuple', vars: [] }, variadic: false } },
      });
      this.errorTypes.set(name, t);
    }
    return new Iface(t, rv);
  }

  /**
   * The runtime package's own declaration of an error type (`*runtime.PanicNilError`,
   * `*runtime.TypeAssertionError`) when the program mentions it, so that errors.As and type
   * assertions on recovered values find the same type.
   */
  private declaredRuntimeType(name: string): Type | undefined {
    if (name !== '*PanicNilError' && name !== '*TypeAssertionError') return undefined;
    const base = name.slice(1);
    const named = this.program.types.find((x) => x.kind === 'Named' && x.obj.pkg === 'runtime' && x.obj.name === base);
    if (!named) return undefined;
    const t = this.canon({ kind: 'Pointer', elem: named } as Type);
    if (!this.rt.MT.get(named) && !this.rt.MT.get(this.canon(named))) return undefined;
    this.errorTypes.set(name, t);
    return t;
  }

  startPanic(g: Goroutine, value: unknown): void {
    const depth = g.top === null ? 0 : g.top.depth;
    const p = new PanicRec(value, g.panic, depth);
    g.panic = p;
    if (this.tracing) this.emit({ kind: 'panic', g: g.id, pos: g.top?.at ?? -1, value: this.panicText(value), runtimeError: value instanceof Iface && value.v instanceof RuntimeErrorValue });
    this.unwind(g);
  }

  private startGoexit(g: Goroutine): void {
    const p = new PanicRec(null, g.panic, g.top ? g.top.depth : 0);
    p.goexit = true;
    g.panic = p;
    this.unwind(g);
  }

  /** Continue unwinding g's stack for its current panic (see frame.ts PC_UNWIND). */
  unwind(g: Goroutine): void {
    const p = g.panic!;
    for (;;) {
      const f = g.top;
      if (f === null) {
        if (p.goexit) { g.panic = null; if (g.id === 1) this.mainGoexit = true; return; } // the goroutine ends
        this.fatalPanic(g);
      }
      p.depth = f.depth;
      if (p.recovered) {
        // runtime/panic.go recovery: drop the recovered panic and those it aborted, then the frame
        // that deferred the recovering call returns normally through its epilogue
        let q = p.link;
        while (q !== null && q.depth >= f.depth) q = q.link;
        g.panic = q;
        const epi = (f.code as FuncCode & { epi?: number }).epi;
        if (epi === undefined || epi < 0) throw new Error('internal error: recovery in a frame without epilogue');
        f.pc = epi;
        return;
      }
      const d = f.defers;
      if (d !== null) {
        f.defers = d.next;
        f.pc = PC_UNWIND;
        if (this.tracing) this.emit({ kind: 'defer.run', g: g.id, pos: d.pos, fn: deferName(d), depth: deferDepth(d) - 1, panicking: !p.goexit });
        if (d.native !== null) {
          // a deferred native (`defer runtime.Goexit()`, `defer panic(v)`, `defer close(c)`) may
          // start a new panic or a Goexit on top of this one, as a deferred Go call would
          try {
            d.native(this.host, ...d.args);
          } catch (e) {
            if (e instanceof GoPanic) this.startPanic(g, e.value);
            else if (e instanceof RuntimePanic) this.startPanic(g, this.runtimeError(e));
            else if (e instanceof GoExit) this.startGoexit(g);
            else throw e;
            return;
          }
          continue;
        }
        const nf = new Frame(d.code!, f, d.args.slice(), d.env);
        nf.panicOf = p;
        g.top = nf;
        g.stackBytes += nf.code.frameBytes;
        return;
      }
      g.top = f.parent;
      g.stackBytes -= f.code.frameBytes;
    }
  }

  recover(g: Goroutine, f: Frame): unknown {
    const p = g.panic;
    if (p === null || p.goexit || p.recovered || f.panicOf !== p) return null;
    p.recovered = true;
    if (this.tracing) this.emit({ kind: 'recover', g: g.id, pos: -1, value: this.panicText(p.value) });
    return p.value;
  }

  /** printpanics + exit(2). */
  private fatalPanic(g: Goroutine): never {
    // dopanic_m prints the signal line while gp.sig is set: a fault anywhere in the chain (it is
    // cleared only when a recovery leaves no panic)
    let fault = false;
    for (let p: PanicRec | null = g.panic; p !== null; p = p.link) {
      if (p.value instanceof Iface && p.value.v instanceof RuntimeErrorValue && /nil pointer dereference/.test(p.value.v.text)) fault = true;
    }
    const signalLine = '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n';
    // preprintpanics: repanicked detection and Error/String conversion
    const texts = new Map<PanicRec, string>();
    for (let p: PanicRec | null = g.panic; p !== null; p = p.link) {
      if (p.link !== null && sameValue(p.link.value, p.value, (t, x, y) => this.equal(t, x, y))) { p.link.repanicked = true; }
      try {
        texts.set(p, this.panicText(p.value));
      } catch (e) {
        // preprintpanics' deferred recover: a panic inside Error/String is a throw
        const r = e instanceof GoPanic ? e.value : e instanceof RuntimePanic ? this.runtimeError(e) : undefined;
        if (r === undefined) throw e;
        if (r instanceof Iface && r.v instanceof RuntimeErrorValue && /nil pointer dereference/.test(r.v.text)) fault = true;
        const what = r instanceof Iface && r.t.kind === 'Basic' && r.t.basic === 'string' ? String(r.v)
          : `type ${r instanceof Iface ? rtypeString(r.t) : 'nil'}`;
        throw new FatalError(`panic while printing panic value: ${what}${fault ? '\n' + signalLine.trimEnd() : ''}`);
      }
    }
    const lines: string[] = [];
    const pr = (p: PanicRec): void => {
      if (p.link !== null) {
        pr(p.link);
        if (p.link.repanicked) return;
        if (!p.link.goexit) lines.push('\t');
      }
      if (p.goexit) return;
      let s = 'panic: ' + texts.get(p)!;
      if (p.recovered && p.repanicked) s += ' [recovered, repanicked]';
      else if (p.recovered) s += ' [recovered]';
      lines.push(s + '\n');
    };
    pr(g.panic!);
    let out = lines.join('');
    if (fault) out += signalLine;
    this.write(2, out);
    this.write(2, '\n' + goroutineHeader(g.id, 'running') + '\n');
    throw new ExitSignal(2);
  }

  /** The text printpanicval prints for a panic value. */
  panicText(v: unknown): string {
    if (v === null) return 'nil';
    if (!(v instanceof Iface)) return String(v);
    if (v.v instanceof RuntimeErrorValue) return v.v.text.replace(/\n/g, '\n\t');
    const err = this.rt.findMethod(v.t, 'Error');
    if (err) { const r = this.callSyncMethod(v, 'Error', []); return String(r).replace(/\n/g, '\n\t'); }
    const str = this.rt.findMethod(v.t, 'String');
    if (str) { const r = this.callSyncMethod(v, 'String', []); return String(r).replace(/\n/g, '\n\t'); }
    const t = v.t;
    const named = t.kind === 'Named' && t.obj.pkg !== null;
    let u = t;
    while (u.kind === 'Named') u = u.underlying;
    if (u.kind === 'Basic') {
      const s = this.printArg(v);
      if (!named) return u.basic === 'string' ? String(v.v).replace(/\n/g, '\n\t') : s;
      if (u.basic === 'string') return `${rtypeString(t)}("${String(v.v).replace(/\n/g, '\n\t')}")`;
      // printanycustomtype: print(typestring, "(", v, ")"), except complex, whose print has parens
      if (u.basic === 'complex64' || u.basic === 'complex128') return `${rtypeString(t)}${s}`;
      return `${rtypeString(t)}(${s})`;
    }
    return `(${rtypeString(t)}) 0xc000012120`;
  }

  /** Builtin print formatting of one value (runtime/print.go). */
  printArg(a: unknown): string {
    if (a === null) return 'nil';
    if (!(a instanceof Iface)) return String(a);
    let u = a.t;
    while (u.kind === 'Named') u = u.underlying;
    const v = a.v;
    if (u.kind === 'Basic') {
      if (u.basic === 'float64' || u.basic === 'float32') return printFloat(v as number, u.basic === 'float32' ? 32 : 64);
      if (u.basic === 'complex128' || u.basic === 'complex64') {
        const c = v as Complex, b = u.basic === 'complex64' ? 32 : 64;
        const im = printFloat(c.im, b);
        return `(${printFloat(c.re, b)}${/^[+-]/.test(im) ? '' : '+'}${im}i)`;
      }
      return String(v);
    }
    if (u.kind === 'Interface') return `(0x0,0x0)`;
    return '0xc000012120';
  }

  stackOverflow(g: Goroutine): never {
    void g;
    this.write(2, stackExceedsLine(this.stackLimit) + '\n');
    this.write(2, 'runtime: sp=0xc020160398 stack=[0xc020160000, 0xc040160000]\n');
    this.write(2, `fatal error: ${stackOverflowText}\n\nruntime stack:\n`);
    this.write(2, '\n' + goroutineHeader(g.id, 'running') + '\n');
    throw new ExitSignal(2);
  }

  /** The goroutine dump after a fatal error: headers in Go's order (goroutine 1 first). */
  private dump(): void {
    const gs = this.allgs.filter((g) => g.status !== 'dead');
    for (const g of gs) {
      const st = g.status === 'waiting' ? g.waitReason : g.status;
      this.write(2, '\n' + goroutineHeader(g.id, st) + '\n');
    }
  }

  // ---- synchronous calls from natives (nested trampoline) ----

  callSync(fn: FuncValue, args: readonly unknown[]): unknown {
    const g = this.cur!;
    if (typeof fn.code === 'function') {
      const a = fn.env instanceof Object && 'recv' in (fn.env as object) ? [(fn.env as { recv: unknown }).recv, ...args] : [...args];
      return (fn.code as NativeFn)(this.host, ...a);
    }
    const a = [...args];
    const env = fn.env as unknown;
    let e: unknown[] | null = null;
    if (env !== null && typeof env === 'object' && !Array.isArray(env) && 'recv' in (env as object)) a.unshift((env as { recv: unknown }).recv);
    else e = env as unknown[] | null;
    const base = g.top;
    const nf = new Frame(fn.code as FuncCode, base, a, e);
    g.top = nf;
    g.stackBytes += nf.code.frameBytes;
    const savedJs = g.js;
    // nested trampoline: run until the pushed frame has returned to `base`
    while (g.top !== base) {
      const f = g.top!;
      if (g.status !== 'running') throw new Error('internal error: a goroutine blocked inside a call from the standard library');
      g.js = 0;
      try {
        if (f.pc === PC_UNWIND) this.unwind(g);
        else f.code.step(g, f);
      } catch (ex) {
        if (ex instanceof GoPanic || ex instanceof RuntimePanic) {
          // propagate the panic to the caller of the native: unwind to base first
          g.top = base;
          throw ex;
        }
        throw ex;
      }
      this.yielded = false;
    }
    g.js = savedJs;
    return g.ret;
  }

  callSyncMethod(x: Iface, name: string, args: readonly unknown[]): unknown {
    const m = this.rt.findMethod(x.t, name);
    if (!m) throw new Error(`internal error: no method ${name}`);
    const recv = m.adapt(x.v);
    if (m.e.native) return (m.e.code as NativeFn)(this.host, recv, ...args);
    return this.callSync(new FuncValue(m.e.code, null, m.e.name), [recv, ...args]);
  }

  // ---- values by type (generic, for the runtime and library) ----

  zeroFn(t: Type): () => unknown {
    let u = t;
    while (u.kind === 'Named') u = u.underlying;
    switch (u.kind) {
      case 'Basic':
        switch (u.basic) {
          case 'string': return () => '';
          case 'bool': return () => false;
          case 'complex64': case 'complex128': return () => this.rt.C0;
          default: return () => 0;
        }
      case 'Struct': {
        const fs = u.fields.map((f, i) => [f.name === '_' ? '_' + i : f.name, this.zeroFn(f.type)] as const);
        return () => { const o: Record<string, unknown> = {}; for (const [k, z] of fs) o[k] = z(); return o; };
      }
      case 'Array': {
        const z = this.zeroFn(u.elem), n = u.len;
        return () => { const a = new Array(n); for (let i = 0; i < n; i++) a[i] = z(); return a; };
      }
      default: return () => null;
    }
  }

  copyOf(t: Type, v: unknown): unknown {
    let u = t;
    while (u.kind === 'Named') u = u.underlying;
    if (u.kind === 'Struct') {
      const o = v as Record<string, unknown>;
      const r: Record<string, unknown> = {};
      u.fields.forEach((f, i) => { const k = f.name === '_' ? '_' + i : f.name; r[k] = this.copyOf(f.type, o[k]); });
      return r;
    }
    if (u.kind === 'Array') { const et = u.elem; return (v as unknown[]).map((x) => this.copyOf(et, x)); }
    return v;
  }

  equal(t: Type, a: unknown, b: unknown): boolean {
    let u = t;
    while (u.kind === 'Named') u = u.underlying;
    switch (u.kind) {
      case 'Basic':
        if (a instanceof Complex) return a.re === (b as Complex).re && a.im === (b as Complex).im;
        return a === b;
      case 'Struct': {
        const x = a as Record<string, unknown>, y = b as Record<string, unknown>;
        return u.fields.every((f, i) => { const k = f.name === '_' ? '_' + i : f.name; return f.name === '_' || this.equal(f.type, x[k], y[k]); });
      }
      case 'Array': { const et = u.elem; return (a as unknown[]).every((x, i) => this.equal(et, x, (b as unknown[])[i])); }
      case 'Interface': return this.rt.ifaceEq(a as Iface | null, b as Iface | null);
      case 'Pointer': {
        if (a === b) return true;
        if (a === null || b === null) return false;
        const e = u.elem;
        let eu = e; while (eu.kind === 'Named') eu = eu.underlying;
        if (eu.kind === 'Struct' || eu.kind === 'Array') return false;
        return (a as Pointer).sameAs(b as Pointer);
      }
      case 'Slice': case 'Map': case 'Signature':
        throw new RuntimePanic(new RuntimeErrorValue('string', `runtime error: comparing uncomparable type ${rtypeString(t)}`));
      default: return a === b;
    }
  }
}

/**
 * printpanics' repanicked test compares the two interface words (type and data pointer). The
 * runtime's own errors other than bounds and type-assertion errors are package-level values (one
 * pointer each); PanicNilError is zero-size (zerobase); other values are compared by identity, or
 * by value for structs and arrays (a constant composite literal is static data, one address).
 */
function sameValue(a: unknown, b: unknown, equal: (t: Type, x: unknown, y: unknown) => boolean): boolean {
  if (a === b) return true;
  if (!(a instanceof Iface && b instanceof Iface && a.t === b.t)) return false;
  if (a.v instanceof RuntimeErrorValue && b.v instanceof RuntimeErrorValue) {
    return a.v.kind !== 'bounds' && a.v.kind !== 'typeAssertion' && a.v.kind === b.v.kind && a.v.text === b.v.text;
  }
  if (a.v === b.v) return true;
  let u = a.t;
  while (u.kind === 'Named') u = u.underlying;
  if (u.kind !== 'Struct' && u.kind !== 'Array') return false;
  try { return equal(a.t, a.v, b.v); } catch { return false; }
}

/** runtime/print.go printfloat64 (Go 1.26: strconv.AppendFloat(v, 'g', -1, 64)). */
export function printFloat(v: number, bits: 32 | 64 = 64): string {
  return formatFloat(v, 'g', -1, bits);
}

/** Decode a byte string as UTF-8 (invalid sequences become U+FFFD). */
export function decode(bytes: string): string {
  if (!/[\x80-\xff]/.test(bytes)) return bytes;
  const arr = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) arr[i] = bytes.charCodeAt(i);
  return new TextDecoder('utf-8').decode(arr);
}
