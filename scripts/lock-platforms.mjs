#!/usr/bin/env node
// This file completes package-lock.json for `npm ci` on machines whose npm registry
// mirror lacks Rollup's non-Linux native builds (@rollup/rollup-darwin-x64 and the
// like answer 404 there). `npm install` then leaves those optional dependencies out
// of the lock, and `npm ci` refuses the lock as "out of sync". An entry with the
// package's os/cpu/libc is all `npm ci` needs: it skips a platform package that does
// not match the machine without fetching it, so no download address is required.
// Run after any change to dependencies: `npm run lock:platforms`. `--check` exits 1
// (listing them) when entries are missing instead of writing.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FILE = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'package-lock.json');
const NAME = /^@rollup\/rollup-([a-z0-9]+)-([a-z0-9]+)(?:-([a-z]+))?$/;

/** Lock entries missing for optional Rollup platform packages, keyed by lock path. */
export function missingPlatformEntries(lock) {
  const packages = lock.packages ?? {};
  const missing = {};
  for (const meta of Object.values(packages)) {
    for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
      const key = `node_modules/${dep}`;
      const m = NAME.exec(dep);
      if (!m || packages[key] || missing[key]) continue;
      const [, os, cpu, abi] = m;
      const entry = { version, cpu: [cpu], dev: meta.dev, license: 'MIT', optional: true, os: [os] };
      if (os === 'linux' && abi) entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
      if (entry.dev === undefined) delete entry.dev;
      missing[key] = entry;
    }
  }
  return missing;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lock = JSON.parse(readFileSync(FILE, 'utf8'));
  const missing = missingPlatformEntries(lock);
  const keys = Object.keys(missing);
  if (process.argv.includes('--check')) {
    if (keys.length) {
      console.error(`package-lock.json lacks ${keys.length} platform entries (npm ci would fail); run npm run lock:platforms:\n  ${keys.join('\n  ')}`);
      process.exit(1);
    }
    console.log('package-lock.json: every optional platform package has an entry.');
  } else {
    const sorted = Object.fromEntries(Object.entries({ ...lock.packages, ...missing }).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
    writeFileSync(FILE, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
    console.log(`package-lock.json: added ${keys.length} platform entries.`);
  }
}
