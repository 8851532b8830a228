// The parameter counter (param-count, issue 16): presets fill the fields and travel in the URL as the preset alone,
// a changed field joins it, a shared link restores the figure, fields that clash are held back with a sentence next
// to them while the figure stays, and the link to the compute planner carries the model's N.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/reused-page';
import { choose, hydrated, open, svg, type } from '../support/figure';

const ID = 'param-count';

/** The value of the readout whose label matches. */
const value = (figure: Locator, label: string | RegExp) => figure.locator('.fig-readouts .readout', { has: figure.page().locator('dt', { hasText: label }) }).locator('dd');
/** The figure's own keys in the URL (without the chapter page's `param-count.` prefix). */
function state(page: Page, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(page.url()).searchParams) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}

for (const [lang, total, active, totalLabel, activeLabel] of [
  ['en', '46.7B (46,702,792,704)', '12.9B (12,879,925,248) · 27.6% of the total', 'Total parameters', 'Used per token'],
  ['zh', '467亿（46,702,792,704）', '129亿（12,879,925,248） · 占总量 27.6%', '总参数量', '每词元使用'],
] as const) {
  test(`${lang}: picking Mixtral 8×7B reads ${total} total and ${active} used per token; the URL holds only the preset`, async ({ page }) => {
    const figure = await open(page, `/${lang}/figures/${ID}/`, ID);
    const before = await svg(figure);
    await choose(figure, 'preset', 'mixtral_8x7b');
    await expect(value(figure, totalLabel)).toHaveText(total);
    await expect(value(figure, activeLabel)).toHaveText(active);
    // The fields show Mixtral's configuration.
    await expect(figure.locator('input.ctl-text[data-param="experts"]')).toHaveValue('8');
    await expect(figure.locator('input.ctl-text[data-param="activeExperts"]')).toHaveValue('2');
    await expect(figure.locator('input.ctl-text[data-param="vocab"]')).toHaveValue('32000');
    await expect.poll(() => state(page)).toEqual({ preset: 'mixtral_8x7b' });
    await expect.poll(() => svg(figure)).not.toBe(before);
  });
}

test('editing a field after a preset writes it next to the preset; reloading the URL restores the figure and the field', async ({ page }) => {
  const figure = await open(page, `/en/figures/${ID}/`, ID);
  await choose(figure, 'preset', 'mixtral_8x7b');
  await expect(value(figure, 'Total parameters')).toHaveText('46.7B (46,702,792,704)');
  await type(figure, 'layers', '40');
  await expect(value(figure, 'Total parameters')).toHaveText('58.3B (58,312,953,856)');
  await expect(value(figure, 'Architecture')).toHaveText('Mixtral 8×7B, changed: Layers n_layer');
  await expect.poll(() => state(page)).toEqual({ preset: 'mixtral_8x7b', layers: '40' });
  const picture = await svg(figure);
  await page.reload();
  await figure.locator('select[data-param="preset"]').focus();
  await hydrated(figure);
  await expect(value(figure, 'Total parameters')).toHaveText('58.3B (58,312,953,856)');
  await expect(figure.locator('input.ctl-text[data-param="layers"]')).toHaveValue('40');
  await expect(figure.locator('select[data-param="preset"]')).toHaveValue('mixtral_8x7b');
  await expect.poll(() => svg(figure)).toBe(picture);
});

test('a shared chapter link with DeepSeek-V3 at 30 layers restores it, latent attention kept (the KV-heads field dimmed)', async ({ page }) => {
  const figure = await open(page, `/en/beyond-chinchilla/?${ID}.preset=deepseek_v3&${ID}.layers=30#fig-${ID}`, ID);
  await hydrated(figure);
  await expect(value(figure, 'Total parameters')).toHaveText('314B (314,300,544,768)');
  await expect(value(figure, 'Kept from the preset')).toContainText('multi-head latent attention');
  await expect(figure.locator('input.ctl-text[data-param="layers"]')).toHaveValue('30');
  await expect(figure.locator('input.ctl-text[data-param="dModel"]')).toHaveValue('7168');
  await expect(figure.locator('.ctl.ctl-unused input.ctl-text[data-param="kvHeads"]')).toHaveCount(1);
  expect(await figure.locator('[data-plot]').innerHTML()).not.toMatch(/NaN|Infinity|undefined/);
});

test('bad input keeps the last figure: KV heads that do not divide the heads, then a fix in another field; experts before experts per token', async ({ page }) => {
  const figure = await open(page, `/en/figures/${ID}/`, ID);
  await type(figure, 'layers', '30');
  await expect(value(figure, 'Total parameters')).toContainText('7.59B');
  await expect.poll(() => state(page)).toEqual({ layers: '30' });
  const picture = await svg(figure);
  const readouts = await figure.locator('.fig-readouts').innerText();
  // 32 heads cannot be shared among 64 KV heads: the sentence sits next to the field, nothing else moves.
  await type(figure, 'kvHeads', '64');
  const kvError = figure.locator('.ctl:has(input[data-param="kvHeads"]) .ctl-error');
  await expect(kvError).toHaveText('32 heads cannot be shared out evenly among 64 key/value heads: the key/value heads must divide the heads.');
  await expect(figure.locator('input.ctl-text[data-param="kvHeads"]')).toHaveAttribute('aria-invalid', 'true');
  await page.waitForTimeout(400);
  expect(await svg(figure)).toBe(picture);
  expect(await figure.locator('.fig-readouts').innerText()).toBe(readouts);
  expect(state(page)).toEqual({ layers: '30' });
  // Text that is not a number: its own message, the figure still the last good one.
  await type(figure, 'dModel', '4k96');
  await expect(figure.locator('.ctl:has(input[data-param="dModel"]) .ctl-error')).toContainText('“4k96”');
  expect(await svg(figure)).toBe(picture);
  await type(figure, 'dModel', '4096');
  // 64 heads make the held-back 64 KV heads valid: both are taken together.
  await type(figure, 'heads', '64');
  await expect(kvError).toHaveCount(0);
  await expect.poll(() => state(page)).toEqual({ layers: '30', heads: '64', kvHeads: '64' });
  await expect.poll(() => svg(figure)).not.toBe(picture);
  // Experts with none used per token: held back until the experts per token are set.
  await type(figure, 'experts', '8');
  await expect(figure.locator('.ctl:has(input[data-param="experts"]) .ctl-error')).toContainText('With 8 experts, each token must use at least one');
  await type(figure, 'activeExperts', '2');
  await expect(figure.locator('.ctl-error')).toHaveCount(0);
  await expect(value(figure, 'Used per token')).toContainText('% of the total');
  await expect.poll(() => state(page)).toEqual({ layers: '30', heads: '64', kvHeads: '64', experts: '8', activeExperts: '2' });
});

test('a URL whose fields clash shows the held-back value in its field with the reason, and the figure without it', async ({ page }) => {
  const figure = await open(page, `/en/figures/${ID}/?preset=mixtral_8x7b&activeExperts=9`, ID);
  await hydrated(figure);
  await expect(figure.locator('.ctl:has(input[data-param="activeExperts"]) .ctl-error')).toHaveText('A token cannot use 9 of 8 experts: at most 8.');
  await expect(figure.locator('input.ctl-text[data-param="activeExperts"]')).toHaveValue('9');
  await expect(value(figure, 'Used per token')).toContainText('12.9B');
});

for (const [lang, said] of [
  ['en', '“eighty” is not a number. Try 7B, 1.4T, 6e23 or 70亿. 80 is used instead, as the chosen preset or this page sets it.'],
  ['zh', '“eighty” 不是一个数。可以写 7B、1.4T、6e23 或 70亿。 已改用所选预设或本页设定的值 80。'],
] as const) {
  test(`${lang}: an unreadable field under a preset is replaced by the preset’s value, and the notice names that value, not the default`, async ({ page }) => {
    const figure = await open(page, `/${lang}/figures/${ID}/?preset=llama3_70b&layers=eighty`, ID);
    await hydrated(figure);
    await expect(figure.locator('[role="status"]')).toContainText(said);
    await expect(figure.locator('input.ctl-text[data-param="layers"]')).toHaveValue('80');
  });
}

test('the planner link carries N: Mixtral’s 12.9B used per token open the compute planner asking for a model of that size', async ({ page }) => {
  const figure = await open(page, `/en/figures/${ID}/?preset=mixtral_8x7b`, ID);
  await hydrated(figure);
  const link = value(figure, 'Compute planner').locator('a');
  await expect(link).toHaveText('Plan a compute-optimal run for N = 12.9B (the parameters used per token) →');
  await expect(link).toHaveAttribute('href', '/en/figures/compute-planner/?mode=params&params=12879925248');
  await link.click();
  await page.waitForURL('**/en/figures/compute-planner/?mode=params&params=12879925248');
  const planner = page.locator('#fig-compute-planner');
  await hydrated(planner);
  await expect(planner.locator('select[data-param="mode"]')).toHaveValue('params');
  await expect(planner.locator('input.ctl-text[data-param="params"]')).toHaveValue('12.8799B');
  await expect(planner.locator('.fig-status')).not.toContainText('Ignored');
  // In Chinese the link goes to the Chinese planner.
  const zh = await open(page, `/zh/figures/${ID}/`, ID);
  await expect(value(zh, '计算规划器').locator('a')).toHaveAttribute('href', '/zh/figures/compute-planner/?mode=params&params=8030261248');
});
