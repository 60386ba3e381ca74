// This script writes every stdlib stub (src/sim/types/stdlib) into a scratch Go module, with
// imports of stub packages rewritten to the module and an empty .s file per package (so bodyless
// natives are legal), and runs `go vet` on it: the stubs must be real Go. It prints the names of
// all bodyless functions (the natives lib/registry.ts must provide) as JSON on stdout.
// Usage: npx tsx tests/sim/lib/check-stubs-go.ts [outdir]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stdlibPaths, stdlibSource } from '../../../src/sim/types/stdlib/index';

export function writeStubModule(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const paths = stdlibPaths();
  writeFileSync(join(dir, 'go.mod'), 'module simstd\n\ngo 1.26\n');
  for (const p of paths) {
    let src = stdlibSource(p)!;
    for (const q of paths) src = src.split(`"${q}"`).join(`"simstd/${q}"`);
    const d = join(dir, p);
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'stub.go'), src);
    writeFileSync(join(d, 'empty.s'), '');
  }
}

if (process.argv[1] && process.argv[1].endsWith('check-stubs-go.ts')) {
  const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'simstd-'));
  writeStubModule(dir);
  try {
    execFileSync('go', ['vet', './...'], { cwd: dir, stdio: 'inherit' });
    console.error(`ok: ${dir}`);
  } catch {
    process.exitCode = 1;
  }
}
