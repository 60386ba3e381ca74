/**
 * This file implements the select statement, modelled on runtime/select.go (selectgo) and the
 * compiler's lowering of select (cmd/compile/internal/walk/select.go).
 * https://go.dev/ref/spec#Select_statements
 *
 * selectgo:
 *  1. pollorder: the non-nil cases in a uniformly random order (select.go shuffles with
 *     cheaprandn(i+1), an inside-out Fisher–Yates; ours uses the VM's seeded PRNG the same way);
 *     nil-channel cases are dropped — they can never proceed.
 *  2. pass 1: the first case in poll order that can proceed wins. So when several cases are
 *     ready, each is chosen with equal probability ("random"); when one is, it wins ("ready").
 *  3. no case ready: with a default, take it ("default"); else enqueue a Sudog on every channel
 *     (all sharing one SelectDone) and park with wait reason `select`. The first channel
 *     operation to complete one Sudog wins ("woken"); the others are unlinked (pass 3).
 *
 * The compiler's special cases are reproduced here, because they change what goroutine dumps
 * show: `select {}` blocks forever with reason `select (no cases)`; a select with a single case
 * and no default is a plain send/receive (reason `chan send` / `chan receive`, or the nil-chan
 * variants); a single case plus default is a non-blocking send/receive (no randomness).
 *
 * Invariants: the result is g.selected (case index in source order, -1 = default); for a receive
 * case g.ret/g.ok hold the value and ok. After a parked select resumes, the VM must call
 * `panicIfWoken(g)` (a send case woken by close panics `send on closed channel`).
 */

import type { SelectCaseInfo } from '../trace/events';
import type { G, Parker, SelectDone } from './g';
import { Sudog } from './g';
import type { Channel } from './chan';
import { chanrecv, chansend, tryRecv, trySend } from './chan';

/** One `case` of a select, in source order. `value` is the value to send (send cases). */
export interface SelectCase {
  readonly dir: 'send' | 'recv';
  readonly ch: Channel | null;
  readonly value?: unknown;
}

function caseInfos(cases: readonly SelectCase[]): SelectCaseInfo[] {
  return cases.map((c) => ({ dir: c.dir, ch: c.ch === null ? null : c.ch.id }));
}

/** Is case c ready now (would it proceed without blocking)? */
function isReady(c: SelectCase): boolean {
  const ch = c.ch;
  if (ch === null) return false;
  if (c.dir === 'send') return ch.closed || ch.recvq.hasLive() || ch.qcount < ch.cap;
  return ch.qcount > 0 || ch.closed || ch.sendq.hasLive();
}

/**
 * Run a select. Returns true when g parked. `cases` in source order (default excluded).
 */
export function selectgo(rt: Parker, g: G, pos: number, cases: readonly SelectCase[], hasDefault: boolean): boolean {
  // Compiler special cases (walk/select.go).
  if (cases.length === 0 && !hasDefault) {
    if (rt.tracing) rt.emit({ kind: 'select', g: g.id, pos, cases: [], hasDefault, ready: [], chosen: -1, why: 'block' });
    rt.park(g, 'select (no cases)', pos, null);
    return true;
  }
  if (cases.length === 1 && !hasDefault) {
    const c = cases[0];
    g.selected = 0;
    return c.dir === 'send' ? chansend(rt, g, pos, c.ch, c.value) : chanrecv(rt, g, pos, c.ch);
  }

  // pass 0: poll order over the non-nil cases.
  const order: number[] = [];
  for (let i = 0; i < cases.length; i++) {
    if (cases[i].ch === null) continue;
    const j = rt.rand(order.length + 1);
    order.push(order[j]);
    order[j] = i;
  }

  const readyIdx = rt.tracing ? cases.map((c, i) => (isReady(c) ? i : -1)).filter((i) => i >= 0) : [];
  const why = (): 'ready' | 'random' => (readyIdx.length > 1 ? 'random' : 'ready');

  // pass 1: first ready case in poll order. The decision is emitted before the channel event.
  for (const i of order) {
    const c = cases[i];
    const ch = c.ch as Channel;
    if (!isReady(c)) continue;
    if (rt.tracing) {
      rt.emit({ kind: 'select', g: g.id, pos, cases: caseInfos(cases), hasDefault, ready: readyIdx, chosen: i, why: why() });
    }
    g.selected = i;
    const done = c.dir === 'send' ? trySend(rt, g, pos, ch, c.value) : tryRecv(rt, g, pos, ch);
    if (!done) throw new Error('internal error: select case reported ready but did not proceed');
    return false;
  }

  if (hasDefault) {
    g.selected = -1;
    if (rt.tracing) rt.emit({ kind: 'select', g: g.id, pos, cases: caseInfos(cases), hasDefault, ready: [], chosen: -1, why: 'default' });
    return false;
  }

  // pass 2: enqueue on every channel (Go enqueues in lock order; the order is not observable
  // except through which case a simultaneous partner completes, and there is only one partner).
  const sel: SelectDone = { fired: false, waits: [] };
  for (const i of order) {
    const c = cases[i];
    const ch = c.ch as Channel;
    const s = new Sudog(g, c.dir === 'send' ? c.value : undefined, i, sel, pos);
    const q = c.dir === 'send' ? ch.sendq : ch.recvq;
    q.enqueue(s);
    sel.waits.push({ q, s });
  }
  g.wakePanic = null;
  if (rt.tracing) rt.emit({ kind: 'select', g: g.id, pos, cases: caseInfos(cases), hasDefault, ready: [], chosen: -1, why: 'block' });
  rt.park(g, 'select', pos, null);
  return true;
}

/** For the trace: emit the 'woken' decision after a parked select resumed (optional, by the VM). */
export function emitSelectWoken(rt: Parker, g: G, pos: number, cases: readonly SelectCase[]): void {
  if (rt.tracing) {
    rt.emit({ kind: 'select', g: g.id, pos, cases: caseInfos(cases), hasDefault: false, ready: [g.selected], chosen: g.selected, why: 'woken' });
  }
}
