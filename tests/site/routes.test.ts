/**
 * This file implements the unit tests of the URL scheme (src/utils/routes.ts).
 */
import { describe, expect, it } from 'vitest';
import { chapterHref, homeHref, partHref, toLanguage } from '../../src/utils/routes';

describe('routes', () => {
  it('puts zh at / and en under /en/, always with a trailing slash', () => {
    expect(homeHref('zh')).toBe('/');
    expect(homeHref('en')).toBe('/en/');
    expect(partHref('zh', '01-a')).toBe('/01-a/');
    expect(partHref('en', '01-a')).toBe('/en/01-a/');
    expect(chapterHref('zh', '01-a/02-b')).toBe('/01-a/02-b/');
    expect(chapterHref('en', '01-a/02-b')).toBe('/en/01-a/02-b/');
  });

  it('maps a page to the same page in the other language', () => {
    expect(toLanguage('/', 'en')).toBe('/en/');
    expect(toLanguage('/en/', 'zh')).toBe('/');
    expect(toLanguage('/en', 'zh')).toBe('/');
    expect(toLanguage('/01-a/02-b/', 'en')).toBe('/en/01-a/02-b/');
    expect(toLanguage('/en/01-a/02-b/', 'zh')).toBe('/01-a/02-b/');
    expect(toLanguage('/en/01-a/', 'en')).toBe('/en/01-a/');
    expect(toLanguage('/english/', 'zh')).toBe('/english/');
  });
});
