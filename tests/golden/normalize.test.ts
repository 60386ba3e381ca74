/**
 * This file tests the shared normalisation (scripts/golden/normalize.mjs) and the pending-list
 * parser. The raw inputs are stderr texts printed by go1.26.8 binaries on linux/amd64 (copied
 * from real runs, paths shortened); the outputs are what the rules in normalize.mjs promise.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeBuildOutput, normalizeStderr, programArgs } from '../../scripts/golden/normalize.mjs';
import { readPending } from './harness';

const stackOverflow = `runtime: goroutine stack exceeds 1000000000-byte limit
runtime: sp=0x37d0393706f0 stack=[0x37d039370000, 0x37d059370000]
fatal error: stack overflow

runtime stack:
runtime.throw({0x491047?, 0x5248e0?})
\t/usr/local/go/src/runtime/panic.go:1229 +0x48 fp=0x7fff75123188 sp=0x7fff75123158 pc=0x472188

goroutine 1 gp=0x37d0192ee1e0 m=0 mp=0x5256a0 [running]:
main.f(0xfa22f?)
\t/tmp/gp/main.go:3 +0x110 fp=0x37d039370700 sp=0x37d0393706f8 pc=0x47a850
`;

const deadlock = `fatal error: all goroutines are asleep - deadlock!

goroutine 1 [sync.WaitGroup.Wait]:
sync.runtime_SemacquireWaitGroup(0x4cea78?, 0xe0?)
\t/usr/local/go/src/runtime/sema.go:114 +0x2e
main.main()
\t/tmp/gp/main.go:11 +0xa9

goroutine 19 [chan send]:
main.main.func1()
\t/tmp/gp/main.go:9 +0x27
created by main.main in goroutine 1
\t/tmp/gp/main.go:9 +0x93
exit status 2
`;

const nested = `panic: first [recovered]
\tpanic: again
\tpanic: second

goroutine 1 [running]:
main.main.func1()
\t/tmp/gp/main.go:7 +0x25
panic({0x4a84a0?, 0x4cdf88?})
`;

const segv = `panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x47a8b4]

goroutine 1 [running]:
main.main()
`;

describe('normalizeStderr', () => {
  it('keeps the text before the dump and only the first goroutine header, dropping `runtime stack:`', () => {
    expect(normalizeStderr(stackOverflow)).toBe(
      'runtime: goroutine stack exceeds 1000000000-byte limit\n' +
        'runtime: sp=0x? stack=[0x?, 0x?]\n' +
        'fatal error: stack overflow\n\n' +
        'goroutine 1 [running]:\n',
    );
  });
  it('keeps the wait reason of goroutine 1 and drops the other goroutines', () => {
    expect(normalizeStderr(deadlock)).toBe('fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.WaitGroup.Wait]:\n');
  });
  it('keeps nested panic lines verbatim', () => {
    expect(normalizeStderr(nested)).toBe('panic: first [recovered]\n\tpanic: again\n\tpanic: second\n\ngoroutine 1 [running]:\n');
  });
  it('replaces long hex (addresses, pcs) but keeps short hex such as addr=0x0', () => {
    expect(normalizeStderr(segv)).toBe(
      'panic: runtime error: invalid memory address or nil pointer dereference\n' +
        '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x?]\n\ngoroutine 1 [running]:\n',
    );
  });
  it('writes a goroutine id other than 1 as ?', () => {
    expect(normalizeStderr('panic: x\n\ngoroutine 34 [running]:\nmain.f()\n')).toBe('panic: x\n\ngoroutine ? [running]:\n');
  });
  it('leaves plain program output alone, ends non-empty text with one newline, keeps empty text empty', () => {
    expect(normalizeStderr('line 1\r\nline 2 goroutine 3 [x]:\n\n\n')).toBe('line 1\nline 2 goroutine 3 [x]:\n');
    expect(normalizeStderr('no newline')).toBe('no newline\n');
    expect(normalizeStderr('')).toBe('');
  });
  it('is idempotent', () => {
    for (const s of [stackOverflow, deadlock, nested, segv]) expect(normalizeStderr(normalizeStderr(s))).toBe(normalizeStderr(s));
  });
});

describe('normalizeBuildOutput', () => {
  it('drops the package header and the ./ prefix, also in follow-up lines', () => {
    const raw = '# command-line-arguments\n./dup.go:5:6: f redeclared in this block\n\t./dup.go:4:6: other declaration of f\n./dup.go:9:4: x\n';
    expect(normalizeBuildOutput(raw, 'dup.go')).toBe('dup.go:5:6: f redeclared in this block\n\tdup.go:4:6: other declaration of f\ndup.go:9:4: x\n');
  });
});

describe('programArgs and readPending', () => {
  it('reads `// gosim-args:` from the first lines only', () => {
    expect(programArgs('// gosim-args: a  b\npackage main\n')).toEqual(['a', 'b']);
    expect(programArgs('package main\n\n\n\n\n// gosim-args: late\n')).toEqual([]);
  });
  it('parses ids, reasons, comments and a .go suffix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pending-'));
    const p = join(dir, 'pending.txt');
    writeFileSync(p, '# comment\n\nbasics/a  needs   floats\nfmt/b.go\n');
    expect(readPending(p)).toEqual([
      { id: 'basics/a', reason: 'needs   floats', line: 3 },
      { id: 'fmt/b', reason: '(no reason given)', line: 4 },
    ]);
  });
});
