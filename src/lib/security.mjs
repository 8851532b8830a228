// The site's security policy, in one place: the <meta> Content-Security-Policy every built page carries, the HTTP headers
// a static host should add, with how long browsers may keep each file (written to dist/_headers by
// src/integrations/security-headers.mjs, in the format Netlify and Cloudflare Pages read), and the headers
// scripts/serve.mjs sends. README shows the same rules for nginx.
//
// A <meta> policy cannot carry `frame-ancestors` (nor report-uri or sandbox: CSP Level 3 §6.1 and §4.2), so framing is
// ruled by the header alone: embed pages (/<lang>/figures/<id>/embed/) may be framed by any site, every other page only
// by the site itself.

/** The policy's directives. No inline script anywhere ('unsafe-inline' only for style attributes Plot writes). */
export const CSP_DIRECTIVES = Object.freeze({
  'default-src': ["'self'"],
  // Pagefind's search index is WebAssembly.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
});

/** Headers every response gets, whatever its type. */
export const SECURITY_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  // The site makes no request to another host; a reader who follows a link to a paper sends no address of ours either.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
});

const join = (directives) =>
  Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

/**
 * How long a browser may keep a file without asking again. Everything under `_astro/` is named by a hash of its content
 * (Vite's output, isHashedAsset below; the service worker's cache relies on it too), so a changed file is a new name:
 * a year, without revalidation, as Astro's guide advises for that folder ("Static assets and caching"). Pages, the
 * service worker, the manifests and the search index keep their names across versions: asked again on every use.
 */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/**
 * True for files Vite names after their content (`<base>_astro/…`): the same address never changes content. The
 * service worker reads it too (src/sw/core.ts).
 * @param {string} pathname
 * @param {string} base
 */
export function isHashedAsset(pathname, base) {
  return pathname.startsWith(`${base}_astro/`);
}

/**
 * The Cache-Control for a URL path (with the site's base, e.g. "/scaling/_astro/plot.Ab12Cd34.js").
 * @param {string} path
 * @param {string} [base]
 */
export function cacheControlFor(path, base = '/') {
  return isHashedAsset(path, base) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/** True for an embed page's path (with or without the site's base and index.html). */
export function isEmbedPath(path) {
  return /\/figures\/[^/]+\/embed\/(index\.html)?$/.test(path);
}

/** The policy as a <meta http-equiv> can carry it: everything but frame-ancestors. */
export function cspMeta() {
  return join(CSP_DIRECTIVES);
}

/** The full policy for an HTTP header: embed pages may be framed anywhere, other pages only by the site itself. */
export function cspHeader({ frameable = false } = {}) {
  return `${join(CSP_DIRECTIVES)}; frame-ancestors ${frameable ? '*' : "'self'"}`;
}

/**
 * Every header a response for `path` should carry (an HTML page gets the policy; other files only SECURITY_HEADERS).
 * @param {string} path
 * @param {{ html?: boolean }} [options]
 * @returns {Record<string, string>}
 */
export function headersFor(path, { html = true } = {}) {
  return html ? { ...SECURITY_HEADERS, 'Content-Security-Policy': cspHeader({ frameable: isEmbedPath(path) }) } : { ...SECURITY_HEADERS };
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages): one rule for all files with the headers that never differ, one for the
 * content-hashed files with their year-long Cache-Control, then one rule per HTML page with its Content-Security-Policy.
 * Pages get exact paths, never overlapping wildcards, because both hosts join the values of a header set by two
 * matching rules, and two policies are both enforced: an embed page under a `/*` rule with frame-ancestors 'self' could
 * never be framed. (The `_astro/*` rule overlaps `/*` but sets no header that one sets.)
 * @param {string[]} pages the pages' URL paths, including the base, e.g. "/scaling/en/kaplan/"
 * @param {string} base the site's base path, e.g. "/" or "/scaling/"
 */
export function headersFile(pages, base = '/') {
  const block = (path, headers) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  // Cache-Control on the hashed files only: the other files get the host's default (asked again, or kept briefly).
  const rules = [block(`${base}*`, SECURITY_HEADERS), block(`${base}_astro/*`, { 'Cache-Control': CACHE_IMMUTABLE })];
  for (const page of [...pages].sort()) {
    rules.push(block(page, { 'Content-Security-Policy': cspHeader({ frameable: isEmbedPath(page) }) }));
  }
  return `# Generated by src/integrations/security-headers.mjs at build time: do not edit.\n${rules.join('\n\n')}\n`;
}
