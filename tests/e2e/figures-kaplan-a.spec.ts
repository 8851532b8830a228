// Figure-specific interactions for six Kaplan figures: typed values (15亿, 2M, 229亿) reach the readouts and the URL.
import { expect, test } from '../support/reused-page';
import { hydrated, open, readout, svg, type } from '../support/figure';

test('kaplan-three-laws: N typed as 70亿 then 15亿 reads 2.049 then 2.304 nats (eq 1.1); C_c^min 2.3e8 gives 2.619 at 1 PF-day', async ({ page }) => {
  const figure = await open(page, '/zh/figures/kaplan-three-laws/', 'kaplan-three-laws');
  await type(figure, 'n', '70亿');
  await expect.poll(() => new URL(page.url()).searchParams.get('n')).toBe('7e9');
  await expect(readout(figure, 0)).toContainText('2.049 奈特/词元');
  // 1.5e9 is the default, so it leaves the URL again.
  await type(figure, 'n', '15亿');
  await expect.poll(() => new URL(page.url()).searchParams.has('n')).toBe(false);
  await expect(readout(figure, 0)).toContainText('L(N)，N = 15亿');
  await expect(readout(figure, 0)).toContainText('2.304 奈特/词元');
  await expect(readout(figure, 2)).toContainText('2.658');
  await figure.locator('select[data-param="ccMin"]').selectOption('figure1');
  await expect.poll(() => new URL(page.url()).searchParams.get('ccMin')).toBe('figure1');
  await expect(readout(figure, 2)).toContainText('2.619 奈特/词元');
  await expect(figure.locator('[data-plot]')).toContainText('L = (C_min/2.3×10⁸)^−0.050');
  // The shared link reproduces the state.
  const url = page.url();
  await page.goto(url);
  await hydrated(figure);
  await expect(readout(figure, 2)).toContainText('2.619');
});

test('critical-batch: L = 2.5 and B = 2M from the keyboard give B_crit 2.67M and the step/data overheads', async ({ page }) => {
  const figure = await open(page, '/en/figures/critical-batch/', 'critical-batch');
  await type(figure, 'loss', '2.5');
  await type(figure, 'batch', '2M');
  await expect.poll(() => new URL(page.url()).search).toBe('?loss=2.5&batch=2e6');
  await expect(readout(figure, 0)).toContainText('Critical batch at L = 2.5 nats');
  await expect(readout(figure, 0)).toContainText('2.67M tokens');
  // B_crit/B = 1.34, so S/S_min = 2.34 and E/E_min = 1.75.
  await expect(readout(figure, 1)).toContainText('2.34× the minimum S_min');
  await expect(readout(figure, 2)).toContainText('1.75× the minimum E_min');
  await expect(readout(figure, 3)).toContainText('2× minimum steps and 2× minimum data');
});

test('gradient-noise: another seed redraws the arrows and lands in the URL; the small batch spreads more', async ({ page }) => {
  const figure = await open(page, '/en/figures/gradient-noise/', 'gradient-noise');
  const before = await svg(figure);
  await type(figure, 'seed', '42');
  await expect.poll(() => new URL(page.url()).searchParams.get('seed')).toBe('42');
  await expect.poll(() => svg(figure)).not.toBe(before);
  const angle = async (i: number) => Number(/([\d.]+)°/.exec((await readout(figure, i).locator('dd').textContent())!)![1]);
  expect(await angle(0)).toBeGreaterThan(await angle(1));
});

// Plot turns a tip that fits on neither side of its point to the left; in a narrow panel a point near its left edge had
// its readout cut off by the screen (placeTip in src/figures/lib/plot.ts picks the side with room). On a phone, points in
// the left part of each figure's first chart (where it happened) show tips inside the figure and the screen.
for (const lang of ['en', 'zh'] as const) {
  test(`tips near a panel's left edge stay on screen and in the figure on a phone (${lang}): gradient-noise, critical-batch, overhead, kaplan-three-laws, training-envelope`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const id of ['gradient-noise', 'critical-batch', 'overhead', 'kaplan-three-laws', 'training-envelope']) {
      const figure = await open(page, `/${lang}/figures/${id}/`, id);
      // The tips live on the pictures the woken figure draws: wake it as a keyboard reader does.
      await figure.locator('.fig-controls [data-param]').first().focus();
      await hydrated(figure);
      const chart = figure.locator('[data-plot] svg[class^="plot"]').first();
      await chart.scrollIntoViewIfNeeded();
      const box = (await chart.boundingBox())!;
      const host = (await figure.locator('[data-plot]').boundingBox())!;
      const tip = chart.locator('g[aria-label="tip"]');
      let seen = 0;
      // A grid finer than the pointer's reach (40 px) over the left half, where Plot's own choice failed.
      for (let j = 1; j < 5; j++) {
        for (let i = 1; i < 6; i++) {
          const [fx, fy] = [i / 10, j / 5];
          await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
          if (!(await tip.count()) || !(await tip.textContent())?.trim()) continue;
          // Placed in a microtask after the pointer's render.
          await expect.poll(() => tip.evaluate((g) => g.getAttribute('visibility'))).toBeNull();
          const t = (await tip.boundingBox())!;
          seen++;
          const where = `${id}: tip at (${fx}, ${fy.toFixed(2)}) spans ${Math.round(t.x)}–${Math.round(t.x + t.width)} px`;
          expect(t.x, where).toBeGreaterThanOrEqual(Math.max(0, host.x) - 1);
          expect(t.x + t.width, where).toBeLessThanOrEqual(Math.min(390, host.x + host.width) + 1);
        }
      }
      expect(seen, `${id}: no tip found`).toBeGreaterThan(2);
    }
  });
}

test('loss-vs-steps: sizes typed as 1亿, 10亿 and Table 5 constants change the readouts and the URL', async ({ page }) => {
  const figure = await open(page, '/zh/figures/loss-vs-steps/', 'loss-vs-steps');
  await type(figure, 'sizes', '1亿, 10亿');
  await expect.poll(() => new URL(page.url()).searchParams.get('sizes')).toBe('1e8,1e9');
  await expect(figure.locator('.fig-readouts .readout')).toHaveCount(2);
  // Eq (1.6), Table 3: (6.5e13/1e9)^0.077 + (2.1e3/1e5)^0.76 = 2.40 nats.
  await expect(readout(figure, 1)).toContainText('N = 10亿，S_min = 10万');
  await expect(readout(figure, 1)).toContainText('2.4 奈特');
  const table3 = await readout(figure, 0).locator('dd').textContent();
  await figure.locator('select[data-param="constants"]').selectOption('table5');
  await expect.poll(() => new URL(page.url()).searchParams.get('constants')).toBe('table5');
  await expect.poll(() => readout(figure, 0).locator('dd').textContent()).not.toBe(table3);
});

test('loss-vs-n-by-d: N = 15亿 on 229亿 tokens reads 2.31 nats with δL 2.8% (eq 1.5, 4.3) and needs D ≳ 309亿 (eq 4.4)', async ({ page }) => {
  const figure = await open(page, '/zh/figures/loss-vs-n-by-d/', 'loss-vs-n-by-d');
  await type(figure, 'n', '15亿');
  await type(figure, 'datasets', '229亿');
  await expect.poll(() => new URL(page.url()).search).toBe('?n=1.5e9&datasets=2.29e10');
  await expect(readout(figure, 0)).toContainText('D ≳ 309亿 词元');
  await expect(readout(figure, 1)).toContainText('2.31 奈特，δL = 2.8%');
  await expect(figure.locator('.fig-readouts .readout')).toHaveCount(2);
});

test('loss-vs-d-by-n: D typed as 22.9B moves the readouts; a bad list keeps the last good figure', async ({ page }) => {
  const figure = await open(page, '/en/figures/loss-vs-d-by-n/', 'loss-vs-d-by-n');
  await type(figure, 'd', '22.9B');
  await expect.poll(() => new URL(page.url()).searchParams.get('d')).toBe('2.29e10');
  await expect(readout(figure, 5)).toContainText('N = 708M at D = 22.9B');
  const good = await svg(figure);
  const field = figure.locator('input.ctl-text[data-param="sizes"]');
  await field.fill('3M, 7BB');
  await expect(figure.locator('.ctl-error')).toBeVisible();
  expect(await svg(figure)).toBe(good);
  expect(new URL(page.url()).searchParams.has('sizes')).toBe(false);
});
