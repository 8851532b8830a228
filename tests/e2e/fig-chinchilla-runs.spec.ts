// chinchilla-runs in the browser: the 240 Fig. 4 runs (Epoch's extraction) against the chosen law. Switching the
// constant set and the IsoFLOP slice updates the readouts and the URL, a shared link restores them, in both languages.
import { expect, test } from '../support/reused-page';
import { choose, hydrated, open, readout, svg, type } from '../support/figure';

test('chinchilla-runs: the Epoch refit and the 3e20 slice reach the readouts and the URL; the link restores them', async ({ page }) => {
  const figure = await open(page, '/en/figures/chinchilla-runs/', 'chinchilla-runs');
  // Build-time readouts: the unrounded Hoffmann law and the 1e21 slice.
  await expect(readout(figure, 0)).toContainText('RMS 0.0302 nats, mean +0.00863 nats, over 240 runs');
  await expect(readout(figure, 3)).toContainText('16 runs; parabola vertex N_opt 2.83B (58.8B tokens); Hoffmann 2022 predicts 2.22B');
  const before = await svg(figure);
  await choose(figure, 'law', 'besiroglu2024');
  await expect.poll(() => new URL(page.url()).searchParams.get('law')).toBe('besiroglu2024');
  await expect(readout(figure, 0)).toContainText('Residuals under Besiroglu 2024');
  await expect(readout(figure, 0)).toContainText('RMS 0.0218 nats');
  await expect(readout(figure, 3)).toContainText('Besiroglu 2024 predicts 2.78B');
  await expect.poll(() => svg(figure)).not.toBe(before);
  await choose(figure, 'budget', '3e20');
  await expect.poll(() => new URL(page.url()).searchParams.get('budget')).toBe('3e20');
  await expect(readout(figure, 3)).toContainText('Slice at 3×10²⁰ FLOPs (±0.05 decades)');
  await expect(readout(figure, 3)).toContainText('15 runs; parabola vertex N_opt 1.68B');
  await expect(readout(figure, 3)).toContainText('Besiroglu 2024 predicts 1.5B');
  await expect(figure.locator('[data-plot]')).toContainText('C = 3×10²⁰ FLOPs · 15 runs');
  await choose(figure, 'x', 'params');
  await expect.poll(() => new URL(page.url()).searchParams.get('x')).toBe('params');
  await expect(figure.locator('[data-plot]')).toContainText('Parameters N');
  expect(await figure.locator('[data-plot]').innerHTML()).not.toMatch(/NaN|Infinity|undefined/);
  // The shared link reproduces the state.
  await page.goto(page.url());
  await expect(readout(figure, 0)).toContainText('Residuals under Besiroglu 2024');
  await expect(readout(figure, 3)).toContainText('Slice at 3×10²⁰ FLOPs');
  await expect(figure.locator('select[data-param="budget"]')).toHaveValue('3e20');
});

test('chinchilla-runs on the Chinese chapter page: a shared link opens the rounded constants and the 6e19 slice; a narrower slice reaches the URL', async ({ page }) => {
  const figure = await open(page, '/zh/chinchilla/?chinchilla-runs.law=hoffmann2022Rounded&chinchilla-runs.budget=6e19#fig-chinchilla-runs', 'chinchilla-runs');
  await hydrated(figure);
  await expect(readout(figure, 0)).toContainText('Hoffmann 2022（舍入） 下的残差');
  await expect(readout(figure, 0)).toContainText('RMS 0.0526 奈特，均值 −0.0447 奈特');
  await expect(readout(figure, 3)).toContainText('6×10¹⁹ FLOPs 切片（±0.05 个数量级）');
  await expect(readout(figure, 3)).toContainText('13 次训练；抛物线顶点 N_opt 7.42亿');
  await expect(readout(figure, 3)).toContainText('预测 5.12亿');
  await type(figure, 'window', '0.02');
  await expect.poll(() => new URL(page.url()).searchParams.get('chinchilla-runs.window')).toBe('0.02');
  await choose(figure, 'budget', '6e18');
  await expect.poll(() => new URL(page.url()).searchParams.get('chinchilla-runs.budget')).toBe('6e18');
  await expect(readout(figure, 3)).toContainText('2 次训练；无法拟合抛物线');
  await expect(figure.locator('[data-plot]')).toContainText('没有顶点');
  await expect(readout(figure, 4)).toContainText('过 8 个顶点的指数 a');
  // The chapter links the data set on the data page.
  await expect(page.locator('a[href="../data/#chinchilla-runs"]').first()).toBeVisible();
});
