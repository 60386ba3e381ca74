// This file implements the normalisation of a Go program's stderr shared by the golden recorder
// (scripts/golden-record.mjs, applied to the real binary's stderr and to `go build` output) and the
// golden test (tests/golden/golden.test.ts, applied to the simulator's stderr). Both sides go
// through the same function, so a rule here can never make the two disagree by construction.
//
// Rules for a run's stderr (normalizeStderr), in order:
//   1. Line endings become "\n".
//   2. The goroutine dump is cut. The dump starts at the first line that is `runtime stack:` or a
//      goroutine header (`goroutine N [reason]:`, also with Go's `gp=… m=… mp=…` fields), when it
//      follows a blank line or is the first line. Everything before it is kept verbatim; of the dump
//      only the first goroutine header line is kept (the `runtime stack:` section of a fatal error
//      such as stack overflow is dropped). Frames, `created by` lines and other goroutines go.
//      This is the part of Go's output that depends on the machine (paths, pcs, system goroutines).
//   3. In the kept header: the `gp=0x… m=N mp=0x…` fields (printed by Go for fatal errors) are
//      removed, and a goroutine id other than 1 becomes `?` (Go numbers goroutines after its own
//      system goroutines, how many depends on the machine): `goroutine ? [running]:`.
//   4. Machine-dependent hex in the kept text: `sp=0x…`/`fp=0x…`/`pc=0x…` become `sp=0x?` etc.,
//      `stack=[0x…, 0x…]` becomes `stack=[0x?, 0x?]`, and any other `0x` followed by 6 or more hex
//      digits (an address, e.g. `panic: (main.T) 0xc000012345` or `[signal SIGSEGV … addr=0x0 pc=…]`)
//      becomes `0x?`. Shorter hex such as `addr=0x0` is kept.
//   5. The text ends with exactly one "\n" unless it is empty.
//
// Compile errors (normalizeBuildOutput, recorder only): `go build` prints a `# command-line-arguments`
// header and paths like `./NAME.go:3:2: msg`; the header is dropped and the path becomes `NAME.go:3:2:`.
// The simulator prints the same form directly (`FILE:LINE:COL: message`), so the test only applies
// normalizeStderr to it (which leaves compile errors untouched).

const HEADER = /^goroutine (\d+)(?: gp=0x[0-9a-f]+ m=\d+(?: mp=0x[0-9a-f]+)?)? (\[.*\]:)$/;

/** Normalises a program's stderr (see rules 1–5 above). */
export function normalizeStderr(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept = [];
  let inDump = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const atBoundary = i === 0 || lines[i - 1] === '';
    if (!inDump && atBoundary && (line === 'runtime stack:' || HEADER.test(line))) inDump = true;
    if (!inDump) { kept.push(line); continue; }
    const m = HEADER.exec(line);
    if (m && (i === 0 || lines[i - 1] === '')) {
      kept.push(`goroutine ${m[1] === '1' ? '1' : '?'} ${m[2]}`);
      break;
    }
  }
  let out = kept.join('\n');
  out = out
    .replace(/\b(sp|fp|pc)=0x[0-9a-f]+/g, '$1=0x?')
    .replace(/stack=\[0x[0-9a-f]+, 0x[0-9a-f]+\]/g, 'stack=[0x?, 0x?]')
    .replace(/0x[0-9a-f]{6,}/g, '0x?');
  out = out.replace(/\n+$/, '');
  return out === '' ? '' : out + '\n';
}

/** Rewrites `go build` output for program NAME.go into `NAME.go:LINE:COL: msg` lines. */
export function normalizeBuildOutput(text, fileName) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').filter((l) => !/^# /.test(l));
  const esc = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const path = new RegExp(`^(\\t*)(?:\\./|/\\S*/)?${esc}:`);
  const out = lines.map((l) => l.replace(path, `$1${fileName}:`)).join('\n').replace(/\n+$/, '');
  return out === '' ? '' : out + '\n';
}

/**
 * Command-line arguments for a golden program: an optional first-lines comment
 * `// gosim-args: a b c` (split on spaces). Both the recorder and the test pass them.
 */
export function programArgs(source) {
  const m = /^\/\/ gosim-args:(.*)$/m.exec(source.split('\n').slice(0, 5).join('\n'));
  return m ? m[1].trim().split(/\s+/).filter(Boolean) : [];
}
