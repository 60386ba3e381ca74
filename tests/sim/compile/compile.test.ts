/**
 * This file tests properties of the generated code (compile/): loops without suspension points stay
 * structured JavaScript, calls of Go code are resume points, functions without suspension points get
 * a direct-call version, and every function is compiled once.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/sim/index';

function funcs(src: string): Map<string, string> {
  const c = compile(src, 'x.go');
  expect(c.stderr).toBe('');
  return new Map(c.program!.funcs.map((f) => [f.name, f.body]));
}

describe('generated code', () => {
  const fs = funcs(`package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func sum(xs []int) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}

func waits(ch chan int) int {
	total := 0
	for v := range ch {
		total += v
	}
	return total
}

func main() {
	ch := make(chan int, 1)
	ch <- fib(10)
	close(ch)
	fmt.Println(sum([]int{1, 2}), waits(ch))
}
`);
  it('compiles every reachable function once, with runtime names', () => {
    expect([...fs.keys()]).toEqual(expect.arrayContaining(['runtime.main', 'main.main', 'main.fib', 'main.sum', 'main.waits']));
  });
  it('keeps a loop without suspension points structured', () => {
    const body = fs.get('main.sum')!;
    expect(body).toMatch(/J\d+:for\(;;\)/);
    expect(body).not.toMatch(/case [1-9]/);
  });
  it('lowers a loop with a channel receive to the state machine', () => {
    expect(fs.get('main.waits')!).toMatch(/case \d+:[\s\S]*R\.recv\(g,/);
  });
  it('gives functions without suspension points a direct-call version', () => {
    expect(fs.get('main.fib')!).toContain('// direct-call version');
    expect(fs.get('main.waits')!).not.toContain('// direct-call version');
  });
  it('counts steps', () => {
    expect(fs.get('main.sum')!).toContain('M.steps++');
  });
});
