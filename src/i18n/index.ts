/**
 * This file implements the i18n helpers: the list of languages, their HTML
 * `lang` codes and URL prefixes, and `t()`, which looks a key up in the one
 * dictionary (./ui.ts) and fills `{placeholders}`.
 *
 * Invariants: zh-CN is the default language and lives at `/`; English lives
 * under `/en/`. `t()` never returns an empty string or a raw key for a known
 * key; a missing placeholder value is an internal error (our bug, not the
 * reader's), so it throws and fails the build.
 */
import { en, zh, type UIKey } from './ui';

export type { UIKey } from './ui';

export const languages = ['zh', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'zh';

/** The value of `<html lang>` for each language (BCP 47). */
export const htmlLang: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Path prefix of each language: '' for the default, '/en' for English. */
export const langPrefix: Record<Lang, string> = { zh: '', en: '/en' };

export const dictionaries: Record<Lang, Record<UIKey, string>> = { zh, en };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Looks up `key` in `lang`'s dictionary and replaces each `{name}` with `params[name]`. */
export function t(lang: Lang, key: UIKey, params: Record<string, string | number> = {}): string {
  const template = dictionaries[lang][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`internal error: i18n key "${key}" needs a value for {${name}}`);
    return String(value);
  });
}

/** A `t` bound to one language, for use in a component: `const tr = translator(lang); tr('nav.home')`. */
export function translator(lang: Lang): (key: UIKey, params?: Record<string, string | number>) => string {
  return (key, params) => t(lang, key, params);
}
