#!/usr/bin/env node
// This file implements `npm test`: every check of the project, in order, stopping
// at the first failure, with the time each step took.
//   0. lockfile, Chromium  fail fast, before minutes of work: the lock still installs
//                          with `npm ci` here, and a browser exists (else: how to install it)
//   1. astro check         type check of .astro and .ts files
//   2. vitest run          unit, golden and fuzz tests (vitest.config.ts)
//   3. astro build         the static site in dist/
//   4. report-size         per-page JS/CSS shipped up front; fails over 20 KB gzip JS
//   5. run-e2e             end-to-end tests in headless Chromium against `astro preview`
// Exit status: 0 when all pass, else the failing step's status.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (p) => join(ROOT, 'node_modules', p);

const steps = [
  ['lockfile', ['scripts/lock-platforms.mjs', '--check']],
  ['chromium', ['scripts/run-e2e.mjs', '--check-chromium']],
  ['astro check', [bin('astro/astro.js'), 'check']],
  ['unit tests (vitest)', [bin('vitest/vitest.mjs'), 'run']],
  ['astro build', [bin('astro/astro.js'), 'build']],
  ['size report', ['scripts/report-size.mjs']],
  ['e2e tests (Chromium)', ['scripts/run-e2e.mjs']],
];

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const times = [];
const fmt = (ms) => `${(ms / 1000).toFixed(1)}s`;
const summary = () => times.map(([name, ms, ok]) => `  ${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(22)} ${fmt(ms).padStart(7)}`).join('\n');

const started = Date.now();
for (const [name, args] of steps) {
  console.log(`\n━━ ${name} ━━ node ${args.map((a) => a.replace(`${ROOT}/`, '')).join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env });
  const ok = r.status === 0;
  times.push([name, Date.now() - t0, ok]);
  if (!ok) {
    console.error(`\nnpm test: step "${name}" failed.\n${summary()}`);
    process.exit(r.status || 1);
  }
}
console.log(`\nnpm test: all steps passed in ${fmt(Date.now() - started)}.\n${summary()}`);
