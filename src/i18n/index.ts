import { en, enTemplates, type FigureUIKey, type UIKey, type UITemplates } from './en';
import { zh, zhTemplates } from './zh';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type { FigureUIKey, UIKey, UITemplates };

/** BCP 47 tag for `<html lang>` and hreflang. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

const STRINGS: Record<Lang, Record<UIKey, string>> = { zh, en };
const TEMPLATES: Record<Lang, UITemplates> = { zh: zhTemplates, en: enTemplates };

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

/** The page chrome's templates in `lang`: its words with a number or a link in them, and its punctuation (./en.ts, enTemplates). */
export function templates(lang: Lang): UITemplates {
  return TEMPLATES[lang];
}
