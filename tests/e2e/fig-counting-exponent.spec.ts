// counting-exponent (issue 16): the local exponent of N_opt against compute under total and non-embedding counting
// (Pearce & Song 2024). A slider and a select reach the URL, a shared link restores the state, and the readouts read in
// both languages with the numbers of tests/unit/figures/counting-exponent.test.ts.
import { expect, test } from '../support/reused-page';
import { choose, hydrated, open, param, readout, svg, type } from '../support/figure';

test('zh standalone page: End on the budget slider moves to 10²⁵ FLOPs, where both counts read 0.513; Hoffmann’s law reads 0.457; the link restores both', async ({ page }) => {
  const figure = await open(page, '/zh/figures/counting-exponent/', 'counting-exponent');
  // Before any interaction: the build-time readouts at 1e18 FLOPs (Epoch refit, ω = 47,491).
  await expect(readout(figure, 0)).toContainText('0.513');
  await expect(readout(figure, 1)).toContainText('1×10¹⁸ FLOPs 处的局部指数，按非嵌入参数');
  await expect(readout(figure, 1)).toContainText('0.657');
  await expect(readout(figure, 6)).toContainText('47,491');
  const before = await svg(figure);
  const slider = figure.locator('input[type="range"][data-param="budget"]');
  await slider.focus();
  await hydrated(figure);
  await page.keyboard.press('End');
  await expect.poll(() => param(page, 'budget')).toBe('1e25');
  await expect(readout(figure, 1)).toContainText('1×10²⁵ FLOPs 处的局部指数，按非嵌入参数');
  await expect(readout(figure, 1)).toContainText('0.513');
  await expect(readout(figure, 3)).toContainText('嵌入占 0.1%');
  await expect.poll(() => svg(figure)).not.toBe(before);
  await choose(figure, 'law', 'hoffmann2022');
  await expect.poll(() => param(page, 'law')).toBe('hoffmann2022');
  await expect(readout(figure, 0)).toContainText('0.457');
  await expect(readout(figure, 4)).toContainText('平均指数：非嵌入 0.708，全部 0.457');
  // The shared link restores the state.
  await page.goto(page.url());
  await expect(readout(figure, 0)).toContainText('0.457');
  await expect(readout(figure, 1)).toContainText('1×10²⁵ FLOPs');
  await expect(figure.locator('select[data-param="law"]')).toHaveValue('hoffmann2022');
});

test('en chapter page: a shared link with Llama 3’s vocabulary (128,256) reads 0.981 at 10¹⁸ FLOPs; typing an aspect ratio of 100 reaches the URL', async ({ page }) => {
  const figure = await open(page, '/en/beyond-chinchilla/?counting-exponent.vocab=128256#fig-counting-exponent', 'counting-exponent');
  await hydrated(figure);
  await expect(readout(figure, 1)).toContainText('Local exponent at 1×10¹⁸ FLOPs, non-embedding count');
  await expect(readout(figure, 1)).toContainText('0.981');
  await expect(readout(figure, 3)).toContainText('N_T 62.1M, N_E 15.1M (76% embedding), 11B tokens');
  await expect(readout(figure, 6)).toContainText('190,340');
  await type(figure, 'aspect', '100');
  await expect.poll(() => param(page, 'counting-exponent.aspect')).toBe('100');
  expect(param(page, 'counting-exponent.vocab')).toBe('128256');
  await expect(readout(figure, 1)).toContainText('0.949');
  await expect(readout(figure, 4)).toContainText('average exponent 0.800 non-embedding, 0.513 total');
  expect(await figure.locator('[data-plot]').innerHTML()).not.toMatch(/NaN|Infinity|undefined/);
  // A value out of range keeps the last good figure and says why next to the field.
  await type(figure, 'vocab', '5');
  await expect(figure.locator('input.ctl-text[data-param="vocab"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(figure.locator('.ctl-error')).toContainText(/1,?000/);
  await expect(readout(figure, 1)).toContainText('0.949');
  expect(param(page, 'counting-exponent.vocab')).toBe('128256');
});
