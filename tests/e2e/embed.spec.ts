import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { Frame, Locator, Page } from '@playwright/test';
import { expect, test } from '../support/reused-page';
import { EMBED_MESSAGE_TYPE } from '../../src/lib/embed';
import { cspMeta } from '../../src/lib/security.mjs';
import { hydrated } from '../support/figure';
import { DIST, DIST_SUB, PORT } from '../support/site';

// Counts what a first visit downloads: HTTP cache off (tests/support/reused-page.ts).
test.use({ httpCache: false });

// Embeddable figures (README "Embedding a figure"): /<lang>/figures/<id>/embed/ in another site's <iframe>, in both
// builds (dist/ at /, dist-sub/ under /scaling/, each served with the strict policy and its headers).
const BUILDS = [
  { dir: DIST, base: '/', origin: `http://localhost:${PORT}` },
  { dir: DIST_SUB, base: '/scaling/', origin: `http://localhost:${PORT + 1}` },
];

/**
 * Another site: a different origin (127.0.0.1 on another port) serving one page. A real server, not a routed request:
 * Chromium's local-network checks block a page it takes for public from framing localhost.
 * Each test has its own port (PORT + 7 is security.spec's plain server).
 */
const HOST_PORTS = { '/': PORT + 4, '/scaling/': PORT + 5, snippet: PORT + 6 } as const;

/** The resize listener of README "Embedding a figure", plus a log the test reads. */
const LISTENER = `
window.__messages = [];
window.addEventListener('message', (event) => {
  const m = event.data;
  if (!m || m.type !== '${EMBED_MESSAGE_TYPE}') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    frame.style.height = m.height + 'px';
    window.__messages.push({ frame: frame.id, id: m.id, height: m.height, origin: event.origin });
  }
});`;

/** Host servers of the running test, stopped after it whatever happens (a retry reuses the port). */
const hostServers: ReturnType<typeof createServer>[] = [];
test.afterEach(async () => {
  for (const server of hostServers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

/** Serves `html` as the host site's page on `port` and opens it. */
async function openHost(page: Page, port: number, html: string): Promise<void> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  hostServers.push(server);
  await page.goto(`http://127.0.0.1:${port}/host.html`);
}

const hostPage = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title></head>
<body style="margin:0;background:#eee"><h1 id="host-h1">Someone else’s article</h1>${body}<p id="host-after">After the figures.</p>
<script>${LISTENER}</script></body></html>`;

/** The plot's markup with generated ids removed. */
async function plot(figure: Locator): Promise<string> {
  return (await figure.locator('[data-plot]').innerHTML()).replace(/\b(id|href)="#?[^"]*"/g, '').replace(/url\(#[^)]*\)/g, '');
}

/** The frame whose URL contains `part`. */
function frameOf(page: Page, part: string): Frame {
  const frame = page.frames().find((f) => f.url().includes(part));
  if (!frame) throw new Error(`no frame ${part}`);
  return frame;
}

/** Height of the frame's content, and of the <iframe> element showing it. */
async function heights(page: Page, iframeId: string, part: string) {
  const content = await frameOf(page, part).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const box = await page.locator(`#${iframeId}`).evaluate((f) => (f as HTMLIFrameElement).clientHeight);
  return { content, box };
}

/** Collects console errors, page errors and requests to any host but the site's servers and the test's host page. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) problems.push(`request to another host: ${r.url()}`);
  });
  return problems;
}

for (const { base, origin } of BUILDS) {
  test(`${base}: two embedded figures (en and zh, different states) render, size their frames, stay interactive and leave each other and the host alone`, async ({ page }) => {
    test.setTimeout(90_000);
    const problems = watch(page);
    const srcA = `${origin}${base}en/figures/mirage/embed/?answerTokens=12`;
    const srcB = `${origin}${base}zh/figures/critical-batch/embed/?loss=2.5&theme=dark`;
    await openHost(
      page,
      HOST_PORTS[base as '/' | '/scaling/'],
      hostPage(`
<iframe id="a" src="${srcA}" title="Mirage" width="100%" height="300" style="border:0;display:block"></iframe>
<iframe id="b" src="${srcB}" title="Critical batch" width="100%" height="300" style="border:0;display:block"></iframe>`),
    );
    const mainNavigations: string[] = [];
    page.on('framenavigated', (f) => f === page.mainFrame() && mainNavigations.push(f.url()));
    const hostBefore = await page.evaluate(() => ({
      title: document.title,
      url: location.href,
      h1: document.querySelector('h1')!.textContent,
      nodes: document.querySelectorAll('*').length,
    }));

    // Both render, in their language, with the state from their URL (the island replaced the build's default picture).
    const a = page.frameLocator('#a').locator('#fig-mirage');
    const b = page.frameLocator('#b').locator('#fig-critical-batch');
    await hydrated(a);
    await hydrated(b);
    await expect(a.locator('[data-plot] svg').first()).toBeVisible();
    await expect(b.locator('[data-plot] svg').first()).toBeVisible();
    await expect(a.locator('input.ctl-text[data-param="answerTokens"]')).toHaveValue('12');
    await expect(b.locator('input.ctl-text[data-param="loss"]')).toHaveValue('2.5');
    // The picture's text alternative names the state shown, not the build's defaults.
    await expect(a.locator('[data-plot]')).toHaveAttribute('aria-label', /Answer length L: 12;/);
    await expect(b.locator('[data-plot]')).toHaveAttribute('aria-label', /损失 L: 2\.5/);
    expect(await frameOf(page, 'mirage/embed').evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await frameOf(page, 'critical-batch/embed').evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await expect(a.locator('.fig-embed-source')).toContainText('Source: ');
    await expect(b.locator('.fig-embed-source')).toContainText('来源：');
    // `theme` belongs to the page: no "ignored parameter" notice, and it stays in the frame's URL.
    await expect(b.locator('.fig-notice')).toHaveCount(0);
    expect(await frameOf(page, 'critical-batch/embed').evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await frameOf(page, 'mirage/embed').evaluate(() => document.documentElement.dataset.theme)).toBe('light');

    // No header, footer or navigation in a frame; a link back to the figure's own page with the same settings.
    for (const part of ['mirage/embed', 'critical-batch/embed']) {
      expect(await frameOf(page, part).evaluate(() => document.querySelectorAll('header, footer, nav, .site-header, .site-footer').length)).toBe(0);
    }
    const back = (f: Locator) => f.locator('.fig-embed-foot a.fig-elsewhere');
    await expect(back(a)).toHaveAttribute('href', `${base}en/figures/mirage/?answerTokens=12`);
    await expect(back(a)).toHaveAttribute('target', '_blank');
    await expect(b.locator('.fig-embed-foot a[rel~="license"]')).toHaveText(/CC BY 4\.0/);

    // Each frame tells the host its height; the host's listener sizes the frame to its content (no inner scrollbar).
    await expect
      .poll(
        async () => {
          const h = await heights(page, 'a', 'mirage/embed');
          return h.box === h.content && h.box > 300;
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await expect
      .poll(
        async () => {
          const h = await heights(page, 'b', 'critical-batch/embed');
          return h.box === h.content && h.box > 300;
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    const messages = await page.evaluate(() => (window as unknown as { __messages: { frame: string; id: string; height: number; origin: string }[] }).__messages);
    expect(messages.find((m) => m.frame === 'a')).toMatchObject({ id: 'mirage', origin });
    expect(messages.find((m) => m.frame === 'b')).toMatchObject({ id: 'critical-batch', origin });
    const hA = await heights(page, 'a', 'mirage/embed');
    const hB = await heights(page, 'b', 'critical-batch/embed');
    expect(hA.box).not.toBe(hB.box);
    for (const part of ['mirage/embed', 'critical-batch/embed']) {
      expect(await frameOf(page, part).evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight)).toBeLessThanOrEqual(0);
    }

    // Content grows (the data table opens): the frame grows with it; the other frame keeps its height.
    await a.locator('.fig-data summary').click();
    await expect.poll(async () => (await heights(page, 'a', 'mirage/embed')).box, { timeout: 10_000 }).toBeGreaterThan(hA.box + 100);
    expect((await heights(page, 'a', 'mirage/embed')).box).toBe((await heights(page, 'a', 'mirage/embed')).content);
    expect((await heights(page, 'b', 'critical-batch/embed')).box).toBe(hB.box);

    // Keyboard: from the text field, Shift+Tab reaches the slider, → moves it: frame B's figure changes, A's does not.
    const pictureA = await plot(a);
    const pictureB = await plot(b);
    const field = b.locator('input.ctl-text[data-param="batch"]');
    const slider = b.locator('input[type="range"][data-param="batch"]');
    // Frame A has just grown, which moves frame B down the host page: click once B's field holds still (a click that
    // lands while the frame moves misses the field, and Shift+Tab then starts from elsewhere; seen once on a loaded machine).
    await expect(async () => {
      const at = await field.boundingBox();
      await page.waitForTimeout(150);
      expect(await field.boundingBox()).toEqual(at);
      await field.click();
      await expect(field).toBeFocused({ timeout: 1000 });
    }).toPass({ timeout: 10_000 });
    const textBefore = await field.inputValue();
    await page.keyboard.press('Shift+Tab');
    await expect(slider).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => field.inputValue()).not.toBe(textBefore);
    await expect.poll(() => plot(b)).not.toBe(pictureB);
    expect(await plot(a)).toBe(pictureA);
    // The frame's own URL and the link back follow the new state; the page's theme stays in the frame's URL.
    await expect.poll(() => frameOf(page, 'critical-batch/embed').evaluate(() => new URLSearchParams(location.search).get('batch'))).not.toBeNull();
    expect(await frameOf(page, 'critical-batch/embed').evaluate(() => new URLSearchParams(location.search).get('theme'))).toBe('dark');
    const backB = new URL((await back(b).getAttribute('href'))!, origin);
    expect(backB.pathname).toBe(`${base}zh/figures/critical-batch/`);
    expect(backB.searchParams.get('loss')).toBe('2.5');
    expect(backB.searchParams.get('batch')).toBeTruthy();
    expect(backB.searchParams.get('theme')).toBeNull();
    // Frame A's state and link are untouched.
    await expect(a.locator('input.ctl-text[data-param="answerTokens"]')).toHaveValue('12');
    await expect(back(a)).toHaveAttribute('href', `${base}en/figures/mirage/?answerTokens=12`);

    // The host: same title, address and content; nothing navigated it.
    const hostAfter = await page.evaluate(() => ({
      title: document.title,
      url: location.href,
      h1: document.querySelector('h1')!.textContent,
      nodes: document.querySelectorAll('*').length,
    }));
    expect(hostAfter).toEqual(hostBefore);
    expect(mainNavigations).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('"Embed" copies an iframe snippet with the current state, title, lazy loading, a height and the CC BY 4.0 attribution; pasted into another site, it shows that state', async ({
  browser,
}) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const origin = `http://localhost:${PORT}`;
  // On a chapter page the URL keys carry the figure's id; the snippet's do not.
  await page.goto(`${origin}/en/emergence/?mirage.answerTokens=12#fig-mirage`);
  const figure = page.locator('#fig-mirage');
  await hydrated(figure);
  await figure.locator('[data-action="embed"]').click();
  await expect(figure.locator('[role="status"]')).toContainText('Embed code copied');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  const parsed = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const f = doc.querySelector('iframe')!;
    const p = doc.querySelector('iframe + p')!;
    return {
      src: f.getAttribute('src'),
      title: f.getAttribute('title'),
      loading: f.getAttribute('loading'),
      width: f.getAttribute('width'),
      height: f.getAttribute('height'),
      attribution: p?.textContent,
      license: p?.querySelector('a[rel="license"]')?.getAttribute('href'),
      scripts: doc.querySelectorAll('script').length,
    };
  }, snippet);
  const title = 'A smooth loss, a sudden-looking accuracy';
  expect(parsed).toMatchObject({
    src: `${origin}/en/figures/mirage/embed/?answerTokens=12`,
    title,
    loading: 'lazy',
    width: '100%',
    license: 'https://creativecommons.org/licenses/by/4.0/',
    scripts: 0,
  });
  expect(Number(parsed.height)).toBeGreaterThanOrEqual(360);
  expect(parsed.attribution).toBe(`“${title}”, Scaling Laws Explorer (${origin}/en/figures/mirage/?answerTokens=12), CC BY 4.0.`);

  // After a change, the next snippet has the new state.
  const field = figure.locator('input.ctl-text[data-param="c"]');
  await field.fill('1e9');
  await field.press('Enter');
  await figure.locator('[data-action="embed"]').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('embed/?answerTokens=12&amp;c=1e9"');

  // Pasted as is into another site's page, it shows that figure with that state, at the snippet's height or more.
  const pasted = await page.evaluate(() => navigator.clipboard.readText());
  await openHost(page, HOST_PORTS.snippet, `<!doctype html><html><head><title>Pasted</title></head><body>${pasted}</body></html>`);
  const embedded = page.frameLocator('iframe').locator('#fig-mirage');
  await hydrated(embedded);
  await expect(embedded.locator('input.ctl-text[data-param="answerTokens"]')).toHaveValue('12');
  await expect(embedded.locator('input.ctl-text[data-param="c"]')).toHaveValue('1e9');
  await context.close();
});

test('"Embed" on a Chinese figure page under a sub-path: the snippet points under the base, the attribution is in Chinese', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const origin = `http://localhost:${PORT + 1}`;
  await page.goto(`${origin}/scaling/zh/figures/critical-batch/?loss=2.5`);
  const figure = page.locator('#fig-critical-batch');
  await hydrated(figure);
  await figure.locator('[data-action="embed"]').click();
  await expect(figure.locator('[role="status"]')).toContainText('嵌入代码已复制');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toContain(`<iframe src="${origin}/scaling/zh/figures/critical-batch/embed/?loss=2.5" title="`);
  expect(snippet).toContain('loading="lazy"');
  const title = (await figure.locator('.fig-title').textContent())!;
  expect(snippet).toContain(`title="${title}"`);
  expect(snippet).toMatch(
    new RegExp(
      `“${title}”，缩放定律探索（<a href="${origin}/scaling/zh/figures/critical-batch/\\?loss=2\\.5">[^<]+</a>），<a rel="license" href="https://creativecommons\\.org/licenses/by/4\\.0/">CC BY 4\\.0</a>。`,
    ),
  );
  await context.close();
});

test('theme: an embed follows the reader’s light or dark setting, and ?theme= overrides it; the page around the card is transparent', async ({ browser }) => {
  const look = async (scheme: 'light' | 'dark', query: string) => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`http://localhost:${PORT}/en/figures/mirage/embed/${query}`);
    const r = await page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      page: getComputedStyle(document.body).backgroundColor,
      card: getComputedStyle(document.querySelector('figure.figure')!).backgroundColor,
      text: getComputedStyle(document.querySelector('figure.figure')!).color,
    }));
    await context.close();
    return r;
  };
  const light = await look('light', '');
  const dark = await look('dark', '');
  expect(light.theme).toBe('light');
  expect(dark.theme).toBe('dark');
  expect(dark.card).not.toBe(light.card);
  expect(dark.text).not.toBe(light.text);
  expect(light.page).toBe('rgba(0, 0, 0, 0)');
  expect(dark.page).toBe('rgba(0, 0, 0, 0)');
  // The query wins over the system, both ways; anything else in it is ignored.
  expect(await look('light', '?theme=dark')).toEqual(dark);
  expect(await look('dark', '?theme=light')).toEqual(light);
  expect(await look('dark', '?theme=%3Cscript%3E')).toEqual(dark);
});

test('a hostile query on an embed page is as inert as on the figure’s own page', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(
    `http://localhost:${PORT}/en/figures/mirage/embed/?answerTokens=%3Cscript%3Ealert(1)%3C%2Fscript%3E&c=%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E&%3Csvg%20onload%3Dalert(3)%3E=1&theme=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(4)%3E`,
  );
  const figure = page.locator('#fig-mirage');
  await hydrated(figure);
  await expect(figure.locator('[role="status"]')).toContainText('answerTokens');
  await expect(figure.locator('input.ctl-text[data-param="answerTokens"]')).toHaveValue('5');
  // No image and no script but the build's own (the figure loader, a module from /_astro/ that Figure.astro renders).
  expect(await page.locator('img, main script:not([type="module"][src*="/_astro/"])').count()).toBe(0);
  expect(await figure.locator('[role="status"] svg').count()).toBe(0);
  const back = new URL((await figure.locator('.fig-embed-foot a.fig-elsewhere').getAttribute('href'))!, page.url());
  expect(back.search).toBe('');
  expect(dialogs).toBe(0);
});

for (const { dir, base, origin } of BUILDS) {
  test(`${dir}: every figure page has an embed page in both languages, bare, under the meta policy, frameable by any site`, async ({ request }) => {
    const ids = [...readFileSync(join(dir, 'sitemap.xml'), 'utf8').matchAll(/<loc>[^<]*\/en\/figures\/([^/<]+)\/<\/loc>/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(10);
    for (const lang of ['en', 'zh']) {
      for (const id of ids) {
        const html = readFileSync(join(dir, lang, 'figures', id, 'embed', 'index.html'), 'utf8');
        const head = html.slice(0, html.search(/<(script|link|style)\b/i));
        expect(head.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1].replace(/&#39;/g, "'"), `${lang}/${id}`).toBe(cspMeta());
        expect(html, `${lang}/${id}`).not.toMatch(/<(header|footer|nav)\b|class="(site-header|site-footer|skip-link)/);
        expect(html).toContain(`data-figure="${id}" data-scope="embed"`);
        expect(html).toMatch(/<html [^>]*data-embed/);
        // Its canonical address is the figure's own page, and it is not listed in the sitemap.
        expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${base}${lang}/figures/${id}/"`));
        expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>[^<]/);
      }
    }
    expect(readFileSync(join(dir, 'sitemap.xml'), 'utf8')).not.toContain('/embed/');
    // Served with the headers of _headers: an embed page may be framed anywhere, the figure's own page only by the site.
    const embed = await request.get(`${origin}${base}zh/figures/mirage/embed/`);
    expect(embed.headers()['content-security-policy']).toMatch(/frame-ancestors \*$/);
    expect(embed.headers()['content-security-policy']).toContain("default-src 'self'");
    const own = await request.get(`${origin}${base}zh/figures/mirage/`);
    expect(own.headers()['content-security-policy']).toMatch(/frame-ancestors 'self'$/);
  });
}
