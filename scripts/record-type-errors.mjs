#!/usr/bin/env node
// This file implements the recorder of expected compile errors for the type checker's error corpus.
//
// For every tests/sim/types/errors/NAME.go (and tests/sim/types/valid/NAME.go, which must compile
// cleanly: their NAME.expected is empty) it runs the real Go toolchain (`go build`) in a scratch
// directory and writes NAME.expected next to the program: gc's output normalised exactly as the
// golden corpus normalises compile errors (scripts/golden/normalize.mjs normalizeBuildOutput: the
// `# package` header dropped, `./` stripped also from secondary positions such as
// `\tNAME.go:8:7: previous case`), so each line reads `NAME.go:LINE:COL: message`, as gc sorts and
// caps them (10 + "too many errors"). Expected output is never typed by hand. `--check` fails on
// any drift instead of writing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeBuildOutput } from './golden/normalize.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dirs = [join(root, 'tests/sim/types/errors'), join(root, 'tests/sim/types/valid')];
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

/** Runs `go build` on one file and returns its normalised error output. */
function record(dir, name) {
  const work = mkdtempSync(join(tmpdir(), 'gotypes-'));
  try {
    copyFileSync(join(dir, name), join(work, name));
    let out = '';
    try {
      execFileSync('go', ['build', '-o', join(work, 'out.bin'), name], {
        cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, GO111MODULE: 'off', GOFLAGS: '' },
      });
    } catch (e) {
      out = String(e.stderr ?? '');
    }
    return normalizeBuildOutput(out, name);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

let drift = 0;
for (const dir of dirs) for (const name of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  const got = record(dir, name);
  const valid = dir.endsWith('valid');
  if (valid && got !== '') { console.error(`error: valid/${name} does not compile:\n${got}`); drift++; continue; }
  const file = join(dir, name.replace(/\.go$/, '.expected'));
  if (check) {
    const want = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (want !== got) { drift++; console.error(`drift: ${name}\n--- recorded\n${want}--- go now\n${got}`); }
  } else {
    writeFileSync(file, got);
    if (got.trim() === '' && !valid) console.warn(`warning: ${name} compiles without errors`);
  }
}
if (check && drift) { console.error(`${drift} file(s) drifted`); process.exit(1); }
console.log(check ? 'no drift' : 'recorded');
