/**
 * Real models on the parameters–tokens plane (log-log) against the compute-optimal line of a chosen Chinchilla fit,
 * with iso-compute lines D = C/(6N). Two sources, told apart by shape and fill (legend): the models of the engine's
 * catalogue, each at its own paper's N and D (filled dots, labelled with their tokens per parameter), and the
 * base models of the Observational Scaling Laws release that have both numbers (open diamonds; Ruan, Maddison &
 * Hashimoto 2024). A model in both is drawn once, from its paper (src/figures/lib/gallery-points.ts says why).
 */
import { GOPHER_BUDGET } from '../engine/budgets';
import * as Plot from '@observablehq/plot';
import { LAWS, chinchillaLoss, optimalLoss, tokensPerParameter, type LawKey } from '../engine/chinchilla';
import { trainingFlops } from '../engine/compute';
import { modelById } from '../engine/models';
import { formatNumber, formatQuantity, formatScientific } from '../lib/numbers';
import type en from '../i18n/figures/en/model-gallery';
import { isoComputeSegment, optimalAllocationFrom, type AllocationSource } from '../engine/chinchilla-approaches';
import { galleryPoints, type GalleryPoint } from './lib/gallery-points';
import { setAsideWords } from './lib/obs-models';
import type { ParamValues } from './lib/params';
import { defineModelFigure, type ParamSchema } from './lib/types';
import { baseOptions, logScale, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { drawPatching, moving } from './lib/reuse';
import { decadeTicks, powerOfTen } from './lib/ticks';

const WIDTH = 640;
const HEIGHT = 520;
const OPTIMAL = SERIES_COLORS[0];
const HIGHLIGHT = SERIES_COLORS[5];
/** Tokens per parameter beyond which a model is far from the Chinchilla runs' typical ratios (see warnings). */
const FAR_FROM_OPTIMAL = 100;

/**
 * The axes: the papers' models alone fit the narrow view (3B–1.5T parameters); the release reaches down to 70M parameters
 * (pythia-70m) and 2.22B tokens (Cerebras-GPT-111M), so any view with it is wider (tests check that every point fits).
 */
const VIEWS = {
  narrow: {
    params: [3e9, 1.5e12],
    tokens: [1e11, 4e13],
    iso: [1e22, 1e23, 1e24, 1e25, 1e26],
    paramTicks: [3e9, 3e10, 3e11],
    tokenTicks: [3e11, 3e12, 3e13],
    /** Where the "D = 20N" label sits: at the line's right end, below it. */
    twentyLabel: { params: 1.5e12, textAnchor: 'end', dx: -4, dy: 12 },
  },
  wide: {
    params: [5e7, 3e12],
    tokens: [1e9, 4e13],
    iso: [1e18, 1e20, 1e22, 1e24, 1e26],
    paramTicks: [],
    tokenTicks: [],
    // Bottom left, below the line, where no model is (none of the release trained on fewer than 20 tokens per parameter below 1B).
    twentyLabel: { params: 2.5e8, textAnchor: 'start', dx: 8, dy: 14 },
  },
} as const;

type Anchor = 'left' | 'right' | 'above' | 'below';

/** The papers' models shown (engine MODELS ids) and where each label sits. */
const LABELS: Record<string, Anchor> = {
  'gpt-3': 'below',
  gopher: 'above',
  'mt-nlg': 'below',
  'palm-540b': 'above',
  chinchilla: 'left',
  'llama-65b': 'below',
  'llama-2-7b': 'right',
  'llama-2-70b': 'right',
  'llama-3-8b': 'above',
  'llama-3-70b': 'right',
  'llama-3-405b': 'right',
  'deepseek-v3': 'below',
  'qwen2.5-72b': 'above',
};

/**
 * In the wide view the papers' models crowd into a corner: these labels move, and these go (null); hover and the highlight
 * still name those models.
 */
const WIDE_LABELS: Record<string, Anchor | null> = {
  'gpt-3': 'left',
  'llama-65b': null,
  'llama-2-7b': null,
  'llama-2-70b': null,
  'llama-3-70b': null,
};

/** Which sources to draw. */
const SHOW = ['both', 'papers', 'release'] as const;

/** The plane's points (both sources merged once, at module load: plain data). */
const POINTS = galleryPoints(Object.keys(LABELS));

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
  highlight: { kind: 'choice', default: 'chinchilla', options: Object.keys(LABELS).map((value) => ({ value })) },
  law: { kind: 'choice', default: 'approach1', options: SOURCES.map((value) => ({ value })) },
  show: { kind: 'choice', default: 'both', options: SHOW.map((value) => ({ value })) },
} satisfies ParamSchema;

/** The models shown with their ratios, compute, optimum and loss; the optimal line, the iso-compute lines and the budget's optimum. Numbers and keys only. */
function model(p: ParamValues<typeof params>) {
  const source = p.law as Source;
  const show = p.show as (typeof SHOW)[number];
  const lossLaw: LawKey = source === 'approach1' || source === 'approach2' ? 'hoffmann2022' : source;
  const law = LAWS[lossLaw];
  const optimal = (flops: number) => optimalAllocationFrom(source as AllocationSource, flops);
  const view = show === 'papers' ? VIEWS.narrow : VIEWS.wide;
  const describe = (d: GalleryPoint) => {
    const flops = trainingFlops(d.params, d.tokens);
    const entry = d.source === 'paper' ? modelById(d.id) : null;
    return {
      ...d,
      anchor: entry ? (view === VIEWS.wide && d.id in WIDE_LABELS ? WIDE_LABELS[d.id] : LABELS[d.id]) : null,
      ratio: tokensPerParameter(d.params, d.tokens),
      flops,
      optimum: optimal(flops),
      loss: chinchillaLoss(law, d.params, d.tokens),
      optimalLoss: optimalLoss(law, flops),
      printedFlops: entry?.flopsStatus === 'P' ? entry.flops : null,
      totalParams: entry?.totalParams ?? null,
    };
  };
  const paper = POINTS.paper.map(describe);
  const release = show === 'papers' ? [] : POINTS.release.map(describe);
  // The highlighted model is drawn whatever the sources shown: a reader asked for it.
  const chosen = paper.find((m) => m.id === p.highlight) ?? paper.find((m) => m.id === 'chinchilla')!;
  const iso = view.iso.flatMap((flops) => {
    const seg = isoComputeSegment(flops, view.params, view.tokens);
    return seg ? seg.map((q, i) => ({ ...q, flops, end: i })) : [];
  });
  return {
    budget: p.budget,
    source,
    lossLaw,
    show,
    view,
    /** Release models first, so the papers' dots are drawn over them. */
    models: [...release, ...(show === 'release' ? [] : paper)],
    chosen,
    counts: {
      paper: show === 'release' ? 0 : paper.length,
      release: release.length,
      releaseRows: POINTS.release.length + POINTS.merged.length + POINTS.noTokens.length + POINTS.setAside.length,
      merged: POINTS.merged.length,
      mergedInto: POINTS.paper.filter((d) => d.alsoInRelease.length > 0).length,
      noTokens: POINTS.noTokens.length,
    },
    setAside: POINTS.setAside,
    optimalLine: [1e16, 1e28].map((flops) => ({ flops, ...optimal(flops) })),
    twenty: view.params.map((n) => ({ params: n, tokens: 20 * n })),
    iso,
    budgetLine: isoComputeSegment(p.budget, view.params, view.tokens) ?? [],
    budgetOptimum: optimal(p.budget),
  };
}

type Model = ReturnType<typeof model>;
type Messages = typeof en;

/** Tokens per parameter as the facts table writes them: 0.51, 1.07, 21.5, 286, 1,875. */
const ratioText = (r: number, lang: 'zh' | 'en') => formatNumber(r, lang, r < 1 ? 2 : r < 1000 ? 3 : 4);

/** The grey iso-compute lines D = C/(6N) with their labels, and the dotted D = 20N line. */
function guideMarks(m: Model, t: Messages) {
  const { params: at, ...label } = m.view.twentyLabel;
  return [
    Plot.line(m.iso, { x: 'params', y: 'tokens', z: 'flops', stroke: 'currentColor', strokeOpacity: 0.35, strokeDasharray: '4,4' }),
    Plot.text(
      m.iso.filter((q) => q.end === 0),
      { x: 'params', y: 'tokens', text: (d: { flops: number }) => t.isoLabel(powerOfTen(d.flops)), textAnchor: 'start', dx: 4, dy: 10, fontSize: 12, fillOpacity: 0.6 },
    ),
    Plot.line(m.twenty, { x: 'params', y: 'tokens', stroke: 'currentColor', strokeOpacity: 0.55, strokeDasharray: '1,3', strokeWidth: 1.5 }),
    Plot.text([{ params: at, tokens: 20 * at }], { x: 'params', y: 'tokens', text: () => 'D = 20N', ...label, fontSize: 12, fillOpacity: 0.7, clip: true }),
  ];
}

/** A drawn point with its label and its legend entry (the source, worded). */
type Shown = Model['models'][number] & { label: string; key: string };

/** The labelled papers' models: `name · ratio` beside the dot; the highlighted one (whatever its source) bold and in colour, drawn last. */
function labelMarks(models: Shown[], chosen: Shown) {
  const halo = { stroke: 'var(--bg-card, white)', strokeWidth: 3, paintOrder: 'stroke' } as const;
  return [
    ...(['left', 'right', 'above', 'below'] as const).map((anchor) =>
      Plot.text(
        models.filter((m) => m.anchor === anchor && m.id !== chosen.id),
        { x: 'params', y: 'tokens', text: 'label', fontSize: 12, fill: 'currentColor', ...halo, ...ANCHORS[anchor] },
      ),
    ),
    Plot.text([chosen], { x: 'params', y: 'tokens', text: 'label', fontSize: 12, fill: HIGHLIGHT, fontWeight: 700, ...halo, ...ANCHORS[chosen.anchor ?? 'right'] }),
  ];
}

/** A point's source as the tip and the table say it: the paper's citation, or the release. */
function sourceText(d: Model['models'][number], t: Messages): string {
  if (d.source === 'release') return t.source.release;
  const also = d.alsoInRelease.map((id) => id.slice(id.indexOf('/') + 1));
  return t.source.paper(t.modelSource[d.id as keyof Messages['modelSource']] ?? d.id) + (also.length ? t.source.alsoInRelease(also.join(t.common.listSeparator)) : '');
}

/** A point's hover/touch readout: name, N, D, tokens per parameter and source, in the reader's language and number style. */
export function pointTip(d: Model['models'][number], lang: 'zh' | 'en', t: Messages): string {
  return tipText(lang, [
    ['', d.name],
    [t.common.axis.params, d.params, 'quantity'],
    [t.axis.tokens, d.tokens, 'quantity'],
    [t.tipRatio, ratioText(d.ratio, lang)],
    [t.column.source, sourceText(d, t)],
  ]);
}

export default defineModelFigure({
  id: 'model-gallery',
  home: 'chinchilla',
  // The release's points: its parameters and token counts (base_llm_benchmark_eval.csv).
  data: ['obsscaling-benchmarks'],
  width: WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/model-gallery'), zh: () => import('../i18n/figures/zh/model-gallery') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    const sizeLabel = t.common.axis.params;
    const legend = { paper: t.legend.paper, release: t.legend.release };
    const label = (d: Model['models'][number]) => `${d.name} · ${ratioText(d.ratio, lang)}`;
    const models: Shown[] = m.models.map((d) => ({ ...d, label: label(d), key: legend[d.source] }));
    const chosen: Shown = { ...m.chosen, label: label(m.chosen), key: legend.paper };
    const shown = (['paper', 'release'] as const).filter((k) => (k === 'paper' ? m.counts.paper : m.counts.release) > 0);
    const v = m.view;
    // Only the budget's line and optimum move with the budget slider: the rest is drawn once per key and copied.
    return drawPatching(
      {
        ...baseOptions({ ...ctx, width: WIDTH }, HEIGHT),
        marginLeft: 56,
        marginRight: 30,
        x: logScale(lang, sizeLabel, 'quantity', { domain: v.params, ticks: [...decadeTicks(v.params[0], v.params[1]), ...v.paramTicks] }),
        y: logScale(lang, t.axis.tokens, 'quantity', { domain: v.tokens, ticks: [...decadeTicks(v.tokens[0], v.tokens[1]), ...v.tokenTicks], grid: true }),
        // One dot mark for both sources: its symbol and fill follow the source, so Plot's legend shows them as drawn.
        symbol: { domain: shown.map((k) => legend[k]), range: shown.map((k) => (k === 'paper' ? 'circle' : 'diamond')), legend: true },
        color: { domain: shown.map((k) => legend[k]), range: shown.map((k) => (k === 'paper' ? 'currentColor' : 'none')) },
        marks: [
          ...guideMarks(m, t),
          Plot.line(m.optimalLine, { x: 'params', y: 'tokens', stroke: OPTIMAL, strokeWidth: 2.2, clip: true }),
          moving(Plot.line(m.budgetLine, { x: 'params', y: 'tokens', stroke: OPTIMAL, strokeOpacity: 0.7, strokeWidth: 1.6, strokeDasharray: '6,3' })),
          Plot.dot([chosen], { x: 'params', y: 'tokens', r: 10, stroke: HIGHLIGHT, strokeWidth: 2.5 }),
          Plot.dot(models, {
            x: 'params',
            y: 'tokens',
            r: (d: Shown) => (d.source === 'paper' ? 4 : 3.5),
            // The same channel for symbol and fill, so the legend draws each source's symbol with its fill.
            symbol: 'key',
            fill: 'key',
            stroke: 'currentColor',
            strokeWidth: 1.1,
            strokeOpacity: 0.85,
          }),
          Plot.dot([chosen], { x: 'params', y: 'tokens', r: 4.5, fill: HIGHLIGHT, stroke: 'var(--bg-card, white)' }),
          tipMark<Shown>(models.some((d) => d.id === chosen.id) ? models : [...models, chosen], { x: 'params', y: 'tokens', title: (d) => pointTip(d, lang, t) }),
          // The budget's optimum above the model dots (by default it sits on Chinchilla).
          moving(Plot.dot([m.budgetOptimum], { x: 'params', y: 'tokens', symbol: 'star', r: 8, fill: OPTIMAL, stroke: 'var(--bg-card, white)', clip: true })),
          ...labelMarks(models, chosen),
        ],
      },
      `model-gallery:${lang}:${m.source}:${m.show}:${chosen.id}`,
    );
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
      // Papers first (the catalogue's order), then the release's models (the file's order).
      rows: [...m.models.filter((d) => d.source === 'paper'), ...m.models.filter((d) => d.source === 'release')].map((d) => ({
        name: d.name,
        params: d.params,
        tokens: d.tokens,
        ratio: d.ratio,
        flops: d.flops,
        optimalParams: d.optimum.params,
        loss: d.loss,
        source: sourceText(d, t),
      })),
    };
  },
  readouts(m: Model, { lang, t }) {
    const r = t.readout;
    const q = (x: number) => formatQuantity(x, lang);
    const sci = (x: number) => formatScientific(x, { digits: 3 });
    const n = (x: number) => formatNumber(x, lang, 6);
    const { chosen: c, budgetOptimum: b, counts } = m;
    const printed = c.printedFlops !== null && sci(c.printedFlops) !== sci(c.flops) ? r.printed(sci(c.printedFlops)) : '';
    const aside = m.setAside.map((a) => r.setAside(a.name, ...setAsideWords(a, t.release, lang)));
    return [
      { label: r.budget(sci(m.budget)), value: r.budgetValue(q(b.params), q(b.tokens), ratioText(tokensPerParameter(b.params, b.tokens), lang)) },
      { label: r.ratio(c.name), value: r.ratioValue(ratioText(c.ratio, lang), q(c.tokens), q(c.params)) },
      { label: r.compute, value: r.computeValue(sci(c.flops)) + printed },
      { label: r.loss(t.laws.law[m.lossLaw].shortName), value: r.lossValue(formatNumber(c.loss, lang, 4), formatNumber(c.optimalLoss, lang, 4)) },
      { label: r.optimum, value: r.optimumValue(q(c.optimum.params), q(c.optimum.tokens), c.name, formatNumber(c.params / c.optimum.params, lang, 3)) },
      { label: r.drawn, value: r.drawnValue(n(counts.paper), n(counts.release)) },
      {
        label: r.release(n(counts.releaseRows)),
        value: r.releaseValue(n(counts.merged), n(counts.mergedInto), n(counts.noTokens)) + aside.join(''),
      },
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
