#!/usr/bin/env node
// This file implements the recorder of expected syntax errors for the parser's error corpus.
//
// For every tests/sim/syntax/errors/NAME.go it runs the real Go toolchain (`go build`) in a
// scratch module and writes NAME.err next to the program: gc's output with the `# package`
// header dropped and every `./NAME.go` shortened to `NAME.go` (at the start of a line and inside
// messages such as `label L already defined at NAME.go:4:1`), so each line reads
// `NAME.go:LINE:COL: message`, in gc's order, including a final `too many errors` line when gc
// gives up. Expected output is never typed by hand.
//
// Usage: node scripts/record-syntax-errors.mjs [--check] [NAME-prefix…]
//   --check  fails on any drift between the .err files and the installed Go instead of writing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'tests/sim/syntax/errors');
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

/** Runs `go build` on one file in a fresh module and returns its normalised error output. */
function record(name) {
  const work = mkdtempSync(join(tmpdir(), 'gosyntax-'));
  try {
    writeFileSync(join(work, 'go.mod'), 'module example.com/syntaxcorpus\n\ngo 1.22\n');
    copyFileSync(join(dir, name), join(work, name));
    let out = '';
    try {
      execFileSync('go', ['build', '-o', join(work, 'out.bin'), name], {
        cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, GOFLAGS: '', GOTOOLCHAIN: 'local' },
      });
    } catch (e) {
      out = String(e.stderr ?? '');
    }
    return out
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('# '))
      .map((l) => l.split('./' + name).join(name))
      .join('\n') + '\n';
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

let drift = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  const got = record(name);
  const file = join(dir, name.replace(/\.go$/, '.err'));
  if (check) {
    const want = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (want !== got) { drift++; console.error(`drift: ${name}\n--- recorded\n${want}--- go now\n${got}`); }
  } else {
    writeFileSync(file, got);
    if (got.trim() === '') console.warn(`warning: ${name} compiles without errors`);
  }
}
if (check && drift) { console.error(`${drift} file(s) drifted`); process.exit(1); }
console.log(check ? 'no drift' : 'recorded');
