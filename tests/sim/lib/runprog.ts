/**
 * This file runs a Go program through the whole simulator (index.ts compile + vm/VM) linked
 * against the complete native registry of lib/ (vm/natives.ts may still link only a subset),
 * for the end-to-end library tests and for trying programs by hand:
 *   npx tsx tests/sim/lib/runprog.ts FILE.go
 */
import { readFileSync } from 'node:fs';
import { compile } from '../../../src/sim/index';
import { lookupNative, nativeNames } from '../../../src/sim/lib/registry';
import { natives } from '../../../src/sim/vm/natives';
import type { NativeFn } from '../../../src/sim/vm/frame';
import { VM } from '../../../src/sim/vm/vm';

export interface ProgResult { stdout: string; stderr: string; exitCode: number; }

export function runProgram(source: string, seed = 1): ProgResult {
  const { program, stderr } = compile(source, 'main.go');
  if (program === null) return { stdout: '', stderr, exitCode: 1 };
  const table: Record<string, NativeFn> = { ...natives() };
  for (const n of nativeNames()) table[n] = lookupNative(n) as unknown as NativeFn;
  const r = new VM(program, { filename: 'main.go', seed }, table).run();
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

if (process.argv[1]?.endsWith('runprog.ts')) {
  const r = runProgram(readFileSync(process.argv[2], 'utf8'));
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.exitCode = r.exitCode;
}
