/**
 * Kaplan et al. 2020 §5.1: the critical batch size B_crit(L) = B_* / L^{1/α_B} grows as the loss falls (eq 1.4/5.3,
 * Table 5), and at any batch size B training trades steps against examples along (S/S_min − 1)(E/E_min − 1) = 1
 * (eq 5.1), with S/S_min = 1 + B_crit/B and E/E_min = 1 + B/B_crit (eqs 5.4, 5.5).
 */
import * as Plot from '@observablehq/plot';
import { batchTradeoff, criticalBatch, KAPLAN_DEFAULT_BATCH_TOKENS } from '../engine/kaplan-batch';
import { KAPLAN_BREAKDOWN_POINT } from '../engine/kaplan';
import { formatNumber, formatQuantity } from '../engine/quantities';
import { logSpace } from '../engine/stats';
import type { Lang } from '../i18n';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, panels, pick, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { decadePowers } from './lib/ticks';

const PANEL_WIDTH = 320;
const HEIGHT = 310;
const LOSS_RANGE: [number, number] = [1.5, 8];

/** Ratio ticks 1×, 2×, 5×, 10×, … inside [lo, hi]. */
function ratioTicks(hi: number): number[] {
  const out: number[] = [];
  for (let e = 0; 10 ** e <= hi; e++) for (const m of [1, 2, 5]) if (m * 10 ** e <= hi) out.push(m * 10 ** e);
  return out.length > 7 ? out.filter((v) => Math.log10(v) % 1 === 0 || v === 2) : out;
}

/** "3.14×" in English, "3.14 倍" in Chinese. */
function times(x: number, lang: Lang): string {
  return lang === 'zh' ? `${formatNumber(x, lang, 3)} 倍` : `${formatNumber(x, lang, 3)}×`;
}

export default defineFigure({
  id: 'critical-batch',
  home: 'kaplan',
  width: 2 * PANEL_WIDTH,
  height: HEIGHT,
  params: {
    loss: {
      kind: 'quantity',
      label: { zh: '损失 L', en: 'Loss L' },
      unit: { zh: '奈特/词元', en: 'nats/token' },
      default: 3,
      min: LOSS_RANGE[0],
      max: LOSS_RANGE[1],
      scale: 'linear',
      step: 0.01,
      display: 'plain',
      help: {
        zh: '训练进行到的损失：损失越低，临界批量越大。',
        en: 'How far training has got: the lower the loss, the larger the critical batch.',
      },
    },
    batch: {
      kind: 'quantity',
      label: { zh: '批量大小 B', en: 'Batch size B' },
      unit: { zh: '词元', en: 'tokens' },
      default: KAPLAN_DEFAULT_BATCH_TOKENS,
      min: 1e3,
      max: 1e9,
      scale: 'log',
      display: 'quantity',
      help: {
        zh: '默认是论文多数训练用的 2¹⁹ ≈ 52.4 万个词元（§3）。',
        en: 'The default is the 2¹⁹ ≈ 524K tokens most of the paper’s runs used (§3).',
      },
    },
  },
  strings: {
    en: {
      title: 'Critical batch size and the steps–data trade-off',
      caption:
        'First panel: the critical batch size B_crit(L) = B_*/L^(1/α_B) against the loss reached (falling to the right, as in training); it roughly doubles for every 13% drop in loss. The horizontal line is your batch size B. Second panel: every batch size lies on the curve (S/S_min − 1)(E/E_min − 1) = 1: a batch much smaller than B_crit needs few examples but many steps, a much larger one few steps but many examples. The dot is your B at your loss; the ring marks B = B_crit, which costs 2× the minimum steps and 2× the minimum data.',
      source:
        'Kaplan et al. 2020 (arXiv 2001.08361), §5.1: eqs (1.4)/(5.3) with Table 5 (B_* 2.1×10⁸ tokens, α_B 0.21), eqs (5.1), (5.4), (5.5); the 13% rule from the Fig. 10 caption.',
      alt: 'First: a log-log line of critical batch size rising as the loss falls, with a horizontal line at the chosen batch size and a dot at the chosen loss. Second: a hyperbola of steps over minimum steps against examples over minimum examples, with a ring at (2, 2) and a dot for the chosen batch size.',
    },
    zh: {
      title: '临界批量大小与步数–数据的权衡',
      caption:
        '第一幅：临界批量大小 B_crit(L) = B_*/L^(1/α_B) 随所达到的损失的变化（损失向右递减，与训练过程同向）；损失每下降 13%，它大约翻一倍。水平线是你选的批量大小 B。第二幅：任何批量大小都落在曲线 (S/S_min − 1)(E/E_min − 1) = 1 上：比 B_crit 小得多的批量用的样本少、步数多，大得多的批量步数少、样本多。圆点是你在所选损失处的 B；圆环标出 B = B_crit，这时需要 2 倍的最少步数和 2 倍的最少数据。',
      source:
        'Kaplan 等 2020（arXiv 2001.08361）§5.1：原文式（1.4）/（5.3）与原文表 5（B_* 2.1×10⁸ 词元，α_B 0.21），原文式（5.1）、（5.4）、（5.5）；13% 的经验法则见原文图 10 图注。',
      alt: '第一幅：双对数坐标下，临界批量大小随损失下降而上升的直线，所选批量大小处有一条水平线，所选损失处有一个圆点。第二幅：步数与最少步数之比对样本数与最少样本数之比的双曲线，(2, 2) 处有一个圆环，所选批量大小处有一个圆点。',
    },
  },
  render(params, lang, ctx) {
    const bCrit = criticalBatch(params.loss);
    const here = batchTradeoff(params.batch, bCrit);
    const opts = { ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT), marginLeft: 56, marginRight: 20 };
    const q = (v: number) => formatQuantity(v, lang);

    // Left: B_crit(L) over the loss range, loss decreasing to the right as in Kaplan Fig. 10.
    const losses = logSpace(LOSS_RANGE[0], LOSS_RANGE[1], 40);
    const curve = losses.map((loss) => ({ loss, bCrit: criticalBatch(loss) }));
    const yDomain: [number, number] = [Math.min(curve[curve.length - 1].bCrit, params.batch) / 1.6, Math.max(curve[0].bCrit, params.batch) * 1.6];
    const left = Plot.plot({
      ...opts,
      x: {
        type: 'log',
        label: pick(lang, '损失 L（奈特/词元）', 'Loss L (nats/token)'),
        domain: [LOSS_RANGE[1], LOSS_RANGE[0]],
        ticks: [8, 6, 4, 3, 2, 1.5],
        tickFormat: (v: number) => formatNumber(v, lang, 2),
      },
      y: logScale(lang, pick(lang, '临界批量 B_crit（词元）', 'Critical batch B_crit (tokens)'), 'quantity', {
        domain: yDomain,
        ticks: decadePowers(yDomain),
        grid: true,
      }),
      marks: [
        Plot.ruleY([params.batch], { stroke: SERIES_COLORS[1], strokeWidth: 1.5, strokeDasharray: '5,3' }),
        Plot.text([params.batch], {
          y: (b: number) => b,
          frameAnchor: 'left',
          text: () => `B = ${q(params.batch)}`,
          dy: -8,
          dx: 4,
          textAnchor: 'start',
          fill: SERIES_COLORS[1],
          fontSize: 12,
        }),
        Plot.line(curve, { x: 'loss', y: 'bCrit', stroke: SERIES_COLORS[0], strokeWidth: 2 }),
        tipMark<(typeof curve)[number]>(curve, {
          x: 'loss',
          y: 'bCrit',
          title: (d) =>
            tipText(lang, [
              [pick(lang, '损失 L（奈特/词元）', 'Loss L (nats/token)'), d.loss],
              [pick(lang, '临界批量 B_crit（词元）', 'Critical batch B_crit (tokens)'), d.bCrit, 'quantity'],
            ]),
        }),
        Plot.dot([{ loss: params.loss, bCrit }], { x: 'loss', y: 'bCrit', r: 5, fill: SERIES_COLORS[0], stroke: 'var(--plot-background, white)', strokeWidth: 1.5 }),
        Plot.text([{ loss: params.loss, bCrit }], {
          x: 'loss',
          y: 'bCrit',
          text: (p: { bCrit: number }) => `B_crit ${q(p.bCrit)}`,
          dx: 8,
          dy: 12,
          textAnchor: 'start',
          fontSize: 12,
          fill: 'currentColor',
        }),
      ],
    });

    // Right: the trade-off hyperbola, traced by B/B_crit over several decades around the reader's point.
    const ratio = params.batch / bCrit;
    const ratios = logSpace(Math.min(1e-2, ratio / 2), Math.max(1e2, ratio * 2), 61);
    const tradeoff = ratios.map((r) => batchTradeoff(r * bCrit, bCrit));
    const hi = Math.max(30, here.stepsRatio * 1.5, here.examplesRatio * 1.5);
    const domain: [number, number] = [1, hi];
    const visible = tradeoff.filter((p) => p.stepsRatio <= hi && p.examplesRatio <= hi);
    const atCritical = batchTradeoff(bCrit, bCrit);
    const ratioAxis = (label: string) => ({
      type: 'log' as const,
      label,
      domain,
      ticks: ratioTicks(hi),
      tickFormat: (v: number) => `${formatNumber(v, lang, 3)}×`,
      grid: true,
    });
    const right = Plot.plot({
      ...opts,
      marginLeft: 48,
      x: ratioAxis(pick(lang, '数据 E/E_min', 'Data E/E_min')),
      y: ratioAxis(pick(lang, '步数 S/S_min', 'Steps S/S_min')),
      marks: [
        Plot.line(visible, { x: 'examplesRatio', y: 'stepsRatio', stroke: SERIES_COLORS[0], strokeWidth: 2 }),
        tipMark<(typeof visible)[number]>(visible, {
          x: 'examplesRatio',
          y: 'stepsRatio',
          title: (d) =>
            tipText(lang, [
              [pick(lang, '数据 E/E_min', 'Data E/E_min'), d.examplesRatio],
              [pick(lang, '步数 S/S_min', 'Steps S/S_min'), d.stepsRatio],
            ]),
        }),
        Plot.dot([atCritical], { x: 'examplesRatio', y: 'stepsRatio', r: 7, stroke: 'currentColor', strokeWidth: 1.5, fill: 'none' }),
        Plot.text([atCritical], {
          x: 'examplesRatio',
          y: 'stepsRatio',
          text: () => 'B = B_crit',
          dx: 10,
          dy: -10,
          textAnchor: 'start',
          fontSize: 12,
          fill: 'currentColor',
        }),
        Plot.dot([here], { x: 'examplesRatio', y: 'stepsRatio', r: 5, fill: SERIES_COLORS[1], stroke: 'var(--plot-background, white)', strokeWidth: 1.5 }),
        Plot.text([here], {
          x: 'examplesRatio',
          y: 'stepsRatio',
          text: () => `B = ${q(params.batch)}`,
          dx: 9,
          dy: -10,
          textAnchor: 'start',
          fontSize: 12,
          fill: SERIES_COLORS[1],
        }),
        Plot.text([pick(lang, 'B ≪ B_crit：步数多', 'B ≪ B_crit: many steps')], {
          frameAnchor: 'top-left',
          dx: 28,
          dy: 4,
          textAnchor: 'start',
          fontSize: 12,
          fill: 'currentColor',
          fillOpacity: 0.75,
        }),
        Plot.text([pick(lang, 'B ≫ B_crit：数据多', 'B ≫ B_crit: much data')], {
          frameAnchor: 'bottom-right',
          dx: -4,
          dy: -22,
          textAnchor: 'end',
          fontSize: 12,
          fill: 'currentColor',
          fillOpacity: 0.75,
        }),
      ],
    });

    const warnings: string[] = [];
    if (params.loss < KAPLAN_BREAKDOWN_POINT.loss) {
      warnings.push(
        pick(
          lang,
          `L = ${formatNumber(params.loss, lang, 3)} 奈特低于论文预计其趋势失效的约 1.7 奈特/词元（原文式 6.8），B_crit 在这里是大胆的外推。`,
          `L = ${formatNumber(params.loss, lang, 3)} nats is below the ~1.7 nats/token where the paper expects its trends to break down (eq 6.8); B_crit there is a bold extrapolation.`,
        ),
      );
    }

    const table = losses
      .filter((_, i) => i % 2 === 0)
      .map((loss) => {
        const b = criticalBatch(loss);
        const t = batchTradeoff(params.batch, b);
        return { loss, bCrit: b, stepsRatio: t.stepsRatio, examplesRatio: t.examplesRatio };
      });
    return {
      node: panels(ctx, [left, right]),
      data: {
        columns: [
          { key: 'loss', label: pick(lang, '损失（奈特/词元）', 'Loss (nats/token)') },
          { key: 'bCrit', label: pick(lang, '临界批量 B_crit（词元）', 'Critical batch B_crit (tokens)'), format: 'quantity' },
          { key: 'stepsRatio', label: pick(lang, `B = ${q(params.batch)} 时的 S/S_min`, `S/S_min at B = ${q(params.batch)}`) },
          { key: 'examplesRatio', label: pick(lang, `B = ${q(params.batch)} 时的 E/E_min`, `E/E_min at B = ${q(params.batch)}`) },
        ],
        rows: table,
      },
      readouts: [
        {
          label: pick(lang, `L = ${formatNumber(params.loss, lang, 3)} 奈特时的临界批量`, `Critical batch at L = ${formatNumber(params.loss, lang, 3)} nats`),
          value: pick(lang, `${q(bCrit)} 词元`, `${q(bCrit)} tokens`),
        },
        {
          label: pick(lang, `B = ${q(params.batch)} 时的步数`, `Steps at B = ${q(params.batch)}`),
          value: pick(lang, `最少步数的 ${times(here.stepsRatio, lang)}`, `${times(here.stepsRatio, lang)} the minimum S_min`),
        },
        {
          label: pick(lang, `B = ${q(params.batch)} 时的数据量`, `Data at B = ${q(params.batch)}`),
          value: pick(lang, `最少数据的 ${times(here.examplesRatio, lang)}`, `${times(here.examplesRatio, lang)} the minimum E_min`),
        },
        {
          label: pick(lang, '在 B = B_crit 处', 'At B = B_crit'),
          value: pick(
            lang,
            `${times(atCritical.stepsRatio, lang)}的最少步数和 ${times(atCritical.examplesRatio, lang)}的最少数据（§5.1）`,
            `${times(atCritical.stepsRatio, lang)} minimum steps and ${times(atCritical.examplesRatio, lang)} minimum data (§5.1)`,
          ),
        },
      ],
      warnings,
    };
  },
});
