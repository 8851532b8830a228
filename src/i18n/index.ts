import { en, enFigure, type FigureUIKey, type UIKey } from './en';
import { zh, zhFigure } from './zh';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type { FigureUIKey, UIKey };

/** BCP 47 tag for `<html lang>` and hreflang. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

const STRINGS: Record<Lang, Record<UIKey, string>> = { zh, en };
const FIGURE_STRINGS: Record<Lang, Record<FigureUIKey, string>> = { zh: zhFigure, en: enFigure };

/**
 * A value given in both languages; a missing language is a type error. In the browser, code is bundled once per
 * language and an object literal `{ zh: …, en: … }` keeps only the page's language (src/integrations/lang-bundles.mjs):
 * code that runs in the browser reads `value[lang]`, never the other language.
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

/**
 * Returns the figure frame's UI string for `key` in `lang` — the same text as t(lang, key). Browser code uses this
 * one, so its bundle holds only the figure frame's strings.
 */
export function tf(lang: Lang, key: FigureUIKey): string {
  return FIGURE_STRINGS[lang][key];
}
