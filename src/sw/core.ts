/**
 * Pure helpers of the offline support, shared by the service worker (src/sw/service-worker.ts, bundled into
 * `<base>sw.js` by src/integrations/offline.mjs), the page script that lists saved pages (src/scripts/offline.ts)
 * and the build integration. No DOM, no service worker API: unit-tested in tests/unit/lib/offline.test.ts.
 */

export type OfflineLang = 'zh' | 'en';

/** What the build writes into the service worker. */
export interface SwConfig {
  /** The site version (package version + git commit), as in `<meta name="site-version">`. */
  version: string;
  /** The site's base path, e.g. `/` or `/scaling/`. */
  base: string;
  /** Files fetched on install, relative to the base (`_astro/plot.abc123.js`, `zh/offline/`). */
  precache: string[];
  /** The offline page of each language, relative to the base. */
  offline: Record<OfflineLang, string>;
}

/** Every cache of this site starts with this; the part after it is the site version. */
export function cachePrefix(base: string): string {
  return `scaling-laws:${base}:`;
}

/** The cache of one site version. */
export function cacheName(base: string, version: string): string {
  return cachePrefix(base) + version;
}

/** Caches of this site (same base) other than the current version's: deleted when a new version activates. */
export function staleCaches(names: readonly string[], base: string, version: string): string[] {
  const prefix = cachePrefix(base);
  const current = cacheName(base, version);
  return names.filter((n) => n.startsWith(prefix) && n !== current);
}

/** The version a built page was made by, from its `<meta name="site-version">`; null when it has none. */
export function versionOf(html: string): string | null {
  const m = /<meta\s+name="site-version"\s+content="([^"]*)"/i.exec(html);
  return m ? m[1] : null;
}

/** The key a page is saved under: its address without query string or hash (figure state lives in the query). */
export function pageKey(url: string | URL): string {
  const u = new URL(String(url));
  return u.origin + u.pathname;
}

// Which files are named after their content: one rule for the worker, the site's headers and the test server.
export { isHashedAsset } from '../lib/security.mjs';

/** The language of a page from its path (`/scaling/zh/kaplan/` → zh), or `fallback` outside the language folders. */
export function langOf(pathname: string, base: string, fallback: OfflineLang): OfflineLang {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  const m = /^(zh|en)(\/|$)/.exec(rest);
  return m ? (m[1] as OfflineLang) : fallback;
}

/** The reader's language from a language tag such as `navigator.language` (zh-CN, zh-TW, zh → zh; others → en). */
export function langOfTag(tag: string | undefined): OfflineLang {
  return tag && /^zh\b/i.test(tag) ? 'zh' : 'en';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** A page's title from its HTML, without the site name (`Emergent abilities · Scaling Laws Explorer` → `Emergent abilities`). */
export function titleOf(html: string): string | null {
  const m = /<title>([^<]*)<\/title>/i.exec(html);
  if (!m) return null;
  const text = m[1]
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&([a-z]+);/gi, (e, name: string) => ENTITIES[name.toLowerCase()] ?? e)
    .trim();
  const cut = text.lastIndexOf(' · ');
  return cut > 0 ? text.slice(0, cut) : text;
}

/**
 * The saved pages worth listing to a reader of `lang`, from the addresses in the cache: that language's pages only,
 * not the offline pages themselves nor embed pages (made for other sites' frames); the language's home first, then by
 * address.
 */
export function listedPages(urls: readonly string[], base: string, lang: OfflineLang): string[] {
  const home = `${base}${lang}/`;
  const paths = new Set<string>();
  for (const u of urls) {
    const path = new URL(u).pathname;
    if (!path.startsWith(home) || !path.endsWith('/')) continue;
    if (path === `${home}offline/` || /\/embed\/$/.test(path)) continue;
    paths.add(path);
  }
  return [...paths].sort((a, b) => (a === home ? -1 : b === home ? 1 : a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The files a reader needs to read any page offline once it is saved, from the built site's files (paths relative to
 * the output folder, `/`-separated): the styles, scripts and fonts Vite wrote to `_astro/` (WOFF2 only: every browser
 * with service workers reads it, so KaTeX's WOFF and TTF copies are never fetched), the theme script, the icons and
 * manifests, and each language's offline page. Not the pages themselves (saved as they are read), the search index,
 * nor the link-preview images.
 */
export function precacheList(files: readonly string[], offline: Record<OfflineLang, string>): string[] {
  const keep = (f: string) =>
    /^_astro\/[^/]+\.(js|css|woff2)$/.test(f) || f === 'theme-init.js' || f === 'favicon.svg' || /^icons\/[^/]+\.png$/.test(f) || /^manifest(-[a-z]+)?\.webmanifest$/.test(f);
  return [...files.filter(keep).sort(), offline.zh, offline.en];
}
