/**
 * This file implements the `gosim` command line (bin/gosim.mjs loads it through tsx):
 *
 *   gosim run [--seed N] [--max-steps N] FILE.go [args…]   run; stdout/stderr/exit code as the Go binary
 *   gosim trace [--seed N] FILE.go [args…]                 the event trace as JSON lines on stdout
 *   gosim check FILE.go                                    compile errors as `go build` prints them
 *   gosim disasm FILE.go [FUNC]                            the generated JavaScript of each function
 *
 * Exit codes: the program's (run), 1 for compile errors or bad usage, 124/125/126 for the
 * simulator's step budget, heap budget and internal errors (src/sim/index.ts).
 */

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { check, compile, run } from '../sim/index';
import { formatDiagnostic } from '../sim/diag';

const usage = 'usage: gosim run|trace|check|disasm [--seed N] [--max-steps N] FILE.go [args…]\n';

export async function main(argv: string[]): Promise<number> {
  process.stdout.on('error', () => {}); // a closed pipe (`gosim trace x.go | head`) is not an error
  const cmd = argv[0];
  let seed: number | undefined;
  let maxSteps: number | undefined;
  let i = 1;
  for (; i < argv.length; i++) {
    if (argv[i] === '--seed') seed = Number(argv[++i]);
    else if (argv[i].startsWith('--seed=')) seed = Number(argv[i].slice(7));
    else if (argv[i] === '--max-steps') maxSteps = Number(argv[++i]);
    else break;
  }
  const file = argv[i];
  const args = argv.slice(i + 1);
  if (!cmd || !file || !['run', 'trace', 'check', 'disasm'].includes(cmd)) {
    process.stderr.write(usage);
    return 1;
  }
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`gosim: cannot read ${file}\n`);
    return 1;
  }
  const filename = basename(file);
  switch (cmd) {
    case 'check': {
      const ds = check(source, filename);
      for (const d of ds) process.stderr.write(formatDiagnostic(source, filename, d) + '\n');
      return ds.length ? 1 : 0;
    }
    case 'disasm': {
      const c = compile(source, filename);
      if (!c.program) { process.stderr.write(c.stderr); return 1; }
      const only = args[0];
      for (const f of c.program.funcs) {
        if (only && f.name !== only) continue;
        process.stdout.write(`// ${f.name}\n${f.body}\n\n`);
      }
      return 0;
    }
    case 'trace': {
      const r = run(source, { seed, filename, args, maxSteps, trace: true });
      process.stdout.write(r.events.map((e) => JSON.stringify(e) + '\n').join(''));
      process.stderr.write(r.stderr);
      return r.exitCode;
    }
    default: {
      const r = run(source, { seed, filename, args, maxSteps });
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
      return r.exitCode;
    }
  }
}
