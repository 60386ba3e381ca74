#!/usr/bin/env node
// This file implements `npm run report:size`: for every built page in dist/, the
// JavaScript and CSS a browser fetches up front, raw and gzip, and a budget check.
//
// What counts as "up front" (measured per page, each file once per page):
// - JS: <script src> (classic or module), <link rel="modulepreload">, inline
//   <script> bodies (not JSON/LD), and every module those import statically
//   (`import ... from "x"`, `import "x"`, `export ... from "x"`), followed
//   recursively. Dynamic `import("x")` is NOT followed: that code loads on use
//   (e.g. Monaco when a lab starts), which is exactly what the budget allows.
// - CSS: <link rel="stylesheet"> files and inline <style> bodies.
// Gzip sizes are each file (or inline body) compressed on its own with zlib's
// default level, as a static server would send them.
//
// Exit status: 1 when a page ships more than the JS budget (20 KB gzip, 20 480
// bytes) or when dist/ has no pages; 0 otherwise.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const JS_BUDGET_GZIP = 20 * 1024;

const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LINK_RE = /<link\b([^>]*)>/gi;
const STYLE_RE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
// Static import/export-from specifiers in (minified) ES modules; `import(` is excluded.
const STATIC_IMPORT_RE = /(?:^|[;\s}{)])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

function attr(attrs, name) {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

const gz = (buf) => gzipSync(buf).length;

/** Maps a URL used in a page or module to a file in dist, or undefined for external URLs. */
function resolveAsset(distDir, fromFile, url) {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
  const clean = url.split(/[?#]/)[0];
  return clean.startsWith('/') ? join(distDir, clean) : resolve(dirname(fromFile), clean);
}

/** Every JS file reachable from `file` by static imports (including itself), added to `seen`. */
function collectModule(distDir, file, seen, missing) {
  if (seen.has(file)) return;
  if (!existsSync(file)) {
    missing.add(relative(distDir, file));
    return;
  }
  seen.add(file);
  collectImports(distDir, file, readFileSync(file, 'utf8'), seen, missing);
}

function collectImports(distDir, fromFile, code, seen, missing) {
  for (const m of code.matchAll(STATIC_IMPORT_RE)) {
    const target = resolveAsset(distDir, fromFile, m[1]);
    if (target) collectModule(distDir, target, seen, missing);
  }
}

/**
 * @typedef {{ raw: number, gzip: number, files: number, inline: number }} Sizes
 * @typedef {{ js: Sizes, css: Sizes, missing: string[] }} PageSizes
 * @typedef {PageSizes & { path: string }} PageReport
 */

/**
 * The up-front JS and CSS of one built page.
 * @param {string} distDir
 * @param {string} htmlFile
 * @returns {PageSizes}
 */
export function measurePage(distDir, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const jsFiles = new Set();
  const cssFiles = new Set();
  const missing = new Set();
  const js = { raw: 0, gzip: 0, files: 0, inline: 0 };
  const css = { raw: 0, gzip: 0, files: 0, inline: 0 };

  for (const m of html.matchAll(SCRIPT_RE)) {
    const [, attrs, body] = m;
    const type = (attr(attrs, 'type') ?? '').toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    const src = attr(attrs, 'src');
    if (src) {
      const file = resolveAsset(distDir, htmlFile, src);
      if (file) collectModule(distDir, file, jsFiles, missing);
    } else if (body.trim()) {
      const buf = Buffer.from(body);
      js.raw += buf.length;
      js.gzip += gz(buf);
      js.inline += 1;
      if (type === 'module') collectImports(distDir, htmlFile, body, jsFiles, missing);
    }
  }
  for (const m of html.matchAll(LINK_RE)) {
    const rel = (attr(m[1], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(m[1], 'href');
    if (!href) continue;
    const file = resolveAsset(distDir, htmlFile, href);
    if (!file) continue;
    if (rel.includes('modulepreload')) collectModule(distDir, file, jsFiles, missing);
    else if (rel.includes('stylesheet')) {
      if (existsSync(file)) cssFiles.add(file);
      else missing.add(relative(distDir, file));
    }
  }
  for (const m of html.matchAll(STYLE_RE)) {
    const buf = Buffer.from(m[1]);
    if (!buf.length) continue;
    css.raw += buf.length;
    css.gzip += gz(buf);
    css.inline += 1;
  }
  for (const file of jsFiles) {
    const buf = readFileSync(file);
    js.raw += buf.length;
    js.gzip += gz(buf);
    js.files += 1;
  }
  for (const file of cssFiles) {
    const buf = readFileSync(file);
    css.raw += buf.length;
    css.gzip += gz(buf);
    css.files += 1;
  }
  return { js, css, missing: [...missing] };
}

/**
 * Every .html file under dir, sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

/** The page's URL path for display: dist/en/01-x/index.html → /en/01-x/. */
function pagePath(distDir, file) {
  const rel = relative(distDir, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * The size table of every page in distDir, and the pages over budget.
 * @param {string} distDir
 * @param {number} [budget] gzip bytes of JS allowed per page
 * @returns {{ pages: PageReport[], over: PageReport[], missing: string[], text: string }}
 */
export function report(distDir, budget = JS_BUDGET_GZIP) {
  const pages = htmlFiles(distDir).map((file) => ({ path: pagePath(distDir, file), ...measurePage(distDir, file) }));
  const rows = pages.map((p) => [
    p.path,
    kb(p.js.raw),
    kb(p.js.gzip),
    `${p.js.files}+${p.js.inline}`,
    kb(p.css.raw),
    kb(p.css.gzip),
    `${p.css.files}+${p.css.inline}`,
    p.js.gzip > budget ? 'OVER' : 'ok',
  ]);
  const head = ['page', 'JS raw', 'JS gzip', 'JS files+inline', 'CSS raw', 'CSS gzip', 'CSS files+inline', 'budget'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const lines = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  const over = pages.filter((p) => p.js.gzip > budget);
  const missing = pages.flatMap((p) => p.missing.map((m) => `${p.path}: missing ${m}`));
  const maxJs = Math.max(0, ...pages.map((p) => p.js.gzip));
  lines.push('');
  lines.push(`${pages.length} pages; largest up-front JS ${kb(maxJs)} gzip; budget ${kb(budget)} gzip per page.`);
  return { pages, over, missing, text: lines.join('\n') };
}

function main() {
  const args = process.argv.slice(2);
  const distArg = args.indexOf('--dist');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const distDir = distArg >= 0 ? resolve(args[distArg + 1]) : join(root, 'dist');
  if (!existsSync(distDir) || htmlFiles(distDir).length === 0) {
    console.error(`report-size: no built pages in ${distDir}. Run \`npm run build\` first.`);
    process.exit(1);
  }
  const { over, missing, text } = report(distDir);
  console.log(text);
  for (const m of missing) console.warn(`report-size: warning: ${m}`);
  if (over.length) {
    console.error(`\nreport-size: ${over.length} page(s) ship more than ${kb(JS_BUDGET_GZIP)} gzip JS up front:`);
    for (const p of over) console.error(`  ${p.path}: ${kb(p.js.gzip)}`);
    process.exit(1);
  }
  if (missing.length) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
