/**
 * Inference-aware sizing (calculator): expected lifetime inference tokens + a target loss (or a reference model
 * whose loss sets it) → the model size and training tokens that minimise training + inference FLOPs, following
 * the objective of Sardana et al. 2024, and the saving against the compute-optimal model.
 */
import * as Plot from '@observablehq/plot';
import { chinchillaLoss, LAWS, type LawKey } from '../engine/chinchilla';
import { costCurve, INFERENCE_AWARE_SOURCE, inferenceAwareOptimal, smallestModelForLoss } from '../engine/inference-aware';
import { modelById, MODELS } from '../engine/models';
import { formatNumber, formatPercent, formatQuantity, formatScientific } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import { decadeTicks, logTicks, powerOfTen } from './lib/ticks';
import type { ParamValues } from './lib/params';
import { defineModelFigure, type ParamSchema } from './lib/types';
import { drawPatching, moving } from './lib/reuse';
import { decadeDomain } from './lib/domains';
import { baseOptions, logScale, SERIES_COLORS, tipMark, tipText } from './lib/plot';

const WIDTH = 640;
const HEIGHT = 380;
const KEYS: readonly LawKey[] = ['hoffmann2022', 'hoffmann2022Rounded', 'besiroglu2024'];
/**
 * The largest tokens-per-parameter ratio among the 240 Fig. 4 runs of Hoffmann et al. 2022 as extracted by
 * Besiroglu et al. 2024 (src/data/chinchilla-runs.ts): 341 (derived; checked in tests/unit/figures/inference-aware.test.ts).
 */
export const FIG4_MAX_TOKENS_PER_PARAM = 341;
/** Dense models of the catalogue (a mixture of experts does not follow the dense law). */
const REFERENCE_MODELS = MODELS.filter((m) => m.totalParams === undefined);
const S = INFERENCE_AWARE_SOURCE;

const params = {
  inferenceTokens: { kind: 'quantity', default: 2e12, min: 1e8, max: 1e17, scale: 'log', display: 'quantity' },
  reference: { kind: 'choice', default: 'custom', options: [{ value: 'custom' }, { value: 'loss' }, ...REFERENCE_MODELS.map((m) => ({ value: m.id }))] },
  refParams: { kind: 'quantity', default: 13e9, min: 1e7, max: 1e13, scale: 'log', display: 'quantity', usedWhen: { param: 'reference', values: ['custom'] } },
  refTokens: { kind: 'quantity', default: 260e9, min: 1e8, max: 1e15, scale: 'log', display: 'quantity', usedWhen: { param: 'reference', values: ['custom'] } },
  targetLoss: { kind: 'quantity', default: 2, min: 1.82, max: 5, scale: 'linear', step: 0.001, display: 'plain', usedWhen: { param: 'reference', values: ['loss'] } },
  law: { kind: 'choice', default: 'hoffmann2022', options: KEYS.map((value) => ({ value })) },
} satisfies ParamSchema;

type Kind = 'training' | 'inference' | 'total';

/** The target loss, the inference-aware and compute-optimal sizes, and the cost curves along the iso-loss line. Numbers and keys only. */
function model(p: ParamValues<typeof params>) {
  const law = LAWS[p.law as LawKey];
  const reference = p.reference === 'custom' ? { params: p.refParams, tokens: p.refTokens, name: null } : p.reference === 'loss' ? null : modelById(p.reference);
  // Every target is reachable: a reference model's loss lies above E, and typed targets start at 1.82 nats,
  // above the largest E of the three laws (1.8172, Besiroglu et al.).
  const target = reference ? chinchillaLoss(law, reference.params, reference.tokens) : p.targetLoss;
  const { source: _source, computeOptimal, ...best } = inferenceAwareOptimal(law, target, p.inferenceTokens);
  const nMin = smallestModelForLoss(law, target);
  const grid = logSpace(nMin * 1.05, Math.max(computeOptimal.params * 4, nMin * 10), 60);
  const curve = costCurve(law, target, p.inferenceTokens, grid);
  const series = curve
    .flatMap((pt) => [
      { params: pt.params, flops: pt.trainingFlops, kind: 'training' as Kind },
      { params: pt.params, flops: pt.inferenceFlops, kind: 'inference' as Kind },
      { params: pt.params, flops: pt.totalFlops, kind: 'total' as Kind },
    ])
    .filter((d) => d.flops > 0);
  return {
    target,
    reference: reference && { params: reference.params, tokens: reference.tokens, name: reference.name },
    best,
    computeOptimal,
    nMin,
    curve,
    series,
    x: [grid[0], grid[grid.length - 1]] as [number, number],
    /** From 1/30 to 30 times the best total, rounded out to whole decades, so the axes stay (and are copied) while the curves move. */
    y: decadeDomain([best.totalFlops / 30, best.totalFlops * 30]),
    // The reference model itself, when it sets the target: what it costs to train and serve.
    referenceCost: reference ? costCurve(law, target, p.inferenceTokens, [reference.params])[0] : undefined,
    beyondRuns: best.tokens / best.params > FIG4_MAX_TOKENS_PER_PARAM,
  };
}

type Model = ReturnType<typeof model>;

export default defineModelFigure({
  id: 'inference-aware',
  home: 'chinchilla',
  kind: 'calculator',
  width: WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/inference-aware'), zh: () => import('../i18n/figures/zh/inference-aware') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    const series = m.series.map((d) => ({ ...d, kind: t.kind[d.kind] }));
    const kinds = [t.kind.training, t.kind.inference, t.kind.total];
    const points = [
      { params: m.best.params, flops: m.best.totalFlops, label: t.point.best },
      { params: m.computeOptimal.params, flops: m.computeOptimal.totalFlops, label: t.point.computeOptimal },
    ];
    const ref = m.referenceCost ? [{ params: m.referenceCost.params, flops: m.referenceCost.totalFlops, label: m.reference?.name ?? t.point.reference }] : [];
    const [yBottom, yTop] = m.y;
    // Moving the inference tokens moves the curves and the points; the axes, the legend and the smallest size that can
    // reach the loss (its rule) are copied from the last picture with the same axes and target (drawPatching).
    return drawPatching(
      {
        ...baseOptions(ctx, HEIGHT),
        marginLeft: 64,
        x: logScale(lang, t.common.axis.params, 'quantity', { domain: m.x, ticks: logTicks(m.x[0], m.x[1], 6) }),
        y: logScale(lang, t.axis.flops, 'scientific', { domain: m.y, grid: true, ticks: decadeTicks(yBottom, yTop, 6), tickFormat: powerOfTen }),
        color: { domain: kinds, range: [SERIES_COLORS[0], SERIES_COLORS[1], SERIES_COLORS[5]], legend: true },
        marks: [
          moving(
            Plot.line(
              series.filter((d) => d.kind !== kinds[2]),
              { x: 'params', y: 'flops', z: 'kind', stroke: 'kind', strokeWidth: 1.4, clip: true },
            ),
          ),
          moving(
            Plot.line(
              series.filter((d) => d.kind === kinds[2]),
              { x: 'params', y: 'flops', stroke: 'kind', strokeWidth: 2.6, clip: true },
            ),
          ),
          Plot.ruleX([m.nMin], { strokeDasharray: '3,3', strokeOpacity: 0.5 }),
          moving(Plot.dot(points.slice(1), { x: 'params', y: 'flops', r: 5, fill: 'currentColor', stroke: 'var(--plot-background, white)' })),
          moving(Plot.dot(points.slice(0, 1), { x: 'params', y: 'flops', r: 6, fill: SERIES_COLORS[5], stroke: 'var(--plot-background, white)' })),
          moving(Plot.dot(ref, { x: 'params', y: 'flops', r: 4.5, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, clip: true })),
          moving(Plot.text(ref, { x: 'params', y: 'flops', text: 'label', dx: 8, dy: 10, textAnchor: 'start', fontSize: 12, fill: 'currentColor', clip: true })),
          moving(Plot.text(points, { x: 'params', y: 'flops', text: 'label', dy: -12, fontSize: 12, fill: 'currentColor' })),
          tipMark<(typeof series)[number]>(series, {
            x: 'params',
            y: 'flops',
            title: (d) =>
              tipText(lang, [
                ['', d.kind],
                [t.common.axis.params, d.params, 'quantity'],
                [t.axis.flops, d.flops, 'scientific'],
              ]),
          }),
        ],
      },
      `inference-aware:${lang}:${m.nMin}`,
    );
  },
  table(m: Model, { t }) {
    return {
      columns: [
        { key: 'params', label: t.common.column.params, format: 'quantity' },
        { key: 'tokens', label: t.column.tokens, format: 'quantity' },
        { key: 'training', label: t.column.training, format: 'scientific' },
        { key: 'inference', label: t.column.inference, format: 'scientific' },
        { key: 'total', label: t.column.total, format: 'scientific' },
      ],
      rows: m.curve
        .filter((_, i) => i % 2 === 0 || i === m.curve.length - 1)
        .map((pt) => ({ params: pt.params, tokens: pt.tokens, training: pt.trainingFlops, inference: pt.inferenceFlops, total: pt.totalFlops })),
    };
  },
  readouts(m: Model, { lang, t }) {
    const r = t.readout;
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    const sci = (x: number) => formatScientific(x, { digits: 3 });
    const allocation = (a: { params: number; tokens: number }) => r.allocation(q(a.params), q(a.tokens), formatNumber(a.tokens / a.params, lang, 3));
    const ref = m.reference;
    const target = ref ? (ref.name ? r.targetOf(ref.name) : r.targetOfModel(q(ref.params), q(ref.tokens))) : r.target;
    return [
      { label: target, value: r.targetValue(formatNumber(m.target, lang, 4)) },
      { label: t.point.best, value: allocation(m.best) },
      { label: r.computeOptimal, value: allocation(m.computeOptimal) },
      { label: r.total, value: r.totalValue(sci(m.best.totalFlops), sci(m.computeOptimal.totalFlops)) },
      ...(m.referenceCost ? [{ label: r.reference, value: r.flops(sci(m.referenceCost.totalFlops)) }] : []),
      { label: r.saving, value: r.savingValue(formatPercent(m.best.saving, lang, 3), sci(m.computeOptimal.totalFlops - m.best.totalFlops)) },
      { label: r.objective, value: r.objectiveValue(S.arxiv) },
    ];
  },
  warnings(m: Model, { lang, t }) {
    return m.beyondRuns ? [t.warning.extreme(formatNumber(m.best.tokens / m.best.params, lang, 3), FIG4_MAX_TOKENS_PER_PARAM)] : [];
  },
});

export type { Model as InferenceAwareModel };
