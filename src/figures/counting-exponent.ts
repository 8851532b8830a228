/**
 * Why Kaplan saw N ∝ C^0.73: the local exponent d ln N_opt / d ln C of one Chinchilla-form law (written in total
 * parameters) when parameters and compute are counted in total (N_T, 6·N_T·D) or, as Kaplan did, without the
 * embedding (N_E, 6·N_E·D), with the embedding tied to width through a fixed aspect ratio — Pearce & Song 2024
 * (engine/parameter-counting). Kaplan's 0.73 and Chinchilla's 0.50 are drawn as reference lines.
 */
import * as Plot from '@observablehq/plot';
import { APPROACH_EXPONENTS } from '../engine/chinchilla-tables';
import { LAWS, type LawKey } from '../engine/chinchilla';
import { KAPLAN_STUDIED_PARAMS } from '../engine/kaplan-setup';
import {
  countingExponentCurve,
  countingExponents,
  embeddingCoefficient,
  nonEmbeddingComputeAtOptimum,
  nonEmbeddingExponentLimits,
  optimumNonEmbeddingCount,
  optimumTotalCount,
  PEARCE_SONG_SHAPE,
} from '../engine/parameter-counting';
import { formatNumber, formatPercent, formatQuantity, formatScientific } from '../lib/numbers';
import type { ParamValues } from './lib/params';
import { CHINCHILLA_FITS } from './lib/chinchilla-fits';
import { memo } from './lib/memo';
import { defineModelFigure, type ParamSchema } from './lib/types';
import { baseOptions, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { drawPatching, moving } from './lib/reuse';
import { decadeTicks, powerOfTen } from './lib/ticks';

const WIDTH = 640;
const HEIGHT = 400;
/** The compute axis of issue 16: 10¹⁵ to 10²⁵ FLOPs, 10 budgets per decade. */
const X_DOMAIN: [number, number] = [1e15, 1e25];
const POINTS = 101;
/** The exponent axis: Chinchilla's a = 0.45–0.51 at the bottom, the non-embedding peak (≤ 0.99 for every law) at the top. */
const Y_DOMAIN: [number, number] = [0.4, 1];
/** Kaplan et al. 2020 eq (6.1) / Table 6 (also Hoffmann Table 2's Kaplan row) and Hoffmann Table 2, Approach 1. */
const KAPLAN_A = APPROACH_EXPONENTS.find((r) => r.id === 'kaplan')!.a;
const CHINCHILLA_A = APPROACH_EXPONENTS.find((r) => r.id === 'approach1')!.a;

const params = {
  budget: { kind: 'quantity', default: 1e18, min: X_DOMAIN[0], max: X_DOMAIN[1], scale: 'log', display: 'scientific' },
  law: { kind: 'choice', default: 'besiroglu2024', options: CHINCHILLA_FITS.map((value) => ({ value })) },
  vocab: { kind: 'quantity', default: PEARCE_SONG_SHAPE.vocab, min: 1000, max: 1e6, scale: 'log', integer: true, display: 'plain' },
  aspect: { kind: 'quantity', default: PEARCE_SONG_SHAPE.aspectRatio, min: 4, max: 800, scale: 'log', display: 'plain' },
} satisfies ParamSchema;

type Count = 'total' | 'nonEmbedding';

/**
 * What depends on the law and the shape only, not on the budget, by `JSON.stringify([law, vocab, aspect])`: both counts'
 * exponents along the compute axis (≈ 200 optimisations) and Kaplan's sizes placed on it, kept while the budget moves.
 */
const alongAxis = memo((key: string) => {
  const [lawKey, vocab, aspectRatio] = JSON.parse(key) as [LawKey, number, number];
  const law = LAWS[lawKey];
  const shape = { vocab, aspectRatio };
  // Kaplan's smallest and largest models (§3), placed where this law makes them compute-optimal in Kaplan's count.
  const [smallest, largest] = KAPLAN_STUDIED_PARAMS;
  const kaplanFlops: [number, number] = [nonEmbeddingComputeAtOptimum(law, smallest, shape), nonEmbeddingComputeAtOptimum(law, largest, shape)];
  return {
    curve: countingExponentCurve(law, shape, X_DOMAIN[0], X_DOMAIN[1], POINTS),
    kaplanFlops,
    // The exponent averaged over Kaplan's sizes: the slope of the chord between them, ln(1.5e9/768) / ln(C_hi/C_lo).
    kaplanAverage: Math.log(largest / smallest) / Math.log(kaplanFlops[1] / kaplanFlops[0]),
  };
}, 16);

/** Both counts' exponents along the compute axis, the optima at the chosen budget, and Kaplan's sizes placed on the axis. */
function model(p: ParamValues<typeof params>) {
  const key = p.law as LawKey;
  const law = LAWS[key];
  const shape = { vocab: p.vocab, aspectRatio: p.aspect };
  /** Names everything that does not move with the budget (the chart's unmoving marks are kept by it). */
  const curveKey = JSON.stringify([key, p.vocab, p.aspect]);
  const { curve, kaplanFlops, kaplanAverage } = alongAxis(curveKey);
  return {
    law: key,
    curveKey,
    budget: p.budget,
    omega: embeddingCoefficient(shape),
    curve,
    at: countingExponents(law, p.budget, shape),
    totalCount: optimumTotalCount(law, p.budget, shape),
    nonEmbeddingCount: optimumNonEmbeddingCount(law, p.budget, shape),
    limits: nonEmbeddingExponentLimits(law),
    kaplanFlops,
    kaplanAverage,
    references: { kaplan: KAPLAN_A, chinchilla: CHINCHILLA_A },
  };
}

type Model = ReturnType<typeof model>;

export default defineModelFigure({
  id: 'counting-exponent',
  home: 'beyond-chinchilla',
  width: WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/counting-exponent'), zh: () => import('../i18n/figures/zh/counting-exponent') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    const counts: Count[] = ['total', 'nonEmbedding'];
    const names = counts.map((c) => t.series[c]);
    const rows = m.curve.flatMap((pt) => counts.map((c) => ({ flops: pt.flops, exponent: pt[c], count: t.series[c], pt })));
    // Kaplan's sizes as a band, clipped to the axis (the smallest model sits below 10¹⁵ FLOPs under every law here).
    const band =
      m.kaplanFlops[1] > X_DOMAIN[0] && m.kaplanFlops[0] < X_DOMAIN[1] ? [{ x1: Math.max(m.kaplanFlops[0], X_DOMAIN[0]), x2: Math.min(m.kaplanFlops[1], X_DOMAIN[1]) }] : [];
    const refs = [
      // As printed, two decimals: 0.73, 0.50.
      { y: m.references.kaplan, label: t.reference.kaplan(m.references.kaplan.toFixed(2)) },
      { y: m.references.chinchilla, label: t.reference.chinchilla(m.references.chinchilla.toFixed(2)) },
    ];
    const refLabel = (i: number, dy: number) =>
      Plot.text([refs[i]], { y: 'y', frameAnchor: 'right', dx: -4, dy, textAnchor: 'end', text: 'label', fontSize: 12, fill: 'currentColor' });
    const dots = counts.map((c) => ({ flops: m.budget, exponent: m.at[c], count: t.series[c] }));
    // The budget moves only its rule and the two dots: the axes, the band, the reference lines and both curves are
    // copied from the last picture with the same law, shape and language (drawPatching).
    return drawPatching(
      {
        ...baseOptions(ctx, HEIGHT),
        marginLeft: 52,
        x: { type: 'log', domain: X_DOMAIN, label: t.axis.compute, ticks: decadeTicks(X_DOMAIN[0], X_DOMAIN[1], 6), tickFormat: powerOfTen },
        y: { domain: Y_DOMAIN, label: t.axis.exponent, grid: true, ticks: [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1], tickFormat: (d: number) => formatNumber(d, lang, 2) },
        color: { domain: names, range: [SERIES_COLORS[0], SERIES_COLORS[5]], legend: true },
        marks: [
          Plot.rectX(band, { x1: 'x1', x2: 'x2', fill: 'currentColor', fillOpacity: 0.07 }),
          Plot.text(band, { x: 'x1', frameAnchor: 'bottom', dx: 6, dy: -6, textAnchor: 'start', text: () => t.band, fontSize: 12, fill: 'currentColor', fillOpacity: 0.8 }),
          Plot.ruleY(refs, { y: 'y', strokeDasharray: '5,4', strokeOpacity: 0.7 }),
          // Kaplan's label above its line; Chinchilla's below, clear of the total-count line just above 0.50.
          refLabel(0, -7),
          refLabel(1, 12),
          moving(Plot.ruleX([m.budget], { strokeOpacity: 0.35 })),
          Plot.line(rows, { x: 'flops', y: 'exponent', z: 'count', stroke: 'count', strokeWidth: 2.4, clip: true }),
          moving(Plot.dot(dots, { x: 'flops', y: 'exponent', r: 5, fill: 'count', stroke: 'var(--plot-background, white)' })),
          tipMark<(typeof rows)[number]>(rows, {
            x: 'flops',
            y: 'exponent',
            title: (d) =>
              tipText(lang, [
                ['', d.count],
                [t.tip.compute, d.pt.flops, 'scientific'],
                [t.tip.total, d.pt.total],
                [t.tip.nonEmbedding, d.pt.nonEmbedding],
              ]),
          }),
        ],
      },
      `counting-exponent:${lang}:${m.curveKey}`,
    );
  },
  table(m: Model, { t }) {
    return {
      columns: [
        { key: 'flops', label: t.column.flops, format: 'scientific' },
        { key: 'total', label: t.column.total, format: 'number' },
        { key: 'nonEmbedding', label: t.column.nonEmbedding, format: 'number' },
        { key: 'totalOptimum', label: t.column.totalOptimum, format: 'quantity' },
        { key: 'nonEmbeddingOptimum', label: t.column.nonEmbeddingOptimum, format: 'quantity' },
      ],
      // Every half decade (the curve has ten points per decade).
      rows: m.curve
        .filter((_, i) => i % 5 === 0)
        .map(({ flops, total, nonEmbedding, totalOptimum, nonEmbeddingOptimum }) => ({ flops, total, nonEmbedding, totalOptimum, nonEmbeddingOptimum })),
    };
  },
  readouts(m: Model, { lang, t }) {
    const r = t.readout;
    // Exponents with three decimals, as the papers print them (0.800, not 0.8); the decimal point is the same in zh.
    const n = (x: number) => x.toFixed(3);
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    const share = (o: { total: number; nonEmbedding: number }) => formatPercent(1 - o.nonEmbedding / o.total, lang, 2);
    const c = formatScientific(m.budget, { digits: 3 });
    return [
      { label: r.exponentTotal(c), value: n(m.at.total) },
      { label: r.exponentNonEmbedding(c), value: n(m.at.nonEmbedding) },
      { label: r.optimumTotal(c), value: r.optimumValue(q(m.totalCount.total), q(m.totalCount.nonEmbedding), share(m.totalCount), q(m.totalCount.tokens)) },
      {
        label: r.optimumNonEmbedding(c),
        value: r.optimumValue(q(m.nonEmbeddingCount.total), q(m.nonEmbeddingCount.nonEmbedding), share(m.nonEmbeddingCount), q(m.nonEmbeddingCount.tokens)),
      },
      {
        label: r.kaplanRange(formatScientific(m.kaplanFlops[0], { digits: 3 }), formatScientific(m.kaplanFlops[1], { digits: 3 })),
        value: r.kaplanRangeValue(n(m.kaplanAverage), n(m.limits.large)),
      },
      { label: r.limits, value: r.limitsValue(n(m.limits.small), n(m.limits.large)) },
      { label: r.omega, value: formatNumber(m.omega, lang, 5) },
    ];
  },
});

export type { Model as CountingExponentModel };
