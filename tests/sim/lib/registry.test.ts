// This test checks the contract between the stdlib declarations (src/sim/types/stdlib) and the
// natives (src/sim/lib/registry.ts): every function declared without a body has a native under
// its qualified name, and every native corresponds to such a declaration. When Go is installed
// it also checks that every stub is real Go (`go vet` with an empty .s file per package).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookupNative, nativeNames } from '../../../src/sim/lib/registry';
import { stdlibPaths, stdlibSource } from '../../../src/sim/types/stdlib/index';
import { writeStubModule } from './check-stubs-go';

/** Qualified names of the bodyless funcs and methods of a Go source (gofmt-formatted stubs). */
function bodyless(path: string, src: string): string[] {
  const out: string[] = [];
  for (const line of src.split('\n')) {
    const m = /^func (\((\w+ )?(\*?)(\w+)(\[[^\]]*\])?\) )?(\w+)(\[[^\]]*\])?\(.*$/.exec(line);
    if (m === null || line.trimEnd().endsWith('{') || line.includes('{')) continue;
    const name = m[6];
    out.push(m[1] ? `(${m[3]}${path}.${m[4]}).${name}` : `${path}.${name}`);
  }
  return out;
}

const hasGo = (() => { try { execFileSync('go', ['version'], { stdio: 'ignore' }); return true; } catch { return false; } })();

describe('stdlib declarations and natives', () => {
  const declared = stdlibPaths().flatMap((p) => bodyless(p, stdlibSource(p)!));

  it('every bodyless declaration has a native', () => {
    expect(declared.filter((n) => lookupNative(n) === undefined)).toEqual([]);
    expect(declared.length).toBeGreaterThan(120);
  });

  it('every native has a bodyless declaration', () => {
    const set = new Set(declared);
    expect(nativeNames().filter((n) => !set.has(n))).toEqual([]);
  });

  it.skipIf(!hasGo)('every stub package is valid Go (go vet)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'simstd-'));
    writeStubModule(dir);
    execFileSync('go', ['vet', './...'], { cwd: dir, stdio: 'pipe' });
  }, 120_000);
});
