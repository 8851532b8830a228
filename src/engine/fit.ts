/**
 * Approach 3 of Hoffmann et al. 2022 ("Training Compute-Optimal Large Language Models",
 * arXiv 2203.15556, §3.3 and App. D.2): fit L̂(N, D) = E + A/N^α + B/D^β to training runs by
 * minimising a Huber loss on log-loss residuals with L-BFGS from a grid of starting points.
 *
 * The objective is eq (11), in the log-space parameters a = ln A, b = ln B, e = ln E:
 *
 *   min_{a,b,e,α,β}  Σ_i Huber_δ( LSE(a − α ln N_i, b − β ln D_i, e) − ln L_i ),   δ = 10⁻³,
 *
 * minimised from each of Hoffmann's 4,500 starting points (α, β ∈ {0, 0.5, …, 2},
 * e ∈ {−1, −0.5, …, 1}, a, b ∈ {0, 5, …, 25}); the best objective wins, and
 * A, B, E = exp(a), exp(b), exp(e). Besiroglu et al. 2024 (arXiv 2404.10102) replicate this
 * grid fit on the 240 runs they extracted from Hoffmann's Fig. 4 (see src/data/).
 *
 * Every start runs to convergence (no early abandonment): we know of no test that proves a
 * start cannot end below the current best, so none is skipped. Speed comes from a fused,
 * allocation-free value-and-gradient kernel over precomputed Float64Arrays of ln N, ln D, ln L,
 * and one reusable L-BFGS workspace (./lbfgs.ts).
 *
 * Pure TypeScript, no DOM or Node API: runs in a Web Worker. `createFitter` lets a worker fit
 * in chunks, posting progress and honouring cancellation between chunks.
 */

import type { ChinchillaParams } from './chinchilla';
import { createMinimizer, type Objective, type StopReason } from './lbfgs';
import { mulberry32 } from './random';

/** One training run: model size N (parameters), training tokens D, final loss L (nats/token). */
export interface TrainingRun {
  params: number;
  tokens: number;
  loss: number;
}

/**
 * The law in the log-space parameters L-BFGS works in (Hoffmann eq 11):
 * a = ln A, b = ln B, e = ln E, and the exponents α, β.
 */
export interface LogSpaceParams {
  a: number;
  b: number;
  e: number;
  alpha: number;
  beta: number;
}

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
 * Huber's δ used by Hoffmann et al. 2022 for Approach 3: δ = 10⁻³ (§3.3, App. D.2).
 * @example huberLoss(0.01, HOFFMANN_HUBER_DELTA) // 9.5e-6
 */
export const HOFFMANN_HUBER_DELTA = 1e-3;

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
 * Huber loss of one residual (Huber 1964): r²/2 when |r| ≤ δ, else δ(|r| − δ/2).
 * Units: those of r² (here r = ln L̂ − ln L is dimensionless, so the loss is too).
 * Source: Hoffmann et al. 2022 eq (3) and (11), δ = 10⁻³.
 * @param residual r, e.g. ln L̂ − ln L
 * @param delta δ > 0, the switch from quadratic to linear; default 10⁻³
 * @example huberLoss(0.0005) // 1.25e-7 (quadratic part); huberLoss(0.01) // 9.5e-6 (linear part)
 */
export function huberLoss(residual: number, delta: number = HOFFMANN_HUBER_DELTA): number {
  const magnitude = Math.abs(residual);
  return magnitude <= delta ? 0.5 * residual * residual : delta * (magnitude - 0.5 * delta);
}

/**
 * ln Σ exp(v_i), computed stably by factoring out the largest term (no overflow for large v,
 * no underflow to −∞ for very negative v). Returns −∞ for an empty list.
 * Source: the LSE of Hoffmann et al. 2022 eq (11).
 * @example logSumExp([Math.log(406.4) - 0.34 * Math.log(70e9), Math.log(410.7) - 0.28 * Math.log(1.4e12), Math.log(1.69)])
 * // = ln(1.9367) ≈ 0.6610 — Chinchilla's predicted loss 1.94 nats at 70B params, 1.4T tokens
 */
export function logSumExp(values: ArrayLike<number>): number {
  let largest = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v > largest || v !== v) largest = v;
  }
  if (largest === -Infinity || largest === Infinity || largest !== largest) return largest;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.exp(values[i] - largest);
  return largest + Math.log(sum);
}

/**
 * The allocation exponent a = β/(α + β) of N_opt ∝ C^a (Hoffmann et al. 2022, eq 4);
 * dimensionless. D_opt ∝ C^b with b = 1 − a.
 * @param law the exponents α (of N) and β (of D)
 * @example allocationExponent({ alpha: 0.33917084, beta: 0.2849083 }) // 0.4565 (Hoffmann: "a = 0.46")
 */
export function allocationExponent(law: { alpha: number; beta: number }): number {
  return law.beta / (law.alpha + law.beta);
}

/**
 * Converts the log-space parameters of eq (11) to the law: (A, B, E) = (eᵃ, eᵇ, eᵉ), α and β
 * unchanged (Hoffmann et al. 2022 App. D.2). E in nats/token.
 * @example
 * // Hoffmann's unrounded fit as printed in the TeX source (Epoch's `true_params`):
 * lawFromLogSpace({ a: 6.0073404, b: 6.0179186, e: 0.5267228, alpha: 0.33917084, beta: 0.2849083 })
 * // ≈ { E: 1.69337, A: 406.401, B: 410.723, alpha: 0.33917084, beta: 0.2849083 }
 */
export function lawFromLogSpace(p: LogSpaceParams): ChinchillaParams {
  return { E: Math.exp(p.e), A: Math.exp(p.a), B: Math.exp(p.b), alpha: p.alpha, beta: p.beta };
}

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
  for (const a of axes.a)
    for (const b of axes.b)
      for (const e of axes.e)
        for (const alpha of axes.alpha) for (const beta of axes.beta) points.push({ a, b, e, alpha, beta });
  return points;
}

/**
 * Precomputed logs of the runs, with a multiplicity per run (1 unless bootstrapping). Runs that
 * share a model size share one entry of `distinctLogParams` (Fig. 4 has 140 sizes for 240 runs),
 * so exp(a − α ln N) is computed once per size per evaluation.
 */
interface PreparedRuns {
  logParams: Float64Array;
  logTokens: Float64Array;
  logLoss: Float64Array;
  inverseLoss: Float64Array;
  weight: Float64Array;
  /** Index of each run's model size in `distinctLogParams`. */
  sizeIndex: Int32Array;
  distinctLogParams: Float64Array;
}

function indexSizes(logParams: Float64Array): { sizeIndex: Int32Array; distinctLogParams: Float64Array } {
  const seen = new Map<number, number>();
  const sizeIndex = new Int32Array(logParams.length);
  const distinct: number[] = [];
  for (let i = 0; i < logParams.length; i++) {
    let index = seen.get(logParams[i]);
    if (index === undefined) {
      index = distinct.length;
      seen.set(logParams[i], index);
      distinct.push(logParams[i]);
    }
    sizeIndex[i] = index;
  }
  return { sizeIndex, distinctLogParams: Float64Array.from(distinct) };
}

/** Builds the prepared arrays from logs and multiplicities. */
function prepareLogs(
  logParams: Float64Array,
  logTokens: Float64Array,
  logLoss: Float64Array,
  weight: Float64Array,
): PreparedRuns {
  const inverseLoss = new Float64Array(logLoss.length);
  for (let i = 0; i < logLoss.length; i++) inverseLoss[i] = Math.exp(-logLoss[i]);
  return { logParams, logTokens, logLoss, inverseLoss, weight, ...indexSizes(logParams) };
}

function prepareRuns(runs: readonly TrainingRun[], caller: string): PreparedRuns {
  if (!Array.isArray(runs) || runs.length === 0) {
    throw new RangeError(`${caller}: need at least one run`);
  }
  const count = runs.length;
  const logParams = new Float64Array(count);
  const logTokens = new Float64Array(count);
  const logLoss = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const { params, tokens, loss } = runs[i];
    if (!(params > 0 && tokens > 0 && loss > 0) || !Number.isFinite(params + tokens + loss)) {
      throw new RangeError(
        `${caller}: run ${i} must have finite positive params, tokens and loss (got ${params}, ${tokens}, ${loss})`,
      );
    }
    logParams[i] = Math.log(params);
    logTokens[i] = Math.log(tokens);
    logLoss[i] = Math.log(loss);
  }
  return prepareLogs(logParams, logTokens, logLoss, new Float64Array(count).fill(1));
}

/**
 * The fused value-and-gradient kernel of eq (11), weighted: Σ_i w_i Huber_δ(r_i), with
 * x = [a, b, e, α, β]. No allocation.
 *
 * Speed: in the usual case the three terms are exponentiated directly (one exp per run plus
 * one per distinct model size) and ln(L̂/L) for L̂/L ∈ (0.9, 1.1) uses a short atanh series
 * instead of Math.log; both are exact to double precision (the unit tests compare with the
 * plain formula to 1e-12). When the direct sum leaves [1e-300, 1e300] (far from the optimum,
 * e.g. a term exp(a − α ln N) beyond e^690 during a long line-search step), that run falls back
 * to the max-shifted log-sum-exp, so the value is the stable LSE everywhere.
 */
function makeKernel(data: PreparedRuns, delta: number): Objective {
  const { logParams, logTokens, logLoss, inverseLoss, weight, sizeIndex, distinctLogParams } = data;
  const count = logParams.length;
  const sizes = distinctLogParams.length;
  const sizeTerm = new Float64Array(sizes);
  return (x, gradient) => {
    const a = x[0];
    const b = x[1];
    const e = x[2];
    const alpha = x[3];
    const beta = x[4];
    const expE = Math.exp(e);
    for (let j = 0; j < sizes; j++) sizeTerm[j] = Math.exp(a - alpha * distinctLogParams[j]);
    let value = 0;
    let gradA = 0;
    let gradB = 0;
    let gradE = 0;
    let gradAlpha = 0;
    let gradBeta = 0;
    for (let i = 0; i < count; i++) {
      const logN = logParams[i];
      const logD = logTokens[i];
      let uN = sizeTerm[sizeIndex[i]];
      let uD = Math.exp(b - beta * logD);
      let uE = expE;
      let sum = uN + uD + uE;
      let residual: number;
      if (sum > 1e-300 && sum < 1e300) {
        // ln(L̂/L) = 2 atanh((q − 1)/(q + 1)) with q = L̂/L; for q ∈ (0.9, 1.1), |s| < 0.053 and
        // eight odd terms of the series leave an error below 3e-17.
        const q = sum * inverseLoss[i];
        if (q > 0.9 && q < 1.1) {
          const s = (q - 1) / (q + 1);
          const s2 = s * s;
          residual =
            2 *
            s *
            (1 +
              s2 *
                (1 / 3 +
                  s2 * (1 / 5 + s2 * (1 / 7 + s2 * (1 / 9 + s2 * (1 / 11 + s2 * (1 / 13 + s2 / 15)))))));
        } else {
          residual = Math.log(sum) - logLoss[i];
        }
      } else {
        // Stable LSE: factor out the largest term.
        const termN = a - alpha * logN;
        const termD = b - beta * logD;
        const largest = Math.max(termN, termD, e);
        uN = Math.exp(termN - largest);
        uD = Math.exp(termD - largest);
        uE = Math.exp(e - largest);
        sum = uN + uD + uE;
        residual = largest + Math.log(sum) - logLoss[i];
      }
      const w = weight[i];
      let slope: number;
      if (residual > delta) {
        value += w * delta * (residual - 0.5 * delta);
        slope = w * delta;
      } else if (residual < -delta) {
        value -= w * delta * (residual + 0.5 * delta);
        slope = -w * delta;
      } else {
        value += 0.5 * w * residual * residual;
        slope = w * residual;
      }
      // d LSE / d(term_k) = u_k / sum (softmax weights).
      const scale = slope / sum;
      const pN = scale * uN;
      const pD = scale * uD;
      gradA += pN;
      gradB += pD;
      gradE += scale * uE;
      gradAlpha -= pN * logN;
      gradBeta -= pD * logD;
    }
    gradient[0] = gradA;
    gradient[1] = gradB;
    gradient[2] = gradE;
    gradient[3] = gradAlpha;
    gradient[4] = gradBeta;
    return value;
  };
}

/**
 * Builds Hoffmann's Approach-3 objective (eq 11) for `runs` as an L-BFGS {@link Objective}:
 * f(x) = Σ_i Huber_δ(LSE(a − α ln N_i, b − β ln D_i, e) − ln L_i) with x = [a, b, e, α, β],
 * writing the analytic gradient into its second argument. Units of f: nats² (Huber of log-loss).
 * Source: Hoffmann et al. 2022 App. D.2, eq (11).
 * @param runs training runs (N params, D tokens, L nats/token), all positive
 * @param options `delta` (default 10⁻³)
 * @example
 * const objective = createChinchillaObjective(chinchillaRuns);
 * objective(Float64Array.of(6.1692, 7.6702, 0.5973, 0.3473, 0.3672), new Float64Array(5)); // ≈ 0.0010183
 */
export function createChinchillaObjective(
  runs: readonly TrainingRun[],
  options: { delta?: number } = {},
): Objective {
  const delta = options.delta ?? HOFFMANN_HUBER_DELTA;
  if (!(delta > 0)) throw new RangeError(`createChinchillaObjective: delta must be > 0, got ${delta}`);
  return makeKernel(prepareRuns(runs, 'createChinchillaObjective'), delta);
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

const now: () => number =
  typeof globalThis.performance?.now === 'function' ? () => globalThis.performance.now() : () => Date.now();

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

/** Core multi-start loop on prepared data, shared by the fitter and the bootstrap. */
function createMultiStart(
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
        throw new Error('fitChinchilla: no starting point reached a finite objective');
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
  let centerFitter: ChinchillaFitter | null = options.center
    ? null
    : createFitter(runs, { delta, grid: options.centerGrid ?? 'hoffmann', maxIterations: options.maxIterations });
  let fit: ChinchillaFit | null = options.center ?? null;
  const startsFor = (center: ChinchillaFit) =>
    gridOption === 'local' ? localStarts(center.logSpace) : startingPoints(gridOption);
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
