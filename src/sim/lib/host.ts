/**
 * This file defines `Host`: what the standard library's natives need from the VM. The VM passes
 * its Host as the first argument of every native: `native(host, ...goArgs)`. A native returns its
 * Go result (several results as a JS array, none as undefined).
 *
 * Blocking protocol: a native that must wait (time.Sleep, sync's semacquire, runtime.Gosched)
 * calls a parking method of the host (`sleep`, `semacquire`, `gosched`) and RETURNS WHAT THAT
 * METHOD RETURNED. When the result is `PARKED` the VM stops running the goroutine after the call;
 * when the goroutine is resumed the call is complete (these natives have no results). Otherwise
 * (e.g. a semaphore token was available) the call completed at once.
 *
 * Panics: `host.panic(v)` throws (it never returns) a Go panic whose value is `v` (a Go `any`:
 * an Iface or null); `panicString(s)` panics with a Go string value, as `panic("...")` does in a
 * Go body. `fatal(msg)` is runtime.fatal ("fatal error: msg", no recover, exit 2).
 *
 * Invariants: natives never keep references to the host beyond the call, except timers'
 * callbacks which the host itself stores; all per-run state lives in the host (`local`), never
 * in module variables, so several VMs can run side by side.
 */

import type { Signature, Type } from '../types/type';
import type { FuncValue, Iface, Int64 } from '../vm/values';

/** Returned by a host parking method when the goroutine was parked. */
export const PARKED: unique symbol = Symbol('parked');
export type Parked = typeof PARKED;

export interface Host {
  // ---- output and process ----
  /** Writes bytes (a byte string) to fd 1 (stdout) or 2 (stderr), emitting the output event. */
  write(fd: number, bytes: string): void;
  /** os.Args (byte strings); args()[0] is the program name. */
  args(): readonly string[];
  /** os.Getenv: undefined when unset. */
  getenv(key: string): string | undefined;
  /** os.Exit: ends the program at once with this code (deferred calls do not run). Never returns. */
  exit(code: number): never;

  // ---- calling Go ----
  /** Runs a Go function value to completion on the current goroutine and returns its result
   *  (several results as an array). A panic inside propagates as a JS throw of the VM's panic. */
  callSync(fn: FuncValue, args: readonly unknown[]): unknown;
  /** The method `name` in the method set of v's dynamic type (promoted methods included), bound
   *  to v (a method value; calling it through a nil pointer must panic when called, not here),
   *  with its signature; null when the method set has no such method. */
  methodOf(v: Iface, name: string): { fn: FuncValue; sig: Signature } | null;
  /** When `e` (caught around callSync) is a Go panic, marks it recovered and returns its value;
   *  otherwise returns undefined and the caller must rethrow `e`. */
  recoverFrom(e: unknown): { value: Iface | null } | undefined;
  /** Whether a value of type t can be assigned to a variable of type target (identical, or target
   *  is an interface that t implements). */
  assignable(t: Type, target: Type): boolean;
  /** The Go function `name` of a loaded package ("fmt.callFormat"), as a function value; the
   *  printer calls Format methods through it. Optional: without it Format methods are ignored. */
  goFunc?(name: string): FuncValue | undefined;
  /** The signature of method `name` in the method set of type t (promoted methods included), or null. */
  methodSig(t: Type, name: string): Signature | null;
  /** Whether values of the dynamic type t are comparable with == (reflect.Type.Comparable). */
  comparable(t: Type): boolean;

  // ---- panics ----
  panic(value: Iface | null): never;
  panicString(s: string): never;
  fatal(msg: string): never;
  /** Makes the interface value for a Go string (`any(s)`), e.g. for a panic value. */
  stringIface(s: string): Iface;

  // ---- runtime data the library reads ----
  /** The entries of a Go map, in any order (fmt sorts them). */
  mapEntries(m: unknown): Array<[unknown, unknown]>;
  /** A stable fake address (like 0xc000012080) for an object, channel, map, func or pointer. */
  addressOf(ref: unknown): number;

  // ---- scheduler, clock, timers ----
  /** Virtual wall clock: nanoseconds since the Unix epoch (starts at 2009-11-10 23:00:00 UTC,
   *  i.e. 1257894000000000000n, as on the Go Playground). A bigint: the value exceeds 2^53. */
  now(): bigint;
  /** Monotonic virtual clock in nanoseconds since the VM started. */
  monotonic(): number;
  /** time.Sleep: parks the goroutine (wait reason "sleep") for ns virtual nanoseconds. */
  sleep(ns: number): Parked | undefined;
  /** Arms a timer: at now+ns the host calls fire() (outside any goroutine). Returns a timer id. */
  startTimer(ns: number, fire: () => void): number;
  /** Disarms a timer; true if it was still armed. */
  stopTimer(id: number): boolean;
  /** A non-blocking send on a channel (for timers): true if the value was sent/buffered. */
  chanTrySend(ch: unknown, v: unknown): boolean;
  /** Starts a new goroutine running fn(args) (time.AfterFunc). */
  go(fn: FuncValue, args: readonly unknown[]): void;
  /** sync's semaphores: waits until the uint32 the pointer designates is > 0, then decrements it.
   *  `key` identifies the semaphore (the pointer passed by the Go code, compare with sameAs). */
  semacquire(key: unknown, lifo: boolean, reason: string): Parked | undefined;
  /** Increments the semaphore, waking its first waiter if any. */
  semrelease(key: unknown): void;
  /** runtime.Gosched: yields the processor; the goroutine stays runnable. */
  gosched(): Parked | undefined;
  /** runtime.Goexit: runs the deferred calls and ends the goroutine. Never returns. */
  goexit(): never;
  numGoroutine(): number;
  /** GOMAXPROCS(n): sets when n > 0, returns the previous value. */
  gomaxprocs(n: number): number;
  numCPU(): number;
  /** runtime.GC: a collection point for the heap model (may be a no-op). */
  gc(): void;
  /** runtime/debug.SetMaxStack: sets the per-goroutine stack limit, returns the previous one. */
  setMaxStack(bytes: number): number;
  /** Heap figures for runtime.ReadMemStats. */
  memStats(): { alloc: number; totalAlloc: number; sys: number; mallocs: number; frees: number; heapObjects: number; numGC: number };

  // ---- randomness ----
  /** 63 uniformly random bits from the VM's seeded PRNG (stream 0: math/rand's global source,
   *  which Go seeds randomly; rand.New(rand.NewSource(n)) is Go's own generator in Go code). */
  randInt63(stream: number): Int64;

  // ---- per-run library state ----
  /** A per-VM object the library may keep state in, created on first use by init. */
  local<T>(key: string, init: () => T): T;
}
