// Figure-specific interactions for the six Chinchilla figures: shared links, typed budgets (1e21, 5.76e23, 70亿-style
// text), choices and sliders reach the readouts and the URL, and reproduce the paper's numbers.
import { readFileSync } from 'node:fs';
import { expect, test } from '../support/reused-page';
import { choose, hydrated, open, param, readouts, type } from '../support/figure';

test('isoflop: the shared link ?isoflop.budgets=1e19,1e21&isoflop.law=besiroglu2024 draws two valleys and a = 0.5126', async ({ page }) => {
  const figure = await open(page, '/en/chinchilla/?isoflop.budgets=1e19,1e21&isoflop.law=besiroglu2024#fig-isoflop', 'isoflop');
  await hydrated(figure);
  await expect(figure.locator('[role="status"]')).not.toContainText('Ignored');
  await expect(readouts(figure)).toContainText('0.5126; closed form β/(α+β) = 0.5126 (Besiroglu 2024)');
  await expect(figure.locator('[data-plot]')).toContainText('1×10¹⁹');
  await expect(figure.locator('[data-plot]')).not.toContainText('3×10²⁰');
  await expect(figure.locator('input.ctl-text[data-param="budgets"]')).toHaveValue('1e19, 1e21');
  // A third budget, typed; the chapter URL keeps the figure prefix.
  await type(figure, 'budgets', '1e19, 1e20, 1e21');
  await expect.poll(() => param(page, 'isoflop.budgets')).toBe('1e19,1e20,1e21');
  expect(param(page, 'isoflop.law')).toBe('besiroglu2024');
});

test('isoflop: picking the rounded constants gives a = 0.4516, and a budget outside 6e18…3e21 is flagged', async ({ page }) => {
  const figure = await open(page, '/en/figures/isoflop/', 'isoflop');
  await expect(readouts(figure)).toContainText('0.4565');
  await choose(figure, 'law', 'hoffmann2022Rounded');
  await expect.poll(() => param(page, 'law')).toBe('hoffmann2022Rounded');
  await expect(readouts(figure)).toContainText('0.4516; closed form β/(α+β) = 0.4516');
  await type(figure, 'budgets', '1e19, 1e23');
  await expect.poll(() => param(page, 'budgets')).toBe('1e19,1e23');
  await expect(figure.locator('.fig-warnings')).toContainText('outside the paper’s IsoFLOP runs');
});

test('chinchilla-vs-kaplan: typing the Gopher budget 5.76e23 reads 40.4B (Approach 3) against Kaplan’s 804B; 1e25 warns', async ({ page }) => {
  const figure = await open(page, '/en/figures/chinchilla-vs-kaplan/', 'chinchilla-vs-kaplan');
  await type(figure, 'budget', '1e25');
  await expect.poll(() => param(page, 'budget')).toBe('1e25');
  await expect(figure.locator('.fig-warnings')).toContainText('C* ∼ 10⁴ PF-days');
  await type(figure, 'budget', '5.76e23');
  await expect.poll(() => param(page, 'budget')).toBe(null); // back to the default: nothing in the URL
  await expect(readouts(figure)).toContainText('Approach 3 (eq. 4) at 5.76×10²³ FLOPsN_opt 40.4B');
  await expect(readouts(figure)).toContainText('N_opt 804B');
  await expect(figure.locator('.fig-warnings')).toHaveCount(0);
  // Turning Kaplan off removes his line from the legend.
  await figure.locator('input[data-param="kaplan"]').click();
  await expect.poll(() => param(page, 'kaplan')).toBe('0');
  await expect(figure.locator('[data-plot]')).not.toContainText('Kaplan et al. 2020');
});

test('training-envelope: 24 model sizes typed in Chinese bring a from 0.453 to within 0.005 of 0.4565', async ({ page }) => {
  const figure = await open(page, '/zh/figures/training-envelope/', 'training-envelope');
  await expect(readouts(figure)).toContainText('a = 0.453');
  await type(figure, 'sizes', '24');
  await expect.poll(() => param(page, 'sizes')).toBe('24');
  await expect(readouts(figure)).toContainText('闭式（Hoffmann 2022）a = 0.4565');
  const text = (await readouts(figure).textContent()) ?? '';
  const a = Number(/a = (0\.\d+)，b/.exec(text)![1]);
  expect(Math.abs(a - 0.4565)).toBeLessThan(0.005);
});

test('parametric-contours: the Gopher budget gives 40.4B, or 32.2B with the rounded constants (Fig. 4 caption vs eq. 10)', async ({ page }) => {
  const figure = await open(page, '/en/figures/parametric-contours/', 'parametric-contours');
  await expect(readouts(figure)).toContainText('N_opt 40.4B');
  await choose(figure, 'law', 'hoffmann2022Rounded');
  await expect.poll(() => param(page, 'law')).toBe('hoffmann2022Rounded');
  await expect(readouts(figure)).toContainText('N_opt 32.2B');
  await type(figure, 'budget', '1e21');
  await expect.poll(() => param(page, 'budget')).toBe('1e21');
  await expect(readouts(figure)).toContainText('On the frontier at 1×10²¹ FLOPs');
  const url = page.url();
  await page.reload();
  await hydrated(figure);
  expect(page.url()).toBe(url);
  await expect(readouts(figure)).toContainText('On the frontier at 1×10²¹ FLOPs');
});

test('approach-table: at 2 digits the printed constants read 0.45 against Table 2’s 0.46; the typo choice is in the URL', async ({ page }) => {
  const figure = await open(page, '/en/figures/approach-table/', 'approach-table');
  const plot = figure.locator('[data-plot]');
  await expect(plot).toContainText('0.4516');
  await type(figure, 'digits', '2');
  await expect.poll(() => param(page, 'digits')).toBe('2');
  await expect(plot).not.toContainText('0.4516');
  await expect(plot).toContainText('0.45');
  await choose(figure, 'typo', 'printed');
  await expect.poll(() => param(page, 'typo')).toBe('printed');
  await expect(readouts(figure)).toContainText('With the row as printed, a = 0.4581');
});

test('model-gallery: highlighting GPT-3 reads 1.71 tokens per parameter and the printed 3.14e23 FLOPs; CSV download', async ({ browser }) => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const figure = await open(page, '/en/figures/model-gallery/', 'model-gallery');
  await expect(readouts(figure)).toContainText('Chinchilla 70B: tokens per parameter20 (1.4T tokens / 70B params)');
  await choose(figure, 'highlight', 'gpt-3');
  await expect.poll(() => param(page, 'highlight')).toBe('gpt-3');
  await expect(readouts(figure)).toContainText('1.71 (300B tokens / 175B params)');
  await expect(readouts(figure)).toContainText('the source prints 3.14×10²³');
  const [download] = await Promise.all([page.waitForEvent('download'), figure.locator('[data-action="download-csv"]').click()]);
  expect(download.suggestedFilename()).toBe('model-gallery.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\n')[0]).toContain('Tokens per parameter');
  expect(csv).toMatch(/\nChinchilla 70B,70000000000,1400000000000,(20|19\.9999)/);
  await context.close();
});

test('training-envelope opened with a state in its address keeps it there while it wakes, even when its first draw is slow', async ({ browser }) => {
  // Its own context: the init script below cannot be removed from a shared tab (tests/support/reused-page.ts).
  const context = await browser.newContext();
  const page = await context.newPage();
  // The island's hydration pass holds the server's values (and draws nothing: describeFigure), then applies the
  // address's and draws. When that draw takes longer than the address writer's 250 ms debounce (a slow phone), a writer
  // of the hydration pass must not fire and strip the state the page was opened with: a reader copying the link then
  // would share the default figure. The draw is made slow here by holding the main thread for 400 ms when it reports its
  // render time (island.tsx measures every draw).
  await page.addInitScript(() => {
    const written: string[] = [];
    (window as unknown as { written: string[] }).written = written;
    const replace = history.replaceState.bind(history);
    history.replaceState = (state, unused, url) => {
      written.push(String(url));
      replace(state, unused, url);
    };
    const measure = performance.measure.bind(performance);
    let renders = 0;
    performance.measure = ((name: string, options?: PerformanceMeasureOptions) => {
      if (name.startsWith('fig:render:') && ++renders === 1) {
        const until = performance.now() + 400;
        while (performance.now() < until);
      }
      return measure(name, options);
    }) as typeof performance.measure;
  });
  await page.goto('/en/figures/training-envelope/?sizes=24&law=besiroglu2024');
  const figure = page.locator('#fig-training-envelope');
  await hydrated(figure);
  await page.waitForTimeout(1000);
  // One draw, the address's state: the hydration pass drew nothing.
  expect(await page.evaluate(() => performance.getEntriesByName('fig:render:training-envelope').length)).toBe(1);
  const written = await page.evaluate(() => (window as unknown as { written: string[] }).written);
  expect(written.filter((url) => !url.includes('sizes=24'))).toEqual([]);
  expect(param(page, 'sizes')).toBe('24');
  expect(param(page, 'law')).toBe('besiroglu2024');
  await context.close();
});
