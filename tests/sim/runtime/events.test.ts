/**
 * The trace contract: every kind in `eventKinds` is documented with an example in the header of
 * trace/events.ts, and events emitted by the runtime and the scheduler are plain JSON with
 * step/g/pos and non-decreasing steps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventKinds } from '../../../src/sim/trace/events';
import { MiniVM, type TG } from './harness';
import { chanrecv, chansend, closechan, makechan } from '../../../src/sim/runtime/chan';
import { selectgo } from '../../../src/sim/runtime/select';
import { Mutex, mutexLock, mutexUnlock } from '../../../src/sim/runtime/sync';

describe('trace contract', () => {
  it('documents every event kind with an example', () => {
    const src = readFileSync(join(__dirname, '../../../src/sim/trace/events.ts'), 'utf8');
    const header = src.slice(0, src.indexOf('*/'));
    for (const k of eventKinds) expect(header, k).toContain(`{kind:'${k}'`);
  });

  it('emitted events are serialisable and ordered', () => {
    const vm = new MiniVM({ gomaxprocs: 2 });
    vm.run(function* main(g: TG) {
      const c = makechan(vm, g, 0, null, 1, () => 0);
      const mu = new Mutex(vm.newId());
      yield (g) => { vm.go(g, function* (w) { yield (w) => mutexLock(vm, w, 1, mu); yield (w) => chansend(vm, w, 2, c, 5); yield (w) => { mutexUnlock(vm, w, 3, mu); return false; }; }); return false; };
      yield (g) => selectgo(vm, g, 4, [{ dir: 'recv', ch: c }, { dir: 'recv', ch: null }], false);
      yield (g) => { closechan(vm, g, 5, c); return false; };
      yield (g) => chanrecv(vm, g, 6, c);
      yield (g) => vm.timers.sleep(g, 7, 1000);
    });
    expect(vm.result).toBe('exit');
    const json = JSON.parse(JSON.stringify(vm.events));
    expect(json).toEqual(vm.events);
    const kinds = new Set(vm.events.map((e) => e.kind));
    for (const k of ['go.create', 'go.start', 'go.block', 'go.unblock', 'go.end', 'sched.runq', 'sched.run', 'chan.make', 'chan.send', 'chan.recv', 'chan.close', 'select', 'sync', 'timer', 'clock']) {
      expect(kinds.has(k as never), k).toBe(true);
    }
    for (let i = 1; i < vm.events.length; i++) expect(vm.events[i].step).toBeGreaterThanOrEqual(vm.events[i - 1].step);
    for (const e of vm.events) {
      expect(typeof e.g).toBe('number');
      expect(typeof e.pos).toBe('number');
      expect(eventKinds).toContain(e.kind);
    }
  });
});
