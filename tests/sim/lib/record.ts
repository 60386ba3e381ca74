/**
 * This script records the expected results of the library test tables from REAL Go: it writes a
 * Go program (prelude types + one expression per case), runs it with the installed toolchain, and
 * stores every result (hex-encoded bytes, so invalid UTF-8 survives) keyed by the case's Go
 * expression in tests/sim/lib/golden/<table>.json. Nothing expected is typed by hand.
 * Usage: npx tsx tests/sim/lib/record.ts   (or --check to fail when a recording would change)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { normaliseStderr } from './normalise';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goPrelude } from './cases/prelude';
import { tables } from './cases/tables';

const goldenDir = fileURLToPath(new URL('./golden/', import.meta.url));

function runGo(exprs: readonly string[], imports: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'golib-'));
  const body = exprs.map((e) => `\tout = append(out, hex.EncodeToString([]byte(${e})))`).join('\n');
  const src = `package main

import (
	"encoding/hex"
	"encoding/json"
	"os"
${[...new Set(['fmt', 'math', ...imports])].map((i) => `\t"${i}"`).join('\n')}
)

var _ = math.Pi
${goPrelude}

func main() {
	var out []string
${body}
	json.NewEncoder(os.Stdout).Encode(out)
}
`;
  writeFileSync(join(dir, 'main.go'), src);
  writeFileSync(join(dir, 'go.mod'), 'module golib\n\ngo 1.26\n');
  try {
    execFileSync('go', ['vet', '-printf=false', '.'], { cwd: dir, stdio: 'pipe' });
  } catch (e) {
    const err = e as { stderr?: Buffer };
    throw new Error('go vet failed:\n' + String(err.stderr ?? e));
  }
  execFileSync('go', ['build', '-o', 'prog', '.'], { cwd: dir, stdio: 'inherit' });
  const json = execFileSync(join(dir, 'prog'), { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(json) as string[];
}

const check = process.argv.includes('--check');
mkdirSync(goldenDir, { recursive: true });
let drift = 0;
for (const [name, table] of Object.entries(tables)) {
  const exprs = table.cases.map((c) => c.goExpr);
  const results = runGo(exprs, table.imports);
  const golden: Record<string, string> = {};
  exprs.forEach((e, i) => { golden[e] = results[i]; });
  const file = join(goldenDir, `${name}.json`);
  const text = JSON.stringify({ goVersion: execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim(), cases: golden }, null, 1) + '\n';
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) { console.error(`drift: ${name}`); drift++; }
  } else {
    writeFileSync(file, text);
    console.log(`${name}: ${exprs.length} cases`);
  }
}
// ---- whole programs: stdout, normalised stderr and exit code of the real binary ----
const progDir = fileURLToPath(new URL('./programs/', import.meta.url));
const progs: Record<string, { stdout: string; stderr: string; exitCode: number }> = {};
for (const f of readdirSync(progDir).filter((n) => n.endsWith('.go')).sort()) {
  const dir = mkdtempSync(join(tmpdir(), 'golibp-'));
  writeFileSync(join(dir, 'main.go'), readFileSync(join(progDir, f)));
  writeFileSync(join(dir, 'go.mod'), 'module prog\n\ngo 1.26\n');
  execFileSync('go', ['build', '-o', 'prog', '.'], { cwd: dir, stdio: 'inherit' });
  const r = spawnSync(join(dir, 'prog'), [], { cwd: dir, encoding: 'utf8' });
  progs[f] = { stdout: r.stdout, stderr: normaliseStderr(r.stderr), exitCode: r.status ?? -1 };
}
const progFile = join(goldenDir, 'programs.json');
const progText = JSON.stringify(progs, null, 1) + '\n';
if (check) {
  if (!existsSync(progFile) || readFileSync(progFile, 'utf8') !== progText) { console.error('drift: programs'); drift++; }
} else {
  writeFileSync(progFile, progText);
  console.log(`programs: ${Object.keys(progs).length}`);
}
if (drift > 0) process.exitCode = 1;
