/**
 * Approach 3 of Hoffmann et al. 2022 (arXiv 2203.15556, §3.3 and App. D.2): fit L̂(N, D) = E + A/N^α + B/D^β to
 * training runs by minimising eq (11) (./fit-kernel.ts) with L-BFGS from a grid of starting points.
 *
 * Each of Hoffmann's 4,500 starting points (α, β ∈ {0, 0.5, …, 2}, e ∈ {−1, −0.5, …, 1}, a, b ∈ {0, 5, …, 25}) is
 * minimised; the best objective wins, and A, B, E = exp(a), exp(b), exp(e). Besiroglu et al. 2024 (arXiv 2404.10102)
 * replicate this grid fit on the 240 runs they extracted from Hoffmann's Fig. 4 (see src/data/).
 *
 * Every start runs to convergence (no early abandonment): we know of no test that proves a start cannot end below
 * the current best, so none is skipped. One reusable L-BFGS workspace (./lbfgs.ts) serves every start.
 *
 * Pure TypeScript, no DOM or Node API: runs in a Web Worker. `createFitter` lets a worker fit in chunks, posting
 * progress and honouring cancellation between chunks.
 */
import type { ChinchillaParams } from './chinchilla';
import { createMinimizer, type StopReason } from './lbfgs';
import { HOFFMANN_HUBER_DELTA, allocationExponent, lawFromLogSpace, makeKernel, prepareRuns, type LogSpaceParams, type PreparedRuns, type TrainingRun } from './fit-kernel';

/** A grid given by its axes; the starting points are their Cartesian product. */
export interface GridAxes {
  a: readonly number[];
  b: readonly number[];
  e: readonly number[];
  alpha: readonly number[];
  beta: readonly number[];
}

/**
 * Starting points for the fit: Hoffmann's 4,500-point grid, a 243-point coarse grid
 * (α, β ∈ {0, 1, 2}, e ∈ {−1, 0, 1}, a, b ∈ {0, 10, 20}), the axes of a custom grid, or an
 * explicit list of points.
 */
export type StartGrid = 'hoffmann' | 'coarse' | GridAxes | readonly LogSpaceParams[];

/** AbortSignal-like cancellation flag; an `AbortController().signal` qualifies. */
export interface CancellationSignal {
  readonly aborted: boolean;
}

/**
 * Hoffmann's initialisation grid (App. D.2): α, β ∈ {0, 0.5, …, 2}, e ∈ {−1, −0.5, …, 1},
 * a, b ∈ {0, 5, …, 25}; 5 × 5 × 5 × 6 × 6 = 4,500 starting points.
 * @example startingPoints(HOFFMANN_GRID).length // 4500
 */
export const HOFFMANN_GRID: GridAxes = Object.freeze({
  a: Object.freeze([0, 5, 10, 15, 20, 25]),
  b: Object.freeze([0, 5, 10, 15, 20, 25]),
  e: Object.freeze([-1, -0.5, 0, 0.5, 1]),
  alpha: Object.freeze([0, 0.5, 1, 1.5, 2]),
  beta: Object.freeze([0, 0.5, 1, 1.5, 2]),
});

/**
 * A coarse version of Hoffmann's grid with the same span, for quick fits and unit tests:
 * α, β ∈ {0, 1, 2}, e ∈ {−1, 0, 1}, a, b ∈ {0, 10, 20}; 3⁵ = 243 starting points (ours, not
 * the paper's). On the 240 Fig. 4 runs it reaches the same optimum as the full grid.
 * @example startingPoints(COARSE_GRID).length // 243
 */
export const COARSE_GRID: GridAxes = Object.freeze({
  a: Object.freeze([0, 10, 20]),
  b: Object.freeze([0, 10, 20]),
  e: Object.freeze([-1, 0, 1]),
  alpha: Object.freeze([0, 1, 2]),
  beta: Object.freeze([0, 1, 2]),
});

/**
 * Lists the starting points of a grid, in the order a, b, e, α, β (outermost to innermost,
 * as Python's `itertools.product(a, b, e, alpha, beta)`).
 * Source: Hoffmann et al. 2022 App. D.2 for 'hoffmann'.
 * @param grid 'hoffmann' (4,500 points), 'coarse' (243), custom axes, or a list of points
 * @example startingPoints('hoffmann')[0] // { a: 0, b: 0, e: -1, alpha: 0, beta: 0 }
 */
export function startingPoints(grid: StartGrid = 'hoffmann'): LogSpaceParams[] {
  if (Array.isArray(grid)) return (grid as readonly LogSpaceParams[]).map((p) => ({ ...p }));
  const axes = grid === 'hoffmann' ? HOFFMANN_GRID : grid === 'coarse' ? COARSE_GRID : (grid as GridAxes);
  if (typeof axes !== 'object' || axes === null || !('alpha' in axes)) {
    throw new TypeError(`startingPoints: unknown grid ${String(grid)}`);
  }
  const points: LogSpaceParams[] = [];
  for (const a of axes.a) for (const b of axes.b) for (const e of axes.e) for (const alpha of axes.alpha) for (const beta of axes.beta) points.push({ a, b, e, alpha, beta });
  return points;
}

/** Options of {@link fitChinchilla} and {@link createFitter}. All are optional. */
export interface FitOptions {
  /** Huber δ. Default 10⁻³ (Hoffmann App. D.2). */
  delta?: number;
  /** Starting points. Default 'hoffmann' (4,500 points). */
  grid?: StartGrid;
  /** Called after each start with (starts done, total starts); monotone, ends at total. */
  onProgress?: (done: number, total: number) => void;
  /** Checked before every start; when `aborted`, the fit throws {@link FitCancelledError}. */
  signal?: CancellationSignal;
  /** L-BFGS iteration limit per start. Default 15000 (scipy's L-BFGS-B `maxiter`). */
  maxIterations?: number;
  /**
   * L-BFGS stop on relative decrease (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) ≤ this.
   * Default 2.22e-9 (scipy's `ftol`). Because eq (11) sums Huber losses of size ~10⁻⁶ per run,
   * the max(…, 1) makes this an absolute test; lower it (e.g. 1e-15) to polish a fit to data
   * that the law matches exactly.
   */
  functionTolerance?: number;
  /** L-BFGS stop on max |∂f/∂x_i| ≤ this. Default 1e-5 (scipy's `gtol`). */
  gradientTolerance?: number;
}

/** The result of an Approach-3 fit. */
export interface ChinchillaFit {
  /** The best law found: E (nats/token), A, B, α, β. */
  law: ChinchillaParams;
  /** The same in log space (a = ln A, b = ln B, e = ln E). */
  logSpace: LogSpaceParams;
  /** Best value of the eq-(11) objective (sum of Huber losses). */
  objective: number;
  /** a = β/(α + β), the exponent of N_opt ∝ C^a (Hoffmann eq 4). */
  allocationExponent: number;
  /** Number of starting points run. */
  starts: number;
  /** Starts whose L-BFGS run converged (gradient or function test). */
  convergedStarts: number;
  /** Index (in grid order) and coordinates of the start that produced the best objective. */
  bestStartIndex: number;
  bestStart: LogSpaceParams;
  /** Why the best start's L-BFGS run stopped. */
  stopReason: StopReason;
  /** L-BFGS iterations and objective evaluations, summed over all starts. */
  iterations: number;
  evaluations: number;
}

/** Progress of an incremental fit. */
export interface FitProgress {
  /** Starting points finished. */
  done: number;
  /** Starting points in the grid. */
  total: number;
  /** True when every start has run; `result()` is then available. */
  finished: boolean;
  /** Best objective so far (Infinity before the first finite one). */
  bestObjective: number;
}

/** How much work one `step` may do: stop after `starts` starts or `milliseconds` ms, whichever first. */
export interface StepBudget {
  starts?: number;
  milliseconds?: number;
}

/** An incremental Approach-3 fit, for a Web Worker to drive in chunks. */
export interface ChinchillaFitter {
  /** Total starting points. */
  readonly total: number;
  /** Starting points finished so far. */
  readonly done: number;
  /** True when every start has run. */
  readonly finished: boolean;
  /**
   * Runs starts until the budget is spent (at least one start per call unless finished), then
   * returns the progress. No budget = run to the end. Throws {@link FitCancelledError} if the
   * signal is aborted (checked before each start).
   */
  step(budget?: StepBudget): FitProgress;
  /** The fit; throws if not finished. */
  result(): ChinchillaFit;
}

/**
 * Thrown when a fit or bootstrap is cancelled through its `signal`. Recognise it with
 * `error instanceof FitCancelledError` or, across a worker boundary, `error.name === 'FitCancelledError'`.
 */
export class FitCancelledError extends Error {
  constructor(message = 'Chinchilla fit cancelled') {
    super(message);
    this.name = 'FitCancelledError';
  }
}

/**
 * Why a fit could not give a law, as a code for the interface to word (the tools' catalogues): `no-finite-start`, no starting
 * point of the grid reached a finite objective (runs so extreme that every start overflows).
 */
export type FitFailure = 'no-finite-start';

/**
 * Thrown when valid runs still give no law. `code` says why (the interface words it); the message is for developers.
 * Across a worker boundary, recognise it by `error.name === 'FitError'` and read `code`.
 */
export class FitError extends Error {
  readonly code: FitFailure;
  constructor(code: FitFailure, message: string) {
    super(message);
    this.name = 'FitError';
    this.code = code;
  }
}

const now: () => number = typeof globalThis.performance?.now === 'function' ? () => globalThis.performance.now() : () => Date.now();

function toVector(p: LogSpaceParams, into: Float64Array): Float64Array {
  into[0] = p.a;
  into[1] = p.b;
  into[2] = p.e;
  into[3] = p.alpha;
  into[4] = p.beta;
  return into;
}

function fromVector(x: Float64Array): LogSpaceParams {
  return { a: x[0], b: x[1], e: x[2], alpha: x[3], beta: x[4] };
}

/**
 * Core multi-start loop on prepared data, shared by the fitter and the bootstrap (internal): L-BFGS from each start
 * in turn, keeping the lowest objective of eq (11) (Hoffmann et al. 2022 App. D.2).
 */
export function createMultiStart(
  data: PreparedRuns,
  starts: readonly LogSpaceParams[],
  delta: number,
  limits: Pick<FitOptions, 'maxIterations' | 'functionTolerance' | 'gradientTolerance'>,
) {
  if (!(delta > 0)) throw new RangeError(`fitChinchilla: delta must be > 0, got ${delta}`);
  if (starts.length === 0) throw new RangeError('fitChinchilla: the grid has no starting points');
  const objective = makeKernel(data, delta);
  const minimizer = createMinimizer(5, {
    maxIterations: limits.maxIterations,
    functionTolerance: limits.functionTolerance,
    gradientTolerance: limits.gradientTolerance,
  });
  const x = new Float64Array(5);
  const best = new Float64Array(5);
  const state = {
    done: 0,
    bestObjective: Infinity,
    bestIndex: -1,
    bestReason: 'nonFinite' as StopReason,
    converged: 0,
    iterations: 0,
    evaluations: 0,
  };
  return {
    state,
    /** Runs start number `state.done`. */
    runNext(): void {
      const index = state.done;
      toVector(starts[index], x);
      const outcome = minimizer.run(objective, x);
      state.iterations += outcome.iterations;
      state.evaluations += outcome.evaluations;
      if (outcome.converged) state.converged++;
      if (Number.isFinite(outcome.value) && outcome.value < state.bestObjective) {
        state.bestObjective = outcome.value;
        state.bestIndex = index;
        state.bestReason = outcome.reason;
        best.set(x);
      }
      state.done = index + 1;
    },
    result(): ChinchillaFit {
      if (state.bestIndex < 0) {
        throw new FitError('no-finite-start', 'fitChinchilla: no starting point reached a finite objective');
      }
      const logSpace = fromVector(best);
      return {
        law: lawFromLogSpace(logSpace),
        logSpace,
        objective: state.bestObjective,
        allocationExponent: allocationExponent(logSpace),
        starts: state.done,
        convergedStarts: state.converged,
        bestStartIndex: state.bestIndex,
        bestStart: { ...starts[state.bestIndex] },
        stopReason: state.bestReason,
        iterations: state.iterations,
        evaluations: state.evaluations,
      };
    },
  };
}

/**
 * Creates an incremental Approach-3 fit that a Web Worker can run in chunks: call
 * `step({ milliseconds: 50 })`, post the returned progress, and schedule the next chunk with
 * `setTimeout(…, 0)` so the worker can receive a cancel message in between (a one-shot
 * {@link fitChinchilla} blocks the worker, so its `signal` can only be flipped by something
 * that runs meanwhile, such as a flag in shared memory). Read `result()` when `finished`.
 * Same starts, order and result as {@link fitChinchilla}.
 * Source: Hoffmann et al. 2022 App. D.2 (objective eq 11, grid, L-BFGS).
 * @param runs training runs (N params, D tokens, L nats/token)
 * @param options δ, grid, progress callback, cancellation signal, iteration limit
 * @example
 * const fitter = createFitter(chinchillaRuns, { grid: 'hoffmann' });
 * while (!fitter.finished) postMessage(fitter.step({ milliseconds: 50 })); // { done, total: 4500, ... }
 * fitter.result().law; // ≈ { E: 1.817, A: 477.8, B: 2143, alpha: 0.3473, beta: 0.3672 }
 */
export function createFitter(runs: readonly TrainingRun[], options: FitOptions = {}): ChinchillaFitter {
  const data = prepareRuns(runs, 'createFitter');
  const starts = startingPoints(options.grid ?? 'hoffmann');
  const core = createMultiStart(data, starts, options.delta ?? HOFFMANN_HUBER_DELTA, options);
  const { state } = core;
  const total = starts.length;
  const { onProgress, signal } = options;

  const progress = (): FitProgress => ({
    done: state.done,
    total,
    finished: state.done >= total,
    bestObjective: state.bestObjective,
  });

  return {
    total,
    get done() {
      return state.done;
    },
    get finished() {
      return state.done >= total;
    },
    step(budget: StepBudget = {}): FitProgress {
      const maxStarts = budget.starts ?? Infinity;
      const deadline = budget.milliseconds === undefined ? Infinity : now() + budget.milliseconds;
      let ran = 0;
      while (state.done < total) {
        if (signal?.aborted) throw new FitCancelledError();
        core.runNext();
        ran++;
        onProgress?.(state.done, total);
        if (ran >= maxStarts || (deadline !== Infinity && now() >= deadline)) break;
      }
      return progress();
    },
    result(): ChinchillaFit {
      if (state.done < total) {
        throw new Error(`createFitter: result() called after ${state.done} of ${total} starts`);
      }
      return core.result();
    },
  };
}

/**
 * Fits L(N, D) = E + A/N^α + B/D^β to training runs with Hoffmann's Approach 3: L-BFGS on the
 * Huber (δ = 10⁻³) loss of log-loss residuals (eq 11) from every point of a starting grid
 * (default: Hoffmann's 4,500 points), keeping the best objective.
 * Source: Hoffmann et al. 2022 §3.3, App. D.2; replication: Besiroglu et al. 2024.
 * @param runs training runs: params N (count), tokens D (count), loss L (nats/token)
 * @param options `delta`, `grid` ('hoffmann' | 'coarse' | axes | points), `onProgress(done, total)`,
 *   `signal` ({ aborted }), `maxIterations` per start
 * @returns the best law, its objective, a = β/(α+β), and run statistics
 * @throws FitCancelledError when `signal.aborted` becomes true (checked between starts)
 * @example
 * // The 240 Fig. 4 runs of Besiroglu et al. (src/data/chinchilla-runs.ts):
 * fitChinchilla(chinchillaRuns).law
 * // ≈ { E: 1.8172, A: 477.8, B: 2143.4, alpha: 0.3473, beta: 0.3672 }, objective ≈ 1.01827e-3
 */
export function fitChinchilla(runs: readonly TrainingRun[], options: FitOptions = {}): ChinchillaFit {
  const fitter = createFitter(runs, options);
  fitter.step();
  return fitter.result();
}
