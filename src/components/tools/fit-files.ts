/**
 * The fit panel's plain-data pieces, without Preact or the DOM: the example's outcome in the worker's shape, the
 * runs as CSV, the downloads (JSON with everything, CSV of the coefficients), and the shared link's query.
 */
import { allocationExponents, type ChinchillaParams } from '../../engine/chinchilla';
import { COARSE_GRID, type GridAxes } from '../../engine/fit-multistart';
import type { RunPoint } from '../../engine/fit-report';
import type { Lang } from '../../i18n';
import { COEFFICIENTS, EXAMPLE_FIT, FIT_FIGURE_ID, FIT_PARAMS, getExampleView, lawValues } from '../../figures/lib/fit-runs';
import { type AnyValue, writeState } from '../../figures/lib/params';
import type { FitOutcome, RunColumns } from './fit-protocol';

/** The bootstrap's seed, for the example and every fit. */
export const SEED = 42;

/** Starting points of a grid: the product of its axes (243 coarse, 4,500 Hoffmann). */
export const startsOf = (g: GridAxes) => g.a.length * g.b.length * g.e.length * g.alpha.length * g.beta.length;

/** The built-in example's precomputed fit, in the shape the worker returns. */
export function exampleOutcome(): FitOutcome {
  const iv = EXAMPLE_FIT.intervals;
  const pair = (x: readonly [number, number]) => ({ lower: x[0], upper: x[1] });
  return {
    law: { ...EXAMPLE_FIT.law },
    objective: EXAMPLE_FIT.objective,
    allocationExponent: allocationExponents(EXAMPLE_FIT.law).a,
    starts: startsOf(COARSE_GRID),
    convergedStarts: startsOf(COARSE_GRID),
    grid: 'coarse',
    runs: getExampleView().runs.length,
    intervals: { E: pair(iv.E), A: pair(iv.A), B: pair(iv.B), alpha: pair(iv.alpha), beta: pair(iv.beta), allocationExponent: pair(iv.allocationExponent) },
    resamples: EXAMPLE_FIT.resamples,
    seed: SEED,
    band: getExampleView().band.slice(),
    samples: null,
    fitMs: 0,
    bootstrapMs: 0,
  };
}

export function runsOf(c: RunColumns): RunPoint[] {
  return Array.from(c.params, (params, i) => ({ params, tokens: c.tokens[i], loss: c.loss[i] }));
}

export function toCsvText(runs: readonly RunPoint[]): string {
  return `params,tokens,loss\n${runs.map((r) => `${r.params},${r.tokens},${r.loss}`).join('\n')}\n`;
}

/** The query of a link to the figure showing `law` (the coefficients as the figure's fields hold them, 6 significant digits). */
export function shareQuery(law: ChinchillaParams, lang: Lang): string {
  const r = lawValues(law, lang);
  const values: Record<string, AnyValue> = { published: true, ...(r.ok ? r.values : law) };
  return writeState(FIT_PARAMS, values as never, '', `${FIT_FIGURE_ID}.`).toString();
}

/** Everything about a fit, for the JSON download. `data` names the runs; `link` is the shared link. */
export function resultsJson(outcome: FitOutcome, data: string, link: string): string {
  const body = {
    tool: 'fit-your-runs',
    site: 'Scaling Laws Explorer',
    method: 'Hoffmann et al. 2022 (arXiv 2203.15556) Approach 3: Huber (δ = 1e-3) on ln L, L-BFGS from a grid of starts; bootstrap as in Besiroglu et al. 2024 (arXiv 2404.10102)',
    data,
    runs: outcome.runs,
    grid: outcome.grid,
    starts: outcome.starts,
    convergedStarts: outcome.convergedStarts,
    law: outcome.law,
    objective: outcome.objective,
    allocationExponent: outcome.allocationExponent,
    bootstrap: outcome.intervals ? { resamples: outcome.resamples, seed: outcome.seed, level: 0.95, intervals: outcome.intervals, samples: outcome.samples } : null,
    frontierBand: outcome.band,
    seconds: { fit: outcome.fitMs / 1000, bootstrap: outcome.bootstrapMs / 1000 },
    link,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** The coefficients with their 95% intervals, for the CSV download. */
export function coefficientsCsv(outcome: FitOutcome): string {
  const rows = [['coefficient', 'estimate', 'lower95', 'upper95']];
  for (const name of [...COEFFICIENTS, 'allocationExponent'] as const) {
    const value = name === 'allocationExponent' ? outcome.allocationExponent : outcome.law[name];
    const iv = outcome.intervals?.[name];
    rows.push([name, String(value), iv ? String(iv.lower) : '', iv ? String(iv.upper) : '']);
  }
  return `${rows.map((r) => r.join(',')).join('\n')}\n`;
}

/** Saves text as a file, with the figure frame's download code (loaded on the first click, like the frame's own). */
export async function download(text: string, type: string, filename: string): Promise<void> {
  const { downloadBlob } = await import('../figure/actions');
  downloadBlob(new Blob([text], { type }), filename);
}
