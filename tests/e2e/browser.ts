/**
 * This file implements the shared harness of the end-to-end tests: launching
 * headless Chromium (never downloaded: CHROME_PATH, set by scripts/run-e2e.mjs),
 * the base URL of the preview server, and `openPage()`, which records every
 * console error, uncaught exception, failed request and request to another
 * origin on a page, so each test can assert the page was clean.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? '';
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!BASE_URL) {
  throw new Error('E2E_BASE_URL is not set: run the end-to-end tests with `npm run test:e2e` (scripts/run-e2e.mjs).');
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface TrackedPage {
  page: Page;
  /** Console errors, page errors, failed or off-site requests, as readable lines. */
  problems: string[];
}

/**
 * A new page in a fresh context, with problem tracking. `expectNotFound` lists
 * paths whose document is expected to answer 404 (the 404 test), so the console
 * line Chromium prints for that response is not counted as a problem.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}, expectNotFound: string[] = []): Promise<TrackedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(BASE_URL).origin;
  const expected404 = new Set(expectNotFound.map((p) => new URL(p, BASE_URL).href));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (expected404.has(msg.location().url) && /status of 404/.test(msg.text())) return;
    problems.push(`console error on ${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception on ${page.url()}: ${err.message}`));
  page.on('requestfailed', (req) => {
    // ERR_ABORTED: the browser cancelled the request because the test navigated on (e.g. the favicon).
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== origin && url.protocol !== 'data:') problems.push(`request to another origin: ${req.url()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !expected404.has(res.url())) problems.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  return { page, problems };
}

/** Navigates and waits until the page has loaded; returns the HTTP status of the document. */
export async function visit(page: Page, path: string): Promise<number> {
  const res = await page.goto(new URL(path, BASE_URL).href, { waitUntil: 'load' });
  return res?.status() ?? 0;
}

/** The path of the page's current URL (`/01-x/02-y/`). */
export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}
