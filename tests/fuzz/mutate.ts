/**
 * This file implements the mutation operators of the fuzz test: it turns a valid golden program
 * into a nearby, usually broken or hostile, one — deleting, duplicating or swapping tokens and
 * lines, changing literals, inserting infinite loops, runaway recursion, huge allocations and
 * goroutine floods, random characters, truncation. Each operator is a pure function of
 * (source, prng); the result is always a string (possibly not Go at all).
 */
import type { Prng } from './prng';

const TOKEN =
  /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:\\.|[^"\\\n])*"|`[^`]*`|'(?:\\.|[^'\\\n])*'|\.?\d[\w.]*|[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*|:=|\.\.\.|<-|&&|\|\||<<=?|>>=?|&\^=?|\+\+|--|[-+*/%&|^<>=!]=?|[(){}[\],;.:~]|[\s\S]/g;

/** Splits Go-ish source into tokens, keeping whitespace and comments so join('') is the source. */
export function tokenize(src: string): string[] {
  return src.match(TOKEN) ?? [];
}

function isSignificant(t: string): boolean {
  return !/^\s/.test(t) && !t.startsWith('//') && !t.startsWith('/*');
}

const NUMBERS = ['0', '-1', '1', '7', '255', '256', '-128', '1<<62', '1<<63 - 1', '9223372036854775807', '18446744073709551615', '0x7fffffff', '1e308', '3.5', '-0', '1_000_000', '0b101', '0o17', '1e-320', '100000000'];
const STRINGS = ['""', '"\\xff\\xfe"', '"世界"', '"%d %s %v %!"', '"\\n\\t\\\\"', '`raw`', '"' + 'ab'.repeat(200) + '"', '"\\u00e9"'];
const WORDS = ['go', 'defer', 'chan', 'select', 'func', 'map', 'interface', 'struct', 'type', 'var', 'const', 'range', 'return', 'break', 'goto', 'fallthrough', 'nil', 'iota', 'len', 'cap', 'append', 'make', 'new', 'panic', 'recover', 'close', 'copy', 'delete', 'min', 'max', 'clear', 'any', 'comparable', 'string', 'int', 'byte', 'rune', 'error', '_', 'true', 'main', 'fmt', 'x', 'T'];

/** Statements inserted into a function body: hostile work the budgets must stop cleanly. */
export const HOSTILE: readonly string[] = [
  'for {}',
  'for i := 0; ; i++ { _ = i }',
  'var rec func(int) int; rec = func(n int) int { return rec(n+1) + 1 }; println(rec(0))',
  '_ = make([]int, 1<<40)',
  '_ = make([]byte, 1<<62)',
  'big := []byte{}; for { big = append(big, make([]byte, 1<<20)...) }',
  'mm := map[int]int{}; for i := 0; ; i++ { mm[i] = i }',
  'ss := "x"; for { ss += ss }',
  'for { go func() { select {} }() }',
  'for i := 0; i < 1000000; i++ { go func() {}() }',
  'chx := make(chan int); <-chx',
  'select {}',
  'var mz map[string]int; mz["a"] = 1',
  'panic("fuzz")',
  'defer func() { panic(recover()) }()',
  'var np *struct{ x int }; np.x = 1',
  'zz := 0; println(1 / zz)',
  'for { defer func() {}() }',
  'var deep func(int); deep = func(n int) { defer deep(n + 1) }; deep(0)',
  'ch1 := make(chan int, 1); go func() { for { ch1 <- 1 } }(); for { <-ch1 }',
  'var arr [1 << 20]int; _ = arr',
  'sl := make([][]int, 0); for { sl = append(sl, make([]int, 1000)) }',
];

type Mutator = (src: string, r: Prng) => string;

function mutateTokens(src: string, r: Prng, f: (toks: string[], idx: number[]) => void): string {
  const toks = tokenize(src);
  const idx = toks.map((t, i) => (isSignificant(t) ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0) return src;
  f(toks, idx);
  return toks.join('');
}

function mutateLines(src: string, f: (lines: string[]) => void): string {
  const lines = src.split('\n');
  f(lines);
  return lines.join('\n');
}

/** Index of the line after `func main() {`, or a random line. */
function bodyLine(lines: string[], r: Prng): number {
  const main = lines.findIndex((l) => /^func main\(\)\s*\{/.test(l));
  if (main >= 0 && r.chance(0.6)) return main + 1;
  return r.int(lines.length + 1);
}

export const MUTATORS: Record<string, Mutator> = {
  deleteToken: (s, r) => mutateTokens(s, r, (t, idx) => { t[r.pick(idx)] = ''; }),
  duplicateToken: (s, r) => mutateTokens(s, r, (t, idx) => { const i = r.pick(idx); t[i] = t[i] + ' ' + t[i]; }),
  swapTokens: (s, r) => mutateTokens(s, r, (t, idx) => {
    const a = r.pick(idx);
    const b = r.pick(idx);
    [t[a], t[b]] = [t[b], t[a]];
  }),
  replaceWord: (s, r) => mutateTokens(s, r, (t, idx) => {
    const words = idx.filter((i) => /^[A-Za-z_]/.test(t[i]));
    if (words.length > 0) t[r.pick(words)] = r.pick(WORDS);
  }),
  changeLiteral: (s, r) => mutateTokens(s, r, (t, idx) => {
    const lits = idx.filter((i) => /^[\d"`'.]/.test(t[i]));
    if (lits.length === 0) return;
    const i = r.pick(lits);
    t[i] = /^[\d.]/.test(t[i]) ? r.pick(NUMBERS) : r.pick(STRINGS);
  }),
  deleteLine: (s, r) => mutateLines(s, (l) => { l.splice(r.int(l.length), 1); }),
  duplicateLine: (s, r) => mutateLines(s, (l) => { const i = r.int(l.length); l.splice(i, 0, l[i]); }),
  swapLines: (s, r) => mutateLines(s, (l) => {
    const a = r.int(l.length);
    const b = r.int(l.length);
    [l[a], l[b]] = [l[b], l[a]];
  }),
  insertHostile: (s, r) => mutateLines(s, (l) => { l.splice(bodyLine(l, r), 0, '\t' + r.pick(HOSTILE)); }),
  insertRandomChars: (s, r) => {
    const at = r.int(s.length + 1);
    let junk = '';
    const n = 1 + r.int(8);
    for (let k = 0; k < n; k++) {
      junk += r.chance(0.2) ? r.pick(['\u0000', '\uFFFD', '\uD800', '\uFEFF', '\u2028', '😀', '\r', '\\', '"', '`', '{', '}']) : String.fromCharCode(r.int(256));
    }
    return s.slice(0, at) + junk + s.slice(at);
  },
  truncate: (s, r) => s.slice(0, r.int(s.length + 1)),
  prefixGo: (s, r) => mutateLines(s, (l) => {
    const calls = l.map((x, i) => (/^\t+[\w.]+\(.*\)$/.test(x) ? i : -1)).filter((i) => i >= 0);
    if (calls.length > 0) { const i = r.pick(calls); l[i] = l[i].replace(/^(\t+)/, r.chance(0.5) ? '$1go ' : '$1defer '); }
  }),
};

export const MUTATOR_NAMES = Object.keys(MUTATORS);

/** Applies 1–3 random mutators; returns the new source and the names applied (for the report). */
export function mutate(src: string, r: Prng): { source: string; ops: string[] } {
  const n = 1 + r.int(3);
  const ops: string[] = [];
  let out = src;
  for (let k = 0; k < n; k++) {
    const name = r.pick(MUTATOR_NAMES);
    ops.push(name);
    out = MUTATORS[name](out, r);
  }
  return { source: out, ops };
}
