/**
 * Limited-memory BFGS (L-BFGS) with a strong Wolfe line search, on Float64Array.
 *
 * Why this file exists: there is no maintained L-BFGS on npm (the packages that exist are
 * unmaintained ports, allocate per iteration, or use a backtracking Armijo search that does
 * not keep the curvature pair positive), so we wrote one, carefully, from the textbook:
 *
 * - Direction: the two-loop recursion, Nocedal & Wright, "Numerical Optimization" (2nd ed.,
 *   2006), Algorithm 7.4, with the initial Hessian H0 = γI, γ = sᵀy / yᵀy (eq 7.20), and
 *   memory m = 10 (scipy's `maxcor` default).
 * - Step length: strong Wolfe line search, N&W Algorithm 3.5 (bracketing) and Algorithm 3.6
 *   (zoom), with safeguarded cubic interpolation (N&W eq 3.59) inside zoom.
 * - Stopping: the two tests of L-BFGS-B (Byrd, Lu, Nocedal & Zhu 1995; Zhu et al. 1997,
 *   as used by scipy.optimize.minimize(method='L-BFGS-B')):
 *     ‖g‖∞ ≤ gradientTolerance                                    (scipy `gtol`, 1e-5), or
 *     (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) ≤ functionTolerance (scipy `ftol`
 *                                                     = factr·ε = 1e7 · 2.22e-16 ≈ 2.2e-9),
 *   plus iteration and evaluation limits (scipy's defaults: 15000 each).
 *
 * The hot path does not allocate: a `Minimizer` owns every buffer it needs for its dimension
 * and memory, and the objective writes its gradient into a buffer it is handed. Create one
 * minimizer and reuse it for many starts (as the Approach-3 fitter in fit-multistart.ts does).
 *
 * Pure TypeScript with no DOM or Node API, so it runs in a browser, a Web Worker or Node.
 */

/**
 * An objective for {@link createMinimizer}: returns f(x) and writes ∇f(x) into `gradient`.
 *
 * Both arrays have the minimizer's dimension. The function must not keep references to
 * them (they are reused buffers). Return a non-finite value where f is undefined; the line
 * search then shortens the step.
 *
 * @example
 * // f(x) = x₀² + 10 x₁², minimum 0 at the origin
 * const bowl: Objective = (x, gradient) => {
 *   gradient[0] = 2 * x[0];
 *   gradient[1] = 20 * x[1];
 *   return x[0] ** 2 + 10 * x[1] ** 2;
 * };
 */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

/** Why a minimization stopped. `gradient` and `function` are convergence; the rest are not. */
export type StopReason =
  | 'gradient' // ‖g‖∞ ≤ gradientTolerance
  | 'function' // relative decrease of f ≤ functionTolerance
  | 'maxIterations'
  | 'maxEvaluations'
  | 'lineSearch' // no step satisfying the strong Wolfe conditions was found
  | 'nonFinite'; // f or ∇f is not finite at the starting point

/**
 * What the line search accepted at one iteration, passed to `onStep` (for tests and
 * diagnostics). The object is reused between calls: copy what you keep.
 */
export interface StepInfo {
  /** Iteration number, starting at 1. */
  iteration: number;
  /** Accepted step length t along the search direction p. */
  step: number;
  /** f(x_k), before the step. */
  previousValue: number;
  /** f(x_k + t p), after the step. */
  value: number;
  /** φ'(0) = ∇f(x_k)ᵀp, negative for a descent direction. */
  initialSlope: number;
  /** φ'(t) = ∇f(x_k + t p)ᵀp. */
  slope: number;
  /** Sufficient-decrease constant c₁ in force. */
  sufficientDecrease: number;
  /** Curvature constant c₂ in force. */
  curvature: number;
}

/** Options for {@link createMinimizer} and {@link minimize}. All are optional. */
export interface MinimizerOptions {
  /** Number of (s, y) pairs kept, m. Default 10 (scipy `maxcor`). */
  memory?: number;
  /** Maximum iterations. Default 15000 (scipy `maxiter`). */
  maxIterations?: number;
  /** Maximum objective evaluations. Default 15000 (scipy `maxfun`). */
  maxEvaluations?: number;
  /** Stop when (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) ≤ this. Default 2.220446049250313e-9. */
  functionTolerance?: number;
  /** Stop when max |∂f/∂x_i| ≤ this. Default 1e-5 (scipy `gtol`). */
  gradientTolerance?: number;
  /** Armijo constant c₁ of the strong Wolfe conditions. Default 1e-4 (N&W p. 33). */
  sufficientDecrease?: number;
  /** Curvature constant c₂ of the strong Wolfe conditions. Default 0.9 (N&W p. 34, quasi-Newton). */
  curvature?: number;
  /** Maximum objective evaluations inside one line search. Default 20 (scipy `maxls`). */
  maxLineSearchEvaluations?: number;
  /** Called after every accepted step (reused object; do not keep it). */
  onStep?: (info: StepInfo) => void;
}

/** The outcome of one minimization. */
export interface MinimizeResult {
  /** The final point (a copy owned by the caller for {@link minimize}; see `Minimizer.run`). */
  x: Float64Array;
  /** f at `x`. */
  value: number;
  /** Infinity norm of ∇f at `x`. */
  gradientNorm: number;
  /** Completed iterations (accepted steps). */
  iterations: number;
  /** Objective evaluations, including the one at the start. */
  evaluations: number;
  /** Why it stopped. */
  reason: StopReason;
  /** True when `reason` is `gradient` or `function`. */
  converged: boolean;
}

/**
 * A reusable L-BFGS minimizer for one dimension: all working memory is allocated once.
 */
export interface Minimizer {
  /** The dimension n this minimizer was created for. */
  readonly dimension: number;
  /**
   * Minimizes `objective` from `start`, writing the final point into `start` (in place) and
   * returning the result, whose `x` is that same array.
   */
  run(objective: Objective, start: Float64Array): MinimizeResult;
}

const DEFAULTS = {
  memory: 10,
  maxIterations: 15000,
  maxEvaluations: 15000,
  functionTolerance: 2.220446049250313e-9, // scipy: factr (1e7) × machine epsilon
  gradientTolerance: 1e-5,
  sufficientDecrease: 1e-4,
  curvature: 0.9,
  maxLineSearchEvaluations: 20,
};

/**
 * Minimizer of the cubic that interpolates φ and φ' at t₁ and t₂ (N&W eq 3.59), or NaN when
 * the cubic has no finite minimizer.
 */
function cubicMinimizer(t1: number, value1: number, slope1: number, t2: number, value2: number, slope2: number): number {
  const d1 = slope1 + slope2 - (3 * (value1 - value2)) / (t1 - t2);
  const radicand = d1 * d1 - slope1 * slope2;
  if (!(radicand >= 0)) return NaN;
  const d2 = Math.sign(t2 - t1) * Math.sqrt(radicand);
  const t = t2 - ((t2 - t1) * (slope2 + d2 - d1)) / (slope2 - slope1 + 2 * d2);
  return Number.isFinite(t) ? t : NaN;
}

/**
 * Trial step inside the zoom bracket [low, high] (either order): the cubic minimizer, kept at
 * least 1 % of the bracket away from `low` and 10 % away from `high` (so the bracket always
 * shrinks and a step far shorter than the first guess is reached in a few trials); bisection
 * when the cubic is unusable or `high` has no finite value.
 */
function zoomTrial(low: number, lowValue: number, lowSlope: number, high: number, highValue: number, highSlope: number): number {
  const width = high - low;
  if (!Number.isFinite(highValue) || !Number.isFinite(highSlope)) return low + 0.5 * width;
  const t = cubicMinimizer(low, lowValue, lowSlope, high, highValue, highSlope);
  if (Number.isNaN(t)) return low + 0.5 * width;
  // Fraction of the way from low to high, clamped to [0.01, 0.9].
  const fraction = Math.min(0.9, Math.max(0.01, (t - low) / width));
  return low + fraction * width;
}

/**
 * Creates a reusable L-BFGS minimizer for problems of `dimension` variables.
 *
 * Source: Nocedal & Wright (2006), Algorithms 7.4 (two-loop recursion), 3.5 and 3.6 (strong
 * Wolfe line search); stopping rules of L-BFGS-B as in scipy (see the file header).
 *
 * @param dimension number of variables n (≥ 1)
 * @param options tolerances and limits; defaults match scipy's L-BFGS-B
 * @example
 * // Rosenbrock from (−1.2, 1) reaches (1, 1) in about 35 iterations
 * const minimizer = createMinimizer(2);
 * const x = Float64Array.of(-1.2, 1);
 * const result = minimizer.run((x, g) => {
 *   const [u, v] = x;
 *   g[0] = -2 * (1 - u) - 400 * u * (v - u * u);
 *   g[1] = 200 * (v - u * u);
 *   return (1 - u) ** 2 + 100 * (v - u * u) ** 2;
 * }, x); // result.x ≈ [1, 1], result.converged === true
 */
export function createMinimizer(dimension: number, options: MinimizerOptions = {}): Minimizer {
  if (!Number.isInteger(dimension) || dimension < 1) {
    throw new RangeError(`createMinimizer: dimension must be a positive integer, got ${dimension}`);
  }
  const n = dimension;
  const memory = Math.max(1, Math.floor(options.memory ?? DEFAULTS.memory));
  const maxIterations = options.maxIterations ?? DEFAULTS.maxIterations;
  const maxEvaluations = options.maxEvaluations ?? DEFAULTS.maxEvaluations;
  const functionTolerance = options.functionTolerance ?? DEFAULTS.functionTolerance;
  const gradientTolerance = options.gradientTolerance ?? DEFAULTS.gradientTolerance;
  const c1 = options.sufficientDecrease ?? DEFAULTS.sufficientDecrease;
  const c2 = options.curvature ?? DEFAULTS.curvature;
  const maxLineSearch = options.maxLineSearchEvaluations ?? DEFAULTS.maxLineSearchEvaluations;
  const onStep = options.onStep;
  if (!(c1 > 0 && c1 < c2 && c2 < 1)) {
    throw new RangeError('createMinimizer: need 0 < sufficientDecrease < curvature < 1');
  }

  // Working memory, allocated once.
  const gradient = new Float64Array(n);
  const direction = new Float64Array(n);
  const trialX = new Float64Array(n);
  const trialGradient = new Float64Array(n);
  const sHistory = new Float64Array(memory * n);
  const yHistory = new Float64Array(memory * n);
  const rhoHistory = new Float64Array(memory);
  const alphaScratch = new Float64Array(memory);
  const stepInfo: StepInfo = {
    iteration: 0,
    step: 0,
    previousValue: 0,
    value: 0,
    initialSlope: 0,
    slope: 0,
    sufficientDecrease: c1,
    curvature: c2,
  };

  let evaluations = 0;

  function infinityNorm(v: Float64Array): number {
    let norm = 0;
    for (let i = 0; i < n; i++) {
      const magnitude = Math.abs(v[i]);
      if (magnitude > norm || Number.isNaN(magnitude)) norm = magnitude;
    }
    return norm;
  }

  /** Evaluates at x + t·p into trialX/trialGradient; returns φ(t), leaves φ'(t) in lastSlope. */
  let lastSlope = 0;
  function evaluateAlong(objective: Objective, x: Float64Array, t: number): number {
    for (let i = 0; i < n; i++) trialX[i] = x[i] + t * direction[i];
    const value = objective(trialX, trialGradient);
    evaluations++;
    let slope = 0;
    for (let i = 0; i < n; i++) slope += trialGradient[i] * direction[i];
    lastSlope = slope;
    return value;
  }

  /**
   * Strong Wolfe line search (N&W Alg. 3.5 + 3.6). On success returns the accepted step and
   * leaves the accepted point and its gradient in trialX / trialGradient; returns 0 on failure.
   */
  let acceptedValue = 0;
  let acceptedSlope = 0;
  function lineSearch(objective: Objective, x: Float64Array, value0: number, slope0: number, initialStep: number): number {
    const sufficient = c1 * slope0; // negative
    const curvatureBound = -c2 * slope0; // positive
    let previousStep = 0;
    let previousValue = value0;
    let previousSlope = slope0;
    let step = initialStep;
    let used = 0;

    // Bracketing phase (Alg. 3.5).
    let low = 0;
    let lowValue = 0;
    let lowSlope = 0;
    let high = 0;
    let highValue = 0;
    let highSlope = 0;
    let bracketed = false;
    while (used < maxLineSearch) {
      const value = evaluateAlong(objective, x, step);
      const slope = lastSlope;
      used++;
      if (!Number.isFinite(value) || !Number.isFinite(slope)) {
        // Outside the domain: treat as "too far" and zoom between the last good step and here.
        low = previousStep;
        lowValue = previousValue;
        lowSlope = previousSlope;
        high = step;
        highValue = Infinity;
        highSlope = NaN;
        bracketed = true;
        break;
      }
      if (value > value0 + step * sufficient || (used > 1 && value >= previousValue)) {
        low = previousStep;
        lowValue = previousValue;
        lowSlope = previousSlope;
        high = step;
        highValue = value;
        highSlope = slope;
        bracketed = true;
        break;
      }
      if (Math.abs(slope) <= curvatureBound) {
        acceptedValue = value;
        acceptedSlope = slope;
        return step;
      }
      if (slope >= 0) {
        low = step;
        lowValue = value;
        lowSlope = slope;
        high = previousStep;
        highValue = previousValue;
        highSlope = previousSlope;
        bracketed = true;
        break;
      }
      // Still going down steeply: extrapolate. The secant estimate of where φ' reaches 0,
      // clamped to [2t, 10t] (Moré & Thuente 1994 also extrapolate by a bounded factor).
      const growth = slope > previousSlope ? 1 + (-slope * (step - previousStep)) / ((slope - previousSlope) * step) : 4;
      previousStep = step;
      previousValue = value;
      previousSlope = slope;
      step *= Math.min(10, Math.max(2, growth));
    }
    if (!bracketed) {
      // Out of evaluations while still descending steeply (f may be unbounded below): accept
      // the last, longest step; it satisfies sufficient decrease and is in trialX already.
      if (previousStep > 0) {
        acceptedValue = previousValue;
        acceptedSlope = previousSlope;
        return previousStep;
      }
      return 0;
    }

    // Zoom phase (Alg. 3.6). Invariants: low satisfies sufficient decrease and has the lowest
    // value seen among such steps; φ'(low)·(high − low) < 0.
    // Moré–Thuente safeguard: if two trials have not shrunk the bracket to 66 %, bisect.
    let widthTwoAgo = Infinity;
    let widthOneAgo = Infinity;
    while (used < maxLineSearch) {
      const width = Math.abs(high - low);
      let trial = zoomTrial(low, lowValue, lowSlope, high, highValue, highSlope);
      if (width > 0.66 * widthTwoAgo) trial = low + 0.5 * (high - low);
      widthTwoAgo = widthOneAgo;
      widthOneAgo = width;
      if (trial === low || trial === high || Math.abs(high - low) <= 1e-16 * Math.max(1, Math.abs(high))) {
        break;
      }
      const value = evaluateAlong(objective, x, trial);
      const slope = lastSlope;
      used++;
      if (!Number.isFinite(value) || !Number.isFinite(slope)) {
        high = trial;
        highValue = Infinity;
        highSlope = NaN;
        continue;
      }
      if (value > value0 + trial * sufficient || value >= lowValue) {
        high = trial;
        highValue = value;
        highSlope = slope;
      } else {
        if (Math.abs(slope) <= curvatureBound) {
          acceptedValue = value;
          acceptedSlope = slope;
          return trial;
        }
        if (slope * (high - low) >= 0) {
          high = low;
          highValue = lowValue;
          highSlope = lowSlope;
        }
        low = trial;
        lowValue = value;
        lowSlope = slope;
      }
    }
    // Out of evaluations. Accept `low` if it made progress (it satisfies sufficient decrease
    // but perhaps not curvature; the update below skips a pair with sᵀy ≤ 0). This mirrors
    // what practical codes do rather than throwing away a decrease.
    if (low > 0 && lowValue < value0) {
      const value = evaluateAlong(objective, x, low);
      if (Number.isFinite(value) && value < value0) {
        acceptedValue = value;
        acceptedSlope = lastSlope;
        return low;
      }
    }
    return 0;
  }

  function run(objective: Objective, x: Float64Array): MinimizeResult {
    if (x.length !== n) {
      throw new RangeError(`Minimizer.run: start has length ${x.length}, expected ${n}`);
    }
    evaluations = 0;
    let stored = 0; // number of valid (s, y) pairs
    let newest = -1; // ring-buffer index of the newest pair
    let iterations = 0;

    let value = objective(x, gradient);
    evaluations++;
    let gradientNorm = infinityNorm(gradient);
    const finish = (reason: StopReason): MinimizeResult => ({
      x,
      value,
      gradientNorm,
      iterations,
      evaluations,
      reason,
      converged: reason === 'gradient' || reason === 'function',
    });
    if (!Number.isFinite(value) || !Number.isFinite(gradientNorm)) return finish('nonFinite');
    if (gradientNorm <= gradientTolerance) return finish('gradient');

    let retriedSteepest = false;
    for (;;) {
      if (iterations >= maxIterations) return finish('maxIterations');
      if (evaluations >= maxEvaluations) return finish('maxEvaluations');

      // Two-loop recursion (N&W Alg. 7.4): direction = −H·g.
      for (let i = 0; i < n; i++) direction[i] = -gradient[i];
      let index = newest;
      for (let k = 0; k < stored; k++) {
        const offset = index * n;
        let dot = 0;
        for (let i = 0; i < n; i++) dot += sHistory[offset + i] * direction[i];
        const coefficient = rhoHistory[index] * dot;
        alphaScratch[index] = coefficient;
        for (let i = 0; i < n; i++) direction[i] -= coefficient * yHistory[offset + i];
        index = index === 0 ? memory - 1 : index - 1;
      }
      if (stored > 0) {
        // H0 = γI with γ = sᵀy / yᵀy of the newest pair (N&W eq 7.20).
        const offset = newest * n;
        let yy = 0;
        for (let i = 0; i < n; i++) yy += yHistory[offset + i] * yHistory[offset + i];
        const gamma = 1 / (rhoHistory[newest] * yy);
        for (let i = 0; i < n; i++) direction[i] *= gamma;
      }
      index = stored === 0 ? 0 : (newest - stored + 1 + memory) % memory;
      for (let k = 0; k < stored; k++) {
        const offset = index * n;
        let dot = 0;
        for (let i = 0; i < n; i++) dot += yHistory[offset + i] * direction[i];
        const beta = rhoHistory[index] * dot;
        const coefficient = alphaScratch[index] - beta;
        for (let i = 0; i < n; i++) direction[i] += coefficient * sHistory[offset + i];
        index = index === memory - 1 ? 0 : index + 1;
      }

      let slope0 = 0;
      for (let i = 0; i < n; i++) slope0 += gradient[i] * direction[i];
      if (!(slope0 < 0)) {
        // Not a descent direction (lost positive definiteness numerically): restart.
        stored = 0;
        for (let i = 0; i < n; i++) direction[i] = -gradient[i];
        slope0 = 0;
        for (let i = 0; i < n; i++) slope0 -= gradient[i] * gradient[i];
      }

      // First step of a fresh memory: scale so that the first trial moves by about one unit
      // (L-BFGS-B uses 1/‖p‖ as well); afterwards the quasi-Newton step t = 1.
      let initialStep = 1;
      if (stored === 0) {
        let norm = 0;
        for (let i = 0; i < n; i++) norm += direction[i] * direction[i];
        initialStep = Math.min(1, 1 / Math.sqrt(norm));
      }

      const step = lineSearch(objective, x, value, slope0, initialStep);
      if (step === 0) {
        if (stored > 0 && !retriedSteepest) {
          // Throw the curvature memory away and try steepest descent once more.
          stored = 0;
          newest = -1;
          retriedSteepest = true;
          continue;
        }
        return finish('lineSearch');
      }
      retriedSteepest = false;
      iterations++;

      if (onStep) {
        stepInfo.iteration = iterations;
        stepInfo.step = step;
        stepInfo.previousValue = value;
        stepInfo.value = acceptedValue;
        stepInfo.initialSlope = slope0;
        stepInfo.slope = acceptedSlope;
        onStep(stepInfo);
      }

      // The pair s = x_{k+1} − x_k, y = g_{k+1} − g_k. Keep it only if it has safely positive
      // curvature (else H would lose positive definiteness); L-BFGS-B uses the same test with
      // ε·yᵀy. Test first, so that a rejected pair never overwrites the oldest stored one.
      let sy = 0;
      let yy = 0;
      for (let i = 0; i < n; i++) {
        const s = trialX[i] - x[i];
        const y = trialGradient[i] - gradient[i];
        sy += s * y;
        yy += y * y;
      }
      if (sy > 2.220446049250313e-16 * yy) {
        const slot = newest === memory - 1 ? 0 : newest + 1;
        const offset = slot * n;
        for (let i = 0; i < n; i++) {
          sHistory[offset + i] = trialX[i] - x[i];
          yHistory[offset + i] = trialGradient[i] - gradient[i];
        }
        rhoHistory[slot] = 1 / sy;
        newest = slot;
        if (stored < memory) stored++;
      }
      for (let i = 0; i < n; i++) {
        x[i] = trialX[i];
        gradient[i] = trialGradient[i];
      }

      const previousValue = value;
      value = acceptedValue;
      gradientNorm = infinityNorm(gradient);

      if (gradientNorm <= gradientTolerance) return finish('gradient');
      const scale = Math.max(Math.abs(previousValue), Math.abs(value), 1);
      if ((previousValue - value) / scale <= functionTolerance) return finish('function');
    }
  }

  return { dimension: n, run };
}

/**
 * Minimizes `objective` from `start` with L-BFGS and a strong Wolfe line search; a one-shot
 * convenience around {@link createMinimizer} (allocates; use a Minimizer for many starts).
 *
 * Source: Nocedal & Wright (2006), Algorithms 7.4, 3.5, 3.6; scipy L-BFGS-B stopping rules.
 *
 * @param objective returns f(x) and writes ∇f(x) into its second argument
 * @param start starting point (not modified)
 * @param options tolerances and limits (defaults: m = 10, gtol = 1e-5, ftol ≈ 2.2e-9)
 * @returns the minimizer found, with its value, counts and stop reason
 * @example
 * // Booth's function (x + 2y − 7)² + (2x + y − 5)² has its minimum 0 at (1, 3)
 * minimize((x, g) => {
 *   const u = x[0] + 2 * x[1] - 7, v = 2 * x[0] + x[1] - 5;
 *   g[0] = 2 * u + 4 * v;
 *   g[1] = 4 * u + 2 * v;
 *   return u * u + v * v;
 * }, [0, 0]).x; // ≈ Float64Array [1, 3]
 */
export function minimize(objective: Objective, start: ArrayLike<number>, options: MinimizerOptions = {}): MinimizeResult {
  const x = Float64Array.from(start);
  return createMinimizer(x.length, options).run(objective, x);
}
