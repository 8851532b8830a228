import { en, type FigureUIKey, type UIKey } from './en';
import { zh } from './zh';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type { FigureUIKey, UIKey };

/** BCP 47 tag for `<html lang>` and hreflang. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

const STRINGS: Record<Lang, Record<UIKey, string>> = { zh, en };

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
