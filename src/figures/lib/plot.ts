/**
 * Shared Plot settings so every figure looks like one family, in both themes.
 * Colours that must work on light and dark backgrounds; axes use currentColor and follow the page.
 */
import { formatQuantity, formatScientific } from '../../engine/quantities';
import type { RenderContext } from './types';

/** Series colours, distinguishable in light and dark mode and for common colour-vision deficiencies (Okabe–Ito based). */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#8C7E00', '#7F7F7F'];

/** A sequential palette for ordered series (e.g. model sizes from small to large). */
export const SEQUENTIAL_SCHEME = 'viridis';

export const FONT_SIZE = 13;

/** The options every figure starts from: size, document, font and a transparent background. */
export function baseOptions(ctx: RenderContext, height: number) {
  return {
    document: ctx.document,
    width: ctx.width,
    height,
    style: { fontSize: `${FONT_SIZE}px`, background: 'transparent', overflow: 'visible' },
    marginLeft: 60,
    marginBottom: 44,
    marginTop: 22,
    marginRight: 24,
  } as const;
}

/**
 * Puts several Plot charts side by side in one figure (they wrap to a column on narrow screens).
 * Each panel keeps its own logical size, so a shared link shows the same panels everywhere.
 */
export function panels(ctx: RenderContext, charts: Element[]): Element {
  const doc = ctx.document ?? document;
  const div = doc.createElement('div');
  div.setAttribute('class', 'fig-panels');
  for (const c of charts) div.appendChild(c);
  return div;
}

/** Localised text for two languages picked by `lang`. */
export function pick<T>(lang: 'zh' | 'en', zh: T, en: T): T {
  return lang === 'zh' ? zh : en;
}

/** Scale options for a log axis whose ticks read like the site's numbers (7B / 70亿, 1e21 → 10²¹). */
export function logScale(lang: 'zh' | 'en', label: string, style: 'quantity' | 'scientific' = 'quantity', extra: Record<string, unknown> = {}) {
  return {
    type: 'log' as const,
    label,
    tickFormat: (d: number) => (style === 'quantity' ? formatQuantity(d, lang, { digits: 2 }) : formatScientific(d, { digits: 2 })),
    ...extra,
  };
}
