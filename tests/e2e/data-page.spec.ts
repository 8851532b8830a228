import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/reused-page';
import { csvParse } from 'd3-dsv';
import { PORT } from '../support/site';

// The data page (/<lang>/data/): every shipped data set with its row counts, computed here from the files on disk, and
// download links that return those files byte for byte, at the root and under the sub-path build.
const SUB = `http://localhost:${PORT + 1}/scaling/`;
const FILES = {
  'chinchilla-fig4-epoch': 'src/data/chinchilla-fig4-epoch.csv',
  base_llm_benchmark_eval: 'src/data/obsscaling/base_llm_benchmark_eval.csv',
  base_llm_emergent_capability_eval: 'src/data/obsscaling/base_llm_emergent_capability_eval.csv',
} as const;
const bytes = (name: keyof typeof FILES) => readFileSync(join(process.cwd(), FILES[name]));
const rows = (name: keyof typeof FILES) => csvParse(bytes(name).toString('utf8'));

const bench = rows('base_llm_benchmark_eval');
const noFlops = new Set(bench.filter((r) => r['FLOPs (1E21)'] === '').map((r) => r.Model));
const emergent = rows('base_llm_emergent_capability_eval');
const emergentNoFlops = emergent.filter((r) => noFlops.has(r.Model)).length;
const chinchillaRows = rows('chinchilla-fig4-epoch').length;
// Epoch AI's filter keeps 240 of the 245 extracted runs (Besiroglu et al. 2024, "Our sample size is 240").
const CHINCHILLA_USED = 240;

const TEXT = {
  en: {
    title: 'Data',
    footer: 'Data',
    rows: {
      'chinchilla-runs': `${chinchillaRows} rows in the file; the site uses ${CHINCHILLA_USED} of them.`,
      'obsscaling-benchmarks': `${bench.length} models. ${noFlops.size} of them have no pretraining token count`,
      'obsscaling-emergent': `${emergent.length} models, all of them also in the table above; ${emergentNoFlops} of them have no training FLOPs.`,
    },
    filtered: `can place only the ${bench.length - noFlops.size} models`,
  },
  zh: {
    title: '数据',
    footer: '数据',
    rows: {
      'chinchilla-runs': `文件共 ${chinchillaRows} 行，本站使用其中 ${CHINCHILLA_USED} 行。`,
      'obsscaling-benchmarks': `共 ${bench.length} 个模型。其中 ${noFlops.size} 个没有预训练词元数`,
      'obsscaling-emergent': `共 ${emergent.length} 个模型，都在上表中；其中 ${emergentNoFlops} 个没有训练计算量。`,
    },
    filtered: `只能画出有这一数值的 ${bench.length - noFlops.size} 个模型`,
  },
} as const;

test('the counts this spec expects are the files’ own (245 / 148 / 84 rows, 25 and 11 without FLOPs)', () => {
  expect([chinchillaRows, bench.length, noFlops.size, emergent.length, emergentNoFlops]).toEqual([245, 148, 25, 84, 11]);
});

for (const lang of ['en', 'zh'] as const) {
  test(`/${lang}/data/ is linked from the footer, shows each data set's row counts, and its downloads are the shipped files`, async ({ page }) => {
    const text = TEXT[lang];
    await page.goto(`/${lang}/`);
    await page.locator('.site-footer a[data-footer-data]', { hasText: text.footer }).click();
    await page.waitForURL(`**/${lang}/data/`);
    await expect(page.locator('h1')).toHaveText(text.title);
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');

    const sections = page.locator('section[data-dataset]');
    await expect(sections).toHaveCount(3);
    for (const [id, rowsText] of Object.entries(text.rows)) {
      await expect(page.locator(`#${id} dd[data-rows]`), id).toContainText(rowsText);
    }
    await expect(page.locator('#obsscaling-benchmarks')).toContainText(text.filtered);
    await expect(page.locator('#obsscaling-benchmarks')).toContainText('4d6e1e4');
    await expect(page.locator('#obsscaling-benchmarks a[href="https://arxiv.org/abs/2405.10938"]')).toBeVisible();
    await expect(page.locator('#obsscaling-emergent a[href="https://www.apache.org/licenses/LICENSE-2.0"]')).toBeVisible();
    await expect(page.locator('#chinchilla-runs a[href="https://arxiv.org/abs/2404.10102"]')).toBeVisible();

    // The download links: a real download through the browser, and the same bytes as the file in src/data/.
    for (const name of Object.keys(FILES) as (keyof typeof FILES)[]) {
      const link = page.locator(`a[data-download="${name}"]`);
      await expect(link).toHaveAttribute('href', `/data/${name}.csv`);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(`${name}.csv`);
      const saved = readFileSync((await download.path())!);
      expect(saved.equals(bytes(name)), `${name}.csv downloaded byte for byte`).toBe(true);
    }
  });
}

test('under the sub-path build the data page and its downloads stay under /scaling/', async ({ page, request }) => {
  for (const lang of ['en', 'zh'] as const) {
    await page.goto(`${SUB}${lang}/data/`);
    await expect(page.locator(`#chinchilla-runs dd[data-rows]`)).toContainText(TEXT[lang].rows['chinchilla-runs']);
    for (const name of Object.keys(FILES) as (keyof typeof FILES)[]) {
      const href = await page.locator(`a[data-download="${name}"]`).getAttribute('href');
      expect(href).toBe(`/scaling/data/${name}.csv`);
      const res = await request.get(new URL(href!, SUB).href);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('text/csv');
      expect((await res.body()).equals(bytes(name)), name).toBe(true);
    }
  }
});
