/**
 * Slices: growslice capacities for 13 element types (sizes 1–100, with and without pointers),
 * one-at-a-time and bulk appends, against real Go 1.26 (recorded: go/growslice); sizes; append,
 * copy and slice-expression semantics; bounds error texts (recorded: go/errors).
 */
import { describe, expect, it } from 'vitest';
import { append1, appendSlice, appendString, appendValues, growslice, growsliceBuf, moveSlice, makeslice, nextslicecap, slicecopy, sliceSlice, sliceString, sliceToArrayCheck, copyFromString, appendStackStoreCap, type ElemInfo } from '../../../src/sim/runtime/slice';
import { roundupsize, sizeof, alignof, hasPointers, structLayout } from '../../../src/sim/runtime/sizes';
import { RuntimePanic } from '../../../src/sim/runtime/errors';
import { Slice } from '../../../src/sim/vm/values';
import { recorded } from './harness';
import { any, array, bool, byte, int, int8, ptr, slice, str, struct, float64, basic } from './types';

interface Rec { name: string; size: number; pointers: boolean; oneByOne: number[]; bulk: [number, number, number][] }
const recs: Rec[] = recorded('growslice')[0].stdout.trim().split('\n').map((l) => JSON.parse(l));
const elem = (size: number, pointers: boolean): ElemInfo => ({ size, pointers, zero: () => 0 });

describe('growslice matches Go 1.26 for every recorded element type', () => {
  for (const r of recs) {
    it(`${r.name} (size ${r.size}, pointers ${r.pointers}): appending one at a time`, () => {
      const caps: number[] = [];
      let s: Slice | null = null;
      for (let i = 0; i < 3000; i++) {
        s = append1(s, 0, elem(r.size, r.pointers)).s;
        if (caps[caps.length - 1] !== s.cap) caps.push(s.cap);
      }
      expect(caps).toEqual(r.oneByOne);
    });
    it(`${r.name}: appending n at once`, () => {
      const got = r.bulk.map(([old, n]) => {
        const base = makeslice(old, old, elem(r.size, r.pointers));
        return [old, n, appendSlice(base, makeslice(n, n, elem(r.size, r.pointers)), elem(r.size, r.pointers)).s.cap];
      });
      expect(got).toEqual(r.bulk);
    });
  }
  it('ints one at a time: 1 2 4 8 16 32 64 128 256 512 848 1280 …', () => {
    expect(recs.find((r) => r.name === 'int')!.oneByOne.slice(0, 12)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280]);
  });
  it('nextslicecap and roundupsize follow slice.go / msize.go', () => {
    expect(nextslicecap(257, 256)).toBe(512);
    expect(nextslicecap(513, 512)).toBe(832);
    expect(roundupsize(33, true)).toBe(48);
    expect(roundupsize(600, false)).toBe(632); // 600 + 8 header → 640 class, minus the header
    expect(roundupsize(40000, true)).toBe(40960);
    expect(growslice(1, 0, elem(0, false))).toBe(1);
    expect(appendStackStoreCap(8)).toBe(4);
    expect(appendStackStoreCap(1)).toBe(32);
    expect(appendStackStoreCap(40)).toBe(0);
  });
});

describe('sizes (amd64)', () => {
  it('basic, composite and struct layouts', () => {
    expect([bool, int8, int, float64, str, any, slice(int), ptr(int)].map(sizeof)).toEqual([1, 1, 8, 8, 16, 16, 24, 8]);
    expect(sizeof(struct([['a', bool], ['b', int], ['c', bool]]))).toBe(24);
    expect(sizeof(struct([['a', bool], ['c', bool], ['b', int]]))).toBe(16);
    expect(sizeof(struct([['a', int], ['z', struct([])]]))).toBe(16); // trailing zero-size field padding
    expect(sizeof(array(3, basic('complex64')))).toBe(24);
    expect(alignof(basic('complex64'))).toBe(4);
    expect(structLayout([int8, basic('int32'), int8]).offsets).toEqual([0, 4, 8]);
    expect([int, str, array(2, int), struct([['p', ptr(int)]]), array(0, str)].map(hasPointers)).toEqual([false, true, false, true, false]);
    expect(sizeof(byte)).toBe(1);
  });
});

describe('append, copy and slicing semantics', () => {
  const e8 = elem(8, false);
  it('append in place shares the backing array; growth copies', () => {
    const a = makeslice(3, 10, e8);
    const b = appendValues(sliceSlice(a, 0, 1), [7], e8).s;
    expect(a.arr[1]).toBe(7); // aliasing as in Go
    expect(b.len).toBe(2);
    const full = makeslice(2, 2, e8);
    const c = append1(full, 9, e8);
    expect(c.allocBytes).toBe(32);
    expect(c.s.arr).not.toBe(full.arr);
  });
  it('append(s[:1], s[2:]...) overlaps like memmove', () => {
    const s = new Slice([1, 2, 3, 4, 5], 0, 5, 5);
    const r = appendSlice(sliceSlice(s, 0, 1), sliceSlice(s, 2, undefined), e8).s;
    expect(r.arr.slice(0, r.len)).toEqual([1, 3, 4, 5]);
  });
  it('copy handles overlap in both directions and string sources', () => {
    const s = new Slice([1, 2, 3, 4, 5], 0, 5, 5);
    expect(slicecopy(sliceSlice(s, 1, undefined), s)).toBe(4);
    expect(s.arr).toEqual([1, 1, 2, 3, 4]);
    const t = new Slice([1, 2, 3, 4, 5], 0, 5, 5);
    slicecopy(t, sliceSlice(t, 1, undefined));
    expect(t.arr).toEqual([2, 3, 4, 5, 5]);
    const b = makeslice(2, 2, elem(1, false));
    expect(copyFromString(b, 'hey')).toBe(2);
    expect(b.arr).toEqual([104, 101]);
    expect(appendString(null, 'ab', elem(1, false)).s.cap).toBe(8);
  });
  it('nil slices: append allocates, copy is 0, slicing nil[0:0] is nil', () => {
    expect(append1(null, 1, e8).s.cap).toBe(1);
    expect(slicecopy(null, null)).toBe(0);
    expect(sliceSlice(null, 0, 0)).toBe(null);
  });
  it('struct elements get fresh zero values per slot', () => {
    const es: ElemInfo = { size: 16, pointers: false, zero: () => ({ a: 0, b: 0 }) };
    const s = makeslice(3, 3, es);
    expect(s.arr[0]).not.toBe(s.arr[1]);
  });
});

describe('bounds errors match Go', () => {
  const errs = new Map(recorded('errors')[0].stdout.trim().split('\n').map((l) => { const [n, , m] = l.split('\t'); return [n, m]; }));
  const text = (f: () => unknown): string => {
    try { f(); } catch (e) { if (e instanceof RuntimePanic) return e.message; throw e; }
    return 'no panic';
  };
  const s = new Slice([1, 2, 3], 0, 3, 3);
  const cases: [string, () => unknown][] = [
    ['slice-hi-cap', () => sliceSlice(s, undefined, 5)],
    ['slice-lo-hi', () => sliceSlice(s, 5, 2)],
    ['slice-lo-only', () => sliceSlice(s, 5, undefined)],
    ['slice-neg-lo', () => sliceSlice(s, -1, undefined)],
    ['slice-neg-hi', () => sliceSlice(s, undefined, -1)],
    ['slice3-max', () => sliceSlice(s, undefined, 1, 7)],
    ['slice3-hi-max', () => sliceSlice(s, undefined, 5, 3)],
    ['slice3-lo-hi', () => sliceSlice(s, 4, 2, 3)],
    ['slice-array-hi', () => sliceSlice(s, undefined, 5, undefined, true)],
    ['slice3-array-max', () => sliceSlice(s, undefined, 1, 7, true)],
    ['slice-string-hi', () => sliceString('abc', undefined, 5)],
    ['slice-string-lo-hi', () => sliceString('abc', 5, 2)],
    ['conv-array', () => sliceToArrayCheck(s, 5)],
    ['conv-array-ptr', () => sliceToArrayCheck(s, 4)],
    ['makeslice-len', () => makeslice(-1, undefined, e8())],
    ['makeslice-cap', () => makeslice(5, 2, e8())],
    ['makeslice-huge', () => makeslice(2 ** 62, undefined, e8())],
  ];
  function e8(): ElemInfo { return elem(8, false); }
  for (const [name, f] of cases) it(name, () => expect(text(f)).toBe(errs.get(name)));
});

describe('growsliceBuf and moveSlice (Go 1.26 stack buffers for escaping appends)', () => {
  it('steps through size classes inside the 32-byte buffer, then gives up', () => {
    const caps: number[] = [];
    let s: Slice | null = null;
    for (let i = 0; i < 4; i++) { s = growsliceBuf(s, [i], elem(8, false))!; caps.push(s.cap); }
    expect(caps).toEqual([1, 2, 3, 4]);
    expect(s!.arr.slice(0, 4)).toEqual([0, 1, 2, 3]);
    expect(growsliceBuf(s, [4], elem(8, false))).toBeNull();
    expect(growsliceBuf(null, [1], elem(1, false))!.cap).toBe(8);
  });
  it('copies to the heap keeping the capacity, or rounding the length to its size class', () => {
    const s = new Slice([1, 2, 3, 0], 0, 3, 4);
    const kept = moveSlice(s, elem(8, false), true);
    expect([kept.s.len, kept.s.cap, kept.allocBytes]).toEqual([3, 4, 32]);
    expect(kept.s.arr).not.toBe(s.arr);
    const rounded = moveSlice(new Slice([1, 2, 3, 4, 5], 0, 5, 32), elem(1, false), false);
    expect([rounded.s.len, rounded.s.cap]).toEqual([5, 8]);
    const empty = moveSlice(new Slice([0, 0], 0, 0, 2), elem(8, false), false);
    expect([empty.s.len, empty.s.cap, empty.allocBytes]).toEqual([0, 0, 0]);
  });
});
