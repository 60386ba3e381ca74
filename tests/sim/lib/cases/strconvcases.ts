/**
 * This file builds the recorded cases for strconv, strings, unicode, unicode/utf8, math,
 * time.ParseDuration and fmt.Errorf: each is a Go expression producing a string, and the same
 * string computed from the simulator's natives (registry) on a FakeHost — including the error
 * texts the Go stubs build (`strconv.Atoi: parsing "x": invalid syntax`).
 */
import { errorf, sprint, sprintf } from '../../../../src/sim/lib/fmt/print';
import type { Host } from '../../../../src/sim/lib/host';
import { lookupNative } from '../../../../src/sim/lib/registry';
import { quote } from '../../../../src/sim/lib/strconv/quote';
import { Typ } from '../../../../src/sim/types/universe';
import { Iface, Slice } from '../../../../src/sim/vm/values';
import type { Case } from './tables';
import { addr, anyT, goStr, sliceT, str, struct, u8, int, f64 } from './gv';
import type { GV } from './gv';
import { E } from './prelude';

type Fn = (h: Host, ...a: unknown[]) => unknown;
const N = (name: string): Fn => {
  const f = lookupNative(name);
  if (f === undefined) throw new Error('no native ' + name);
  return f as unknown as Fn;
};

const cases: Case[] = [];
const add = (goExpr: string, sim: (h: Host) => string): void => { cases.push({ goExpr, sim }); };
const pair = (call: string): string => `func() string { v, err := ${call}; return fmt.Sprint(v, "|", err) }()`;
const V = (h: Host, t: typeof Typ.int, v: unknown): string => sprint(h, [new Iface(t, v)]);

const errText = (code: number, base: number, bitSize: number): string =>
  ['', 'invalid syntax', 'value out of range', `invalid base ${base}`, `invalid bit size ${bitSize}`][code];
const numErr = (fn: string, s: string, code: number, base = 10, bits = 0): string =>
  code === 0 ? '<nil>' : `strconv.${fn}: parsing ${quote(s)}: ${errText(code, base, bits)}`;

// ---- Atoi, ParseInt, ParseUint ----
for (const s of ['', '0', '42', '-42', '+7', 'x', '1_000', '9223372036854775807', '9223372036854775808', '-9223372036854775809', ' 1', '0x10', u8('١٢'), '-', '+', '00012']) {
  add(pair(`strconv.Atoi(${goStr(s)})`), (h) => {
    const [v, code] = N('strconv.parseInt')(h, s, 10, 0) as [number, number];
    return `${V(h, Typ.int, v)}|${numErr('Atoi', s, code)}`;
  });
}
const pis: Array<[string, number, number]> = [['0x1F', 0, 64], ['0b101', 0, 8], ['0o17', 0, 64], ['017', 0, 64], ['1_000', 0, 64], ['_1', 0, 64],
  ['1__0', 0, 64], ['ff', 16, 64], ['FF', 16, 8], ['-129', 10, 8], ['128', 10, 8], ['-128', 10, 8], ['z', 36, 64], ['10', 1, 64], ['10', 37, 64],
  ['10', 10, 65], ['', 10, 64], ['-', 10, 64], ['-0x10', 0, 64], ['0x', 0, 64], ['0_x1', 0, 64], ['99999999999999999999', 10, 64], ['-99999999999999999999', 10, 32]];
for (const [s, b, bits] of pis) {
  add(pair(`strconv.ParseInt(${goStr(s)}, ${b}, ${bits})`), (h) => {
    const [v, code] = N('strconv.parseInt')(h, s, b, bits) as [number, number];
    return `${V(h, Typ.int64, v)}|${numErr('ParseInt', s, code, b, bits)}`;
  });
}
for (const [s, b, bits] of [['18446744073709551615', 10, 64], ['18446744073709551616', 10, 64], ['-1', 10, 64], ['256', 10, 8], ['0x_1', 0, 64], ['0x1_0', 0, 16], ['1z', 36, 8]] as Array<[string, number, number]>) {
  add(pair(`strconv.ParseUint(${goStr(s)}, ${b}, ${bits})`), (h) => {
    const [v, code] = N('strconv.parseUint')(h, s, b, bits) as [number, number];
    return `${V(h, Typ.uint64, v)}|${numErr('ParseUint', s, code, b, bits)}`;
  });
}

// ---- ParseFloat ----
const pfl: Array<[string, number]> = [['3.14', 64], ['1e10', 64], ['1e400', 64], ['-1e400', 64], ['1e-400', 64], ['inf', 64], ['-Infinity', 64],
  ['NaN', 64], ['nan', 64], ['infin', 64], ['0x1p-2', 64], ['0x1.8p1', 64], ['0x1.8', 64], ['1_000.5', 64], ['0x_1p0', 64], ['1__0', 64], ['.5', 64],
  ['5.', 64], ['.', 64], ['e5', 64], ['1e', 64], ['+-1', 64], ['0.1', 32], ['3.4e39', 32], ['1.5e-46', 32], [' 1', 64], ['1e+308', 64],
  ['2.2250738585072011e-308', 64], ['123456789012345678901234567890', 64], ['-0', 64], ['+.5e-3', 64], ['1.7976931348623159e308', 64]];
for (const [s, bits] of pfl) {
  add(pair(`strconv.ParseFloat(${goStr(s)}, ${bits})`), (h) => {
    const [v, code] = N('strconv.parseFloat')(h, s, bits) as [number, number];
    return `${V(h, Typ.float64, v)}|${numErr('ParseFloat', s, code, 10, bits)}`;
  });
}

// ---- ParseBool, Itoa, FormatInt ----
for (const s of ['true', 'T', '1', 'yes', '', 'FALSE', 'False', 'tRUE']) {
  add(pair(`strconv.ParseBool(${goStr(s)})`), () => {
    const t = ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(s), f = ['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(s);
    return `${t}|${t || f ? '<nil>' : numErr('ParseBool', s, 1)}`;
  });
}
for (const [v, base] of [[-255, 2], [-255, 8], [-255, 16], [-255, 36], [-9223372036854775808n, 10], [-9223372036854775808n, 16], [0, 2], [123456789, 36]] as Array<[number | bigint, number]>) {
  add(`strconv.FormatInt(${v}, ${base})`, (h) => N('strconv.FormatInt')(h, typeof v === 'bigint' ? v : v, base) as string);
}
add('strconv.FormatUint(18446744073709551615, 2)', (h) => N('strconv.FormatUint')(h, 18446744073709551615n, 2) as string);
add('strconv.Itoa(-0)', (h) => N('strconv.Itoa')(h, 0) as string);

// ---- FormatFloat ----
{
  const vals = [3.14159, 1e21, 1e20, 0.1, 1 / 3, 2.5, 0.5, 1e-7, 123456789.125, 5e-324, 1.7976931348623157e308, -0, 100, 0.000001234, 9.999999e6];
  const fmts: Array<[string, number]> = [['f', -1], ['f', 2], ['f', 0], ['e', -1], ['e', 3], ['E', 0], ['g', -1], ['g', 3], ['G', 10], ['b', -1], ['x', -1], ['x', 3], ['X', 0], ['g', 0], ['e', 20]];
  for (const v of vals) for (const [f, p] of fmts) for (const bits of [64, 32]) {
    const vv = bits === 32 ? Math.fround(v) : v;
    const lit = `math.Float64frombits(0x${new BigUint64Array(new Float64Array([vv]).buffer)[0].toString(16)})`;
    add(`strconv.FormatFloat(${lit}, '${f}', ${p}, ${bits})`, (h) => N('strconv.FormatFloat')(h, vv, f.charCodeAt(0), p, bits) as string);
  }
}

// ---- Quote family, Unquote ----
const qs = ['hello', '\x00\x01\x7f', '日本', '\u2028', '\ufeff', '😀', '"quoted"', '\\', 'tab\t', '\u00a0', 'a\u0301', '\u200b', '`'];
const qsRaw = ['\xff', 'ok\xc3', '\xed\xa0\x80', '\xf4\x90\x80\x80'];
for (const [s, raw] of [...qs.map((x) => [u8(x), false] as const), ...qsRaw.map((x) => [x, true] as const)]) {
  for (const fn of ['Quote', 'QuoteToASCII', 'QuoteToGraphic', 'CanBackquote']) {
    add(fn === 'CanBackquote' ? `fmt.Sprint(strconv.CanBackquote(${goStr(s)}))` : `strconv.${fn}(${goStr(s)})`,
      (h) => String(N('strconv.' + fn)(h, s)));
    void raw;
  }
}
for (const r of [0x61, 0x0a, 0x7f, 0xe9, 0x1f600, 0xfffd, -1, 0x110000, 0xd800, 0x27, 0x22, 0x2028, 0xa0, 0x301]) {
  for (const fn of ['QuoteRune', 'QuoteRuneToASCII', 'QuoteRuneToGraphic']) add(`strconv.${fn}(${r})`, (h) => N('strconv.' + fn)(h, r) as string);
  add(`fmt.Sprint(strconv.IsPrint(${r}), strconv.IsGraphic(${r}))`, (h) => `${N('strconv.IsPrint')(h, r)} ${N('strconv.IsGraphic')(h, r)}`);
}
const unq = ['"abc"', "'a'", '`raw\r`', '"\\x41\\u00e9\\101"', "'ab'", '"unterminated', '"\\z"', "'\\''", '"\'"', '"\\\'"', '\'"\'', '"a\nb"',
  '"\\377"', '"\\400"', "'\\u12'", '"\\uD800"', "'\\U0001F600'", '""', "''", 'x', '"\\"', u8('"日本"'), u8("'日'"), '"\xff"', "'\xff'"];
for (const s of unq) {
  add(pair(`strconv.Unquote(${goStr(s)})`), (h) => {
    const [v, ok] = N('strconv.unquote')(h, s) as [string, boolean];
    return `${ok ? v : ''}|${ok ? '<nil>' : 'invalid syntax'}`;
  });
  add(pair(`strconv.QuotedPrefix(${goStr(s + 'tail')})`), (h) => {
    const [v, ok] = N('strconv.quotedPrefix')(h, s + 'tail') as [string, boolean];
    return `${ok ? v : ''}|${ok ? '<nil>' : 'invalid syntax'}`;
  });
}

// ---- strings ----
const sq = (h: Host, v: unknown): string => sprintf(h, '%q', [new Iface(sliceT(Typ.string), v)]);
const sample = ['', 'a', 'Hello, World', '  lead and trail  ', 'ǅungla', 'straße', 'ΑΒΓ αβγ', 'İi', 'x\xffy', 'a,b,,c,', '日本語テキスト', '\t\n a b\u00a0c\u2003'];
for (const js of sample) {
  const s = js.includes('\xff') ? js : u8(js);
  const g = goStr(s);
  for (const fn of ['ToUpper', 'ToLower', 'ToTitle', 'Title', 'TrimSpace']) add(`strings.${fn}(${g})`, (h) => N('strings.' + fn)(h, s) as string);
  add(`fmt.Sprintf("%q", strings.Fields(${g}))`, (h) => sq(h, N('strings.Fields')(h, s)));
  for (const sep of ['', ',', 'a', ' ']) {
    add(`func() string { r := strings.Split(${g}, ${goStr(sep)}); return fmt.Sprintf("%q %d %d", r, len(r), cap(r)) }()`, (h) => {
      const r = N('strings.genSplit')(h, s, sep, 0, -1) as Slice | null;
      return `${sq(h, r)} ${r === null ? 0 : r.len} ${r === null ? 0 : r.cap}`;
    });
    add(`fmt.Sprintf("%q", strings.SplitN(${g}, ${goStr(sep)}, 2))`, (h) => sq(h, N('strings.genSplit')(h, s, sep, 0, 2)));
    add(`fmt.Sprintf("%q", strings.SplitAfter(${g}, ${goStr(sep)}))`, (h) => sq(h, N('strings.genSplit')(h, s, sep, sep.length, -1)));
    for (const fn of ['Index', 'LastIndex', 'Count', 'IndexAny', 'LastIndexAny', 'Contains', 'ContainsAny', 'Trim', 'TrimLeft', 'TrimRight', 'EqualFold', 'Compare']) {
      add(`fmt.Sprint(strings.${fn}(${g}, ${goStr(sep)}))`, (h) => V(h, typeof N('strings.' + fn)(h, s, sep) === 'boolean' ? Typ.bool : typeof N('strings.' + fn)(h, s, sep) === 'string' ? Typ.string : Typ.int, N('strings.' + fn)(h, s, sep)));
    }
    add(`strings.Replace(${g}, ${goStr(sep)}, "<>", 2)`, (h) => N('strings.Replace')(h, s, sep, '<>', 2) as string);
    add(`strings.ReplaceAll(${g}, ${goStr(sep)}, "")`, (h) => N('strings.Replace')(h, s, sep, '', -1) as string);
  }
  for (const r of [0x61, 0x3b1, 0xfffd, 0xdf, -1]) add(`fmt.Sprint(strings.IndexRune(${g}, ${r}))`, (h) => String(N('strings.IndexRune')(h, s, r)));
  add(`strings.ToValidUTF8(${g}, "?")`, (h) => N('strings.ToValidUTF8')(h, s, '?') as string);
}
for (const [a, b] of [['Go', 'GO'], ['straße', 'STRASSE'], ['ǅ', 'ǆ'], ['K', '\u212a'], ['σ', 'ς'], ['abc', 'abd'], ['', '']]) {
  add(`fmt.Sprint(strings.EqualFold(${goStr(u8(a))}, ${goStr(u8(b))}))`, (h) => String(N('strings.EqualFold')(h, u8(a), u8(b))));
}
for (const [args, s] of [[['a', '1', 'b', '2'], 'abcab'], [['aaa', '3', 'aa', '2', 'a', '1'], 'aaaa'], [['', '-'], 'héllo'], [['a', 'A', '', '-'], 'banana'], [['<', '&lt;', '>', '&gt;'], '<b>x</b>']] as Array<[string[], string]>) {
  const us = args.map(u8);
  add(`strings.NewReplacer(${us.map(goStr).join(', ')}).Replace(${goStr(u8(s))})`, (h) => N('strings.replace')(h, new Slice(us, 0, us.length, us.length), u8(s)) as string);
}
add('strings.Repeat("ab", 3)', (h) => N('strings.Repeat')(h, 'ab', 3) as string);
add('strings.Join([]string{"a", "b", "c"}, "-")', (h) => N('strings.Join')(h, new Slice(['a', 'b', 'c'], 0, 3, 3), '-') as string);

// ---- unicode and utf8 ----
const preds = ['IsLetter', 'IsUpper', 'IsLower', 'IsTitle', 'IsDigit', 'IsNumber', 'IsMark', 'IsPunct', 'IsSymbol', 'IsSpace', 'IsControl', 'IsPrint', 'IsGraphic'];
for (const r of [0x41, 0x61, 0x35, 0x20, 0x0a, 0x85, 0xa0, 0x1c5, 0x3a3, 0x4e2d, 0x3042, 0x30a2, 0xac00, 0x661, 0x2163, 0x301, 0x21, 0x24, 0x1f600, 0xfffd, 0x10ffff, -1, 0x110000, 0xdf, 0x130, 0x131, 0x212a, 0x3c2]) {
  add(`fmt.Sprint(${preds.map((p) => `unicode.${p}(${r})`).join(', ')})`, (h) => preds.map((p) => String(N('unicode.' + p)(h, r))).join(' '));
  add(`fmt.Sprint(unicode.ToUpper(${r}), unicode.ToLower(${r}), unicode.ToTitle(${r}), unicode.SimpleFold(${r}))`,
    (h) => ['ToUpper', 'ToLower', 'ToTitle', 'SimpleFold'].map((f) => String(N('unicode.' + f)(h, r))).join(' '));
  add(`fmt.Sprint(unicode.Is(unicode.Han, ${r}), unicode.In(${r}, unicode.Latin, unicode.Greek), unicode.Is(unicode.Hiragana, ${r}))`,
    (h) => `${N('unicode.inTable')(h, 'Han', r)} ${N('unicode.inTable')(h, 'Latin', r) || N('unicode.inTable')(h, 'Greek', r)} ${N('unicode.inTable')(h, 'Hiragana', r)}`);
  add(`fmt.Sprint(utf8.RuneLen(${r}), utf8.ValidRune(${r}))`, (h) => `${N('unicode/utf8.RuneLen')(h, r)} ${(r >= 0 && r < 0xd800) || (r > 0xdfff && r <= 0x10ffff)}`);
  add(`string(utf8.AppendRune(nil, ${r}))`, (h) => N('unicode/utf8.encodeRune')(h, r) as string);
}
for (const s of ['', 'a', '\xc3\xa9', '\xc3', '\xe2\x82', '\xe2\x82\xac', '\xf0\x9f\x98\x80', '\xed\xa0\x80', '\xc0\x80', '\xf8\x88\x80\x80\x80', 'ab\xff', '\xef\xbf\xbd', '\xf4\x8f\xbf\xbf']) {
  const g = goStr(s);
  add(`fmt.Sprint(utf8.DecodeRuneInString(${g}))`, (h) => (N('unicode/utf8.DecodeRuneInString')(h, s) as number[]).join(' '));
  add(`fmt.Sprint(utf8.DecodeLastRuneInString(${g}))`, (h) => (N('unicode/utf8.DecodeLastRuneInString')(h, s) as number[]).join(' '));
  add(`fmt.Sprint(utf8.RuneCountInString(${g}), utf8.ValidString(${g}), utf8.FullRuneInString(${g}))`,
    (h) => `${N('unicode/utf8.RuneCountInString')(h, s)} ${N('unicode/utf8.ValidString')(h, s)} ${N('unicode/utf8.FullRuneInString')(h, s)}`);
}

// ---- time.ParseDuration ----
for (const s of ['1h2m3.5s', '1.5h', '-3ms', '100', '1x', '', '0', '+5\xc2\xb5s', '.5s', '9223372036854775807ns', '9223372036854775808ns', '-9223372036854775808ns', '1.0000000001s', '3m-2s', '1h1h', '.s', '2562047h47m16.854775807s']) {
  add(`func() string { d, err := time.ParseDuration(${goStr(s)}); return fmt.Sprint(int64(d), "|", err) }()`, (h) => {
    const [d, msg] = N('time.parseDuration')(h, s) as [number | bigint, string];
    return `${msg === '' ? String(d) : '0'}|${msg === '' ? '<nil>' : msg}`;
  });
}

// ---- fmt.Errorf: message and dynamic type ----
const e1: GV = addr(struct(E, [str('one')]));
const e2: GV = addr(struct(E, [str('two')]));
const errCases: Array<[string, GV[]]> = [['x %d', [int('int', 1)]], ['w %w', [e1]], ['%w %w', [e1, e2]], ['%w', [int('int', 1)]], ['%[2]w %[1]w', [e1, e2]],
  ['%w %w', [e1, e1]], ['no verbs', []], ['%v', [e1]], ['%w and %v', [e1, f64(1.5)]], ['%d%%', [int('int', 5)]], ['%w', [{ go: 'error(nil)', t: Typ.untypedNil, v: null }]]];
for (const [format, args] of errCases) {
  add(`func() string { err := fmt.Errorf(${[goStr(format), ...args.map((a) => a.go)].join(', ')}); return fmt.Sprintf("%s|%T", err.Error(), err) }()`, (h) => {
    const [s, wrapped, multi] = errorf(h, format, args.map((a) => (a.t === Typ.untypedNil ? null : new Iface(a.t, a.v))));
    const t = multi ? '*fmt.wrapErrors' : wrapped.length === 0 ? '*errors.errorString' : '*fmt.wrapError';
    return `${s}|${t}`;
  });
}

// ---- math ----
// only the natives (the rest of math is Go's own code, checked by programs/math2.go)
const arch: Record<string, string> = { Floor: 'archFloor', Ceil: 'archCeil', Trunc: 'archTrunc', Max: 'archMax', Min: 'archMin' };
const mathCases: Array<[string, number[]]> = [['Sqrt', [2, 0, -0, Infinity]], ['Floor', [-1.5, 2.5, -0]], ['Ceil', [-1.5, 2.5, -0.5]], ['Trunc', [-1.7, 1.7]],
  ['Round', [2.5, -2.5, 0.49999999999999994, -0.4]], ['RoundToEven', [2.5, 3.5, -2.5, 0.5]], ['Abs', [-0, -3]], ['Inf', [1, -1]]];
const show = (h: Host, r: number): string => sprintf(h, '%v %x', [new Iface(Typ.float64, r), new Iface(Typ.uint64, N('math.Float64bits')(h, r))]);
const lit = (x: number): string => `math.Float64frombits(0x${new BigUint64Array(new Float64Array([x]).buffer)[0].toString(16)})`;
for (const [fn, xs] of mathCases) for (const x of xs) {
  if (fn === 'Inf') add(`func() string { r := math.Inf(${x}); return fmt.Sprintf("%v %x", r, math.Float64bits(r)) }()`, (h) => show(h, N('math.Inf')(h, x) as number));
  else add(`func() string { r := math.${fn}(${lit(x)}); return fmt.Sprintf("%v %x", r, math.Float64bits(r)) }()`, (h) => show(h, N('math.' + (arch[fn] ?? fn))(h, x) as number));
}
const math2: Array<[string, number, number]> = [['Mod', 7, 3], ['Mod', -7, 3], ['Mod', 7, -3], ['Mod', 5.5, 2], ['Max', -0, 0], ['Min', -0, 0], ['Max', NaN, 1],
  ['Min', -Infinity, NaN], ['Copysign', 3, -0], ['Copysign', -2, 1]];
for (const [fn, x, y] of math2) {
  add(`func() string { r := math.${fn}(${lit(x)}, ${lit(y)}); return fmt.Sprintf("%v %x", r, math.Float64bits(r)) }()`, (h) => show(h, N('math.' + (arch[fn] ?? fn))(h, x, y) as number));
}
for (const x of [8, 0.1, -3.5, 0, 5e-324, Infinity]) {
  add(`fmt.Sprint(math.Frexp(${lit(x)}))`, (h) => { const [f, e] = N('math.Frexp')(h, x) as [number, number]; return `${V(h, Typ.float64, f)} ${e}`; });
  add(`fmt.Sprint(math.Modf(${lit(x)}))`, (h) => { const [i, f] = N('math.Modf')(h, x) as [number, number]; return `${V(h, Typ.float64, i)} ${V(h, Typ.float64, f)}`; });
}
add('fmt.Sprint(math.Ldexp(0.5, 1024), math.Ldexp(1, -1074), math.Ldexp(1, -1075), math.Ldexp(3, -1076))',
  (h) => [N('math.Ldexp')(h, 0.5, 1024), N('math.Ldexp')(h, 1, -1074), N('math.Ldexp')(h, 1, -1075), N('math.Ldexp')(h, 3, -1076)].map((x) => V(h, Typ.float64, x)).join(' '));
add('fmt.Sprint(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.Pi, math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32))',
  (h) => sprint(h, [new Iface(Typ.int, 9223372036854775807n), new Iface(Typ.int, -9223372036854775808n), new Iface(Typ.uint64, 18446744073709551615n),
    new Iface(Typ.float64, Math.PI), new Iface(Typ.float64, 1.7976931348623157e308), new Iface(Typ.float64, 5e-324), new Iface(Typ.float32, Math.fround(3.4028234663852886e38))]));
void f64; void anyT;

export const strconvCases: readonly Case[] = cases;
