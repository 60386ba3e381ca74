// Records the expectations of tests/sim/runtime from the real Go toolchain: builds every program in
// go/<name>/main.go, runs it (with the env of go/<name>/env.json if present, e.g. GOMAXPROCS=1,
// several times when "runs" is set) and writes recorded/<name>.json with stdout, stderr and exit code.
// Usage: node tests/sim/runtime/record.mjs [name...]   (needs `go` on PATH)
// Builds in module mode (`go build file.go`, as `go run` and the golden recorder do): GOPATH mode
// (GO111MODULE=off) binaries start one runtime goroutine fewer, which shifts GOMAXPROCS=1 orders.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const goDir = join(here, 'go');
const outDir = join(here, 'recorded');
mkdirSync(outDir, { recursive: true });
const only = process.argv.slice(2);
const version = execFileSync('go', ['version']).toString().trim();
const tmp = mkdtempSync(join(tmpdir(), 'rtrec-'));

for (const name of readdirSync(goDir).sort()) {
  if (only.length && !only.includes(name)) continue;
  const dir = join(goDir, name);
  const envFile = join(dir, 'env.json');
  const cfg = existsSync(envFile) ? JSON.parse(readFileSync(envFile, 'utf8')) : {};
  const bin = join(tmp, name);
  execFileSync("go", ["build", "-o", bin, join(dir, "main.go")], { env: { ...process.env, ...(cfg.buildEnv ?? {}) }, stdio: ["ignore", "inherit", "inherit"] });
  const runs = [];
  for (let i = 0; i < (cfg.runs ?? 1); i++) {
    const r = spawnSync(bin, cfg.args ?? [], { env: { ...process.env, ...(cfg.env ?? {}) }, encoding: 'utf8' });
    runs.push({ stdout: r.stdout, stderr: r.stderr, exitCode: r.status });
  }
  const distinct = [...new Set(runs.map((r) => JSON.stringify(r)))].map((s) => JSON.parse(s));
  writeFileSync(join(outDir, name + '.json'), JSON.stringify({ go: version, env: cfg.env ?? {}, runs: runs.length, results: distinct }, null, 1) + '\n');
  console.log(`${name}: ${runs.length} run(s), ${distinct.length} distinct result(s)`);
}
