// This file implements the listing of the golden corpus: every `tests/golden/<category>/<name>.go`
// program and the paths of its three recordings (.out stdout, .err normalised stderr, .code exit
// code). Used by the recorder (scripts/golden-record.mjs); the golden test lists the same files.
//
// Invariant: program ids are POSIX paths relative to tests/golden without extension, e.g.
// `runtime_errors/index_out_of_range`; they are sorted, so every listing is in the same order.

import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const GOLDEN_DIR = join(ROOT, 'tests', 'golden');

/** All program ids under tests/golden, sorted. */
export function listPrograms(dir = GOLDEN_DIR) {
  const ids = [];
  const walk = (d) => {
    for (const entry of readdirSync(d)) {
      const p = join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (entry.endsWith('.go')) ids.push(relative(dir, p).split(sep).join('/').replace(/\.go$/, ''));
    }
  };
  walk(dir);
  return ids.sort();
}

/** Selects programs by the command-line words: an id, an id with .go, a path, or a category. */
export function selectPrograms(all, words) {
  if (words.length === 0) return { selected: all, unknown: [] };
  const wanted = new Set();
  const unknown = [];
  for (const w of words) {
    const id = w.replace(/\\/g, '/').replace(/^.*tests\/golden\//, '').replace(/\.(go|out|err|code)$/, '').replace(/\/$/, '');
    const hits = all.filter((p) => p === id || p.startsWith(id + '/'));
    if (hits.length === 0) unknown.push(w);
    hits.forEach((h) => wanted.add(h));
  }
  return { selected: all.filter((p) => wanted.has(p)), unknown };
}
