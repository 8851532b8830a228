/**
 * What a figure needs to wake besides the island's own code: its definition (engine, chart, params), its catalogue and
 * the frame's words, all in the page's language, each loaded once per page. figure-loader.ts has already requested
 * the same modules at the reader's first touch, all at once beside the island, Preact and Plot (on a slow network the
 * figure's code does not wait for the island's to arrive and run first: at DevTools' Slow 4G, 562 ms per round trip);
 * the browser hands island.tsx those downloads.
 */
import type { Lang } from '../../i18n';
import type { FrameMessages } from '../../i18n/frame/en';
import { loadFigure } from '../../figures/lib/lazy';
import type { FigureDef, FigureMessages } from '../../figures/lib/types';

export interface FigureCode {
  def: FigureDef;
  /** The figure's catalogue in the page's language. */
  messages: FigureMessages;
}

// One function per language: Vite would wrap a single `lang === 'zh' ? import(…) : import(…)` in one preload.
const FRAME_WORDS = { zh: () => import('../../i18n/frame/zh'), en: () => import('../../i18n/frame/en') };

const figures = new Map<string, Promise<FigureCode>>();
const frames = new Map<Lang, Promise<FrameMessages>>();

/** The frame's words in one language: only the reader's language is downloaded. */
export function loadFrame(lang: Lang): Promise<FrameMessages> {
  let p = frames.get(lang);
  if (!p) {
    p = FRAME_WORDS[lang]().then((m) => m.default);
    frames.set(lang, p);
    p.catch(() => frames.delete(lang));
  }
  return p;
}

/** Figure `id`'s definition, then its catalogue in `lang`. */
export function loadFigureCode(id: string, lang: Lang): Promise<FigureCode> {
  const key = `${lang}:${id}`;
  let p = figures.get(key);
  if (!p) {
    p = loadFigure(id).then(async (def) => ({ def, messages: (await def.messages[lang]()).default }));
    figures.set(key, p);
    // A failed download may be retried by the next touch.
    p.catch(() => figures.delete(key));
  }
  return p;
}
