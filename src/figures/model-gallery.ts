/**
 * Real models on the parameters–tokens plane (log-log) against the compute-optimal line of a chosen Chinchilla fit,
 * with iso-compute lines D = C/(6N). Each dot is labelled with the model's tokens per parameter.
 */
import { GOPHER_BUDGET } from '../engine/budgets';
import * as Plot from '@observablehq/plot';
import { LAWS, chinchillaLoss, optimalLoss, tokensPerParameter, type LawKey } from '../engine/chinchilla';
import { trainingFlops } from '../engine/compute';
import { modelById } from '../engine/models';
import { formatNumber, formatQuantity, formatScientific } from '../lib/numbers';
import type en from '../i18n/figures/en/model-gallery';
import { isoComputeSegment, optimalAllocationFrom, type AllocationSource } from '../engine/chinchilla-approaches';
import type { ParamValues } from './lib/params';
import { defineModelFigure, type ParamSchema } from './lib/types';
import { baseOptions, logScale, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { decadeTicks, powerOfTen } from './lib/ticks';

const WIDTH = 640;
const HEIGHT = 440;
const PARAMS_DOMAIN: [number, number] = [3e9, 1.5e12];
const TOKENS_DOMAIN: [number, number] = [1e11, 4e13];
const ISO_FLOPS = [1e22, 1e23, 1e24, 1e25, 1e26];
const OPTIMAL = SERIES_COLORS[0];
const HIGHLIGHT = SERIES_COLORS[5];
/** Tokens per parameter beyond which a model is far from the Chinchilla runs' typical ratios (see warnings). */
const FAR_FROM_OPTIMAL = 100;

/** The models shown (engine MODELS ids) and where each label sits. */
const SHOWN: Array<{ id: string; anchor: 'left' | 'right' | 'above' | 'below' }> = [
  { id: 'gpt-3', anchor: 'below' },
  { id: 'gopher', anchor: 'above' },
  { id: 'mt-nlg', anchor: 'below' },
  { id: 'palm-540b', anchor: 'above' },
  { id: 'chinchilla', anchor: 'left' },
  { id: 'llama-65b', anchor: 'below' },
  { id: 'llama-2-7b', anchor: 'right' },
  { id: 'llama-2-70b', anchor: 'right' },
  { id: 'llama-3-8b', anchor: 'above' },
  { id: 'llama-3-70b', anchor: 'right' },
  { id: 'llama-3-405b', anchor: 'right' },
  { id: 'deepseek-v3', anchor: 'below' },
  { id: 'qwen2.5-72b', anchor: 'above' },
];

const ANCHORS = {
  left: { textAnchor: 'end', dx: -12, dy: 0 },
  right: { textAnchor: 'start', dx: 12, dy: 0 },
  above: { textAnchor: 'middle', dx: 0, dy: -12 },
  below: { textAnchor: 'middle', dx: 0, dy: 13 },
} as const;

type Source = 'approach1' | 'approach2' | LawKey;
const SOURCES: readonly Source[] = ['approach1', 'approach2', 'hoffmann2022', 'hoffmann2022Rounded', 'besiroglu2024'];

const params = {
  budget: { kind: 'quantity', default: GOPHER_BUDGET, min: 1e21, max: 1e27, scale: 'log', display: 'scientific' },
  highlight: { kind: 'choice', default: 'chinchilla', options: SHOWN.map(({ id }) => ({ value: id })) },
  law: { kind: 'choice', default: 'approach1', options: SOURCES.map((value) => ({ value })) },
} satisfies ParamSchema;

/** The models with their ratios, compute, optimum and loss; the optimal line, the iso-compute lines and the budget's optimum. Numbers and keys only. */
function model(p: ParamValues<typeof params>) {
  const source = p.law as Source;
  const lossLaw: LawKey = source === 'approach1' || source === 'approach2' ? 'hoffmann2022' : source;
  const law = LAWS[lossLaw];
  const optimal = (flops: number) => optimalAllocationFrom(source as AllocationSource, flops);
  const models = SHOWN.map(({ id, anchor }) => {
    const m = modelById(id);
    const flops = trainingFlops(m.params, m.tokens);
    return {
      id,
      anchor,
      name: m.name,
      params: m.params,
      tokens: m.tokens,
      ratio: tokensPerParameter(m.params, m.tokens),
      flops,
      optimum: optimal(flops),
      loss: chinchillaLoss(law, m.params, m.tokens),
      optimalLoss: optimalLoss(law, flops),
      printedFlops: m.flopsStatus === 'P' ? m.flops : null,
      totalParams: m.totalParams ?? null,
      source: m.source,
    };
  });
  const chosen = models.find((m) => m.id === p.highlight) ?? models.find((m) => m.id === 'chinchilla')!;
  const iso = ISO_FLOPS.flatMap((flops) => {
    const seg = isoComputeSegment(flops, PARAMS_DOMAIN, TOKENS_DOMAIN);
    return seg ? seg.map((q, i) => ({ ...q, flops, end: i })) : [];
  });
  return {
    budget: p.budget,
    lossLaw,
    models,
    chosen,
    optimalLine: [1e20, 1e28].map((flops) => ({ flops, ...optimal(flops) })),
    twenty: PARAMS_DOMAIN.map((n) => ({ params: n, tokens: 20 * n })),
    iso,
    budgetLine: isoComputeSegment(p.budget, PARAMS_DOMAIN, TOKENS_DOMAIN) ?? [],
    budgetOptimum: optimal(p.budget),
  };
}

type Model = ReturnType<typeof model>;
type Messages = typeof en;

/** Tokens per parameter as the facts table writes them: 0.51, 1.07, 21.5, 286, 1,875. */
const ratioText = (r: number, lang: 'zh' | 'en') => formatNumber(r, lang, r < 1 ? 2 : r < 1000 ? 3 : 4);

/** The grey iso-compute lines D = C/(6N) with their labels, and the dotted D = 20N line. */
function guideMarks(m: Model, t: Messages) {
  return [
    Plot.line(m.iso, { x: 'params', y: 'tokens', z: 'flops', stroke: 'currentColor', strokeOpacity: 0.35, strokeDasharray: '4,4' }),
    Plot.text(
      m.iso.filter((q) => q.end === 0),
      { x: 'params', y: 'tokens', text: (d: { flops: number }) => t.isoLabel(powerOfTen(d.flops)), textAnchor: 'start', dx: 4, dy: 10, fontSize: 12, fillOpacity: 0.6 },
    ),
    Plot.line(m.twenty, { x: 'params', y: 'tokens', stroke: 'currentColor', strokeOpacity: 0.55, strokeDasharray: '1,3', strokeWidth: 1.5 }),
    Plot.text([m.twenty[1]], { x: 'params', y: 'tokens', text: () => 'D = 20N', textAnchor: 'end', dx: -4, dy: 12, fontSize: 12, fillOpacity: 0.7, clip: true }),
  ];
}

/** Each model's `name · ratio` beside its dot; the highlighted one bold and in colour, drawn last. */
function labelMarks(models: Array<Model['models'][number] & { label: string }>, chosenId: string) {
  const chosen = models.find((m) => m.id === chosenId)!;
  return [
    ...(['left', 'right', 'above', 'below'] as const).map((anchor) =>
      Plot.text(
        models.filter((m) => m.anchor === anchor && m.id !== chosenId),
        { x: 'params', y: 'tokens', text: 'label', fontSize: 12, fill: 'currentColor', stroke: 'var(--bg-card, white)', strokeWidth: 3, paintOrder: 'stroke', ...ANCHORS[anchor] },
      ),
    ),
    Plot.text([chosen], {
      x: 'params',
      y: 'tokens',
      text: 'label',
      fontSize: 12,
      fill: HIGHLIGHT,
      fontWeight: 700,
      stroke: 'var(--bg-card, white)',
      strokeWidth: 3,
      paintOrder: 'stroke',
      ...ANCHORS[chosen.anchor],
    }),
  ];
}

export default defineModelFigure({
  id: 'model-gallery',
  home: 'chinchilla',
  width: WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/model-gallery'), zh: () => import('../i18n/figures/zh/model-gallery') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    const sizeLabel = t.common.axis.params;
    const models = m.models.map((d) => ({ ...d, label: `${d.name} · ${ratioText(d.ratio, lang)}` }));
    const chosen = m.chosen;
    return Plot.plot({
      ...baseOptions({ ...ctx, width: WIDTH }, HEIGHT),
      marginLeft: 56,
      marginRight: 30,
      x: logScale(lang, sizeLabel, 'quantity', { domain: PARAMS_DOMAIN, ticks: [...decadeTicks(...PARAMS_DOMAIN), 3e9, 3e10, 3e11] }),
      y: logScale(lang, t.axis.tokens, 'quantity', { domain: TOKENS_DOMAIN, ticks: [...decadeTicks(...TOKENS_DOMAIN), 3e11, 3e12, 3e13], grid: true }),
      marks: [
        ...guideMarks(m, t),
        Plot.line(m.optimalLine, { x: 'params', y: 'tokens', stroke: OPTIMAL, strokeWidth: 2.2, clip: true }),
        Plot.line(m.budgetLine, { x: 'params', y: 'tokens', stroke: OPTIMAL, strokeOpacity: 0.7, strokeWidth: 1.6, strokeDasharray: '6,3' }),
        Plot.dot([chosen], { x: 'params', y: 'tokens', r: 10, stroke: HIGHLIGHT, strokeWidth: 2.5 }),
        Plot.dot(models, { x: 'params', y: 'tokens', r: 4, fill: (d: { id: string }) => (d.id === chosen.id ? HIGHLIGHT : 'currentColor') }),
        tipMark<(typeof models)[number]>(models, {
          x: 'params',
          y: 'tokens',
          title: (d) =>
            tipText(lang, [
              ['', d.name],
              [sizeLabel, d.params, 'quantity'],
              [t.axis.tokens, d.tokens, 'quantity'],
              [t.tipRatio, d.ratio],
            ]),
        }),
        // The budget's optimum above the model dots (by default it sits on Chinchilla).
        Plot.dot([m.budgetOptimum], { x: 'params', y: 'tokens', symbol: 'star', r: 8, fill: OPTIMAL, stroke: 'var(--bg-card, white)', clip: true }),
        ...labelMarks(models, chosen.id),
      ],
    });
  },
  table(m: Model, { t }) {
    return {
      columns: [
        { key: 'name', label: t.column.model, format: 'text' },
        { key: 'params', label: t.common.axis.params, format: 'quantity' },
        { key: 'tokens', label: t.axis.tokens, format: 'quantity' },
        { key: 'ratio', label: t.column.ratio },
        { key: 'flops', label: t.column.flops, format: 'scientific' },
        { key: 'optimalParams', label: t.column.optimalParams, format: 'quantity' },
        { key: 'loss', label: t.column.loss(t.laws.law[m.lossLaw].shortName) },
        { key: 'source', label: t.column.source, format: 'text' },
      ],
      rows: m.models.map((d) => ({
        name: d.name,
        params: d.params,
        tokens: d.tokens,
        ratio: d.ratio,
        flops: d.flops,
        optimalParams: d.optimum.params,
        loss: d.loss,
        source: d.source,
      })),
    };
  },
  readouts(m: Model, { lang, t }) {
    const r = t.readout;
    const q = (x: number) => formatQuantity(x, lang);
    const sci = (x: number) => formatScientific(x, { digits: 3 });
    const { chosen: c, budgetOptimum: b } = m;
    const printed = c.printedFlops !== null && sci(c.printedFlops) !== sci(c.flops) ? r.printed(sci(c.printedFlops)) : '';
    return [
      { label: r.budget(sci(m.budget)), value: r.budgetValue(q(b.params), q(b.tokens), ratioText(tokensPerParameter(b.params, b.tokens), lang)) },
      { label: r.ratio(c.name), value: r.ratioValue(ratioText(c.ratio, lang), q(c.tokens), q(c.params)) },
      { label: r.compute, value: r.computeValue(sci(c.flops)) + printed },
      { label: r.loss(t.laws.law[m.lossLaw].shortName), value: r.lossValue(formatNumber(c.loss, lang, 4), formatNumber(c.optimalLoss, lang, 4)) },
      { label: r.optimum, value: r.optimumValue(q(c.optimum.params), q(c.optimum.tokens), c.name, formatNumber(c.params / c.optimum.params, lang, 3)) },
    ];
  },
  warnings(m: Model, { lang, t }) {
    const c = m.chosen;
    return [
      ...(c.totalParams ? [t.warning.moe(c.name, formatQuantity(c.params, lang), formatQuantity(c.totalParams, lang))] : []),
      ...(c.ratio >= FAR_FROM_OPTIMAL ? [t.warning.extreme(ratioText(c.ratio, lang))] : []),
    ];
  },
});

export type { Model as ModelGalleryModel };
