/**
 * Fit your runs (tool): the figure half. Its parameters are the coefficients of a law L = E + A/N^α + B/D^β (the
 * fitted ones after a fit, so they travel in a shared link); it draws the residuals of the runs against that law and
 * its compute-optimal frontier, with the fit's bootstrap band and the published laws.
 *
 * The runs do not travel in the URL: they are the figure's context, a FitView the fit panel (src/components/tools/)
 * publishes on the figure's channel (fitRunsChannel, src/figures/lib/fit-runs.ts) together with the fitted
 * coefficients; the island passes the latest one to `model`. Without one (at build time, on a shared link) the view
 * is the built-in example: 81 runs generated from the unrounded Hoffmann law with 1% seeded noise, whose fit and
 * bootstrap are precomputed (EXAMPLE_FIT), so nothing is fitted on page load.
 */
import * as Plot from '@observablehq/plot';
import { GOPHER_BUDGET } from '../engine/budgets';
import { allocationExponents, type ChinchillaParams, computeOptimal, LAWS, type LawKey } from '../engine/chinchilla';
import { bandAtBudget, EXAMPLE_RUNS_SPEC, residualSummary, runResiduals, thinIndices } from '../engine/fit-report';
import { formatNumber, formatQuantity } from '../lib/numbers';
import type { Lang } from '../i18n';
import type en from '../i18n/figures/en/fit-your-runs';
import { EXAMPLE_FIT, FIT_FIGURE_ID, FIT_PARAMS, FRONTIER_GRID, type FitView, fitRunsChannel, getExampleView } from './lib/fit-runs';
import { baseOptions, logScale, panels, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { drawPatching, moving } from './lib/reuse';
import { logTicks, powerOfTen } from './lib/ticks';
import { niceCeil } from './lib/domains';
import { type ChartContext, defineModelFigure } from './lib/types';
import type { ParamValues } from './lib/params';

export { EXAMPLE_FIT, FRONTIER_GRID, getExampleView, type FitView };

const PANEL_WIDTH = 400;
const HEIGHT = 340;
/** At most this many runs are drawn (residuals; fewer grey points beside the frontier) and tabulated. */
const MAX_DRAWN = 300;
const MAX_BESIDE_FRONTIER = 150;
const MAX_TABLE = 100;
const PUBLISHED: readonly LawKey[] = ['hoffmann2022', 'besiroglu2024'];

function sameLaw(a: ChinchillaParams, b: ChinchillaParams): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 2e-5 * Math.max(Math.abs(x), Math.abs(y), 1e-9);
  return close(a.E, b.E) && close(a.A, b.A) && close(a.B, b.B) && close(a.alpha, b.alpha) && close(a.beta, b.beta);
}

/** N_opt(C) of a law on FRONTIER_GRID where it is representable (extreme coefficient sets can leave the double range). */
function frontierOf(law: ChinchillaParams): Array<{ flops: number; params: number }> {
  return FRONTIER_GRID.flatMap((flops) => {
    const optimal = safeOptimal(law, flops);
    return optimal ? [{ flops, params: optimal.params }] : [];
  });
}

function safeOptimal(law: ChinchillaParams, flops: number): { params: number; tokens: number } | null {
  try {
    return computeOptimal(law, flops);
  } catch {
    return null;
  }
}

/** The law shown against the runs in `view` (the example when no panel has published one). Numbers only. */
export function model(p: ParamValues<typeof FIT_PARAMS>, view: FitView = getExampleView()) {
  const law: ChinchillaParams = { E: p.E, A: p.A, B: p.B, alpha: p.alpha, beta: p.beta };
  const drawn = thinIndices(view.runs.length, MAX_DRAWN).map((i) => view.runs[i]);
  const residuals = runResiduals(law, drawn);
  const isFit = view.fit !== null && sameLaw(law, view.fit);
  const summary = residualSummary(residuals);
  const cs = residuals.map((r) => r.flops);
  return {
    /**
     * The residual axis, ±10% beyond the largest residual rounded up on a 1-1.5-2-3-4-5-6-8 grid, within ±0.02…±0.5:
     * moving a coefficient keeps it until the residuals cross a step. ln-loss units.
     */
    residualBound: Math.min(0.5, Math.max(0.02, niceCeil(summary.maxAbs * 1.1))),
    /** The compute axis of the residuals: the runs' FLOPs, 1.5× wider each side. */
    computeDomain: (cs.length ? [Math.min(...cs) / 1.5, Math.max(...cs) * 1.5] : [1e18, 1e22]) as [number, number],
    law,
    source: view.source,
    name: view.name,
    runCount: view.runs.length,
    residuals,
    /** A thinner sample of the runs for the frontier panel, and the table's rows. */
    beside: thinIndices(residuals.length, MAX_BESIDE_FRONTIER).map((i) => residuals[i]),
    tableRows: thinIndices(residuals.length, MAX_TABLE).map((i) => residuals[i]),
    summary,
    /** The coefficients are the fit of these runs: the band applies. */
    isFit,
    /** The coefficients shown differ from a fit these runs have. */
    edited: view.fit !== null && !isFit,
    band: isFit ? view.band : [],
    frontier: frontierOf(law),
    published: p.published ? PUBLISHED.map((key) => ({ key, frontier: frontierOf(LAWS[key]) })) : [],
    allocation: allocationExponents(law).a,
    besirogluAllocation: allocationExponents(LAWS.besiroglu2024).a,
    gopher: safeOptimal(law, GOPHER_BUDGET),
    gopherBand: isFit ? bandAtBudget(view.band, GOPHER_BUDGET) : null,
    gopherPublished: { hoffmann: computeOptimal(LAWS.hoffmann2022, GOPHER_BUDGET).params, besiroglu: computeOptimal(LAWS.besiroglu2024, GOPHER_BUDGET).params },
  };
}

export type FitRunsModel = ReturnType<typeof model>;
type Messages = typeof en;

function lawText(law: ChinchillaParams, lang: Lang): string {
  const n = (x: number, d: number) => formatNumber(x, lang, d);
  return `L = ${n(law.E, 4)} + ${n(law.A, 4)}/N^${n(law.alpha, 3)} + ${n(law.B, 4)}/D^${n(law.beta, 3)}`;
}

/** Left panel: residuals against compute. */
function residualChart(m: FitRunsModel, ctx: ChartContext<Messages>) {
  const { lang, t } = ctx;
  const maxAbs = m.residualBound;
  const cDomain = m.computeDomain;
  // Moving a coefficient moves the residuals; the axes and the zero line are copied (drawPatching).
  return drawPatching(
    {
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT),
      marginLeft: 52,
      x: logScale(lang, t.axis.compute, 'scientific', { domain: cDomain, ticks: logTicks(cDomain[0], cDomain[1], 5), tickFormat: powerOfTen }),
      y: { label: t.axis.residual, domain: [-maxAbs, maxAbs], grid: true, ticks: 5 },
      marks: [
        Plot.ruleY([0], { strokeOpacity: 0.6 }),
        moving(Plot.dot(m.residuals, { x: 'flops', y: 'residual', r: 2.6, fill: SERIES_COLORS[0], fillOpacity: 0.7, clip: true })),
        tipMark<FitRunsModel['residuals'][number]>(m.residuals, {
          x: 'flops',
          y: 'residual',
          title: (d) =>
            tipText(lang, [
              [t.column.params, d.params, 'quantity'],
              [t.column.tokens, d.tokens, 'quantity'],
              [t.column.loss, d.loss],
              [t.axis.residual, d.residual],
            ]),
        }),
      ],
    },
    `fit-your-runs/residuals:${lang}`,
  );
}

/** Right panel: the law's frontier with its band, the published laws, the runs. */
function frontierChart(m: FitRunsModel, ctx: ChartContext<Messages>) {
  const { lang, t } = ctx;
  const shortName = (key: LawKey) => t.laws.law[key].shortName;
  const published = m.published.flatMap((p) => p.frontier.map((d) => ({ ...d, name: shortName(p.key) })));
  const shown = m.frontier.map((d) => ({ ...d, name: t.lawShown }));
  // The copied parts' key names the runs' dots exactly (≤ 150 points), so another set of runs draws them anew.
  const runsKey = m.beside.map((d) => `${d.flops},${d.params}`).join(';');
  // Moving a coefficient moves the law's line (and hides the fit's band); the runs, the published laws and the axes
  // are copied (drawPatching).
  return drawPatching(
    {
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT),
      marginLeft: 52,
      x: logScale(lang, t.axis.computeShort, 'scientific', { domain: [1e18, 1e26], ticks: [1e18, 1e20, 1e22, 1e24, 1e26], tickFormat: powerOfTen }),
      y: logScale(lang, t.axis.optimalParams, 'quantity', { domain: [1e7, 1e13], ticks: [1e7, 1e9, 1e11, 1e13], grid: true }),
      color: { domain: [t.lawShown, ...PUBLISHED.map(shortName)], range: [SERIES_COLORS[0], SERIES_COLORS[2], SERIES_COLORS[3]], legend: false },
      marks: [
        moving(Plot.areaY(m.band, { x: 'flops', y1: 'lower', y2: 'upper', fill: SERIES_COLORS[0], fillOpacity: 0.18, clip: true })),
        Plot.dot(m.beside, { x: 'flops', y: 'params', r: 1.6, fill: 'currentColor', fillOpacity: 0.3, clip: true }),
        Plot.line(published, { x: 'flops', y: 'params', z: 'name', stroke: 'name', strokeWidth: 1.3, strokeDasharray: '5,3', clip: true }),
        moving(Plot.line(shown, { x: 'flops', y: 'params', stroke: 'name', strokeWidth: 2.6, clip: true })),
        tipMark<(typeof shown)[number]>([...shown, ...published], {
          x: 'flops',
          y: 'params',
          title: (d) =>
            tipText(lang, [
              ['', d.name],
              [t.axis.computeShort, d.flops, 'scientific'],
              [t.axis.optimalParams, d.params, 'quantity'],
            ]),
        }),
        Plot.text(
          published.filter((d) => d.flops === 1e26),
          { x: 'flops', y: 'params', text: 'name', dx: -4, dy: -8, textAnchor: 'end', fontSize: 12, fill: 'name' },
        ),
      ],
    },
    `fit-your-runs/frontier:${lang}:${m.published.map((p) => p.key)}:${runsKey}`,
  );
}

const chart = (m: FitRunsModel, ctx: ChartContext<Messages>) => panels(ctx, [residualChart(m, ctx), frontierChart(m, ctx)]);

export default defineModelFigure({
  id: FIT_FIGURE_ID,
  home: 'chinchilla',
  kind: 'calculator',
  width: 2 * PANEL_WIDTH,
  height: HEIGHT,
  params: FIT_PARAMS,
  messages: { en: () => import('../i18n/figures/en/fit-your-runs'), zh: () => import('../i18n/figures/zh/fit-your-runs') },
  context: fitRunsChannel,
  model,
  chart,
  table(m, { t }) {
    return {
      columns: [
        { key: 'params', label: t.column.params, format: 'quantity' },
        { key: 'tokens', label: t.column.trainingTokens, format: 'quantity' },
        { key: 'flops', label: t.axis.computeShort, format: 'scientific' },
        // 'scientific' prints 2.59 and 0.0123 as such, without building a number formatter per cell.
        { key: 'loss', label: t.column.lossL, format: 'scientific' },
        { key: 'predicted', label: t.column.predicted, format: 'scientific' },
        { key: 'residual', label: 'ln L − ln L̂', format: 'scientific' },
      ],
      rows: m.tableRows.map((r) => ({ params: r.params, tokens: r.tokens, flops: r.flops, loss: r.loss, predicted: r.predicted, residual: r.residual })),
    };
  },
  readouts(m, { lang, t }) {
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    const r = t.readout;
    const dataset = m.source === 'example' ? r.example(m.runCount, EXAMPLE_RUNS_SPEC.seed) : r.yours(m.runCount, m.name);
    const gopher = m.gopher
      ? `${q(m.gopher.params)}${m.gopherBand ? r.gopherBand(q(m.gopherBand.lower), q(m.gopherBand.upper)) : ''}${r.gopherPublished(q(m.gopherPublished.hoffmann), q(m.gopherPublished.besiroglu))}`
      : r.outOfRange;
    return [
      { label: r.data, value: `${dataset}${m.residuals.length < m.runCount ? r.drawn(m.residuals.length) : ''}` },
      { label: m.isFit ? t.fittedLaw : t.lawShown, value: lawText(m.law, lang) },
      { label: r.allocation, value: r.allocationValue(formatNumber(m.allocation, lang, 3), formatNumber(m.besirogluAllocation, lang, 3)) },
      { label: r.gopher, value: gopher },
      { label: r.rms, value: formatNumber(m.summary.rms, lang, 3) },
    ];
  },
  warnings: (m, { t }) => (m.edited ? [t.notTheFit] : []),
});

export type { Messages };
