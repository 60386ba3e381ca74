/**
 * This file implements virtual time: the clock, the timer heap, time.Sleep and channel timers
 * (time.After, NewTimer, Ticker, Stop, Reset), modelled on runtime/time.go and, for the clock, on
 * the Go Playground's faketime (runtime/time_fake.go): time starts at 2009-11-10 23:00:00 UTC and
 * moves ONLY when every goroutine is blocked — then it jumps to the earliest timer. Nothing ever
 * really waits, and a run's output never depends on the host's speed.
 *
 * Invariants:
 * - `now` (ns since program start) never decreases; the wall clock is playgroundEpochSec + now.
 * - The heap is ordered by (when, seq): timers with equal deadlines fire in the order they were
 *   started (stable; Go's 4-ary heap does not promise this, but equal deadlines are rare in real
 *   Go, where the clock moves while code runs).
 * - A timer is in the heap iff it is active (`t.active`); Stop/Reset remove it eagerly.
 * - checkdead: a deadlock is declared only when no goroutine can run AND the heap is empty
 *   (proc.go checkdead: "There are no goroutines running, so we can look at the P's timers").
 *
 * The VM calls `runDue()` at scheduling points (fires timers whose time has come without moving
 * the clock, e.g. time.After(0)) and `advance()` when no goroutine is runnable.
 */

import type { G, Parker } from './g';
import type { Channel } from './chan';

/** 2009-11-10 23:00:00 UTC in seconds: time.Now() at program start, as on the Go Playground. */
export const playgroundEpochSec = 1257894000;

export class Timer {
  active = false;
  when = 0;
  seq = 0;
  heapIndex = -1;
  constructor(
    readonly id: number,
    /** called when the timer fires, with the deadline it fired for */
    readonly fire: (when: number) => void,
    /** > 0 for a Ticker */
    public period: number,
  ) {}
}

export class Timers {
  /** virtual ns since start */
  now = 0;
  private heap: Timer[] = [];
  private seq = 0;
  constructor(private readonly rt: Parker) {}

  /** timers pending (active) */
  get pending(): number { return this.heap.length; }
  /** wall-clock ns since the Unix epoch as a bigint (exact), for time.Now */
  wallNanos(): bigint { return BigInt(playgroundEpochSec) * 1000000000n + BigInt(this.now); }

  // ---- heap (ordered by when, then seq) ----
  private less(a: Timer, b: Timer): boolean { return a.when < b.when || (a.when === b.when && a.seq < b.seq); }
  private swap(i: number, j: number): void {
    const h = this.heap;
    [h[i], h[j]] = [h[j], h[i]];
    h[i].heapIndex = i;
    h[j].heapIndex = j;
  }
  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(this.heap[i], this.heap[p])) break;
      this.swap(i, p);
      i = p;
    }
  }
  private down(i: number): void {
    const n = this.heap.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      let m = l;
      if (l + 1 < n && this.less(this.heap[l + 1], this.heap[l])) m = l + 1;
      if (!this.less(this.heap[m], this.heap[i])) break;
      this.swap(i, m);
      i = m;
    }
  }
  private push(t: Timer): void {
    t.seq = this.seq++;
    t.active = true;
    t.heapIndex = this.heap.length;
    this.heap.push(t);
    this.up(t.heapIndex);
  }
  private remove(t: Timer): void {
    const i = t.heapIndex;
    const last = this.heap.length - 1;
    if (i !== last) this.swap(i, last);
    this.heap.pop();
    t.active = false;
    t.heapIndex = -1;
    if (i < this.heap.length) { this.down(i); this.up(i); }
  }

  private emitTimer(g: G | null, pos: number, t: Timer, op: 'add' | 'fire' | 'stop' | 'reset'): void {
    if (this.rt.tracing) this.rt.emit({ kind: 'timer', g: g?.id ?? 0, pos, timer: t.id, op, when: t.when });
  }

  /** Start a timer firing after d ns (d <= 0: at the current instant). */
  start(g: G | null, pos: number, d: number, fire: (when: number) => void, period = 0): Timer {
    const t = new Timer(this.rt.newId(), fire, period);
    t.when = this.now + Math.max(0, d);
    this.push(t);
    this.emitTimer(g, pos, t, 'add');
    return t;
  }

  /** Timer.Stop: true if the call stopped the timer (it was active). */
  stop(g: G | null, pos: number, t: Timer): boolean {
    if (!t.active) return false;
    this.remove(t);
    this.emitTimer(g, pos, t, 'stop');
    return true;
  }

  /** Timer.Reset(d) / Ticker.Reset: true if the timer had been active. */
  reset(g: G | null, pos: number, t: Timer, d: number, period?: number): boolean {
    const was = t.active;
    if (was) this.remove(t);
    if (period !== undefined) t.period = period;
    t.when = this.now + Math.max(0, d);
    this.push(t);
    this.emitTimer(g, pos, t, 'reset');
    return was;
  }

  /** Fire every timer whose deadline has come; returns how many fired. */
  runDue(): number {
    let n = 0;
    while (this.heap.length > 0 && this.heap[0].when <= this.now) {
      const t = this.heap[0];
      this.remove(t);
      const when = t.when;
      this.emitTimer(null, -1, t, 'fire');
      if (t.period > 0) {
        // Ticker: next deadline, skipping missed ticks (time.go: t.when += t.period * (1 + -delta/t.period))
        t.when = when + t.period * (1 + Math.floor((this.now - when) / t.period));
        this.push(t);
      }
      t.fire(when);
      n++;
    }
    return n;
  }

  /**
   * Every goroutine is blocked: jump the clock to the earliest timer and fire all due timers.
   * Returns false when no timer is pending — then the program is deadlocked.
   */
  advance(): boolean {
    if (this.heap.length === 0) return false;
    const when = this.heap[0].when;
    if (when > this.now) {
      this.now = when;
      if (this.rt.tracing) this.rt.emit({ kind: 'clock', g: 0, pos: -1, now: when });
    }
    this.runDue();
    return true;
  }

  /** time.Sleep(d): parks g with reason `sleep` (d <= 0 returns at once: false). */
  sleep(g: G, pos: number, d: number): boolean {
    if (d <= 0) return false;
    this.start(g, pos, d, () => this.rt.ready(g, null, -1, 'timer'));
    this.rt.park(g, 'sleep', pos, null);
    return true;
  }
}

/**
 * Deliver a timer's value on its channel (time.go sendTime: a non-blocking send; the channel has
 * an internal 1-slot buffer, and a tick is dropped if the previous one was not received).
 */
export function sendTime(rt: Parker, c: Channel, value: unknown): void {
  const sg = c.recvq.dequeue();
  if (sg !== null) {
    sg.elem = value;
    sg.success = true;
    sg.g.ret = value;
    sg.g.ok = true;
    if (sg.caseIndex >= 0) sg.g.selected = sg.caseIndex;
    if (rt.tracing) rt.emit({ kind: 'chan.send', g: 0, pos: -1, ch: c.id, value: rt.show(value, c.elemType), to: sg.g.id, buf: [], sendq: [], recvq: c.recvq.ids() });
    rt.ready(sg.g, null, -1, 'timer');
    return;
  }
  if (c.qcount < c.cap) {
    c.buf[c.sendx] = value;
    c.sendx = (c.sendx + 1) % c.cap;
    c.qcount++;
    if (rt.tracing) rt.emit({ kind: 'chan.send', g: 0, pos: -1, ch: c.id, value: rt.show(value, c.elemType), to: null, buf: c.contents().map((x) => rt.show(x, c.elemType)), sendq: [], recvq: [] });
  }
}

/** Stop/Reset of a channel timer drop a value not yet received (Go 1.23+ synchronous timer channels). */
export function drainTimerChan(c: Channel): void {
  while (c.qcount > 0) {
    c.buf[c.recvx] = undefined;
    c.recvx = (c.recvx + 1) % c.cap;
    c.qcount--;
  }
}

/**
 * A channel timer (time.NewTimer, time.After, time.NewTicker): a 1-slot channel flagged as a timer
 * channel (len/cap report 0, Go 1.23+) and a timer that delivers `value(when)` on it. `period` > 0
 * makes a Ticker. `makeChan` builds the channel (the caller knows the element type and its zero).
 */
export function newChanTimer(
  rt: Parker, timers: Timers, g: G, pos: number, d: number, period: number,
  makeChan: () => Channel, value: (whenNs: number) => unknown,
): { timer: Timer; c: Channel } {
  const c = makeChan();
  c.timerChan = true;
  const timer = timers.start(g, pos, d, (when) => sendTime(rt, c, value(when)), period);
  return { timer, c };
}

/**
 * Timer.Stop for a channel timer: Go 1.23+ guarantees no stale value is received afterwards, and
 * a value that fired but was not received counts as not delivered: Stop reports true (recorded).
 */
export function stopChanTimer(timers: Timers, g: G, pos: number, t: Timer, c: Channel): boolean {
  const pending = c.qcount > 0;
  const was = timers.stop(g, pos, t);
  drainTimerChan(c);
  return was || pending;
}

/** Timer.Reset / Ticker.Reset for a channel timer (drains a pending value, re-arms). */
export function resetChanTimer(timers: Timers, g: G, pos: number, t: Timer, c: Channel, d: number, period?: number): boolean {
  const pending = c.qcount > 0;
  drainTimerChan(c);
  return timers.reset(g, pos, t, d, period) || pending;
}
