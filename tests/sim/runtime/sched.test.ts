/**
 * Scheduling order under GOMAXPROCS=1 against real Go (recorded by record.mjs from go/sched-*),
 * plus scheduler unit tests (runnext kick, runq overflow, stealing, preemption, invariants).
 * Each scenario re-states the Go program with the harness's generator goroutines.
 */
import { describe, expect, it } from 'vitest';
import { MiniVM, TG, nop, recorded, type Op } from './harness';
import { WaitGroup, Mutex, wgAdd, wgWait, mutexLock, mutexUnlock } from '../../../src/sim/runtime/sync';
import { bootRunqGOPATH } from '../../../src/sim/vm/sched';
import { makechan, chansend, chanrecv, closechan, type Channel } from '../../../src/sim/runtime/chan';

const goOut = (name: string): string => {
  const rs = recorded(name);
  expect(rs.length).toBe(1); // deterministic in real Go too (5 runs)
  return rs[0].stdout.replace(/\n$/, '');
};

function loopWG(n: number) {
  return (vm: MiniVM) => function* main(g: TG): Generator<Op, void, void> {
    const wg = new WaitGroup(vm.newId());
    for (let i = 0; i < n; i++) {
      yield (g) => { wgAdd(vm, g, 0, wg, 1); return false; };
      yield (g) => {
        vm.go(g, function* (_w) {
          vm.out.push(`${i} `);
          yield (w) => { wgAdd(vm, w, 0, wg, -1); return false; };
        });
        return false;
      };
    }
    yield (g) => wgWait(vm, g, 0, wg);
  };
}

describe('GOMAXPROCS=1 order matches real Go', () => {
  it('three goroutines then wg.Wait: 2 0 1', () => {
    const vm = new MiniVM();
    vm.run(loopWG(3)(vm));
    expect(vm.result).toBe('exit');
    expect(vm.out.join('')).toBe(goOut('sched-three'));
  });

  it('300 goroutines overflow the local run queue into the global queue', () => {
    const vm = new MiniVM();
    vm.run(loopWG(300)(vm));
    expect(vm.out.join('')).toBe(goOut('sched-300'));
  });

  it('300 goroutines, GOPATH-mode binary (one runtime goroutine fewer at start)', () => {
    const vm = new MiniVM({ runtimeGs: bootRunqGOPATH });
    vm.run(loopWG(300)(vm));
    expect(vm.out.join('')).toBe(goOut('sched-300-gopath'));
  });

  it('runtime.Gosched goes through the global queue', () => {
    const vm = new MiniVM();
    vm.run(function* main(g) {
      const wg = new WaitGroup(vm.newId());
      for (const name of ['a', 'b', 'c']) {
        yield (g) => { wgAdd(vm, g, 0, wg, 1); return false; };
        yield (g) => {
          vm.go(g, function* () {
            for (let i = 0; i < 3; i++) {
              vm.out.push(`${name}${i} `);
              yield (w) => { vm.sched.gosched(w, 0); return false; };
            }
            yield (w) => { wgAdd(vm, w, 0, wg, -1); return false; };
          });
          return false;
        };
      }
      for (let i = 0; i < 2; i++) {
        vm.out.push(`main${i} `);
        yield (g) => { vm.sched.gosched(g, 0); return false; };
      }
      yield (g) => wgWait(vm, g, 0, wg);
    });
    expect(vm.out.join('')).toBe(goOut('sched-gosched'));
  });

  function producerConsumer(cap: number, n: number) {
    return (vm: MiniVM) => function* main(g: TG): Generator<Op, void, void> {
      let c!: Channel;
      let done!: Channel;
      yield (g) => { c = makechan(vm, g, 0, null, cap, () => 0); done = makechan(vm, g, 0, null, 0, () => false); return false; };
      yield (g) => {
        vm.go(g, function* (w) {
          for (;;) {
            yield (w) => chanrecv(vm, w, 0, c);
            if (!w.ok) break;
            vm.out.push(`recv${w.ret} `);
          }
          yield (w) => chansend(vm, w, 0, done, true);
        });
        return false;
      };
      for (let i = 0; i < n; i++) {
        vm.out.push(`send${i} `);
        yield (g) => chansend(vm, g, 0, c, i);
      }
      yield (g) => { closechan(vm, g, 0, c); return false; };
      yield (g) => chanrecv(vm, g, 0, done);
    };
  }

  it('unbuffered producer/consumer', () => {
    const vm = new MiniVM();
    vm.run(producerConsumer(0, 3)(vm));
    expect(vm.out.join('')).toBe(goOut('sched-chan'));
  });

  it('buffered producer/consumer', () => {
    const vm = new MiniVM();
    vm.run(producerConsumer(2, 5)(vm));
    expect(vm.out.join('')).toBe(goOut('sched-buffered'));
  });

  it('goroutines starting goroutines', () => {
    const vm = new MiniVM();
    vm.run(function* main(g) {
      const wg = new WaitGroup(vm.newId());
      for (let i = 0; i < 3; i++) {
        yield (g) => { wgAdd(vm, g, 0, wg, 1); return false; };
        yield (g) => {
          vm.go(g, function* () {
            vm.out.push(`p${i} `);
            for (let j = 0; j < 2; j++) {
              yield (w) => { wgAdd(vm, w, 0, wg, 1); return false; };
              yield (w) => {
                vm.go(w, function* () {
                  vm.out.push(`c${i} ${j} `);
                  yield (x) => { wgAdd(vm, x, 0, wg, -1); return false; };
                });
                return false;
              };
            }
            yield (w) => { wgAdd(vm, w, 0, wg, -1); return false; };
          });
          return false;
        };
      }
      yield (g) => wgWait(vm, g, 0, wg);
    });
    expect(vm.out.join('')).toBe(goOut('sched-nested'));
  });

  it('mutex turns', () => {
    const vm = new MiniVM();
    vm.run(function* main(g) {
      const wg = new WaitGroup(vm.newId());
      const mu = new Mutex(vm.newId());
      for (let i = 0; i < 3; i++) {
        yield (g) => { wgAdd(vm, g, 0, wg, 1); return false; };
        yield (g) => {
          vm.go(g, function* () {
            for (let j = 0; j < 2; j++) {
              yield (w) => mutexLock(vm, w, 0, mu);
              vm.out.push(`${i} ${j} `);
              yield (w) => { mutexUnlock(vm, w, 0, mu); return false; };
            }
            yield (w) => { wgAdd(vm, w, 0, wg, -1); return false; };
          });
          return false;
        };
      }
      yield (g) => wgWait(vm, g, 0, wg);
    });
    expect(vm.out.join('')).toBe(goOut('sched-mutex'));
  });
});

describe('GOMAXPROCS=1 order with blocking sync and timers', () => {
  it('contended mutex: Unlock wakes a waiter but the unlocker barges back in', () => {
    const vm = new MiniVM();
    vm.run(function* main(g) {
      const wg = new WaitGroup(vm.newId());
      const mu = new Mutex(vm.newId());
      for (let i = 0; i < 3; i++) {
        yield (g) => { wgAdd(vm, g, 0, wg, 1); return false; };
        yield (g) => {
          vm.go(g, function* () {
            for (let j = 0; j < 3; j++) {
              yield (w) => mutexLock(vm, w, 0, mu);
              vm.out.push(`${i} ${j} `);
              yield (w) => { vm.sched.gosched(w, 0); return false; };
              yield (w) => { mutexUnlock(vm, w, 0, mu); return false; };
            }
            yield (w) => { wgAdd(vm, w, 0, wg, -1); return false; };
          });
          return false;
        };
      }
      yield (g) => wgWait(vm, g, 0, wg);
    });
    expect(vm.out.join('')).toBe(goOut('sched-mutex-contended'));
  });

  it('sleepers wake in deadline order on the virtual clock', () => {
    const vm = new MiniVM();
    vm.run(function* main(g) {
      const wg = new WaitGroup(vm.newId());
      for (const d of [30, 10, 50, 20, 40]) {
        yield (g) => { wgAdd(vm, g, 0, wg, 1); return false; };
        yield (g) => {
          vm.go(g, function* () {
            yield (w) => vm.timers.sleep(w, 0, d * 1e6);
            vm.out.push(`${d} `);
            yield (w) => { wgAdd(vm, w, 0, wg, -1); return false; };
          });
          return false;
        };
      }
      yield (g) => wgWait(vm, g, 0, wg);
    });
    expect(vm.out.join('')).toBe(goOut('sched-sleep'));
    expect(vm.timers.now).toBe(50e6);
  });
});

describe('scheduler mechanics', () => {
  it('newproc puts the new G in runnext and kicks the old one to the local queue', () => {
    const vm = new MiniVM();
    vm.run(function* main(g) {
      yield (g) => { vm.go(g, function* () { yield nop; }); return false; };
      yield (g) => { vm.go(g, function* () { yield nop; }); return false; };
      yield (g) => {
        const s = vm.sched.snapshot();
        expect(s.ps[0]).toEqual({ id: 0, curg: 1, runnext: 3, runq: [0, 0, 2] }); // 0: the runtime goroutines queued at start
        return false;
      };
    });
    const kicks = vm.events.filter((e) => e.kind === 'sched.runq');
    expect(kicks.map((e) => e.kind === 'sched.runq' && [e.target, e.where, e.kicked])).toEqual([
      [1, 'runnext', null], [2, 'runnext', null], [3, 'runnext', 2], [2, 'local', null],
    ]);
  });

  it('idle Ps steal half of a busy P\'s local queue', () => {
    const vm = new MiniVM({ gomaxprocs: 2 });
    const ran = new Map<number, number>();
    vm.run(function* main(g) {
      for (let i = 0; i < 6; i++) yield (g) => { vm.go(g, function* (w) { ran.set(w.id, w.lastP); yield nop; }); return false; };
      for (let i = 0; i < 1000; i++) yield nop; // main keeps P0 busy
    });
    const steals = vm.events.filter((e) => e.kind === 'sched.steal');
    expect(steals.length).toBeGreaterThan(0);
    expect([...ran.values()]).toContain(1);
  });

  it('a goroutine that never blocks is preempted after its time slice', () => {
    const vm = new MiniVM({ sliceSteps: 50 });
    let other = false;
    vm.run(function* main(g) {
      yield (g) => { vm.go(g, function* () { other = true; yield nop; }); return false; };
      for (let i = 0; i < 200 && !other; i++) yield nop;
    });
    expect(other).toBe(true);
    expect(vm.events.some((e) => e.kind === 'sched.preempt')).toBe(true);
  });

  it('all goroutines blocked and no timers: deadlock; a pending timer is not a deadlock', () => {
    const a = new MiniVM();
    a.run(function* main(g) {
      let c!: Channel;
      yield (g) => { c = makechan(a, g, 0, null, 0, () => 0); return false; };
      yield (g) => chansend(a, g, 0, c, 1);
    });
    expect(a.result).toBe('deadlock');
    const b = new MiniVM();
    b.run(function* main(g) {
      yield (g) => b.timers.sleep(g, 0, 5e9);
    });
    expect(b.result).toBe('exit');
    expect(b.timers.now).toBe(5e9);
  });

  it('GOMAXPROCS change moves work to the global queue and keeps the caller running', () => {
    const vm = new MiniVM({ gomaxprocs: 4 });
    vm.run(function* main(g) {
      yield (g) => { vm.go(g, function* () { yield nop; }); return false; };
      yield (g) => { expect(vm.sched.procresize(1, g)).toBe(4); return false; };
      yield (g) => { expect(vm.sched.gomaxprocs).toBe(1); expect(g.status).toBe('running'); return false; };
    });
    expect(vm.result).toBe('exit');
  });
});
