/**
 * This file implements the grammar-based half of the fuzz corpus with fast-check: random but
 * mostly well-typed Go programs over a fixed set of variables (ints of several sizes, floats,
 * strings, slices, maps, channels), with arithmetic that overflows and divides by zero, indexing
 * out of range, conversions, string/byte/rune mixing, goroutines and channel traffic, defer and
 * recover, loops and switches. A small share of expressions is deliberately ill-typed so the type
 * checker's error paths run too. fc.sample with a fixed seed makes the programs reproducible.
 */
import fc from 'fast-check';

const INT_VARS = ['a', 'b', 'c', 'len(xs)', 'len(s)', 'int(u8)', 'int(i8)', 'int(i64)', 'xs[0]', 'm["k"]'];
const SMALL = fc.integer({ min: -5, max: 20 });
// Literals go through id() so expressions are not constant: constant overflow or division by a
// constant zero would be compile errors, and these programs are meant to reach the VM.
const LIT = fc
  .oneof(SMALL.map(String), fc.constantFrom('0', '1', '-1', '127', '255', '1<<31', '1<<62', '9223372036854775807', '-9223372036854775808'))
  .map((v) => `id(${v})`);

const { intExpr } = fc.letrec<{ intExpr: string }>((tie) => ({
  intExpr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: LIT, weight: 15 },
    { arbitrary: fc.constantFrom(...INT_VARS), weight: 20 },
    {
      arbitrary: fc
        .tuple(tie('intExpr'), fc.constantFrom('+', '-', '*', '/', '%', '&', '|', '^', '&^', '<<', '>>'), tie('intExpr'))
        .map(([x, op, y]) => (op === '<<' || op === '>>' ? `(${x} ${op} (uint(${y}) % 70))` : `(${x} ${op} ${y})`)),
      weight: 15,
    },
    { arbitrary: fc.tuple(tie('intExpr'), tie('intExpr')).map(([x, y]) => `min(${x}, ${y})`), weight: 5 },
    { arbitrary: tie('intExpr').map((x) => `int(int8(${x}))`), weight: 5 },
    { arbitrary: tie('intExpr').map((x) => `int(uint16(${x}))`), weight: 5 },
    { arbitrary: tie('intExpr').map((x) => `xs[${x}]`), weight: 5 },
    { arbitrary: tie('intExpr').map((x) => `len(s[${x}:])`), weight: 5 },
    { arbitrary: tie('intExpr').map((x) => `int(s[${x} % (len(s)+1)])`), weight: 5 },
    { arbitrary: tie('intExpr').map((x) => `-(${x})`), weight: 5 },
    { arbitrary: tie('intExpr').map((x) => `${x} + "str"`), weight: 1 }, // ill-typed on purpose
  ),
}));

const strExpr = fc.oneof(
  fc.constantFrom('s', '"héllo"', '"\\xff"', '""', 'string(rune(a))', 'fmt.Sprint(a, b)', 'strconv.Itoa(c)', 's[1:]', 'string(xs[0])'),
  intExpr.map((x) => `fmt.Sprintf("%d|%x|%08b|%v", ${x}, ${x}, ${x}, ${x})`),
  intExpr.map((x) => `strings.Repeat("ab", ${x} % 4)`),
);

const cond = fc.oneof(
  fc.tuple(intExpr, fc.constantFrom('<', '<=', '==', '!=', '>'), intExpr).map(([x, op, y]) => `${x} ${op} ${y}`),
  strExpr.map((x) => `${x} < s`),
  fc.constantFrom('true', 'ok', 'len(m) > 1', 'f > 1.5'),
);

const stmt: fc.Arbitrary<string> = fc.oneof(
  intExpr.map((x) => `a = ${x}`),
  intExpr.map((x) => `b += ${x}`),
  intExpr.map((x) => `u8 = uint8(${x})`),
  intExpr.map((x) => `i8 -= int8(${x})`),
  intExpr.map((x) => `i64 *= int64(${x})`),
  intExpr.map((x) => `f = f*1.5 + float64(${x})`),
  intExpr.map((x) => `fmt.Println(${x})`),
  strExpr.map((x) => `s = ${x}`),
  strExpr.map((x) => `fmt.Printf("%q %v\\n", ${x}, []byte(${x}))`),
  intExpr.map((x) => `xs = append(xs, ${x})`),
  fc.tuple(intExpr, intExpr).map(([x, y]) => `xs = xs[${x}:${y}]`),
  fc.tuple(strExpr, intExpr).map(([k, v]) => `m[${k}] = ${v}`),
  strExpr.map((k) => `delete(m, ${k})`),
  strExpr.map((k) => `_, ok = m[${k}]`),
  intExpr.map((x) => `for i := range ${x} % 10 { c += i }`),
  intExpr.map((x) => `for i := 0; i < ${x} % 8; i++ { xs = append(xs, i) }`),
  fc.tuple(cond, intExpr).map(([k, x]) => `if ${k} { fmt.Println("then", ${x}) } else { c-- }`),
  intExpr.map((x) => `switch ${x} % 3 { case 0: a++; fallthrough; case 1: b--; default: c = 0 }`),
  intExpr.map((x) => `go func(v int) { ch <- v }(${x})`),
  fc.constant('select { case v := <-ch: fmt.Println("got", v); default: fmt.Println("none") }'),
  fc.constant('if len(ch) > 0 { <-ch }'),
  intExpr.map((x) => `func() { defer func() { fmt.Println("rec", recover()) }(); _ = ${x} / c }()`),
  intExpr.map((x) => `defer fmt.Println("deferred", ${x})`),
  fc.constant('for k, v := range m { _, _ = k, v }'),
  fc.constant('for i, r := range s { _, _ = i, r }'),
  fc.constant('wg.Add(1); go func() { defer wg.Done(); mu.Lock(); c++; mu.Unlock() }()'),
  fc.constant('wg.Wait()'),
  fc.constant('runtime.Gosched()'),
  fc.constant('time.Sleep(time.Millisecond)'),
  intExpr.map((x) => `var arr [4]int; arr[${x} & 3] = ${x}; fmt.Println(arr)`),
  fc.constant('x := any(s); n, isInt := x.(int); fmt.Println(n, isInt)'),
  fc.constant('panic(s)'),
);

/** A complete program: fixed declarations, 1–12 random statements, then uses of every variable. */
export const programArb: fc.Arbitrary<string> = fc.array(stmt, { minLength: 1, maxLength: 12 }).map(
  (body) => `package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

func id(x int) int { return x }

func main() {
	a, b, c := 3, -7, 11
	var u8 uint8 = 200
	var i8 int8 = -100
	var i64 int64 = 1 << 40
	f := 2.5
	s := "héllo, 世界"
	xs := []int{1, 2, 3}
	m := map[string]int{"k": 1}
	ch := make(chan int, 4)
	ok := false
	var wg sync.WaitGroup
	var mu sync.Mutex
${body.map((x) => '\t' + x).join('\n')}
	wg.Wait()
	fmt.Println(a, b, c, u8, i8, i64, f, s, xs, m, len(ch), ok)
	_, _, _, _, _ = strconv.Itoa, strings.Repeat, runtime.Gosched, time.Sleep, &mu
}
`,
);

/** `n` programs, reproducible from `seed`. */
export function generatePrograms(seed: number, n: number): string[] {
  return fc.sample(programArb, { seed, numRuns: n });
}
