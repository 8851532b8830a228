import type { Page } from '@playwright/test';
import { expect, test } from '../support/reused-page';
import { axeRun, axeViolations, TAGS } from '../support/axe';
import { readFileSync } from 'node:fs';
import { builtFile, DIST, routes } from '../support/site';

// Every page, both languages: it loads with no console error and no request to another host, renders its math and
// carries its head and footer (moved here from site.spec.ts to share the page load), and axe-core finds zero
// violations in the light and the dark theme (WCAG 2.2 AA, target size included); at 390 px nothing scrolls sideways.
// One test per page loads it once in the light theme and runs every rule, then switches the page to dark as a reader does
// (the theme toggle in the header; an embed page, which has none, follows the system's scheme as it changes) and runs
// again, without a second load (site.spec.ts checks that the head script picks a dark system theme before first paint).
// The dark theme changes colours only
// (src/styles/global.css: `:root[data-theme="dark"]` redefines the colour variables, and the toggle shows its sun icon
// instead of the moon, both aria-hidden): the dark run on every page is the rules whose outcome depends on colour;
// every rule runs in dark on the home pages, which carry the same header, toggle and footer as every other page.
const PAGES = routes();
/** The rules of TAGS whose result can change with the colours of the theme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** Pages where the dark run checks every rule, not only the colour rules. */
const DARK_FULL = new Set(['en/', 'zh/']);

/** Collects console errors, page errors and requests to any host other than the local server. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      problems.push(`request to another host: ${req.url()}`);
    }
  });
  return problems;
}

/** A built page's data table (its figure's `.fig-data` block) as the build wrote it. */
function dataTable(path: string): string | undefined {
  return readFileSync(builtFile(DIST, path), 'utf8').match(/<details[^>]*class="fig-data[^"]*"[^>]*>[\s\S]*?<\/details>/)?.[0];
}

/**
 * What axe leaves out on every page, and on an embed page also the rows of its figure's data table after the first two.
 * An embed page's table is the one on the figure's own page, byte for byte (the test checks it), where every row is
 * checked; its rows are alike (no style picks a row by its place), so two of them stand for the rest here. On the embed
 * pages that nearly halves the time axe takes (2026-12-08, the 31 English embeds in one idle tab: 8.0 → 4.1 s for every
 * rule, 3.3 → 2.1 s for the colour rules; no violation either way).
 */
const excluded = (path: string) => ['.fig-plot > *', '.card-preview', ...(path.endsWith('/embed/') ? ['.fig-data tbody tr:nth-child(n + 3)'] : [])];

async function violations(page: Page, rules: 'all' | string[], path: string): Promise<string[]> {
  // Open every data table and folded answer so axe checks them too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  // The plots are one image each (role="img" with a text alternative and a data table), so axe skips their
  // thousands of SVG nodes; everything a reader reads or operates is checked.
  return axeViolations(page, rules === 'all' ? { tags: TAGS } : { rules }, { exclude: excluded(path) });
}

test('the checker reports a violation when there is one: an image without a text alternative, and grey text on white', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<img src="/favicon.svg" width="20" height="20"><p style="color:#bbb;background:#fff">faint</p>');
  });
  const found = await violations(page, 'all', 'en/');
  expect(found.some((v) => v.startsWith('image-alt'))).toBe(true);
  expect(found.some((v) => v.startsWith('color-contrast'))).toBe(true);
});

test('the colour rules checked in the dark theme are rules of the checked tags', async ({ page }) => {
  await page.goto('/en/');
  const results = await axeRun(page, { tags: TAGS }, undefined, ['passes', 'inapplicable']);
  const ids = [...results.passes, ...results.inapplicable].map((r) => r.id);
  for (const rule of COLOUR_RULES) expect(ids).toContain(rule);
});

for (const path of PAGES) {
  test(`/${path} loads with no console error, no foreign request, and renders its math; no accessibility violations in the light and the dark theme; no sideways scroll at 390 px`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: 'light' });
    const problems = watch(page);
    // 'load' (goto's default: the document parsed, its styles, scripts and images before the fold loaded), then the
    // fonts in use: what axe's colour and size rules read. Not 'networkidle', which waits 500 ms after the last request.
    const res = await page.goto(`/${path}`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1').first()).toBeVisible();
    expect(await page.locator('.katex-error').count()).toBe(0);
    const lang = path.startsWith('zh/') ? 'zh-CN' : 'en';
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    await expect(page).toHaveTitle(/\S/);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    if (path !== '404.html') expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/^https?:\/\//);
    if (path.endsWith('/embed/')) {
      // An embed page has no footer: its one line under the figure names the figures' license.
      await expect(page.locator('.fig-embed-foot a[rel~="license"][href="https://creativecommons.org/licenses/by/4.0/"]')).toHaveText(/^CC BY 4\.0/);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/figures\/[^/]+\/$/);
      // Its data table is its figure page's (see `excluded`).
      const table = dataTable(path);
      expect(table, 'the embed page has a data table').toBeDefined();
      expect(table === dataTable(path.replace(/embed\/$/, '')), 'the embed page’s data table is its figure page’s').toBe(true);
    } else if (path.startsWith('zh/') || path.startsWith('en/')) {
      expect(await page.locator('link[rel="alternate"][hreflang="zh-CN"]').count()).toBe(1);
      expect(await page.locator('link[rel="alternate"][hreflang="en"]').count()).toBe(1);
      // Every page says under which licenses its text, figures and code may be reused.
      const license = page.locator('.site-footer [data-license]');
      await expect(license.locator('a[rel="license"][href="https://creativecommons.org/licenses/by/4.0/"]')).toHaveText('CC BY 4.0');
      await expect(license).toContainText(path.startsWith('zh/') ? '代码采用 MIT 许可证' : 'the code under the MIT license');
    }
    expect(problems).toEqual([]);
    // Where a chapter skips the layout of far figures' parts until they come near (src/styles/global.css), the touch
    // targets as a phone loads the page, data tables closed, as Lighthouse checks them: a button in a skipped box sits
    // at a placeholder's size on top of its neighbours (the full run below opens every table, at desktop width).
    if (await page.locator('.reading > figure:nth-child(n + 15)').count()) {
      const size = page.viewportSize()!;
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await axeViolations(page, { rules: ['target-size'] }, { include: ['figure.figure'], exclude: ['.fig-plot > *'] }), 'touch targets at 390 px').toEqual([]);
      await page.setViewportSize(size);
    }
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await violations(page, 'all', path), 'light theme').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    if (!path.endsWith('/embed/')) await page.locator('[data-theme-toggle]').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await violations(page, DARK_FULL.has(path) ? 'all' : COLOUR_RULES, path), 'dark theme').toEqual([]);
    // On a phone (390 px) nothing scrolls sideways, with every data table and folded answer open (moved here from
    // site.spec.ts to share the page load).
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `/${path} is ${overflow}px wider than a 390 px screen`).toBeLessThanOrEqual(0);
  });
}
