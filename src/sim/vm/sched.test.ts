/**
 * Property test of the scheduler's invariants (vm/sched.ts header): random sequences of
 * newproc / park / ready / gosched / exit / preemption on 1–4 Ps, checked after every operation
 * by Scheduler.check() (debug mode), and every runnable goroutine is eventually picked.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Scheduler } from './sched';
import { GBase, type G } from '../runtime/g';

describe('scheduler invariants under random operations', () => {
  it('hold for 300 random runs', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 4 }),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 1000 })), { maxLength: 120 }),
      (procs, ops) => {
        let seed = 1;
        const rand = (n: number): number => { seed = (seed * 48271) % 2147483647; return seed % n; };
        const s = new Scheduler({ gomaxprocs: procs, rand, emit: () => {}, tracing: false, debug: true, sliceSteps: 50, quantum: 7 });
        let nextId = 1;
        const main = new GBase(nextId++);
        s.start(main);
        const waiting: G[] = [];
        for (const [op, arg] of ops) {
          const pick = s.next();
          if (pick === null) {
            if (waiting.length === 0) break;
            s.ready(waiting.splice(arg % waiting.length, 1)[0], null, -1, 'test');
            continue;
          }
          const g = pick.g;
          switch (op) {
            case 0: s.newproc(g, new GBase(nextId++), 'f', 0); break;
            case 1: s.park(g, 'chan receive', 0, null); waiting.push(g); break;
            case 2: if (waiting.length) s.ready(waiting.splice(arg % waiting.length, 1)[0], g, 0, 'test'); break;
            case 3: s.gosched(g, 0); break;
            case 4: if (g !== main) s.exit(g, 0); break;
          }
          s.ran(pick, arg % 60);
        }
        // drain: everything runnable is eventually picked and can exit
        for (const w of waiting) s.ready(w, null, -1, 'test');
        for (let i = 0; i < 10000; i++) {
          const pick = s.next();
          if (pick === null) break;
          s.exit(pick.g, 0);
        }
        expect(s.numGoroutine).toBe(0);
      },
    ), { numRuns: 300 });
  });
});
