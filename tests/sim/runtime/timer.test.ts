/**
 * Virtual time: the clock moves only when every goroutine is blocked, timers fire in deadline
 * order (stable for equal deadlines), Stop/Reset, tickers skip missed ticks, channel timers
 * deliver on a 1-slot buffer, and a pending timer prevents the deadlock verdict.
 */
import { describe, expect, it } from 'vitest';
import { MiniVM, type TG } from './harness';
import { drainTimerChan, newChanTimer, playgroundEpochSec, resetChanTimer, sendTime, stopChanTimer } from '../../../src/sim/runtime/timer';
import { selectgo } from '../../../src/sim/runtime/select';
import { chancap } from '../../../src/sim/runtime/chan';
import { recorded } from './harness';
import { chanrecv, makechan, chanlen } from '../../../src/sim/runtime/chan';

describe('virtual clock and timers', () => {
  it('starts at the playground epoch and never moves while code runs', () => {
    const vm = new MiniVM();
    expect(vm.timers.wallNanos()).toBe(BigInt(playgroundEpochSec) * 1000000000n);
    vm.run(function* main() { for (let i = 0; i < 100; i++) yield () => false; });
    expect(vm.timers.now).toBe(0);
  });

  it('equal deadlines fire in start order; Stop removes; Reset re-arms', () => {
    const vm = new MiniVM();
    const fired: string[] = [];
    const t = vm.timers;
    t.start(null, 0, 10, () => fired.push('a'));
    const b = t.start(null, 0, 10, () => fired.push('b'));
    t.start(null, 0, 10, () => fired.push('c'));
    const d = t.start(null, 0, 5, () => fired.push('d'));
    expect(t.stop(null, 0, b)).toBe(true);
    expect(t.stop(null, 0, b)).toBe(false);
    expect(t.reset(null, 0, d, 20)).toBe(true);
    while (t.advance()) { /* fire all */ }
    expect(fired).toEqual(['a', 'c', 'd']);
    expect(t.now).toBe(20);
    expect(t.advance()).toBe(false);
  });

  it('tickers re-arm and skip missed ticks', () => {
    const vm = new MiniVM();
    const at: number[] = [];
    const tk = vm.timers.start(null, 0, 100, (when) => at.push(when), 100);
    vm.timers.advance(); vm.timers.advance();
    vm.timers.now = 550; // as if a long computation had passed (only for this unit test)
    vm.timers.runDue();
    expect(at).toEqual([100, 200, 300]);
    expect(tk.when).toBe(600);
  });

  it('channel timers deliver to a waiting receiver or the 1-slot buffer, and drain', () => {
    const vm = new MiniVM();
    let got: unknown = null;
    vm.run(function* main(g: TG) {
      const c = makechan(vm, g, 0, null, 1, () => 0);
      c.timerChan = true;
      vm.timers.start(g, 0, 1e9, (when) => sendTime(vm, c, when));
      yield (g) => chanrecv(vm, g, 0, c);
      got = g.ret;
      vm.timers.start(g, 0, 0, (when) => sendTime(vm, c, when));
      vm.timers.runDue();
      expect(c.qcount).toBe(1);
      expect(chanlen(c)).toBe(0); // Go 1.23+: timer channels report len 0
      drainTimerChan(c);
      expect(c.qcount).toBe(0);
    });
    expect(got).toBe(1e9);
  });

  it('Sleep(d <= 0) does not block; a sleeper is woken into runnext of its P', () => {
    const vm = new MiniVM();
    vm.run(function* main(g: TG) {
      expect(vm.timers.sleep(g, 0, 0)).toBe(false);
      yield (g) => vm.timers.sleep(g, 0, 3);
    });
    const un = vm.events.find((e) => e.kind === 'go.unblock');
    expect(un && un.kind === 'go.unblock' && [un.by, un.cause]).toEqual([0, 'timer']);
    expect(vm.events.some((e) => e.kind === 'clock')).toBe(true);
  });
});

describe('channel timers match Go 1.23+ semantics (recorded: go/timers)', () => {
  it('Stop/Reset results, len/cap 0, no stale values, After races, tickers', () => {
    const vm = new MiniVM();
    const out: string[] = [];
    const ms = 1e6;
    vm.run(function* main(g: TG) {
      const T = vm.timers;
      const mkc = () => makechan(vm, g, 0, null, 1, () => 0);
      const nt = (d: number, period = 0) => newChanTimer(vm, T, g, 0, d, period, mkc, (w) => w);
      const t = nt(1000 * ms);
      out.push(`stop ${stopChanTimer(T, g, 0, t.timer, t.c)} ${stopChanTimer(T, g, 0, t.timer, t.c)}`);
      out.push(`reset-stopped ${resetChanTimer(T, g, 0, t.timer, t.c, ms)}`);
      yield (g) => chanrecv(vm, g, 0, t.c);
      out.push(`reset-fired ${resetChanTimer(T, g, 0, t.timer, t.c, 3600e9)}`);
      out.push(`len-cap ${chanlen(t.c)} ${chancap(t.c)}`);
      const u = nt(ms);
      yield (g) => T.sleep(g, 0, 5 * ms);
      out.push(`stop-after-expiry ${stopChanTimer(T, g, 0, u.timer, u.c)}`);
      selectgo(vm, g, 0, [{ dir: 'recv', ch: u.c }], true);
      out.push(g.selected === 0 ? 'stale value' : 'no stale value');
      const a20 = nt(20 * ms), a10 = nt(10 * ms);
      yield (g) => selectgo(vm, g, 0, [{ dir: 'recv', ch: a20.c }, { dir: 'recv', ch: a10.c }], false);
      out.push(g.selected === 0 ? 'after 20ms' : 'after 10ms');
      const tk = nt(10 * ms, 10 * ms);
      let n = 0;
      for (;;) {
        yield (g) => chanrecv(vm, g, 0, tk.c);
        if (++n === 3) break;
      }
      stopChanTimer(T, g, 0, tk.timer, tk.c);
      out.push(`ticks ${n}`);
    });
    expect(vm.result).toBe('exit');
    expect(out.join('\n') + '\n').toBe(recorded('timers')[0].stdout);
  });
});
