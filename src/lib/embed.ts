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
