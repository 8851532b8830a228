/**
 * Reading offline, on the page (loaded by site.ts only while the reader is offline, or on the offline page): shows the
 * notice, and fills the lists of the saved pages of this language from the service worker's caches.
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
  if (!lists.length) return;
  const pages = 'caches' in window ? await savedPages().catch(() => []) : [];
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

let started = false;

export function showOffline(): void {
  if (started) return;
  started = true;
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
}
