#!/usr/bin/env node
// This file implements `npm run test:e2e`: the end-to-end tests of the site in
// real headless Chromium, driven by playwright-core. It never downloads a browser.
//
// Steps: (1) find Chromium (CHROME_PATH, else /usr/bin/chromium) or stop with
// install instructions; (2) build the site when dist/ is missing or older than
// any source (src/, content/, public/, astro.config.mjs, package.json);
// (3) serve dist/ with `astro preview` on a free port of 127.0.0.1; (4) run
// vitest with vitest.e2e.config.ts, passing E2E_BASE_URL and CHROME_PATH;
// (5) always stop the server (its whole process group), also on Ctrl-C.
// Extra arguments are passed to vitest (e.g. a test file name to run one file);
// `--check-chromium` only does step (1) (scripts/test-all.mjs uses it to fail fast).
// Exit status: vitest's, or 1 when a step before it fails.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ASTRO = join(ROOT, 'node_modules/astro/astro.js');
const VITEST = join(ROOT, 'node_modules/vitest/vitest.mjs');
const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json'];

function fail(message) {
  console.error(`\nrun-e2e: ${message}\n`);
  process.exit(1);
}

function findChromium() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    fail(
      `Chromium not found at ${path}.\n` +
        '  The end-to-end tests run in a real headless Chromium and never download one.\n' +
        '  On Debian/Ubuntu install it with:\n\n' +
        '      sudo apt-get update && sudo apt-get install -y chromium\n\n' +
        '  or point CHROME_PATH at an installed Chromium or Chrome binary.',
    );
  }
  return path;
}

/** The newest modification time under `path` (a file or a folder), 0 when absent. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

function ensureBuilt() {
  const marker = join(ROOT, 'dist/index.html');
  const builtAt = existsSync(marker) ? statSync(marker).mtimeMs : 0;
  const sourceAt = Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
  if (builtAt > sourceAt) {
    console.log('run-e2e: dist/ is up to date.');
    return;
  }
  console.log(builtAt ? 'run-e2e: dist/ is older than the sources; building…' : 'run-e2e: no dist/; building…');
  const r = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) fail('`astro build` failed (see above).');
}

function freePort() {
  return new Promise((ok, ko) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', ko);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

async function waitForServer(url, server, log, timeoutMs = 30_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (server.exitCode !== null) fail(`astro preview exited early (code ${server.exitCode}):\n${log.join('')}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  fail(`astro preview did not answer at ${url} within ${timeoutMs / 1000}s:\n${log.join('')}`);
}

function stopServer(server) {
  if (!server || server.exitCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM'); // its whole process group (detached: true made it a leader)
  } catch {
    server.kill('SIGTERM');
  }
}

async function main() {
  const chrome = findChromium();
  if (process.argv.includes('--check-chromium')) {
    console.log(`run-e2e: Chromium found at ${chrome}.`);
    return;
  }
  ensureBuilt();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const log = [];
  const server = spawn(process.execPath, [ASTRO, 'preview', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  server.stdout.on('data', (d) => log.push(String(d)));
  server.stderr.on('data', (d) => log.push(String(d)));
  const onSignal = (sig) => {
    stopServer(server);
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', () => stopServer(server));

  let status = 1;
  try {
    await waitForServer(`${base}/`, server, log);
    console.log(`run-e2e: serving dist/ at ${base} (astro preview, pid ${server.pid}); Chromium: ${chrome}`);
    const vitest = spawn(process.execPath, [VITEST, 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, E2E_BASE_URL: base, CHROME_PATH: chrome },
    });
    status = await new Promise((ok) => vitest.on('exit', (code, signal) => ok(code ?? (signal ? 1 : 0))));
  } finally {
    stopServer(server);
  }
  process.exit(status);
}

main().catch((err) => fail(err?.stack ?? String(err)));
