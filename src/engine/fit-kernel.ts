/**
 * The objective of Approach 3 of Hoffmann et al. 2022 ("Training Compute-Optimal Large Language Models",
 * arXiv 2203.15556, §3.3 and App. D.2): a Huber loss on log-loss residuals of L̂(N, D) = E + A/N^α + B/D^β.
 *
 * The objective is eq (11), in the log-space parameters a = ln A, b = ln B, e = ln E:
 *
 *   min_{a,b,e,α,β}  Σ_i Huber_δ( LSE(a − α ln N_i, b − β ln D_i, e) − ln L_i ),   δ = 10⁻³.
 *
 * Speed comes from a fused, allocation-free value-and-gradient kernel over precomputed Float64Arrays of ln N, ln D,
 * ln L. The multi-start fit that minimises it is in ./fit-multistart.ts, its bootstrap in ./fit-bootstrap.ts.
 * Pure TypeScript, no DOM or Node API: runs in a Web Worker.
 */
import type { ChinchillaParams } from './chinchilla';
import type { Objective } from './lbfgs';

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

/**
 * Huber's δ used by Hoffmann et al. 2022 for Approach 3: δ = 10⁻³ (§3.3, App. D.2).
 * @example huberLoss(0.01, HOFFMANN_HUBER_DELTA) // 9.5e-6
 */
export const HOFFMANN_HUBER_DELTA = 1e-3;

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
    if (v > largest || Number.isNaN(v)) largest = v;
  }
  if (largest === -Infinity || largest === Infinity || Number.isNaN(largest)) return largest;
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
 * Precomputed logs of the runs, with a multiplicity per run (1 unless bootstrapping). Runs that
 * share a model size share one entry of `distinctLogParams` (Fig. 4 has 140 sizes for 240 runs),
 * so exp(a − α ln N) is computed once per size per evaluation.
 */
export interface PreparedRuns {
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

/** Builds the prepared arrays from logs and multiplicities (internal: shared with the bootstrap). */
export function prepareLogs(logParams: Float64Array, logTokens: Float64Array, logLoss: Float64Array, weight: Float64Array): PreparedRuns {
  const inverseLoss = new Float64Array(logLoss.length);
  for (let i = 0; i < logLoss.length; i++) inverseLoss[i] = Math.exp(-logLoss[i]);
  return { logParams, logTokens, logLoss, inverseLoss, weight, ...indexSizes(logParams) };
}

/**
 * Checks the runs (finite positive N params, D tokens, L nats/token) and precomputes their logs with multiplicity 1
 * (internal: shared by the fitter and the bootstrap). Throws RangeError naming `caller` on a bad run.
 */
export function prepareRuns(runs: readonly TrainingRun[], caller: string): PreparedRuns {
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
      throw new RangeError(`${caller}: run ${i} must have finite positive params, tokens and loss (got ${params}, ${tokens}, ${loss})`);
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
export function makeKernel(data: PreparedRuns, delta: number): Objective {
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
          residual = 2 * s * (1 + s2 * (1 / 3 + s2 * (1 / 5 + s2 * (1 / 7 + s2 * (1 / 9 + s2 * (1 / 11 + s2 * (1 / 13 + s2 / 15)))))));
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
export function createChinchillaObjective(runs: readonly TrainingRun[], options: { delta?: number } = {}): Objective {
  const delta = options.delta ?? HOFFMANN_HUBER_DELTA;
  if (!(delta > 0)) throw new RangeError(`createChinchillaObjective: delta must be > 0, got ${delta}`);
  return makeKernel(prepareRuns(runs, 'createChinchillaObjective'), delta);
}
