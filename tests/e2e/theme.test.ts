/**
 * This file implements the end-to-end tests of dark mode: the page follows the
 * system colour scheme until the reader chooses; the toggle's choice survives a
 * reload and navigation (localStorage); the theme is applied before first paint
 * (the inline head script), and code blocks switch to the dark Shiki colours.
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
    // Shiki's dark colours apply: the code block background is the dark theme's.
    const codeBg = await page.locator('pre.astro-code').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(codeBg).not.toBe('rgb(255, 255, 255)');

    await page.click('[data-theme-toggle]');
    await page.reload({ waitUntil: 'load' });
    expect(await theme(page)).toBe('light');
    expect(await page.evaluate(() => localStorage.getItem('grl-theme'))).toBe('light');
    expect(problems).toEqual([]);
  });

  it('sets the theme before first paint (no flash)', async () => {
    const { page, problems } = await openPage(browser, { colorScheme: 'light' });
    await visit(page, '/');
    await page.evaluate(() => localStorage.setItem('grl-theme', 'dark'));
    // Read the attribute as soon as the DOM exists, before any module script ran.
    await page.goto(page.url(), { waitUntil: 'commit' });
    await page.waitForSelector('body', { state: 'attached' });
    expect(await theme(page)).toBe('dark');
    expect(problems).toEqual([]);
  });
});
