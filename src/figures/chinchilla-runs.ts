/**
 * The 240 runs behind Chinchilla's approach 3 (Hoffmann et al. 2022 Fig. 4, as extracted by Epoch AI, Besiroglu et al.
 * 2024; src/data/chinchilla-runs.ts) against a fitted law: the runs on loss-against-compute (or -size) axes coloured by
 * their tokens, with the law drawn through them; their residuals L − L̂(N, D); and approach 2 redone on the real runs,
 * one IsoFLOP slice's parabola in log N next to the law's N_opt, then the power law through the nine vertices.
 */
import * as Plot from '@observablehq/plot';
import { chinchillaRuns } from '../data/chinchilla-runs';
import { allocationExponents, computeOptimal, LAWS, optimalLoss, type LawKey } from '../engine/chinchilla';
import { isoflopProfile } from '../engine/isoflop';
import { fitSlice, ISOFLOP_BUDGETS, MAX_SLICE_HALF_WIDTH, residualsAgainstLaw, residualStatistics, sliceOf, sliceParabola, sliceVertexPowerLaw } from '../engine/isoflop-slices';
import { evaluatePowerLaw, logSpace } from '../engine/stats';
import { formatNumber, formatQuantity, formatScientific } from '../lib/numbers';
import type { Lang } from '../i18n';
import type en from '../i18n/figures/en/chinchilla-runs';
import { CHINCHILLA_FITS, lawChoiceSpec } from './lib/chinchilla-fits';
import type { ChoiceSpec, QuantitySpec } from './lib/params';
import { baseOptions, dotsMark, logScale, panels, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { drawReusing, keptChart } from './lib/reuse';
import { memo } from './lib/memo';
import { powerOfTen } from './lib/ticks';
import { type ChartContext, defineModelFigure } from './lib/types';

const PANEL_WIDTH = 450;
const TOP_HEIGHT = 340;
const BOTTOM_HEIGHT = 320;
const FLOPS_DOMAIN: [number, number] = [1e18, 2e22];
const PARAMS_DOMAIN: [number, number] = [3e7, 3e10];
const LOSS_DOMAIN: [number, number] = [2, 3.5];
/** Symmetric residual axis wide enough for every law's largest residual on these runs (0.24 nats, Hoffmann unrounded). */
const RESIDUAL_LIMIT = 0.26;
const VERTEX_FLOPS: [number, number] = [3e18, 6e21];
const VERTEX_PARAMS: [number, number] = [5e7, 2e10];
/** §3.4: "points with C ≤ 1e21" have larger residuals under the paper's fit. */
const SPLIT_FLOPS = 1e21;
/** Tokens D, blue → green → orange, readable on light and dark cards. */
const TOKEN_RAMP = ['#0072B2', '#009E73', '#E69F00'];
const TOKEN_DOMAIN: [number, number] = [8e8, 3.2e11];
const LEGEND_TOKENS = [1e9, 3e9, 1e10, 3e10, 1e11, 3e11];
const FIT = SERIES_COLORS[3];
/** The ring around each run of the chosen slice. */
const RING = { fill: 'none', stroke: 'currentColor', 'stroke-width': 1.2 };

/** '6e18' for 6e18: the budget choice's URL value. */
const budgetKey = (flops: number) => flops.toExponential().replace('e+', 'e');

const params = {
  law: lawChoiceSpec(),
  x: { kind: 'choice', default: 'flops', options: [{ value: 'flops' }, { value: 'params' }] } satisfies ChoiceSpec,
  budget: { kind: 'choice', default: '1e21', options: ISOFLOP_BUDGETS.map((b) => ({ value: budgetKey(b) })) } satisfies ChoiceSpec,
  window: { kind: 'quantity', default: 0.05, min: 0.02, max: MAX_SLICE_HALF_WIDTH, scale: 'linear', step: 0.01, display: 'plain' } satisfies QuantitySpec,
};

/** Residual RMS of each law over all 240 runs; they depend on nothing a reader moves, so they are computed once. */
let eachLawCache: Array<{ key: LawKey; rms: number }> | null = null;
function eachLaw() {
  eachLawCache ??= CHINCHILLA_FITS.map((key) => ({ key, rms: residualStatistics(residualsAgainstLaw(LAWS[key], chinchillaRuns)).rms }));
  return eachLawCache;
}

/**
 * What depends on one setting only, kept between updates: the runs against each law, their slices at each window
 * (the slider moves in steps of 0.01, so there are ~25), approach 2 at each window, and each law's IsoFLOP curves.
 * A slider drag reads them instead of refitting (≈ 1 ms of a 10 ms update).
 */
const runsAgainst = memo((key: LawKey) => residualsAgainstLaw(LAWS[key], chinchillaRuns));
/** The runs' indices by increasing compute (the same under every law). */
const flopsOrder = memo((key: LawKey) => {
  const flops = runsAgainst(key).map((r) => r.flops);
  return flops.map((_f, i) => i).sort((i, j) => flops[i] - flops[j]);
});
const slicesAt = memo((window: number) => runsAgainst(CHINCHILLA_FITS[0]).map((r) => sliceOf(r.flops, window)));
const approach2At = memo((window: number) => sliceVertexPowerLaw(chinchillaRuns, window));
/** Every slider window, 0.02 to 0.11 decades. */
const WINDOWS = Array.from(
  { length: Math.round((MAX_SLICE_HALF_WIDTH - params.window.min) / params.window.step) + 1 },
  (_, i) => +(params.window.min + i * params.window.step).toFixed(2),
);
/** The sizes and losses of a budget's slice and vertex at every window (the widest slice holds every narrower one). */
const sliceSpan = memo((budget: number) => {
  const fits = WINDOWS.map((w) => fitSlice(chinchillaRuns, budget, w));
  const vertices = fits.flatMap((f) => (f.fit ? [f.fit] : []));
  const runs = fits.flatMap((f) => f.runs);
  return { params: [...runs.map((r) => r.params), ...vertices.map((v) => v.params)], losses: [...runs.map((r) => r.loss), ...vertices.map((v) => v.loss)] };
});
const isoflopsOf = memo((key: LawKey) => {
  const paramsGrid = logSpace(PARAMS_DOMAIN[0], PARAMS_DOMAIN[1], 41);
  return ISOFLOP_BUDGETS.map((b) => ({ flops: b, points: isoflopProfile(LAWS[key], b, paramsGrid) }));
});

/** The runs with their residuals and slices, the law's lines, the chosen slice's parabola and the vertices' power law. */
function model({ law: lawKey, x, budget: chosen, window }: { law: string; x: string; budget: string; window: number }) {
  const key = lawKey as LawKey;
  const law = LAWS[key];
  const budget = Number(chosen);
  const against = runsAgainst(key);
  const slices = slicesAt(window);
  // Sorted by compute, as the data table lists them.
  const runs = flopsOrder(key).map((i) => ({ ...against[i], slice: slices[i] }));
  const approach2 = approach2At(window);
  const slice = approach2.slices.find((s) => s.budget === budget)!;
  const lawOptimum = computeOptimal(law, budget);
  // The slice panel's frame holds the slice's runs and vertex at every window, the law's optimum and (should a typed
  // window fall between the slider's steps) this vertex, with a margin: it stays put while the window moves.
  const span = sliceSpan(budget);
  const lawLoss = optimalLoss(law, budget);
  const spots = [...span.params, lawOptimum.params, ...(slice.fit ? [slice.fit.params] : [])];
  const sliceDomain: [number, number] = [Math.max(1e7, Math.min(...spots) / 1.6), Math.min(1e11, Math.max(...spots) * 1.6)];
  const losses = [...span.losses, lawLoss, ...(slice.fit ? [slice.fit.loss] : [])];
  const sliceLossDomain: [number, number] = [Math.min(...losses) - 0.04, Math.max(...losses) + 0.04];
  const sliceGrid = logSpace(sliceDomain[0], sliceDomain[1], 41);
  return {
    law: key,
    x: x === 'params' ? ('params' as const) : ('flops' as const),
    budget,
    window,
    runs,
    stats: residualStatistics(runs),
    split: [runs.filter((r) => r.flops <= SPLIT_FLOPS), runs.filter((r) => r.flops > SPLIT_FLOPS)].map(residualStatistics),
    eachLaw: eachLaw(),
    /** Against compute: the lowest loss the law allows, L(N_opt(C), D_opt(C)). */
    frontier: logSpace(FLOPS_DOMAIN[0], FLOPS_DOMAIN[1], 41).map((flops) => ({ flops, loss: optimalLoss(law, flops) })),
    /** Against size: the law's IsoFLOP curve at each budget, L(N, C/(6N)). */
    isoflops: isoflopsOf(key),
    slice,
    sliceDomain,
    sliceLossDomain,
    sliceLaw: isoflopProfile(law, budget, sliceGrid),
    parabola: slice.fit ? sliceParabola(slice.fit.coefficients, sliceGrid) : [],
    lawOptimum: { ...lawOptimum, loss: lawLoss },
    lawA: allocationExponents(law).a,
    approach2,
    vertexLine: approach2.params ? VERTEX_FLOPS.map((flops) => ({ flops, params: evaluatePowerLaw(approach2.params!, flops) })) : [],
    lawLine: logSpace(VERTEX_FLOPS[0], VERTEX_FLOPS[1], 9).map((flops) => ({ flops, params: computeOptimal(law, flops).params })),
  };
}

type Model = ReturnType<typeof model>;
type Messages = typeof en;
type Ctx = ChartContext<Messages>;
type Run = Model['runs'][number];

const signed = (x: number, lang: Lang, digits = 3) => (x < 0 ? `−${formatNumber(-x, lang, digits)}` : `+${formatNumber(x, lang, digits)}`);
const loss = (x: number, lang: Lang) => formatNumber(x, lang, 4);
const budgetText = (flops: number) => formatScientific(flops, { digits: 2 });

/** The hover readout of a run: its size, data, compute, loss, the law's loss, the residual and its slice. */
export function runTip(lang: Lang, t: Messages) {
  return (d: Run) =>
    tipText(lang, [
      [t.common.column.params, d.params, 'quantity'],
      [t.chinchilla.column.tokens, d.tokens, 'quantity'],
      [t.column.flops, d.flops, 'scientific'],
      [t.column.loss, loss(d.loss, lang)],
      [t.column.predicted, loss(d.predicted, lang)],
      [t.column.residual, signed(d.residual, lang)],
      [t.tip.slice, d.slice === null ? t.column.none : budgetText(d.slice)],
    ]);
}

/** The colour of a token count: a log scale from blue through green to orange, interpolated in HCL; memoised by count. */
let tokenScale: Plot.Scale | null = null;
const tokenColour = memo((tokens: number): string => {
  tokenScale ??= Plot.scale({ color: { type: 'log', domain: TOKEN_DOMAIN, range: TOKEN_RAMP, interpolate: 'hcl' } });
  return String(tokenScale.apply(tokens));
}, 512);
const runColour = (d: { tokens: number }) => tokenColour(d.tokens);

/**
 * A legend of token counts in the top margin: the title, then a dot of each count's colour with its value. One render
 * mark (a `<g>` of 13 elements) instead of 13 Plot marks: it never changes, and each Plot mark costs an update time.
 */
function tokenLegend(lang: Lang, t: Messages): Plot.RenderFunction {
  const step = 58;
  const start = 76;
  return (_index, _scales, _values, { marginLeft, marginTop }, { document: doc }) => {
    const svg = 'http://www.w3.org/2000/svg';
    const el = (name: string, attributes: Record<string, string | number>, text?: string) => {
      const e = doc.createElementNS(svg, name);
      for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, String(v));
      if (text !== undefined) e.textContent = text;
      return e;
    };
    const g = el('g', { transform: `translate(${marginLeft},${marginTop - 14})`, 'font-size': 11, 'text-anchor': 'start' });
    g.appendChild(el('text', { y: '0.32em', 'font-size': 12, 'font-weight': 600 }, t.legend));
    LEGEND_TOKENS.forEach((tokens, i) => {
      g.appendChild(el('circle', { cx: start + i * step, r: 4, fill: tokenColour(tokens) }));
      g.appendChild(el('text', { x: start + 7 + i * step, y: '0.32em' }, formatQuantity(tokens, lang, { digits: 2 })));
    });
    return g;
  };
}

function xScale(m: Model, ctx: Ctx) {
  const { lang, t } = ctx;
  return m.x === 'flops'
    ? logScale(lang, t.axis.flops, 'scientific', { domain: FLOPS_DOMAIN, ticks: [1e18, 1e19, 1e20, 1e21, 1e22], tickFormat: powerOfTen })
    : logScale(lang, t.axis.params, 'quantity', { domain: PARAMS_DOMAIN, ticks: [1e8, 1e9, 1e10] });
}

/** The chosen slice as a band on the compute axis. */
function sliceBand(m: Model): Plot.Markish[] {
  if (m.x !== 'flops') return [];
  const w = 10 ** m.window;
  return [Plot.rectX([m.budget], { x1: (b: number) => b / w, x2: (b: number) => b * w, fill: FIT, fillOpacity: 0.14 })];
}

/** What the slice controls move in a top panel: the slice's band, a ring round each of its runs, and the runs' tips. */
function sliceMarks(m: Model, { lang, t }: Ctx, y: 'loss' | 'residual'): Plot.Markish[] {
  return [
    ...sliceBand(m),
    dotsMark(
      m.runs.filter((r) => r.slice === m.budget),
      (d) => d[m.x],
      (d) => d[y],
      { r: 4, attributes: RING },
    ),
    tipMark<Run>(m.runs, { x: m.x, y, title: runTip(lang, t) }),
  ];
}

/** Top left: the runs and the law. */
function runsPanel(m: Model, ctx: Ctx): Element {
  const { lang, t } = ctx;
  const lawMarks = () =>
    m.x === 'flops'
      ? [Plot.line(m.frontier, { x: 'flops', y: 'loss', stroke: 'currentColor', strokeWidth: 1.6, strokeDasharray: '5,3' })]
      : [
          Plot.line(
            m.isoflops.filter((c) => c.flops !== m.budget).flatMap((c) => c.points.map((p) => ({ ...p, flops: c.flops }))),
            { x: 'params', y: 'loss', z: 'flops', stroke: 'currentColor', strokeOpacity: 0.35, strokeWidth: 1, clip: true },
          ),
          Plot.line(m.isoflops.find((c) => c.flops === m.budget)!.points, { x: 'params', y: 'loss', stroke: 'currentColor', strokeWidth: 1.8, strokeDasharray: '5,3', clip: true }),
        ];
  return drawReusing(
    {
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, TOP_HEIGHT),
      marginTop: 44,
      x: xScale(m, ctx),
      y: { domain: LOSS_DOMAIN, label: t.axis.loss, grid: true },
      marks: sliceMarks(m, ctx, 'loss'),
    },
    {
      // The law, the runs and the legend stay while the slice and its window move.
      axesKey: `chinchilla-runs/runs:${lang}`,
      under: {
        key: `${m.law}:${m.x}:${m.x === 'params' ? m.budget : ''}`,
        marks: () => [
          ...lawMarks(),
          dotsMark(
            m.runs,
            (d) => d[m.x],
            (d) => d.loss,
            { r: 2.8, fill: runColour, attributes: { 'fill-opacity': 0.85 } },
          ),
          tokenLegend(lang, t),
        ],
      },
    },
  );
}

/** Top right: the residuals against the same axis. */
function residualPanel(m: Model, ctx: Ctx): Element {
  const { lang, t } = ctx;
  return drawReusing(
    {
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, TOP_HEIGHT),
      marginTop: 44,
      x: xScale(m, ctx),
      y: { domain: [-RESIDUAL_LIMIT, RESIDUAL_LIMIT], label: t.axis.residual, grid: true, ticks: [-0.2, -0.1, 0, 0.1, 0.2] },
      marks: sliceMarks(m, ctx, 'residual'),
    },
    {
      axesKey: `chinchilla-runs/residuals:${lang}`,
      under: {
        key: `${m.law}:${m.x}`,
        marks: () => [
          Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.8 }),
          dotsMark(
            m.runs,
            (d) => d[m.x],
            (d) => d.residual,
            { r: 2.8, fill: runColour, attributes: { 'fill-opacity': 0.85 } },
          ),
          Plot.text([m.stats], {
            frameAnchor: 'top-left',
            dy: -14,
            lineAnchor: 'middle',
            text: (s: Model['stats']) => t.note.residuals(formatNumber(s.rms, lang, 3), signed(s.mean, lang)),
            fontSize: 12,
            fontWeight: 600,
          }),
        ],
      },
    },
  );
}

/** Bottom left: the chosen slice, its parabola and vertex, and the law's IsoFLOP curve and N_opt. */
function slicePanel(m: Model, ctx: Ctx): Element {
  const { lang, t } = ctx;
  const fit = m.slice.fit;
  const points = m.runs.filter((r) => r.slice === m.budget);
  const q = (n: number) => formatQuantity(n, lang, { digits: 3 });
  return drawReusing(
    {
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, BOTTOM_HEIGHT),
      marginTop: 64,
      x: logScale(lang, t.axis.params, 'quantity', { domain: m.sliceDomain, ticks: 5 }),
      y: { domain: m.sliceLossDomain, label: t.axis.loss, grid: true },
      marks: [
        Plot.line(m.parabola, { x: 'params', y: 'loss', stroke: FIT, strokeWidth: 2, clip: true }),
        dotsMark(
          points,
          (d) => d.params,
          (d) => d.loss,
          { r: 4, fill: runColour, attributes: { stroke: 'currentColor', 'stroke-width': 0.8 } },
        ),
        tipMark<Run>(points, { x: 'params', y: 'loss', title: runTip(lang, t) }),
        ...(fit
          ? [
              Plot.dot([fit], { x: 'params', y: 'loss', symbol: 'diamond', r: 6, fill: FIT, stroke: 'var(--bg-card, white)' }),
              Plot.text([fit], {
                frameAnchor: 'top-left',
                dy: -12,
                lineAnchor: 'middle',
                text: (f: NonNullable<typeof fit>) => t.note.fit(q(f.params)),
                fill: FIT,
                fontSize: 12,
                fontWeight: 600,
              }),
            ]
          : [Plot.text([t.note.noVertex], { frameAnchor: 'middle', text: (d: string) => d, fontSize: 13, fontWeight: 600 })]),
        Plot.text([m.slice], {
          frameAnchor: 'top-left',
          dy: -32,
          lineAnchor: 'middle',
          text: (s: Model['slice']) => t.note.slice(budgetText(s.budget), String(s.runs.length)),
          fontSize: 12,
          fontWeight: 600,
        }),
      ],
    },
    {
      // The frame, the law's IsoFLOP curve and its N_opt depend on the law and the budget, not on the window.
      axesKey: `chinchilla-runs/slice:${lang}`,
      under: {
        key: `${m.law}:${m.budget}:${m.sliceDomain.join(',')}`,
        marks: () => [
          Plot.line(m.sliceLaw, { x: 'params', y: 'loss', stroke: 'currentColor', strokeDasharray: '5,3', strokeOpacity: 0.8, clip: true }),
          Plot.ruleX([m.lawOptimum.params], { stroke: 'currentColor', strokeDasharray: '2,3', strokeOpacity: 0.7 }),
          Plot.text([m.lawOptimum.params], { frameAnchor: 'top-right', dy: -12, lineAnchor: 'middle', text: (d: number) => t.note.law(q(d)), fontSize: 12 }),
        ],
      },
    },
  );
}

/** Bottom right: every slice's vertex against compute, the power law through them and the law's N_opt(C). */
function vertexPanel(m: Model, ctx: Ctx): Element {
  const { lang, t } = ctx;
  const vertices = m.approach2.slices.flatMap((s) => (s.fit ? [{ flops: s.budget, params: s.fit.params, tokens: s.fit.tokens, chosen: s.budget === m.budget }] : []));
  return drawReusing(
    {
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, BOTTOM_HEIGHT),
      marginTop: 64,
      x: logScale(lang, t.axis.flops, 'scientific', { domain: VERTEX_FLOPS, ticks: [1e19, 1e20, 1e21], tickFormat: powerOfTen }),
      y: logScale(lang, t.axis.optimalParams, 'quantity', { domain: VERTEX_PARAMS, ticks: [1e8, 1e9, 1e10], grid: true }),
      marks: [
        Plot.line(m.vertexLine, { x: 'flops', y: 'params', stroke: FIT, strokeWidth: 1.8 }),
        Plot.dot(vertices, {
          x: 'flops',
          y: 'params',
          symbol: 'diamond',
          r: (d: { chosen: boolean }) => (d.chosen ? 8 : 6),
          fill: FIT,
          stroke: (d: { chosen: boolean }) => (d.chosen ? 'currentColor' : 'var(--bg-card, white)'),
        }),
        tipMark<(typeof vertices)[number]>(vertices, {
          x: 'flops',
          y: 'params',
          title: (d) =>
            tipText(lang, [
              [t.column.slice, d.flops, 'scientific'],
              [t.axis.optimalParams, d.params, 'quantity'],
              [t.chinchilla.column.tokens, d.tokens, 'quantity'],
            ]),
        }),
        Plot.text(m.approach2.params ? [m.approach2.params.exponent] : [], {
          frameAnchor: 'top-left',
          dy: -32,
          lineAnchor: 'middle',
          text: (a: number) => t.note.fitExponent(formatNumber(a, lang, 3)),
          fill: FIT,
          fontSize: 12,
          fontWeight: 600,
        }),
      ],
    },
    {
      axesKey: `chinchilla-runs/vertices:${lang}`,
      under: {
        key: m.law,
        marks: () => [
          Plot.line(m.lawLine, { x: 'flops', y: 'params', stroke: 'currentColor', strokeDasharray: '5,3', strokeOpacity: 0.8 }),
          Plot.text([m.lawA], { frameAnchor: 'top-left', dy: -12, lineAnchor: 'middle', text: (a: number) => t.note.lawExponent(formatNumber(a, lang, 4)), fontSize: 12 }),
        ],
      },
    },
  );
}

export default defineModelFigure({
  id: 'chinchilla-runs',
  home: 'chinchilla',
  data: ['chinchilla-runs'],
  width: 2 * PANEL_WIDTH,
  height: TOP_HEIGHT + BOTTOM_HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/chinchilla-runs'), zh: () => import('../i18n/figures/zh/chinchilla-runs') },
  model,
  chart(m: Model, ctx) {
    const doc = ctx.document ?? document;
    // A panel is a function of the settings named in its key: one drawn before for the same settings is taken as it
    // is (keptChart), so moving the window (ten steps) or the budget (nine slices) back to a value seen before draws
    // nothing again, and switching the x axis keeps the bottom panels.
    const state = `${ctx.lang}:${m.law}:${m.budget}:${m.window}`;
    const kept = (panel: string, draw: () => Element) => keptChart(`chinchilla-runs/${panel}:${state}`, doc, draw);
    // Two rows of two panels; each row wraps to one column on a narrow screen.
    const div = doc.createElement('div');
    div.appendChild(panels(ctx, [kept(`runs:${m.x}`, () => runsPanel(m, ctx)), kept(`residuals:${m.x}`, () => residualPanel(m, ctx))]));
    div.appendChild(panels(ctx, [kept('slice', () => slicePanel(m, ctx)), kept('vertices', () => vertexPanel(m, ctx))]));
    return div;
  },
  table(m: Model, { t }) {
    return {
      columns: [
        { key: 'slice', label: t.column.slice, format: 'text' },
        { key: 'params', label: t.common.column.params, format: 'quantity' },
        { key: 'tokens', label: t.chinchilla.column.tokens, format: 'quantity' },
        { key: 'flops', label: t.column.flops, format: 'scientific' },
        { key: 'loss', label: t.column.loss },
        { key: 'predicted', label: t.column.predicted },
        { key: 'residual', label: t.column.residual },
      ],
      rows: m.runs.map((r) => ({
        slice: r.slice === null ? t.column.none : budgetText(r.slice),
        params: r.params,
        tokens: r.tokens,
        flops: r.flops,
        loss: r.loss,
        predicted: r.predicted,
        residual: r.residual,
      })),
    };
  },
  readouts(m: Model, { lang, t }) {
    const r = t.readout;
    const n3 = (x: number) => formatNumber(x, lang, 3);
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    const name = (key: LawKey) => t.laws.law[key].shortName;
    const [small, large] = m.split;
    const s = m.slice;
    const a = m.approach2.params;
    return [
      { label: r.residuals(name(m.law)), value: r.residualsValue(n3(m.stats.rms), signed(m.stats.mean, lang), String(m.stats.count)) },
      { label: r.eachLaw, value: m.eachLaw.map((e) => r.eachLawItem(name(e.key), n3(e.rms))).join(t.common.listSeparator) },
      { label: r.split, value: r.splitValue(n3(small.rms), String(small.count), n3(large.rms), String(large.count)) },
      {
        label: r.slice(budgetText(m.budget), formatNumber(m.window, lang, 2)),
        value: s.fit
          ? r.sliceValue(String(s.runs.length), q(s.fit.params), q(s.fit.tokens), name(m.law), q(m.lawOptimum.params))
          : r.sliceNone(String(s.runs.length), t.problem[s.problem!]),
        tone: s.fit && !s.fit.extrapolated ? ('normal' as const) : ('warn' as const),
      },
      ...(a ? [{ label: r.exponent(String(m.approach2.vertices)), value: r.exponentValue(n3(a.exponent), name(m.law), formatNumber(m.lawA, lang, 4)) }] : []),
    ];
  },
  warnings(m: Model, { lang, t }) {
    const fit = m.slice.fit;
    return [...(fit?.extrapolated ? [t.warning.extrapolated(formatQuantity(fit.params, lang, { digits: 3 }))] : []), ...(m.approach2.params ? [] : [t.warning.noPowerLaw])];
  },
});

export type { Model as ChinchillaRunsModel };
