/**
 * Reading offline, on the page side (loaded by site.ts once the page has loaded and the browser is idle, so it costs
 * nothing before then): registers the service worker (src/sw/service-worker.ts, built to `<base>sw.js`), asks it to
 * save this page, and while the reader is offline shows the notice with the saved pages of this language.
 * `<html data-offline>` says how it went: "saved" once this page and the site's runtime are on the device.
 */
import { cachePrefix, listedPages, titleOf, type OfflineLang } from '../sw/core';

const root = document.documentElement;
const base = root.dataset.base || '/';
const lang: OfflineLang = root.dataset.lang === 'zh' ? 'zh' : 'en';

/** The saved pages of this language, with their titles, from this site's caches. */
async function savedPages(): Promise<{ path: string; title: string }[]> {
  const urls: string[] = [];
  const names = (await caches.keys()).filter((n) => n.startsWith(cachePrefix(base)));
  for (const name of names) for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
  const pages = [];
  for (const path of listedPages(urls, base, lang)) {
    const res = await caches.match(location.origin + path);
    pages.push({ path, title: (res && titleOf(await res.text())) || path });
  }
  return pages;
}

async function fillLists(): Promise<void> {
  const lists = document.querySelectorAll<HTMLUListElement>('[data-offline-list]');
  if (!lists.length || !('caches' in window)) return;
  const pages = await savedPages().catch(() => []);
  for (const list of lists) {
    list.replaceChildren(
      ...pages.map(({ path, title }) => {
        const li = document.createElement('li');
        const a = li.appendChild(document.createElement('a'));
        a.href = path;
        a.textContent = title;
        if (path === location.pathname) a.setAttribute('aria-current', 'page');
        return li;
      }),
    );
    const none = list.parentElement?.querySelector<HTMLElement>('[data-offline-none]');
    if (none) none.hidden = pages.length > 0;
  }
}

export function startOffline(): void {
  const offlinePage = document.querySelector<HTMLElement>('[data-offline-page]');
  const notice = document.querySelector<HTMLElement>('[data-offline-notice]');

  if (offlinePage) {
    // Shown in place of a page that is not saved: say so, and offer to try again.
    const missing = offlinePage.querySelector<HTMLElement>('[data-offline-missing]');
    if (missing) missing.hidden = location.pathname === offlinePage.dataset.offlinePage;
    offlinePage.querySelector('[data-offline-retry]')?.addEventListener('click', () => location.reload());
    void fillLists();
  } else if (notice) {
    const update = () => {
      notice.hidden = navigator.onLine;
      if (!navigator.onLine) void fillLists();
    };
    addEventListener('online', update);
    addEventListener('offline', update);
    update();
  }

  const sw = navigator.serviceWorker;
  void sw.register(`${base}sw.js`, { scope: base, updateViaCache: 'none' }).catch(() => {
    root.dataset.offline = 'unavailable';
  });
  if (offlinePage && location.pathname !== offlinePage.dataset.offlinePage) return;
  void sw.ready.then((reg) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e: MessageEvent<{ saved: boolean }>) => {
      root.dataset.offline = e.data.saved ? 'saved' : 'unsaved';
    };
    const version = document.querySelector<HTMLMetaElement>('meta[name="site-version"]')?.content;
    reg.active?.postMessage({ type: 'save-page', url: location.href, version }, [channel.port2]);
  });
}
