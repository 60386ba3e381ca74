// This file checks that the parser never throws and always returns a sound tree, whatever the
// input: random bytes, random token soups, every truncation of real programs, and nesting far
// beyond any real program (100,000 parentheses, brackets, braces) — which must end in a
// diagnostic, not a JavaScript stack overflow.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile, type ParseResult } from '../../../src/sim/syntax/parse';
import { inspect } from '../../../src/sim/syntax/walk';

/** Parses src and checks the result is sound (cheap checks; one expect at the end). */
function sound(src: string): ParseResult {
  const r = parseFile(src);
  const bad: string[] = [];
  for (const d of [...r.errors, ...r.typeErrors]) {
    if (d.pos < 0 || d.pos > src.length || d.message.length === 0) bad.push(`diagnostic ${JSON.stringify(d)}`);
  }
  if (r.errors.length > 10) bad.push(`${r.errors.length} errors`);
  inspect(r.file, (n) => {
    if (n.pos > n.end || n.end > src.length + 1) bad.push(`${n.kind} ${n.pos}-${n.end}`);
  });
  if (bad.length) expect(bad, JSON.stringify(src.slice(0, 200))).toEqual([]);
  return r;
}

const TOKENS = [
  'package', 'main', 'import', '"fmt"', 'func', 'f', 'x', 'T', 'int', 'any', '(', ')', '[', ']', '{', '}', ',', ';', '\n',
  ':', ':=', '=', '+', '-', '*', '&', '|', '~', '<-', '...', '.', 'chan', 'map', 'struct', 'interface', 'type', 'var',
  'const', 'if', 'else', 'for', 'range', 'switch', 'case', 'default', 'select', 'go', 'defer', 'return', 'break',
  'continue', 'goto', 'fallthrough', '1', '0x1p3', "'a'", '`raw`', '"s"', '/* c */', '// c\n', 'L', '++', '==', '!',
];

describe('robustness', () => {
  it('never throws on random bytes', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => { sound(s); sound('package main\n' + s); }), { numRuns: 300 });
  });

  it('never throws on random token soups', () => {
    const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((ts) => 'package main\n' + ts.join(' '));
    fc.assert(fc.property(soup, (s) => { sound(s); }), { numRuns: 1000 });
  });

  it('never throws on any truncation of real programs', () => {
    const dir = join(__dirname, 'errors');
    const progs = readdirSync(dir).filter((f) => f.endsWith('.go')).map((f) => readFileSync(join(dir, f), 'utf8'));
    let n = 0;
    for (const p of progs) {
      // every prefix of the first 400 characters, then every 7th
      for (let i = 0; i <= p.length; i += i < 400 ? 1 : 7) { sound(p.slice(0, i)); n++; }
    }
    expect(n).toBeGreaterThan(5000);
  });

  for (const [name, open, close] of [['parentheses', '(', ')'], ['brackets', 'a[', ']'], ['braces', '{', '}'], ['composite literals', '[]any{', '}']] as const) {
    it(`reports, not overflows, on 100,000 nested ${name}`, () => {
      const n = 100_000;
      const src = 'package main\nfunc main() {\n\t_ = ' + open.repeat(n) + '1' + close.repeat(n) + '\n}\n';
      const r = sound(src);
      expect(r.fatal).toBe(true);
      expect(r.errors.length).toBeGreaterThan(0);
    });
  }

  it('reports, not overflows, on 100,000 nested blocks and types', () => {
    const blocks = sound('package main\nfunc main() ' + '{'.repeat(100_000) + '}'.repeat(100_000) + '\n');
    expect(blocks.errors.map((d) => d.code)).toContain('unsupported');
    const types = sound('package main\nvar x ' + '[]*'.repeat(100_000) + 'int\n');
    expect(types.errors.map((d) => d.code)).toContain('unsupported');
  });

  it('parses nesting that real programs use (100 levels) without complaint', () => {
    const r = sound('package main\nvar x = ' + '('.repeat(100) + '1' + ')'.repeat(100) + '\nfunc main() ' + '{'.repeat(100) + '}'.repeat(100) + '\n');
    expect(r.errors).toEqual([]);
  });
});
