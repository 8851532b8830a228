// Reading offline (issue 17 §2), on the root build and the sub-path build (/scaling/), in both languages: after one
// visit a chapter and a figure page open and work with the network off, a page never visited shows the offline page
// in the reader's language with the saved pages, and a new site version clears the caches of the old one.
// Each test has its own browser context, so its own service worker and caches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { t } from '../../src/i18n';
import { holdPlot, hydrated, svg, type } from '../support/figure';
import { axeViolations, TAGS } from '../support/axe';
import { DIST, DIST_SUB, ownServer, PORT } from '../support/site';

const BUILDS = [
  { name: 'root build', origin: `http://localhost:${PORT}`, base: '/', dir: DIST },
  { name: 'sub-path build', origin: `http://localhost:${PORT + 1}`, base: '/scaling/', dir: DIST_SUB },
];

/** A fresh context (its own service worker and caches) and a page that records console and page errors. */
async function fresh(browser: Browser, origin: string, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ baseURL: origin, colorScheme, serviceWorkers: 'allow' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** axe-core over one part of the page (WCAG 2.2 AA, as tests/e2e/a11y.spec.ts): the list of violations. */
async function axe(page: Page, selector: string) {
  return axeViolations(page, { tags: TAGS }, { include: [selector] });
}

/** Waits until the service worker has the site's runtime and this page on the device (set by src/scripts/offline.ts). */
async function saved(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'saved', { timeout: 30_000 });
}

/**
 * After a navigation with the network off, tells the new document so. Chromium 150 (Debian's 150.0.7871.100) starts a
 * document loaded under Playwright's offline emulation with navigator.onLine true, where a browser that is really
 * offline says false (earlier Chromium did too: these tests passed as written); switching the emulation off and on
 * again fires the `online` and `offline` events a real network change fires, which the page listens to (site.ts).
 */
async function stillOffline(page: Page) {
  if (!(await page.evaluate(() => navigator.onLine))) return;
  await page.context().setOffline(false);
  await page.context().setOffline(true);
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
}

const siteVersion = (dir: string) => /<meta name="site-version" content="([^"]*)"/.exec(readFileSync(join(dir, 'en', 'index.html'), 'utf8'))![1];

for (const { name, origin, base } of BUILDS) {
  for (const lang of ['zh', 'en'] as const) {
    test(`${name}, ${lang}: a chapter and a figure page read before work offline; a page never read shows the offline page`, async ({ browser }) => {
      // One language in the dark theme, the other in the light, for the accessibility checks of the notice.
      const { context, page, errors } = await fresh(browser, origin, lang === 'zh' ? 'dark' : 'light');
      const chapter = `${base}${lang}/emergence/`;
      const figurePage = `${base}${lang}/figures/mirage/`;
      await page.goto(chapter);
      await saved(page);
      const chapterTitle = (await page.locator('h1').first().textContent())!.trim();
      await page.goto(figurePage);
      await saved(page);
      const figureTitle = (await page.title()).split(' · ')[0];
      // Online, no notice.
      await expect(page.locator('[data-offline-notice]')).toBeHidden();

      await context.setOffline(true);

      // The figure page, reloaded offline: the page, its styles and its figure's code come from the device.
      await page.reload();
      await stillOffline(page);
      await expect(page.locator('h1').first()).toHaveText(figureTitle);
      const notice = page.locator('[data-offline-notice]');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(t(lang, 'offline.notice'));
      const standalone = page.locator('#fig-mirage');
      const range = standalone.locator('input[type="range"][data-param="answerTokens"]');
      const before = await svg(standalone);
      await range.focus();
      await hydrated(standalone);
      await range.press('ArrowRight');
      await expect.poll(() => svg(standalone)).not.toBe(before);

      // The chapter, opened offline: the notice lists this language's saved pages (keyboard: Tab to the summary, Enter).
      await page.goto(chapter);
      await stillOffline(page);
      await expect(page.locator('h1').first()).toHaveText(chapterTitle);
      await expect(notice).toBeVisible();
      await notice.locator('summary').focus();
      await page.keyboard.press('Enter');
      const links = notice.locator('[data-offline-list] a');
      await expect(links).toHaveText([chapterTitle, figureTitle]);
      expect(await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual([chapter, figurePage]);
      expect(await axe(page, '.offline-notice')).toEqual([]);
      // …and its figures work: type into a text field, the plot changes.
      const figure = page.locator('#fig-mirage');
      const plot = await svg(figure);
      await type(figure, 'answerTokens', '20');
      await expect.poll(() => svg(figure)).not.toBe(plot);
      // A reload offline keeps working too.
      await page.reload();
      await expect(page.locator('h1').first()).toHaveText(chapterTitle);
      await expect(page.locator('link[rel="stylesheet"]').first()).toBeAttached();
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');

      // A page never opened: the offline page, in the reader's language, at the address asked for, not a browser error.
      const res = await page.goto(`${base}${lang}/kaplan/`);
      expect(res?.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe(`${base}${lang}/kaplan/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
      await expect(page.locator('h1')).toHaveText(t(lang, 'offline.title'));
      await expect(page.locator('[data-offline-missing]')).toContainText(t(lang, 'offline.missing'));
      await expect(page.locator('.offline-page [data-offline-list] a')).toHaveText([chapterTitle, figureTitle]);
      await expect(page.locator('[data-offline-notice]')).toBeHidden(); // the page itself says it
      const retry = page.getByRole('button', { name: t(lang, 'offline.retry') });
      await retry.focus();
      await expect(retry).toBeFocused();
      expect(await axe(page, 'main')).toEqual([]);
      // Following a listed link offline opens the saved page.
      await page.locator('.offline-page [data-offline-list] a').first().click();
      await page.waitForURL(`${origin}${chapter}`);
      await expect(page.locator('h1').first()).toHaveText(chapterTitle);

      expect(errors).toEqual([]);
      await context.close();
    });
  }

  test(`${name}: saving the site for offline waits while a figure the reader touched is fetching its code`, async ({ browser }) => {
    // Saving downloads the whole runtime (~0.5 MB), which on a slow phone network would share the connection with the
    // figure's code the reader is waiting for (site.ts). Plot, the largest part of a figure's wake, is held back here.
    const { context, page, errors } = await fresh(browser, origin);
    // The reader touches before the browser is next idle (when saving would start): on this fast local server that
    // moment comes a few milliseconds after load, before the test can touch, so idle callbacks come a second later here.
    await page.addInitScript(() => {
      const idle = window.requestIdleCallback.bind(window);
      window.requestIdleCallback = (fn, options) => idle(() => setTimeout(fn, 1000), options) as number;
    });
    const release = await holdPlot(page);
    await page.goto(`${base}en/kaplan/`);
    const figure = page.locator('#fig-kaplan-three-laws');
    await figure.locator('input[type="range"]').first().focus();
    await expect(figure).toHaveClass(/fig-loading/);
    // The page has loaded and been idle: with no figure waking, the worker would have registered by now.
    await page.waitForTimeout(2500);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
    release();
    await hydrated(figure);
    await saved(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  test(`${name}: a figure woken while the site is being saved holds the saving: no new download until its code has come`, async ({ browser }) => {
    // The usual order: saving starts at idle after load, and the reader wakes a figure a few seconds later, while the
    // worker is still downloading the runtime (~0.5 MB). On a slow phone network the two would share the connection.
    const { context, page, errors } = await fresh(browser, origin);
    // The worker's downloads, slowed so that saving lasts a few seconds on this local server.
    const started: number[] = [];
    context.on('request', (r) => {
      if (r.serviceWorker() && r.url().includes('/_astro/')) started.push(Date.now());
    });
    await context.route(/\/_astro\//, async (route) => {
      if (route.request().serviceWorker()) await new Promise((r) => setTimeout(r, 150));
      await route.continue();
    });
    const release = await holdPlot(page);
    await page.goto(`${base}en/kaplan/`);
    await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.installing), { timeout: 15000 }).toBe(true);
    await expect.poll(() => started.length).toBeGreaterThan(0);
    const figure = page.locator('#fig-kaplan-three-laws');
    await figure.locator('input[type="range"]').first().focus();
    await expect(figure).toHaveClass(/fig-loading/);
    // Downloads asked for before the hold reached the worker may still start; then none while Plot is held.
    await page.waitForTimeout(500);
    const atHold = started.length;
    await page.waitForTimeout(2000);
    expect(started.length).toBe(atHold);
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.installing)).toBe(true);
    // What was to be seen held is seen: the rest of the saving goes at the local server's speed (it took ~10 s slowed).
    await context.unroute(/\/_astro\//);
    release();
    await hydrated(figure);
    await saved(page);
    expect(started.length).toBeGreaterThan(atHold);
    expect(errors).toEqual([]);
    await context.close();
  });

  test(`${name}: caches are named after the site version; a new version deletes this site's older caches, and only those`, async ({ browser }) => {
    const { context, page } = await fresh(browser, origin);
    // Before the worker installs: an older version's cache of this site, and a cache that is not this site's.
    await context.addInitScript(
      ([old]) => {
        void caches.open(old).then((c) => c.put(`${location.origin}/old-entry`, new Response('old')));
        void caches.open('another-app').then((c) => c.put(`${location.origin}/other-entry`, new Response('other')));
      },
      [`scaling-laws:${base}:0.0.1+old`],
    );
    await page.goto(`${base}en/`);
    await saved(page);
    const version = siteVersion(BUILDS.find((b) => b.base === base)!.dir);
    expect((await page.evaluate(() => caches.keys())).sort()).toEqual(['another-app', `scaling-laws:${base}:${version}`].sort());
    // The runtime is cache-first from the current version's cache: every script, style and font the build made.
    const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), `scaling-laws:${base}:${version}`);
    expect(cached).toContain(`${base}en/`);
    expect(cached).toContain(`${base}zh/offline/`);
    expect(cached.filter((p) => p.startsWith(`${base}_astro/`) && p.endsWith('.js')).length).toBeGreaterThan(10);
    expect(cached.some((p) => p.endsWith('.woff2'))).toBe(true);
    expect(cached.some((p) => p.includes('/og/') || p.includes('/pagefind/'))).toBe(false);
    await context.close();
  });

  test(`${name}: the site can be installed: a manifest per language, under the base, with PNG and SVG icons`, async ({ page, request }) => {
    for (const lang of ['zh', 'en'] as const) {
      await page.goto(`${origin}${base}${lang}/`);
      const link = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(link).toBe(`${base}manifest-${lang}.webmanifest`);
      const res = await request.get(`${origin}${link}`);
      expect(res.headers()['content-type']).toContain('application/manifest+json');
      const manifest = await res.json();
      expect(manifest).toMatchObject({ lang: lang === 'zh' ? 'zh-CN' : 'en', start_url: `./${lang}/`, scope: './', display: 'standalone', name: t(lang, 'site.title') });
      const at = (src: string) => new URL(src, `${origin}${link}`).href;
      expect(new URL(at(manifest.start_url)).pathname).toBe(`${base}${lang}/`);
      for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
        const file = await request.get(at(icon.src));
        expect(file.status(), icon.src).toBe(200);
        expect(new URL(at(icon.src)).pathname.startsWith(base)).toBe(true);
        if (icon.type === 'image/png') {
          // PNG: width and height are the big-endian words at bytes 16 and 20 (the IHDR chunk).
          const png = await file.body();
          expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
        }
      }
      expect(manifest.icons.map((i: { sizes: string }) => i.sizes).sort()).toEqual(['192x192', '512x512', 'any']);
    }
  });
}

test('saving the site takes the hashed files the page already loaded from the browser cache: none reaches the server twice', async ({ browser }) => {
  // A server of its own, which prints every request it gets (scripts/serve.mjs --log): the only way to tell a file the
  // worker took from the HTTP cache from one it downloaded again (Playwright reports both as requests).
  const port = PORT + 8;
  const got: string[] = [];
  const server = await ownServer(port, ['--csp', '--log'], (line) => {
    if (line.startsWith('GET ')) got.push(line);
  });
  try {
    const { context, page, errors } = await fresh(browser, `http://localhost:${port}`);
    const loaded: string[] = [];
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/_astro/') && !r.fromServiceWorker()) loaded.push(path);
    });
    got.length = 0;
    await page.goto('/en/emergence/');
    await saved(page);
    const requests = got.map((l) => l.slice(4));
    const hashed = requests.filter((p) => p.startsWith('/_astro/'));
    const twice = hashed.filter((p, i) => hashed.indexOf(p) !== i);
    // The page's styles, fonts and scripts reached the server once, for the page; the worker saved them too.
    expect(loaded.length).toBeGreaterThan(2);
    expect(twice).toEqual([]);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      return (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)))).flat();
    });
    for (const path of new Set(loaded)) expect(cached, path).toContain(path);
    // And the rest of the runtime came from the network, once each.
    expect(hashed.length).toBeGreaterThan(new Set(loaded).size + 10);
    expect(errors).toEqual([]);
    await context.close();
  } finally {
    server.stop();
  }
});
