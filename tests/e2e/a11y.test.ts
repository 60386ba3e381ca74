/**
 * This file implements the accessibility checks: axe-core (injected from
 * node_modules/axe-core/axe.min.js, never fetched) scans the home page, a part
 * page, a chapter page in both themes and an English chapter, and must find no
 * serious or critical violation. It also checks the skip link, landmarks and
 * the lang attribute by hand.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, visit } from './browser';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    // axe.min.js defines window.axe; typed here by the fields we read.
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.join(', ')}`);
}

let browser: Browser;
let chapter: string;
let part: string;
beforeAll(async () => {
  browser = await launch();
  const { page } = await openPage(browser);
  await visit(page, '/');
  part = (await page.locator('[data-part] h3 a').first().getAttribute('href'))!;
  chapter = (await page.locator('[data-part] .chapter-links a').nth(1).getAttribute('href'))!;
  await page.context().close();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe-core', () => {
  const cases: [string, () => string, 'light' | 'dark'][] = [
    ['home', () => '/', 'light'],
    ['home (dark)', () => '/', 'dark'],
    ['part', () => part, 'light'],
    ['chapter', () => chapter, 'light'],
    ['chapter (dark)', () => chapter, 'dark'],
    ['English chapter', () => `/en${chapter}`, 'light'],
    ['404', () => '/no-such-page/', 'light'],
  ];
  it.each(cases)('finds no serious or critical violation on %s', async (_name, path, colorScheme) => {
    const { page } = await openPage(browser, { colorScheme }, ['/no-such-page/']);
    await visit(page, path());
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('by hand', () => {
  it('has landmarks, a working skip link and a language', async () => {
    const { page, problems } = await openPage(browser);
    await visit(page, chapter);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    for (const selector of ['body > header', 'main#main', 'body > footer', 'nav#toc']) {
      expect(await page.locator(selector).count(), selector).toBe(1);
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(problems).toEqual([]);
  });
});
