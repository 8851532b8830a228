import { en, type FigureUIKey, type UIKey } from './en';
import { zh } from './zh';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type { FigureUIKey, UIKey };

/** BCP 47 tag for `<html lang>` and hreflang. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

const STRINGS: Record<Lang, Record<UIKey, string>> = { zh, en };

/**
 * A value given in both languages; a missing language is a type error. Browser code does not use it for words a
 * reader sees: those live in per-language catalogues (src/i18n/<area>/<lang>), loaded by dynamic import().
 */
export type Localized<T = string> = Record<Lang, T>;

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** Returns the UI string for `key` in `lang`. */
export function t(lang: Lang, key: UIKey): string {
  return STRINGS[lang][key];
}
