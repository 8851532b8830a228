import type { Lang } from '../i18n';

/**
 * Joins the site's base path (e.g. `/` or `/scaling/`, from SITE_BASE) with a site-relative path.
 * Every internal link goes through here so the site works under a sub-path.
 *   withBase('/scaling/', 'en/kaplan/') → '/scaling/en/kaplan/'
 */
export function withBase(base: string, path = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** The base path Astro was built with (`import.meta.env.BASE_URL`), always ending in `/`. */
export function siteBase(): string {
  const b = import.meta.env.BASE_URL ?? '/';
  return b.endsWith('/') ? b : `${b}/`;
}

/** Site-relative link in this build: `href('en/kaplan/')` → `/scaling/en/kaplan/` under SITE_BASE=/scaling/. */
export function href(path = ''): string {
  return withBase(siteBase(), path);
}

/**
 * The same page in the other language: swaps the language segment right after the base.
 *   twinPath('/scaling/', '/scaling/zh/kaplan/', 'en') → '/scaling/en/kaplan/'
 * Query and hash are carried over by the client script (see scripts/site.ts) because they exist only in the browser.
 */
export function twinPath(base: string, pathname: string, target: Lang): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  const m = /^(zh|en)(\/.*)?$/.exec(rest);
  if (!m) return `${b}${target}/`;
  return `${b}${target}${m[2] ?? '/'}`;
}

/** Absolute URL for canonical and social links: SITE_URL origin + base + path. */
export function absoluteUrl(site: URL | string | undefined, pathWithBase: string): string {
  const origin = site ? new URL(String(site)).origin : 'http://localhost:4321';
  return new URL(pathWithBase, origin).href;
}
