/**
 * Data-constrained scaling (Muennighoff et al. 2023, arXiv 2305.16264): for a unique-token budget U_D and a compute
 * budget C, the loss along the line 6ND = C under the data-constrained law (repeated tokens and excess parameters
 * worth less, eq:dterm and eq:fin of the paper), next to the same constants with unlimited fresh data (the Chinchilla
 * form, no repetition penalty); both optima, the effective data D′ and what the data limit costs in loss.
 */
import * as Plot from '@observablehq/plot';
import { chinchillaLoss } from '../engine/chinchilla';
import {
  dataConstrainedLoss,
  dataConstrainedLossFloor,
  dataConstrainedOptimum,
  effectiveData,
  effectiveParams,
  MUENNIGHOFF2023,
  MUENNIGHOFF2023_FIT_RANGE,
} from '../engine/data-constrained';
import { logSpace } from '../engine/stats';
import { formatNumber, formatPercent, formatQuantity, formatScientific } from '../lib/numbers';
import type { ChoiceSpec, QuantitySpec } from './lib/params';
import { baseOptions, drawPlot, logScale, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { logTicks } from './lib/ticks';
import { type ChartContext, defineModelFigure } from './lib/types';
import type en from '../i18n/figures/en/data-constrained';

const WIDTH = 640;
const HEIGHT = 380;
const LAW = MUENNIGHOFF2023;
const RANGE = MUENNIGHOFF2023_FIT_RANGE;
/** The curves run from 1/SPAN of the smaller optimum's tokens to SPAN times the larger one's. */
const SPAN = 25;
/** Points per curve: 22 a decade over the curves' 2.8 decades at least, segments of ≈ 10 px on a 640 px figure. */
const POINTS = 61;
/** Rows of the data table: every STRIDE-th point of the curves (16 rows, the last point too). */
const STRIDE = 4;
/**
 * Reference epochs: 1 (repetition starts), 4 (abstract: "up to 4 epochs of repeated data yields negligible changes to
 * loss compared to having unique data") and 1 + R_D* ≈ 16.4 (R_D* = 15.4 repetitions, after which D′ hardly grows;
 * derivation appendix).
 */
const REFERENCE_EPOCHS = [1, 4, 1 + LAW.rdStar];
/**
 * Nats: an optimum this close to dataConstrainedLossFloor lies on the flat bottom where D′ and N′ have saturated; more
 * compute buys almost nothing there and where along the bottom the minimum falls means little (a warning says so).
 */
const PLATEAU_GAP = 1e-3;
const DC_COLOR = SERIES_COLORS[0];
const FRESH_COLOR = SERIES_COLORS[1];

const params = {
  // Default: the README's own example (optimal_allocation(10**22, 25e9)); the paper's smallest unique budget is 100M tokens.
  uniqueTokens: { kind: 'quantity', default: 25e9, min: 1e8, max: 1e14, scale: 'log', display: 'quantity' } satisfies QuantitySpec,
  budget: { kind: 'quantity', default: 1e22, min: 1e15, max: 1e27, scale: 'log', display: 'scientific' } satisfies QuantitySpec,
  x: { kind: 'choice', default: 'epochs', options: [{ value: 'epochs' }, { value: 'tokens' }] } satisfies ChoiceSpec,
};

/** Why an optimum lies outside the runs the law was fitted on (7M–9B parameters, 1–500 epochs), or on the flat floor. */
type RangeIssue = 'paramsAbove' | 'paramsBelow' | 'epochsAbove' | 'floor';

function rangeIssues(p: { params: number; epochs: number }): RangeIssue[] {
  return [
    ...(p.params > RANGE.maxParams ? (['paramsAbove'] as const) : []),
    ...(p.params < RANGE.minParams ? (['paramsBelow'] as const) : []),
    // Fewer than one epoch repeats nothing: the repetition term is not used, so only the upper end is checked.
    ...(p.epochs > RANGE.maxEpochs ? (['epochsAbove'] as const) : []),
  ];
}

/** Both curves along 6ND = C, both optima, D′ and N′ at the data-constrained optimum, the penalty and range issues. */
function model({ uniqueTokens: unique, budget, x }: { uniqueTokens: number; budget: number; x: string }) {
  const best = dataConstrainedOptimum(budget, unique, LAW);
  const fresh = { ...best.chinchilla, loss: chinchillaLoss(LAW, best.chinchilla.params, best.chinchilla.tokens) };
  const lo = Math.min(best.tokens, fresh.tokens) / SPAN;
  const hi = Math.max(best.tokens, fresh.tokens) * SPAN;
  const curve = logSpace(lo, hi, POINTS).map((tokens) => {
    const n = budget / (6 * tokens);
    return {
      tokens,
      epochs: tokens / unique,
      params: n,
      loss: dataConstrainedLoss(n, tokens, unique, LAW),
      freshLoss: chinchillaLoss(LAW, n, tokens),
      effectiveData: effectiveData(tokens, unique, LAW),
    };
  });
  // When U_D covers the fresh-data optimum's tokens, that allocation repeats nothing and has N ≤ U_N: the two laws agree
  // there and the penalty is exactly zero (the search lands on it up to rounding, ~1e-16 nats either way).
  const unconstrained = fresh.tokens <= unique;
  const penalty = unconstrained ? 0 : Math.max(best.loss - fresh.loss, 0);
  const floor = dataConstrainedLossFloor(unique, LAW);
  return {
    unique,
    budget,
    x: x === 'tokens' ? ('tokens' as const) : ('epochs' as const),
    tokensDomain: [lo, hi] as [number, number],
    curve,
    best: {
      params: best.params,
      tokens: best.tokens,
      epochs: best.epochs,
      loss: best.loss,
      effectiveData: effectiveData(best.tokens, unique, LAW),
      effectiveParams: effectiveParams(best.params, Math.min(unique, best.tokens), LAW),
    },
    fresh,
    unconstrained,
    penalty,
    penaltyFraction: penalty / fresh.loss,
    references: REFERENCE_EPOCHS.map((epochs) => ({ tokens: epochs * unique, epochs })).filter((r) => r.tokens > lo && r.tokens < hi),
    floor,
    issues: [...rangeIssues(best), ...(best.loss - floor < PLATEAU_GAP ? (['floor'] as const) : [])],
  };
}

type Model = ReturnType<typeof model>;
type Point = Model['curve'][number];
type Ctx = ChartContext<typeof en>;

/** The loss axis: from just below the fresh-data optimum to where the curves leave the optima's neighbourhood. */
function lossWindow(m: Model): { low: number; top: number } {
  const low = Math.min(m.fresh.loss, m.best.loss);
  let highest = -Infinity;
  for (const p of m.curve) highest = Math.max(highest, p.loss, p.freshLoss);
  return { low, top: Math.min(highest, low + 3 * Math.max(m.best.loss - low, 0.02) + 0.12) };
}

/** The reference epoch counts that fall inside the range: a dotted rule each, labelled at the top. */
function referenceMarks(m: Model, xOf: (tokens: number) => number, { lang, t }: Ctx) {
  return [
    Plot.ruleX(m.references, { x: (r) => xOf(r.tokens), stroke: 'currentColor', strokeOpacity: 0.45, strokeDasharray: '2,3' }),
    Plot.text(m.references, {
      x: (r) => xOf(r.tokens),
      frameAnchor: 'top',
      dy: -10,
      text: (r) => t.reference(formatNumber(r.epochs, lang, 3)),
      fontSize: 11,
      fill: 'currentColor',
      fillOpacity: 0.8,
    }),
  ];
}

/** Both curves' points for the tips: the data-constrained one (series 0), then the fresh-data one (series 1). */
function curvesTip(m: Model, xOf: (tokens: number) => number, names: string[], { lang, t }: Ctx) {
  const points = [0, 1].flatMap((series) => m.curve.map((p) => ({ p, x: xOf(p.tokens), value: series ? p.freshLoss : p.loss, series })));
  return tipMark<(typeof points)[number]>(points, {
    x: 'x',
    y: 'value',
    title: (d) =>
      tipText(lang, [
        ['', names[d.series]!],
        [t.tip.epochs, d.p.epochs],
        [t.tip.tokens, d.p.tokens, 'quantity'],
        [t.tip.params, d.p.params, 'quantity'],
        [t.tip.loss, d.value],
        ...(d.series === 0 ? ([[t.tip.effectiveData, d.p.effectiveData, 'quantity']] as const) : []),
      ]),
  });
}

export default defineModelFigure({
  id: 'data-constrained',
  home: 'beyond-chinchilla',
  width: WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/data-constrained'), zh: () => import('../i18n/figures/zh/data-constrained') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    const byEpochs = m.x === 'epochs';
    const xOf = (tokens: number) => (byEpochs ? tokens / m.unique : tokens);
    const [lo, hi] = m.tokensDomain.map(xOf) as [number, number];
    const names = [t.series.constrained, t.series.fresh];
    const { low, top } = lossWindow(m);
    const optima = [
      { x: xOf(m.best.tokens), loss: m.best.loss, label: t.point.constrained, fill: DC_COLOR },
      { x: xOf(m.fresh.tokens), loss: m.fresh.loss, label: t.point.fresh, fill: 'var(--plot-background, white)' },
    ];
    const num = (v: number) => formatNumber(v, lang, 2);
    return drawPlot({
      ...baseOptions(ctx, HEIGHT),
      marginLeft: 52,
      marginTop: 30,
      x: byEpochs
        ? { type: 'log', domain: [lo, hi], label: t.axis.epochs, ticks: logTicks(lo, hi, 7), tickFormat: num }
        : logScale(lang, t.axis.tokens, 'quantity', { domain: [lo, hi], ticks: logTicks(lo, hi, 7) }),
      y: { domain: [low - (top - low) * 0.04, top], label: t.axis.loss, grid: true, nice: false },
      color: { domain: names, range: [DC_COLOR, FRESH_COLOR], legend: true },
      marks: [
        ...referenceMarks(m, xOf, ctx),
        ...(m.floor > low - (top - low) * 0.04
          ? [
              Plot.ruleY([m.floor], { stroke: DC_COLOR, strokeOpacity: 0.6, strokeDasharray: '1,3' }),
              Plot.text([m.floor], { y: (d: number) => d, frameAnchor: 'right', dy: 9, dx: -2, textAnchor: 'end', text: () => t.point.floor, fontSize: 11, fill: 'currentColor' }),
            ]
          : []),
        // Each curve in its series' colour as a constant (the legend comes from the declared colour scale): no colour
        // channel to compute and group by on every update.
        Plot.line(m.curve, { x: (p: Point) => xOf(p.tokens), y: 'freshLoss', stroke: FRESH_COLOR, strokeWidth: 2, strokeDasharray: '6,4', clip: true }),
        Plot.line(m.curve, { x: (p: Point) => xOf(p.tokens), y: 'loss', stroke: DC_COLOR, strokeWidth: 2.6, clip: true }),
        Plot.dot(optima, { x: 'x', y: 'loss', r: 5.5, fill: 'fill', stroke: (d) => (d.fill === DC_COLOR ? 'var(--plot-background, white)' : FRESH_COLOR), strokeWidth: 2 }),
        Plot.text(optima.slice(0, 1), { x: 'x', y: 'loss', text: 'label', dy: -14, fontSize: 12, fontWeight: 600, fill: 'currentColor' }),
        Plot.text(optima.slice(1), { x: 'x', y: 'loss', text: 'label', dy: 15, fontSize: 12, fill: 'currentColor' }),
        curvesTip(m, xOf, names, ctx),
      ],
    });
  },
  table(m: Model, { t }) {
    return {
      columns: [
        { key: 'epochs', label: t.column.epochs, format: 'number' },
        { key: 'tokens', label: t.column.tokens, format: 'quantity' },
        { key: 'params', label: t.common.column.params, format: 'quantity' },
        { key: 'effectiveData', label: t.column.effectiveData, format: 'quantity' },
        { key: 'loss', label: t.column.loss, format: 'number' },
        { key: 'freshLoss', label: t.column.freshLoss, format: 'number' },
      ],
      rows: m.curve
        .filter((_, i) => i % STRIDE === 0 || i === m.curve.length - 1)
        .map((p) => ({ epochs: p.epochs, tokens: p.tokens, params: p.params, effectiveData: p.effectiveData, loss: p.loss, freshLoss: p.freshLoss })),
    };
  },
  readouts(m: Model, { lang, t }) {
    const r = t.readout;
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    const loss = (x: number) => formatNumber(x, lang, 4);
    const epochs = formatNumber(m.best.epochs, lang, 3);
    return [
      {
        label: r.constrained(q(m.unique), formatScientific(m.budget, { digits: 3 })),
        value: r.allocation(q(m.best.params), q(m.best.tokens), loss(m.best.loss)),
      },
      { label: r.epochs, value: m.best.epochs < 1 ? r.epochsBelowOne(epochs) : r.epochsValue(epochs, formatNumber(m.best.epochs - 1, lang, 3)) },
      {
        label: r.effective,
        value: r.effectiveValue(
          q(m.best.effectiveData),
          formatPercent(m.best.effectiveData / m.best.tokens, lang, 3),
          q(m.best.effectiveParams),
          formatPercent(m.best.effectiveParams / m.best.params, lang, 3),
        ),
      },
      { label: r.fresh, value: r.allocation(q(m.fresh.params), q(m.fresh.tokens), loss(m.fresh.loss)) },
      {
        label: r.penalty,
        value: m.unconstrained ? r.noPenalty(q(m.fresh.tokens)) : r.penaltyValue(formatNumber(m.penalty, lang, 2), formatPercent(m.penaltyFraction, lang, 3)),
      },
    ];
  },
  warnings(m: Model, { lang, t }) {
    const w = t.warning;
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    return m.issues.map((issue) => {
      switch (issue) {
        case 'epochsAbove':
          return w.epochsAbove(formatNumber(m.best.epochs, lang, 3));
        case 'paramsAbove':
          return w.paramsAbove(q(m.best.params));
        case 'paramsBelow':
          return w.paramsBelow(q(m.best.params));
        case 'floor':
          return w.floor(formatNumber(m.floor, lang, 4), q(m.unique), formatNumber(PLATEAU_GAP, lang));
      }
    });
  },
});

export type { Model as DataConstrainedModel };
