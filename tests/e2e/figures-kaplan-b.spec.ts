// Figure-specific interactions for next-token, sample-efficiency, kaplan-allocation, context-position,
// distribution-shift and step-law: typed values (1亿, 15亿, 3634, 2T) and picked options reach the readouts and the URL,
// and the URL reproduces them.
import { expect, test } from '../support/reused-page';
import { choose, hydrated, open, param, readout, type } from '../support/figure';

test('next-token: “咖啡” as the true token and uniform weights give ln 6 = 1.792 nats = 2.585 bits, perplexity 6', async ({ page }) => {
  const figure = await open(page, '/zh/figures/next-token/', 'next-token');
  await expect(readout(figure, 1)).toContainText('1.204 奈特 = 1.737 比特');
  await choose(figure, 'target', '1');
  await expect.poll(() => param(page, 'target')).toBe('1');
  await expect(readout(figure, 0)).toContainText('45%');
  await type(figure, 'weights', '1，1，1，1，1，1');
  await expect.poll(() => param(page, 'weights')).toBe('1,1,1,1,1,1');
  await expect(readout(figure, 1)).toContainText('1.792 奈特 = 2.585 比特');
  await expect(readout(figure, 2)).toContainText('6');
  await expect(figure.locator('[data-plot]')).toContainText('真正的下一个词元：“咖啡”');
  // Five numbers are refused with a message; the figure keeps the last good state.
  await type(figure, 'weights', '1,2,3,4,5');
  await expect(figure.locator('.ctl-error')).toBeVisible();
  expect(param(page, 'weights')).toBe('1,1,1,1,1,1');
  await page.reload();
  await hydrated(figure);
  await expect(readout(figure, 1)).toContainText('1.792 奈特');
});

test('sample-efficiency: sizes typed as 1亿, 15亿 and L = 3 read 29.3B and 5.28B tokens (eq 1.6, Table 3)', async ({ page }) => {
  const figure = await open(page, '/zh/figures/sample-efficiency/', 'sample-efficiency');
  await type(figure, 'sizes', '1亿, 15亿');
  await expect.poll(() => param(page, 'sizes')).toBe('1e8,1.5e9');
  await expect(figure.locator('.fig-readouts .readout')).toHaveCount(2);
  await expect(readout(figure, 0)).toContainText('需要 35.9亿 个词元');
  await type(figure, 'targetLoss', '3');
  await expect.poll(() => param(page, 'targetLoss')).toBe('3');
  await expect(readout(figure, 0)).toContainText('需要 293亿 个词元');
  await expect(readout(figure, 1)).toContainText('需要 52.8亿 个词元');
  await figure.locator('input[type="checkbox"][data-param="adjust"]').uncheck();
  await expect.poll(() => param(page, 'adjust')).toBe('0');
});

test('sample-efficiency on the chapter page: the page-given sizes are the base, keys carry the figure id', async ({ page }) => {
  const figure = await open(page, '/en/kaplan/#fig-sample-efficiency', 'sample-efficiency');
  await expect(figure.locator('.fig-readouts .readout')).toHaveCount(3);
  await type(figure, 'targetLoss', '4');
  await expect.poll(() => param(page, 'sample-efficiency.targetLoss')).toBe('4');
  await expect(readout(figure, 0)).toContainText('N = 10M: to reach L = 4');
  await expect(readout(figure, 0)).toContainText('needs 2.98B tokens');
});

test('kaplan-allocation: 1 PF-day reads the Table 6 prefactors; 3634 PF-days is 3.14×10²³ FLOPs', async ({ page }) => {
  const figure = await open(page, '/en/figures/kaplan-allocation/', 'kaplan-allocation');
  await type(figure, 'budget', '1');
  await expect.poll(() => param(page, 'budget')).toBe('1');
  await expect(readout(figure, 1)).toContainText('1.3B non-embedding params');
  await expect(readout(figure, 2)).toContainText('20B tokens');
  await expect(readout(figure, 3)).toContainText('2M tokens per batch');
  await expect(readout(figure, 4)).toContainText('5,400 steps');
  await expect(figure.locator('.fig-warnings')).toHaveCount(0);
  await type(figure, 'budget', '3634');
  await expect.poll(() => param(page, 'budget')).toBe('3634');
  await expect(readout(figure, 0)).toContainText('3.14×10²³ FLOPs');
  await type(figure, 'budget', '1e5');
  await expect(figure.locator('.fig-warnings p')).toHaveCount(2);
  await expect(figure.locator('.fig-warnings')).toContainText('eq 6.8');
});

test('context-position: Home moves the read-out to T = 1 (7.2 … 7.7 nats); unticking fit 2 drops it', async ({ page }) => {
  const figure = await open(page, '/en/figures/context-position/', 'context-position');
  const slider = figure.locator('input[type="range"][data-param="position"]');
  await slider.focus();
  await hydrated(figure);
  await page.keyboard.press('Home');
  await expect.poll(() => param(page, 'position')).toBe('1');
  await expect(readout(figure, 0)).toContainText('7.2 nats');
  await expect(readout(figure, 5)).toContainText('7.7 nats');
  await type(figure, 'position', '1024');
  await expect(readout(figure, 5)).toContainText('2.37 nats');
  await figure.locator('input[type="checkbox"][data-param="fit2"]').uncheck();
  await expect.poll(() => param(page, 'fit2')).toBe('0');
  await expect(figure.locator('.fig-readouts .readout')).toHaveCount(5);
  await expect(figure.locator('[data-plot]')).not.toContainText('3.4 + 4.0·T^−0.56');
});

test('distribution-shift: 15亿 gives the WebText2 loss 2.30 nats (eq 1.1); the Fig. 8 right view keeps Books and Wikipedia', async ({ page }) => {
  const figure = await open(page, '/zh/figures/distribution-shift/', 'distribution-shift');
  await expect(figure.locator('.fig-badge')).toBeVisible();
  await type(figure, 'size', '15亿');
  await expect.poll(() => param(page, 'size')).toBe('1.5e9');
  await expect(readout(figure, 0)).toContainText('2.3 奈特');
  await choose(figure, 'datasets', 'right');
  await expect.poll(() => param(page, 'datasets')).toBe('right');
  await expect(readout(figure, 1)).not.toContainText('Common Crawl');
  await expect(readout(figure, 1)).toContainText('Books');
  await expect(figure.locator('[data-plot]')).not.toContainText('Internet Books');
});

test('step-law: 7B on 1.4T reads η 9.17×10⁻⁴ and 2,441 sequences; DeepSeek 7B’s shape reproduces Table 2 within rounding', async ({ page }) => {
  const figure = await open(page, '/en/figures/step-law/', 'step-law');
  await expect(readout(figure, 0)).toContainText('9.17×10⁻⁴');
  await expect(readout(figure, 1)).toContainText('5M tokens ≈ 2,441 sequences of 2,048');
  await expect(figure.locator('.fig-warnings p')).toHaveCount(3);
  await type(figure, 'tokens', '2T');
  await type(figure, 'seqLen', '4096');
  await choose(figure, 'compute', 'shape');
  await type(figure, 'layers', '30');
  await expect.poll(() => new URL(page.url()).search).toBe('?tokens=2e12&seqLen=4096&compute=shape&layers=30');
  await expect(readout(figure, 2)).toContainText('C = M·D, M = 4.23×10¹⁰ FLOPs/token');
  await expect(readout(figure, 3)).toContainText('4.25×10⁻⁴');
  await expect(readout(figure, 4)).toContainText('2,252 sequences of 4,096');
  // Inside both of Step Law's ranges only DeepSeek's warning is left.
  await type(figure, 'params', '500M');
  await type(figure, 'tokens', '20B');
  await expect(figure.locator('.fig-warnings p')).toHaveCount(1);
  await expect(figure.locator('.fig-warnings')).toContainText('DeepSeek');
});

test('step-law on the tools page: a shared link with step-law.* keys sets the calculator', async ({ page }) => {
  const figure = await open(page, '/zh/tools/?step-law.params=5亿&step-law.tokens=2e10#fig-step-law', 'step-law');
  await hydrated(figure);
  await expect(figure.locator('input.ctl-text[data-param="params"]')).toHaveValue('5亿');
  await expect(figure.locator('.fig-warnings p')).toHaveCount(1);
  await expect(readout(figure, 1)).toContainText('条长 2,048 的序列');
});
