// data-constrained (issue 16): Muennighoff et al. 2023's law along C = 6ND for a unique-token budget. Typing unique
// tokens the way readers write them (5000亿, 1T) reaches the readouts and the URL, a shared link restores the state, a
// bad value is refused next to the field and keeps the last good figure, and hovering the optimum reads the curve in the
// reader's language. Numbers as in tests/unit/figures/data-constrained.test.ts.
import { expect, test } from '../support/reused-page';
import { choose, hydrated, open, param, readout, readouts, svg, type } from '../support/figure';

/** Hovers the data-constrained optimum's dot and returns the tip's words (Plot's line breaks read as zero-width spaces). */
async function tipAtOptimum(page: import('@playwright/test').Page, figure: import('@playwright/test').Locator): Promise<string> {
  const dot = figure.locator('[data-plot] circle[fill="#0072B2"]').first();
  await dot.scrollIntoViewIfNeeded();
  const box = (await dot.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x + 4, y + 4);
  await page.mouse.move(x, y);
  const tip = figure.locator('[data-plot] g[aria-label="tip"]');
  await expect(tip).not.toBeEmpty();
  return ((await tip.textContent()) ?? '').replace(/[\u200b\s]+/g, ' ');
}

test('zh standalone page: 5000亿 unique tokens reach the readouts and the URL, then 1e24 FLOPs; the link restores both; hovering reads Chinese', async ({ page }) => {
  const figure = await open(page, '/zh/figures/data-constrained/', 'data-constrained');
  // Build-time readouts: the README's example, 1e22 FLOPs and 25B unique tokens.
  await expect(readout(figure, 0)).toContainText('250亿 个独有词元、1×10²² FLOPs 下的最优点');
  await expect(readout(figure, 0)).toContainText('70.3亿 参数，2370亿 词元，损失 2.222 奈特');
  await expect(readout(figure, 4)).toContainText('+0.034 奈特（+1.56%）');
  await expect(figure.locator('.fig-warnings')).toHaveCount(0);
  const before = await svg(figure);

  await type(figure, 'uniqueTokens', '5000亿');
  await expect.poll(() => param(page, 'uniqueTokens')).toBe('5e11');
  await expect(readout(figure, 0)).toContainText('5000亿 个独有词元');
  await expect(readout(figure, 1)).toContainText('0.362：独有词元没有用完，没有重复');
  await expect(readout(figure, 4)).toContainText('没有：独有词元足够新数据最优点所需的 1810亿 词元');
  await expect.poll(() => svg(figure)).not.toBe(before);

  await type(figure, 'budget', '1e24');
  await expect.poll(() => param(page, 'budget')).toBe('1e24');
  await expect(readout(figure, 0)).toContainText('781亿 参数，2.13万亿 词元，损失 2.016 奈特');
  await expect(readout(figure, 1)).toContainText('4.27，即重复 R_D = 3.27 次');
  await expect(readout(figure, 2)).toContainText('D′ 1.97万亿 词元（D 的 92.4%）');
  await expect(readout(figure, 3)).toContainText('922亿 参数，1.81万亿 词元，损失 2.011 奈特');
  await expect(readout(figure, 4)).toContainText('+0.0054 奈特（+0.271%）');
  // 78.1B parameters lie beyond the 9B the law was fitted on.
  await expect(figure.locator('.fig-warnings')).toContainText('最优点有 781亿 参数，超过了拟合这个定律所用的最大模型（90 亿');
  expect(await figure.locator('[data-plot]').innerHTML()).not.toMatch(/NaN|Infinity|undefined/);

  const said = await tipAtOptimum(page, figure);
  // The tip reads the curve point nearest the pointer (a grid step from the optimum's 4.27 epochs).
  expect(said).toMatch(/数据受限（U_D 固定） 轮数：4\.\d+ 词元数 D：2\.\d+万亿 参数量 N：\d+亿 损失：2\.02 有效数据量 D′：\d\.\d+万亿/);

  // The shared link restores the state.
  await page.goto(page.url());
  await expect(figure.locator('input.ctl-text[data-param="uniqueTokens"]')).toHaveValue('5000亿');
  await expect(readout(figure, 0)).toContainText('5000亿 个独有词元、1×10²⁴ FLOPs 下的最优点');
  await expect(readout(figure, 0)).toContainText('781亿 参数');
});

test('en chapter page: a shared link sets 1e24 FLOPs; typing 1T and choosing the tokens axis reach the URL; bad input is refused and keeps the figure', async ({ page }) => {
  const figure = await open(page, '/en/beyond-chinchilla/?data-constrained.budget=1e24#fig-data-constrained', 'data-constrained');
  await hydrated(figure);
  await expect(readout(figure, 0)).toContainText('Optimum with 25B unique tokens at 1×10²⁴ FLOPs');
  await type(figure, 'uniqueTokens', '1T');
  await expect.poll(() => param(page, 'data-constrained.uniqueTokens')).toBe('1e12');
  expect(param(page, 'data-constrained.budget')).toBe('1e24');
  await expect(readout(figure, 0)).toContainText('Optimum with 1T unique tokens at 1×10²⁴ FLOPs');
  await expect(readout(figure, 0)).toContainText('85.6B params on 1.95T tokens, loss 2.012 nats');
  await expect(readout(figure, 1)).toContainText('1.95, that is R_D = 0.947 repetitions');
  await expect(readout(figure, 2)).toContainText('D′ 1.92T tokens (98.5% of D), N′ 83.5B params (97.5% of N)');
  await expect(readout(figure, 4)).toContainText('+0.0011 nats (+0.0524%)');
  await expect(figure.locator('.fig-warnings')).toContainText('The optimum has 85.6B parameters, more than the largest models (9B)');

  await choose(figure, 'x', 'tokens');
  await expect.poll(() => param(page, 'data-constrained.x')).toBe('tokens');
  await expect(figure.locator('[data-plot]')).toContainText('Training tokens D (model N = C/6D)');
  const said = await tipAtOptimum(page, figure);
  expect(said).toMatch(/Data-constrained \(U_D fixed\) Epochs: \d\.\d+ Tokens D: \d\.\d+T Parameters N: \d+(\.\d)?B Loss: 2\.01 Effective data D′: \d\.\d+T/);

  // Move the pointer away so the picture compared below has no tip.
  await page.mouse.move(0, 0);
  await expect(figure.locator('[data-plot] g[aria-label="tip"]')).toBeEmpty();

  // Nonsense and an out-of-range value: a message next to the field, the last good figure, readouts and URL kept.
  const picture = await svg(figure);
  const field = figure.locator('input.ctl-text[data-param="uniqueTokens"]');
  await type(figure, 'uniqueTokens', 'lots');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(figure.locator('.ctl-error')).toBeVisible();
  await expect(readout(figure, 0)).toContainText('85.6B params');
  expect(param(page, 'data-constrained.uniqueTokens')).toBe('1e12');
  await type(figure, 'uniqueTokens', '1e16');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(figure.locator('.ctl-error')).toContainText(/100M|1×10⁸|1e8/);
  await expect(figure.locator('.ctl-error')).toContainText(/100T|1×10¹⁴|1e14/);
  expect(await svg(figure)).toBe(picture);
  await expect(readouts(figure)).toContainText('85.6B params on 1.95T tokens');
  expect(param(page, 'data-constrained.uniqueTokens')).toBe('1e12');
});
