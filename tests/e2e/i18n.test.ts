/**
 * This file implements the end-to-end tests of the English UI: /en/ pages have
 * lang="en" and English interface strings (from the same dictionary as the
 * Chinese ones), English chapter pages show English title/objectives and a
 * one-line notice above the Chinese body, and the language switch maps a page
 * to the same page in the other language.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, zh } from '../../src/i18n/ui';
import { launch, openPage, pathOf, visit } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('English UI', () => {
  it('shows the English home page', async () => {
    const { page, problems } = await openPage(browser);
    expect(await visit(page, '/en/')).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe(en['home.title']);
    expect(await page.locator('#parts-title').textContent()).toBe(en['home.partsTitle']);
    expect(await page.locator('[data-part]').count()).toBe(5);
    expect(await page.locator('.skip-link').textContent()).toBe(en['nav.skip']);
    // Every part and chapter link stays inside /en/.
    const hrefs = await page.locator('[data-part] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBe(30);
    for (const href of hrefs) expect(href).toMatch(/^\/en\//);
    expect(problems).toEqual([]);
  });

  it('shows an English chapter page over the Chinese body', async () => {
    const { page, problems } = await openPage(browser);
    await visit(page, '/en/');
    const href = (await page.locator('[data-part] .chapter-links a').first().getAttribute('href'))!;
    await visit(page, href);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#objectives-heading').textContent()).toBe(en['chapter.objectives']);
    expect(await page.locator('[data-body-notice]').textContent()).toBe(en['chapter.bodyNotice']);
    expect(await page.getAttribute('.prose', 'lang')).toBe('zh-CN');
    expect(await page.locator('[data-meta="minutes"]').textContent()).toMatch(/about \d+ min/);
    expect(await page.locator('[data-pager="next"] .dir').textContent()).toContain(en['chapter.next']);
    // The title is the English one: no CJK characters in it.
    expect(await page.locator('h1').textContent()).not.toMatch(/[\u4e00-\u9fff]/);

    // The language switch leads to the same chapter in Chinese, and back.
    await Promise.all([page.waitForURL(`**${href.slice(3)}`), page.click('.lang-link')]);
    expect(pathOf(page)).toBe(href.slice(3));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('#objectives-heading').textContent()).toBe(zh['chapter.objectives']);
    expect(await page.locator('[data-body-notice]').count()).toBe(0);
    await Promise.all([page.waitForURL(`**${href}`), page.click('.lang-link')]);
    expect(pathOf(page)).toBe(href);
    expect(problems).toEqual([]);
  });
});
