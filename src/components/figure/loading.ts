/**
 * What a figure needs to wake besides the island's own code: its definition (engine, chart, params), its catalogue and
 * the frame's words, all in the page's language. figure-loader.ts starts this at the reader's first touch, in parallel
 * with the island, Preact and Plot, so on a slow network the figure's code does not wait for the island's to arrive and
 * run first (at DevTools' Slow 4G, 562 ms per round trip); island.tsx awaits the same promises. Each is started once
 * per page. The catalogue is named by the definition, so it follows it (a head start for it too, an index of every
 * figure's catalogue, cost ~1.4 KB gzip more on the first touch: over the 130 KB budget on the emergence chapter).
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

/** Starts everything figure `id` needs in `lang`; island.tsx picks the same downloads up. */
export function prepare(id: string, lang: Lang): void {
  loadFrame(lang).catch(() => {});
  loadFigureCode(id, lang).catch(() => {});
}
