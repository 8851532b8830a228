/**
 * What the figure frame's share actions write (loaded with them on the first click, src/components/figure/actions.ts, not
 * with the figure): the attribution CC BY 4.0 asks for (./license.ts), as a line and as HTML, and the embed snippet. The
 * attribution's words are the actions' catalogue's of the page's language (src/i18n/cite/<lang>.ts, `attribution`),
 * loaded with them.
 */
import type { CiteMessages } from '../i18n/cite/en';
import { CONTENT_LICENSE } from './license';

/** The attribution line CC BY 4.0 asks for: title, site, where it lives, and the license, in the language of `words`. */
export function attributionLine(title: string, siteTitle: string, url: string, words: Pick<CiteMessages, 'attribution'>): string {
  return words.attribution({ title, siteTitle, url, license: CONTENT_LICENSE.name });
}

/**
 * attributionLine as HTML for a page that embeds a figure: the same words, with the figure's address and the license
 * as links. Its text (tags removed, entities decoded) is exactly attributionLine(title, siteTitle, url, words).
 */
export function attributionHtml(title: string, siteTitle: string, url: string, words: Pick<CiteMessages, 'attribution'>): string {
  const esc = escapeHtml;
  const link = `<a href="${esc(url)}">${esc(url)}</a>`;
  const license = `<a rel="license" href="${esc(CONTENT_LICENSE.url)}">${esc(CONTENT_LICENSE.name)}</a>`;
  return words.attribution({ title: esc(title), siteTitle: esc(siteTitle), url: link, license });
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
  /** The attribution CC BY 4.0 asks for, as HTML (see attributionHtml above). */
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
