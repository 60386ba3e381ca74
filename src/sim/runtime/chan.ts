/**
 * This file implements Go channels, modelled on runtime/chan.go (hchan, chansend, chanrecv,
 * closechan). https://go.dev/ref/spec#Channel_types, #Send_statements, #Receive_operator, #Close
 *
 * A channel is a ring buffer of `cap` slots plus two queues of waiting goroutines (Sudogs):
 * `recvq` (receivers waiting for a value) and `sendq` (senders waiting with a value).
 *
 * Invariants (as chan.go states them):
 *  - at least one of c.sendq and c.recvq is empty, except for an unbuffered channel with a single
 *    goroutine blocked in select on both sending and receiving on it;
 *  - for buffered channels: qcount > 0 implies recvq is empty; qcount < cap implies sendq is empty;
 *  - 0 <= qcount <= cap, and buf[recvx .. recvx+qcount) (mod cap) are the queued values in FIFO order;
 *  - once closed, a channel never reopens and sendq is empty.
 *
 * Semantics reproduced exactly: a send to a waiting receiver hands the value over directly (the
 * buffer is bypassed); a receive from a full buffer with a waiting sender takes the head and moves
 * the sender's value to the tail; close wakes every receiver (zero value, ok=false) and every
 * sender (which then panics `send on closed channel`); nil channels block forever; `close of nil
 * channel`, `close of closed channel`, `send on closed channel` panic.
 *
 * Calling convention: `chansend`/`chanrecv` return true when they parked the goroutine. The
 * result of a receive (now or after waking) is in g.ret / g.ok. A parked sender woken by close
 * finds g.wakePanic set: the VM must then throw `sendOnClosedError()` in that goroutine
 * (`panicIfWoken(g)` does it). The value passed to chansend must already be a copy (the compiler
 * copies struct/array values), since it is stored as is.
 */

import type { Type } from '../types/type';
import type { G, Parker } from './g';
import { Sudog } from './g';
import { rtypeString } from './typename';
import { closeOfClosedError, closeOfNilError, makechanSizeError, sendOnClosedError } from './errors';

/** A FIFO of Sudogs with O(1) removal (chan.go waitq). */
export class WaitQ {
  private items: Sudog[] = [];
  private head = 0;
  get length(): number { return this.items.length - this.head; }
  enqueue(s: Sudog): void { this.items.push(s); }
  /** The first waiter whose select has not fired yet (chan.go waitq.dequeue skips those). */
  dequeue(): Sudog | null {
    while (this.head < this.items.length) {
      const s = this.items[this.head++];
      if (this.head > 32 && this.head * 2 > this.items.length) { this.items = this.items.slice(this.head); this.head = 0; }
      if (s.done !== null) {
        if (s.done.fired) continue;
        s.done.fired = true;
        // select.go pass 3: the select's other sudogs leave their queues
        for (const w of s.done.waits) if (w.s !== s) w.q.remove(w.s);
      }
      return s;
    }
    return null;
  }
  /** Remove a specific sudog (select cleanup: dequeueSudoG). */
  remove(s: Sudog): void {
    const i = this.items.indexOf(s, this.head);
    if (i >= 0) this.items.splice(i, 1);
  }
  /** is there a waiter whose select has not fired? */
  hasLive(): boolean {
    for (let i = this.head; i < this.items.length; i++) {
      const s = this.items[i];
      if (s.done === null || !s.done.fired) return true;
    }
    return false;
  }
  /** goroutine ids in queue order, skipping fired select waiters */
  ids(): number[] {
    const out: number[] = [];
    for (let i = this.head; i < this.items.length; i++) {
      const s = this.items[i];
      if (s.done === null || !s.done.fired) out.push(s.g.id);
    }
    return out;
  }
}

export class Channel {
  /** ring buffer */
  readonly buf: unknown[];
  qcount = 0;
  sendx = 0;
  recvx = 0;
  closed = false;
  readonly recvq = new WaitQ();
  readonly sendq = new WaitQ();
  /** a time.Timer/Ticker channel: Go 1.23+ reports len and cap 0 for it (it is synchronous) */
  timerChan = false;
  constructor(
    readonly id: number,
    readonly elemType: Type | null,
    readonly cap: number,
    /** a fresh zero value of the element type (received from a closed channel) */
    readonly zero: () => unknown,
  ) {
    this.buf = new Array(cap);
  }

  /** the buffered values, oldest first */
  contents(): unknown[] {
    const out: unknown[] = [];
    for (let i = 0; i < this.qcount; i++) out.push(this.buf[(this.recvx + i) % this.cap]);
    return out;
  }

  /** Development check of the invariants above; throws "internal error" on violation. */
  check(): void {
    const bad = (m: string): never => { throw new Error(`internal error: chan ${this.id}: ${m}`); };
    if (this.qcount < 0 || this.qcount > this.cap) bad('qcount out of range');
    if (this.cap > 0 && this.qcount > 0 && this.recvq.length > 0) bad('buffered values with waiting receivers');
    if (this.cap > 0 && this.qcount < this.cap && this.sendq.length > 0) bad('free slots with waiting senders');
    if (this.closed && this.sendq.ids().length > 0) bad('closed channel with waiting senders');
  }
}

/** `make(chan T, size)`; makechan panics `makechan: size out of range` for negative sizes. */
export function makechan(rt: Parker, g: G, pos: number, elemType: Type | null, size: number | bigint, zero: () => unknown): Channel {
  if (typeof size === 'bigint' || size < 0 || size > 0x7fffffff) throw makechanSizeError();
  const c = new Channel(rt.newId(), elemType, size, zero);
  if (rt.tracing) rt.emit({ kind: 'chan.make', g: g.id, pos, ch: c.id, elem: elemType ? rtypeString(elemType) : '', cap: size });
  return c;
}

function emitSend(rt: Parker, g: G, pos: number, c: Channel, v: unknown, to: number | null): void {
  rt.emit({
    kind: 'chan.send', g: g.id, pos, ch: c.id, value: rt.show(v, c.elemType), to,
    buf: c.contents().map((x) => rt.show(x, c.elemType)), sendq: c.sendq.ids(), recvq: c.recvq.ids(),
  });
}

function emitRecv(rt: Parker, g: G, pos: number, c: Channel, v: unknown, ok: boolean, from: number | null): void {
  rt.emit({
    kind: 'chan.recv', g: g.id, pos, ch: c.id, value: rt.show(v, c.elemType), ok, from,
    buf: c.contents().map((x) => rt.show(x, c.elemType)), sendq: c.sendq.ids(), recvq: c.recvq.ids(),
  });
}

/**
 * Try to send without blocking (the first half of chansend). Returns true when the value was
 * delivered (to a receiver or into the buffer); throws on a closed channel.
 */
export function trySend(rt: Parker, g: G, pos: number, c: Channel, v: unknown): boolean {
  if (c.closed) throw sendOnClosedError();
  const sg = c.recvq.dequeue();
  if (sg !== null) {
    // chan.go send: hand the value directly to the waiting receiver and wake it.
    deliverRecv(sg, v, true);
    if (rt.tracing) emitSend(rt, g, pos, c, v, sg.g.id);
    rt.ready(sg.g, g, pos, 'chan send');
    return true;
  }
  if (c.qcount < c.cap) {
    c.buf[c.sendx] = v;
    if (++c.sendx === c.cap) c.sendx = 0;
    c.qcount++;
    if (rt.tracing) emitSend(rt, g, pos, c, v, null);
    return true;
  }
  return false;
}

/** Complete a receiver's sudog with value v. */
function deliverRecv(sg: Sudog, v: unknown, ok: boolean): void {
  sg.elem = v;
  sg.success = ok;
  const rg = sg.g;
  rg.ret = v;
  rg.ok = ok;
  if (sg.caseIndex >= 0) rg.selected = sg.caseIndex;
}

/**
 * Try to receive without blocking (first half of chanrecv). Returns true with the result in
 * g.ret/g.ok when a value (or the closed state) was available.
 */
export function tryRecv(rt: Parker, g: G, pos: number, c: Channel): boolean {
  if (c.closed && c.qcount === 0) {
    const z = c.zero();
    g.ret = z;
    g.ok = false;
    if (rt.tracing) emitRecv(rt, g, pos, c, z, false, null);
    return true;
  }
  const sg = c.sendq.dequeue();
  if (sg !== null) {
    // chan.go recv: unbuffered → take the sender's value directly; buffered (and full) → take the
    // head of the queue and put the sender's value at the tail.
    let v: unknown;
    if (c.cap === 0) {
      v = sg.elem;
    } else {
      v = c.buf[c.recvx];
      c.buf[c.recvx] = sg.elem;
      if (++c.recvx === c.cap) c.recvx = 0;
      c.sendx = c.recvx; // the buffer is still full
    }
    sg.success = true;
    if (sg.caseIndex >= 0) sg.g.selected = sg.caseIndex;
    sg.elem = undefined;
    g.ret = v;
    g.ok = true;
    if (rt.tracing) emitRecv(rt, g, pos, c, v, true, sg.g.id);
    rt.ready(sg.g, g, pos, 'chan receive');
    return true;
  }
  if (c.qcount > 0) {
    const v = c.buf[c.recvx];
    c.buf[c.recvx] = undefined;
    if (++c.recvx === c.cap) c.recvx = 0;
    c.qcount--;
    g.ret = v;
    g.ok = true;
    if (rt.tracing) emitRecv(rt, g, pos, c, v, true, null);
    return true;
  }
  return false;
}

/** `c <- v`. Returns true when g parked (the VM stops running it). */
export function chansend(rt: Parker, g: G, pos: number, c: Channel | null, v: unknown): boolean {
  if (c === null) {
    rt.park(g, 'chan send (nil chan)', pos, null);
    return true;
  }
  if (trySend(rt, g, pos, c, v)) return false;
  c.sendq.enqueue(new Sudog(g, v, -1, null, pos));
  g.wakePanic = null;
  rt.park(g, 'chan send', pos, { kind: 'chan', id: c.id });
  return true;
}

/** `<-c` / `v, ok := <-c`. Result in g.ret, g.ok. Returns true when g parked. */
export function chanrecv(rt: Parker, g: G, pos: number, c: Channel | null): boolean {
  if (c === null) {
    rt.park(g, 'chan receive (nil chan)', pos, null);
    return true;
  }
  if (tryRecv(rt, g, pos, c)) return false;
  c.recvq.enqueue(new Sudog(g, undefined, -1, null, pos));
  rt.park(g, 'chan receive', pos, { kind: 'chan', id: c.id });
  return true;
}

/** `close(c)`: wakes all receivers (zero, false) and all senders (who panic). */
export function closechan(rt: Parker, g: G, pos: number, c: Channel | null): void {
  if (c === null) throw closeOfNilError();
  if (c.closed) throw closeOfClosedError();
  c.closed = true;
  const woke: G[] = [];
  const panicked: G[] = [];
  for (let sg = c.recvq.dequeue(); sg !== null; sg = c.recvq.dequeue()) {
    deliverRecv(sg, c.zero(), false);
    woke.push(sg.g);
  }
  for (let sg = c.sendq.dequeue(); sg !== null; sg = c.sendq.dequeue()) {
    sg.elem = undefined;
    sg.success = false;
    sg.g.wakePanic = 'send on closed channel';
    if (sg.caseIndex >= 0) sg.g.selected = sg.caseIndex;
    panicked.push(sg.g);
  }
  if (rt.tracing) {
    rt.emit({ kind: 'chan.close', g: g.id, pos, ch: c.id, woke: woke.map((x) => x.id), panicked: panicked.map((x) => x.id) });
  }
  // chan.go: "Ready all Gs now that we've dropped the channel lock." (receivers first, then senders)
  for (const w of woke) rt.ready(w, g, pos, 'chan close');
  for (const w of panicked) rt.ready(w, g, pos, 'chan close');
}

/** After a parked send resumes: throw the panic close() left for it, if any. */
export function panicIfWoken(g: G): void {
  if (g.wakePanic !== null) {
    g.wakePanic = null;
    throw sendOnClosedError();
  }
}

/** len(c): 0 for nil. */
export function chanlen(c: Channel | null): number { return c === null || c.timerChan ? 0 : c.qcount; }
/** cap(c): 0 for nil. */
export function chancap(c: Channel | null): number { return c === null || c.timerChan ? 0 : c.cap; }
