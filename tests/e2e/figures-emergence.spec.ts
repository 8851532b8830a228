// Figure-specific interactions for the emergence chapter: Wei et al. 2022 Table 1 scales reach the readouts and the URL,
// typed values (50%, 1万) travel through the URL, and the chapter's figures, equations and questions are all linkable.
import { expect, test } from '../support/reused-page';
import { choose, hydrated, open, readout, svg, type } from '../support/figure';

test('emergence-tasks: picking WiC reads PaLM 540B at 2.5×10²⁴ FLOPs (Wei Table 1); 50% chance and a 5e23 budget typed in reach the URL', async ({ page }) => {
  const figure = await open(page, '/zh/figures/emergence-tasks/', 'emergence-tasks');
  await expect(readout(figure, 1)).toContainText('3.1×10²³ 训练 FLOPs，GPT-3 1750亿 参数');
  const before = await svg(figure);
  // Focusing the control (as a click or Tab does) loads the island; then pick another row of Table 1.
  const select = figure.locator('select[data-param="task"]');
  await select.focus();
  await hydrated(figure);
  await select.selectOption('wic');
  await expect.poll(() => new URL(page.url()).searchParams.get('task')).toBe('wic');
  await expect(readout(figure, 1)).toContainText('2.5×10²⁴ 训练 FLOPs，PaLM 5400亿 参数');
  await expect(readout(figure, 2)).toContainText('Chowdhery et al. (2022)');
  await expect.poll(() => svg(figure)).not.toBe(before);
  await type(figure, 'chance', '50%');
  await expect.poll(() => new URL(page.url()).searchParams.get('chance')).toBe('0.5');
  await expect(figure.locator('[data-plot]')).toContainText('随机水平 50%');
  // A budget typed as 5e23: every few-shot ability of Table 1 but WiC had emerged by then.
  await type(figure, 'compute', '5e23');
  await expect.poll(() => new URL(page.url()).searchParams.get('compute')).toBe('5e23');
  await expect(readout(figure, 0)).toContainText('9 项中的 8 项');
  // The link reproduces the state.
  await page.goto(page.url());
  await expect(readout(figure, 1)).toContainText('PaLM 5400亿');
});

test('augmented-prompting on the chapter page: a shared link opens the scratchpad row (LaMDA 40M, 8.9×10¹⁹ FLOPs); switching to P(True) calibration updates the URL', async ({
  page,
}) => {
  const figure = await open(page, '/en/emergence/?augmented-prompting.technique=scratchpad#fig-augmented-prompting', 'augmented-prompting');
  await hydrated(figure);
  await expect(readout(figure, 1)).toContainText('8.9×10¹⁹ training FLOPs, LaMDA with 40M parameters');
  await expect(readout(figure, 2)).toContainText('Nye et al. (2021)');
  await figure.locator('select[data-param="technique"]').selectOption('calibration');
  await expect.poll(() => new URL(page.url()).searchParams.get('augmented-prompting.technique')).toBe('calibration');
  await expect(readout(figure, 1)).toContainText('2.6×10²³ training FLOPs, Anthropic with 52B parameters');
  await type(figure, 'baseline', '0');
  await expect.poll(() => new URL(page.url()).searchParams.get('augmented-prompting.baseline')).toBe('0');
});

test('mirage: 1万 test items moves the resolution line to 0.01% and the log axis reaches the URL; the old parameter names still work', async ({ page }) => {
  const figure = await open(page, '/zh/figures/mirage/?answerTokens=20', 'mirage');
  await type(figure, 'testItems', '1万');
  await expect.poll(() => new URL(page.url()).searchParams.get('testItems')).toBe('10000');
  await expect(figure.locator('[data-plot]')).toContainText('1/n = 0.01%');
  await expect(readout(figure, 1)).toContainText('n = 10,000');
  await expect(readout(figure, 0)).toContainText('完全匹配');
  await figure.locator('select[data-param="accuracyAxis"]').selectOption('log');
  await expect.poll(() => new URL(page.url()).searchParams.get('accuracyAxis')).toBe('log');
  expect(new URL(page.url()).searchParams.get('answerTokens')).toBe('20');
  expect(await figure.locator('[data-plot]').innerHTML()).not.toMatch(/NaN|Infinity|undefined/);
});

test('benchmarks-vs-compute: GSM8K and one family reach the readouts and the URL; a shared link restores them (Ruan et al. 2024 data)', async ({ page }) => {
  const figure = await open(page, '/en/figures/benchmarks-vs-compute/', 'benchmarks-vs-compute');
  await expect(readout(figure, 0)).toContainText('121 with training FLOPs and a score on MMLU');
  await expect(readout(figure, 1)).toContainText('25 without training FLOPs');
  const before = await svg(figure);
  await choose(figure, 'benchmark', 'GSM8K');
  await expect.poll(() => new URL(page.url()).searchParams.get('benchmark')).toBe('GSM8K');
  await expect(readout(figure, 2)).toContainText('0%');
  await expect.poll(() => svg(figure)).not.toBe(before);
  await figure.locator('select[data-param="family"]').selectOption('Qwen1.5');
  await expect.poll(() => new URL(page.url()).searchParams.get('family')).toBe('Qwen1.5');
  await expect(readout(figure, 0)).toContainText('7 with training FLOPs');
  await expect(readout(figure, 1)).toContainText('1 without training FLOPs');
  await page.goto(page.url());
  await expect(readout(figure, 0)).toContainText('7 with training FLOPs and a score on GSM8K');
});

test('real-emergence on the chapter page: IPA by exact match has 30 zeros, by BLEU none; Qwen shows its drop at 72B', async ({ page }) => {
  const figure = await open(page, '/zh/emergence/#fig-real-emergence', 'real-emergence');
  await expect(readout(figure, 2)).toContainText('60 个中有 30 个');
  await choose(figure, 'metric', 'bleu');
  await expect.poll(() => new URL(page.url()).searchParams.get('real-emergence.metric')).toBe('bleu');
  await expect(readout(figure, 2)).toContainText('没有');
  await figure.locator('select[data-param="metric"]').selectOption('exact');
  await figure.locator('select[data-param="family"]').selectOption('Qwen');
  await expect.poll(() => new URL(page.url()).searchParams.get('real-emergence.family')).toBe('Qwen');
  await expect(readout(figure, 3)).toContainText('Qwen-14B 0.123 → Qwen-72B 0.014');
  expect(await figure.locator('[data-plot]').innerHTML()).not.toMatch(/NaN|Infinity|undefined/);
});

for (const lang of ['en', 'zh'] as const) {
  test(`the ${lang} emergence chapter embeds its five figures in order and every equation and question anchor`, async ({ page }) => {
    await page.goto(`/${lang}/emergence/`);
    const ids = await page.locator('figure.figure').evaluateAll((fs) => fs.map((f) => f.id));
    expect(ids).toEqual(['fig-emergence-tasks', 'fig-augmented-prompting', 'fig-mirage', 'fig-benchmarks-vs-compute', 'fig-real-emergence']);
    const eqs = await page.locator('.equation').evaluateAll((es) => es.map((e) => e.id));
    expect(eqs).toEqual(['eq-mirage-loss', 'eq-token-correct', 'eq-exact-match', 'eq-edit-distance', 'eq-resolution', 'eq-emergence-score']);
    const questions = await page.locator('section.question').evaluateAll((qs) => qs.map((q) => q.id));
    expect(questions).toEqual(['q-gpt3-arithmetic', 'q-same-compute', 'q-scratchpad-scale', 'q-per-token', 'q-resolution']);
    await expect(page.locator('.takeaway')).toHaveCount(7);
    // A folded answer opens.
    const answer = page.locator('#q-resolution details.answer');
    await answer.locator('summary').click();
    await expect(answer).toContainText('0.0012');
  });
}

test('summary: the reference list has an anchor for every paper, and emergence-chapter links land on them', async ({ page }) => {
  for (const lang of ['en', 'zh'] as const) {
    await page.goto(`/${lang}/summary/`);
    for (const id of [
      'ref-kaplan2020',
      'ref-hoffmann2022',
      'ref-besiroglu2024',
      'ref-li2025',
      'ref-deepseek2024',
      'ref-wei2022',
      'ref-schaeffer2023',
      'ref-sardana2024',
      'ref-brown2020',
      'ref-rae2021',
      'ref-chowdhery2022',
      'ref-touvron2023a',
      'ref-touvron2023b',
      'ref-llama3-2024',
      'ref-deepseekv3-2024',
    ]) {
      await expect(page.locator(`#${id}`), `${lang} ${id}`).toHaveCount(1);
    }
    const arxiv = await page.locator('#references-list a[href^="https://arxiv.org/abs/"]').count();
    expect(arxiv).toBeGreaterThanOrEqual(20);
  }
});
