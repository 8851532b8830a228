/**
 * Sample efficiency in Kaplan et al. 2020 (arXiv 2001.08361, Fig. 2, §5): how many tokens a model of N
 * non-embedding parameters must process to reach a given loss, from the learning-curve law L(N, S_min) (eq 1.6,
 * Table 3) at a fixed batch size. The inverse of kaplan.ts's sampleEfficiencyCurve, in closed form.
 */
import { criticalBatch, KAPLAN_DEFAULT_BATCH_TOKENS, KAPLAN_TABLE3, kaplanLossFromParams, type KaplanStepsConstants } from './kaplan';
import { requirePositive } from './stats';

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
export function tokensToReachLoss(
  params: number,
  targetLoss: number,
  options: { batchTokens?: number; adjustForCriticalBatch?: boolean } = {},
): LossCrossing | null {
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
