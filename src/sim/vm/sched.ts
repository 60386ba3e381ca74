/**
 * This file implements the goroutine scheduler, modelled on runtime/proc.go for teaching AND for
 * determinism. Glossary (as proc.go's header): G = goroutine; P = processor, a resource needed to
 * run Go code, with a local run queue; M = OS thread (not modelled: every P has its own M here).
 *
 *   P (0..GOMAXPROCS-1): runnext (one G that runs next, inheriting the time slice), a 256-slot
 *     local run queue (ring), curg (the G it runs), schedtick (proc.go p.schedtick).
 *   global run queue: sched.runq, FIFO.
 *
 * Rules reproduced from proc.go:
 *  - newproc: the new G goes to runnext of the creator's P; the old runnext is kicked to the tail
 *    of the local queue (runqput(pp, newg, true)). A full local queue moves half of it plus the G
 *    to the global queue (runqputslow).
 *  - goready (a G made runnable by a channel op, unlock, timer…): runnext of the waker's P
 *    (ready → runqput(pp, gp, next=true)); a timer wakes into the P the sleeper last ran on.
 *  - findRunnable order: every 61st schedtick the global queue first (fairness); runnext (inherits
 *    the time slice, so schedtick does not advance); the local queue; a batch from the global queue
 *    (min(128, n, n/GOMAXPROCS+1)); stealing half (n - n/2) of a random victim's local queue, and
 *    on the last of 4 tries its runnext.
 *  - preemption: a G (plus the runnext chain inheriting its slice) that has run `sliceSteps` VM steps
 *    since its slice began is preempted to the global queue (sysmon's forcePreemptNS = 10 ms; the
 *    simulator counts steps instead of time because virtual time stands still while code runs).
 *  - runtime.Gosched: the G goes to the global queue (goschedImpl → globrunqput).
 *
 * Parallelism: the VM is single-threaded. Each call of `next()` moves round-robin to the next P
 * and gives its G a `quantum` of steps; with several Ps this interleaves goroutines as parallel
 * threads would. With GOMAXPROCS=1 the order is exactly Go's deterministic order, e.g.
 * `for i := 0; i < 3; i++ { go f(i) }` then blocking main runs f(2), f(0), f(1) (recorded from
 * real Go in tests/sim/runtime/sched.test.ts).
 *
 * NumCPU: a fixed virtual 8 (`defaultNumCPU`). It cannot be the host's core count: the same
 * (source, seed) must give the same run on a 2-core laptop, an 8-core server and in a browser
 * Worker, and GOMAXPROCS (= NumCPU by default) shapes the schedule.
 *
 * How the VM drives it:
 *   loop { pick = sched.next();  if (!pick) { advance timers or declare deadlock }
 *          run pick.g for up to pick.budget steps — during which runtime ops call
 *          park/ready/newproc/gosched/exit through this object —
 *          sched.ran(pick, stepsUsed) }
 *
 * Invariants (checked by `check()` after every step in development builds):
 *  - a G is in at most one place: some P's curg, some runnext, some local queue, the global queue;
 *  - status is 'running' iff it is some P's curg, 'runnable' iff queued, 'waiting' iff parked;
 *  - 0 <= tail - head <= 256 for every local queue.
 */

import type { G, WaitReason } from '../runtime/g';
import type { EmittedEvent, ObjRef, QueueWhere, RunFrom } from '../trace/events';

export const defaultNumCPU = 8;

/**
 * The state real Go is in when main.main starts (fitted to the GOMAXPROCS=1 recordings, see
 * `start`): the runtime's own goroutines have been scheduled 4 times (P 0's schedtick = 4) and
 * two of them still wait in P 0's local run queue. That is a binary built in module mode
 * (`go run x.go`, `go build x.go`); a GOPATH-mode binary (GO111MODULE=off) starts one runtime
 * goroutine fewer (bootRunqGOPATH). User goroutines get goids from 7 (2–6 are the runtime's).
 */
export const bootSchedtick = 4;
export const bootRunq = 2;
export const bootRunqGOPATH = 1;
export const firstUserGoid = 7;
const runqSize = 256;
/** the most Ps modelled, whatever GOMAXPROCS is set to */
const MODELLED_PS = 1024;

export interface SchedOptions {
  /** GOMAXPROCS; default defaultNumCPU */
  gomaxprocs?: number;
  /** steps a G (and its runnext chain) may run before preemption; default 10_000 (≈ 10 ms) */
  sliceSteps?: number;
  /** steps one P runs before the VM moves to the next P (only matters when GOMAXPROCS > 1); default 200 */
  quantum?: number;
  /** uniform integer in [0, n) from the VM's seeded PRNG */
  rand(n: number): number;
  /** event sink (the VM stamps `step`); called only when `tracing` */
  emit(e: EmittedEvent): void;
  tracing: boolean;
  /** verify the invariants after every operation (development / tests) */
  debug?: boolean;
}

export class P {
  runnext: G | null = null;
  readonly runq: (G | null)[] = new Array(runqSize).fill(null);
  head = 0;
  tail = 0;
  curg: G | null = null;
  schedtick = 0;
  /** steps used by the current time slice (shared by runnext successors) */
  sliceUsed = 0;
  constructor(readonly id: number) {}
  get runqLen(): number { return this.tail - this.head; }
}

/** What the VM runs next: G `g` on P `p`, for at most `budget` steps. */
export interface Pick {
  readonly g: G;
  readonly p: P;
  readonly budget: number;
}

export class Scheduler {
  ps: P[] = [];
  /** global run queue (sched.runq), FIFO with a head index */
  private global: G[] = [];
  private ghead = 0;
  private rot = 0;
  /** live goroutines in creation order (allgs minus the dead) */
  readonly live = new Set<G>();
  readonly sliceSteps: number;
  readonly quantum: number;
  /** runtime goroutines left in P 0's queue at start (see bootSchedtick); never shown to the VM */
  private readonly sysgs = new Set<G>();

  constructor(private readonly o: SchedOptions) {
    this.sliceSteps = o.sliceSteps ?? 10_000;
    this.quantum = o.quantum ?? 200;
    this.procresize(o.gomaxprocs ?? defaultNumCPU, null);
  }

  get gomaxprocs(): number { return this.procs; }
  /** the GOMAXPROCS value set; at most MODELLED_PS of its Ps are modelled */
  private procs = 0;
  get globalLen(): number { return this.global.length - this.ghead; }
  /** runtime.NumGoroutine() */
  get numGoroutine(): number { return this.live.size; }

  /** callers check `this.o.tracing` first, so no event object is built when tracing is off */
  private emit(e: EmittedEvent): void { this.o.emit(e); }

  // ---- run queues (proc.go runqput, runqget, globrunqput) ---------------------------------------

  private globput(g: G): void { this.global.push(g); }
  private globpop(): G | null {
    if (this.ghead >= this.global.length) return null;
    const g = this.global[this.ghead++];
    if (this.ghead > 1024 && this.ghead * 2 > this.global.length) { this.global = this.global.slice(this.ghead); this.ghead = 0; }
    return g;
  }

  /** runqput: `next` puts g in runnext, kicking the old runnext to the tail. */
  private runqput(p: P, g: G, next: boolean, by: number, pos: number): void {
    let kicked: G | null = null;
    if (next) {
      kicked = p.runnext;
      p.runnext = g;
      if (this.o.tracing) this.emit({ kind: 'sched.runq', g: by, pos, target: g.id, p: p.id, where: 'runnext', kicked: kicked?.id ?? null });
      if (kicked === null) return;
      g = kicked;
    }
    if (p.runqLen < runqSize) {
      p.runq[p.tail % runqSize] = g;
      p.tail++;
      if (this.o.tracing) this.emit({ kind: 'sched.runq', g: by, pos, target: g.id, p: p.id, where: 'local', kicked: null });
      return;
    }
    // runqputslow: half of the local queue, then g, go to the global queue.
    const n = runqSize / 2;
    for (let i = 0; i < n; i++) {
      const x = p.runq[p.head % runqSize] as G;
      p.runq[p.head % runqSize] = null;
      p.head++;
      this.globput(x);
    }
    this.globput(g);
    if (this.o.tracing) this.emit({ kind: 'sched.runq', g: by, pos, target: g.id, p: p.id, where: 'global', kicked: null });
  }

  private runqget(p: P): { g: G; from: RunFrom } | null {
    if (p.runnext !== null) {
      const g = p.runnext;
      p.runnext = null;
      return { g, from: 'runnext' };
    }
    if (p.runqLen === 0) return null;
    const g = p.runq[p.head % runqSize] as G;
    p.runq[p.head % runqSize] = null;
    p.head++;
    return { g, from: 'local' };
  }

  /** globrunqgetbatch: one G to run, up to n-1 more into p's local queue. */
  private globget(p: P, max: number): G | null {
    const size = this.globalLen;
    if (size === 0) return null;
    let n = Math.min(max, size, Math.floor(size / this.ps.length) + 1);
    const g = this.globpop() as G;
    for (n--; n > 0; n--) {
      const x = this.globpop() as G;
      p.runq[p.tail % runqSize] = x;
      p.tail++;
    }
    return g;
  }

  /** runqsteal from a random victim (stealWork: 4 tries; runnext on the last). */
  private steal(p: P): G | null {
    const n = this.ps.length;
    if (n === 1) return null;
    for (let tries = 0; tries < 4; tries++) {
      const stealRunNext = tries === 3;
      const start = this.o.rand(n);
      for (let k = 0; k < n; k++) {
        const v = this.ps[(start + k) % n];
        if (v === p) continue;
        const avail = v.runqLen;
        const take = avail - Math.floor(avail / 2);
        if (take > 0) {
          const gs: G[] = [];
          for (let i = 0; i < take; i++) {
            gs.push(v.runq[v.head % runqSize] as G);
            v.runq[v.head % runqSize] = null;
            v.head++;
          }
          if (this.o.tracing) this.emit({ kind: 'sched.steal', g: 0, pos: -1, p: p.id, victim: v.id, gs: gs.map((x) => x.id) });
          const g = gs.pop() as G; // runqsteal runs the last one grabbed
          for (const x of gs) { p.runq[p.tail % runqSize] = x; p.tail++; }
          return g;
        }
        if (stealRunNext && v.runnext !== null && v.curg !== null) {
          const g = v.runnext;
          v.runnext = null;
          if (this.o.tracing) this.emit({ kind: 'sched.steal', g: 0, pos: -1, p: p.id, victim: v.id, gs: [g.id] });
          return g;
        }
      }
    }
    return null;
  }

  /** findRunnable for P p (no timers or netpoll: the VM handles time when nothing is runnable). */
  private findRunnable(p: P): { g: G; from: RunFrom } | null {
    if (p.schedtick % 61 === 0 && this.globalLen > 0) {
      const g = this.globpop() as G;
      return { g, from: 'global' };
    }
    const l = this.runqget(p);
    if (l !== null) return l;
    const g = this.globget(p, runqSize / 2);
    if (g !== null) return { g, from: 'global' };
    const s = this.steal(p);
    if (s !== null) return { g: s, from: 'steal' };
    return null;
  }

  /** execute: make g p's current G. inheritTime (runnext) keeps the slice and the schedtick. */
  private execute(p: P, g: G, from: RunFrom): void {
    if (from !== 'runnext') { p.schedtick++; p.sliceUsed = 0; }
    p.curg = g;
    g.status = 'running';
    const first = g.lastP === -1; // lastP is -1 until a G first runs
    g.lastP = p.id;
    if (this.o.tracing) {
      this.emit({ kind: 'sched.run', g: 0, pos: -1, target: g.id, p: p.id, from });
      if (first && g.id !== 0) this.emit({ kind: 'go.start', g: g.id, pos: -1, p: p.id });
    }
  }

  // ---- the API the VM uses ----------------------------------------------------------------------

  /**
   * Register the main goroutine (goid 1) as runnable on P 0. P 0 starts as real Go's does when
   * main.main begins: schedtick = bootSchedtick and `runtimeGs` runtime goroutines queued behind
   * main (each takes one turn when it is reached, then parks for good; they have goid 0 in
   * events and never reach the VM). With GOMAXPROCS=1 this is what makes 300 goroutines print
   * `299 126 127 … 253 255 … 298 0 1 … 125 254`, exactly as recorded from Go 1.26 (and with
   * runtimeGs = bootRunqGOPATH, the GOPATH-mode order `299 127 … 243 0 244 …`). 0 = bare.
   */
  start(main: G, runtimeGs = bootRunq): void {
    this.live.add(main);
    main.status = 'runnable';
    const p0 = this.ps[0];
    if (runtimeGs > 0) p0.schedtick = bootSchedtick;
    for (let i = 0; i < runtimeGs; i++) {
      const sg: G = { id: 0, status: 'runnable', waitReason: '', waitingOn: null, lastP: 0, ret: undefined, ok: false, selected: -1, wakePanic: null, resume: null };
      this.sysgs.add(sg);
      p0.runq[p0.tail % runqSize] = sg;
      p0.tail++;
    }
    this.runqput(p0, main, true, 0, -1);
    this.check();
  }

  /** `go f()` executed by `parent` (newproc): g is new and runnable, in runnext of parent's P. */
  newproc(parent: G, g: G, fn: string, pos: number): void {
    const p = this.ps[parent.lastP] ?? this.ps[0];
    this.live.add(g);
    g.status = 'runnable';
    if (this.o.tracing) this.emit({ kind: 'go.create', g: parent.id, pos, newG: g.id, fn, p: p.id });
    this.runqput(p, g, true, parent.id, pos);
    this.check();
  }

  /** gopark: g (running) waits; its P becomes free. */
  park(g: G, reason: WaitReason, pos: number, on: ObjRef | null): void {
    if (g.status !== 'running') throw new Error(`internal error: park of goroutine ${g.id} in status ${g.status}`);
    g.status = 'waiting';
    g.waitReason = reason;
    g.waitingOn = on;
    const p = this.ps[g.lastP];
    if (p !== undefined && p.curg === g) p.curg = null;
    if (this.o.tracing) this.emit({ kind: 'go.block', g: g.id, pos, reason, on });
    this.check();
  }

  /** goready: g (waiting) becomes runnable in runnext of the waker's P (a timer: g's last P). */
  ready(g: G, by: G | null, pos: number, cause: string): void {
    if (g.status !== 'waiting') throw new Error(`internal error: ready of goroutine ${g.id} in status ${g.status}`);
    g.status = 'runnable';
    g.waitReason = '';
    g.waitingOn = null;
    const p = this.ps[(by ?? g).lastP] ?? this.ps[0];
    if (this.o.tracing) this.emit({ kind: 'go.unblock', g: by?.id ?? 0, pos, target: g.id, by: by?.id ?? 0, cause });
    this.runqput(p, g, true, by?.id ?? 0, pos);
    this.check();
  }

  /** runtime.Gosched: g yields its P and goes to the global queue. */
  gosched(g: G, pos: number): void {
    const p = this.ps[g.lastP];
    if (p === undefined || p.curg !== g) throw new Error(`internal error: gosched of goroutine ${g.id} not running`);
    p.curg = null;
    g.status = 'runnable';
    if (this.o.tracing) this.emit({ kind: 'sched.gosched', g: g.id, pos, p: p.id });
    this.globput(g);
    if (this.o.tracing) this.emit({ kind: 'sched.runq', g: g.id, pos, target: g.id, p: p.id, where: 'global', kicked: null });
    this.check();
  }

  /** goexit: g returned from its function (or main's exit: the VM ends the run instead). */
  exit(g: G, pos: number): void {
    const p = this.ps[g.lastP];
    if (p !== undefined && p.curg === g) p.curg = null;
    g.status = 'dead';
    g.waitReason = '';
    this.live.delete(g);
    if (this.o.tracing) this.emit({ kind: 'go.end', g: g.id, pos });
    this.check();
  }

  /**
   * The next G to run: round-robin over the Ps; a P keeps its current G, or finds one. Returns
   * null when no P has anything to run (every live G waits): the VM then fires timers or, when
   * none is pending, declares `all goroutines are asleep - deadlock!` (proc.go checkdead).
   */
  next(): Pick | null {
    const n = this.ps.length;
    for (let k = 0; k < n; k++) {
      const p = this.ps[(this.rot + k) % n];
      let idle = false;
      while (p.curg === null) {
        const f = this.findRunnable(p);
        if (f === null) { idle = true; break; }
        this.execute(p, f.g, f.from);
        if (this.sysgs.has(f.g)) { p.curg = null; f.g.status = 'waiting'; this.sysgs.delete(f.g); } // its turn: it parks
      }
      if (idle) continue;
      this.rot = (this.rot + k + 1) % n;
      const left = Math.max(1, this.sliceSteps - p.sliceUsed);
      const budget = n === 1 ? left : Math.min(this.quantum, left);
      this.check();
      return { g: p.curg as G, p, budget };
    }
    return null;
  }

  /** After running pick.g for `used` steps: account the slice; preempt when it is used up (true). */
  ran(pick: Pick, used: number): boolean {
    const p = pick.p;
    p.sliceUsed += used;
    let preempted = false;
    if (p.curg === pick.g && p.sliceUsed >= this.sliceSteps) {
      preempted = true;
      const g = pick.g;
      p.curg = null;
      g.status = 'runnable';
      if (this.o.tracing) this.emit({ kind: 'sched.preempt', g: 0, pos: -1, target: g.id, p: p.id });
      this.globput(g);
      if (this.o.tracing) this.emit({ kind: 'sched.runq', g: 0, pos: -1, target: g.id, p: p.id, where: 'global', kicked: null });
    }
    this.check();
    return preempted;
  }

  /**
   * runtime.GOMAXPROCS(n) (procresize). Returns the previous value. Ps beyond n give their queued
   * and running Gs to the global queue (stop-the-world preempts them); `caller` keeps running,
   * moved to P 0 if its P disappears.
   */
  procresize(want: number, caller: G | null): number {
    const old = this.procs;
    if (want < 1 || want === old) return old;
    this.procs = want;
    // More Ps than that only add idle Ps (each looks for work in turn, so the cost would grow
    // with their square) and change nothing a program can observe.
    const n = Math.min(want, MODELLED_PS);
    if (n === this.ps.length) return old;
    if (n > this.ps.length) {
      for (let i = this.ps.length; i < n; i++) this.ps.push(new P(i));
      return old;
    }
    for (const p of this.ps.slice(n)) {
      if (p.curg !== null && p.curg !== caller) { p.curg.status = 'runnable'; this.globput(p.curg); }
      if (p.runnext !== null) this.globput(p.runnext);
      for (let r = this.runqget(p); r !== null; r = this.runqget(p)) if (r.from === 'local') this.globput(r.g);
      if (p.curg === caller && caller !== null) {
        const p0 = this.ps[0];
        if (p0.curg !== null) { p0.curg.status = 'runnable'; this.globput(p0.curg); }
        p0.curg = caller;
        caller.lastP = 0;
      }
    }
    this.ps = this.ps.slice(0, n);
    this.rot = 0;
    this.check();
    return old;
  }

  /** Goroutines in creation order, for the deadlock / panic goroutine dump. */
  goroutines(): G[] { return [...this.live]; }

  /** Verify the invariants in the header (no-op unless options.debug). */
  check(): void {
    if (!this.o.debug) return;
    const seen = new Map<G, string>();
    const bad = (m: string): never => { throw new Error('internal error: scheduler: ' + m); };
    const at = (g: G, where: string, status: string): void => {
      if (seen.has(g)) bad(`goroutine ${g.id} both in ${seen.get(g)} and ${where}`);
      seen.set(g, where);
      if (g.status !== status) bad(`goroutine ${g.id} in ${where} has status ${g.status}`);
    };
    for (const p of this.ps) {
      if (p.runqLen < 0 || p.runqLen > runqSize) bad(`P${p.id} runq length ${p.runqLen}`);
      if (p.curg) at(p.curg, `P${p.id}.curg`, 'running');
      if (p.runnext) at(p.runnext, `P${p.id}.runnext`, 'runnable');
      for (let i = p.head; i < p.tail; i++) at(p.runq[i % runqSize] as G, `P${p.id}.runq`, 'runnable');
    }
    for (let i = this.ghead; i < this.global.length; i++) at(this.global[i], 'global runq', 'runnable');
    for (const g of this.live) {
      if ((g.status === 'running' || g.status === 'runnable') && !seen.has(g)) bad(`goroutine ${g.id} is ${g.status} but in no queue`);
      if (g.status === 'dead') bad(`dead goroutine ${g.id} still live`);
    }
  }

  /** The queues, for views and tests: goroutine ids per P and global. */
  snapshot(): { ps: { id: number; curg: number | null; runnext: number | null; runq: number[] }[]; global: number[] } {
    return {
      ps: this.ps.map((p) => {
        const runq: number[] = [];
        for (let i = p.head; i < p.tail; i++) runq.push((p.runq[i % runqSize] as G).id);
        return { id: p.id, curg: p.curg?.id ?? null, runnext: p.runnext?.id ?? null, runq };
      }),
      global: this.global.slice(this.ghead).map((g) => g.id),
    };
  }
}

export type { QueueWhere };
