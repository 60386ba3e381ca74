/**
 * sync primitives: RWMutex ordering under GOMAXPROCS=1 against real Go (recorded:
 * go/sched-rwmutex), WaitGroup and Mutex misuse (texts recorded in go/fatal-*), TryLock, and the
 * wait reasons goroutine dumps show.
 */
import { describe, expect, it } from 'vitest';
import { MiniVM, recorded, type TG } from './harness';
import { Mutex, RWMutex, WaitGroup, mutexLock, mutexTryLock, mutexUnlock, rwLock, rwRLock, rwRUnlock, rwUnlock, wgAdd, wgWait } from '../../../src/sim/runtime/sync';
import { FatalError, RuntimePanic } from '../../../src/sim/runtime/errors';

describe('sync', () => {
  it('RWMutex: a pending writer blocks new readers (order recorded from Go)', () => {
    const vm = new MiniVM();
    vm.run(function* main(g: TG) {
      const wg = new WaitGroup(vm.newId());
      const rw = new RWMutex(vm.newId());
      const reader = (name: string) => function* (): Generator<(g: TG) => boolean, void, void> {
        yield (w) => rwRLock(vm, w, 0, rw);
        vm.out.push(`${name}+ `);
        yield (w) => { vm.sched.gosched(w, 0); return false; };
        yield (w) => { vm.sched.gosched(w, 0); return false; };
        vm.out.push(`${name}- `);
        yield (w) => { rwRUnlock(vm, w, 0, rw); return false; };
        yield (w) => { wgAdd(vm, w, 0, wg, -1); return false; };
      };
      const writer = (name: string) => function* (): Generator<(g: TG) => boolean, void, void> {
        yield (w) => rwLock(vm, w, 0, rw);
        vm.out.push(`${name}+ `);
        yield (w) => { vm.sched.gosched(w, 0); return false; };
        vm.out.push(`${name}- `);
        yield (w) => { rwUnlock(vm, w, 0, rw); return false; };
        yield (w) => { wgAdd(vm, w, 0, wg, -1); return false; };
      };
      yield (g) => { wgAdd(vm, g, 0, wg, 5); return false; };
      yield (g) => { vm.go(g, reader('r1')); return false; };
      yield (g) => { vm.sched.gosched(g, 0); return false; };
      yield (g) => { vm.go(g, writer('w1')); return false; };
      yield (g) => { vm.sched.gosched(g, 0); return false; };
      yield (g) => { vm.go(g, reader('r2')); return false; };
      yield (g) => { vm.go(g, writer('w2')); return false; };
      yield (g) => { vm.go(g, reader('r3')); return false; };
      yield (g) => wgWait(vm, g, 0, wg);
    });
    expect(vm.result).toBe('exit');
    expect(vm.out.join('')).toBe(recorded('sched-rwmutex')[0].stdout.replace(/\n$/, ''));
  });

  it('wait reasons as goroutine dumps print them', () => {
    const vm = new MiniVM();
    vm.run(function* main(g: TG) {
      const mu = new Mutex(vm.newId());
      const rw = new RWMutex(vm.newId());
      const wg = new WaitGroup(vm.newId());
      mutexLock(vm, g, 0, mu);
      rwLock(vm, g, 0, rw);
      wgAdd(vm, g, 0, wg, 1);
      yield (g) => { vm.go(g, function* () { yield (w) => mutexLock(vm, w, 0, mu); }); return false; };
      yield (g) => { vm.go(g, function* () { yield (w) => rwRLock(vm, w, 0, rw); }); return false; };
      yield (g) => { vm.go(g, function* () { yield (w) => rwLock(vm, w, 0, rw); }); return false; };
      yield (g) => wgWait(vm, g, 0, wg);
    });
    expect(vm.result).toBe('deadlock');
    expect(vm.sched.goroutines().map((g) => g.waitReason)).toEqual(['sync.WaitGroup.Wait', 'sync.Mutex.Lock', 'sync.RWMutex.RLock', 'sync.RWMutex.Lock']);
  });

  it('misuse: unlock of unlocked mutex is fatal; negative WaitGroup counter panics with a string', () => {
    const vm = new MiniVM();
    const g = { id: 1 } as TG;
    const mu = new Mutex(1);
    let fatal = '';
    try { mutexUnlock(vm, g, 0, mu); } catch (e) { fatal = (e as FatalError).text; }
    expect(`fatal error: ${fatal}`).toBe(recorded('fatal-unlock')[0].stderr.split('\n')[0]);
    let p: RuntimePanic | null = null;
    try { wgAdd(vm, g, 0, new WaitGroup(2), -1); } catch (e) { p = e as RuntimePanic; }
    expect(typeof p!.value).toBe('string');
    expect(`panic: ${p!.message}`).toBe(recorded('fatal-wg-negative')[0].stderr.split('\n')[0]);
    expect(() => rwUnlock(vm, g, 0, new RWMutex(3))).toThrow(FatalError);
    expect(() => rwRUnlock(vm, g, 0, new RWMutex(4))).toThrow(FatalError);
  });

  it('TryLock', () => {
    const mu = new Mutex(1);
    expect(mutexTryLock(mu)).toBe(true);
    expect(mutexTryLock(mu)).toBe(false);
  });
});

describe('SemaTable', () => {
  it('gives the same Sema for the same Go variable', async () => {
    const { SemaTable } = await import('../../../src/sim/runtime/sema');
    const { FieldPtr, BoxPtr } = await import('../../../src/sim/vm/values');
    let id = 0;
    const t = new SemaTable(() => ++id);
    const m = { state: 0, sema: 0 };
    expect(t.get(new FieldPtr(m, 'sema'))).toBe(t.get(new FieldPtr(m, 'sema')));
    expect(t.get(new FieldPtr(m, 'sema'))).not.toBe(t.get(new FieldPtr({ sema: 0 }, 'sema')));
    const box = { v: 0 };
    expect(t.get(new BoxPtr(box))).toBe(t.get(new BoxPtr(box)));
  });
});
