/**
 * Build time and tests only: every figure's catalogue and caption in both languages, read eagerly. The browser never
 * imports this module; it loads one catalogue in the reader's language through the figure's `messages` (island.tsx).
 */
import type { Lang } from '../../i18n';
import type { FigureDef, FigureMessages, FigureStrings } from './types';

const messageModules = import.meta.glob<{ default: FigureMessages }>('../../i18n/figures/*/*.ts', { eager: true });
const captionModules = import.meta.glob<{ default: FigureStrings }>('../../i18n/captions/*/*.ts', { eager: true });

function lookup<T>(modules: Record<string, { default: T }>, area: string, lang: Lang, id: string): T {
  const mod = modules[`../../i18n/${area}/${lang}/${id}.ts`];
  if (!mod) throw new Error(`Figure "${id}" has no src/i18n/${area}/${lang}/${id}.ts.`);
  return mod.default;
}

/** The figure's catalogue in `lang`. */
export function messagesOf(def: FigureDef, lang: Lang): FigureMessages {
  return lookup(messageModules, 'figures', lang, def.id);
}

/** Title, caption, source and text alternative of a figure in `lang`. */
export function captionsOf(def: FigureDef, lang: Lang): FigureStrings {
  return lookup(captionModules, 'captions', lang, def.id);
}
