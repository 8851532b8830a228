import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { EMBED_MESSAGE_TYPE, embedPath, figurePath, splitEmbedQuery, withQuery } from '../../../src/lib/embed';
import { CONTENT_LICENSE } from '../../../src/lib/license';
import { attributionHtml, attributionLine, EMBED_HEIGHT, embedHeight, embedSnippet, escapeHtml } from '../../../src/lib/attribution';
import { isEmbedPath } from '../../../src/lib/security.mjs';
import citeEn from '../../../src/i18n/cite/en';
import citeZh from '../../../src/i18n/cite/zh';

const textOf = (html: string) => parseHTML(`<!doctype html><html><body><p>${html}</p></body></html>`).document.querySelector('p')!.textContent;

describe('embed page addresses', () => {
  it('sit under the figure page, with and without a sub-path, and are the paths the _headers rule frames', () => {
    expect(figurePath('/', 'en', 'isoflop')).toBe('/en/figures/isoflop/');
    expect(embedPath('/', 'en', 'isoflop')).toBe('/en/figures/isoflop/embed/');
    expect(embedPath('/scaling/', 'zh', 'mirage')).toBe('/scaling/zh/figures/mirage/embed/');
    expect(embedPath('/scaling', 'zh', 'mirage')).toBe('/scaling/zh/figures/mirage/embed/');
    for (const p of [embedPath('/', 'en', 'isoflop'), embedPath('/scaling/', 'zh', 'mirage'), `${embedPath('/', 'en', 'x')}index.html`]) {
      expect(isEmbedPath(p), p).toBe(true);
    }
    expect(isEmbedPath(figurePath('/', 'en', 'isoflop'))).toBe(false);
  });

  it('withQuery adds a query only when there is one', () => {
    expect(withQuery('/en/figures/a/', '')).toBe('/en/figures/a/');
    expect(withQuery('/en/figures/a/', new URLSearchParams({ c: '1e8', L: '5' }))).toBe('/en/figures/a/?c=1e8&L=5');
    expect(withQuery('/en/figures/a/', '?x=1')).toBe('/en/figures/a/?x=1');
  });
});

describe('splitEmbedQuery', () => {
  it('takes the page’s theme out of the figure’s state', () => {
    const r = splitEmbedQuery('?answerTokens=12&theme=dark&c=1e9');
    expect(r.theme).toBe('dark');
    expect(r.figure.toString()).toBe('answerTokens=12&c=1e9');
  });
  it('ignores a theme that is neither light nor dark, and still keeps it out of the figure’s state', () => {
    const r = splitEmbedQuery('theme=%3Cscript%3E&x=1');
    expect(r.theme).toBeUndefined();
    expect(r.figure.toString()).toBe('x=1');
    expect(splitEmbedQuery('').theme).toBeUndefined();
    expect(splitEmbedQuery('theme=light').theme).toBe('light');
  });
});

describe('embedHeight', () => {
  it('rounds the measured height up to 10 px within bounds, with a fallback', () => {
    expect(embedHeight(631.2)).toBe(640);
    expect(embedHeight(100)).toBe(EMBED_HEIGHT.min);
    expect(embedHeight(99999)).toBe(EMBED_HEIGHT.max);
    expect(embedHeight(undefined)).toBe(EMBED_HEIGHT.fallback);
    expect(embedHeight(Number.NaN)).toBe(EMBED_HEIGHT.fallback);
    expect(embedHeight(0)).toBe(EMBED_HEIGHT.fallback);
  });
});

describe('embedSnippet', () => {
  const src = 'https://example.org/scaling/en/figures/mirage/embed/?answerTokens=12&c=1e9';
  const page = 'https://example.org/scaling/en/figures/mirage/?answerTokens=12&c=1e9';
  const title = 'A "smooth" loss & <sudden> accuracy';
  const snippet = embedSnippet({ src, title, height: 640, attributionHtml: attributionHtml(title, 'Scaling Laws Explorer', page, citeEn) });
  const { document } = parseHTML(`<!doctype html><html><body>${snippet}</body></html>`);

  it('is an iframe with the embed URL, the title, lazy loading, full width and a height', () => {
    const iframe = document.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(src);
    expect(iframe.getAttribute('title')).toBe(title);
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('width')).toBe('100%');
    expect(iframe.getAttribute('height')).toBe('640');
    // Escaped in the markup itself, so it pastes safely into any page.
    expect(snippet).toContain('src="https://example.org/scaling/en/figures/mirage/embed/?answerTokens=12&amp;c=1e9"');
    expect(snippet).not.toContain('<sudden>');
  });

  it('is followed by the CC BY 4.0 attribution, in words equal to the exported files’ line, with links', () => {
    const p = document.querySelector('iframe + p, p')!;
    expect(p.textContent).toBe(attributionLine(title, 'Scaling Laws Explorer', page, citeEn));
    expect(p.querySelector(`a[rel="license"][href="${CONTENT_LICENSE.url}"]`)?.textContent).toBe('CC BY 4.0');
    expect(p.querySelector('a:not([rel])')?.getAttribute('href')).toBe(page);
  });
});

describe('attributionHtml', () => {
  it('reads exactly as attributionLine in both languages', () => {
    for (const frame of [citeZh, citeEn]) {
      const url = 'http://localhost/zh/figures/isoflop/?budgets=1e19%2C1e21&law=x';
      expect(textOf(attributionHtml('IsoFLOP <曲线>', '缩放定律探索', url, frame))).toBe(attributionLine('IsoFLOP <曲线>', '缩放定律探索', url, frame));
    }
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

it('the resize message type is namespaced to the site', () => {
  expect(EMBED_MESSAGE_TYPE).toBe('scaling-laws-explorer:resize');
});
