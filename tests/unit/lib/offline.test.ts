import { describe, expect, it } from 'vitest';
import { cacheName, isHashedAsset, langOf, langOfTag, listedPages, pageKey, precacheList, staleCaches, titleOf, versionOf } from '../../../src/sw/core';
import { webManifest } from '../../../src/integrations/offline.mjs';

const OFFLINE = { zh: 'zh/offline/', en: 'en/offline/' };

describe('caches', () => {
  it('are named after the base and the site version', () => {
    expect(cacheName('/', '0.1.0+abc1234')).toBe('scaling-laws:/:0.1.0+abc1234');
    expect(cacheName('/scaling/', '0.1.0+abc1234')).toBe('scaling-laws:/scaling/:0.1.0+abc1234');
  });

  it('a new version deletes its own site’s other versions only: not another site on the same host, nor other apps', () => {
    const names = ['scaling-laws:/:0.1.0+old', 'scaling-laws:/:0.2.0+new', 'scaling-laws:/scaling/:0.1.0+old', 'workbox-precache', 'other'];
    expect(staleCaches(names, '/', '0.2.0+new')).toEqual(['scaling-laws:/:0.1.0+old']);
    expect(staleCaches(names, '/scaling/', '0.2.0+new')).toEqual(['scaling-laws:/scaling/:0.1.0+old']);
    expect(staleCaches(['scaling-laws:/:0.2.0+new'], '/', '0.2.0+new')).toEqual([]);
  });
});

describe('versionOf', () => {
  it('reads the version a page was built by', () => {
    expect(versionOf('<head><meta charset="utf-8"><meta name="site-version" content="0.1.0+455016c"><title>x</title>')).toBe('0.1.0+455016c');
  });
  it('is null for a response that is not one of our pages', () => {
    expect(versionOf('<html><head><title>Proxy login</title></head></html>')).toBeNull();
  });
});

describe('pages and assets', () => {
  it('a page is saved under its address without query string or hash', () => {
    expect(pageKey('http://localhost:4321/scaling/en/kaplan/?kaplan-three-laws.n=1e9#eq-l-n')).toBe('http://localhost:4321/scaling/en/kaplan/');
  });

  it('only files under <base>_astro/ count as content-hashed', () => {
    expect(isHashedAsset('/scaling/_astro/plot.C9A5Vdtx.js', '/scaling/')).toBe(true);
    expect(isHashedAsset('/_astro/plot.C9A5Vdtx.js', '/scaling/')).toBe(false);
    expect(isHashedAsset('/scaling/theme-init.js', '/scaling/')).toBe(false);
  });

  it('the language of a page comes from its path, else from the reader’s language', () => {
    expect(langOf('/scaling/zh/kaplan/', '/scaling/', 'en')).toBe('zh');
    expect(langOf('/en/', '/', 'zh')).toBe('en');
    expect(langOf('/', '/', 'zh')).toBe('zh');
    expect(langOf('/scaling/zhx/', '/scaling/', 'en')).toBe('en');
    expect(langOfTag('zh-TW')).toBe('zh');
    expect(langOfTag('en-GB')).toBe('en');
    expect(langOfTag('fr')).toBe('en');
    expect(langOfTag(undefined)).toBe('en');
  });

  it('a saved page’s title drops the site name and decodes entities', () => {
    expect(titleOf('<title>Emergent abilities · Scaling Laws Explorer</title>')).toBe('Emergent abilities');
    expect(titleOf('<title>涌现能力 · 缩放定律探索</title>')).toBe('涌现能力');
    expect(titleOf('<title>Q &amp; A: &quot;Kaplan&quot; &#39;20 &#x3B1; · Scaling Laws Explorer</title>')).toBe('Q & A: "Kaplan" \'20 α');
    expect(titleOf('<title>Scaling Laws Explorer</title>')).toBe('Scaling Laws Explorer');
    expect(titleOf('<p>no title</p>')).toBeNull();
  });

  it('lists the saved pages of one language: home first, no offline page, no embed page, no assets, no duplicates', () => {
    const o = 'http://localhost:4551';
    const urls = [
      `${o}/scaling/_astro/plot.js`,
      `${o}/scaling/en/kaplan/`,
      `${o}/scaling/zh/kaplan/`,
      `${o}/scaling/en/offline/`,
      `${o}/scaling/en/figures/mirage/embed/`,
      `${o}/scaling/en/figures/mirage/`,
      `${o}/scaling/en/`,
      `${o}/scaling/en/kaplan/`,
      `${o}/scaling/`,
    ];
    expect(listedPages(urls, '/scaling/', 'en')).toEqual(['/scaling/en/', '/scaling/en/figures/mirage/', '/scaling/en/kaplan/']);
    expect(listedPages(urls, '/scaling/', 'zh')).toEqual(['/scaling/zh/kaplan/']);
  });
});

describe('precacheList', () => {
  it('takes the runtime (scripts, styles, WOFF2 fonts), icons, manifests and the offline pages; not pages, search, previews or other font formats', () => {
    const files = [
      '_astro/plot.C9A5Vdtx.js',
      '_astro/_slug_.XQC7uNDQ.css',
      '_astro/KaTeX_Main-Regular.B22Nviop.woff2',
      '_astro/KaTeX_Main-Regular.abc.woff',
      '_astro/KaTeX_Main-Regular.abc.ttf',
      'en/kaplan/index.html',
      'en/offline/index.html',
      'pagefind/pagefind.js',
      'og/en/home.png',
      'icons/icon-192.png',
      'manifest-en.webmanifest',
      'favicon.svg',
      'theme-init.js',
      'sw.js',
      '_headers',
    ];
    expect(precacheList(files, OFFLINE)).toEqual([
      '_astro/KaTeX_Main-Regular.B22Nviop.woff2',
      '_astro/_slug_.XQC7uNDQ.css',
      '_astro/plot.C9A5Vdtx.js',
      'favicon.svg',
      'icons/icon-192.png',
      'manifest-en.webmanifest',
      'theme-init.js',
      'zh/offline/',
      'en/offline/',
    ]);
  });
});

describe('webManifest', () => {
  it('is relative to where it is served (the base), starts at the language’s home and names the icons', () => {
    const m = webManifest('zh', { name: '缩放定律探索', shortName: '缩放定律', description: 'x' });
    expect(m).toMatchObject({ id: './', lang: 'zh-CN', start_url: './zh/', scope: './', display: 'standalone' });
    for (const icon of m.icons) expect(icon.src).not.toMatch(/^\//);
    expect(m.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512', 'any']);
  });
});
