/**
 * Channels and select (runtime/chan.go, runtime/select.go semantics): handoff, FIFO buffers,
 * close, nil channels, wait reasons, select's uniform choice, default, wake-up by the first case,
 * and the trace events they emit.
 */
import { describe, expect, it } from 'vitest';
import { MiniVM, TG, nop, type Op } from './harness';
import { chancap, chanlen, chanrecv, chansend, closechan, makechan, panicIfWoken, type Channel } from '../../../src/sim/runtime/chan';
import { selectgo } from '../../../src/sim/runtime/select';
import { RuntimePanic } from '../../../src/sim/runtime/errors';

const mk = (vm: MiniVM, g: TG, cap: number): Channel => makechan(vm, g, 0, null, cap, () => 0);

describe('channels', () => {
  it('buffered channels are FIFO; len/cap; a full buffer blocks the sender', () => {
    const vm = new MiniVM();
    const got: unknown[] = [];
    vm.run(function* main(g) {
      const c = mk(vm, g, 2);
      yield (g) => chansend(vm, g, 0, c, 'a');
      yield (g) => chansend(vm, g, 0, c, 'b');
      expect([chanlen(c), chancap(c)]).toEqual([2, 2]);
      yield (g) => { vm.go(g, function* (w) { yield (w) => chanrecv(vm, w, 0, c); got.push(w.ret); yield (w) => chanrecv(vm, w, 0, c); got.push(w.ret); yield (w) => chanrecv(vm, w, 0, c); got.push(w.ret); }); return false; };
      yield (g) => chansend(vm, g, 0, c, 'c'); // blocks: buffer full
      expect(g.status).toBe('running');
    });
    expect(got).toEqual(['a', 'b', 'c']);
    const block = vm.events.find((e) => e.kind === 'go.block');
    expect(block && block.kind === 'go.block' && block.reason).toBe('chan send');
    // the receiver took 'a' from the head and moved the waiting sender's 'c' to the tail
    const r = vm.events.find((e) => e.kind === 'chan.recv');
    expect(r && r.kind === 'chan.recv' && [r.value, r.from, r.buf]).toEqual(['a', 1, ['b', 'c']]);
  });

  it('unbuffered send hands the value directly to a waiting receiver', () => {
    const vm = new MiniVM();
    let recv: TG | null = null;
    vm.run(function* main(g) {
      const c = mk(vm, g, 0);
      yield (g) => { recv = vm.go(g, function* (w) { yield (w) => chanrecv(vm, w, 0, c); }); return false; };
      yield (g) => { vm.sched.gosched(g, 0); return false; }; // let the receiver block first
      yield (g) => chansend(vm, g, 0, c, 42);
      expect(recv!.ret).toBe(42);
    });
    const s = vm.events.find((e) => e.kind === 'chan.send');
    expect(s && s.kind === 'chan.send' && [s.to, s.buf, s.recvq]).toEqual([2, [], []]);
  });

  it('close wakes receivers with (zero, false) and makes waiting senders panic', () => {
    const vm = new MiniVM();
    const res: string[] = [];
    vm.run(function* main(g) {
      const c = mk(vm, g, 0);
      const d = mk(vm, g, 0);
      yield (g) => { vm.go(g, function* (w) { yield (w) => chanrecv(vm, w, 0, c); res.push(`recv ${w.ret} ${w.ok}`); }); return false; };
      yield (g) => { vm.go(g, function* (w) { yield (w) => chansend(vm, w, 0, d, 1); try { panicIfWoken(w); } catch (e) { res.push((e as RuntimePanic).message); } }); return false; };
      yield (g) => { vm.sched.gosched(g, 0); return false; };
      yield (g) => { closechan(vm, g, 0, c); return false; };
      yield (g) => { closechan(vm, g, 0, d); return false; };
      yield (g) => { vm.sched.gosched(g, 0); return false; };
      yield (g) => chanrecv(vm, g, 0, c);
      res.push(`main ${g.ret} ${g.ok}`);
    });
    // each close readies its waiter into runnext, so the sender (woken last) runs first
    expect(res).toEqual(['send on closed channel', 'recv 0 false', 'main 0 false']);
    const cl = vm.events.find((e) => e.kind === 'chan.close');
    expect(cl && cl.kind === 'chan.close' && [cl.woke, cl.panicked]).toEqual([[2], []]);
    const cl2 = vm.events.filter((e) => e.kind === 'chan.close')[1];
    expect(cl2 && cl2.kind === 'chan.close' && [cl2.woke, cl2.panicked]).toEqual([[], [3]]);
  });

  it('close of nil / closed channel and send on closed channel panic', () => {
    const vm = new MiniVM();
    const g = new TG(1);
    const c = mk(vm, g, 1);
    expect(() => closechan(vm, g, 0, null)).toThrow(RuntimePanic);
    closechan(vm, g, 0, c);
    const msg = (f: () => unknown): string => { try { f(); return ''; } catch (e) { return (e as RuntimePanic).message; } };
    expect(msg(() => closechan(vm, g, 0, c))).toBe('close of closed channel');
    expect(msg(() => chansend(vm, g, 0, c, 1))).toBe('send on closed channel');
    expect(msg(() => makechan(vm, g, 0, null, -1, () => 0))).toBe('makechan: size out of range');
  });

  it('nil channels block forever with Go\'s wait reasons (then deadlock)', () => {
    for (const [op, reason] of [[(g: TG, vm: MiniVM) => chansend(vm, g, 0, null, 1), 'chan send (nil chan)'], [(g: TG, vm: MiniVM) => chanrecv(vm, g, 0, null), 'chan receive (nil chan)']] as const) {
      const vm = new MiniVM();
      vm.run(function* main() { yield (g) => op(g, vm); });
      expect(vm.result).toBe('deadlock');
      expect(vm.sched.goroutines()[0].waitReason).toBe(reason);
    }
  });
});

describe('select', () => {
  it('chooses uniformly among ready cases (seeded)', () => {
    const vm = new MiniVM({ tracing: false, seed: 42 });
    const g = new TG(1);
    const a = mk(vm, g, 100000), b = mk(vm, g, 100000);
    const n = 20000;
    const counts = [0, 0];
    for (let i = 0; i < n; i++) {
      chansend(vm, g, 0, a, i); chansend(vm, g, 0, b, i);
      selectgo(vm, g, 0, [{ dir: 'recv', ch: a }, { dir: 'recv', ch: b }], false);
      counts[g.selected]++;
    }
    expect(Math.abs(counts[0] / n - 0.5)).toBeLessThan(0.02);
  });

  it('default when nothing is ready; nil cases are never chosen', () => {
    const vm = new MiniVM();
    const g = new TG(1);
    const a = mk(vm, g, 100);
    expect(selectgo(vm, g, 0, [{ dir: 'recv', ch: a }, { dir: 'send', ch: null, value: 1 }], true)).toBe(false);
    expect(g.selected).toBe(-1);
    chansend(vm, g, 0, a, 5);
    for (let i = 0; i < 20; i++) {
      chansend(vm, g, 0, a, i);
      selectgo(vm, g, 0, [{ dir: 'recv', ch: null }, { dir: 'recv', ch: a }, { dir: 'send', ch: null, value: 0 }], true);
      expect(g.selected).toBe(1);
    }
    const ev = vm.events.filter((e) => e.kind === 'select');
    expect(ev[0].kind === 'select' && ev[0].why).toBe('default');
    expect(ev[1].kind === 'select' && [ev[1].why, ev[1].ready]).toEqual(['ready', [1]]);
  });

  it('a blocked select is woken by the first case and leaves the other queues', () => {
    const vm = new MiniVM();
    let a!: Channel, b!: Channel;
    vm.run(function* main(g) {
      a = mk(vm, g, 0); b = mk(vm, g, 0);
      yield (g) => { vm.go(g, function* (w) { yield (w) => chansend(vm, w, 0, b, 'B'); }); return false; };
      yield (g) => selectgo(vm, g, 0, [{ dir: 'recv', ch: a }, { dir: 'recv', ch: b }], false);
      expect([g.selected, g.ret, g.ok]).toEqual([1, 'B', true]);
      expect([a.recvq.length, b.recvq.length, b.sendq.length]).toEqual([0, 0, 0]);
    });
    expect(vm.result).toBe('exit');
  });

  it('compiler special cases: select {} and single-case select use the plain wait reasons', () => {
    const vm = new MiniVM();
    vm.run(function* main(g) {
      const c = mk(vm, g, 0);
      yield (g) => { vm.go(g, function* (w) { yield (w) => selectgo(vm, w, 0, [], false); }); return false; };
      yield (g) => { vm.go(g, function* (w) { yield (w) => selectgo(vm, w, 0, [{ dir: 'recv', ch: c }], false); }); return false; };
      yield (g) => { vm.go(g, function* (w) { yield (w) => selectgo(vm, w, 0, [{ dir: 'recv', ch: c }, { dir: 'recv', ch: null }], false); }); return false; };
      yield (g) => selectgo(vm, g, 0, [], false);
    });
    expect(vm.result).toBe('deadlock');
    expect(vm.sched.goroutines().map((g) => `${g.id}:${g.waitReason}`)).toEqual([
      '1:select (no cases)', '2:select (no cases)', '3:chan receive', '4:select',
    ]);
  });

  it('ping-pong of 10,000 messages stays within the step budget and leaves queues empty', () => {
    const vm = new MiniVM({ tracing: false });
    let c!: Channel;
    vm.run(function* main(g) {
      c = mk(vm, g, 0);
      const d = mk(vm, g, 0);
      yield (g) => { vm.go(g, function* (w) { for (let i = 0; i < 10000; i++) { yield (w) => chanrecv(vm, w, 0, c); yield (w) => chansend(vm, w, 0, d, (w.ret as number) + 1); } }); return false; };
      let v = 0;
      for (let i = 0; i < 10000; i++) { yield (g) => chansend(vm, g, 0, c, v); yield (g) => chanrecv(vm, g, 0, d); v = g.ret as number; }
      expect(v).toBe(10000);
      yield nop as Op;
    });
    expect(vm.result).toBe('exit');
    expect([c.sendq.length, c.recvq.length]).toEqual([0, 0]);
  });
});
