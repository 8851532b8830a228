/**
 * What the fit-your-runs figure (src/figures/fit-your-runs.ts) and the fit panel (src/components/tools/) share, without
 * Plot: the figure's parameters (the five coefficients of L = E + A/N^α + B/D^β, which travel in the URL), the
 * built-in example with its precomputed fit, and the typed channel through which the panel hands the figure the runs
 * it fitted (src/figures/lib/figure-state.ts). No words: those are in src/i18n/figures/<lang>/fit-your-runs.ts.
 */
import type { ChinchillaParams } from '../../engine/chinchilla';
import { LAWS } from '../../engine/chinchilla';
import { EXAMPLE_RUNS_SPEC, syntheticRuns, type FrontierBandPoint, type RunPoint } from '../../engine/fit-report';
import { logSpace } from '../../engine/stats';
import type { Lang } from '../../i18n';
import { figureChannel } from './figure-state';
import { formatValue, parseParamText, type BooleanSpec, type QuantitySpec } from './params';

export const FIT_FIGURE_ID = 'fit-your-runs';

/** Budgets at which the frontier and its band are drawn (the worker computes the band on the same grid). */
export const FRONTIER_GRID: readonly number[] = logSpace(1e18, 1e26, 17);

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

/** The runs the figure draws and, when known, the law fitted to them with its bootstrap band: the figure's context. */
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

/** The built-in example: its runs (generated once, on first use), precomputed fit and band. */
export function getExampleView(): FitView {
  exampleView ??= {
    source: 'example',
    runs: syntheticRuns(LAWS.hoffmann2022, EXAMPLE_RUNS_SPEC),
    fit: { ...EXAMPLE_FIT.law },
    band: EXAMPLE_FIT.band.map(([lower, median, upper], i) => ({ flops: FRONTIER_GRID[i], lower, median, upper })),
  };
  return exampleView;
}

/** The panel publishes the runs it fitted (context) and the fitted coefficients (values) here; the figure's island listens. */
export const fitRunsChannel = figureChannel<FitView>(FIT_FIGURE_ID);

export const COEFFICIENTS = ['E', 'A', 'B', 'alpha', 'beta'] as const;
export type Coefficient = (typeof COEFFICIENTS)[number];
export const SYMBOL: Record<Coefficient, string> = { E: 'E', A: 'A', B: 'B', alpha: 'α', beta: 'β' };

const coefficient = (def: number, min: number, max: number, scale: 'log' | 'linear'): QuantitySpec => ({
  kind: 'quantity',
  default: def,
  min,
  max,
  scale,
  display: 'plain',
  ...(scale === 'linear' ? { step: 0.0001 } : {}),
});

/** The figure's parameters: the coefficients of the law shown (the fitted ones after a fit) and whether to show the published laws. */
export const FIT_PARAMS = {
  alpha: coefficient(EXAMPLE_FIT.law.alpha, 0.02, 3, 'linear'),
  beta: coefficient(EXAMPLE_FIT.law.beta, 0.02, 3, 'linear'),
  A: coefficient(EXAMPLE_FIT.law.A, 0.01, 1e12, 'log'),
  B: coefficient(EXAMPLE_FIT.law.B, 0.01, 1e12, 'log'),
  E: coefficient(EXAMPLE_FIT.law.E, 0, 10, 'linear'),
  published: { kind: 'boolean', default: true } satisfies BooleanSpec,
};

/**
 * The figure's values for a law, as its fields would hold them (6 significant digits), so the figure, its URL and a
 * shared link agree; or the first coefficient the figure cannot show.
 */
export function lawValues(law: ChinchillaParams, lang: Lang): { ok: true; values: Record<Coefficient, number> } | { ok: false; name: Coefficient; value: number } {
  const values = {} as Record<Coefficient, number>;
  for (const name of COEFFICIENTS) {
    const spec = FIT_PARAMS[name];
    const r = parseParamText(spec, formatValue(spec, law[name], lang));
    if (!r.ok) return { ok: false, name, value: law[name] };
    values[name] = r.value as number;
  }
  return { ok: true, values };
}
