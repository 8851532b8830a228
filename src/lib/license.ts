import { escapeHtml } from './embed';

/**
 * The site's licenses (see LICENSE, LICENSE-content and NOTICE at the repository root): the text and the figures are
 * CC BY 4.0, the code MIT. Attribution lines that the exported files and "cite this figure" carry come from here.
 */
export const CONTENT_LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;
export const CODE_LICENSE = { name: 'MIT', url: 'https://opensource.org/license/mit' } as const;

/** The attribution line CC BY 4.0 asks for: title, site, where it lives, and the license. Same in both languages but the punctuation. */
export function attributionLine(title: string, siteTitle: string, url: string, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `“${title}”，${siteTitle}（${url}），${CONTENT_LICENSE.name}。` : `“${title}”, ${siteTitle} (${url}), ${CONTENT_LICENSE.name}.`;
}

/**
 * attributionLine as HTML for a page that embeds a figure: the same words, with the figure's address and the license
 * as links. Its text (tags removed, entities decoded) is exactly attributionLine(title, siteTitle, url, lang).
 */
export function attributionHtml(title: string, siteTitle: string, url: string, lang: 'zh' | 'en'): string {
  const esc = escapeHtml;
  const link = `<a href="${esc(url)}">${esc(url)}</a>`;
  const license = `<a rel="license" href="${esc(CONTENT_LICENSE.url)}">${esc(CONTENT_LICENSE.name)}</a>`;
  return lang === 'zh' ? `“${esc(title)}”，${esc(siteTitle)}（${link}），${license}。` : `“${esc(title)}”, ${esc(siteTitle)} (${link}), ${license}.`;
}
