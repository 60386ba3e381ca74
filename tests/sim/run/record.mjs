// This file records the expected results of tests/sim/run/programs/*.go from the real Go
// toolchain: `go build` then run the binary, writing NAME.out (stdout), NAME.err (stderr
// normalised by scripts/golden/normalize.mjs) and NAME.code (exit code). Usage:
//   node tests/sim/run/record.mjs [NAME...]
// Nothing in those files is typed by hand.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeStderr } from '../../../scripts/golden/normalize.mjs';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'programs');
const only = process.argv.slice(2);
const tmp = mkdtempSync(join(tmpdir(), 'gosim-rec-'));
for (const f of readdirSync(dir).filter((x) => x.endsWith('.go')).sort()) {
  const name = f.slice(0, -3);
  if (only.length && !only.includes(name)) continue;
  const work = mkdtempSync(join(tmp, name + '-'));
  copyFileSync(join(dir, f), join(work, f));
  execFileSync('go', ['build', '-o', join(work, 'prog'), f], { cwd: work, env: { ...process.env, GOFLAGS: '-mod=mod', GO111MODULE: 'off' } });
  const r = spawnSync(join(work, 'prog'), [], { cwd: work, encoding: 'utf8' });
  writeFileSync(join(dir, name + '.out'), r.stdout);
  writeFileSync(join(dir, name + '.err'), normalizeStderr(r.stderr));
  writeFileSync(join(dir, name + '.code'), String(r.status ?? 2) + '\n');
  console.log(name, 'exit', r.status);
}
