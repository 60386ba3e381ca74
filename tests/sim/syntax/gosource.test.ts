// This file parses real Go code — the Go distribution's own sources in /usr/local/go/src, generics
// included (slices, maps, go/types) — and requires zero diagnostics and sound trees. It prints the
// number of files, the bytes and the parse speed. Skipped when the Go sources are not installed.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../../../src/sim/syntax/parse';
import { inspect, children } from '../../../src/sim/syntax/walk';

const GOSRC = '/usr/local/go/src';
const DIRS = [
  'go/types', 'go/parser', 'go/ast', 'fmt', 'strings', 'sort', 'slices', 'maps', 'strconv', 'errors', 'sync',
  'unicode/utf8', 'bytes', 'math', 'iter', 'container/list', 'cmd/compile/internal/syntax',
];
const FILES = ['runtime/chan.go', 'runtime/proc.go', 'runtime/select.go', 'runtime/map.go', 'runtime/slice.go', 'runtime/panic.go'];

function goFiles(): string[] {
  const out: string[] = [];
  for (const d of DIRS) {
    const dir = join(GOSRC, d);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.go')) out.push(join(dir, f));
  }
  for (const f of FILES) if (existsSync(join(GOSRC, f))) out.push(join(GOSRC, f));
  return out;
}

describe.skipIf(!existsSync(GOSRC))('parsing the Go distribution', () => {
  it('parses every file without a diagnostic, with sound trees', () => {
    const files = goFiles();
    expect(files.length).toBeGreaterThan(300);
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    let bytes = 0;
    const failures: string[] = [];
    const c0 = process.cpuUsage();
    const results = texts.map((t, i) => {
      bytes += Buffer.byteLength(t);
      const r = parseFile(t, files[i]);
      if (r.errors.length || r.typeErrors.length) {
        failures.push(`${files[i]}: ${[...r.errors, ...r.typeErrors].slice(0, 3).map((d) => r.source.formatDiagnostic(d)).join('; ')}`);
      }
      return r;
    });
    const cpu = process.cpuUsage(c0);
    const ms = (cpu.user + cpu.system) / 1000;
    // a second, warm pass over the first 100 files
    const warm = texts.slice(0, 100);
    const wbytes = warm.reduce((a, t) => a + Buffer.byteLength(t), 0);
    const w0 = process.cpuUsage();
    for (const t of warm) parseFile(t);
    const w = process.cpuUsage(w0);
    const wms = (w.user + w.system) / 1000;
    console.log(
      `parsed ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB in ${ms.toFixed(0)} ms CPU: ` +
      `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s cold (incl. JIT warm-up); ` +
      `warm ${(wbytes / 1e6 / (wms / 1000)).toFixed(1)} MB/s`,
    );
    expect(failures).toEqual([]);

    // tree invariants on every file: pos <= end, children within the parent, unique ids
    for (const r of results) {
      const ids = new Set<number>();
      inspect(r.file, (n) => {
        if (n.pos > n.end || ids.has(n.id)) failures.push(`${r.source.filename}: ${n.kind} #${n.id} at ${r.source.format(n.pos)}`);
        ids.add(n.id);
        if (n.kind !== 'File') {
          for (const c of children(n)) {
            if (c.pos < n.pos || c.end > n.end) failures.push(`${r.source.filename}: ${c.kind} outside ${n.kind} at ${r.source.format(c.pos)}`);
          }
        }
      });
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});
