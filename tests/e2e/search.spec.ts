import { expect, test } from '../support/reused-page';

// Counts what a first visit downloads: HTTP cache off (tests/support/reused-page.ts).
test.use({ httpCache: false });

test('search is not loaded until opened, then finds Chinese words in the Chinese index', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/zh/kaplan/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  // `/` focuses the search box from anywhere on the page.
  await page.locator('body').press('/');
  const input = page.locator('[data-search-input]');
  await expect(input).toBeFocused();
  await input.fill('计算量');
  const results = page.locator('[data-search-results] a');
  // The Chinese index is the larger one (segmented text, the chapters' notation tables): on a loaded 2-core machine its
  // first fragments can take longer than the default 5 s to arrive (10–12 s measured here; see the closing note).
  await expect(results.first()).toBeVisible({ timeout: 30_000 });
  expect(requests.some((u) => /pagefind\/index\/zh-cn_/.test(u))).toBe(true);
  expect(requests.some((u) => /pagefind\/index\/en_/.test(u))).toBe(false);
  for (const href of await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!))) {
    expect(href).toMatch(/^\/zh\//);
  }
  // Keyboard: arrow down into the results, Enter follows the link to the heading.
  await input.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  const target = await results.first().getAttribute('href');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.pathname + u.hash === target);
});

test('English pages search the English index; Escape closes the panel', async ({ page }) => {
  await page.goto('/en/');
  const input = page.locator('[data-search-input]');
  await input.click();
  await input.fill('compute');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', /^\/en\//);
  await input.press('Escape');
  await expect(page.locator('[data-search-panel]')).toBeHidden();
});

test('a query typed while the search code is still loading is searched once it arrives', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/_astro\/search\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/en/');
  const input = page.locator('[data-search-input]');
  await input.click();
  await input.fill('compute');
  release();
  await expect(page.locator('[data-search-results] a').first()).toBeVisible({ timeout: 30_000 });
  await expect(input).toHaveValue('compute');
});
