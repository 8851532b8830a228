/**
 * Bootstrap percentile intervals for the Approach-3 fit of Hoffmann et al. 2022 (./fit-multistart.ts), as in
 * Besiroglu et al. 2024 (arXiv 2404.10102): resample the runs with replacement, refit, take percentiles.
 * Pure TypeScript, no DOM or Node API: runs in a Web Worker, in chunks (`createBootstrap`).
 */
import { mulberry32 } from './random';
import { HOFFMANN_HUBER_DELTA, allocationExponent, prepareRuns, prepareLogs, type LogSpaceParams, type TrainingRun } from './fit-kernel';
import {
  createFitter,
  createMultiStart,
  startingPoints,
  FitCancelledError,
  type CancellationSignal,
  type ChinchillaFit,
  type ChinchillaFitter,
  type FitProgress,
  type StartGrid,
  type StepBudget,
} from './fit-multistart';

const now: () => number = typeof globalThis.performance?.now === 'function' ? () => globalThis.performance.now() : () => Date.now();

/** Options of {@link bootstrapChinchilla}. All are optional. */
export interface BootstrapOptions {
  /** Number of bootstrap resamples. Default 1000 (Besiroglu et al. use 4000). */
  resamples?: number;
  /** Seed of the mulberry32 generator that draws the resamples. Default 42. */
  seed?: number;
  /**
   * Starting points for each resample's fit. Default 'local': the full-data optimum and 10
   * points around it (each coordinate moved by ±1 in a and b, ±0.1 in e, ±0.05 in α and β).
   * Any {@link StartGrid} may be given instead (e.g. 'coarse' for more robustness, at ~20× the time).
   */
  grid?: 'local' | StartGrid;
  /** The full-data fit to centre the local grid on; computed with `centerGrid` if omitted. */
  center?: ChinchillaFit;
  /** Grid for the full-data fit when `center` is omitted. Default 'hoffmann'. */
  centerGrid?: StartGrid;
  /** Central probability of the intervals. Default 0.95 (2.5th and 97.5th percentiles). */
  level?: number;
  /** Huber δ. Default 10⁻³. */
  delta?: number;
  /** L-BFGS iteration limit per start. */
  maxIterations?: number;
  /**
   * L-BFGS tolerances for each resample's fit (see {@link FitOptions}). Defaults 1e-15 and 1e-11,
   * far tighter than scipy's: with scipy's ftol (effectively absolute, while eq (11) is ~10⁻³)
   * a fit started near the optimum stops after a few steps and the bootstrap spread collapses —
   * the loss-scale problem Besiroglu et al. 2024 diagnose in Hoffmann's fit.
   */
  functionTolerance?: number;
  gradientTolerance?: number;
  /** Called with (fits done, total fits); total counts the full-data fit's starts (if run) and every resample's. */
  onProgress?: (done: number, total: number) => void;
  /** Checked before every start; throws {@link FitCancelledError} when aborted. */
  signal?: CancellationSignal;
}

/** Default L-BFGS tolerances of a bootstrap resample's fit (see `BootstrapOptions.functionTolerance`). */
const BOOTSTRAP_FUNCTION_TOLERANCE = 1e-15;
const BOOTSTRAP_GRADIENT_TOLERANCE = 1e-11;

/** A percentile interval [lower, upper]. */
export interface Interval {
  lower: number;
  upper: number;
}

/** Bootstrap distribution of the Approach-3 parameters. */
export interface BootstrapResult {
  /** The full-data fit the intervals are around. */
  fit: ChinchillaFit;
  /** Resamples whose fit reached a finite objective (all of them, normally). */
  resamples: number;
  seed: number;
  level: number;
  /** Percentile intervals (e.g. 2.5th–97.5th) for each constant and for a = β/(α+β). */
  intervals: {
    E: Interval;
    A: Interval;
    B: Interval;
    alpha: Interval;
    beta: Interval;
    allocationExponent: Interval;
  };
  /** The fitted value on each resample, in resample order. */
  samples: {
    E: Float64Array;
    A: Float64Array;
    B: Float64Array;
    alpha: Float64Array;
    beta: Float64Array;
    allocationExponent: Float64Array;
    /** Best eq-(11) objective of each resample's fit (resampled runs counted with multiplicity). */
    objective: Float64Array;
  };
}

/** Percentile with linear interpolation between order statistics (R type 7, numpy's default). */
function percentile(sorted: Float64Array, probability: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * probability;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}

function localStarts(center: LogSpaceParams): LogSpaceParams[] {
  const moves: [keyof LogSpaceParams, number][] = [
    ['a', 1],
    ['b', 1],
    ['e', 0.1],
    ['alpha', 0.05],
    ['beta', 0.05],
  ];
  const starts: LogSpaceParams[] = [{ ...center }];
  for (const [key, size] of moves) {
    starts.push({ ...center, [key]: center[key] - size });
    starts.push({ ...center, [key]: center[key] + size });
  }
  return starts;
}

/**
 * Bootstrap percentile intervals for the Approach-3 constants and the allocation exponent
 * a = β/(α+β): resample the runs with replacement (seeded mulberry32), refit each resample, and
 * take the 2.5th and 97.5th percentiles (for `level` 0.95).
 *
 * Design choices:
 * - A resample's fit starts near the full-data optimum (11 points, see `grid: 'local'`) instead
 *   of from Hoffmann's 4,500-point grid, which would make 1,000 resamples take over an hour.
 * - Those fits run with tight L-BFGS tolerances (1e-15 / 1e-11). With scipy's defaults a fit
 *   started at the full-data optimum stops almost at once (eq (11) is ~10⁻³, and the default
 *   test is absolute), so every resample would return nearly the same law and the intervals
 *   would be far too narrow. With the tight tolerances the 11 local starts reached the same
 *   optimum as the 243-point coarse grid (to 1e-14 relative) on 30 of 30 resamples we checked;
 *   the unit tests repeat this check on a few resamples.
 * - The full-data fit itself (`center`) uses scipy's defaults and the Hoffmann grid, like
 *   {@link fitChinchilla}.
 * Besiroglu et al. 2024 likewise start every bootstrap fit from one fixed initial point.
 * Source: Besiroglu et al. 2024 (arXiv 2404.10102), data_analysis.ipynb (4,000 bootstraps).
 * @param runs training runs (N params, D tokens, L nats/token)
 * @param options resamples (1000), seed (42), grid ('local'), level (0.95), center, onProgress, signal
 * @example
 * // 1,000 resamples of the 240 Fig. 4 runs (about 15 s on one core):
 * bootstrapChinchilla(chinchillaRuns, { resamples: 1000 }).intervals.alpha
 * // ≈ { lower: 0.315, upper: 0.371 } (Besiroglu et al. report 0.317–0.373 for their final fit)
 */
export function bootstrapChinchilla(runs: readonly TrainingRun[], options: BootstrapOptions = {}): BootstrapResult {
  const bootstrap = createBootstrap(runs, options);
  bootstrap.step();
  return bootstrap.result();
}

/** An incremental bootstrap, for a Web Worker to drive in chunks (see {@link createBootstrap}). */
export interface ChinchillaBootstrap {
  /** Total L-BFGS starts: the full-data fit's (unless `center` was given) plus every resample's. */
  readonly total: number;
  /** Starts finished so far. */
  readonly done: number;
  /** True when every resample has been fitted. */
  readonly finished: boolean;
  /**
   * Runs starts until the budget is spent (at least one per call unless finished); no budget =
   * run to the end. Throws {@link FitCancelledError} if the signal is aborted (checked before
   * each start).
   */
  step(budget?: StepBudget): FitProgress;
  /** The intervals and samples; throws if not finished. */
  result(): BootstrapResult;
}

/**
 * Creates an incremental {@link bootstrapChinchilla}: same options, same resamples (same seed)
 * and the same result, computed in chunks by `step({ milliseconds })` so that a Web Worker can
 * post progress and read a cancel message between chunks.
 * Source: Besiroglu et al. 2024 (arXiv 2404.10102), data_analysis.ipynb (bootstrap intervals).
 * @param runs training runs (N params, D tokens, L nats/token)
 * @param options as for {@link bootstrapChinchilla}
 * @example
 * const bootstrap = createBootstrap(chinchillaRuns, { resamples: 1000, center: fit });
 * while (!bootstrap.finished) postMessage(bootstrap.step({ milliseconds: 50 })); // total 11,000 starts
 * bootstrap.result().intervals.allocationExponent; // ≈ { lower: 0.483, upper: 0.557 }
 */
export function createBootstrap(runs: readonly TrainingRun[], options: BootstrapOptions = {}): ChinchillaBootstrap {
  const data = prepareRuns(runs, 'bootstrapChinchilla');
  const resamples = Math.floor(options.resamples ?? 1000);
  if (!(resamples >= 1)) throw new RangeError(`bootstrapChinchilla: resamples must be ≥ 1, got ${options.resamples}`);
  const seed = options.seed ?? 42;
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new RangeError(`bootstrapChinchilla: level must be in (0, 1), got ${level}`);
  const delta = options.delta ?? HOFFMANN_HUBER_DELTA;
  const { onProgress, signal } = options;
  const gridOption = options.grid ?? 'local';

  // Phase 1 (unless a center is given): the full-data fit, with scipy's default tolerances.
  let centerFitter: ChinchillaFitter | null = options.center ? null : createFitter(runs, { delta, grid: options.centerGrid ?? 'hoffmann', maxIterations: options.maxIterations });
  let fit: ChinchillaFit | null = options.center ?? null;
  const startsFor = (center: ChinchillaFit) => (gridOption === 'local' ? localStarts(center.logSpace) : startingPoints(gridOption));
  const perResample = gridOption === 'local' ? 11 : startingPoints(gridOption).length;
  let starts: LogSpaceParams[] | null = fit ? startsFor(fit) : null;
  const total = (centerFitter ? centerFitter.total : 0) + resamples * perResample;

  // Phase 2: one resample at a time, each fitted from `starts` with tight tolerances.
  const resampleLimits = {
    maxIterations: options.maxIterations,
    functionTolerance: options.functionTolerance ?? BOOTSTRAP_FUNCTION_TOLERANCE,
    gradientTolerance: options.gradientTolerance ?? BOOTSTRAP_GRADIENT_TOLERANCE,
  };
  const random = mulberry32(seed);
  const count = data.logParams.length;
  const multiplicity = new Uint32Array(count);
  const names = ['E', 'A', 'B', 'alpha', 'beta', 'allocationExponent', 'objective'] as const;
  const samples = Object.fromEntries(names.map((k) => [k, new Float64Array(resamples)])) as BootstrapResult['samples'];
  let drawn = 0;
  let kept = 0;
  let done = 0;
  let current: ReturnType<typeof createMultiStart> | null = null;
  let cached: BootstrapResult | null = null;

  function drawResample(startPoints: readonly LogSpaceParams[]): ReturnType<typeof createMultiStart> {
    multiplicity.fill(0);
    for (let j = 0; j < count; j++) multiplicity[Math.floor(random() * count)]++;
    drawn++;
    // Weighted objective over the distinct drawn runs (same sum as the resampled list).
    let distinct = 0;
    for (let j = 0; j < count; j++) if (multiplicity[j] > 0) distinct++;
    const logParams = new Float64Array(distinct);
    const logTokens = new Float64Array(distinct);
    const logLoss = new Float64Array(distinct);
    const weight = new Float64Array(distinct);
    for (let j = 0, k = 0; j < count; j++) {
      if (multiplicity[j] === 0) continue;
      logParams[k] = data.logParams[j];
      logTokens[k] = data.logTokens[j];
      logLoss[k] = data.logLoss[j];
      weight[k] = multiplicity[j];
      k++;
    }
    return createMultiStart(prepareLogs(logParams, logTokens, logLoss, weight), startPoints, delta, resampleLimits);
  }

  function runOneStart(): void {
    if (centerFitter) {
      centerFitter.step({ starts: 1 });
      done++;
      if (centerFitter.finished) {
        fit = centerFitter.result();
        starts = startsFor(fit);
        centerFitter = null;
      }
      return;
    }
    const startPoints = starts as LogSpaceParams[];
    if (!current) current = drawResample(startPoints);
    current.runNext();
    done++;
    if (current.state.done < startPoints.length) return;
    if (current.state.bestIndex >= 0) {
      const result = current.result();
      const law = result.law;
      samples.objective[kept] = result.objective;
      samples.E[kept] = law.E;
      samples.A[kept] = law.A;
      samples.B[kept] = law.B;
      samples.alpha[kept] = law.alpha;
      samples.beta[kept] = law.beta;
      samples.allocationExponent[kept] = allocationExponent(law);
      kept++;
    }
    current = null;
  }

  const isFinished = () => drawn >= resamples && current === null && centerFitter === null;

  return {
    total,
    get done() {
      return done;
    },
    get finished() {
      return isFinished();
    },
    step(budget: StepBudget = {}): FitProgress {
      const maxStarts = budget.starts ?? Infinity;
      const deadline = budget.milliseconds === undefined ? Infinity : now() + budget.milliseconds;
      let ran = 0;
      while (!isFinished()) {
        if (signal?.aborted) throw new FitCancelledError('Chinchilla bootstrap cancelled');
        runOneStart();
        ran++;
        onProgress?.(done, total);
        if (ran >= maxStarts || (deadline !== Infinity && now() >= deadline)) break;
      }
      return { done, total, finished: isFinished(), bestObjective: fit ? fit.objective : Infinity };
    },
    result(): BootstrapResult {
      if (!isFinished()) throw new Error(`createBootstrap: result() called after ${done} of ${total} starts`);
      if (cached) return cached;
      const tail = (1 - level) / 2;
      const intervals = {} as BootstrapResult['intervals'];
      const trimmed = {} as BootstrapResult['samples'];
      for (const name of names) {
        trimmed[name] = samples[name].slice(0, kept);
        if (name === 'objective') continue;
        const sorted = trimmed[name].slice().sort();
        intervals[name] = { lower: percentile(sorted, tail), upper: percentile(sorted, 1 - tail) };
      }
      cached = { fit: fit as ChinchillaFit, resamples: kept, seed, level, intervals, samples: trimmed };
      return cached;
    },
  };
}
