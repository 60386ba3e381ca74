/**
 * This file builds the fmt test table: every verb × kind × flag combination worth checking, the
 * error forms (bad verb, missing/extra args, bad index, bad width), Print/Println spacing,
 * Stringers and errors, %#v Go syntax, maps sorted by key, and seeded random floats with
 * %v %e %f %g and precisions. The expected outputs are recorded from real Go (record.ts).
 */
import type { Type } from '../../../../src/sim/types/type';
import { Typ, newSignature, newVar } from '../../../../src/sim/types/universe';
import type { GV } from './gv';
import {
  addr, anyT, array, bool, c128, c64, f32, f64, int, map, nil, nilIface, nilPtr, slice, str, struct,
} from './gv';
import { Both, Bytes, Celsius, E, Embed, EmbedS, GS, Inner, MyInt, MyStr, Outer, Panicky, PS, Strs, VS } from './prelude';

export interface FmtCase { readonly fn: 'Sprintf' | 'Sprint' | 'Sprintln'; readonly format: string; readonly args: readonly GV[]; }

const cases: FmtCase[] = [];
const pf = (format: string, ...args: GV[]): void => { cases.push({ fn: 'Sprintf', format, args }); };
const ps = (...args: GV[]): void => { cases.push({ fn: 'Sprint', format: '', args }); };
const pl = (...args: GV[]): void => { cases.push({ fn: 'Sprintln', format: '', args }); };

/** A small deterministic PRNG (xorshift32) for the random float cases. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 4294967296; };
}

// ---- integers ----
const ints: GV[] = [
  int('int', 0), int('int', 42), int('int', -42), int('int8', -128), int('int16', 32767), int('int32', -7),
  int('int64', -9223372036854775808n), int('int64', 9007199254740993n), int('uint8', 255), int('uint16', 65535),
  int('uint32', 4294967295), int('uint', 18446744073709551615n), int('uint64', 1n << 63n), int('uintptr', 4096),
  int('int32', 0x1f600), int('int32', 0x78), MyInt === null ? int('int', 0) : int('int', 7, MyInt),
];
const intFormats = ['%v', '%d', '%b', '%o', '%O', '%x', '%X', '%c', '%q', '%U', '%#U', '%+d', '% d', '%5d', '%-5d|', '%05d',
  '%.3d', '%8.3d', '%+.3d', '%#x', '%#X', '%#o', '%#b', '%#v', '%+v', '%x', '%.0d', '%6.0d|', '%-08d|', '%+08d', '% 08d', '%#08x', '%s', '%e', '%t'];
for (const v of ints) for (const f of intFormats) pf(f, v);
pf('%c', int('int', -1));
pf('%c', int('int', 0x110000));
pf('%q', int('int32', 0x7));
pf('%+q', int('int32', 0xe9));
pf('%U', int('int', -1));
pf('%#U', int('int32', 0x1f600));
pf('%.6U', int('int32', 0x41));

// ---- floats ----
const floats: GV[] = [
  f64(0), f64(-0), f64(1), f64(-1), f64(3.14159), f64(1e6), f64(1e21), f64(1e20), f64(1e-7), f64(0.000123),
  f64(123456.789), f64(NaN), f64(Infinity), f64(-Infinity), f64(2.5), f64(0.5), f64(1.7976931348623157e308),
  f64(5e-324), f64(100), f64(1 / 3), f32(0.1), f32(1 / 3), f32(16777216), f32(3.4028234663852886e38), f32(1e-45),
  f64(20.5, Celsius),
];
const floatFormats = ['%v', '%e', '%E', '%f', '%F', '%g', '%G', '%b', '%x', '%X', '%.2f', '%.0f', '%.3e', '%.4g', '%.10g',
  '%8.3f', '%-8.2f|', '%08.3f', '%+.2e', '% .3f', '%#g', '%#.3g', '%#v', '%#.0f', '%#e', '%.1x', '%+v', '%d', '%s', '%10v|', '%010v', '%+010v'];
for (const v of floats) for (const f of floatFormats) pf(f, v);
for (const x of [0.5, 1.5, 2.5, 3.5, -0.5, 0.125, 0.375, 1.005, 2.675, 1e15 + 0.5]) for (const f of ['%.0f', '%.1f', '%.2f', '%.0e', '%.1e', '%.1g']) pf(f, f64(x));
{
  const r = rng(12345);
  for (let i = 0; i < 200; i++) {
    const mant = r() * 10;
    const exp = Math.floor(r() * 60) - 30;
    const sign = r() < 0.3 ? -1 : 1;
    const x = sign * mant * 10 ** exp;
    const fmts = ['%v', '%e', '%.3e', '%f', '%.2f', '%g', '%.4g', '%G', '%.17g', '%8.3f'];
    pf(fmts[i % fmts.length] + ' %v', f64(x), f64(x));
  }
  for (let i = 0; i < 100; i++) {
    const x = (r() - 0.5) * 10 ** (Math.floor(r() * 20) - 10);
    pf(['%v', '%g', '%e', '%.3f', '%.9g'][i % 5], f32(x));
  }
  for (let i = 0; i < 60; i++) {
    // exact ties and near-ties in binary: k/2^n
    const x = Math.floor(r() * 1000) / 2 ** (1 + Math.floor(r() * 6));
    pf(['%.0f', '%.1f', '%.2f', '%.3e', '%.2g'][i % 5], f64(x));
  }
}

// ---- complex ----
for (const c of [c128(1, 2), c128(-1.5, -0), c128(NaN, Infinity), c64(0.1, -0.2)]) {
  for (const f of ['%v', '%.2f', '%g', '%e', '%+.1f', '%8.2f', '%#v', '%d']) pf(f, c);
}

// ---- strings ----
const strs: GV[] = [str('hello'), str(''), str('héllo'), str('日本語'), str('a"b\\c'), str('\t\n\x07'), str('\xff\xfeok', true),
  str('`back`'), str('😀'), str('\u00a0\u2028'), str('abc', false, MyStr)];
const strFormats = ['%v', '%s', '%q', '%+q', '%#q', '%x', '%X', '% x', '%# x', '%#x', '%5s|', '%-5s|', '%.2s', '%5.1s|', '%.0s|',
  '%#v', '%d', '%10q', '%-10x|', '%.1x', '%U', '%08s', '%-08s|', '%c'];
for (const v of strs) for (const f of strFormats) pf(f, v);

// ---- bool ----
for (const b of [bool(true), bool(false)]) for (const f of ['%v', '%t', '%5t|', '%-6t|', '%d', '%#v', '%s', '%q']) pf(f, b);

// ---- slices, arrays ----
const sl: GV[] = [
  slice(Typ.int, [int('int', 1), int('int', 2), int('int', 3)]), slice(Typ.int, null), slice(Typ.int, []),
  slice(Typ.string, [str('a'), str('b c')]), slice(Typ.uint8, [int('uint8', 1), int('uint8', 2), int('uint8', 255)]),
  slice(Typ.uint8, null), slice(Typ.uint8, [int('uint8', 104), int('uint8', 105)]),
  array(Typ.int, [int('int', 1), int('int', 2)]), array(Typ.uint8, [int('uint8', 104), int('uint8', 105)]),
  { ...slice(Typ.uint8, [int('uint8', 1), int('uint8', 2)]), go: 'Bytes{1, 2}', t: Bytes },
  { ...slice(Typ.string, [str('x'), str('y')]), go: 'Strs{"x", "y"}', t: Strs },
  slice(anyT, [int('int', 1), str('a'), nil, f64(2.5)]),
  slice(Typ.float64, [f64(0.1), f64(2), f64(1e21)]),
  slice({ kind: 'Slice', elem: Typ.int }, [slice(Typ.int, [int('int', 1)]), slice(Typ.int, null)]),
];
for (const v of sl) for (const f of ['%v', '%d', '%x', '%X', '%#v', '%+v', '%s', '%q', '% x', '%5v', '%-4d|', '%T', '%e']) pf(f, v);

// ---- maps ----
const mp: GV[] = [
  map(Typ.string, Typ.int, [[str('b'), int('int', 2)], [str('a'), int('int', 1)], [str('c'), int('int', 3)]]),
  map(Typ.int, Typ.string, [[int('int', 10), str('x')], [int('int', -1), str('y')], [int('int', 2), str('z')]]),
  map(Typ.string, Typ.int, null), map(Typ.string, Typ.int, []),
  map(Typ.float64, Typ.int, [[f64(NaN), int('int', 1)], [f64(-1), int('int', 2)], [f64(Infinity), int('int', 3)], [f64(0), int('int', 4)]]),
  map(Typ.bool, Typ.int, [[bool(true), int('int', 1)], [bool(false), int('int', 0)]]),
  map(anyT, Typ.int, [[str('b'), int('int', 1)], [str('a'), int('int', 2)]]),
  map(Typ.string, anyT, [[str('k'), slice(Typ.int, [int('int', 1)])], [str('j'), nil]]),
  map({ kind: 'Array', elem: Typ.int, len: 2 }, Typ.string, [[array(Typ.int, [int('int', 2), int('int', 1)]), str('b')], [array(Typ.int, [int('int', 1), int('int', 9)]), str('a')]]),
  map(Inner, Typ.int, [[struct(Inner, [int('int', 2), str('a')]), int('int', 1)], [struct(Inner, [int('int', 1), str('z')]), int('int', 2)]]),
];
for (const v of mp) for (const f of ['%v', '%#v', '%+v', '%d', '%T', '%s']) pf(f, v);

// ---- structs, pointers ----
const inner = struct(Inner, [int('int', 1), str('x')]);
const outer = struct(Outer, [inner, nilPtr(Inner), int('int', 5), f64(20.5, Celsius), f64(30, Celsius)]);
const outer2 = struct(Outer, [inner, nilPtr(Inner), nilIface(anyT), f64(1, Celsius), f64(2, Celsius)]);
const anon = struct({ kind: 'Struct', fields: [newVar('A', Typ.int, 'main', -1, true), newVar('B', Typ.string, 'main', -1, true)], tags: ['', ''] }, [int('int', 1), str('q')]);
const st: GV[] = [inner, outer, outer2, addr(inner), anon, struct(Embed, [inner, int('int', 3)]), addr(array(Typ.int, [int('int', 1)])),
  nilPtr(Inner), addr(struct(Outer, [inner, nilPtr(Inner), str('s'), f64(1, Celsius), f64(2, Celsius)]))];
for (const v of st) for (const f of ['%v', '%+v', '%#v', '%d', '%s', '%T', '%x', '%q']) pf(f, v);

// ---- Stringer, error, GoStringer, panics ----
const eVal = addr(struct(E, [str('x')]));
const meth: GV[] = [
  eVal, int('int', 1, Both), int('int', 1, Panicky), nilPtr(PS), addr(struct(PS, [int('int', 1)])), struct(PS, [int('int', 1)]),
  struct(VS, [int('int', 3)]), addr(struct(VS, [int('int', 4)])), nilPtr(VS), int('int', 1, GS), f64(21.25, Celsius),
  struct(EmbedS, [struct(VS, [int('int', 9)]), int('int', 1)]),
  slice(Celsius, [f64(1, Celsius), f64(2, Celsius)]), map(Typ.string, Celsius, [[str('t'), f64(3, Celsius)]]),
];
for (const v of meth) for (const f of ['%v', '%s', '%q', '%x', '%d', '%+v', '%#v', '%T', '%10v|', '%-10s|', '%w']) pf(f, v);
// pointers below the top level print machine addresses: only the verbs that call Error/String
for (const f of ['%v', '%s', '%q', '%x', '%+v', '%T']) pf(f, slice(anyT, [eVal, int('int', 1, Both)]));

// ---- nil, chan, func, %T, %p ----
const chanT: Type = { kind: 'Chan', dir: 'both', elem: Typ.int };
const funcT: Type = newSignature([newVar('', Typ.int, null)], [newVar('', Typ.string, null)], false);
const nils: GV[] = [nil, { go: '(chan int)(nil)', t: chanT, v: null }, { go: '(func(int) string)(nil)', t: funcT, v: null },
  { go: '(<-chan string)(nil)', t: { kind: 'Chan', dir: 'recv', elem: Typ.string }, v: null }, nilPtr(Typ.int)];
for (const v of nils) for (const f of ['%v', '%d', '%T', '%p', '%#v', '%s', '%x', '%t', '%5v|']) pf(f, v);

// ---- argument errors and indexes ----
pf('%d');
pf('%d %d', int('int', 1));
pf('%d', int('int', 1), int('int', 2), str('x'));
pf('x', int('int', 3));
pf('%!', int('int', 1));
pf('%');
pf('abc%');
pf('%z', int('int', 1));
pf('%%');
pf('%5%');
pf('%-%');
pf('%[2]d %[1]d', int('int', 1), int('int', 2));
pf('%[3]d', int('int', 1), int('int', 2));
pf('%[0]d', int('int', 1));
pf('%[1]d %d %d', int('int', 1), int('int', 2));
pf('%[2]*[1]d', int('int', 12), int('int', 5));
pf('%*d|', int('int', 5), int('int', 42));
pf('%-*d|', int('int', 5), int('int', 42));
pf('%*d|', int('int', -5), int('int', 42));
pf('%.*f', int('int', 2), f64(3.14159));
pf('%*d', str('x'), int('int', 1));
pf('%.*d', str('x'), int('int', 1));
pf('%.*d', int('int', -1), int('int', 7));
pf('%*d', int('int', 10000000), int('int', 1));
pf('%3.[2]d', int('int', 7), int('int', 8));
pf('%.[2]d', int('int', 7), int('int', 8));
pf('%[1]*d', int('int', 3));
pf('%[2]d %[2]d', int('int', 1), int('int', 2));
pf('%v %v', int('int', 1));
pf('%s %s', str('a'), str('b'), nil);
pf('%d %s', nil, nil);
pf('%x %X', str('hi'), slice(Typ.uint8, [int('uint8', 0xab)]));
pf('%ä', int('int', 1));
pf('héllo %d wörld', int('int', 5));
pf('%08.3d|%-08.3d|', int('int', -7), int('int', 7));
pf('%+-5d|%-+5d|', int('int', 3), int('int', 3));
pf('%#-8x|%#08X', int('int', 255), int('int', 255));

// ---- Print and Println spacing ----
ps(int('int', 1), int('int', 2));
ps(str('a'), int('int', 1), int('int', 2), str('b'));
ps(int('int', 1), str('a'), int('int', 2));
ps(nil, nil);
ps(str('x'), str('y'));
ps(int('int', 1), str('abc', false, MyStr), int('int', 2));
ps(f64(1.5), bool(true), slice(Typ.int, [int('int', 1)]));
ps(eVal, int('int', 1, Both), int('int', 1, Panicky));
ps();
pl(int('int', 1), int('int', 2));
pl(str('a'), int('int', 1), str('b'));
pl(nil, str(''), inner, addr(inner));
pl();
pl(map(Typ.string, Typ.int, [[str('z'), int('int', 1)], [str('a'), int('int', 2)]]), f64(1e-5), f64(1e6));

export const fmtCases: readonly FmtCase[] = cases;
