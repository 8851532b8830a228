/**
 * Sample efficiency in Kaplan et al. 2020 (arXiv 2001.08361, Fig. 2, §5): how many tokens a model of N
 * non-embedding parameters must process to reach a given loss, from the learning-curve law L(N, S_min) (eq 1.6,
 * Table 3) at a fixed batch size. sampleEfficiencyCurve gives the learning curves, and the functions after it invert them in closed form.
 */
import { KAPLAN_TABLE5, kaplanLossFromParams } from './kaplan';
import { criticalBatch, KAPLAN_DEFAULT_BATCH_TOKENS } from './kaplan-batch';
import { KAPLAN_TABLE3, kaplanLossParamsSteps, type KaplanStepsConstants } from './kaplan-joint';
import { requireNonNegative, requirePositive } from './stats';

/**
 * Learning curve against tokens processed for a model of N non-embedding params at a fixed batch
 * (default 2^19 tokens): S = tokens/B steps, S_min = S/(1 + B_crit(L)/B) (eq 5.4, B_crit from eq 5.3),
 * loss from L(N, S_min) (eq 1.6, Table 3). L and S_min depend on each other, so each point solves
 * L = L(N, S/(1 + B_crit(L)/B)) by bisection. `adjustForCriticalBatch: false` uses S_min = S instead.
 * Returns points {tokens, steps, minSteps, loss (nats)}.
 * Example: 1e8 params after 1e10 tokens at 2^19 tokens/batch → 3.19 nats (2.99 without the adjustment).
 */
export function sampleEfficiencyCurve(
  params: number,
  tokensGrid: readonly number[],
  options: { batchTokens?: number; adjustForCriticalBatch?: boolean } = {},
): Array<{ tokens: number; steps: number; minSteps: number; loss: number }> {
  requirePositive('params', params);
  const batch = requirePositive('batchTokens', options.batchTokens ?? KAPLAN_DEFAULT_BATCH_TOKENS);
  const adjust = options.adjustForCriticalBatch ?? true;
  return tokensGrid.map((tokens, i) => {
    requirePositive(`tokensGrid[${i}]`, tokens);
    const steps = tokens / batch;
    if (!adjust) return { tokens, steps, minSteps: steps, loss: kaplanLossParamsSteps(params, steps) };
    const sMin = (loss: number) => steps / (1 + criticalBatch(loss) / batch);
    const g = (loss: number) => kaplanLossParamsSteps(params, sMin(loss)) - loss;
    // g is decreasing in L; the root lies above L(N, S).
    let lo = kaplanLossParamsSteps(params, steps);
    let hi = lo * 2;
    for (let k = 0; k < 200 && g(hi) > 0; k++) hi *= 2;
    for (let k = 0; k < 200; k++) {
      const mid = Math.sqrt(lo * hi);
      if (g(mid) > 0) lo = mid;
      else hi = mid;
      if (hi - lo <= 1e-13 * hi) break;
    }
    const loss = 0.5 * (lo + hi);
    return { tokens, steps, minSteps: sMin(loss), loss };
  });
}

/**
 * Fraction a loss falls when the parameter count is multiplied by `factor`, L(fN)/L(N) = factor^(−α_N).
 * Kaplan §1.2: "doubling the number of parameters yields a loss that is smaller by a factor 2^(−α_N) = 0.95".
 * Example: paramsScalingFactor(2) → 0.949.
 */
export function paramsScalingFactor(factor: number, alphaN: number = KAPLAN_TABLE5.alphaN): number {
  requirePositive('factor', factor);
  requireNonNegative('alphaN', alphaN);
  return Math.exp(-alphaN * Math.log(factor));
}

/**
 * Loss a model converges to with unlimited steps, L(N, ∞) = (N_c/N)^α_N in nats/token, with the Table 3 constants
 * of the L(N,S) fit (α_N 0.077, N_c 6.5e13) — the floor every learning curve of sampleEfficiencyCurve approaches.
 * Example: 1.5e9 params → 2.28 nats; 1e8 → 2.80 nats; 1e6 → 4.00 nats.
 */
export function convergedLoss(params: number, constants: KaplanStepsConstants = KAPLAN_TABLE3): number {
  return kaplanLossFromParams(params, constants);
}

/** Where a learning curve reaches a target loss. */
export interface LossCrossing {
  /** Tokens processed (steps × batch). */
  tokens: number;
  /** Optimisation steps actually taken at the given batch. */
  steps: number;
  /** S_min, the steps the law needs at B ≫ B_crit (eq 5.4). */
  minSteps: number;
}

/**
 * Tokens a model of N non-embedding params must process, at a fixed batch of B tokens (default 2^19), to reach a
 * target loss L (nats/token) on Kaplan's learning curve L(N, S_min) = (N_c/N)^α_N + (S_c/S_min)^α_S (eq 1.6,
 * Table 3). Solving for S_min gives S_min = S_c·(L − L(N,∞))^(−1/α_S); with the batch adjustment (eq 5.4,
 * B_crit(L) from eq 5.3) the steps taken are S = S_min·(1 + B_crit(L)/B), and tokens = S·B.
 * Returns null when the target is at or below the converged loss L(N, ∞): that model never gets there.
 * `adjustForCriticalBatch: false` uses S = S_min, as sampleEfficiencyCurve does with the same option.
 * Example: target 3.5 nats at 2^19 tokens/batch → 1.5e9 params: 1.71e9 tokens; 1e8 params: 3.59e9 tokens; 1e6: null
 * (its converged loss is 4.00 nats).
 */
export function tokensToReachLoss(params: number, targetLoss: number, options: { batchTokens?: number; adjustForCriticalBatch?: boolean } = {}): LossCrossing | null {
  requirePositive('params', params);
  requirePositive('targetLoss', targetLoss);
  const batch = requirePositive('batchTokens', options.batchTokens ?? KAPLAN_DEFAULT_BATCH_TOKENS);
  const adjust = options.adjustForCriticalBatch ?? true;
  const gap = targetLoss - convergedLoss(params);
  if (!(gap > 0)) return null;
  const { Sc, alphaS } = KAPLAN_TABLE3;
  const minSteps = Math.exp(Math.log(Sc) - Math.log(gap) / alphaS);
  const steps = adjust ? minSteps * (1 + criticalBatch(targetLoss) / batch) : minSteps;
  return { tokens: steps * batch, steps, minSteps };
}

/**
 * A learning curve between two token counts without root finding: `count` losses spaced evenly in log(L − L(N,∞))
 * between the losses sampleEfficiencyCurve gives at the two ends, each mapped to its token count in closed form by
 * tokensToReachLoss. Same curve as sampleEfficiencyCurve (eqs 1.6, 5.3, 5.4, Table 3), at a fraction of the cost,
 * so a figure can redraw it on every input; the token counts come out unevenly spaced (denser where the loss bends).
 * Example: learningCurveByLoss(1e8, [1e8, 1e12], 49) → 49 points from (1e8 tokens, 9.05 nats) to (1e12 tokens, 2.82 nats).
 */
export function learningCurveByLoss(
  params: number,
  tokensRange: readonly [number, number],
  count: number,
  options: { batchTokens?: number; adjustForCriticalBatch?: boolean } = {},
): Array<{ tokens: number; steps: number; minSteps: number; loss: number }> {
  requirePositive('params', params);
  if (!(Number.isInteger(count) && count >= 2)) throw new RangeError(`count must be a whole number ≥ 2, got ${count}.`);
  const [first, last] = sampleEfficiencyCurve(params, [tokensRange[0], tokensRange[1]], options);
  const floor = convergedLoss(params);
  const a = Math.log(first.loss - floor);
  const b = Math.log(last.loss - floor);
  const out: Array<{ tokens: number; steps: number; minSteps: number; loss: number }> = [first];
  for (let i = 1; i < count - 1; i++) {
    const loss = floor + Math.exp(a + ((b - a) * i) / (count - 1));
    const crossing = tokensToReachLoss(params, loss, options);
    if (crossing) out.push({ ...crossing, loss });
  }
  out.push(last);
  return out;
}
