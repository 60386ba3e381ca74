// The type checker never throws on bad input: every golden and corpus program, with each single
// line deleted in turn (deterministic mutations), is parsed and — when gc would type-check it —
// checked without a JavaScript exception.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../../../src/sim/syntax/parse';
import { checkFile, type CheckCache } from '../../../src/sim/types/check';

function programs(): string[] {
  const out: string[] = [];
  const add = (d: string) => { if (existsSync(d)) for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) add(p); else if (f.endsWith('.go')) out.push(p); } };
  add(join(__dirname, 'errors'));
  add(join(__dirname, 'valid'));
  add(join(__dirname, '../../golden'));
  return out.sort();
}

describe('type checker robustness', () => {
  it('checks line-deletion mutants of every program without throwing', () => {
    const cache: CheckCache = {};
    let checked = 0;
    for (const path of programs()) {
      const lines = readFileSync(path, 'utf8').split('\n');
      for (let i = 0; i < lines.length; i += 3) {
        if (!lines[i].trim()) continue;
        const src = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
        const parsed = parseFile(src, 'm.go');
        if (parsed.fatal) continue;
        try {
          checkFile(parsed.file, src, { filename: 'm.go', cache, parseErrors: parsed.errors });
        } catch (e) {
          throw new Error(`${path} without line ${i + 1}: ${(e as Error).stack}`);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
