// This file tests the parser's diagnostics against gc: every tests/sim/syntax/errors/NAME.go has
// NAME.err, recorded from `go build` by scripts/record-syntax-errors.mjs (never typed by hand).
//
// When our result is `fatal` (gc stops before type checking), the whole recording must equal our
// errors line for line, including gc's final `too many errors`. Otherwise gc goes on to type-check
// and merges its type errors in: each of our lines must then be in the recording, and every
// recorded line we did not produce must be a type checker's message (listed below). A few
// programs (valid_*.go) compile cleanly: they guard against false positives.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../../../src/sim/syntax/parse';

const dir = join(__dirname, 'errors');
const names = readdirSync(dir).filter((f) => f.endsWith('.go')).sort();

/** Messages only the type checker produces (allowed in a recording next to our errors). */
const TYPE_CHECKER = [
  /declared and not used: /, /^undefined: /, /imported and not used/, /^invalid operation: /, /is not an expression/,
  /^invalid array length/, /is not a generic type/, /^non-name .* on left side of :=/,
  /^not enough return values/,
];

function ours(name: string, src: string): { lines: string[]; fatal: boolean } {
  const r = parseFile(src, name);
  const ds = r.fatal ? r.errors : [...r.errors, ...r.typeErrors].sort((a, b) => a.pos - b.pos);
  // the recorder shortens `./NAME.go` everywhere, also inside messages (`… at ./NAME.go:4:1`)
  const lines = ds.map((d) => r.source.formatDiagnostic(d).split('./' + name).join(name));
  if (r.tooManyErrorsAt >= 0) lines.push(`${r.source.format(r.tooManyErrorsAt)}: too many errors`);
  return { lines, fatal: r.fatal };
}

describe('syntax errors match go build', () => {
  it('has a corpus of at least 40 recorded programs', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
    for (const n of names) expect(existsSync(join(dir, n.replace(/\.go$/, '.err'))), n).toBe(true);
  });

  for (const name of names) {
    it(name, () => {
      const src = readFileSync(join(dir, name), 'utf8');
      const want = readFileSync(join(dir, name.replace(/\.go$/, '.err')), 'utf8').split('\n').filter((l) => l !== '');
      const got = ours(name, src);
      if (got.fatal) {
        expect(got.lines).toEqual(want);
      } else {
        for (const l of got.lines) expect(want).toContain(l);
        // lines starting with a tab continue a multi-line type checker message
        const others = want.filter((l) => !l.startsWith('\t') && !got.lines.includes(l));
        for (const l of others) {
          const msg = l.replace(/^[^:]+:\d+:\d+: /, '');
          expect(TYPE_CHECKER.some((re) => re.test(msg)), `unexpected recorded line: ${l}`).toBe(true);
        }
      }
    });
  }
});
