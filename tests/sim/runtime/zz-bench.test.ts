import { it } from 'vitest';
import { MiniVM } from '/work/main/tests/sim/runtime/harness';
import { WaitGroup, wgAdd, wgWait } from '/work/main/src/sim/runtime/sync';
import { makechan, chansend, chanrecv } from '/work/main/src/sim/runtime/chan';
import { Scheduler } from '/work/main/src/sim/vm/sched';
it('bench', () => {
  let t = performance.now();
  const vm = new MiniVM({ tracing: false, gomaxprocs: 8 });
  vm.run(function* main(g) {
    const wg = new WaitGroup(1);
    for (let i = 0; i < 100000; i++) yield (g) => { wgAdd(vm, g, 0, wg, 1); vm.go(g, function* (w) { yield (w) => { wgAdd(vm, w, 0, wg, -1); return false; }; }); return false; };
    yield (g) => wgWait(vm, g, 0, wg);
  }, 1e7);
  console.log('100k spawn+join (harness, 8 Ps):', (performance.now() - t).toFixed(0), 'ms', vm.result);
  t = performance.now();
  const v2 = new MiniVM({ tracing: false, gomaxprocs: 1 });
  v2.run(function* main(g) {
    const c = makechan(v2, g, 0, null, 0, () => 0), d = makechan(v2, g, 0, null, 0, () => 0);
    yield (g) => { v2.go(g, function* (w) { for (let i = 0; i < 200000; i++) { yield (w) => chanrecv(v2, w, 0, c); yield (w) => chansend(v2, w, 0, d, 1); } }); return false; };
    for (let i = 0; i < 200000; i++) { yield (g) => chansend(v2, g, 0, c, i); yield (g) => chanrecv(v2, g, 0, d); }
  }, 1e8);
  console.log('200k ping-pong (harness):', (performance.now() - t).toFixed(0), 'ms', v2.result);
});
