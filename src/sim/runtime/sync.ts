/**
 * This file implements the sync primitives the runtime provides to package sync: Mutex
 * (internal/sync/mutex.go), RWMutex (sync/rwmutex.go) and WaitGroup (sync/waitgroup.go), on top of
 * runtime/sema.ts. The lib helper's natives for `sync` call these; the state words and their bit
 * layout are Go's, so the fast paths, barging and starvation mode behave as in Go.
 *
 * Mutex state: bit 0 locked, bit 1 woken, bit 2 starving, bits 3.. the number of waiters.
 * - Lock: CAS 0 → locked, else lockSlow: set locked (normal mode) or queue (add a waiter) and
 *   sleep on the semaphore with reason `sync.Mutex.Lock`. A woken waiter does NOT own the mutex:
 *   it loops and competes with newly arriving goroutines (barging), re-queueing at the FRONT
 *   (LIFO) if it loses; after waiting more than 1 ms (starvationThresholdNs, virtual time) it
 *   switches the mutex to starvation mode, where Unlock hands ownership straight to the first
 *   waiter. The loop continues via `g.resume` (see runtime/g.ts: a retry operation).
 * - Spinning (runtime_canSpin) is not modelled: it only burns CPU before the same decisions.
 * - Unlock of an unlocked mutex: `fatal error: sync: unlock of unlocked mutex` (not recoverable).
 *
 * Invariants: Mutex.state >= 0; (state >> 3) equals the number of goroutines queued on the
 * semaphore plus those woken but not yet re-queued; WaitGroup counter >= 0 (a negative one panics
 * `sync: negative WaitGroup counter`, a string value); waiters > 0 only while counter > 0.
 */

import type { G, Parker, WaitReason } from './g';
import { Sema, semacquire, semrelease } from './sema';
import {
  FatalError, RuntimePanic, negativeWaitGroupCounter, runlockOfUnlockedRWMutex, unlockOfUnlockedMutex,
  unlockOfUnlockedRWMutex,
} from './errors';

const mutexLocked = 1;
const mutexWoken = 2;
const mutexStarving = 4;
const mutexWaiterShift = 3;
const starvationThresholdNs = 1e6;

export class Mutex {
  state = 0;
  readonly sema: Sema;
  constructor(readonly id: number) { this.sema = new Sema({ kind: 'mutex', id }); }
  get locked(): boolean { return (this.state & mutexLocked) !== 0; }
}

function emitSync(rt: Parker, g: G, pos: number, obj: number, what: string, op: 'lock' | 'unlock' | 'rlock' | 'runlock' | 'add' | 'wait', state: string): void {
  if (rt.tracing) rt.emit({ kind: 'sync', g: g.id, pos, obj, what, op, state });
}

/**
 * sync.Mutex.Lock. Returns true when g parked (the VM then runs g.resume when g is scheduled
 * again, which continues the lockSlow loop). `then` runs once the lock is held (RWMutex.Lock's
 * second half); its result (parked?) is returned.
 */
export function mutexLock(rt: Parker, g: G, pos: number, m: Mutex, reason: WaitReason = 'sync.Mutex.Lock', then?: () => boolean): boolean {
  const done = (): boolean => {
    emitSync(rt, g, pos, m.id, 'sync.Mutex', 'lock', 'locked');
    return then ? then() : false;
  };
  if (m.state === 0) {
    m.state = mutexLocked;
    return done();
  }
  // lockSlow, as a loop that may park; its locals survive in this closure across wake-ups.
  let waitStartTime = 0;
  let starving = false;
  let awoke = false;
  const loop = (): boolean => {
    for (;;) {
      const old = m.state;
      let nw = old;
      if ((old & mutexStarving) === 0) nw |= mutexLocked;
      if ((old & (mutexLocked | mutexStarving)) !== 0) nw += 1 << mutexWaiterShift;
      if (starving && (old & mutexLocked) !== 0) nw |= mutexStarving;
      if (awoke) {
        if ((nw & mutexWoken) === 0) throw new FatalError('sync: inconsistent mutex state');
        nw &= ~mutexWoken;
      }
      m.state = nw;
      if ((old & (mutexLocked | mutexStarving)) === 0) return done(); // locked with CAS
      const queueLifo = waitStartTime !== 0;
      if (waitStartTime === 0) waitStartTime = rt.now();
      g.resume = afterWake;
      if (semacquire(rt, g, pos, m.sema, reason, queueLifo)) return true;
      g.resume = null;
      if (afterWake()) return true;
      return done();
    }
  };
  // What lockSlow does after runtime_SemacquireMutex returns.
  const afterWake = (): boolean => {
    starving = starving || rt.now() - waitStartTime > starvationThresholdNs;
    const old = m.state;
    if ((old & mutexStarving) !== 0) {
      // Ownership was handed off to us; the mutex is in starvation mode.
      let delta = mutexLocked - (1 << mutexWaiterShift);
      if (!starving || old >> mutexWaiterShift === 1) delta -= mutexStarving;
      m.state += delta;
      return done();
    }
    awoke = true;
    return loop();
  };
  return loop();
}

/** sync.Mutex.TryLock */
export function mutexTryLock(m: Mutex): boolean {
  if ((m.state & (mutexLocked | mutexStarving)) !== 0) return false;
  m.state |= mutexLocked;
  return true;
}

/** sync.Mutex.Unlock. `fatal error: sync: unlock of unlocked mutex` when not locked. */
export function mutexUnlock(rt: Parker, g: G, pos: number, m: Mutex): void {
  const nw = m.state - mutexLocked;
  if (((nw + mutexLocked) & mutexLocked) === 0) throw new FatalError(unlockOfUnlockedMutex);
  m.state = nw;
  emitSync(rt, g, pos, m.id, 'sync.Mutex', 'unlock', nw >> mutexWaiterShift > 0 ? `unlocked, ${nw >> mutexWaiterShift} waiting` : 'unlocked');
  if (nw === 0) return;
  if ((nw & mutexStarving) === 0) {
    const old = nw;
    if (old >> mutexWaiterShift === 0 || (old & (mutexLocked | mutexWoken | mutexStarving)) !== 0) return;
    m.state = (old - (1 << mutexWaiterShift)) | mutexWoken;
    semrelease(rt, g, pos, m.sema, 'sync.Mutex.Unlock');
  } else {
    // starvation mode: hand off to the first waiter (sema.go handoff + goyield)
    semrelease(rt, g, pos, m.sema, 'sync.Mutex.Unlock');
  }
}

// ---- RWMutex (sync/rwmutex.go) ---------------------------------------------------------------

const rwmutexMaxReaders = 1 << 30;

export class RWMutex {
  readonly w: Mutex;
  readonly writerSem: Sema;
  readonly readerSem: Sema;
  readerCount = 0;
  readerWait = 0;
  constructor(readonly id: number) {
    this.w = new Mutex(id);
    this.writerSem = new Sema({ kind: 'rwmutex', id });
    this.readerSem = new Sema({ kind: 'rwmutex', id });
  }
}

export function rwRLock(rt: Parker, g: G, pos: number, rw: RWMutex): boolean {
  emitSync(rt, g, pos, rw.id, 'sync.RWMutex', 'rlock', `readers ${rw.readerCount + 1}`);
  if (++rw.readerCount < 0) return semacquire(rt, g, pos, rw.readerSem, 'sync.RWMutex.RLock');
  return false;
}

export function rwRUnlock(rt: Parker, g: G, pos: number, rw: RWMutex): void {
  const r = --rw.readerCount;
  emitSync(rt, g, pos, rw.id, 'sync.RWMutex', 'runlock', `readers ${Math.max(r, r + rwmutexMaxReaders)}`);
  if (r < 0) {
    if (r + 1 === 0 || r + 1 === -rwmutexMaxReaders) throw new FatalError(runlockOfUnlockedRWMutex);
    if (--rw.readerWait === 0) semrelease(rt, g, pos, rw.writerSem, 'sync.RWMutex.RUnlock');
  }
}

export function rwLock(rt: Parker, g: G, pos: number, rw: RWMutex): boolean {
  return mutexLock(rt, g, pos, rw.w, 'sync.RWMutex.Lock', () => {
    const r = (rw.readerCount -= rwmutexMaxReaders) + rwmutexMaxReaders;
    if (r !== 0 && (rw.readerWait += r) !== 0) return semacquire(rt, g, pos, rw.writerSem, 'sync.RWMutex.Lock');
    return false;
  });
}

export function rwUnlock(rt: Parker, g: G, pos: number, rw: RWMutex): void {
  const r = (rw.readerCount += rwmutexMaxReaders);
  if (r >= rwmutexMaxReaders) throw new FatalError(unlockOfUnlockedRWMutex);
  for (let i = 0; i < r; i++) semrelease(rt, g, pos, rw.readerSem, 'sync.RWMutex.Unlock');
  mutexUnlock(rt, g, pos, rw.w);
}

// ---- WaitGroup (sync/waitgroup.go) -----------------------------------------------------------

export class WaitGroup {
  counter = 0;
  waiters = 0;
  readonly sema: Sema;
  constructor(readonly id: number) { this.sema = new Sema({ kind: 'waitgroup', id }); }
}

/** wg.Add(delta) (Done = Add(-1)). Panics `sync: negative WaitGroup counter`. */
export function wgAdd(rt: Parker, g: G, pos: number, wg: WaitGroup, delta: number): void {
  wg.counter += delta;
  emitSync(rt, g, pos, wg.id, 'sync.WaitGroup', 'add', `counter ${wg.counter}, waiters ${wg.waiters}`);
  if (wg.counter < 0) throw new RuntimePanic(negativeWaitGroupCounter);
  if (wg.waiters !== 0 && delta > 0 && wg.counter === delta) {
    throw new RuntimePanic('sync: WaitGroup misuse: Add called concurrently with Wait');
  }
  if (wg.counter > 0 || wg.waiters === 0) return;
  let w = wg.waiters;
  wg.waiters = 0;
  for (; w !== 0; w--) semrelease(rt, g, pos, wg.sema, 'sync.WaitGroup.Done');
}

/** wg.Wait(): returns true when g parked (a completion operation). */
export function wgWait(rt: Parker, g: G, pos: number, wg: WaitGroup): boolean {
  emitSync(rt, g, pos, wg.id, 'sync.WaitGroup', 'wait', `counter ${wg.counter}, waiters ${wg.waiters + (wg.counter ? 1 : 0)}`);
  if (wg.counter === 0) return false;
  wg.waiters++;
  return semacquire(rt, g, pos, wg.sema, 'sync.WaitGroup.Wait');
}

// ---- Once (sync/once.go) ----------------------------------------------------------------------

/**
 * sync.Once. The lib's Do(f) native: `if (o.done) return;` then mutexLock(o.m) (may park), then
 * `if (!o.done) { call f; o.done = true }` (done is set even if f panics: Go's `defer
 * o.done.Store(1)`), then mutexUnlock(o.m).
 */
export class Once {
  done = false;
  readonly m: Mutex;
  constructor(readonly id: number) { this.m = new Mutex(id); }
}
