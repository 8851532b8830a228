import type { Lang } from '../i18n';

/** Chooses the reader's language: a remembered choice wins, else the first browser language that is Chinese or English. */
export function preferredLang(stored: string | null, browserLangs: readonly string[]): Lang {
  if (stored === 'zh' || stored === 'en') return stored;
  for (const l of browserLangs) {
    const tag = l.toLowerCase();
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}
