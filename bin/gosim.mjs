#!/usr/bin/env node
// This file is the `gosim` command (package.json "bin"): it loads the TypeScript CLI
// (src/cli/main.ts) through tsx's programmatic API, so `npx gosim` works right after
// `npm install` without a build step. All behaviour lives in src/cli/main.ts.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const unregister = register();
const here = dirname(fileURLToPath(import.meta.url));
const { main } = await import(join(here, '..', 'src', 'cli', 'main.ts'));
const code = await main(process.argv.slice(2));
unregister();
process.exitCode = code;
