import { test as base, type CDPSession, type Page } from '@playwright/test';
import { PORT } from './site';

// A `page` that lives as long as the worker: each test gets the same tab, cleaned, instead of a new browser context.
//
// Why: on this 2-core machine a new context and its first page load cost far more than the load itself. Measured
// 2026-12-04 (20 figure pages, each loaded, left to go network-idle and reloaded): a new context for each took 36–38 s
// and ~73 CPU-seconds (a third of it kernel time, for the renderer process each new context starts); the same 20 pages
// in one tab 19 s and ~20 CPU-seconds, most of that waiting for the network to go idle. The suite is CPU-bound on 2
// cores, so that is what the tests wait for: the accessibility pass over 52 figure pages went from 180 s to 78 s.
//
// What is reset before each test, so that it starts as in a new context: the page (about:blank), the listeners the last
// test added, its routes, the pointer position, the viewport and colour scheme (from the test's options), the emulated media, and the cookies
// and storage of both test servers (the site stores the reader's theme and language), and the HTTP cache setting.
// The HTTP cache is left on, as in a reader's browser. The test server (scripts/serve.mjs) sends what dist/_headers asks
// a host to send: the content-hashed files under _astro/ may be kept a year (`immutable`), every other file `no-cache`
// without validators, so pages, the service worker and the search index are downloaded whole on every load. A later
// page in the same tab takes the scripts, styles and fonts it shares with an earlier one from the cache (and V8 the
// scripts' compiled code), as a reader's browser does; Playwright still reports each as a request, so a test that lists
// which files a page asked for reads the same list. The whole e2e pass took 479 s against 547 s with every file
// `no-cache` (2026-12-07, one run each in comparable hours; 27 slider and tip tests: 43.9 and 40.5 s against 45.9 and
// 43.6 s, alternating). Turning the cache off through CDP (Network.setCacheDisabled) costs time too: three alternating
// pairs of runs of the accessibility pass over 92 figure and embed pages took 79, 64 and 56 s with it on (then all
// `no-cache`) against 86, 78 and 69 s with it off (2026-12-06).
// A spec that counts what a first visit downloads (bytes, which chunks a figure fetches) turns it off with
// `test.use({ httpCache: false })`, so its counts are a first visit's.
// What a test here may not use: context options other than `viewport` and `colorScheme`, and init scripts
// (`addInitScript` cannot be undone): such a test makes its own context with `browser.newContext()`.
// A test that fails ends its worker (Playwright's rule), so a broken tab never reaches the next test.
interface Tab {
  page: Page;
  cdp: CDPSession;
  /** Whether the tab's HTTP cache is on now (Chromium's default), so a test with the same setting sends nothing. */
  httpCache: boolean;
}

/** The two servers of playwright.config.ts: the site at / and the site under /scaling/. */
const ORIGINS = [PORT, PORT + 1].map((port) => `http://localhost:${port}`);

export const test = base.extend<{ httpCache: boolean }, { workerTab: Tab }>({
  httpCache: [true, { option: true }],
  workerTab: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await use({ page, cdp, httpCache: true });
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ workerTab: tab, viewport, colorScheme, httpCache }, use) => {
    const { page, cdp } = tab;
    // The last test may have left a navigation under way (a link it clicked, a redirect); it can cut this one short
    // ("interrupted by another navigation"): let it finish, then leave.
    for (let tries = 1; ; tries++) {
      try {
        await page.goto('about:blank');
        break;
      } catch (e) {
        if (tries === 3 || !/interrupted by another navigation/.test(String(e))) throw e;
        await page.waitForLoadState('load').catch(() => {});
      }
    }
    if (tab.httpCache !== httpCache) {
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: !httpCache });
      tab.httpCache = httpCache;
    }
    await page.context().clearCookies();
    for (const origin of ORIGINS) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'local_storage,indexeddb,cache_storage' });
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    // The pointer where a new tab has it: no hover left over from the last test.
    await page.mouse.move(0, 0);
    if (viewport) await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: colorScheme ?? 'light', media: null, reducedMotion: null, forcedColors: null });
    await use(page);
    for (const event of ['console', 'pageerror', 'request', 'response', 'requestfinished', 'requestfailed', 'dialog', 'popup', 'download'] as const) {
      page.removeAllListeners(event);
    }
    // sessionStorage belongs to the tab and the origin last shown: clear it there, before leaving.
    await page
      .evaluate(() => {
        try {
          sessionStorage.clear();
        } catch {
          /* about:blank has none */
        }
      })
      .catch(() => {
        /* the page closed or crashed in a failed test: Playwright ends this worker anyway */
      });
  },
});

export { expect } from '@playwright/test';
