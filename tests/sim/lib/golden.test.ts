// This test compares the simulator's standard-library natives with results recorded from real Go
// (tests/sim/lib/golden/*.json, written by record.ts). Each table is one test that reports every
// mismatching case; a case with no recording fails too (re-run the recorder).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FakeHost } from './fakehost';
import { tables } from './cases/tables';
import { preludeMethods } from './cases/prelude';

const hex = (s: string): string => Array.from(s, (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
const unhex = (h: string): string => h.replace(/../g, (b) => String.fromCharCode(parseInt(b, 16)));

describe('stdlib natives agree with real Go', () => {
  for (const [name, table] of Object.entries(tables)) {
    it(name, () => {
      const golden = JSON.parse(readFileSync(new URL(`./golden/${name}.json`, import.meta.url), 'utf8')).cases as Record<string, string>;
      const bad: string[] = [];
      for (const c of table.cases) {
        const want = golden[c.goExpr];
        let got: string;
        try {
          got = c.sim(new FakeHost(preludeMethods));
        } catch (e) {
          got = 'THREW ' + String(e);
        }
        if (want === undefined) bad.push(`${c.goExpr}: not recorded`);
        else if (hex(got) !== want) bad.push(`${c.goExpr}\n   go:  ${JSON.stringify(unhex(want))}\n   sim: ${JSON.stringify(got)}`);
      }
      if (bad.length > 0) console.log(`${name}: ${bad.length}/${table.cases.length} mismatches\n` + bad.slice(0, 400).join('\n'));
      expect(bad.length).toBe(0);
    });
  }
});
