import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/reused-page';
import { chinchillaRuns } from '../../src/data/chinchilla-runs';
import { hydrated, param } from '../support/figure';

// Counts what a first visit downloads: HTTP cache off (tests/support/reused-page.ts).
test.use({ httpCache: false });

/** The value of the readout whose label matches. */
function readout(figure: Locator, label: string | RegExp): Locator {
  return figure
    .locator('.fig-readouts .readout')
    .filter({ has: figure.page().locator('dt', { hasText: label }) })
    .locator('dd');
}

async function typeInto(figure: Locator, param: string, text: string) {
  const field = figure.locator(`input.ctl-text[data-param="${param}"]`);
  await field.click();
  await hydrated(figure);
  await field.fill(text);
}

test.describe('tools page', () => {
  for (const lang of ['en', 'zh'] as const) {
    test(`/${lang}/tools/ shows every calculator, the fit panel, and is linked from the header`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await page.locator('.site-nav a', { hasText: lang === 'en' ? 'Tools' : '工具' }).click();
      await page.waitForURL(`**/${lang}/tools/`);
      await expect(page.locator('h1')).toHaveText(lang === 'en' ? 'Calculators and tools' : '计算器与工具');
      for (const id of ['compute-planner', 'overhead', 'inference-aware', 'fit-your-runs']) {
        await expect(page.locator(`#fig-${id} [data-plot] svg`).first()).toBeVisible();
      }
      await expect(page.locator('[data-fit-panel]')).toBeVisible();
      await expect(page.locator('[data-fit-results="example"]')).toBeVisible();
    });
  }
});

test('compute-planner: "I want a 13B model" typed as 130亿, a bad value, the shared link, the other language', async ({ page }) => {
  await page.goto('/en/tools/');
  const figure = page.locator('#fig-compute-planner');
  await expect(readout(figure, 'unrounded: parameters')).toHaveText('40.4B');
  await typeInto(figure, 'params', '130亿');
  await figure.locator('select[data-param="mode"]').selectOption('params');
  await expect(readout(figure, 'unrounded: parameters')).toHaveText('13B');
  await expect(readout(figure, /^Compute C = 6ND$/)).toHaveText('4.82×10²² FLOPs');
  await expect(readout(figure, /^Training tokens$/)).toHaveText('617B');
  await expect.poll(() => param(page, 'compute-planner.params')).toBe('1.3e10');
  await expect.poll(() => param(page, 'compute-planner.mode')).toBe('params');
  // A bad value: a message, the last good answer stays, the URL keeps the good value.
  const field = figure.locator('input.ctl-text[data-param="params"]');
  await field.fill('7BB');
  await expect(figure.locator('.ctl-error')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(readout(figure, 'unrounded: parameters')).toHaveText('13B');
  expect(param(page, 'compute-planner.params')).toBe('1.3e10');
  // The budget field takes 1e24, the utilisation 40%.
  await figure.locator('select[data-param="mode"]').selectOption('budget');
  await figure.locator('input.ctl-text[data-param="budget"]').fill('1e24');
  await expect(readout(figure, /^Compute C = 6ND$/)).toHaveText('1×10²⁴ FLOPs');
  await figure.locator('input.ctl-text[data-param="utilisation"]').fill('50%');
  await expect.poll(() => param(page, 'compute-planner.utilisation')).toBe('0.5');
  const url = page.url();
  await page.goto(url);
  await hydrated(figure);
  await expect(readout(figure, /^Compute C = 6ND$/)).toHaveText('1×10²⁴ FLOPs');
  await page.locator('[data-lang-switch]').click();
  await page.waitForURL('**/zh/tools/**');
  const zh = page.locator('#fig-compute-planner');
  await hydrated(zh);
  await expect(readout(zh, '未舍入：参数量')).toHaveText('519亿');
  expect(new URL(page.url()).search).toBe(new URL(url).search);
});

test('English pages keep a Chinese example whole at phone width: "70亿" and "2万亿" never break after the digits', async ({ page }) => {
  // The help under a field and the tools' introduction quote Chinese units. A line may break before a CJK character, so
  // at 390 px "70" ended one line and "亿" began the next (word-break: keep-all on English pages, global.css).
  for (const [path, width] of [
    ['/en/figures/compute-planner/', 390],
    ['/en/tools/', 360],
  ] as const) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(path);
    const runs = await page.evaluate(() => {
      const found: string[] = [];
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
        for (const m of n.data.matchAll(/\d+(?:\.\d+)?[万亿]+/g)) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          found.push(`${m[0]} on ${lines.size} line(s)`);
        }
      }
      return found;
    });
    expect(runs.length, path).toBeGreaterThanOrEqual(2);
    for (const run of runs) expect(run, `${path} at ${width} px`).toMatch(/ on 1 line\(s\)$/);
  }
});

test('overhead: k typed, read, shared and switched to Chinese', async ({ page }) => {
  await page.goto('/en/tools/');
  const figure = page.locator('#fig-overhead');
  await expect(readout(figure, 'Extra data and compute')).toHaveText('data 2.42×, compute 1.21× (21% more)');
  await typeInto(figure, 'k', '4');
  await expect(readout(figure, 'Extra data and compute')).toHaveText('data 11.7×, compute 2.93× (193% more)');
  await expect.poll(() => param(page, 'overhead.k')).toBe('4');
  await typeInto(figure, 'k', '12');
  await expect(readout(figure, 'Extra data and compute')).toHaveText('unreachable with any amount of data');
  await expect(figure.locator('.fig-warnings')).toContainText('beyond k*');
  await typeInto(figure, 'budget', 'lots');
  await expect(figure.locator('.ctl-error')).toBeVisible();
  await expect.poll(() => param(page, 'overhead.k')).toBe('12');
  await page.reload();
  await hydrated(figure);
  await expect(readout(figure, 'Extra data and compute')).toHaveText('unreachable with any amount of data');
  await page.locator('[data-lang-switch]').click();
  await page.waitForURL('**/zh/tools/**');
  await hydrated(page.locator('#fig-overhead'));
  await expect(readout(page.locator('#fig-overhead'), '额外数据与计算')).toHaveText('无论多少数据都达不到');
});

test('inference-aware: a 70亿 reference, 1e14 inference tokens, a catalogue model as the target, shared and switched', async ({ page }) => {
  await page.goto('/en/tools/');
  const figure = page.locator('#fig-inference-aware');
  await expect(readout(figure, /^Saving/)).toContainText('24.5%');
  await expect(figure.locator('.fig-caption')).toContainText('Sardana et al. 2024 (arXiv 2401.00448)');
  await typeInto(figure, 'refParams', '70亿');
  await expect(figure.locator('.fig-readouts dt').first()).toHaveText('Target loss (a 7B model on 260B tokens)');
  await typeInto(figure, 'inferenceTokens', '1e14');
  await expect(figure.locator('.fig-warnings')).toContainText('tokens per parameter');
  await figure.locator('select[data-param="reference"]').selectOption('llama-2-7b');
  await expect(figure.locator('.fig-readouts dt').first()).toHaveText('Target loss (that of Llama 2 7B)');
  await expect.poll(() => param(page, 'inference-aware.reference')).toBe('llama-2-7b');
  expect(param(page, 'inference-aware.inferenceTokens')).toBe('1e14');
  const optimum = await readout(figure, /^Inference-aware optimum$/).textContent();
  await page.reload();
  await hydrated(figure);
  await expect(readout(figure, /^Inference-aware optimum$/)).toHaveText(optimum!);
  await page.locator('[data-lang-switch]').click();
  await page.waitForURL('**/zh/tools/**');
  await hydrated(page.locator('#fig-inference-aware'));
  await expect(page.locator('#fig-inference-aware .fig-readouts dt').first()).toHaveText('目标损失（Llama 2 7B 的损失）');
});

/** The 240 Chinchilla runs as CSV (params, FLOPs, loss: Epoch's columns), with four bad rows mixed in. */
function runsCsv(): string {
  const lines = ['Model Size,Training FLOP,loss'];
  chinchillaRuns.forEach((r, i) => {
    lines.push(`${r.params},${6 * r.params * r.tokens},${r.loss}`);
    if (i === 10) lines.push('1e9,oops,2.5');
    if (i === 20) lines.push('1e9,6e19,');
    if (i === 30) lines.push('-5,6e19,2.5');
    if (i === 40) lines.push('2e9,6e19,0');
  });
  return `${lines.join('\n')}\n`;
}

/** Starts counting main-thread tasks over 50 ms (Long Tasks API). */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}
const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __long: number[] }).__long);

/** CPU milliseconds of each main-thread task in a Chromium trace (trace events' thread duration). */
function mainThreadCpu(trace: Buffer, pageUrl: string): { cpu: number[]; wall: number[] } {
  const parsed = JSON.parse(trace.toString());
  const events: Array<{
    ph: string;
    name: string;
    pid: number;
    tid: number;
    dur?: number;
    tdur?: number;
    args?: { name?: string; data?: { frames?: { url: string; processId?: number }[] } };
  }> = parsed.traceEvents ?? parsed;
  // The trace covers the whole browser: keep the main thread of the process showing this page only (the worker's shared
  // tab, tests/support/reused-page.ts, still holds the last test's page in a renderer of its own).
  const pids = new Set(
    events
      .filter((e) => e.name === 'TracingStartedInBrowser')
      .flatMap((e) => e.args?.data?.frames ?? [])
      .filter((f) => f.url === pageUrl && f.processId !== undefined)
      .map((f) => f.processId),
  );
  if (!pids.size) throw new Error(`no renderer for ${pageUrl} in the trace`);
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid)).map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`));
  return { cpu: tasks.map((e) => (e.tdur ?? 0) / 1000), wall: tasks.map((e) => (e.dur ?? 0) / 1000) };
}

test('fit-your-runs: a CSV of 240 runs with bad rows, a fit in the worker with progress, no long task, a shared link', async ({ browser }) => {
  // A fresh context: the main-thread tasks measured below must be this page's own, not a shared tab's leftovers
  // (tests/support/reused-page.ts), as a reader opening the page has them.
  const context = await browser.newContext();
  const page = await context.newPage();
  test.setTimeout(120_000);
  await page.goto('/en/tools/');
  const panel = page.locator('[data-fit-panel]');
  const figure = page.locator('#fig-fit-your-runs');
  await panel.locator('input[data-fit-file]').setInputFiles({ name: 'chinchilla.csv', mimeType: 'text/csv', buffer: Buffer.from(runsCsv()) });
  await expect(panel).toHaveAttribute('data-hydrated', 'true');
  await expect(panel.locator('[data-fit-read]')).toHaveText('chinchilla.csv: 240 usable runs from 244 rows. Tokens are computed from the FLOPs column as D = C/(6N).');
  const bad = panel.locator('[data-fit-bad] li');
  await expect(bad).toHaveText([
    'Line 13: FLOPs “oops” is not a number.',
    'Line 24: loss is missing.',
    'Line 35: parameters “-5” is not positive.',
    'Line 46: loss “0” is not positive.',
  ]);
  // The header was recognised: no question about the columns.
  await expect(panel.locator('[data-fit-mapping] .fit-message')).toHaveCount(0);

  await panel.locator('[data-fit-run]').scrollIntoViewIfNeeded();
  await watchLongTasks(page);
  const traced = page.url();
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const progress: number[] = [];
  await panel.locator('[data-fit-run]').click();
  const t0 = Date.now();
  while (Date.now() - t0 < 90_000) {
    if ((await panel.locator('[data-fit-results="yours"]').count()) > 0) break;
    progress.push(Number(await panel.locator('[data-fit-progress]').getAttribute('value')));
    await page.waitForTimeout(250);
  }
  await page.waitForTimeout(1000); // the figure's update after the result
  await expect(panel.locator('#fit-results-title')).toHaveText('Fit of your 240 runs');
  // The bar moved through intermediate values.
  expect(progress.some((v) => v > 0 && v < 100)).toBe(true);
  // Besiroglu et al.'s grid fit of these runs: α ≈ 0.347, β ≈ 0.367 (facts.md §3).
  await expect(panel.locator('[data-coefficient="alpha"] td').first()).toHaveText('0.3473');
  await expect(panel.locator('[data-coefficient="beta"] td').first()).toHaveText('0.3672');
  await expect(panel.locator('[data-coefficient="alpha"] td').nth(1)).toContainText('–');
  const stats = await panel.locator('[data-fit-stats]').textContent();
  const long = await longTasks(page);
  const { cpu, wall } = mainThreadCpu(await browser.stopTracing(), traced);
  const load = loadavg()[0] / cpus().length;
  console.log(
    `fit-your-runs: ${stats} Main thread during the fit: long tasks (wall, ms) ${JSON.stringify(long.map(Math.round))}; ` +
      `longest task ${Math.max(...wall).toFixed(1)} ms wall, ${Math.max(...cpu).toFixed(1)} ms CPU; load per core ${load.toFixed(1)}.`,
  );
  // The work the page does while the worker fits: no task over 50 ms of CPU.
  expect(cpu.length).toBeGreaterThan(10);
  expect(Math.max(...cpu)).toBeLessThan(50);
  // Wall-clock long tasks (the Long Tasks API) also count CPU contention from other processes; on a machine that
  // is not overloaded, none may exceed 50 ms.
  if (load < 1) expect(long.filter((d) => d > 50)).toEqual([]);
  else test.info().annotations.push({ type: 'note', description: `load ${load.toFixed(1)} per core: wall-clock long tasks ${JSON.stringify(long.map(Math.round))} not asserted` });

  // The figure now draws these runs and the fitted law; its coefficients are in the URL.
  await hydrated(figure);
  await expect(readout(figure, /^Data$/)).toHaveText('Your runs: 240 (chinchilla.csv)');
  await expect(readout(figure, /^Fitted law$/)).toContainText('/N^0.347');
  await expect.poll(() => param(page, 'fit-your-runs.alpha')).toMatch(/^0\.3473/);

  // Downloads.
  const [json] = await Promise.all([page.waitForEvent('download'), panel.locator('[data-fit-json]').click()]);
  const body = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(body.runs).toBe(240);
  expect(body.bootstrap.resamples).toBe(200);
  const [csv] = await Promise.all([page.waitForEvent('download'), panel.locator('[data-fit-csv]').click()]);
  expect(readFileSync((await csv.path())!, 'utf8')).toMatch(/^coefficient,estimate,lower95,upper95\nE,1\.81/);

  // The shared link carries the coefficients, not the runs.
  const url = page.url();
  await page.goto(url);
  await hydrated(figure);
  await expect(readout(figure, /^Law shown$/)).toContainText('/N^0.347');
  await expect(figure.locator('.fig-warnings')).toContainText('not the fit of these runs');
  await expect(panel.locator('.fit-note')).toContainText('carries a fitted law');
  await page.locator('[data-lang-switch]').click();
  await page.waitForURL('**/zh/tools/**');
  await hydrated(page.locator('#fig-fit-your-runs'));
  await expect(readout(page.locator('#fig-fit-your-runs'), /^所示定律$/)).toContainText('/N^0.347');
  await context.close();
});

test('fit-your-runs: cancel stops a long fit; the page stays responsive', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/zh/tools/');
  const panel = page.locator('[data-fit-panel]');
  await panel.locator('[data-fit-chinchilla]').click();
  await expect(panel.locator('[data-fit-read]')).toContainText('读到 240 条可用记录');
  await panel.locator('[data-fit-grid]').selectOption('hoffmann');
  await panel.locator('[data-fit-run]').click();
  await expect.poll(async () => Number(await panel.locator('[data-fit-progress]').getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0);
  // While the worker fits, the page stays usable: a calculator above still answers.
  const overhead = page.locator('#fig-overhead');
  await typeInto(overhead, 'k', '3');
  await expect(readout(overhead, '额外数据与计算')).toHaveText('数据 5.33×，计算 1.78×（多 77.8%）');
  expect(Number(await panel.locator('[data-fit-progress]').getAttribute('value'))).toBeLessThan(100);
  await panel.locator('[data-fit-cancel]').click();
  await expect(panel.locator('.fit-message')).toHaveText('已取消拟合。图中保留原来的定律。');
  await expect(panel.locator('[data-fit-results="example"]')).toBeVisible();
  await expect(panel.locator('[data-fit-run]')).toBeEnabled();
});

test('fit-your-runs: a 50 MB file is refused with a message; 10,000 rows are read; unsure columns ask', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/en/tools/');
  const panel = page.locator('[data-fit-panel]');
  const huge = join(tmpdir(), `tools-e2e-huge-${process.pid}.csv`);
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
  await panel.locator('input[data-fit-file]').setInputFiles(huge);
  await expect(panel.locator('.fit-message')).toContainText('This file is 50 MB; the tool reads files up to 10 MB');
  unlinkSync(huge);
  const rows = [
    'N\tD\tloss',
    ...Array.from(
      { length: 10000 },
      (_, i) => `${(1e8 * (1 + (i % 100) / 10)).toPrecision(6)}\t${(2e10 * (1 + Math.floor(i / 100) / 20)).toPrecision(6)}\t${(2 + 1 / (1 + i / 1000)).toFixed(5)}`,
    ),
  ];
  await panel.locator('input[data-fit-file]').setInputFiles({ name: 'big.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from(rows.join('\n')) });
  await expect(panel.locator('[data-fit-read]')).toHaveText('big.tsv: 10000 usable runs from 10000 rows.');
  // Pasted text without a header: the tool guesses by position and asks.
  await panel.locator('[data-fit-text]').fill('1e9 2e10 2.6\n2e9 4e10 2.4\n4e9 8e10 2.3');
  await expect(panel.locator('[data-fit-mapping] .fit-message')).toContainText('Check the columns');
  await expect(panel.locator('[data-fit-read]')).toContainText('3 usable runs from 3 rows');
  await expect(panel.locator('.fit-status .fit-message.warn')).toContainText('At least 10 usable runs');
  await panel.locator('[data-fit-mapping] select[data-role="loss"]').selectOption('');
  await expect(panel.locator('.fit-status .fit-message')).toContainText('Choose the column with the losses');
});

/** About 10 MB (10,000,000 bytes, under the 10 MiB limit) of runs: a Chinese header broken over two lines by a quote, quoted cells, one bad row at the end. */
function tenMegabyteCsv(): { text: string; runs: number; badLine: number } {
  const lines = ['"参数量\n(N)",训练计算量,"损失"'];
  let size = Buffer.byteLength(lines[0]) + 1;
  let runs = 0;
  for (;;) {
    const row = `"${(1e8 + runs * 997).toPrecision(9)}",${(6e18 + runs * 1.3e13).toPrecision(9)},"${(2 + (runs % 1000) / 1e4).toFixed(5)}"`;
    if (size + row.length + 1 + 20 > 10_000_000) break;
    lines.push(row);
    size += row.length + 1;
    runs++;
  }
  lines.push('1e9,"6e19",oops');
  // The header takes lines 1-2, so the bad row, the (runs + 2)th record, is on line runs + 3.
  return { text: `${lines.join('\n')}\n`.padEnd(10_000_000, '\n'), runs, badLine: runs + 3 };
}

test('fit-your-runs: quoted line breaks keep line numbers; an unclosed quote is named; a 10 MB file is read in the worker while the page stays responsive', async ({ browser }) => {
  // A fresh context: the main-thread tasks measured below must be this page's own, not a shared tab's leftovers
  // (tests/support/reused-page.ts), as a reader opening the page has them.
  const context = await browser.newContext();
  const page = await context.newPage();
  test.setTimeout(120_000);
  await page.goto('/en/tools/');
  const panel = page.locator('[data-fit-panel]');
  // A header cell with a line break, a ; delimiter with commas inside quotes, CRLF: the bad row is on line 5.
  const text = '"Model\r\nSize";"Training FLOP (C, total)";loss\r\n"1,000,000,000";6e19;2.5\r\n2e9;1.2e20;2.4\r\n3e9;"n/a";2.3\r\n';
  await panel.locator('input[data-fit-file]').setInputFiles({ name: 'quoted.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`) });
  await expect(panel.locator('[data-fit-read]')).toHaveText('quoted.csv: 2 usable runs from 3 rows. Tokens are computed from the FLOPs column as D = C/(6N).');
  await expect(panel.locator('[data-fit-bad] li')).toHaveText(['Line 5: FLOPs “n/a” is not a number.']);
  await expect(panel.locator('[data-fit-mapping] .fit-message')).toHaveCount(0);
  // Chinese Excel saves CSV in GBK/GB18030, not UTF-8: the header (参数量,词元数,损失) and 70亿 / 1.4万亿 are still read.
  const gbk = Buffer.from([
    178, 206, 202, 253, 193, 191, 44, 180, 202, 212, 170, 202, 253, 44, 203, 240, 202, 167, 10, 55, 48, 210, 218, 44, 49, 46, 52, 205, 242, 210, 218, 44, 50, 46, 49, 10,
  ]);
  await panel.locator('input[data-fit-file]').setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: gbk });
  await expect(panel.locator('[data-fit-read]')).toHaveText(
    'excel.csv: 1 usable runs from 1 rows. The file is not UTF-8, so it was read as GB18030 (the encoding of Chinese Excel’s CSV).',
  );
  await expect(panel.locator('[data-fit-mapping] .fit-message')).toHaveCount(0);
  await expect(panel.locator('[data-fit-mapping] th')).toHaveText(['参数量', '词元数', '损失']);
  // A stray quote swallows the rest of the file: the reader is told where it opens.
  await panel.locator('[data-fit-text]').fill('N,D,loss\n1e9,2e10,2.5\n2e9,"4e10,2.4\n3e9,6e10,2.3\n');
  await expect(panel.locator('[data-fit-warning="unclosedQuote"]')).toHaveText(
    'Line 3: a quote opens here and is never closed, so everything after it was read as one cell. Close the quote or remove it.',
  );

  // Ten megabytes, from a file on disk (as a reader would choose it); the panel and a calculator are already hydrated.
  const overhead = page.locator('#fig-overhead');
  await typeInto(overhead, 'k', '3');
  await expect(readout(overhead, 'Extra data and compute')).toHaveText('data 5.33×, compute 1.78× (77.8% more)');
  const big = tenMegabyteCsv();
  const path = join(tmpdir(), `tools-e2e-10mb-${process.pid}.csv`);
  writeFileSync(path, big.text);
  await watchLongTasks(page);
  const traced = page.url();
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const t0 = Date.now();
  await panel.locator('input[data-fit-file]').setInputFiles(path);
  // A clear message next to the input while the worker reads, and the last table's answer stays until then.
  await expect(panel.locator('[data-fit-reading]')).toHaveText(/^Reading tools-e2e-10mb-\d+\.csv \(9\.5 MB\) in the background…$/);
  await expect(panel.locator('[data-fit-read]')).toHaveText('1 usable runs from 2 rows.');
  // The page answers while the worker reads: the calculator takes a new value.
  await overhead.locator('input.ctl-text[data-param="k"]').fill('4');
  await expect(readout(overhead, 'Extra data and compute')).toHaveText('data 11.7×, compute 2.93× (193% more)');
  const answeredWhileReading = (await panel.locator('[data-fit-reading]').count()) > 0;
  await expect(panel.locator('[data-fit-read]')).toHaveText(new RegExp(`^tools-e2e-10mb-\\d+\\.csv: ${big.runs} usable runs from ${big.runs + 1} rows\\. Tokens are computed`), {
    timeout: 60_000,
  });
  const elapsed = Date.now() - t0;
  unlinkSync(path);
  await expect(panel.locator('[data-fit-reading]')).toHaveCount(0);
  await expect(panel.locator('[data-fit-warning]')).toHaveCount(0);
  await expect(panel.locator('[data-fit-bad] li')).toHaveText([`Line ${big.badLine}: loss “oops” is not a number.`]);
  await expect(panel.locator('.fit-status .fit-message.info')).toContainText(`${big.runs} runs: fitting them takes a while`);
  await expect(panel.locator('[data-fit-mapping] select[data-role="params"]')).toHaveValue('0');
  const parseMs = Number(await panel.locator('[data-fit-read]').getAttribute('data-parse-ms'));
  const long = await longTasks(page);
  const { cpu, wall } = mainThreadCpu(await browser.stopTracing(), traced);
  const load = loadavg()[0] / cpus().length;
  console.log(
    `fit-your-runs 10 MB: ${big.runs} runs; worker read and parse ${parseMs} ms; file chosen to answer shown ${elapsed} ms; calculator answered ${answeredWhileReading ? 'while' : 'after'} it read; ` +
      `long tasks (wall, ms) ${JSON.stringify(long.map(Math.round))}; longest main-thread task ${Math.max(...wall).toFixed(1)} ms wall, ` +
      `${Math.max(...cpu).toFixed(1)} ms CPU; load per core ${load.toFixed(1)}.`,
  );
  expect(cpu.length).toBeGreaterThan(10);
  expect(Math.max(...cpu)).toBeLessThan(50);
  if (load < 1) expect(long.filter((d) => d > 50)).toEqual([]);
  else test.info().annotations.push({ type: 'note', description: `load ${load.toFixed(1)} per core: wall-clock long tasks ${JSON.stringify(long.map(Math.round))} not asserted` });
  await context.close();
});

test('fit-your-runs: a file just over 10 MB is refused in Chinese, next to the input, and the last table stays', async ({ page }) => {
  await page.goto('/zh/tools/');
  const panel = page.locator('[data-fit-panel]');
  await panel.locator('[data-fit-chinchilla]').click();
  await expect(panel.locator('[data-fit-read]')).toContainText('读到 240 条可用记录');
  const over = join(tmpdir(), `tools-e2e-over-${process.pid}.csv`);
  writeFileSync(over, Buffer.alloc(10 * 1024 * 1024 + 1, '1'));
  await panel.locator('input[data-fit-file]').setInputFiles(over);
  unlinkSync(over);
  await expect(panel.locator('.fit-status .fit-message.warn')).toHaveText(
    '这个文件有 10.1 MB；本工具最多读取 10 MB（约 15 万条记录）。请只保留参数量、词元数（或计算量）和损失这几列，或减少记录数。',
  );
  await expect(panel.locator('[data-fit-read]')).toContainText('读到 240 条可用记录');
  await expect(panel.locator('[data-fit-run]')).toBeEnabled();
});
