/**
 * This file implements the runtime semaphore that package sync sleeps on, modelled on
 * runtime/sema.go (semacquire1, semrelease1). In Go, a semaphore is a uint32 in the sync object
 * plus a queue of waiting goroutines kept in a treap keyed by its address; here each Sema owns its
 * queue directly.
 *
 * Invariants:
 * - count >= 0; count > 0 implies the queue is empty (a release with waiters transfers the unit
 *   straight to the first waiter: Go's woken waiter re-checks `cansemacquire`, which only a
 *   concurrent acquirer could beat — the simulator grants it directly, the handoff case of sema.go);
 * - every queued goroutine is parked with the Sema's wait reason.
 *
 * Protocol: `semacquire` returns true when it parked g; the goroutine is readied by `semrelease`
 * already owning the unit, so nothing is left to do when it resumes (a completion operation).
 */

import type { ObjRef } from '../trace/events';
import { BoxPtr, ElemPtr, FieldPtr, type Pointer } from '../vm/values';
import type { G, Parker, WaitReason } from './g';

export class Sema {
  count = 0;
  private q: G[] = [];
  private head = 0;
  constructor(readonly ref: ObjRef) {}
  get waiters(): number { return this.q.length - this.head; }
  /** waiting goroutine ids, in queue order */
  waitingIds(): number[] { return this.q.slice(this.head).map((g) => g.id); }
  enqueue(g: G, lifo: boolean): void {
    if (lifo) {
      if (this.head > 0) this.q[--this.head] = g; else this.q.unshift(g);
    } else this.q.push(g);
  }
  dequeue(): G | null {
    if (this.head >= this.q.length) return null;
    const g = this.q[this.head++];
    if (this.head > 64 && this.head * 2 > this.q.length) { this.q = this.q.slice(this.head); this.head = 0; }
    return g;
  }
}

/** semacquire: take a unit or park (lifo = queue at the front, as a re-waiting Mutex waiter does). */
export function semacquire(rt: Parker, g: G, pos: number, s: Sema, reason: WaitReason, lifo = false): boolean {
  if (s.count > 0) {
    s.count--;
    return false;
  }
  s.enqueue(g, lifo);
  rt.park(g, reason, pos, s.ref);
  return true;
}

/** semrelease: add a unit; when someone waits, it gets the unit and becomes runnable. */
export function semrelease(rt: Parker, g: G | null, pos: number, s: Sema, cause: string): G | null {
  const w = s.dequeue();
  if (w === null) {
    s.count++;
    return null;
  }
  rt.ready(w, g, pos, cause);
  return w;
}

/**
 * The semaphores of a run keyed by the address of the Go variable they sleep on (sema.go keeps a
 * treap keyed by address): for package sync written in Go, `runtime_Semacquire(&m.sema)` arrives
 * as a Pointer; this table gives the same Sema for the same variable. One table per VM.
 */
export class SemaTable {
  private readonly byObj = new WeakMap<object, Map<string | number, Sema>>();
  private readonly byBox = new WeakMap<object, Sema>();
  constructor(private readonly newId: () => number) {}
  get(p: Pointer, kind: ObjRef['kind'] = 'sema'): Sema {
    if (p instanceof BoxPtr) {
      let s = this.byBox.get(p.box);
      if (s === undefined) { s = new Sema({ kind, id: this.newId() }); this.byBox.set(p.box, s); }
      return s;
    }
    let obj: object;
    let key: string | number;
    if (p instanceof FieldPtr) { obj = p.obj; key = p.field; } else if (p instanceof ElemPtr) { obj = p.arr; key = p.index; } else { obj = p; key = ''; }
    let m = this.byObj.get(obj);
    if (m === undefined) { m = new Map(); this.byObj.set(obj, m); }
    let s = m.get(key);
    if (s === undefined) { s = new Sema({ kind, id: this.newId() }); m.set(key, s); }
    return s;
  }
}
