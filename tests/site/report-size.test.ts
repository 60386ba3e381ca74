/**
 * This file implements the unit tests of scripts/report-size.mjs on a tiny
 * hand-made dist/: static imports are followed (once per page), dynamic imports
 * are not, inline scripts and styles count, JSON scripts do not, and the budget
 * flags a page that ships too much.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measurePage, report } from '../../scripts/report-size.mjs';

const dist = mkdtempSync(join(tmpdir(), 'grl-size-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function put(path: string, text: string): number {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
  return Buffer.byteLength(text);
}

const shared = put('_astro/shared.js', 'export const s=1;');
const entry = put('_astro/entry.js', 'import{s}from"./shared.js";import"/_astro/side.js";const m=()=>import("./lazy.js");console.log(s,m);');
const side = put('_astro/side.js', 'import{s}from"./shared.js";console.log(s);');
put('_astro/lazy.js', 'x'.repeat(100_000));
const css = put('_astro/site.css', 'body{color:red}');
const inlineJs = 'document.documentElement.dataset.theme="light";';
const inlineCss = 'p{margin:0}';
put(
  'index.html',
  `<!doctype html><html><head><script>${inlineJs}</script><script type="application/ld+json">{"a":1}</script>` +
    `<link rel="stylesheet" href="/_astro/site.css"><style>${inlineCss}</style>` +
    `<script type="module" src="/_astro/entry.js"></script></head><body></body></html>`,
);
// A page whose up-front module is over budget (random-looking text compresses badly).
let big = '';
for (let i = 0; big.length < 120_000; i++) big += ((i * 2654435761) % 4294967296).toString(36);
put('_astro/big.js', `console.log("${big}");`);
put('heavy/index.html', '<script type="module" src="/_astro/big.js"></script>');

describe('report-size', () => {
  it('counts static imports once, inline scripts and styles, not dynamic imports or JSON', () => {
    const page = measurePage(dist, join(dist, 'index.html'));
    expect(page.js.files).toBe(3);
    expect(page.js.inline).toBe(1);
    expect(page.js.raw).toBe(entry + shared + side + Buffer.byteLength(inlineJs));
    expect(page.css.raw).toBe(css + Buffer.byteLength(inlineCss));
    expect(page.js.gzip).toBeGreaterThan(0);
    expect(page.missing).toEqual([]);
  });

  it('flags pages over the gzip JS budget', () => {
    const r = report(dist);
    expect(r.pages.map((p) => p.path)).toEqual(['/heavy/', '/']);
    expect(r.over.map((p) => p.path)).toEqual(['/heavy/']);
    expect(r.text).toContain('OVER');
  });
});
