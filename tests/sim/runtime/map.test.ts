/**
 * Maps: semantics (NaN keys, ±0, interface keys, unhashable panics, nil map writes, iteration
 * rules) and fmt's sorted printing order against real Go (recorded: go/mapprint, go/errors).
 */
import { describe, expect, it } from 'vitest';
import { GoMap, mapaccess, mapassign, mapdelete } from '../../../src/sim/runtime/map';
import { sortedEntries } from '../../../src/sim/runtime/fmtsort';
import { RuntimePanic } from '../../../src/sim/runtime/errors';
import { Iface } from '../../../src/sim/vm/values';
import { MiniVM, recorded } from './harness';
import { any, array, bool, float64, int, int8, named, slice, str, struct, uint64, map as mapT } from './types';
import type { Type } from '../../../src/sim/types/type';

const vm = new MiniVM({ tracing: true });
const g = { id: 1 } as never;
const rand = (() => { let x = 7; return (n: number) => { x = (x * 1103515245 + 12345) % 2147483648; return x % n; }; })();

/** A tiny %v for the key/value shapes used below (fmt itself belongs to lib/). */
function v(x: unknown): string {
  if (x === null) return '<nil>';
  if (x instanceof Iface) return v(x.v);
  if (typeof x === 'number') return x === Infinity ? '+Inf' : x === -Infinity ? '-Inf' : String(x);
  if (Array.isArray(x)) return `[${x.map(v).join(' ')}]`;
  if (typeof x === 'object') return `{${Object.values(x as object).map(v).join(' ')}}`;
  return String(x);
}
function printed(m: GoMap, kt: Type): string {
  return `map[${sortedEntries(m, kt, rand).map((e) => `${v(e.key)}:${v(e.value)}`).join(' ')}]`;
}
function mk(kt: Type, pairs: [unknown, unknown][]): GoMap {
  const m = new GoMap(1, kt, int);
  for (const [k, val] of pairs) m.set(k, val);
  return m;
}

describe('fmt map printing order matches Go (internal/fmtsort)', () => {
  const lines = recorded('mapprint')[0].stdout.split('\n');
  const P = named('P', struct([['X', int], ['S', str]]));
  const cases: [Type, [unknown, unknown][]][] = [
    [int, [[3, 'c'], [-1, 'm'], [10, 'j'], [0, 'z'], [2, 'b']]],
    [str, [['b', 2], ['a', 1], ['B', 3], ['', 0], ['ab', 4], ['\xc3\xa9', 5]]],
    [float64, [[2.5, 1], [-1, 2], [Infinity, 3], [-Infinity, 4], [0, 5]]],
    [bool, [[true, 1], [false, 0]]],
    [P, [[{ X: 2, S: 'a' }, 1], [{ X: 1, S: 'b' }, 2], [{ X: 1, S: 'a' }, 3]]],
    [array(2, int), [[[2, 1], 'x'], [[1, 2], 'y'], [[1, 1], 'z']]],
    [uint64, [[2n ** 63n, 1], [1, 2], [0, 3]]],
    [int8, [[-128, 1], [127, 2], [0, 3]]],
    [any, [[null, 0], [new Iface(int, 3), 1], [new Iface(int, 1), 2], [new Iface(int, 2), 3]]],
    [any, [[new Iface(str, 'b'), 1], [new Iface(str, 'a'), 2]]],
  ];
  cases.forEach(([kt, pairs], i) => {
    it(`line ${i + 1}: ${lines[i]}`, () => {
      expect(printed(mk(kt, pairs), kt).replace('\xc3\xa9', 'é')).toBe(lines[i]);
    });
  });

  it('NaN keys are never found and each insert adds an entry; +0 and -0 are one key', () => {
    const m = new GoMap(1, float64, int);
    m.set(NaN, 1); m.set(1, 2); m.set(NaN, 3);
    expect(`${m.size} ${m.get(NaN) ?? 0}`).toBe(lines[10]);
    const z = new GoMap(2, float64, str);
    z.set(0, 'zero'); z.set(-0, 'negzero');
    expect(`${z.size} ${z.get(0)}`).toBe(lines[11]);
  });
});

describe('map semantics', () => {
  const errs = new Map(recorded('errors')[0].stdout.trim().split('\n').map((l) => { const [n, , m] = l.split('\t'); return [n, m]; }));
  const panicText = (f: () => void): string => {
    try { f(); } catch (e) { if (e instanceof RuntimePanic) return e.message; throw e; }
    return 'no panic';
  };

  it('assignment to a nil map panics as Go', () => {
    expect(panicText(() => mapassign(vm, g, 0, null, 'a', 1))).toBe(errs.get('nil-map'));
  });
  it('unhashable interface keys panic with Go\'s two texts', () => {
    const m = new GoMap(1, any, int);
    expect(panicText(() => m.set(new Iface(slice(int), null), 1))).toBe(errs.get('unhashable'));
    const S = named('S', struct([['xs', slice(int)]]));
    expect(panicText(() => m.set(new Iface(S, { xs: null }), 1))).toBe(errs.get('unhashable-struct'));
    expect(panicText(() => mapaccess(m, new Iface(mapT(int, int), null), any))).toBe(errs.get('unhashable-lookup'));
    expect(panicText(() => mapaccess(null, new Iface(mapT(int, int), null), any))).toBe(errs.get('unhashable-lookup'));
  });
  it('struct, array and interface keys compare by value; pointers by identity', () => {
    const m = new GoMap(1, any, int);
    m.set(new Iface(int, 1), 1);
    m.set(new Iface(str, '1'), 2);
    m.set(new Iface(array(2, int), [1, 2]), 3);
    expect(m.get(new Iface(int, 1))).toBe(1);
    expect(m.get(new Iface(str, '1'))).toBe(2);
    expect(m.get(new Iface(array(2, int), [1, 2]))).toBe(undefined); // a different (non-interned) type object
    const at = array(2, int);
    m.set(new Iface(at, [3, 4]), 4);
    expect(m.get(new Iface(at, [3, 4]))).toBe(4);
    const o1 = { x: 1 }, o2 = { x: 1 };
    const pm = new GoMap(2, { kind: 'Pointer', elem: struct([['x', int]]) }, int);
    pm.set(o1, 1);
    expect(pm.get(o2)).toBe(undefined);
    expect(pm.get(o1)).toBe(1);
  });
  it('int64 keys: numbers and bigints are canonical', () => {
    const m = new GoMap(1, int, int);
    m.set(2n ** 60n, 1);
    m.set(5, 2);
    expect(m.get(2n ** 60n)).toBe(1);
    expect(m.get(5)).toBe(2);
  });
  it('iteration: deleted entries are not produced, added ones are not, updates are seen', () => {
    const m = new GoMap(1, int, int);
    for (let i = 0; i < 10; i++) m.set(i, i);
    const it = m.iterate(rand);
    const seen: [number, number][] = [];
    let first = true;
    for (let e = it.next(); e !== null; e = it.next()) {
      seen.push([e.key as number, e.value as number]);
      if (first) {
        first = false;
        for (let i = 0; i < 10; i++) if (i !== e.key && i % 2 === 0) mapdelete(vm, g, 0, m, i);
        m.set(100, 100);
        for (let i = 0; i < 10; i++) if (i % 2 === 1 && i !== e.key) m.set(i, -i);
      }
    }
    const firstKey = seen[0][0];
    const rest = seen.slice(1);
    expect(rest.every(([k]) => k % 2 === 1 && k !== 100)).toBe(true);
    expect(rest.every(([k, val]) => val === -k)).toBe(true);
    expect(new Set(rest.map(([k]) => k))).toEqual(new Set([1, 3, 5, 7, 9].filter((k) => k !== firstKey)));
  });
  it('iteration order differs between ranges (seeded) and covers every entry once', () => {
    const m = new GoMap(1, int, int);
    for (let i = 0; i < 20; i++) m.set(i, i);
    const order = (): string => { const it = m.iterate(rand); const ks: unknown[] = []; for (let e = it.next(); e; e = it.next()) ks.push(e.key); return ks.join(','); };
    const a = order(), b = order();
    expect(a).not.toBe(b);
    expect(a.split(',').map(Number).sort((x, y) => x - y)).toEqual([...Array(20).keys()]);
  });
  it('emits map.write events with the length after the write', () => {
    const t = new MiniVM({ tracing: true });
    const m = new GoMap(t.newId(), str, int);
    mapassign(t, g, 5, m, 'a', 1);
    mapdelete(t, g, 6, m, 'a');
    expect(t.events.map((e) => e.kind === 'map.write' && [e.op, e.key, e.len, e.pos])).toEqual([['set', 'a', 1, 5], ['delete', 'a', 0, 6]]);
  });
  it('charges each new entry (key, element, control byte) to the heap, not an overwrite', () => {
    const t = new MiniVM();
    const m = new GoMap(t.newId(), str, int); // string 16 + int 8 + 1
    mapassign(t, g, 1, m, 'a', 1);
    mapassign(t, g, 1, m, 'b', 2);
    mapassign(t, g, 1, m, 'a', 3);
    expect(t.heapBytes).toBe(2 * 25);
  });
});
