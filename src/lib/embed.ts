/**
 * Embeddable figures (README "Embedding a figure"): every figure with a page of its own, /<lang>/figures/<id>/, has an
 * embed page, /<lang>/figures/<id>/embed/, that another site puts in an <iframe>. It takes the same query as the
 * figure's page plus `theme=light|dark`, and tells its parent how tall it is with a message of the shape below.
 *
 * Pure functions only: the island's "Embed" button (src/components/figure/island.tsx) builds the snippet with them,
 * the embed page's script (src/scripts/embed.ts) posts the message, and tests/unit/lib/embed.test.ts checks both.
 */

/** The `type` of the message an embed page posts to its parent whenever its height changes. */
export const EMBED_MESSAGE_TYPE = 'scaling-laws-explorer:resize';

/** What an embed page posts to its parent (target origin '*': it holds no secret). */
export interface EmbedResizeMessage {
  type: typeof EMBED_MESSAGE_TYPE;
  /** The figure's id, e.g. "isoflop". */
  id: string;
  /** The page's content height in CSS pixels, a whole number. */
  height: number;
}

/** Query keys an embed page reads for itself, not for the figure. */
export const EMBED_KEYS = ['theme'] as const;

export type EmbedTheme = 'light' | 'dark';

/** The embed page's own settings from its query, and the rest, which is the figure's state. */
export function splitEmbedQuery(search: string | URLSearchParams): { figure: URLSearchParams; theme?: EmbedTheme } {
  const figure = new URLSearchParams(search);
  const raw = figure.get('theme');
  for (const key of EMBED_KEYS) figure.delete(key);
  return { figure, theme: raw === 'light' || raw === 'dark' ? raw : undefined };
}

/** Site-relative path of a figure's own page, under `base` ("/" or "/scaling/"). */
export function figurePath(base: string, lang: string, id: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${lang}/figures/${id}/`;
}

/** Site-relative path of a figure's embed page. */
export function embedPath(base: string, lang: string, id: string): string {
  return `${figurePath(base, lang, id)}embed/`;
}

/** `path` with a query string (`query` without its "?"), or the bare path when the query is empty. */
export function withQuery(path: string, query: string | URLSearchParams): string {
  const q = String(query).replace(/^\?/, '');
  return q ? `${path}?${q}` : path;
}

/** Heights the snippet may suggest, in px: the frame resizes itself when the host listens, so this is a fallback. */
export const EMBED_HEIGHT = { min: 360, max: 1600, fallback: 720 } as const;

/**
 * The iframe height the snippet suggests for a figure measured at `measured` px where the reader copied it: rounded
 * up to 10 px and kept between EMBED_HEIGHT.min and .max; EMBED_HEIGHT.fallback when there is no usable measure.
 */
export function embedHeight(measured: number | undefined): number {
  if (measured === undefined || !Number.isFinite(measured) || measured <= 0) return EMBED_HEIGHT.fallback;
  return Math.min(EMBED_HEIGHT.max, Math.max(EMBED_HEIGHT.min, Math.ceil(measured / 10) * 10));
}

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface SnippetInput {
  /** Absolute URL of the embed page, with the figure's state. */
  src: string;
  /** The figure's title, for the iframe's `title` (its accessible name). */
  title: string;
  /** Suggested height in px (see embedHeight). */
  height: number;
  /** The attribution CC BY 4.0 asks for, as HTML (see attributionHtml in src/lib/license.ts). */
  attributionHtml: string;
}

/**
 * The HTML a reader pastes into their page: the iframe (lazy, full width, a fixed height that works without a resize
 * listener) and, under it, the attribution line the content license asks for.
 */
export function embedSnippet({ src, title, height, attributionHtml }: SnippetInput): string {
  const iframe =
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}"` +
    ` loading="lazy" style="border:0;width:100%;max-width:100%"></iframe>`;
  return `${iframe}\n<p><small>${attributionHtml}</small></p>`;
}
