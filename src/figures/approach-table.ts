/**
 * The allocation exponents a (N_opt ∝ C^a) and b (D_opt ∝ C^b): as printed in Hoffmann et al. 2022 Table 2 (with
 * their 10th/90th percentiles), by Epoch and DeepSeek, next to the engine's recomputation from the paper's own
 * tables and constants. Mainly a table, with a small dot plot beside it.
 */
import * as Plot from '@observablehq/plot';
import { OPTIMAL_TABLE } from '../engine/chinchilla-tables';
import { formatNumber, formatScientific } from '../engine/quantities';
import { approachExponentComparison, type ExponentComparisonRow } from '../engine/chinchilla-approaches';
import { optimalTablePowerLaw, type TypoTreatment } from '../engine/chinchilla-tables';
import { EXPONENT_ROW_LABELS, exponentRowMethod } from './lib/laws';
import { defineFigure } from './lib/types';
import { baseOptions, panels, pick, SERIES_COLORS, tipMark, tipText } from './lib/plot';

const PANEL_WIDTH = 450;
const HEIGHT = 380;
const PRINTED = SERIES_COLORS[0];
const RECOMPUTED = SERIES_COLORS[5];

/** Decimals as the source prints them: Table 2 gives two (intervals three); Epoch and DeepSeek three. */
const PRINTED_DECIMALS: Record<ExponentComparisonRow['id'], number> = {
  approach1: 2,
  approach2: 2,
  approach3: 2,
  approach3Rounded: 2,
  approach3Unrounded: 2,
  besiroglu2024: 3,
  kaplan: 2,
  deepseek: 3,
};

const SHORT: Record<ExponentComparisonRow['id'], { zh: string; en: string }> = {
  approach1: { zh: '方法一', en: 'Approach 1' },
  approach2: { zh: '方法二', en: 'Approach 2' },
  approach3: { zh: '方法三', en: 'Approach 3' },
  approach3Rounded: { zh: '原文式（4）印刷值', en: 'Eq. (4), printed' },
  approach3Unrounded: { zh: '原文式（4） TeX 值', en: 'Eq. (4), TeX' },
  besiroglu2024: { zh: 'Epoch 2024', en: 'Epoch 2024' },
  kaplan: { zh: 'Kaplan 2020', en: 'Kaplan 2020' },
  deepseek: { zh: 'DeepSeek', en: 'DeepSeek' },
};

export default defineFigure({
  id: 'approach-table',
  home: 'chinchilla',
  width: 2 * PANEL_WIDTH,
  height: HEIGHT,
  params: {
    digits: {
      kind: 'quantity',
      label: { zh: '重算值显示的有效数字', en: 'Significant digits of the recomputed values' },
      unit: { zh: '位', en: 'digits' },
      default: 4,
      min: 2,
      max: 6,
      scale: 'linear',
      integer: true,
      display: 'plain',
      help: {
        zh: '调到 2 位，就能看到论文印刷的常数给出的是 0.45，而不是原文表 2 里的 0.46。',
        en: 'At 2 digits you can see that the printed constants give 0.45, not the 0.46 of Table 2.',
      },
    },
    exponent: {
      kind: 'choice',
      label: { zh: '指数', en: 'Exponent' },
      default: 'a',
      options: [
        { value: 'a', label: { zh: 'a：N_opt ∝ C^a', en: 'a: N_opt ∝ C^a' } },
        { value: 'b', label: { zh: 'b：D_opt ∝ C^b', en: 'b: D_opt ∝ C^b' } },
      ],
    },
    typo: {
      kind: 'choice',
      label: { zh: '原文表 A3 中 175B 一行（印刷错误）', en: 'Table A3, 175B row (a typo)' },
      default: 'exclude',
      options: [
        { value: 'exclude', label: { zh: '去掉这一行', en: 'Leave it out' } },
        { value: 'printed', label: { zh: '按印刷值 1.26e24', en: 'As printed, 1.26e24' } },
        { value: 'corrected', label: { zh: '改正为 1.26e25', en: 'Corrected, 1.26e25' } },
      ],
    },
  },
  strings: {
    en: {
      title: 'Approaches 1–3 and the others: the exponents, printed and recomputed',
      caption:
        'For each approach, the exponent as printed (with the 10th–90th percentile interval where Table 2 gives one) and as the engine recomputes it: a log-log fit through the paper’s Table 3 and Table A3 rows for Approaches 1–3, β/(α+β) from eq. (4) for the fitted laws, Kaplan’s Table 6 and DeepSeek’s eq. (4). Right: the same numbers as dots (filled: printed, with its interval; open: recomputed). The printed constants of eq. (10) give 0.4516, which rounds to 0.45; the unrounded TeX constants give 0.4565, the 0.46 of Table 2.',
      source:
        'Hoffmann et al. 2022 (arXiv 2203.15556) Table 2, Table 3, Table A3, eqs. (4) and (10); Besiroglu et al. 2024 (arXiv 2404.10102) and epoch-research/analyzing-chinchilla; Kaplan et al. 2020 (arXiv 2001.08361) Table 6; DeepSeek-AI 2024 (arXiv 2401.02954) Table 4 and eq. (4).',
      alt: 'A table of eight rows (Approaches 1, 2 and 3, eq. 4 with printed and with TeX constants, Epoch 2024, Kaplan 2020, DeepSeek) giving the printed and the recomputed exponent, and beside it a dot plot where the Chinchilla-type values cluster between 0.45 and 0.53 and Kaplan stands apart at 0.73.',
    },
    zh: {
      title: '方法一至三及其他：指数的印刷值与重算值',
      caption:
        '每种方法的指数：论文印刷的值（原文表 2 给出区间的，附第 10 到第 90 百分位区间），以及本站引擎的重算值——方法一至三用原文表 3、原文表 A3 各行做对数–对数拟合，拟合出的损失律用原文式（4）的 β/(α+β)，Kaplan 用原文表 6，DeepSeek 用原文式（4）。右：同样的数字画成点（实心为印刷值及其区间，空心为重算值）。原文式（10）印刷的常数给出 0.4516，四舍五入是 0.45；未舍入的 TeX 常数给出 0.4565，才是原文表 2 的 0.46。',
      source:
        'Hoffmann 等（2022，arXiv 2203.15556）原文表 2、原文表 3、原文表 A3、原文式（4）（10）；Besiroglu 等（2024，arXiv 2404.10102）及 epoch-research/analyzing-chinchilla；Kaplan 等（2020，arXiv 2001.08361）原文表 6；DeepSeek-AI（2024，arXiv 2401.02954）原文表 4 与原文式（4）。',
      alt: '一张八行的表（方法一、二、三，用印刷常数和用 TeX 常数的原文式 4，Epoch 2024，Kaplan 2020，DeepSeek），列出印刷的指数和重算的指数；旁边的点图中，Chinchilla 一类的值集中在 0.45 到 0.53 之间，Kaplan 的 0.73 远离其他。',
    },
  },
  render(params, lang, ctx) {
    const typo = params.typo as TypoTreatment;
    const which = params.exponent === 'b' ? 'b' : 'a';
    const comparison = approachExponentComparison(typo);
    // The paper's own unrounded constants (TeX source) give Approach 3's point estimate to four digits.
    const texEstimate = comparison.find((r) => r.id === 'approach3Unrounded')!.recomputed[which];
    const rows = comparison.map((r) => {
      const printed = r.printed ? r.printed[which] : null;
      const interval = r.printed ? (which === 'a' ? r.printed.aInterval : r.printed.bInterval) : null;
      const decimals = PRINTED_DECIMALS[r.id];
      return {
        id: r.id,
        short: SHORT[r.id][lang],
        label: EXPONENT_ROW_LABELS[r.id][lang],
        method: exponentRowMethod(r, typo)[lang],
        printed,
        printedText: printed === null ? '—' : printed.toFixed(decimals),
        intervalText: interval ? `(${interval[0].toFixed(3)}, ${interval[1].toFixed(3)})` : '',
        // Approach 3's interval leaves out the estimate its own unrounded constants give (0.4565 / 0.5435).
        excludesOwn: !!(r.id === 'approach3' && interval && (texEstimate < interval[0] || texEstimate > interval[1])),
        interval,
        recomputed: r.recomputed[which],
        // Fixed significant digits, trailing zeros kept (0.50, not 0.5), as a table prints them.
        recomputedText: r.recomputed[which].toPrecision(params.digits),
      };
    });
    const order = rows.map((r) => r.short);
    const opts = { ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT), marginTop: 16, marginBottom: 44 };

    // The table is an HTML table (it reflows and stays legible on a phone, where an SVG would shrink its text),
    // styled by the site's table rules; the dot plot beside it is the Plot panel.
    const doc = ctx.document ?? document;
    const el = (tag: string, text?: string, cls?: string) => {
      const node = doc.createElement(tag);
      if (text !== undefined) node.textContent = text;
      if (cls) node.setAttribute('class', cls);
      return node;
    };
    const table = el('table', undefined, 'approach-table');
    const head = el('tr');
    head.append(
      el('th', pick(lang, `来源 · 指数 ${which}`, `Source · exponent ${which}`)),
      el('th', pick(lang, '论文印刷值', 'Printed'), 'num'),
      el('th', pick(lang, '本站重算', 'Recomputed'), 'num'),
    );
    table.append(el('thead'));
    table.firstChild!.appendChild(head);
    const body = el('tbody');
    for (const r of rows) {
      const tr = el('tr');
      const source = el('td');
      source.append(el('span', r.label), el('br'), el('small', r.method));
      const printed = el('td', undefined, 'num');
      printed.append(el('strong', r.printedText + (r.excludesOwn ? ' †' : '')));
      if (r.intervalText) printed.append(el('br'), el('small', r.intervalText));
      const recomputed = el('td', undefined, 'num');
      recomputed.append(el('strong', r.recomputedText));
      tr.append(source, printed, recomputed);
      body.append(tr);
    }
    table.append(body);

    const values = rows.flatMap((r) => [r.recomputed, ...(r.printed === null ? [] : [r.printed]), ...(r.interval ?? [])]);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const pad = (hi - lo) * 0.08;
    const dots = Plot.plot({
      ...opts,
      marginLeft: 120,
      marginRight: 18,
      x: {
        label: pick(lang, `指数 ${which}（● 印刷值，条为 10%–90% 区间；◇ 重算值）`, `Exponent ${which} (● printed, bar 10th–90th pct.; ◇ recomputed)`),
        domain: [lo - pad, hi + pad],
        grid: true,
        ticks: 5,
      },
      y: { type: 'band', domain: order, padding: 0, axis: 'left', label: null, tickSize: 0 },
      marks: [
        Plot.link(
          rows.filter((r) => r.interval),
          {
            x1: (d: (typeof rows)[number]) => d.interval![0],
            x2: (d: (typeof rows)[number]) => d.interval![1],
            y1: 'short',
            y2: 'short',
            stroke: PRINTED,
            strokeWidth: 6,
            strokeOpacity: 0.35,
          },
        ),
        Plot.dot(
          rows.filter((r) => r.printed !== null),
          { x: 'printed', y: 'short', fill: PRINTED, r: 5 },
        ),
        Plot.dot(rows, { x: 'recomputed', y: 'short', stroke: RECOMPUTED, strokeWidth: 2, symbol: 'diamond', r: 5.5 }),
        tipMark<(typeof rows)[number]>(rows, {
          x: 'recomputed',
          y: 'short',
          title: (d) =>
            tipText(lang, [
              ['', d.label],
              [pick(lang, '印刷值', 'Printed'), d.printedText + (d.intervalText ? ` ${d.intervalText}` : '')],
              [pick(lang, '重算值', 'Recomputed'), d.recomputedText],
            ]),
        }),
      ],
    });

    const a3rows = OPTIMAL_TABLE.find((r) => r.typo)!;
    const fits = (['exclude', 'printed', 'corrected'] as const).map((t) => ({ t, fit: optimalTablePowerLaw(3, t) }));
    const shownFit = fits.find((f) => f.t === typo)!.fit;
    const treatment = {
      exclude: pick(lang, '去掉该行', 'left out'),
      printed: pick(lang, '按印刷值', 'as printed'),
      corrected: pick(lang, '改正后', 'corrected'),
    };
    const readouts = [
      {
        label: pick(lang, '为什么是 0.46 而不是 0.45', 'Why 0.46 and not 0.45'),
        value: pick(
          lang,
          `原文式（10）印刷的 α = 0.34、β = 0.28 给出 a = 0.28/0.62 = ${formatNumber(comparison[3].recomputed.a, lang, 4)}，四舍五入为 0.45；TeX 源码中的 α = 0.33917、β = 0.28491 给出 ${formatNumber(comparison[4].recomputed.a, lang, 4)}，即原文表 2 的 0.46。移动 a 的是 α、β 的舍入，不是拟合本身。`,
          `The printed α = 0.34, β = 0.28 of eq. (10) give a = 0.28/0.62 = ${formatNumber(comparison[3].recomputed.a, lang, 4)}, which rounds to 0.45; the TeX-source α = 0.33917, β = 0.28491 give ${formatNumber(comparison[4].recomputed.a, lang, 4)}, the 0.46 of Table 2. The rounding of α and β, not the fit, moves a.`,
        ),
      },
      {
        label: pick(lang, '原文表 A3 的印刷错误', 'The typo in Table A3'),
        value: pick(
          lang,
          `方法三的 175B 一行印的是 ${formatScientific(a3rows.flops, { digits: 3 })} FLOPs，但 6 × 175B × 12.0T = ${formatScientific(a3rows.correctedFlops!, { digits: 3 })}（印刷值比 67B 一行还小）。${treatment[typo]}时 a = ${formatNumber(shownFit.params.exponent, lang, 4)}（三种处理：${fits.map((f) => formatNumber(f.fit.params.exponent, lang, 4)).join(' / ')}），影响很小。`,
          `Approach 3’s 175B row prints ${formatScientific(a3rows.flops, { digits: 3 })} FLOPs, but 6 × 175B × 12.0T = ${formatScientific(a3rows.correctedFlops!, { digits: 3 })} (the printed value is below the 67B row’s). With the row ${treatment[typo]}, a = ${formatNumber(shownFit.params.exponent, lang, 4)} (left out / as printed / corrected: ${fits.map((f) => formatNumber(f.fit.params.exponent, lang, 4)).join(' / ')}): it barely matters.`,
        ),
      },
      {
        label: pick(lang, '† 方法三的区间', '† Approach 3’s interval'),
        value: pick(
          lang,
          `论文自己的未舍入常数给出 a = ${formatNumber(comparison[4].recomputed.a, lang, 4)}、b = ${formatNumber(comparison[4].recomputed.b, lang, 4)}，恰好落在印刷的区间 (0.454, 0.455) 和 (0.542, 0.543) 之外。Besiroglu 等（2024）指出，这么窄的区间需要 60 多万次实验，而论文很可能只做了不到 500 次实验。`,
          `The paper’s own unrounded constants give a = ${formatNumber(comparison[4].recomputed.a, lang, 4)} and b = ${formatNumber(comparison[4].recomputed.b, lang, 4)}, just outside the printed intervals (0.454, 0.455) and (0.542, 0.543). Besiroglu et al. (2024) note that intervals this narrow would need over 600,000 experiments, while the paper likely ran fewer than 500.`,
        ),
      },
    ];

    return {
      node: panels(ctx, [table as Element, dots]),
      data: {
        columns: [
          { key: 'label', label: pick(lang, '来源', 'Source'), format: 'text' },
          { key: 'printedA', label: pick(lang, '印刷的 a', 'a printed'), format: 'text' },
          { key: 'intervalA', label: pick(lang, 'a 的 10%–90% 区间', 'a, 10th–90th pct.'), format: 'text' },
          { key: 'printedB', label: pick(lang, '印刷的 b', 'b printed'), format: 'text' },
          { key: 'intervalB', label: pick(lang, 'b 的 10%–90% 区间', 'b, 10th–90th pct.'), format: 'text' },
          { key: 'recomputedA', label: pick(lang, '重算的 a', 'a recomputed') },
          { key: 'recomputedB', label: pick(lang, '重算的 b', 'b recomputed') },
          { key: 'method', label: pick(lang, '重算方法', 'How recomputed'), format: 'text' },
          { key: 'source', label: pick(lang, '印刷值出处', 'Printed in'), format: 'text' },
        ],
        rows: comparison.map((r) => ({
          label: EXPONENT_ROW_LABELS[r.id][lang],
          printedA: r.printed ? r.printed.a.toFixed(PRINTED_DECIMALS[r.id]) : '—',
          intervalA: r.printed?.aInterval ? `${r.printed.aInterval[0]}–${r.printed.aInterval[1]}` : '—',
          printedB: r.printed && r.printed.b !== null ? r.printed.b.toFixed(PRINTED_DECIMALS[r.id]) : '—',
          intervalB: r.printed?.bInterval ? `${r.printed.bInterval[0]}–${r.printed.bInterval[1]}` : '—',
          recomputedA: r.recomputed.a,
          recomputedB: r.recomputed.b,
          method: exponentRowMethod(r, typo)[lang],
          source: r.printed ? r.printed.source : '—',
        })),
      },
      readouts,
    };
  },
});
