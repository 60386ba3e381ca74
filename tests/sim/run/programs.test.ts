/**
 * This file runs the programs of tests/sim/run/programs through the simulator's door and compares
 * stdout, normalised stderr and the exit code with what the real Go toolchain printed (recorded by
 * tests/sim/run/record.mjs; nothing typed by hand).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/sim/index';
import { normalizeStderr } from '../../../scripts/golden/normalize.mjs';

const dir = join(__dirname, 'programs');
const programs = readdirSync(dir).filter((f) => f.endsWith('.go')).sort();

describe('simulator runs recorded programs like Go', () => {
  for (const f of programs) {
    const base = join(dir, f.slice(0, -3));
    it(f, () => {
      const src = readFileSync(join(dir, f), 'utf8');
      const r = run(src, { filename: f, seed: 1 });
      expect({ stdout: r.stdout, stderr: normalizeStderr(r.stderr), exitCode: r.exitCode }).toEqual({
        stdout: readFileSync(base + '.out', 'utf8'),
        stderr: readFileSync(base + '.err', 'utf8'),
        exitCode: Number(readFileSync(base + '.code', 'utf8').trim()),
      });
    });
  }
});
