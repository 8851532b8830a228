/**
 * Sample efficiency (Kaplan et al. 2020, Fig. 2): learning curves against tokens processed, one per model size,
 * from the L(N, S_min) fit (eq 1.6, Table 3) at a batch of 2^19 tokens. Larger models reach the same loss after
 * fewer tokens; the target-loss line marks where each curve crosses it.
 */
import * as Plot from '@observablehq/plot';
import { KAPLAN_DEFAULT_BATCH_TOKENS } from '../engine/kaplan-batch';
import { KAPLAN_STUDIED_PARAMS, kaplanDefaultRunTokens, kaplanWarmupTokens } from '../engine/kaplan-setup';
import { formatNumber, formatQuantity } from '../lib/numbers';
import { convergedLoss, learningCurveByLoss, sampleEfficiencyCurve, tokensToReachLoss } from '../engine/sample-efficiency';
import { logSpace } from '../engine/stats';
import type en from '../i18n/figures/en/sample-efficiency';
import { baseOptions, logScale, tipMark, tipText } from './lib/plot';
import { drawPatching, moving } from './lib/reuse';
import { defineModelFigure } from './lib/types';

const HEIGHT = 400;
const TOKEN_RANGE: [number, number] = [1e8, 1e12];
/** Wide enough for the converged loss of the largest size allowed (1e11 params → 1.65 nats). */
const LOSS_RANGE: [number, number] = [1.5, 8];
/** Colour by model size on a log scale, small → large; mid-lightness stops that read on light and dark pages. */
const SIZE_RAMP = ['#0072B2', '#009E73', '#E69F00', '#D55E00'];
const NOTE = { fontSize: 12, fill: 'currentColor', fillOpacity: 0.8 } as const;

const params = {
  targetLoss: { kind: 'quantity', default: 3.5, min: 2, max: 7, scale: 'linear', step: 0.05, display: 'plain' } as const,
  sizes: { kind: 'list', default: [1e6, 1e7, 1e8, 1.5e9], min: 1e3, max: 1e11, minLength: 1, maxLength: 6, display: 'quantity' } as const,
  adjust: { kind: 'boolean', default: true } as const,
};

/** Learning curves, where each crosses the target loss, and the table's samples at round token counts. Numbers only. */
function model({ targetLoss, sizes, adjust }: { targetLoss: number; sizes: number[]; adjust: boolean }) {
  const opts = { adjustForCriticalBatch: adjust };
  const warmup = kaplanWarmupTokens();
  // Drawn by loss (closed form, cheap on every input); the table samples round token counts.
  const curves = sizes.map((n) => ({ params: n, points: learningCurveByLoss(n, TOKEN_RANGE, 49, opts) }));
  const crossings = sizes.map((n) => {
    const crossing = tokensToReachLoss(n, targetLoss, opts);
    return { params: n, converged: convergedLoss(n), crossing, inWarmup: !!crossing && crossing.tokens < warmup };
  });
  const smallest = Math.min(...sizes);
  const largest = Math.max(...sizes);
  const tableTokens = logSpace(TOKEN_RANGE[0], TOKEN_RANGE[1], 13);
  return {
    targetLoss,
    adjust,
    warmup,
    runEnd: kaplanDefaultRunTokens(),
    sizeDomain: smallest < largest ? [smallest, largest] : [smallest / 10, largest * 10],
    lines: curves.flatMap((c) => c.points.map((p) => ({ params: c.params, tokens: p.tokens, loss: p.loss }))),
    ends: curves.map((c) => ({ params: c.params, ...c.points[c.points.length - 1] })),
    crossings,
    onPlot: crossings.flatMap((c) =>
      c.crossing && c.crossing.tokens >= TOKEN_RANGE[0] && c.crossing.tokens <= TOKEN_RANGE[1] ? [{ params: c.params, tokens: c.crossing.tokens }] : [],
    ),
    rows: sizes.flatMap((n) => sampleEfficiencyCurve(n, tableTokens, opts).map((p) => ({ params: n, tokens: p.tokens, steps: p.steps, loss: p.loss }))),
    outside: sizes.filter((n) => n < KAPLAN_STUDIED_PARAMS[0] || n > KAPLAN_STUDIED_PARAMS[1]),
  };
}

type Model = ReturnType<typeof model>;

/** The warm-up strip and the end of Kaplan's default runs, each with its note. */
function trainingMarks(m: Model, t: typeof en) {
  return [
    Plot.rectX([0], { x1: TOKEN_RANGE[0], x2: m.warmup, y1: LOSS_RANGE[0], y2: LOSS_RANGE[1], fill: 'currentColor', fillOpacity: 0.07 }),
    Plot.text([t.note.warmup], { x: Math.sqrt(TOKEN_RANGE[0] * m.warmup), y: LOSS_RANGE[0], dy: -8, lineAnchor: 'bottom', ...NOTE }),
    Plot.ruleX([m.runEnd], { stroke: 'currentColor', strokeOpacity: 0.5, strokeDasharray: '4,3' }),
    Plot.text([t.note.runEnd], { x: m.runEnd, y: LOSS_RANGE[1], dx: 4, textAnchor: 'start', lineAnchor: 'top', ...NOTE }),
  ];
}

export default defineModelFigure({
  id: 'sample-efficiency',
  home: 'kaplan',
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/sample-efficiency'), zh: () => import('../i18n/figures/zh/sample-efficiency') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    const c = t.common;
    // The target slider moves its line, label and dots; the curves, notes and axes are copied (drawPatching).
    return drawPatching(
      {
        ...baseOptions(ctx, HEIGHT),
        marginRight: 56,
        x: logScale(lang, t.axis.tokens, 'quantity', { domain: TOKEN_RANGE }),
        y: { domain: LOSS_RANGE, label: c.axis.testLoss, grid: true },
        // The chosen sizes span the whole ramp, so neighbouring curves stay distinguishable.
        color: { type: 'log', domain: m.sizeDomain, range: SIZE_RAMP, interpolate: 'hcl' },
        marks: [
          ...trainingMarks(m, t),
          moving(Plot.ruleY([m.targetLoss], { stroke: 'currentColor', strokeDasharray: '6,4' })),
          moving(
            Plot.text([`L = ${formatNumber(m.targetLoss, lang, 3)}`], {
              x: TOKEN_RANGE[1],
              y: m.targetLoss,
              dy: -7,
              textAnchor: 'end',
              lineAnchor: 'bottom',
              fontSize: 12,
              fill: 'currentColor',
            }),
          ),
          Plot.line(m.lines, { x: 'tokens', y: 'loss', z: 'params', stroke: 'params', strokeWidth: 2, clip: true }),
          tipMark<Model['lines'][number]>(m.lines, {
            x: 'tokens',
            y: 'loss',
            title: (d) =>
              tipText(lang, [
                [c.column.params, d.params, 'quantity'],
                [t.axis.tokens, d.tokens, 'quantity'],
                [c.axis.testLoss, d.loss],
              ]),
          }),
          moving(Plot.dot(m.onPlot, { x: 'tokens', y: m.targetLoss, fill: 'params', stroke: 'var(--bg-card, white)', r: 5 })),
          Plot.text(m.ends, {
            x: 'tokens',
            y: 'loss',
            text: (d: Model['ends'][number]) => formatQuantity(d.params, lang, { digits: 3 }),
            dx: 5,
            textAnchor: 'start',
            fill: 'params',
            fontSize: 12,
            fontWeight: 600,
          }),
        ],
      },
      `sample-efficiency:${lang}:${m.sizeDomain}:${m.ends.map((e) => e.params)}:${m.adjust}`,
    );
  },
  table(m: Model, { lang, t }) {
    return {
      columns: [
        { key: 'params', label: t.common.column.params, format: 'quantity' },
        { key: 'tokens', label: t.column.tokens, format: 'quantity' },
        { key: 'steps', label: t.column.steps(formatNumber(KAPLAN_DEFAULT_BATCH_TOKENS, lang, 6)) },
        { key: 'loss', label: t.common.column.loss },
      ],
      rows: m.rows,
    };
  },
  readouts(m: Model, { lang, t }) {
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    const L = formatNumber(m.targetLoss, lang, 3);
    return m.crossings.map(({ params: n, converged, crossing, inWarmup }) => ({
      label: t.readout(q(n), L),
      value: crossing ? t.needs(q(crossing.tokens), formatNumber(crossing.steps, lang, 3)) + (inWarmup ? t.inWarmup : '') : t.never(formatNumber(converged, lang, 3)),
    }));
  },
  warnings(m: Model, { lang, t }) {
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    return m.outside.length ? [t.outside(m.outside.map(q).join(t.common.listSeparator), m.outside.length)] : [];
  },
});

export type { Model as SampleEfficiencyModel };
export type Messages = typeof en;
