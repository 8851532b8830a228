/**
 * Kaplan et al. 2020 §5.1: the critical batch size B_crit(L) = B_* / L^{1/α_B} grows as the loss falls (eq 1.4/5.3,
 * Table 5), and at any batch size B training trades steps against examples along (S/S_min − 1)(E/E_min − 1) = 1
 * (eq 5.1), with S/S_min = 1 + B_crit/B and E/E_min = 1 + B/B_crit (eqs 5.4, 5.5).
 */
import * as Plot from '@observablehq/plot';
import { batchTradeoff, criticalBatch, KAPLAN_DEFAULT_BATCH_TOKENS } from '../engine/kaplan-batch';
import { KAPLAN_BREAKDOWN_POINT } from '../engine/kaplan';
import { formatNumber, formatQuantity } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import type en from '../i18n/figures/en/critical-batch';
import { type ChartContext, defineModelFigure } from './lib/types';
import { baseOptions, logScale, panels, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { drawPatching, moving } from './lib/reuse';
import { decadePowers } from './lib/ticks';

const PANEL_WIDTH = 320;
const HEIGHT = 310;
const LOSS_RANGE: [number, number] = [1.5, 8];

const params = {
  loss: { kind: 'quantity', default: 3, min: LOSS_RANGE[0], max: LOSS_RANGE[1], scale: 'linear', step: 0.01, display: 'plain' } as const,
  batch: { kind: 'quantity', default: KAPLAN_DEFAULT_BATCH_TOKENS, min: 1e3, max: 1e9, scale: 'log', display: 'quantity' } as const,
};

/** Ratio ticks 1×, 2×, 5×, 10×, … inside [lo, hi]. */
function ratioTicks(hi: number): number[] {
  const out: number[] = [];
  for (let e = 0; 10 ** e <= hi; e++) for (const m of [1, 2, 5]) if (m * 10 ** e <= hi) out.push(m * 10 ** e);
  return out.length > 7 ? out.filter((v) => Math.log10(v) % 1 === 0 || v === 2) : out;
}

/** B_crit(L) over the loss range, the trade-off curve around the reader's batch, and the table rows. Numbers only. */
function model({ loss, batch }: { loss: number; batch: number }) {
  const bCrit = criticalBatch(loss);
  const here = batchTradeoff(batch, bCrit);
  const losses = logSpace(LOSS_RANGE[0], LOSS_RANGE[1], 40);
  const curve = losses.map((l) => ({ loss: l, bCrit: criticalBatch(l) }));
  // The trade-off hyperbola, traced by B/B_crit over several decades around the reader's point. It depends on that
  // ratio alone, so it is traced in units of B_crit (B = r, B_crit = 1): the same points, to the last digit, for every
  // loss and batch whose ratio leaves the span at 10⁻² to 10², and the chart keeps it drawn (tradeoffKey).
  const ratio = batch / bCrit;
  const hi = Math.max(30, here.stepsRatio * 1.5, here.examplesRatio * 1.5);
  const span = [Math.min(1e-2, ratio / 2), Math.max(1e2, ratio * 2)] as const;
  const tradeoff = logSpace(span[0], span[1], 61)
    .map((r) => batchTradeoff(r, 1))
    .filter((p) => p.stepsRatio <= hi && p.examplesRatio <= hi);
  const rows = curve
    .filter((_, i) => i % 2 === 0)
    .map((c) => {
      const t = batchTradeoff(batch, c.bCrit);
      return { loss: c.loss, bCrit: c.bCrit, stepsRatio: t.stepsRatio, examplesRatio: t.examplesRatio };
    });
  return {
    loss,
    batch,
    bCrit,
    here,
    atCritical: batchTradeoff(bCrit, bCrit),
    curve,
    tradeoff,
    /** What the trade-off curve is a function of (its span of B/B_crit and the axes' top), as a key for the picture. */
    tradeoffKey: `${span[0]}:${span[1]}:${hi}`,
    hi,
    rows,
    beyondBreakdown: loss < KAPLAN_BREAKDOWN_POINT.loss,
  };
}

type Model = ReturnType<typeof model>;
type Ctx = ChartContext<typeof en>;

const label = (fill: string, dx: number, dy: number) => ({ dx, dy, textAnchor: 'start', fontSize: 12, fill }) as const;
const marker = (fill: string) => ({ r: 5, fill, stroke: 'var(--plot-background, white)', strokeWidth: 1.5 }) as const;

/** Left: B_crit(L) over the loss range, loss decreasing to the right as in Kaplan Fig. 10, and the reader's batch. */
function criticalPanel(m: Model, ctx: Ctx) {
  const { lang, t } = ctx;
  const q = (v: number) => formatQuantity(v, lang);
  const yDomain: [number, number] = [Math.min(m.curve[m.curve.length - 1].bCrit, m.batch) / 1.6, Math.max(m.curve[0].bCrit, m.batch) * 1.6];
  const tickFormat = (v: number) => formatNumber(v, lang, 2);
  // The loss moves only the point on the curve and its label; the axes (their domain follows the batch), the curve and
  // the batch's rule are copied from the last picture with the same batch and language (drawPatching).
  return drawPatching(
    {
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT),
      marginLeft: 56,
      marginRight: 20,
      x: { type: 'log', label: t.axis.loss, domain: [LOSS_RANGE[1], LOSS_RANGE[0]], ticks: [8, 6, 4, 3, 2, 1.5], tickFormat },
      y: logScale(lang, t.axis.bCrit, 'quantity', { domain: yDomain, ticks: decadePowers(yDomain), grid: true }),
      marks: [
        Plot.ruleY([m.batch], { stroke: SERIES_COLORS[1], strokeWidth: 1.5, strokeDasharray: '5,3' }),
        Plot.text([m.batch], { y: (b: number) => b, frameAnchor: 'left', text: () => `B = ${q(m.batch)}`, ...label(SERIES_COLORS[1], 4, -8) }),
        Plot.line(m.curve, { x: 'loss', y: 'bCrit', stroke: SERIES_COLORS[0], strokeWidth: 2 }),
        tipMark<Model['curve'][number]>(m.curve, {
          x: 'loss',
          y: 'bCrit',
          title: (d) =>
            tipText(lang, [
              [t.axis.loss, d.loss],
              [t.axis.bCrit, d.bCrit, 'quantity'],
            ]),
        }),
        moving(Plot.dot([{ loss: m.loss, bCrit: m.bCrit }], { x: 'loss', y: 'bCrit', ...marker(SERIES_COLORS[0]) })),
        moving(Plot.text([{ loss: m.loss, bCrit: m.bCrit }], { x: 'loss', y: 'bCrit', text: (p: { bCrit: number }) => `B_crit ${q(p.bCrit)}`, ...label('currentColor', 8, 12) })),
      ],
    },
    `critical-batch:critical:${lang}:${m.batch}`,
  );
}

/** Right: steps against data along (S/S_min − 1)(E/E_min − 1) = 1, with B = B_crit and the reader's batch. */
function tradeoffPanel(m: Model, ctx: Ctx) {
  const { lang, t } = ctx;
  const ratioAxis = (text: string) => ({
    type: 'log' as const,
    label: text,
    domain: [1, m.hi],
    ticks: ratioTicks(m.hi),
    tickFormat: (v: number) => `${formatNumber(v, lang, 3)}×`,
    grid: true,
  });
  const corner = { fontSize: 12, fill: 'currentColor', fillOpacity: 0.75 } as const;
  const xy = { x: 'examplesRatio', y: 'stepsRatio' } as const;
  // The hyperbola in ratios is the same for every B/B_crit between 0.02 and 50 (its span is fixed there): the reader's
  // point and its label move, the axes, the curve and the point at B_crit are copied from the last picture that drew the
  // same curve (drawPatching; the key names the curve's points).
  return drawPatching(
    {
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT),
      marginLeft: 48,
      marginRight: 20,
      x: ratioAxis(t.axis.data),
      y: ratioAxis(t.axis.steps),
      marks: [
        Plot.line(m.tradeoff, { ...xy, stroke: SERIES_COLORS[0], strokeWidth: 2 }),
        tipMark<Model['tradeoff'][number]>(m.tradeoff, {
          ...xy,
          title: (d) =>
            tipText(lang, [
              [t.axis.data, d.examplesRatio],
              [t.axis.steps, d.stepsRatio],
            ]),
        }),
        Plot.dot([m.atCritical], { ...xy, r: 7, stroke: 'currentColor', strokeWidth: 1.5, fill: 'none' }),
        Plot.text([m.atCritical], { ...xy, text: () => 'B = B_crit', ...label('currentColor', 10, -10) }),
        moving(Plot.dot([m.here], { ...xy, ...marker(SERIES_COLORS[1]) })),
        moving(Plot.text([m.here], { ...xy, text: () => `B = ${formatQuantity(m.batch, lang)}`, ...label(SERIES_COLORS[1], 9, -10) })),
        Plot.text([t.label.many], { frameAnchor: 'top-left', dx: 28, dy: 4, textAnchor: 'start', ...corner }),
        Plot.text([t.label.much], { frameAnchor: 'bottom-right', dx: -4, dy: -22, textAnchor: 'end', ...corner }),
      ],
    },
    `critical-batch:tradeoff:${lang}:${m.tradeoffKey}`,
  );
}

export default defineModelFigure({
  id: 'critical-batch',
  home: 'kaplan',
  width: 2 * PANEL_WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/critical-batch'), zh: () => import('../i18n/figures/zh/critical-batch') },
  model,
  chart(m: Model, ctx) {
    return panels(ctx, [criticalPanel(m, ctx), tradeoffPanel(m, ctx)]);
  },
  table(m: Model, { lang, t }) {
    const b = formatQuantity(m.batch, lang);
    return {
      columns: [
        { key: 'loss', label: t.common.column.loss },
        { key: 'bCrit', label: t.axis.bCrit, format: 'quantity' },
        { key: 'stepsRatio', label: t.column.steps(b) },
        { key: 'examplesRatio', label: t.column.examples(b) },
      ],
      rows: m.rows,
    };
  },
  readouts(m: Model, { lang, t }) {
    const r = t.readout;
    const b = formatQuantity(m.batch, lang);
    const times = (x: number) => t.times(formatNumber(x, lang, 3));
    return [
      { label: r.critical(formatNumber(m.loss, lang, 3)), value: r.criticalValue(formatQuantity(m.bCrit, lang)) },
      { label: r.steps(b), value: r.stepsValue(times(m.here.stepsRatio)) },
      { label: r.data(b), value: r.dataValue(times(m.here.examplesRatio)) },
      { label: r.atCritical, value: r.atCriticalValue(times(m.atCritical.stepsRatio), times(m.atCritical.examplesRatio)) },
    ];
  },
  warnings(m: Model, { lang, t }) {
    return m.beyondBreakdown ? [t.breakdown(formatNumber(m.loss, lang, 3))] : [];
  },
});

export type { Model as CriticalBatchModel };
