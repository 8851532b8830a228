/**
 * What a reader needs around an Approach-3 fit (./fit-multistart.ts) of their own runs: a seeded synthetic dataset to show on
 * first visit, residuals against compute, the compute-optimal frontier with its bootstrap band, and the published
 * laws to compare with. Pure functions: they run in the browser, in a Web Worker and in Node.
 * Units: N params, D tokens, C = 6·N·D FLOPs, loss L in nats/token.
 */
import { chinchillaLoss, checkChinchillaParams, computeOptimal, type ChinchillaParams } from './chinchilla';
import { createRandom } from './random';
import { logSpace, requireFinite, requireNonNegative, requirePositive, requirePositiveInteger } from './stats';

/** One training run (the same shape as fit-kernel.ts's TrainingRun). */
export interface RunPoint {
  params: number;
  tokens: number;
  loss: number;
}

/** How a synthetic IsoFLOP-style dataset is laid out. */
export interface SyntheticRunsSpec {
  /** Compute budgets in FLOPs; each budget gets `sizesPerBudget` model sizes. */
  budgets: readonly number[];
  sizesPerBudget: number;
  /** Model sizes span N_opt(C)/spanFactor … N_opt(C)·spanFactor (log-spaced). */
  spanFactor: number;
  /** Standard deviation of the multiplicative noise on the loss: L·exp(σ·z), z ~ N(0, 1). */
  noise: number;
  seed: number;
}

/**
 * The built-in example of the fit-your-runs tool: 9 budgets from 6e18 to 3e21 FLOPs (the span of Hoffmann et al.
 * 2022's IsoFLOP runs, §3.2), 9 model sizes per budget within 6× of the optimum, losses from the unrounded
 * Hoffmann law with 1% multiplicative noise, seed 2022. Ours, not the paper's data.
 */
export const EXAMPLE_RUNS_SPEC: SyntheticRunsSpec = {
  budgets: logSpace(6e18, 3e21, 9),
  sizesPerBudget: 9,
  spanFactor: 6,
  noise: 0.01,
  seed: 2022,
};

/**
 * Training runs laid out like IsoFLOP profiles (Hoffmann et al. 2022 §3.2): for each budget C, model sizes
 * log-spaced around the law's N_opt(C), D = C/(6N), and loss L(N, D)·exp(σz) with seeded normal z (random.ts).
 * Deterministic for a seed. Example: syntheticRuns(LAWS.hoffmann2022, EXAMPLE_RUNS_SPEC).length → 81; with
 * noise 0 every loss equals chinchillaLoss(law, N, D).
 */
export function syntheticRuns(law: ChinchillaParams, spec: SyntheticRunsSpec): RunPoint[] {
  checkChinchillaParams(law);
  requirePositiveInteger('sizesPerBudget', spec.sizesPerBudget);
  requirePositive('spanFactor', spec.spanFactor);
  requireNonNegative('noise', spec.noise);
  requireFinite('seed', spec.seed);
  const random = createRandom(spec.seed);
  const runs: RunPoint[] = [];
  spec.budgets.forEach((flops, i) => {
    requirePositive(`budgets[${i}]`, flops);
    const centre = computeOptimal(law, flops).params;
    const sizes = spec.sizesPerBudget === 1 ? [centre] : logSpace(centre / spec.spanFactor, centre * spec.spanFactor, spec.sizesPerBudget);
    for (const params of sizes) {
      const tokens = Math.exp(Math.log(flops) - Math.log(6) - Math.log(params));
      const loss = chinchillaLoss(law, params, tokens) * Math.exp(random.normal(0, spec.noise));
      runs.push({ params, tokens, loss });
    }
  });
  return runs;
}

/** A run with its compute and its residual against a law. */
export interface RunResidual {
  params: number;
  tokens: number;
  loss: number;
  /** C = 6·N·D, FLOPs. */
  flops: number;
  /** The law's prediction L̂(N, D), nats/token. */
  predicted: number;
  /** ln L − ln L̂ (dimensionless; ≈ the relative error for small values), the residual eq (11) is built on. */
  residual: number;
}

/**
 * Residuals of runs against a Chinchilla-form law: ln L − ln L̂(N, D), with C = 6ND (Hoffmann et al. 2022 eq 11's
 * residual, sign flipped so that a run above the law is positive). Throws RangeError on a non-positive run.
 * Example: a run exactly on the law has residual 0; one with 1% more loss has residual ln 1.01 = 0.00995.
 */
export function runResiduals(law: ChinchillaParams, runs: readonly RunPoint[]): RunResidual[] {
  checkChinchillaParams(law);
  return runs.map((run, i) => {
    requirePositive(`runs[${i}].params`, run.params);
    requirePositive(`runs[${i}].tokens`, run.tokens);
    requirePositive(`runs[${i}].loss`, run.loss);
    const predicted = chinchillaLoss(law, run.params, run.tokens);
    return {
      params: run.params,
      tokens: run.tokens,
      loss: run.loss,
      flops: Math.exp(Math.log(6) + Math.log(run.params) + Math.log(run.tokens)),
      predicted,
      residual: Math.log(run.loss) - Math.log(predicted),
    };
  });
}

/** A pointwise interval of the compute-optimal size at one budget. */
export interface FrontierBandPoint {
  flops: number;
  /** Lower and upper percentiles of N_opt(C) over the bootstrap laws, params. */
  lower: number;
  upper: number;
  /** Median N_opt(C), params. */
  median: number;
}

/** Bootstrap laws as parallel arrays (the `samples` of fit-bootstrap.ts's BootstrapResult qualify). */
export interface LawSamples {
  E: ArrayLike<number>;
  A: ArrayLike<number>;
  B: ArrayLike<number>;
  alpha: ArrayLike<number>;
  beta: ArrayLike<number>;
}

function percentileSorted(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}

/**
 * Pointwise bootstrap band of the compute-optimal frontier: at each budget C, the (1−level)/2 and (1+level)/2
 * percentiles (linear interpolation, R type 7) and the median of N_opt(C) = G(C/6)^a (Hoffmann eq 4) over the
 * bootstrap laws. Laws whose frontier leaves the double range at some C are skipped there. Returns [] when no
 * law is usable. Example: 200 resamples (seed 42) of the 240 Fig. 4 runs at C = 5.76e23 → 5.3e10 to 1.16e11 params, median 7.5e10.
 */
export function frontierBand(samples: LawSamples, flopsGrid: readonly number[], level = 0.95): FrontierBandPoint[] {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}.`);
  const count = samples.alpha.length;
  const out: FrontierBandPoint[] = [];
  for (const [i, flops] of flopsGrid.entries()) {
    requirePositive(`flopsGrid[${i}]`, flops);
    const values: number[] = [];
    for (let j = 0; j < count; j++) {
      try {
        const law = { E: samples.E[j], A: samples.A[j], B: samples.B[j], alpha: samples.alpha[j], beta: samples.beta[j] };
        const n = computeOptimal(law, flops).params;
        if (Number.isFinite(n) && n > 0) values.push(n);
      } catch {
        // an unusable resample law (e.g. α ≤ 0) is left out at this budget
      }
    }
    if (values.length === 0) continue;
    values.sort((a, b) => a - b);
    const tail = (1 - level) / 2;
    out.push({
      flops,
      lower: percentileSorted(values, tail),
      upper: percentileSorted(values, 1 - tail),
      median: percentileSorted(values, 0.5),
    });
  }
  return out;
}

/**
 * Evenly thinned indices 0…n−1 keeping at most `max` (first and last kept), for drawing a large dataset
 * without drawing every point. Example: thinIndices(10, 4) → [0, 3, 6, 9]; thinIndices(3, 10) → [0, 1, 2].
 */
export function thinIndices(n: number, max: number): number[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}.`);
  requirePositiveInteger('max', max);
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  if (max === 1) return [0];
  const out: number[] = [];
  for (let k = 0; k < max; k++) out.push(Math.round((k * (n - 1)) / (max - 1)));
  return out;
}

/**
 * The band at one budget, interpolated linearly in (ln C, ln N) between the grid budgets around it; null outside
 * the grid. Example: on a band drawn at 1e23 and 1e24, bandAtBudget(band, 5.76e23) reads between the two.
 */
export function bandAtBudget(band: readonly FrontierBandPoint[], flops: number): FrontierBandPoint | null {
  requirePositive('flops', flops);
  for (let i = 0; i < band.length; i++) {
    const b = band[i];
    if (b.flops === flops) return { ...b };
    const next = band[i + 1];
    if (next && b.flops < flops && flops < next.flops) {
      const t = (Math.log(flops) - Math.log(b.flops)) / (Math.log(next.flops) - Math.log(b.flops));
      const mix = (u: number, v: number) => Math.exp((1 - t) * Math.log(u) + t * Math.log(v));
      return { flops, lower: mix(b.lower, next.lower), median: mix(b.median, next.median), upper: mix(b.upper, next.upper) };
    }
  }
  return null;
}

/**
 * Size of the residuals: root mean square and largest absolute value of ln L − ln L̂ (0 and 0 for none).
 * Example: residuals 0.01 and −0.01 → { rms: 0.01, maxAbs: 0.01 }.
 */
export function residualSummary(residuals: ReadonlyArray<{ residual: number }>): { rms: number; maxAbs: number } {
  if (residuals.length === 0) return { rms: 0, maxAbs: 0 };
  let sum = 0;
  let maxAbs = 0;
  for (const r of residuals) {
    requireFinite('residual', r.residual);
    sum += r.residual * r.residual;
    maxAbs = Math.max(maxAbs, Math.abs(r.residual));
  }
  return { rms: Math.sqrt(sum / residuals.length), maxAbs };
}
