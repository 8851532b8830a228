/**
 * The "mirage" of emergence (Schaeffer et al. 2023, Fig. 2): a per-token loss that falls smoothly with scale
 * makes exact-match accuracy on an L-token answer look sudden, while token edit distance stays smooth.
 * The metric's resolution, 1/(number of test items) (§2), is drawn on the accuracy panel; on a log axis the same
 * accuracy curve shows no jump at all, only the point where it climbs above what the test set can resolve.
 */
import * as Plot from '@observablehq/plot';
import { metricResolution, mirageCurves } from '../engine/emergence';
import { formatNumber, formatPercent, formatQuantity, formatScientific } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import type en from '../i18n/figures/en/mirage';
import { baseOptions, drawPlot, panels, SERIES_COLORS, tipMark, tipText, yLabelMark } from './lib/plot';
import { drawPatching, keptChart, moving } from './lib/reuse';
import { niceCeil } from './lib/domains';
import { type ChartContext, defineModelFigure, type ParamSchema } from './lib/types';

const PANEL_WIDTH = 300;
const HEIGHT = 260;
const N_MIN = 1e6;
const N_MAX = 1e13;
/** Bottom of the log accuracy axis. */
const LOG_FLOOR = 1e-7;

const params = {
  answerTokens: { kind: 'quantity', default: 5, min: 1, max: 50, scale: 'linear', integer: true, display: 'plain' },
  alpha: { kind: 'quantity', default: -0.3, min: -1, max: -0.02, scale: 'linear', step: 0.01, allowNegative: true, display: 'plain' },
  c: { kind: 'quantity', default: 1e8, min: 1e3, max: 1e12, scale: 'log', display: 'scientific' },
  testItems: { kind: 'quantity', default: 100, min: 10, max: 1e6, scale: 'log', integer: true },
  accuracyAxis: { kind: 'choice', default: 'linear', options: [{ value: 'linear' }, { value: 'log' }] },
} satisfies ParamSchema;

interface Values {
  answerTokens: number;
  alpha: number;
  c: number;
  testItems: number;
  accuracyAxis: string;
}

/** Loss, exact match and edit distance along the sizes, the resolution 1/n, and the two readings. Numbers only. */
function model({ answerTokens, alpha, c, testItems, accuracyAxis }: Values) {
  const points = mirageCurves(logSpace(N_MIN, N_MAX, 57), { c, alpha, answerTokens });
  const resolution = metricResolution(testItems);
  return {
    answerTokens,
    c,
    alpha,
    testItems,
    points,
    resolution,
    logAxis: accuracyAxis === 'log',
    /** The reading at the first size of at least 10B. */
    at: points.find((p) => p.params >= 1e10) ?? points[points.length - 1],
    /** The first size whose exact match clears 1/n, if any. */
    resolved: points.find((p) => p.accuracy >= resolution),
  };
}

type Model = ReturnType<typeof model>;
type Point = Model['points'][number];
type Ctx = ChartContext<typeof en>;

/** A panel's shared options and x axis (model size on a log axis). */
function frame(ctx: Ctx) {
  const { lang, t } = ctx;
  const x = { type: 'log' as const, domain: [N_MIN, N_MAX], label: t.common.axis.params, tickFormat: (d: number) => formatQuantity(d, lang, { digits: 2 }), ticks: 4 };
  return { ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT), marginLeft: 52, x };
}

/** A line of `key` against size and its tip: what moves in a panel when a control does. */
function lineMarks(points: readonly Point[], ctx: Ctx, key: 'loss' | 'editDistance' | 'accuracy', label: string, color: string, extra: Plot.LineYOptions = {}) {
  return [
    moving(Plot.line(points, { x: 'params', y: key, stroke: color, strokeWidth: 2, ...extra })),
    tipMark<Point>(points, {
      x: 'params',
      y: key,
      title: (d) =>
        tipText(ctx.lang, [
          [ctx.t.common.axis.params, d.params, 'quantity'],
          key === 'accuracy' ? [label, d.accuracy, d.accuracy < 1e-3 ? 'scientific' : 'percent'] : [label, d[key]],
        ]),
    }),
  ];
}

/** The loss panel: one line against size, from zero (kept whole while c and α stay: see chart). */
function lossPanel(m: Model, ctx: Ctx) {
  return drawPlot({ ...frame(ctx), y: { label: ctx.t.axis.loss, grid: true, zero: true }, marks: lineMarks(m.points, ctx, 'loss', ctx.t.axis.loss, SERIES_COLORS[0]) });
}

/**
 * The edit-distance panel, from zero to the next round value above the highest point (niceCeil), so its axes stay while
 * the line moves under them and are copied (drawPatching).
 */
function editPanel(m: Model, ctx: Ctx) {
  let hi = 0;
  for (const p of m.points) if (p.editDistance > hi) hi = p.editDistance;
  const top = niceCeil(hi);
  return drawPatching(
    {
      ...frame(ctx),
      y: { label: ctx.t.axis.editDistance, domain: [0, top], grid: true },
      marks: lineMarks(m.points, ctx, 'editDistance', ctx.t.axis.editDistance, SERIES_COLORS[2]),
    },
    `mirage/edit:${ctx.lang}:${top}`,
  );
}

/**
 * The exact-match panel: the resolution band and line 1/n, and the accuracy on a linear or log axis. Its axes and grid
 * are copied between updates (drawPatching); the axis label, which names the answer length, is a text mark where Plot
 * puts its own (yLabelMark), so it can change with the answer length while the axes stay.
 */
function accuracyPanel(m: Model, ctx: Ctx) {
  const { lang, t } = ctx;
  const bottom = m.logAxis ? LOG_FLOOR : 0;
  // On the log axis, accuracies far below the floor (down to exp(−huge) = 0) are off the chart; the line is clipped at the floor.
  const shown = m.logAxis ? m.points.filter((p) => p.accuracy >= LOG_FLOOR / 100) : m.points;
  const label = t.axis.exactMatch(String(m.answerTokens));
  const resolutionText = `1/n = ${formatPercent(m.resolution, lang, 2)}`;
  const options = frame(ctx);
  return drawPatching(
    {
      ...options,
      y: m.logAxis
        ? { type: 'log', label: null, domain: [LOG_FLOOR, 1], grid: true, ticks: [1e-6, 1e-4, 1e-2, 1], tickFormat: (d: number) => formatScientific(d).replace(/^1×/, '') }
        : { label: null, domain: [0, 1], grid: true, percent: false },
      marks: [
        moving(Plot.areaY([{ params: N_MIN }, { params: N_MAX }], { x: 'params', y1: bottom, y2: m.resolution, fill: 'currentColor', fillOpacity: 0.07 })),
        Plot.ruleY([bottom]),
        moving(Plot.ruleY([m.resolution], { stroke: 'currentColor', strokeDasharray: '4 3', strokeOpacity: 0.8 })),
        moving(
          Plot.text([m.resolution], {
            x: N_MIN,
            y: (d: number) => d,
            text: () => resolutionText,
            textAnchor: 'start',
            dx: 4,
            dy: m.logAxis ? 10 : -7,
            fill: 'currentColor',
            stroke: 'var(--bg-card, var(--plot-background, white))',
            strokeWidth: 3,
            paintOrder: 'stroke',
          }),
        ),
        moving(yLabelMark(label, options)),
        ...lineMarks(shown, ctx, 'accuracy', label, SERIES_COLORS[5], { clip: true }),
      ],
    },
    `mirage/accuracy:${lang}:${m.logAxis}`,
  );
}

export default defineModelFigure({
  id: 'mirage',
  home: 'emergence',
  width: 3 * PANEL_WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/mirage'), zh: () => import('../i18n/figures/zh/mirage') },
  model,
  chart(m: Model, ctx) {
    // The loss depends on c and α alone: moving the answer length or the test set keeps the panel drawn before.
    const loss = keptChart(`mirage:loss:${ctx.lang}:${m.c}:${m.alpha}`, ctx.document ?? document, () => lossPanel(m, ctx));
    return panels(ctx, [loss, accuracyPanel(m, ctx), editPanel(m, ctx)]);
  },
  table(m: Model, { t }) {
    return {
      columns: [
        { key: 'params', label: t.common.column.params, format: 'quantity' },
        { key: 'loss', label: t.axis.loss },
        { key: 'accuracy', label: t.column.accuracy, format: 'percent' },
        { key: 'editDistance', label: t.axis.editDistance },
      ],
      rows: m.points.filter((_, i) => i % 4 === 0).map((p) => ({ params: p.params, loss: p.loss, accuracy: p.accuracy, editDistance: p.editDistance })),
    };
  },
  readouts(m: Model, { lang, t }) {
    const { at, resolved } = m;
    const items = formatNumber(m.testItems, lang, 7);
    return [
      {
        label: t.readout.at(formatQuantity(at.params, lang)),
        value: t.readout.atValue(formatNumber(at.loss, lang, 3), formatNumber(at.accuracy * 100, lang, 3), formatNumber(at.editDistance, lang, 3)),
      },
      {
        label: t.readout.resolved(items),
        value: resolved
          ? t.readout.resolvedAt(formatQuantity(resolved.params, lang, { digits: 2 }), items)
          : t.readout.never(formatQuantity(N_MIN, lang), formatQuantity(N_MAX, lang)),
      },
    ];
  },
});

export type { Model as MirageModel };
export type Messages = typeof en;
