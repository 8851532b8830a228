/**
 * Per-token loss against position T in the 1024-token context (Kaplan et al. 2020, Fig. 20 left): the six fitted
 * curves L(T) = a + b·T^(−c) printed in that figure's legend. The paper does not say which model size each curve
 * belongs to, so they are labelled by legend order, "fit 1 (smallest)" … "fit 6 (largest)".
 */
import * as Plot from '@observablehq/plot';
import { KAPLAN_FIGURE20_FITS, perPositionLoss, type PositionFit } from '../engine/kaplan-position';
import { formatNumber } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import { defineFigure } from './lib/types';
import { baseOptions, pick, tipMark, tipText } from './lib/plot';

const HEIGHT = 400;
const CONTEXT = 1024;
const LOSS_RANGE: [number, number] = [2, 8];
const POSITION_TICKS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];
// Plot's stylesheet pins --plot-background to white on the svg itself, so halos use the page's --bg-card.
const HALO = { stroke: 'var(--bg-card, white)', strokeWidth: 4, paintOrder: 'stroke' } as const;
/** Legend order, most likely smallest → largest model; the same mid-lightness ramp as the other size-coloured figures. */
const FIT_COLORS = ['#0072B2', '#0F9AA0', '#009E73', '#9FA12E', '#E69F00', '#D55E00'];

/** The fit as the legend prints it, e.g. "4.0 + 3.2·T^−0.47". */
function formula(fit: PositionFit): string {
  return `${fit.a.toFixed(1)} + ${fit.b.toFixed(1)}·T^−${fit.c.toFixed(2)}`;
}

function fitName(curve: number, lang: 'zh' | 'en'): string {
  const last = KAPLAN_FIGURE20_FITS.length;
  const note = curve === 1 ? pick(lang, '（最小）', ' (smallest)') : curve === last ? pick(lang, '（最大）', ' (largest)') : '';
  return pick(lang, `拟合 ${curve}${note}`, `fit ${curve}${note}`);
}

const showParams = Object.fromEntries(
  KAPLAN_FIGURE20_FITS.map((fit) => [
    `fit${fit.curve}`,
    {
      kind: 'boolean' as const,
      label: { zh: `显示${fitName(fit.curve, 'zh')}：${formula(fit)}`, en: `Show ${fitName(fit.curve, 'en')}: ${formula(fit)}` },
      default: true,
    },
  ]),
) as Record<'fit1' | 'fit2' | 'fit3' | 'fit4' | 'fit5' | 'fit6', { kind: 'boolean'; label: { zh: string; en: string }; default: boolean }>;

export default defineFigure({
  id: 'context-position',
  home: 'kaplan',
  height: HEIGHT,
  params: {
    position: {
      kind: 'quantity',
      label: { zh: '读取位置 T', en: 'Read out at position T' },
      unit: { zh: '第几个词元', en: 'token index' },
      default: 8,
      min: 1,
      max: CONTEXT,
      scale: 'log',
      integer: true,
      display: 'plain',
    },
    ...showParams,
  },
  strings: {
    en: {
      title: 'Later tokens are easier: loss against position in the context',
      caption:
        'The loss on a token falls as a power law in its position T in the 1,024-token context: later tokens have more context to go on. These are the six fits L(T) = a + b·T^−c printed in the legend of Kaplan’s Fig. 20 (left), one per model size. The paper does not say which size each fit belongs to (its colour bar spans 10⁶ to 10⁸ parameters); the legend most likely runs from the smallest model to the largest, since a falls and c rises (“increasingly large powers for larger models”), so we call them fit 1 (smallest) to fit 6 (largest). Larger models end lower and also improve faster at early tokens. Fig. 21 adds runs trained with a context of only n_ctx = 8: on the first few tokens they beat the 1,024-token models, “since they can allocate all of their capacity to them”; the paper prints no numbers for that gap, so none are drawn here.',
      source:
        'Kaplan et al. 2020 (arXiv 2001.08361), Fig. 20 (left) legend (the exponents are negative; text copies lose the minus sign), App. D.5, §3.2.1; Fig. 21 and its caption for the n_ctx = 8 comparison.',
      alt: 'Six falling curves of per-token loss against token position on a log axis from 1 to 1024, starting near 7 to 8 nats and ending between about 2.4 and 4.1 nats; a vertical line marks the chosen position.',
    },
    zh: {
      title: '越靠后的词元越好预测：损失与上下文位置',
      caption:
        '一个词元的损失随它在 1024 个词元的上下文中的位置 T 按幂律下降：越靠后，可用的上下文越多。这里画的是 Kaplan 原文图 20（左）图例里给出的六条拟合 L(T) = a + b·T^−c，每条对应一个模型规模。论文没有说明每条拟合属于哪个规模（色标只标出 10⁶ 到 10⁸ 个参数）；由于 a 逐条下降、c 逐条上升（“模型越大，幂次越大”），图例很可能是从最小的模型排到最大的，所以我们称之为拟合 1（最小）到拟合 6（最大）。更大的模型最终损失更低，在靠前的词元上也下降得更快。原文图 21 还比较了只用 n_ctx = 8 的上下文训练的模型：在最前面几个词元上，它们比 1024 上下文的模型更好，“因为它们可以把全部能力都用在这些词元上”；论文没有给出这一差距的数值，所以这里不画。',
      source: 'Kaplan 等（2020，arXiv 2001.08361）原文图 20（左）图例（指数为负，文本副本里丢了负号）、附录 D.5、§3.2.1；n_ctx = 8 的比较见原文图 21 及其图注。',
      alt: '以对数横轴表示词元位置（1 到 1024）的六条下降曲线：起点约 7 到 8 奈特，终点约在 2.4 到 4.1 奈特之间；一条竖线标出所选位置。',
    },
  },
  render(params, lang, ctx) {
    const values = params as unknown as Record<string, boolean | number>;
    const shown = KAPLAN_FIGURE20_FITS.filter((fit) => values[`fit${fit.curve}`]);
    const grid = logSpace(1, CONTEXT, 41);
    const T = params.position;
    const lines = shown.flatMap((fit) => grid.map((t) => ({ curve: fit.curve, position: t, loss: perPositionLoss(fit, t) })));
    const at = shown.map((fit) => ({ curve: fit.curve, position: T, loss: perPositionLoss(fit, T) }));
    const colorOf = (d: { curve: number }) => FIT_COLORS[d.curve - 1];
    const nats = (x: number) => formatNumber(x, lang, 3);

    const node = Plot.plot({
      ...baseOptions(ctx, HEIGHT),
      x: {
        // Base 2: every power-of-two tick keeps its label (d3 blanks base-10 log labels whose leading digit is large).
        type: 'log',
        base: 2,
        domain: [1, CONTEXT],
        label: pick(lang, '词元在上下文中的位置 T', 'Token position T in the context'),
        ticks: POSITION_TICKS,
        tickFormat: (d: number) => String(d),
      },
      y: { domain: LOSS_RANGE, label: pick(lang, '该位置的测试损失（奈特）', 'Test loss at that position (nats)'), grid: true },
      marks: [
        Plot.line(lines, { x: 'position', y: 'loss', z: 'curve', stroke: colorOf, strokeWidth: 2 }),
        Plot.ruleX([T], { stroke: 'currentColor', strokeWidth: 1.5 }),
        Plot.text([`T = ${T}`], {
          x: T,
          y: LOSS_RANGE[0],
          dx: T > 200 ? -5 : 5,
          dy: -6,
          textAnchor: T > 200 ? 'end' : 'start',
          lineAnchor: 'bottom',
          fontSize: 12,
          fill: 'currentColor',
          ...HALO,
        }),
        Plot.dot(at, { x: 'position', y: 'loss', fill: colorOf, stroke: 'var(--bg-card, white)', r: 4.5 }),
        tipMark<(typeof lines)[number]>(lines, {
          x: 'position',
          y: 'loss',
          title: (d) =>
            tipText(lang, [
              ['', fitName(d.curve, lang)],
              [pick(lang, '位置 T', 'Position T'), d.position],
              [pick(lang, '测试损失（奈特）', 'Test loss (nats)'), d.loss],
            ]),
        }),
        // An in-plot legend (the curves end too close together for direct labels).
        ...shown.map((fit, i) =>
          Plot.text([fit], {
            frameAnchor: 'top-right',
            dy: 4 + 17 * i,
            dx: -4,
            lineAnchor: 'top',
            textAnchor: 'end',
            text: (d: PositionFit) => `▬ ${fitName(d.curve, lang)}  ${formula(d)}`,
            fill: colorOf,
            fontSize: 12,
            fontWeight: 600,
            ...HALO,
          }),
        ),
      ],
    });

    const rows = POSITION_TICKS.map((t) => {
      const row: Record<string, number> = { position: t };
      for (const fit of KAPLAN_FIGURE20_FITS) row[`fit${fit.curve}`] = perPositionLoss(fit, t);
      return row;
    });
    return {
      node,
      data: {
        columns: [
          { key: 'position', label: pick(lang, '位置 T', 'Position T'), format: 'number' },
          ...KAPLAN_FIGURE20_FITS.map((fit) => ({ key: `fit${fit.curve}`, label: `${fitName(fit.curve, lang)}: ${formula(fit)}` })),
        ],
        rows,
      },
      readouts: at.map((d) => ({
        label: pick(lang, `${fitName(d.curve, lang)}，T = ${T}`, `${fitName(d.curve, lang)}, T = ${T}`),
        value: pick(lang, `${nats(d.loss)} 奈特`, `${nats(d.loss)} nats`),
      })),
      warnings: shown.length ? [] : [pick(lang, '至少勾选一条拟合才能画出曲线。', 'Tick at least one fit to draw a curve.')],
    };
  },
});
