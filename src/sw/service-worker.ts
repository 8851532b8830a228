/**
 * The service worker: reading offline (issue 17 §2). Bundled by src/integrations/offline.mjs into `<base>sw.js`,
 * with the build's version, base and file list in place of __SW_CONFIG__. Hand-written (≈ 3 KB): it needs only
 * what is below, and runs under the site's strict Content-Security-Policy with no code from elsewhere.
 *
 * - One cache per site version, `scaling-laws:<base>:<version>`. Install fills it with the site's runtime (styles,
 *   scripts, fonts, icons, the offline pages); activate deletes the caches of older versions.
 * - Pages (navigations): network first, so a reader online always gets the current version; a page is saved only
 *   when it was built by this worker's version, so the cache never mixes old pages with new scripts. Offline, the
 *   saved page, else the offline page in the reader's language.
 * - `_astro/` files: cache first (their names are content hashes), in any version's cache of this site. Install saves
 *   the ones the page already downloaded from the browser's HTTP cache instead of downloading them again.
 * - No skipWaiting: a new version waits until no page of the old one is open, so an open page keeps the scripts
 *   it was built with.
 * - Saving never races a figure the reader woke: a page's `hold` message pauses new downloads until its `release`.
 */
import { cacheName, cachePrefix, isHashedAsset, langOf, langOfTag, pageKey, staleCaches, versionOf, type SwConfig } from './core';

declare const __SW_CONFIG__: SwConfig;

// The parts of the service worker API used here (the project's TypeScript library is the DOM's, not the worker's).
interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(r: Response | Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  location: Location;
  clients: { claim(): Promise<void>; matchAll(o: { type: 'window'; includeUncontrolled: boolean }): Promise<{ url: string }[]> };
  navigator: { language?: string };
  addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', fn: (e: FetchEvent) => void): void;
  addEventListener(type: 'message', fn: (e: ExtendableMessageEvent) => void): void;
}

const sw = self as unknown as WorkerScope;
const { version: VERSION, base: BASE, precache: PRECACHE, offline: OFFLINE } = __SW_CONFIG__;
const CACHE = cacheName(BASE, VERSION);
const at = (path: string) => new URL(path, new URL(BASE, sw.location.href)).href;

/** This site's caches, the current version's first. */
async function ourCaches(): Promise<Cache[]> {
  const names = (await caches.keys()).filter((n) => n.startsWith(cachePrefix(BASE)));
  names.sort((a, b) => (a === CACHE ? -1 : b === CACHE ? 1 : 0));
  return Promise.all(names.map((n) => caches.open(n)));
}

async function matchAny(key: string): Promise<Response | undefined> {
  for (const c of await ourCaches()) {
    const hit = await c.match(key);
    if (hit) return hit;
  }
  return undefined;
}

/** Saves a page response under `key` if it is a whole page of this version (not a redirect, not an error). */
async function savePage(key: string, res: Response): Promise<boolean> {
  if (!res.ok || res.redirected || res.type !== 'basic' || !(res.headers.get('content-type') ?? '').includes('text/html')) return false;
  if (versionOf(await res.clone().text()) !== VERSION) return false;
  await (await caches.open(CACHE)).put(key, res);
  return true;
}

async function fetchPage(url: string): Promise<boolean> {
  try {
    return await savePage(pageKey(url), await fetch(pageKey(url), { cache: 'no-cache' }));
  } catch {
    return false;
  }
}

/**
 * Saving the runtime shares the reader's connection with the page. While a page says a figure the reader woke is
 * fetching its code (`{ type: 'hold' }`, site.ts), no new download starts, until `{ type: 'release' }` or HOLD_MS.
 */
const HOLD_MS = 20_000;
let held: { released: Promise<void>; release: () => void } | null = null;
function hold(): void {
  if (held) return;
  let release = () => {};
  const released = new Promise<void>((r) => (release = r));
  const h = {
    released,
    release: () => {
      if (held === h) held = null;
      release();
    },
  };
  held = h;
  setTimeout(h.release, HOLD_MS);
  // The downloads under way stop too (they start again on release): each would keep a share of the connection.
  for (const c of downloads) c.abort();
}
const downloads = new Set<AbortController>();
/**
 * Downloads at a time while saving: enough to keep a slow link busy (its round trip times its rate is ~100 KB, the
 * files average ~9 KB), few enough that a hold stops most of the saving within a round trip.
 */
const PARALLEL = 8;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const queue = [...PRECACHE];
      const save = async (path: string): Promise<void> => {
        const url = at(path);
        // A content-hashed file an older version already saved is the same file.
        const hashed = isHashedAsset(new URL(url).pathname, BASE);
        const old = hashed ? await matchAny(url) : undefined;
        if (old) return cache.put(url, old);
        while (held) await held.released;
        const stop = new AbortController();
        downloads.add(stop);
        try {
          // A content-hashed file the page already downloaded comes from the browser's HTTP cache (the host may keep it a
          // year: dist/_headers), not from the network a second time; any other file is asked for again.
          const res = await fetch(url, { cache: hashed ? 'default' : 'no-cache', signal: stop.signal });
          if (!res.ok) throw new Error(`${url}: ${res.status}`);
          await cache.put(url, res);
        } catch (e) {
          if (!stop.signal.aborted) throw e;
          return save(path);
        } finally {
          downloads.delete(stop);
        }
      };
      await Promise.all(
        Array.from({ length: PARALLEL }, async () => {
          for (let path = queue.shift(); path !== undefined; path = queue.shift()) await save(path);
        }),
      );
      // Pages the reader saved with an older version, and the pages open now, are saved again in this version.
      const pages = new Set<string>();
      for (const c of await ourCaches()) {
        for (const req of await c.keys()) if (new URL(req.url).pathname.endsWith('/')) pages.add(req.url);
      }
      for (const client of await sw.clients.matchAll({ type: 'window', includeUncontrolled: true })) pages.add(pageKey(client.url));
      const precached = new Set(PRECACHE.map(at));
      await Promise.all([...pages].filter((p) => !precached.has(p) && new URL(p).pathname.startsWith(BASE)).map(fetchPage));
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(staleCaches(await caches.keys(), BASE, VERSION).map((n) => caches.delete(n)));
      await sw.clients.claim();
    })(),
  );
});

async function navigate(event: FetchEvent): Promise<Response> {
  const url = new URL(event.request.url);
  try {
    const res = await fetch(event.request);
    event.waitUntil(savePage(pageKey(url), res.clone()).catch(() => false));
    return res;
  } catch (err) {
    const saved = await matchAny(pageKey(url));
    if (saved) return saved;
    const lang = langOf(url.pathname, BASE, langOfTag(sw.navigator.language));
    const fallback = await matchAny(at(OFFLINE[lang]));
    if (fallback) return fallback;
    throw err;
  }
}

async function asset(event: FetchEvent): Promise<Response> {
  const hit = await matchAny(event.request.url);
  if (hit) return hit;
  const res = await fetch(event.request);
  if (res.ok && res.type === 'basic') {
    const copy = res.clone();
    event.waitUntil(caches.open(CACHE).then((c) => c.put(event.request.url, copy)));
  }
  return res;
}

/** Files saved on install whose names are not content hashes (theme script, icons): network first, then the cache. */
async function precached(event: FetchEvent): Promise<Response> {
  try {
    return await fetch(event.request);
  } catch (err) {
    const hit = await matchAny(event.request.url);
    if (hit) return hit;
    throw err;
  }
}

const PRECACHED = new Set(PRECACHE.map(at));

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || !url.pathname.startsWith(BASE)) return;
  if (request.mode === 'navigate') event.respondWith(navigate(event));
  else if (isHashedAsset(url.pathname, BASE)) event.respondWith(asset(event));
  else if (PRECACHED.has(url.origin + url.pathname)) event.respondWith(precached(event));
  // Anything else (the search index, link-preview images, downloads) goes to the network as usual.
});

/** A page asks to be saved once this worker is ready: `{ type: 'save-page', url, version }`, answered on the port. */
sw.addEventListener('message', (event) => {
  const data = event.data as { type?: string; url?: string; version?: string } | null;
  if (data?.type === 'hold') return hold();
  if (data?.type === 'release') return held?.release();
  const port = event.ports[0];
  if (data?.type !== 'save-page' || typeof data.url !== 'string' || !port) return;
  const url = data.url;
  event.waitUntil(
    (async () => {
      let saved = false;
      if (data.version === VERSION && new URL(url).pathname.startsWith(BASE)) {
        saved = !!(await (await caches.open(CACHE)).match(pageKey(url))) || (await fetchPage(url));
      }
      port.postMessage({ saved, version: VERSION });
    })(),
  );
});
