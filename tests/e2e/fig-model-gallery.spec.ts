// model-gallery with its two sources (papers cited on the site; the Observational Scaling Laws release, Ruan, Maddison &
// Hashimoto 2024), and the link every real-data figure's source line makes to the data page, with the data named in
// "cite this figure" — in both languages, on the chapter pages, the standalone pages and under a sub-path.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/reused-page';
import { choose, hydrated, open, param, readouts } from '../support/figure';
import { PORT } from '../support/site';

const SUB = `http://localhost:${PORT + 1}/scaling/`;
const LANGS = ['en', 'zh'] as const;

/** The real-data figures, their chapter and the data sets their source line links to (in that order). */
const REAL_DATA = {
  'benchmarks-vs-compute': { home: 'emergence', data: ['obsscaling-benchmarks'] },
  'real-emergence': { home: 'emergence', data: ['obsscaling-emergent', 'obsscaling-benchmarks'] },
  'model-gallery': { home: 'chinchilla', data: ['obsscaling-benchmarks'] },
} as const;

const dataLinks = (figure: Locator) => figure.locator('.fig-datasets a[data-dataset-link]');

/** Wakes the figure's island the way a reader does (focusing a control), then asks for its citation and returns the box. */
async function cite(figure: Locator, id: string): Promise<Locator> {
  await figure.locator('[data-param]').first().focus();
  await hydrated(figure);
  await figure.locator('[data-action="cite"]').click();
  const box = figure.locator(`#${id}-citation`);
  await expect(box).toBeVisible();
  return box;
}

/** Follows the figure's link to a data set and checks it lands on that data set's entry of the data page, on screen. */
async function followDataLink(page: Page, figure: Locator, dataset: string, path: string) {
  await figure.locator(`a[data-dataset-link="${dataset}"]`).click();
  await page.waitForURL(`**${path}data/#${dataset}`);
  const section = page.locator(`section.dataset#${dataset}`);
  await expect(section).toBeVisible();
  await expect(section).toBeInViewport();
  await expect(section.locator('[data-download]')).toHaveCount(1);
}

for (const lang of LANGS) {
  test(`${lang}: on the emergence chapter, the real-data figures link their source line to their data sets on the data page`, async ({ page }) => {
    await page.goto(`/${lang}/emergence/`);
    for (const id of ['benchmarks-vs-compute', 'real-emergence'] as const) {
      const figure = page.locator(`#fig-${id}`);
      const links = dataLinks(figure);
      await expect(links).toHaveCount(REAL_DATA[id].data.length);
      for (const [i, d] of REAL_DATA[id].data.entries()) await expect(links.nth(i)).toHaveAttribute('href', `/${lang}/data/#${d}`);
      await expect(figure.locator('.fig-datasets')).toContainText(lang === 'zh' ? '数据：' : 'Data: ');
    }
    // Figures drawn from the papers' formulas have no data link.
    await expect(dataLinks(page.locator('#fig-mirage'))).toHaveCount(0);
    await followDataLink(page, page.locator('#fig-real-emergence'), 'obsscaling-emergent', `/${lang}/`);
  });

  test(`${lang}: each real-data figure's own page links to its data sets, and the link lands on the right entry`, async ({ page }) => {
    for (const [id, { data }] of Object.entries(REAL_DATA)) {
      const figure = await open(page, `/${lang}/figures/${id}/`, id);
      const links = dataLinks(figure);
      await expect(links).toHaveCount(data.length);
      for (const [i, d] of data.entries()) await expect(links.nth(i)).toHaveAttribute('href', `/${lang}/data/#${d}`);
    }
    const figure = await open(page, `/${lang}/figures/model-gallery/`, 'model-gallery');
    await followDataLink(page, figure, 'obsscaling-benchmarks', `/${lang}/`);
  });

  test(`${lang}: "cite this figure" names the data: model-gallery on its page, real-emergence in its chapter`, async ({ page }) => {
    const gallery = await open(page, `/${lang}/figures/model-gallery/`, 'model-gallery');
    const text = await cite(gallery, 'model-gallery');
    await expect(text).toHaveValue(
      lang === 'zh'
        ? /CC BY 4\.0 许可（[^）]+）。数据：Ruan、Maddison 和 Hashimoto，2024，ObsScaling（ryoungj\/ObsScaling，eval_results\/base_llm_benchmark_eval\.csv，提交 4d6e1e4，Apache-2\.0）。$/
        : /CC BY 4\.0 \([^)]+\)\. Data: Ruan, Maddison & Hashimoto 2024, ObsScaling \(ryoungj\/ObsScaling, eval_results\/base_llm_benchmark_eval\.csv, commit 4d6e1e4, Apache-2\.0\)\.$/,
    );
    await page.goto(`/${lang}/emergence/#fig-real-emergence`);
    await expect(await cite(page.locator('#fig-real-emergence'), 'real-emergence')).toHaveValue(/base_llm_emergent_capability_eval\.csv.*base_llm_benchmark_eval\.csv/);
    // A figure drawn from a paper's formulas cites no data.
    await expect(await cite(page.locator('#fig-mirage'), 'mirage')).not.toHaveValue(/Data:|数据：/);
  });
}

test('under the sub-path /scaling/, the data links keep the base and land on the data page', async ({ page }) => {
  await page.goto(`${SUB}zh/figures/model-gallery/`);
  const figure = page.locator('#fig-model-gallery');
  await expect(dataLinks(figure)).toHaveAttribute('href', '/scaling/zh/data/#obsscaling-benchmarks');
  await followDataLink(page, figure, 'obsscaling-benchmarks', '/scaling/zh/');
  await page.goto(`${SUB}en/emergence/`);
  await expect(dataLinks(page.locator('#fig-benchmarks-vs-compute'))).toHaveAttribute('href', '/scaling/en/data/#obsscaling-benchmarks');
});

/** Where a datum sits in the model-gallery chart: its log scales (WIDTH 640, HEIGHT 520, margins 56/30/22/44), scaled to the SVG's box. */
async function pointAt(figure: Locator, params: number, tokens: number, view: { params: [number, number]; tokens: [number, number] }) {
  const svg = figure.locator('[data-plot] svg[class^="plot"]').first();
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  const k = box.width / 640;
  const f = (v: number, [a, b]: [number, number]) => (Math.log10(v) - Math.log10(a)) / (Math.log10(b) - Math.log10(a));
  return { x: box.x + k * (56 + f(params, view.params) * (640 - 56 - 30)), y: box.y + k * (520 - 44 - f(tokens, view.tokens) * (520 - 44 - 22)) };
}

const WIDE = { params: [5e7, 3e12] as [number, number], tokens: [1e9, 4e13] as [number, number] };

for (const lang of LANGS) {
  test(`${lang}: model-gallery shows both sources with a legend; "release only" reaches the URL; hovering pythia-70m reads its name, N, D, tokens per parameter and source`, async ({
    page,
  }) => {
    const figure = await open(page, `/${lang}/figures/model-gallery/`, 'model-gallery');
    const legend = figure.locator('[data-plot] [class*="-swatches-wrap"]');
    const paperLabel = lang === 'zh' ? '本站引用的论文' : 'Papers cited on this site';
    const releaseLabel = lang === 'zh' ? 'Observational Scaling Laws 数据发布' : 'Observational Scaling Laws release';
    await expect(legend).toContainText(paperLabel);
    await expect(legend).toContainText(releaseLabel);
    await expect(readouts(figure)).toContainText(
      lang === 'zh'
        ? '来自论文 13 个（实心圆点），来自 Observational Scaling Laws 数据发布 113 个'
        : '13 from papers (filled dots), 113 from the Observational Scaling Laws release',
    );
    await expect(readouts(figure)).toContainText(lang === 'zh' ? '25 个没有预训练词元数' : '25 have no pretraining token count');

    await choose(figure, 'show', 'release');
    await expect.poll(() => param(page, 'show')).toBe('release');
    await expect(legend).not.toContainText(paperLabel);
    await expect(readouts(figure)).toContainText(lang === 'zh' ? '来自论文 0 个' : '0 from papers');

    // pythia-70m-deduped: 70M parameters on 300B tokens, the leftmost point of the release.
    await hydrated(figure);
    const at = await pointAt(figure, 7e7, 3e11, WIDE);
    await page.mouse.move(at.x + 3, at.y + 3);
    await page.mouse.move(at.x, at.y);
    const tip = figure.locator('[data-plot] g[aria-label="tip"]');
    await expect(tip).toContainText('pythia-70m-deduped');
    // Plot's tip wraps long lines (its line breaks read as zero-width spaces): compare the words.
    const said = ((await tip.textContent()) ?? '').replace(/[\u200b\s]+/g, ' ');
    const expected =
      lang === 'zh'
        ? ['参数量 N：7000万', '训练词元数 D：3000亿', '词元/参数：4,286', '来源：Observational Scaling Laws 数据发布（Ruan、Maddison 和 Hashimoto，2024）']
        : ['Parameters N: 70M', 'Training tokens D: 300B', 'Tokens per parameter: 4,286', 'Source: Observational Scaling Laws release (Ruan, Maddison & Hashimoto 2024)'];
    for (const words of expected) expect(said).toContain(words);

    // A shared link restores the choice; the papers-only view draws no release point.
    await page.goto(`/${lang}/figures/model-gallery/?show=papers`);
    await expect(figure.locator('select[data-param="show"]')).toHaveValue('papers');
    await expect(legend).not.toContainText(releaseLabel);
    await expect(readouts(figure)).toContainText(lang === 'zh' ? '来自 Observational Scaling Laws 数据发布 0 个' : '0 from the Observational Scaling Laws release');
  });
}
