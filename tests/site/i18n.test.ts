/**
 * This file implements the unit tests of the UI dictionary (src/i18n): both
 * languages have the same keys, the same placeholders in each string, no empty
 * strings, and every key is used somewhere in src/ (no dead strings to
 * translate); `t()` fills placeholders and fails loudly on a missing value.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries, languages, t, type UIKey } from '../../src/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionary', () => {
  const zhKeys = Object.keys(dictionaries.zh).sort();

  it('has flat dotted keys', () => {
    for (const key of zhKeys) expect(key).toMatch(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/);
  });

  it.each(languages)('%s has exactly the keys of zh', (lang) => {
    expect(Object.keys(dictionaries[lang]).sort()).toEqual(zhKeys);
  });

  it.each(languages)('%s has no empty string', (lang) => {
    for (const [key, value] of Object.entries(dictionaries[lang])) expect(value.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in every language', () => {
    for (const key of zhKeys as UIKey[]) {
      expect(placeholders(dictionaries.en[key]), key).toEqual(placeholders(dictionaries.zh[key]));
    }
  });
});

/** The text of every .astro/.ts file under src/ except the dictionary itself. */
function sourceText(dir: string): string {
  let text = '';
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) text += sourceText(path);
    else if (/\.(astro|ts)$/.test(entry.name) && !path.endsWith(join('i18n', 'ui.ts'))) text += readFileSync(path, 'utf8');
  }
  return text;
}

describe('UI dictionary usage', () => {
  it('uses every key somewhere in src/', () => {
    const text = sourceText(resolve(__dirname, '../../src'));
    const unused = Object.keys(dictionaries.zh).filter((key) => !text.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});

describe('t()', () => {
  it('fills placeholders', () => {
    expect(t('zh', 'chapter.label', { part: 2, n: 3 })).toBe('第 2.3 章');
    expect(t('en', 'chapter.minutes', { minutes: 15 })).toBe('about 15 min');
  });

  it('throws an internal error when a placeholder has no value', () => {
    expect(() => t('en', 'chapter.minutes')).toThrow(/internal error.*\{minutes\}/);
  });
});
