/**
 * Run-time error texts and fatal error lines against real Go 1.26 (recorded: go/errors and
 * go/fatal-*): every runtime/errors.ts constructor is compared with what Go printed.
 */
import { describe, expect, it } from 'vitest';
import {
  RuntimePanic, boundsError, checkIndex, closeOfClosedError, closeOfNilError, deadlockText, divideError, goroutineHeader,
  makechanSizeError, memoryError, negativeWaitGroupCounter, nilMapWriteError, sendOnClosedError, shiftError,
  sigsegvLine, typeAssertionError, unhashableError, unlockOfUnlockedMutex, comparingUncomparableError,
} from '../../../src/sim/runtime/errors';
import { recorded } from './harness';

const errs = new Map(recorded('errors')[0].stdout.trim().split('\n').map((l) => {
  const [n, rt, m] = l.split('\t');
  return [n, { rt: rt === 'true', m }];
}));

describe('panic values match Go', () => {
  const cases: [string, () => RuntimePanic][] = [
    ['index', () => boundsError('index', 5, 3)],
    ['index-neg', () => boundsError('index', -1, 3)],
    ['index-uint', () => boundsError('index', -1, 3, false)],
    ['divide', divideError],
    ['modulo', divideError],
    ['nil-deref', memoryError],
    ['nil-map', nilMapWriteError],
    ['assert-eface', () => typeAssertionError('interface {}', 'string', 'int')],
    ['assert-nil', () => typeAssertionError('interface {}', null, 'int')],
    ['assert-missing', () => typeAssertionError('interface {}', 'main.T', 'main.I', 'M')],
    ['assert-iface-nil', () => typeAssertionError('main.I', null, '*main.P')],
    ['assert-error', () => typeAssertionError('error', '*errors.errorString', 'interface { Foo() }', 'Foo')],
    ['shift', shiftError],
    ['unhashable', () => unhashableError('[]int')],
    ['compare-uncomparable', () => comparingUncomparableError('[]int')],
    ['close-nil', closeOfNilError],
    ['close-closed', closeOfClosedError],
    ['send-closed', sendOnClosedError],
    ['makechan-neg', makechanSizeError],
  ];
  for (const [name, mk] of cases) {
    it(name, () => {
      const want = errs.get(name)!;
      const p = mk();
      expect(p.message).toBe(want.m);
      expect(typeof p.value !== 'string').toBe(want.rt); // a runtime.Error value
    });
  }
  it('checkIndex panics like s[i]', () => {
    expect(() => checkIndex(5, 3)).toThrow(RuntimePanic);
    expect(checkIndex(2, 3)).toBe(2);
  });
});

describe('fatal errors and dump headers match Go', () => {
  const stderr = (name: string): string => recorded(name)[0].stderr;
  it('deadlock + first dump header', () => {
    const e = stderr('fatal-deadlock-send');
    expect(e.startsWith(`fatal error: ${deadlockText}\n\n${goroutineHeader(1, 'chan send')}\n`)).toBe(true);
    expect(stderr('fatal-deadlock-wg')).toContain(goroutineHeader(1, 'sync.WaitGroup.Wait'));
    expect(stderr('fatal-deadlock-wg')).toMatch(/goroutine \d+ \[sync\.Mutex\.Lock\]:/);
    expect(stderr('fatal-deadlock-wg')).toMatch(/goroutine \d+ \[chan receive \(nil chan\)\]:/);
    expect(stderr('fatal-deadlock-wg')).toMatch(/goroutine \d+ \[select \(no cases\)\]:/);
    const s = stderr('fatal-select-recv');
    expect(s).toContain(goroutineHeader(1, 'chan send (nil chan)'));
    expect(s).toMatch(/goroutine \d+ \[chan receive\]:\nmain\.main\.func1/); // single-case select = plain receive
    expect(s).toMatch(/goroutine \d+ \[select\]:\nmain\.main\.func2/);
  });
  it('sync fatal errors and panics', () => {
    expect(stderr('fatal-unlock').split('\n')[0]).toBe(`fatal error: ${unlockOfUnlockedMutex}`);
    expect(stderr('fatal-wg-negative').split('\n')[0]).toBe(`panic: ${negativeWaitGroupCounter}`);
    expect(recorded('fatal-unlock')[0].exitCode).toBe(2);
  });
  it('nil dereference prints the signal line (pc masked)', () => {
    const lines = stderr('fatal-nil-deref').split('\n');
    expect(lines[0]).toBe('panic: ' + memoryError().message);
    expect(lines[1].replace(/pc=0x[0-9a-f]+/, 'pc=X')).toBe(sigsegvLine().replace(/pc=0x[0-9a-f]+/, 'pc=X'));
  });
});
