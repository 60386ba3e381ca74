/**
 * This file implements the end-to-end tests of dark mode: the page follows the
 * system colour scheme until the reader chooses; the toggle's choice survives a
 * reload and navigation (localStorage); the theme is applied before first paint
 * (the inline head script), and page colours and code blocks switch with it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, visit } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const theme = (page: Page) => page.getAttribute('html', 'data-theme');
const pressed = (page: Page) => page.getAttribute('[data-theme-toggle]', 'aria-pressed');

describe('dark mode', () => {
  it('follows the system preference while no choice is stored', async () => {
    const dark = await openPage(browser, { colorScheme: 'dark' });
    await visit(dark.page, '/');
    expect(await theme(dark.page)).toBe('dark');
    expect(await pressed(dark.page)).toBe('true');
    const light = await openPage(browser, { colorScheme: 'light' });
    await visit(light.page, '/');
    expect(await theme(light.page)).toBe('light');
    expect(await pressed(light.page)).toBe('false');
    expect([...dark.problems, ...light.problems]).toEqual([]);
  });

  it('keeps the toggled theme across a reload and on other pages', async () => {
    const { page, problems } = await openPage(browser, { colorScheme: 'light' });
    await visit(page, '/');
    await page.click('[data-theme-toggle]');
    expect(await theme(page)).toBe('dark');
    expect(await pressed(page)).toBe('true');

    await page.reload({ waitUntil: 'load' });
    expect(await theme(page)).toBe('dark');
    expect(await pressed(page)).toBe('true');

    const chapter = await page.locator('[data-part] .chapter-links a').first().getAttribute('href');
    await visit(page, chapter!);
    expect(await theme(page)).toBe('dark');
    // The page colours follow, and so do Shiki's: a code block as Astro renders it with
    // shikiConfig.themes (light colours inline, dark ones in --shiki-dark*) shows the dark ones.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 22, 28)');
    const code = await page.evaluate(() => {
      const pre = document.createElement('pre');
      pre.className = 'astro-code astro-code-themes github-light-default github-dark-default';
      pre.setAttribute('style', 'background-color:#ffffff;--shiki-dark-bg:#0d1117;color:#1f2328;--shiki-dark:#e6edf3');
      pre.innerHTML = '<code><span style="color:#CF222E;--shiki-dark:#FF7B72">func</span></code>';
      document.querySelector('.prose')!.append(pre);
      const span = pre.querySelector('span')!;
      return { bg: getComputedStyle(pre).backgroundColor, keyword: getComputedStyle(span).color };
    });
    expect(code).toEqual({ bg: 'rgb(13, 17, 23)', keyword: 'rgb(255, 123, 114)' });

    await page.click('[data-theme-toggle]');
    await page.reload({ waitUntil: 'load' });
    expect(await theme(page)).toBe('light');
    expect(await page.evaluate(() => localStorage.getItem('grl-theme'))).toBe('light');
    expect(problems).toEqual([]);
  });

  it('sets the theme before first paint (no flash), from the inline head script alone', async () => {
    const { page } = await openPage(browser, { colorScheme: 'light' });
    await visit(page, '/');
    await page.evaluate(() => localStorage.setItem('grl-theme', 'dark'));
    // Block every bundled script: only the inline <head> script can set the theme now.
    await page.route('**/_astro/*.js', (route) => route.abort('aborted'));
    await page.reload({ waitUntil: 'load' });
    expect(await theme(page)).toBe('dark');
    expect(await pressed(page)).toBe('false'); // the toggle's own script never ran
  });
});
