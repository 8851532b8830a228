/**
 * Fit your runs (tool): the figure half. Its parameters are the coefficients of a law L = E + A/N^α + B/D^β (the
 * fitted ones after a fit, so they travel in a shared link); it draws the residuals of the current runs against
 * that law and its compute-optimal frontier, with the fit's bootstrap band and the published laws.
 *
 * The runs themselves do not travel in the URL: they live in a small module-level view that the fit panel
 * (src/components/tools/FitRunsPanel.tsx) replaces after a fit. At build time, and on a shared link, the view is
 * the built-in example: 81 runs generated from the unrounded Hoffmann law with 1% seeded noise, whose fit (coarse
 * 243-start grid) and 200-resample bootstrap are precomputed below, so nothing is fitted on page load (a test
 * recomputes them).
 */
import * as Plot from '@observablehq/plot';
import { allocationExponents, computeOptimal, LAWS, type ChinchillaParams, type LawKey } from '../engine/chinchilla';
import { LAW_INFO } from './lib/laws';
import { formatNumber, formatQuantity } from '../engine/quantities';
import { logSpace } from '../engine/stats';
import { GOPHER_BUDGET } from '../engine/budgets';
import { bandAtBudget, EXAMPLE_RUNS_SPEC, residualSummary, runResiduals, syntheticRuns, thinIndices, type FrontierBandPoint, type RunPoint } from '../engine/fit-report';
import type { Lang } from '../i18n';
import { logTicks, powerOfTen } from './lib/ticks';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, panels, pick, SERIES_COLORS, tipMark, tipText } from './lib/plot';

const PANEL_WIDTH = 400;
const HEIGHT = 340;
/** Budgets at which the frontier and its band are drawn (the worker computes the band on the same grid). */
export const FRONTIER_GRID: readonly number[] = logSpace(1e18, 1e26, 17);
/** At most this many runs are drawn (residuals; fewer grey points beside the frontier) and tabulated. */
const MAX_DRAWN = 300;
const MAX_BESIDE_FRONTIER = 150;
const MAX_TABLE = 100;
const PUBLISHED: readonly LawKey[] = ['hoffmann2022', 'besiroglu2024'];

/**
 * The example's fit, precomputed: fitChinchilla(example runs, { grid: 'coarse' }) and a 200-resample bootstrap
 * (seed 42, local starts) with its pointwise 95% band of N_opt(C) on FRONTIER_GRID as [lower, median, upper].
 * tests/unit/figures/fit-your-runs.test.ts recomputes all of it.
 */
export const EXAMPLE_FIT = {
  law: { E: 1.7740175, A: 583.28751, B: 920.62702, alpha: 0.3602646, beta: 0.32512675 },
  objective: 0.00053884741,
  resamples: 200,
  intervals: {
    E: [1.6617988, 1.8227929],
    A: [296.59794, 834.11103],
    B: [304.18908, 1717.5023],
    alpha: [0.31986857, 0.38005809],
    beta: [0.2713625, 0.35615281],
    allocationExponent: [0.43397098, 0.50714338],
  },
  band: [
    [81595419, 88867470, 108745120],
    [145150310, 152857450, 181566320],
    [255885650, 265320930, 303215440],
    [443951160, 461011800, 500810520],
    [754644190, 796902090, 866283350],
    [1271083100, 1373550200, 1513499300],
    [2127392000, 2357448300, 2681846200],
    [3572053000, 4064312600, 4804983700],
    [5898435800, 7014474000, 8516719200],
    [9726033000, 12102310000, 15373875000],
    [16032633000, 20912513000, 27752010000],
    [26428615000, 36039018000, 50096294000],
    [43565669000, 62244843000, 90427859000],
    [71817665000, 107247150000, 163216650000],
    [118404010000, 185241630000, 293541210000],
    [195209780000, 320125310000, 526341780000],
    [321837540000, 553224740000, 943772070000],
  ],
} as const;

/** The runs the figure draws and, when known, the law fitted to them with its bootstrap band. */
export interface FitView {
  source: 'example' | 'yours';
  runs: readonly RunPoint[];
  /** The law fitted to these runs (null before a fit). */
  fit: ChinchillaParams | null;
  band: readonly FrontierBandPoint[];
  /** A file name or similar, shown with the dataset. */
  name?: string;
}

let exampleView: FitView | null = null;

/** The built-in example: its runs, precomputed fit and band. */
export function getExampleView(): FitView {
  if (!exampleView) {
    exampleView = {
      source: 'example',
      runs: syntheticRuns(LAWS.hoffmann2022, EXAMPLE_RUNS_SPEC),
      fit: { ...EXAMPLE_FIT.law },
      band: EXAMPLE_FIT.band.map(([lower, median, upper], i) => ({ flops: FRONTIER_GRID[i], lower, median, upper })),
    };
  }
  return exampleView;
}

let currentView: FitView | null = null;

/** The dataset the figure draws now. */
export function getFitView(): FitView {
  return currentView ?? getExampleView();
}

/** Replaces the dataset the figure draws (the fit panel calls this before pushing the fitted coefficients). */
export function setFitView(view: FitView | null): void {
  currentView = view;
}

function sameLaw(a: ChinchillaParams, b: ChinchillaParams): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 2e-5 * Math.max(Math.abs(x), Math.abs(y), 1e-9);
  return close(a.E, b.E) && close(a.A, b.A) && close(a.B, b.B) && close(a.alpha, b.alpha) && close(a.beta, b.beta);
}

/** N_opt(C) of a law where it is representable (extreme coefficient sets can leave the double range). */
function frontierOf(law: ChinchillaParams, name: string): Array<{ flops: number; params: number; name: string }> {
  return FRONTIER_GRID.flatMap((flops) => {
    try {
      return [{ flops, params: computeOptimal(law, flops).params, name }];
    } catch {
      return [];
    }
  });
}

function lawText(law: ChinchillaParams, lang: Lang): string {
  const n = (x: number, d: number) => formatNumber(x, lang, d);
  return `L = ${n(law.E, 4)} + ${n(law.A, 4)}/N^${n(law.alpha, 3)} + ${n(law.B, 4)}/D^${n(law.beta, 3)}`;
}

const coefficient = (label: { zh: string; en: string }, def: number, min: number, max: number, scale: 'log' | 'linear') => ({
  kind: 'quantity' as const,
  label,
  unit: { zh: '', en: '' },
  default: def,
  min,
  max,
  scale,
  display: 'plain' as const,
  ...(scale === 'linear' ? { step: 0.0001 } : {}),
});

export default defineFigure({
  id: 'fit-your-runs',
  home: 'chinchilla',
  kind: 'calculator',
  width: 2 * PANEL_WIDTH,
  height: HEIGHT,
  params: {
    alpha: coefficient({ zh: '参数指数 α', en: 'Parameter exponent α' }, EXAMPLE_FIT.law.alpha, 0.02, 3, 'linear'),
    beta: coefficient({ zh: '数据指数 β', en: 'Data exponent β' }, EXAMPLE_FIT.law.beta, 0.02, 3, 'linear'),
    A: coefficient({ zh: '参数项系数 A', en: 'Parameter coefficient A' }, EXAMPLE_FIT.law.A, 0.01, 1e12, 'log'),
    B: coefficient({ zh: '数据项系数 B', en: 'Data coefficient B' }, EXAMPLE_FIT.law.B, 0.01, 1e12, 'log'),
    E: {
      ...coefficient({ zh: '不可约损失 E（奈特）', en: 'Irreducible loss E (nats)' }, EXAMPLE_FIT.law.E, 0, 10, 'linear'),
      help: {
        zh: '拟合完成后这五个系数会自动填入，并写进链接；数据本身不会写进链接。',
        en: 'A fit fills in these five coefficients and puts them in the link; the runs themselves never go into the link.',
      },
    },
    published: {
      kind: 'boolean',
      label: { zh: '显示已发表的定律', en: 'Show the published laws' },
      default: true,
    },
  },
  strings: {
    en: {
      title: 'Fit your runs: residuals and the compute-optimal frontier',
      caption:
        'Left: how far each run lies from the law, ln L − ln L̂, against its compute C = 6ND; a good fit scatters evenly around zero. Right: the compute-optimal model size N_opt(C) of the law (thick), the 95% bootstrap band of the fit, the published laws (thin) and the runs (grey). Until you fit your own runs, the runs are a built-in example generated from Hoffmann’s law with 1% noise.',
      source:
        'Approach 3 of Hoffmann et al. 2022 (arXiv 2203.15556) §3.3, eq (2), (4), (11), App. D.2 (Huber δ = 10⁻³, L-BFGS from a grid of starts); bootstrap as in Besiroglu et al. 2024 (arXiv 2404.10102). The example data are synthetic (ours).',
      alt: 'Two panels: residuals scattered around zero against training compute on a log axis; and compute-optimal model size against compute, a thick line with a shaded band, two thin published-law lines and grey run points.',
    },
    zh: {
      title: '拟合你的训练：残差与计算最优前沿',
      caption:
        '左：每次训练与定律的偏离 ln L − ln L̂，横轴为其计算量 C = 6ND；拟合得好时，点均匀分布在零线两侧。右：该定律的计算最优参数量 N_opt(C)（粗线）、拟合的 95% 自助法区间带、已发表的定律（细线）和各次训练（灰点）。在你拟合自己的数据之前，这里显示的是内置示例：由 Hoffmann 定律加 1% 噪声生成的数据。',
      source:
        'Hoffmann 等 2022（arXiv 2203.15556）方法三，§3.3，原文式（2）、（4）、（11），附录 D.2（Huber δ = 10⁻³，从一组初始点出发用 L-BFGS）；自助法同 Besiroglu 等 2024（arXiv 2404.10102）。示例数据为合成数据（本站生成）。',
      alt: '两幅图：左图是残差随对数训练计算量分布在零线附近；右图是计算最优参数量随计算量变化，一条带阴影区间的粗线、两条已发表定律的细线和灰色的训练点。',
    },
  },
  render(p, lang, ctx) {
    const law: ChinchillaParams = { E: p.E, A: p.A, B: p.B, alpha: p.alpha, beta: p.beta };
    const view = getFitView();
    const drawn = thinIndices(view.runs.length, MAX_DRAWN).map((i) => view.runs[i]);
    const residuals = runResiduals(law, drawn);
    const isFit = view.fit !== null && sameLaw(law, view.fit);
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    const shownName = pick(lang, '所示定律', 'Law shown');

    // Left: residuals against compute.
    const summary = residualSummary(residuals);
    const maxAbs = Math.min(0.5, Math.max(0.02, summary.maxAbs * 1.1));
    const cs = residuals.map((r) => r.flops);
    const cDomain: [number, number] = cs.length ? [Math.min(...cs) / 1.5, Math.max(...cs) * 1.5] : [1e18, 1e22];
    const left = Plot.plot({
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT),
      marginLeft: 52,
      x: logScale(lang, pick(lang, '计算量 C = 6ND（FLOPs）', 'Compute C = 6ND (FLOPs)'), 'scientific', {
        domain: cDomain,
        ticks: logTicks(cDomain[0], cDomain[1], 5),
        tickFormat: powerOfTen,
      }),
      y: { label: pick(lang, '残差 ln L − ln L̂', 'Residual ln L − ln L̂'), domain: [-maxAbs, maxAbs], grid: true, ticks: 5 },
      marks: [
        Plot.ruleY([0], { strokeOpacity: 0.6 }),
        Plot.dot(residuals, { x: 'flops', y: 'residual', r: 2.6, fill: SERIES_COLORS[0], fillOpacity: 0.7, clip: true }),
        tipMark<(typeof residuals)[number]>(residuals, {
          x: 'flops',
          y: 'residual',
          title: (d) =>
            tipText(lang, [
              [pick(lang, '参数量 N', 'Parameters N'), d.params, 'quantity'],
              [pick(lang, '词元数 D', 'Tokens D'), d.tokens, 'quantity'],
              [pick(lang, '损失', 'Loss'), d.loss],
              [pick(lang, '残差 ln L − ln L̂', 'Residual ln L − ln L̂'), d.residual],
            ]),
        }),
      ],
    });

    // Right: frontiers, band, runs.
    const published = p.published ? PUBLISHED.flatMap((key) => frontierOf(LAWS[key], LAW_INFO[key].shortName[lang])) : [];
    const shown = frontierOf(law, shownName);
    const names = [shownName, ...PUBLISHED.map((key) => LAW_INFO[key].shortName[lang])];
    const right = Plot.plot({
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT),
      marginLeft: 52,
      x: logScale(lang, pick(lang, '计算量 C（FLOPs）', 'Compute C (FLOPs)'), 'scientific', {
        domain: [1e18, 1e26],
        ticks: [1e18, 1e20, 1e22, 1e24, 1e26],
        tickFormat: powerOfTen,
      }),
      y: logScale(lang, pick(lang, '计算最优参数量 N_opt', 'Compute-optimal N_opt'), 'quantity', { domain: [1e7, 1e13], ticks: [1e7, 1e9, 1e11, 1e13], grid: true }),
      color: { domain: names, range: [SERIES_COLORS[0], SERIES_COLORS[2], SERIES_COLORS[3]], legend: false },
      marks: [
        Plot.areaY(isFit ? view.band : [], { x: 'flops', y1: 'lower', y2: 'upper', fill: SERIES_COLORS[0], fillOpacity: 0.18, clip: true }),
        Plot.dot(
          thinIndices(residuals.length, MAX_BESIDE_FRONTIER).map((i) => residuals[i]),
          { x: 'flops', y: 'params', r: 1.6, fill: 'currentColor', fillOpacity: 0.3, clip: true },
        ),
        Plot.line(published, { x: 'flops', y: 'params', z: 'name', stroke: 'name', strokeWidth: 1.3, strokeDasharray: '5,3', clip: true }),
        Plot.line(shown, { x: 'flops', y: 'params', stroke: 'name', strokeWidth: 2.6, clip: true }),
        tipMark<(typeof shown)[number]>([...shown, ...published], {
          x: 'flops',
          y: 'params',
          title: (d) =>
            tipText(lang, [
              ['', d.name],
              [pick(lang, '计算量 C（FLOPs）', 'Compute C (FLOPs)'), d.flops, 'scientific'],
              [pick(lang, '计算最优参数量 N_opt', 'Compute-optimal N_opt'), d.params, 'quantity'],
            ]),
        }),
        Plot.text(p.published ? published.filter((d) => d.flops === 1e26) : [], {
          x: 'flops',
          y: 'params',
          text: 'name',
          dx: -4,
          dy: -8,
          textAnchor: 'end',
          fontSize: 12,
          fill: 'name',
        }),
      ],
    });

    // Readouts.
    const a = allocationExponents(law).a;
    const gopher = safeOptimal(law, GOPHER_BUDGET);
    const gopherBand = isFit ? bandAtBudget(view.band, GOPHER_BUDGET) : null;
    const dataset =
      view.source === 'example'
        ? pick(
            lang,
            `内置示例：${view.runs.length} 次训练（Hoffmann 定律 + 1% 噪声，种子 ${EXAMPLE_RUNS_SPEC.seed}）`,
            `Built-in example: ${view.runs.length} runs (Hoffmann’s law + 1% noise, seed ${EXAMPLE_RUNS_SPEC.seed})`,
          )
        : pick(lang, `你的数据：${view.runs.length} 次训练${view.name ? `（${view.name}）` : ''}`, `Your runs: ${view.runs.length}${view.name ? ` (${view.name})` : ''}`);
    const readouts = [
      { label: pick(lang, '数据', 'Data'), value: `${dataset}${drawn.length < view.runs.length ? pick(lang, `；图中画出 ${drawn.length} 个`, `; ${drawn.length} drawn`) : ''}` },
      { label: isFit ? pick(lang, '拟合的定律', 'Fitted law') : pick(lang, '所示定律', 'Law shown'), value: lawText(law, lang) },
      {
        label: pick(lang, '分配指数 a = β/(α+β)', 'Allocation exponent a = β/(α+β)'),
        value: pick(
          lang,
          `${formatNumber(a, lang, 3)}（Hoffmann 等报告 0.46；Besiroglu ${formatNumber(allocationExponents(LAWS.besiroglu2024).a, lang, 3)}）`,
          `${formatNumber(a, lang, 3)} (Hoffmann et al. report 0.46; Besiroglu ${formatNumber(allocationExponents(LAWS.besiroglu2024).a, lang, 3)})`,
        ),
      },
      {
        label: pick(lang, 'Gopher 预算 5.76×10²³ FLOPs 下的最优规模', 'Optimal size at the Gopher budget, 5.76×10²³ FLOPs'),
        value: gopher
          ? `${q(gopher.params)}${gopherBand ? pick(lang, `（95% 区间 ${q(gopherBand.lower)}–${q(gopherBand.upper)}）`, ` (95% band ${q(gopherBand.lower)}–${q(gopherBand.upper)})`) : ''}${pick(lang, `；Hoffmann ${q(computeOptimal(LAWS.hoffmann2022, GOPHER_BUDGET).params)}，Besiroglu ${q(computeOptimal(LAWS.besiroglu2024, GOPHER_BUDGET).params)}`, `; Hoffmann ${q(computeOptimal(LAWS.hoffmann2022, GOPHER_BUDGET).params)}, Besiroglu ${q(computeOptimal(LAWS.besiroglu2024, GOPHER_BUDGET).params)}`)}`
          : pick(lang, '超出数值范围', 'out of numeric range'),
      },
      { label: pick(lang, '残差均方根', 'RMS residual'), value: formatNumber(summary.rms, lang, 3) },
    ];
    const warnings =
      view.fit && !isFit
        ? [
            pick(
              lang,
              '图中的系数不是这些数据的拟合结果（被修改过，或来自分享的链接），所以不显示自助法区间带。',
              'The coefficients shown are not the fit of these runs (they were edited, or came from a shared link), so the bootstrap band is hidden.',
            ),
          ]
        : [];
    const tableRows = thinIndices(residuals.length, MAX_TABLE).map((i) => residuals[i]);
    return {
      node: panels(ctx, [left, right]),
      data: {
        columns: [
          { key: 'params', label: pick(lang, '参数量 N', 'Parameters N'), format: 'quantity' },
          { key: 'tokens', label: pick(lang, '训练词元数 D', 'Training tokens D'), format: 'quantity' },
          { key: 'flops', label: pick(lang, '计算量 C（FLOPs）', 'Compute C (FLOPs)'), format: 'scientific' },
          // 'scientific' prints 2.59 and 0.0123 as such, without building a number formatter per cell.
          { key: 'loss', label: pick(lang, '损失 L', 'Loss L'), format: 'scientific' },
          { key: 'predicted', label: pick(lang, '定律预测 L̂', 'Law L̂'), format: 'scientific' },
          { key: 'residual', label: 'ln L − ln L̂', format: 'scientific' },
        ],
        rows: tableRows.map((r) => ({ params: r.params, tokens: r.tokens, flops: r.flops, loss: r.loss, predicted: r.predicted, residual: r.residual })),
      },
      readouts,
      warnings,
    };
  },
});

function safeOptimal(law: ChinchillaParams, flops: number): { params: number; tokens: number } | null {
  try {
    return computeOptimal(law, flops);
  } catch {
    return null;
  }
}
