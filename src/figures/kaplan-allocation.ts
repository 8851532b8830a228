/**
 * Kaplan et al. 2020 Table 6 (eqs 6.1–6.2, Fig. 14): how the compute-efficient allocation grows with C_min —
 * parameters N ∝ C^0.73, critical batch B ∝ C^0.24, steps S ∝ C^0.03, tokens D ∝ C^0.27 — as growth factors
 * relative to C_min = 1 PF-day, with the absolute values read out for a typed budget.
 */
import * as Plot from '@observablehq/plot';
import { kaplanAllocation, KAPLAN_TABLE6 } from '../engine/kaplan-allocation';
import { KAPLAN_BREAKDOWN_POINT } from '../engine/kaplan';
import { pfDaysToFlops } from '../engine/compute';
import { formatNumber, formatQuantity, formatScientific } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import { KAPLAN_ALLOCATION_PARTS, kaplanAllocationGrowth, kaplanComputeForParams, type KaplanAllocationPart } from '../engine/kaplan-allocation';
import { KAPLAN_STUDIED_PARAMS } from '../engine/kaplan-setup';
import type en from '../i18n/figures/en/kaplan-allocation';
import type { QuantitySpec } from './lib/params';
import { defineModelFigure } from './lib/types';
import { baseOptions, logScale, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { drawPatching, moving } from './lib/reuse';

const HEIGHT = 420;
/** A halo in the page background keeps annotations readable where lines cross them. */
// Plot's stylesheet pins --plot-background to white on the svg itself, so halos use the page's --bg-card.
const HALO = { stroke: 'var(--bg-card, white)', strokeWidth: 4, paintOrder: 'stroke' } as const;
const COMPUTE_RANGE: [number, number] = [1e-8, 1e8];
const GROWTH_RANGE: [number, number] = [1e-6, 1e6];

const PART_STYLE: Record<KaplanAllocationPart, { color: string; symbol: string; dy: number }> = {
  params: { color: SERIES_COLORS[0], symbol: 'N', dy: 0 },
  tokens: { color: SERIES_COLORS[5], symbol: 'D', dy: -9 },
  batchTokens: { color: SERIES_COLORS[2], symbol: 'B', dy: 10 },
  steps: { color: SERIES_COLORS[3], symbol: 'S', dy: 0 },
};

const params = {
  budget: { kind: 'quantity', default: 1000, min: COMPUTE_RANGE[0], max: COMPUTE_RANGE[1], scale: 'log', display: 'scientific' } satisfies QuantitySpec,
};

/** The growth lines of Table 6 over the compute range, the allocation at `budget`, and where the fit runs out. Numbers only. */
function model({ budget }: { budget: number }) {
  const lines = logSpace(COMPUTE_RANGE[0], COMPUTE_RANGE[1], 33).flatMap((c) => {
    const g = kaplanAllocationGrowth(c);
    return KAPLAN_ALLOCATION_PARTS.map((part) => ({ part, compute: c, growth: g[part] }));
  });
  const growth = kaplanAllocationGrowth(budget);
  const alloc = kaplanAllocation(budget);
  const last = kaplanAllocationGrowth(COMPUTE_RANGE[1]);
  const breakdown = KAPLAN_BREAKDOWN_POINT.computePfDays;
  return {
    budget,
    flops: pfDaysToFlops(budget),
    growth,
    alloc,
    lines,
    at: KAPLAN_ALLOCATION_PARTS.map((part) => ({ part, compute: budget, growth: growth[part] })),
    ends: KAPLAN_ALLOCATION_PARTS.map((part) => ({ part, compute: COMPUTE_RANGE[1], growth: last[part] })),
    largestTrained: kaplanComputeForParams(KAPLAN_STUDIED_PARAMS[1]),
    breakdown,
    table: logSpace(COMPUTE_RANGE[0], COMPUTE_RANGE[1], 17).map((c) => ({ compute: c, flops: pfDaysToFlops(c), ...kaplanAllocation(c) })),
    largerThanTrained: alloc.params > KAPLAN_STUDIED_PARAMS[1],
    beyondBreakdown: budget > breakdown,
  };
}

type Model = ReturnType<typeof model>;
type Point = { part: KaplanAllocationPart; compute: number; growth: number };

/** `N ∝ C^0.73`: a line's symbol and its Table 6 exponent. */
const lawLabel = (part: KaplanAllocationPart) => `${PART_STYLE[part].symbol} ∝ C^${KAPLAN_TABLE6[part].exponent}`;
const colorOf = (d: { part: KaplanAllocationPart }) => PART_STYLE[d.part].color;

/** The shaded range past Kaplan's largest model and the C* breakdown line. */
function fitLimitMarks(m: Model) {
  return [
    Plot.rectX([0], { x1: m.largestTrained, x2: COMPUTE_RANGE[1], y1: GROWTH_RANGE[0], y2: GROWTH_RANGE[1], fill: 'currentColor', fillOpacity: 0.05 }),
    Plot.ruleX([m.breakdown], { stroke: 'currentColor', strokeOpacity: 0.5, strokeDasharray: '2,3' }),
  ];
}

/**
 * The notes on the shaded range and the breakdown line. Drawn over the budget's rule, which crosses the C* note at
 * budgets of ~10²–10⁴ PF-days (the default, 1000, among them): their halos keep them readable. Under the dots.
 */
function fitLimitNotes(m: Model, t: typeof en) {
  const note = { fontSize: 12, fill: 'currentColor', ...HALO };
  return [
    Plot.text([t.note.largest], { x: m.largestTrained, y: GROWTH_RANGE[0], dx: 4, dy: -6, textAnchor: 'start', lineAnchor: 'bottom', ...note }),
    Plot.text([t.note.breakdown], { x: m.breakdown, y: GROWTH_RANGE[1], dx: -4, textAnchor: 'end', lineAnchor: 'top', ...note }),
  ];
}

/** Each line's label at its right end; dy is a constant in Plot, so one text mark per line (D and B end close together and are nudged apart). */
function endLabels(ends: Point[]) {
  return ends.map((end) =>
    Plot.text([end], {
      x: 'compute',
      y: 'growth',
      text: (d: Point) => lawLabel(d.part),
      dx: 6,
      dy: PART_STYLE[end.part].dy,
      textAnchor: 'start',
      fill: colorOf,
      fontSize: 13,
      fontWeight: 600,
    }),
  );
}

export default defineModelFigure({
  id: 'kaplan-allocation',
  home: 'kaplan',
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/kaplan-allocation'), zh: () => import('../i18n/figures/zh/kaplan-allocation') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    // The budget moves its rule and the four dots; the lines, their labels, the fit's limits and the axes are the same
    // for every budget and are copied (drawPatching).
    return drawPatching(
      {
        ...baseOptions(ctx, HEIGHT),
        marginRight: 92,
        x: logScale(lang, t.axis.compute, 'scientific', { domain: COMPUTE_RANGE, ticks: 8 }),
        y: logScale(lang, t.axis.growth, 'scientific', { domain: GROWTH_RANGE, grid: true, ticks: 7 }),
        marks: [
          ...fitLimitMarks(m),
          Plot.ruleY([1], { stroke: 'currentColor', strokeOpacity: 0.35 }),
          Plot.line(m.lines, { x: 'compute', y: 'growth', z: 'part', stroke: colorOf, strokeWidth: 2.2 }),
          moving(Plot.ruleX([m.budget], { stroke: 'currentColor', strokeWidth: 1.5 })),
          ...fitLimitNotes(m, t),
          moving(Plot.dot(m.at, { x: 'compute', y: 'growth', fill: colorOf, stroke: 'var(--bg-card, white)', r: 5 })),
          tipMark<Point>(m.lines, {
            x: 'compute',
            y: 'growth',
            title: (d) =>
              tipText(lang, [
                ['', lawLabel(d.part)],
                [t.axis.compute, d.compute, 'scientific'],
                [t.axis.growth, d.growth, 'scientific'],
              ]),
          }),
          ...endLabels(m.ends),
        ],
      },
      `kaplan-allocation:${lang}`,
    );
  },
  table(m: Model, { t }) {
    const c = t.column;
    return {
      columns: [
        { key: 'compute', label: c.compute, format: 'scientific' },
        { key: 'flops', label: c.flops, format: 'scientific' },
        { key: 'params', label: c.params, format: 'quantity' },
        { key: 'batchTokens', label: c.batchTokens, format: 'quantity' },
        { key: 'steps', label: c.steps, format: 'quantity' },
        { key: 'tokens', label: c.tokens, format: 'quantity' },
      ],
      rows: m.table,
    };
  },
  readouts(m: Model, { lang, t }) {
    const sci = (x: number) => formatScientific(x, { digits: 3 });
    const q = (v: number) => formatQuantity(v, lang);
    const r = t.readout;
    return [
      { label: r.budget, value: r.budgetValue(sci(m.budget), sci(m.flops)) },
      { label: t.part.params, value: r.params(q(m.alloc.params), sci(m.growth.params)) },
      { label: t.part.tokens, value: r.tokens(q(m.alloc.tokens), sci(m.growth.tokens)) },
      { label: t.part.batchTokens, value: r.batchTokens(q(m.alloc.batchTokens), sci(m.growth.batchTokens)) },
      { label: t.part.steps, value: r.steps(formatNumber(m.alloc.steps, lang, 3), sci(m.growth.steps)) },
    ];
  },
  warnings(m: Model, { lang, t }) {
    return [...(m.largerThanTrained ? [t.largerThanTrained(formatQuantity(m.alloc.params, lang))] : []), ...(m.beyondBreakdown ? [t.beyondBreakdown] : [])];
  },
});

export type { Model as KaplanAllocationModel };
export type Messages = typeof en;
