/**
 * This file implements the end-to-end tests of the site's structure: the home
 * page lists the five parts and their 25 chapters; a reader goes home → part →
 * chapter → next chapter (also across a part boundary); unknown routes get the
 * 404 page, which leads back home; the reading-progress bar follows scrolling; every page reachable from the home pages
 * loads with no console error, no failed request and nothing fetched from
 * another origin; nothing on a phone-sized screen scrolls sideways.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, openPage, pathOf, visit } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  it('lists the five parts, each with its five chapters', async () => {
    const { page, problems } = await openPage(browser);
    expect(await visit(page, '/')).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const parts = page.locator('[data-part]');
    expect(await parts.count()).toBe(5);
    for (let i = 0; i < 5; i++) {
      expect(await parts.nth(i).locator('h3 a').textContent()).toBeTruthy();
      expect(await parts.nth(i).locator('.chapter-links a').count()).toBe(5);
    }
    expect(problems).toEqual([]);
  });
});

describe('navigation', () => {
  it('goes home → part → chapter → next chapter', async () => {
    const { page, problems } = await openPage(browser);
    await visit(page, '/');
    const partLink = page.locator('[data-part] h3 a').first();
    const partHref = await partLink.getAttribute('href');
    await Promise.all([page.waitForURL(new URL(partHref!, BASE_URL).href), partLink.click()]);
    expect(await page.locator('[data-part-page]').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBeTruthy();

    const chapterLinks = page.locator('[data-chapter-link]');
    expect(await chapterLinks.count()).toBe(5);
    const firstId = await chapterLinks.nth(0).getAttribute('data-chapter-link');
    const secondId = await chapterLinks.nth(1).getAttribute('data-chapter-link');
    await Promise.all([page.waitForURL(`**/${firstId}/`), chapterLinks.nth(0).click()]);
    expect(await page.getAttribute('article[data-chapter]', 'data-chapter')).toBe(firstId);
    // The sidebar marks the current chapter; the header shows minutes and what the chapter mirrors.
    expect(await page.locator(`#toc a[aria-current="page"]`).getAttribute('href')).toBe(`/${firstId}/`);
    expect(await page.locator('[data-meta="minutes"]').textContent()).toMatch(/\d+/);
    expect(await page.locator('[data-meta="mirrors"]').textContent()).toContain('《');
    expect(await page.locator('.objectives li').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-pager="prev"]').count()).toBe(0);

    await Promise.all([page.waitForURL(`**/${secondId}/`), page.locator('[data-pager="next"]').click()]);
    expect(await page.getAttribute('article[data-chapter]', 'data-chapter')).toBe(secondId);
    expect(await page.locator('[data-pager="prev"]').getAttribute('href')).toBe(`/${firstId}/`);
    expect(problems).toEqual([]);
  });

  it('links the last chapter of a part to the first chapter of the next part', async () => {
    const { page, problems } = await openPage(browser);
    await visit(page, '/');
    const order = await page.locator('[data-part] .chapter-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const lastOfPart1 = order[4]!;
    const firstOfPart2 = order[5]!;
    expect(lastOfPart1.split('/')[1]).not.toBe(firstOfPart2.split('/')[1]);
    await visit(page, lastOfPart1);
    expect(await page.locator('[data-pager="next"]').getAttribute('href')).toBe(firstOfPart2);
    await Promise.all([page.waitForURL(`**${firstOfPart2}`), page.locator('[data-pager="next"]').click()]);
    expect(pathOf(page)).toBe(firstOfPart2);
    expect(problems).toEqual([]);
  });
});

describe('reading progress', () => {
  it('fills as the reader scrolls through the chapter', async () => {
    const { page, problems } = await openPage(browser, { viewport: { width: 800, height: 500 } });
    await visit(page, '/');
    await visit(page, (await page.locator('[data-part] .chapter-links a').first().getAttribute('href'))!);
    const progress = () =>
      page.locator('.reading-progress-bar').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
    expect(await progress()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(progress).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(progress).toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('404', () => {
  it.each(['/no-such-page/', '/01-nothing/99-nope/', '/en/not-here/'])('serves the 404 page for %s, with a way home', async (path) => {
    const { page, problems } = await openPage(browser, {}, [path]);
    expect(await visit(page, path)).toBe(404);
    expect(await page.locator('[data-not-found]').count()).toBe(1);
    await Promise.all([page.waitForURL(`${BASE_URL}/`), page.locator('[data-home-link]').click()]);
    expect(await page.locator('[data-part]').count()).toBe(5);
    expect(problems).toEqual([]);
  });
});

describe('every page', () => {
  it('is reachable from the home pages and loads cleanly', async () => {
    const { page, problems } = await openPage(browser);
    const seen = new Set<string>();
    const queue = ['/', '/en/'];
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      expect(await visit(page, path), path).toBe(200);
      const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) {
        const clean = href.split('#')[0];
        if (clean && !clean.includes('.') && !seen.has(clean)) queue.push(clean);
      }
    }
    // Home, 5 parts, 25 chapters, in two languages.
    expect(seen.size).toBe(2 * (1 + 5 + 25));
    expect(problems).toEqual([]);
  });

  it('fits a phone screen: no sideways scrolling, code scrolls inside its block', async () => {
    const { page, problems } = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await visit(page, '/');
    const chapter = await page.locator('[data-part] .chapter-links a').first().getAttribute('href');
    for (const path of ['/', '/en/', chapter!, `/en${chapter}`]) {
      await visit(page, path);
      const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
      expect(scroll, path).toBeLessThanOrEqual(width);
      // Code blocks scroll inside themselves (and are focusable, so keyboards can scroll them).
      for (const pre of await page.locator('pre').all()) {
        expect(await pre.evaluate((el) => getComputedStyle(el).overflowX), path).toBe('auto');
        expect(await pre.getAttribute('tabindex'), path).toBe('0');
      }
    }
    expect(problems).toEqual([]);
  });
});
