/**
 * The only script every page loads (a few hundred bytes gzip). It must stay tiny: the budget for JavaScript
 * before a reader touches a figure is 10 KB gzip per page (DESIGN.md "Budgets").
 */
const root = document.documentElement;

function setTheme(theme: 'light' | 'dark'): void {
  root.setAttribute('data-theme', theme);
  try {
    localStorage.setItem('theme', theme);
  } catch {
    /* storage may be disabled; the toggle still works for this page */
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.addEventListener('click', () => setTheme(root.getAttribute('data-theme') === 'dark' ? 'light' : 'dark'));
}

// The language switch lands on the same page with the same query string and hash (figure state lives there).
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
  const update = () => {
    const url = new URL(link.href, location.href);
    url.search = location.search;
    url.hash = location.hash;
    link.href = url.href;
  };
  link.addEventListener('pointerdown', update);
  link.addEventListener('focus', update);
  link.addEventListener('click', () => {
    update();
    try {
      localStorage.setItem('lang', root.dataset.lang === 'zh' ? 'en' : 'zh');
    } catch {
      /* ignore */
    }
  });
}

// Remember the language being read, for the root page's redirect.
try {
  if (root.dataset.lang) localStorage.setItem('lang', root.dataset.lang);
} catch {
  /* ignore */
}

// Search: the Pagefind code and index load only when the reader opens search (focus, or the `/` key).
const searchForm = document.querySelector<HTMLFormElement>('[data-search]');
if (searchForm) {
  let started = false;
  const start = (focus: boolean) => {
    if (started) return;
    started = true;
    void import('./search').then((m) => m.setupSearch(searchForm, focus));
  };
  searchForm.querySelector('input')?.addEventListener('focus', () => start(false), { once: true });
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t.closest('input, textarea, select, [contenteditable]')) return;
    e.preventDefault();
    if (started) searchForm.querySelector('input')?.focus();
    else start(true);
  });
}

// An embed page tells the frame around it how tall it is (its own small chunk).
if (root.hasAttribute('data-embed')) {
  void import('./embed').then((m) => m.startEmbed());
}

// Reading offline: once the page has loaded and the browser is idle (so saving the site's runtime on the device never
// competes with the page), register the service worker (src/sw/service-worker.ts, built to <base>sw.js) and ask it to
// save this page; <html data-offline="saved"> once the page and the runtime are on the device. The notice and the list
// of saved pages (scripts/offline.ts) load only while the reader is offline, or on the offline page. Not in a frame (a
// figure embedded in another site) and not in development.
if (import.meta.env.PROD && 'serviceWorker' in navigator && window === window.top) {
  const sw = navigator.serviceWorker;
  const base = root.dataset.base || '/';
  const offlinePage = document.querySelector<HTMLElement>('[data-offline-page]');
  const notice = () => void import('./offline').then((m) => m.showOffline());
  /** A figure fetching its code (touched, or scrolled near; figure-loader.ts marks it .fig-loading). */
  const figureWaking = () => !!document.querySelector('[data-figure].fig-loading');
  const start = () => {
    sw.register(`${base}sw.js`, { scope: base, updateViaCache: 'none' })
      .then((reg) => {
        // A browser that blocks workers (a test harness can) resolves without a registration.
        if (!reg) return;
        // While the worker saves the runtime and a figure the reader woke later is fetching its code, the worker starts
        // no new download (service-worker.ts, hold/release): the reader's figure has the connection to itself.
        let loading = false;
        const watch = () => {
          const now = figureWaking();
          if (now === loading) return;
          loading = now;
          reg.installing?.postMessage({ type: now ? 'hold' : 'release' });
        };
        const figures = new MutationObserver(watch);
        figures.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
        void sw.ready.then(() => figures.disconnect());
      })
      .catch(() => (root.dataset.offline = 'unavailable'));
    // The offline page shown in place of a page that is not saved must not be saved under that page's address.
    if (!offlinePage || location.pathname === offlinePage.dataset.offlinePage) {
      void sw.ready.then((reg) => {
        const { port1, port2 } = new MessageChannel();
        port1.onmessage = (e: MessageEvent<{ saved: boolean }>) => (root.dataset.offline = e.data.saved ? 'saved' : 'unsaved');
        const version = document.querySelector<HTMLMetaElement>('meta[name="site-version"]')?.content;
        reg.active?.postMessage({ type: 'save-page', url: location.href, version }, [port2]);
      });
    }
  };
  const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 200));
  // Saving the runtime downloads ~0.5 MB, which shares the reader's connection: never while a figure is fetching its code
  // (touched, or scrolled near; figure-loader.ts marks it .fig-loading), which on a slow phone network would wait for both.
  // Looked at again every second; after 20 s (a download that hangs) saving starts anyway.
  let waited = 0;
  const startWhenQuiet = () => {
    if (figureWaking() && waited++ < 20) setTimeout(() => idle(startWhenQuiet), 1000);
    else start();
  };
  addEventListener('load', () => idle(startWhenQuiet), { once: true });
  if (offlinePage || !navigator.onLine) notice();
  addEventListener('offline', notice);
}
