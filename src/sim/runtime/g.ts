/**
 * This file implements the runtime's view of a goroutine (`G`), the waiting record (`Sudog`) and
 * the services the runtime requires from the VM (`Parker`). It models the parts of
 * runtime/runtime2.go (type g, type sudog, waitReason) that the data structures of this folder use.
 *
 * The runtime never runs Go code and never decides what runs next: a blocking operation records a
 * Sudog, calls `parker.park(...)` and returns `true` ("parked"); the operation that later completes
 * it writes the result into the G (`ret`, `ok`, `selected`) and calls `parker.ready(...)`. The VM
 * resumes the goroutine after the operation and reads the result from the G.
 *
 * Invariants:
 * - g.status is 'waiting' exactly while the goroutine is parked; `waitReason` is then one of the
 *   strings of runtime2.go waitReasonStrings, as goroutine dumps print it.
 * - A G is on at most one wait list per channel; a goroutine blocked in select has one Sudog per
 *   non-nil case, all sharing the same `g` and the same `SelectDone` cell; the first case to fire
 *   sets `done.fired` and the others are unlinked (runtime/select.go: selectDone).
 * - Two kinds of blocking operations: COMPLETION operations (channels, select, sleep, semaphores,
 *   WaitGroup.Wait) are finished by the waker, the G resumes after the call with its result in the
 *   G; RETRY operations (sync.Mutex.Lock) leave a `resume` continuation the VM runs first.
 * - The runtime writes g.ret/g.ok/g.selected only for the operation the goroutine is currently
 *   performing or parked in.
 */

import type { EmittedEvent, ObjRef } from '../trace/events';
import type { Type } from '../types/type';

/** runtime2.go waitReasonStrings: the ones the simulator can produce. */
export type WaitReason =
  | 'chan receive' | 'chan send' | 'chan receive (nil chan)' | 'chan send (nil chan)'
  | 'select' | 'select (no cases)' | 'sleep' | 'semacquire'
  | 'sync.Mutex.Lock' | 'sync.RWMutex.RLock' | 'sync.RWMutex.Lock' | 'sync.WaitGroup.Wait' | 'sync.Cond.Wait'
  | 'preempted';

/** runtime2.go _Grunnable, _Grunning, _Gwaiting, _Gdead (plus 'idle' before the first run). */
export type GStatus = 'runnable' | 'running' | 'waiting' | 'dead';

/** The goroutine fields the runtime and the scheduler use. The VM's goroutine class implements it. */
export interface G {
  /** Go's goid: 1 for main.main, then in creation order. */
  readonly id: number;
  /** owned by vm/sched.ts */
  status: GStatus;
  /** the reason while waiting, '' otherwise (runtime2.go g.waitreason) */
  waitReason: WaitReason | '';
  /** the object waited on, for views and goroutine dumps */
  waitingOn: ObjRef | null;
  /** the P this G last ran on (-1 before it first ran); owned by vm/sched.ts */
  lastP: number;
  /** result of the last completed blocking-capable runtime op (received value) */
  ret: unknown;
  /** comma-ok of the last receive */
  ok: boolean;
  /** index of the case chosen by the last select (-1 = default) */
  selected: number;
  /** set by close() on a sender parked on the channel: the VM must panic when it resumes */
  wakePanic: 'send on closed channel' | null;
  /**
   * A runtime continuation to run when the goroutine is next scheduled, BEFORE its Go code
   * resumes (sync.Mutex's lockSlow loop retries the lock after being woken, which is where Go's
   * barging happens). The VM clears it, calls it, and if it returns true the goroutine parked
   * again: the VM picks another goroutine instead. May throw a FatalError/RuntimePanic.
   */
  resume: (() => boolean) | null;
}

/** A convenient base class for the VM's goroutine, with every G field initialised. */
export class GBase implements G {
  status: GStatus = 'runnable';
  waitReason: WaitReason | '' = '';
  waitingOn: ObjRef | null = null;
  lastP = -1;
  ret: unknown = undefined;
  ok = false;
  selected = -1;
  wakePanic: 'send on closed channel' | null = null;
  resume: (() => boolean) | null = null;
  constructor(readonly id: number) {}
}

/** Shared by the Sudogs of one blocked select: the first to fire wins. */
export interface SelectDone {
  fired: boolean;
  /** every Sudog of the select with the queue it waits in; the winner unlinks the others */
  readonly waits: { readonly q: { remove(s: Sudog): void }; readonly s: Sudog }[];
}

/**
 * A goroutine waiting on a channel (runtime2.go sudog). `elem` holds the value to send, or
 * receives the value. `caseIndex` is the select case (-1 for a plain send/receive).
 */
export class Sudog {
  constructor(
    readonly g: G,
    public elem: unknown,
    readonly caseIndex: number,
    readonly done: SelectDone | null,
    readonly pos: number,
  ) {}
  /** true once completed by a partner (select.go's sg.success for receives) */
  success = false;
}

/**
 * What the runtime needs from the VM. `tracing` false lets hot paths skip building events.
 */
export interface Parker {
  readonly tracing: boolean;
  /** Mark g waiting (status, reason, object) and emit go.block; the VM stops running g. */
  park(g: G, reason: WaitReason, pos: number, on: ObjRef | null): void;
  /** Make g runnable (goready: runnext of the waker's P); `by` is the waker, null for a timer. */
  ready(g: G, by: G | null, pos: number, cause: string): void;
  /** virtual monotonic time: nanoseconds since the program started (runtime nanotime); the wall
   *  clock is runtime/timer.ts playgroundEpochSec + now() (see Timers) */
  now(): number;
  /** uniform integer in [0, n), from the VM's seeded PRNG (runtime cheaprandn) */
  rand(n: number): number;
  /** a fresh object id (unique across channels, maps, timers, mutexes, allocations) */
  newId(): number;
  /** append an event; the VM stamps `step` */
  emit(e: EmittedEvent): void;
  /** `%v` of a value of type t, for events (only called when tracing) */
  show(v: unknown, t: Type | null): string;
  /** charge `bytes` of new heap memory to the program's heap budget (exit 125 beyond it) */
  alloc(bytes: number): void;
}
