/**
 * This file tests the VM's own contract (not Go behaviour, which tests/sim/run and the golden corpus
 * compare with recordings): budgets and their exit codes, determinism for a seed, the event trace
 * stamps, and that the door never throws.
 */
import { describe, expect, it } from 'vitest';
import { run, check, compile, runProgram } from '../../../src/sim/index';

const prog = (body: string, imports = '"fmt"') => `package main\n\nimport (${imports})\n\n${body}\n`;

describe('budgets', () => {
  it('an infinite loop ends with exit code 124 and a gosim message', () => {
    const r = run(prog('func main() {\n\tx := 0\n\tfor {\n\t\tx++\n\t}\n\tfmt.Println(x)\n}'), { maxSteps: 100_000 });
    expect(r.exitCode).toBe(124);
    expect(r.stderr).toBe('gosim: program exceeded 100000 steps (infinite loop?)\n');
  });
  it('an infinite loop with calls in a goroutine also ends', () => {
    const r = run(prog('func f() int { return 1 }\n\nfunc main() {\n\tgo func() {\n\t\tfor {\n\t\t\tf()\n\t\t}\n\t}()\n\tfor {\n\t\tf()\n\t}\n\tfmt.Println()\n}'), { maxSteps: 50_000 });
    expect(r.exitCode).toBe(124);
  });
  it('runaway allocation ends with exit code 125', () => {
    const r = run(prog('func main() {\n\tvar keep [][]int\n\tfor i := 0; i < 1000000; i++ {\n\t\tkeep = append(keep, make([]int, 1<<20))\n\t}\n\tfmt.Println(len(keep))\n}'), { maxHeapBytes: 64 << 20 });
    expect(r.exitCode).toBe(125);
    expect(r.stderr).toMatch(/^gosim: /);
  });
  it('deep recursion ends in Go\'s stack overflow without a JS stack overflow', () => {
    const r = run(prog('func f(n int) int { return f(n+1) + 1 }\n\nfunc main() { fmt.Println(f(0)) }'));
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('fatal error: stack overflow');
  });
});

describe('determinism and the trace', () => {
  const src = prog(`func main() {
	a, b := make(chan int, 10), make(chan int, 10)
	for i := 0; i < 10; i++ {
		a <- i
		b <- i
	}
	out := ""
	for i := 0; i < 10; i++ {
		select {
		case <-a:
			out += "a"
		case <-b:
			out += "b"
		}
	}
	m := map[int]bool{1: true, 2: true, 3: true, 4: true}
	for k := range m {
		out += fmt.Sprint(k)
	}
	fmt.Println(out)
}`);
  it('the same seed gives the same run, event for event', () => {
    const r1 = run(src, { seed: 42, trace: true });
    const r2 = run(src, { seed: 42, trace: true });
    expect(r1.stdout).toBe(r2.stdout);
    expect(r1.events).toEqual(r2.events);
  });
  it('seeds drive select and map iteration', () => {
    const outs = new Set([1, 2, 3, 4, 5, 6].map((seed) => run(src, { seed }).stdout));
    expect(outs.size).toBeGreaterThan(1);
  });
  it('a compiled program runs again and again exactly as run() would, for any seed', () => {
    const { program } = compile(src);
    expect(program).not.toBeNull();
    for (const seed of [1, 2, 3, 1]) {
      const direct = run(src, { seed, trace: true });
      const again = runProgram(program!, { seed, trace: true });
      expect(again.stdout).toBe(direct.stdout);
      expect(again.events).toEqual(direct.events);
    }
  });
  it('every event carries a step, a goroutine id and a position', () => {
    const r = run(src, { seed: 1, trace: true });
    expect(r.events.length).toBeGreaterThan(10);
    for (const e of r.events as { step: number; g: number; pos: number }[]) {
      expect(typeof e.step).toBe('number');
      expect(typeof e.g).toBe('number');
      expect(typeof e.pos).toBe('number');
    }
    const kinds = new Set((r.events as { kind: string }[]).map((e) => e.kind));
    expect(kinds.has('chan.send')).toBe(true);
    expect(kinds.has('select')).toBe(true);
    expect(kinds.has('output')).toBe(true);
  });
});

describe('the door', () => {
  it('reports compile errors as go build does, exit code 1', () => {
    const r = run('package main\n\nfunc main() {\n\tx := 1\n}\n', { filename: 'a.go' });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('a.go:4:2: declared and not used: x\n');
    expect(check('package main\n\nfunc main() {\n\tx := 1\n}\n').length).toBe(1);
  });
  it('never throws on garbage', () => {
    for (const s of ['', 'package', 'package main\nfunc main() { go }', 'package main\nfunc main() { for range 1<<70 {} }', '\u0000\uffff']) {
      const r = run(s);
      expect([0, 1, 2]).toContain(r.exitCode);
    }
  });
  it('100,000 goroutines spawn and join', () => {
    const r = run(prog(`func main() {
	var wg sync.WaitGroup
	n := 0
	var mu sync.Mutex
	for i := 0; i < 100000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			n++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(n)
}`, '"fmt"; "sync"'));
    expect(r.stdout).toBe('100000\n');
  });
});
