/**
 * This file implements a tiny stand-in VM for testing the runtime and the scheduler without the
 * compiler: a goroutine is a JS generator that yields runtime operations `(g) => parked?`; one
 * yielded operation = one step. It drives vm/sched.ts exactly as the real VM must (next / run /
 * ran, g.resume first, timers.runDue at every pick, timers.advance when nothing can run) and
 * implements the runtime's Parker on top of the Scheduler.
 *
 * Recorded Go outputs are read from recorded/<name>.json (written by record.mjs from real Go).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GBase, type G, type Parker, type WaitReason } from '../../../src/sim/runtime/g';
import { Scheduler } from '../../../src/sim/vm/sched';
import { Timers } from '../../../src/sim/runtime/timer';
import { FatalError, RuntimePanic } from '../../../src/sim/runtime/errors';
import type { EmittedEvent, ObjRef, TraceEvent } from '../../../src/sim/trace/events';

export type Op = (g: TG) => boolean;
export type Body = (g: TG) => Generator<Op, void, void>;

export class TG extends GBase {
  it: Generator<Op, void, void> | null = null;
}

/** xorshift32 seeded PRNG (tests only). */
function prng(seed: number): (n: number) => number {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x % n;
  };
}

export interface RunOptions { debug?: boolean; runtimeGs?: number; gomaxprocs?: number; seed?: number; tracing?: boolean; sliceSteps?: number; maxSteps?: number }

export class MiniVM implements Parker {
  readonly tracing: boolean;
  readonly events: TraceEvent[] = [];
  readonly out: string[] = [];
  steps = 0;
  private ids = 0;
  private goids = 1;
  readonly rand: (n: number) => number;
  readonly sched: Scheduler;
  readonly timers: Timers;
  private readonly runtimeGs: number | undefined;
  result: 'exit' | 'deadlock' | 'panic' | 'fatal' | 'budget' = 'exit';
  message = '';

  constructor(o: RunOptions = {}) {
    this.tracing = o.tracing ?? true;
    this.runtimeGs = o.runtimeGs;
    this.rand = prng(o.seed ?? 1);
    this.sched = new Scheduler({
      gomaxprocs: o.gomaxprocs ?? 1, sliceSteps: o.sliceSteps, rand: this.rand, tracing: this.tracing,
      emit: (e) => this.emit(e), debug: o.debug ?? true,
    });
    this.timers = new Timers(this);
  }

  // Parker
  park(g: G, reason: WaitReason, pos: number, on: ObjRef | null): void { this.sched.park(g, reason, pos, on); }
  ready(g: G, by: G | null, pos: number, cause: string): void { this.sched.ready(g, by, pos, cause); }
  now(): number { return this.timers.now; }
  newId(): number { return ++this.ids; }
  emit(e: EmittedEvent): void { this.events.push({ ...e, step: this.steps } as TraceEvent); }
  show(v: unknown): string { return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v); }
  /** heap bytes charged through alloc (the VM turns this into the heap budget) */
  heapBytes = 0;
  alloc(bytes: number): void { this.heapBytes += bytes; }

  /** `go body()` from parent */
  go(parent: TG, body: Body): TG {
    const g = new TG(++this.goids);
    g.it = body(g);
    this.sched.newproc(parent, g, 'main.f', 0);
    return g;
  }

  run(main: Body, maxSteps = 1_000_000): this {
    const m = new TG(1);
    m.it = main(m);
    this.sched.start(m, this.runtimeGs);
    for (;;) {
      if (this.steps > maxSteps) { this.result = 'budget'; return this; }
      this.timers.runDue();
      const pick = this.sched.next();
      if (pick === null) {
        if (this.timers.advance()) continue;
        this.result = 'deadlock';
        return this;
      }
      const g = pick.g as TG;
      let used = 0;
      try {
        if (g.resume !== null) {
          const r = g.resume;
          g.resume = null;
          used++;
          if (r()) { this.sched.ran(pick, used); continue; }
        }
        while (used < pick.budget) {
          const res = (g.it as Generator<Op, void, void>).next();
          used++;
          this.steps++;
          if (res.done) {
            if (g.id === 1) { this.result = 'exit'; return this; }
            this.sched.exit(g, -1);
            break;
          }
          if (res.value(g)) break; // parked
          if (g.status !== 'running') break; // Gosched
        }
      } catch (e) {
        if (e instanceof FatalError) { this.result = 'fatal'; this.message = e.text; return this; }
        if (e instanceof RuntimePanic) { this.result = 'panic'; this.message = e.message; return this; }
        throw e;
      }
      this.sched.ran(pick, used);
    }
  }
}

/** A no-op step (straight-line code). */
export const nop: Op = () => false;

/** The recorded stdout of real Go for tests/sim/runtime/go/<name>. */
export function recorded(name: string): { stdout: string; stderr: string; exitCode: number }[] {
  const d = JSON.parse(readFileSync(join(__dirname, 'recorded', name + '.json'), 'utf8'));
  return d.results;
}
