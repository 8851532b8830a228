import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test as reused } from '../support/reused-page';
import { hydrated, plotMarkup } from '../support/figure';
import { DIST } from '../support/site';

// Every figure, found from the build: dist/en/figures/<id>/.
const FIGURE_IDS = readdirSync(`${DIST}/en/figures`, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

// The checks with JavaScript disabled share one such tab per worker, as the other tests share reused-page's tab: a new
// context costs far more CPU than the page load it serves (see tests/support/reused-page.ts). Nothing a page without
// JavaScript does outlives its navigation (no storage, no service worker, no script), so each test starts as in a new
// context. A test that fails ends its worker, and the tab with it.
const test = reused.extend<object, { noScriptPage: Page }>({
  noScriptPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

// Counts what a first visit downloads: HTTP cache off (tests/support/reused-page.ts).
test.use({ httpCache: false });

test('every registered figure has a standalone page in both languages', () => {
  expect(FIGURE_IDS.length).toBeGreaterThan(0);
  expect(
    readdirSync(`${DIST}/zh/figures`, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort(),
  ).toEqual(FIGURE_IDS);
});

for (const id of FIGURE_IDS) {
  test.describe(`figure ${id}`, () => {
    test('is visible with JavaScript disabled, with its data table', async ({ noScriptPage: page }) => {
      await page.goto(`/en/figures/${id}/`);
      const figure = page.locator(`#fig-${id}`);
      await expect(figure.locator('[data-plot] svg').first()).toBeVisible();
      expect(await figure.locator('[data-plot]').innerHTML()).not.toMatch(/NaN|Infinity|undefined/);
      await figure.locator('.fig-data summary').click();
      await expect(figure.locator('.fig-data table')).toBeVisible();
      await expect(figure.locator('.fig-controls')).toBeHidden();
    });
  });
}

test('on a chapter page, URL keys carry the figure id; nothing runs from the URL', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/en/emergence/?mirage.answerTokens=%3Cscript%3Ealert(1)%3C%2Fscript%3E&mirage.c=%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E#fig-mirage');
  const figure = page.locator('#fig-mirage');
  await hydrated(figure);
  await expect(figure.locator('[role="status"]')).toContainText('answerTokens');
  expect(await figure.locator('[role="status"] img').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('copy link, and SVG, PNG and CSV downloads work; the images and the citation carry the CC BY 4.0 attribution', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/en/emergence/?mirage.answerTokens=12');
  const figure = page.locator('#fig-mirage');
  await hydrated(figure);
  await figure.locator('[data-action="copy-link"]').click();
  await expect(figure.locator('[role="status"]')).toContainText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/en\/emergence\/\?mirage\.answerTokens=12#fig-mirage$/);
  for (const [kind, check] of [
    [
      'svg',
      (s: string) =>
        s.includes('<svg') &&
        s.includes('xmlns="http://www.w3.org/2000/svg"') &&
        /<text[^>]*class="attribution"[^>]*>“A smooth loss, a sudden-looking accuracy”, Scaling Laws Explorer \(http:\/\/[^)]*\/en\/emergence\/\?mirage\.answerTokens=12#fig-mirage\), CC BY 4\.0\.<\/text>/.test(
          s,
        ),
    ],
    ['csv', (s: string) => s.split('\n').length > 5 && !/NaN/.test(s)],
    ['png', (s: string) => s.startsWith('\u0089PNG')],
  ] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), figure.locator(`[data-action="download-${kind}"]`).click()]);
    expect(download.suggestedFilename()).toBe(`mirage.${kind}`);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(check(readFileSync(path!, kind === 'png' ? 'latin1' : 'utf8')), kind).toBe(true);
  }
  // A browser that cannot encode the PNG: the reader is told in words, not with the error's message.
  await page.evaluate(() => {
    HTMLCanvasElement.prototype.toBlob = (callback: BlobCallback) => {
      callback(null);
    };
  });
  await figure.locator('[data-action="download-png"]').click();
  await expect(figure.locator('[role="status"]')).toHaveText('This browser could not make the PNG; download the SVG instead.');
  await figure.locator('[data-action="cite"]').click();
  const citation = await figure.locator('.fig-cite textarea').inputValue();
  expect(citation).toContain('figure mirage (parameters: answerTokens=12');
  expect(citation).toMatch(/Site version \d+\.\d+\.\d+\+\w+/);
  expect(citation).toContain('Licensed under CC BY 4.0');
  await context.close();
});

test('a frame button pressed while the figure’s code is on its way is pressed again once it is live: cite (zh, keyboard) and download (en, mouse)', async ({ page }) => {
  // The frame's code (island) held back 1.5 s, as on a slow network: the press lands on the server-rendered button.
  let held = 0;
  await page.route(/\/_astro\/island\.[\w-]+\.js$/, async (route) => {
    held++;
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  // A shared link's settings: the citation made by the replayed press names them, not the build's defaults.
  await page.goto('/zh/figures/model-gallery/?budget=1e24');
  const zh = page.locator('#fig-model-gallery');
  await zh.locator('[data-action="cite"]').focus();
  await page.keyboard.press('Enter');
  expect(await zh.getAttribute('data-hydrated')).toBeNull();
  await hydrated(zh);
  await expect(zh.locator('.fig-cite textarea')).toHaveValue(/^“[^”]+”，缩放定律探索，图 model-gallery（参数：budget=1e24, /);
  await page.goto('/en/figures/isoflop/');
  const en = page.locator('#fig-isoflop');
  const [download] = await Promise.all([page.waitForEvent('download'), en.locator('[data-action="download-csv"]').click()]);
  expect(await en.getAttribute('data-hydrated')).toBe('true');
  expect(download.suggestedFilename()).toBe('isoflop.csv');
  const { readFileSync } = await import('node:fs');
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\n').length).toBeGreaterThan(5);
  expect(csv).not.toMatch(/NaN|undefined/);
  expect(held).toBe(2);
});

test('a figure of several charts downloads as one SVG with every chart in its rows (chinchilla-runs 2 × 2, isoflop 1 × 2), in both languages', async ({ browser }) => {
  const { readFileSync } = await import('node:fs');
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  for (const [lang, id, width, height, charts] of [
    ['en', 'chinchilla-runs', 900, 660, 4],
    ['zh', 'isoflop', 900, 380, 2],
  ] as const) {
    await page.goto(`/${lang}/figures/${id}/`);
    const figure = page.locator(`#fig-${id}`);
    await figure.locator('.fig-controls [data-param]').first().focus();
    await hydrated(figure);
    expect(await figure.locator('[data-plot] svg[class^="plot-"]').count(), 'charts on the page').toBe(charts);
    const [download] = await Promise.all([page.waitForEvent('download'), figure.locator('[data-action="download-svg"]').click()]);
    const svg = readFileSync((await download.path())!, 'utf8');
    const outer = svg.match(/<svg [^>]*>/)![0];
    expect(outer).toContain(`width="${width}"`);
    expect(outer).toContain(`height="${height + 22}"`);
    // Every chart, as a nested <svg> placed at its row and column.
    const nested = [...svg.matchAll(/<svg [^>]*class="plot-[^"]*"[^>]*>/g)].map((m) => m[0]);
    expect(nested).toHaveLength(charts);
    const at = nested.map((n) => `${n.match(/ x="([\d.]+)"/)![1]},${n.match(/ y="([\d.]+)"/)![1]}`);
    expect(new Set(at).size, at.join(' ')).toBe(charts);
    expect(svg).toMatch(/<text[^>]*class="attribution"/);
  }
  await context.close();
});

test('typing 70亿-style text and a bad value: the bad value gets a message and the last good figure stays', async ({ page }) => {
  await page.goto('/zh/figures/mirage/');
  const figure = page.locator('#fig-mirage');
  const field = figure.locator('input.ctl-text[data-param="c"]');
  await field.click();
  await hydrated(figure);
  await field.fill('2亿');
  await expect.poll(() => new URL(page.url()).searchParams.get('c')).toBe('2e8');
  await field.fill('3千万');
  await expect.poll(() => new URL(page.url()).searchParams.get('c')).toBe('3e7');
  const good = await plotMarkup(figure);
  await field.fill('7BB');
  await expect(figure.locator('.ctl-error')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(await plotMarkup(figure)).toBe(good);
  expect(new URL(page.url()).searchParams.get('c')).toBe('3e7');
});

test('a data table opened before the figure has woken (the tap that wakes it) keeps its rows once the figure is live', async ({ page }) => {
  for (const lang of ['en', 'zh']) {
    await page.goto(`/${lang}/figures/isoflop/`);
    const figure = page.locator('#fig-isoflop');
    const summary = figure.locator('.fig-data summary');
    const rowsIn = async () => Number((await summary.textContent())!.match(/\((\d+)/)![1]);
    const body = figure.locator('.fig-data tbody tr');
    await summary.click();
    await hydrated(figure);
    await expect(figure.locator('.fig-data')).toHaveAttribute('open', '');
    expect(await rowsIn()).toBeGreaterThan(5);
    await expect(body).toHaveCount(await rowsIn());
    // Still live: a change refills the open table.
    const before = await rowsIn();
    const field = figure.locator('input.ctl-text[data-param="budgets"]');
    await field.fill('1e19, 1e22');
    await field.press('Enter');
    await expect.poll(rowsIn).toBeLessThan(before);
    await expect(body).toHaveCount(await rowsIn());
    await expect(figure.locator('.fig-data tbody')).toContainText('1×10²²');
  }
});

test('a chapter ships its figures’ tables without rows: opened, a table fills once its figure wakes; without JavaScript it is hidden and the note names the figure’s page', async ({
  page,
  noScriptPage,
}) => {
  for (const lang of ['en', 'zh'] as const) {
    const res = await page.request.get(`/${lang}/chinchilla/`);
    const html = await res.text();
    // Every figure's table is in the page, with its header and its row count, and no row.
    const tables = html.match(/<details class="fig-data fig-data-later">[\s\S]*?<\/details>/g) ?? [];
    expect(tables.length).toBeGreaterThan(10);
    for (const t of tables) {
      expect(t).toMatch(/<th scope="col">/);
      expect(t).toMatch(/<tbody><\/tbody>/);
    }
    await page.goto(`/${lang}/chinchilla/`);
    const figure = page.locator('#fig-isoflop');
    const summary = figure.locator('.fig-data summary');
    const rowsIn = Number((await summary.textContent())!.match(/\((\d+)/)![1]);
    expect(rowsIn).toBeGreaterThan(5);
    await summary.click();
    await hydrated(figure);
    await expect(figure.locator('.fig-data tbody tr')).toHaveCount(rowsIn);
    await expect(figure.locator('.fig-data tbody td').first()).not.toBeEmpty();
    // Without JavaScript: no empty table; the note under each figure links to its own page, where the rows are.
    await noScriptPage.goto(`/${lang}/chinchilla/`);
    const still = noScriptPage.locator('#fig-isoflop');
    await expect(still.locator('.fig-data')).toBeHidden();
    const link = still.locator('.fig-noscript a');
    await expect(link).toHaveText(lang === 'en' ? 'The data table for the default settings is on the figure’s own page.' : '默认设置下的数据表见这张图的单独页面。');
    // The note says which settings the picture shows: the defaults, or those the chapter gave it (set="…").
    await expect(still.locator('.fig-noscript')).toContainText(lang === 'en' ? 'the figure above shows the defaults' : '上图显示的是默认值');
    await expect(noScriptPage.locator('#fig-inference-aware .fig-noscript')).toContainText(
      lang === 'en' ? 'the figure above shows the settings this chapter chose for it' : '上图显示的是本章为它选定的设置',
    );
    await link.click();
    await noScriptPage.waitForURL(`**/${lang}/figures/isoflop/`);
    await noScriptPage.locator('#fig-isoflop .fig-data summary').click();
    await expect(noScriptPage.locator('#fig-isoflop .fig-data tbody tr')).toHaveCount(rowsIn);
  }
});

test('the data table follows the figure: opened after a change, it holds the rows the summary counts, with the new values', async ({ page }) => {
  await page.goto('/en/figures/isoflop/');
  const figure = page.locator('#fig-isoflop');
  const summary = figure.locator('.fig-data summary');
  const rowsIn = async () => Number((await summary.textContent())!.match(/\((\d+)/)![1]);
  const before = await rowsIn();
  const field = figure.locator('input.ctl-text[data-param="budgets"]');
  await field.click();
  await hydrated(figure);
  await field.fill('1e19, 1e22');
  await field.press('Enter');
  await expect.poll(rowsIn).toBeLessThan(before); // 2 budgets instead of 6
  await summary.click();
  const body = figure.locator('.fig-data tbody tr');
  await expect(body).toHaveCount(await rowsIn());
  await expect(figure.locator('.fig-data tbody')).toContainText('1×10²²');
  // Closed, it is not rebuilt; opened again, it shows the current state.
  await summary.click();
  const two = await rowsIn();
  await field.fill('1e19, 1e22, 1e25');
  await field.press('Enter');
  await expect.poll(rowsIn).toBeGreaterThan(two);
  await summary.click();
  await expect(body).toHaveCount(await rowsIn());
  await expect(figure.locator('.fig-data tbody')).toContainText('1×10²⁵');
});

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: a slider dragged to a position of the value it shows goes back to that value's position; a move to another value takes it`, async ({ page }) => {
    // context-position's position: 1…1024 tokens, whole numbers on a log slider, so 8 tokens spans ~18 of its positions.
    await page.goto(`/${lang}/figures/context-position/`);
    const figure = page.locator('#fig-context-position');
    const range = figure.locator('input[type="range"][data-param="position"]');
    const field = figure.locator('input.ctl-text[data-param="position"]');
    await range.focus();
    await hydrated(figure);
    await expect(field).toHaveValue('8');
    const at = Number(await range.inputValue());
    /** Moves the thumb to `position` as a pointer drag does (an input event), and lets the figure answer. */
    const drag = (position: number) =>
      range.evaluate((el: HTMLInputElement, p) => {
        el.value = String(p);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      }, position);
    const picture = await plotMarkup(figure);
    await drag(at + 3);
    // Still 8 tokens: the thumb is back on 8's position and the figure is the same.
    await expect(field).toHaveValue('8');
    expect(Number(await range.inputValue())).toBe(at);
    expect(await plotMarkup(figure)).toBe(picture);
    // Far enough for another value: the field, the thumb and the picture follow it.
    await drag(at + 100);
    await expect(field).not.toHaveValue('8');
    const taken = Number(await range.inputValue());
    expect(taken).not.toBe(at);
    await expect.poll(() => plotMarkup(figure)).not.toBe(picture);
    // Back onto the new value's own position when dragged within it.
    await drag(taken + 1);
    expect(Number(await range.inputValue())).toBe(taken);
  });
}

// A link to one figure far down a chapter lands on it, as the reader who pasted it saw it: the figure's top at its scroll
// margin (4.5rem), on a phone and a desktop, with or without a state in the address. Parts of far figures are skipped
// for layout until they come near (src/styles/global.css): skipping the figure's title moved such a link ~1,450 px past it.
for (const lang of ['en', 'zh'] as const) {
  for (const [path, query] of [
    ['chinchilla/', ''],
    ['chinchilla/', '?chinchilla-runs.budget=6e19'],
    ['kaplan/', ''],
  ] as const) {
    test(`${lang}: a link to the last figures of ${path}${query} lands on the figure at 390 and 1280 px`, async ({ page }) => {
      const id = path === 'kaplan/' ? 'fig-distribution-shift' : 'fig-chinchilla-runs';
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`/${lang}/${path}${query}#${id}`);
        await page.waitForLoadState('load');
        const top = () => page.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), id);
        // Where it is once the page has settled: the figure woken by a state in the address has drawn its picture.
        await expect.poll(top, { timeout: 5000 }).toBeGreaterThanOrEqual(60);
        await page.waitForTimeout(500);
        expect(await top(), `${width} px`).toBeGreaterThanOrEqual(60);
        expect(await top(), `${width} px`).toBeLessThanOrEqual(90);
      }
    });
  }
}
