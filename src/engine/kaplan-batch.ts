/**
 * Kaplan et al. 2020 (arXiv 2001.08361) §5.1: the critical batch size B_crit(L) (eq 1.4/5.3, Table 5) and the
 * trade-off between optimisation steps and examples around it (eqs 5.4, 5.5), S_min and C_min.
 * Units: loss in nats/token; N = non-embedding parameters; D = tokens; C_min in PF-days (8.64e19 FLOPs); batch in
 * tokens; S = optimisation steps.
 */
import { KAPLAN_TABLE5 } from './kaplan';
import { requirePositive } from './stats';

/** Batch size used for most runs, 2^19 tokens (Kaplan §3). */
export const KAPLAN_DEFAULT_BATCH_TOKENS = 2 ** 19;

/**
 * Critical batch size B_crit(L) = B_* / L^(1/α_B), in tokens, for a loss L in nats/token.
 * Kaplan eq (1.4)/(5.3), Table 5 (B_* 2.1e8 tokens, α_B 0.21). It roughly doubles for every 13% drop in loss.
 * Example: L = 3.0 nats → 1.1e6 tokens; L = 2.5 → 2.7e6 tokens.
 */
export function criticalBatch(loss: number, constants: { Bstar: number; alphaB: number } = KAPLAN_TABLE5): number {
  requirePositive('loss', loss);
  requirePositive('Bstar', constants.Bstar);
  requirePositive('alphaB', constants.alphaB);
  return Math.exp(Math.log(constants.Bstar) - Math.log(loss) / constants.alphaB);
}

/**
 * The steps–examples trade-off at batch size B: S/S_min = 1 + B_crit/B and E/E_min = 1 + B/B_crit
 * (dimensionless), so that (S/S_min − 1)(E/E_min − 1) = 1. Kaplan eqs (5.1)–(5.5). B, B_crit in tokens.
 * Example: B = B_crit → both ratios 2 ("2S_min training steps and … E = 2E_min", §5.1).
 */
export function batchTradeoff(batchTokens: number, criticalBatchTokens: number): { stepsRatio: number; examplesRatio: number } {
  requirePositive('batchTokens', batchTokens);
  requirePositive('criticalBatchTokens', criticalBatchTokens);
  return {
    stepsRatio: 1 + criticalBatchTokens / batchTokens,
    examplesRatio: 1 + batchTokens / criticalBatchTokens,
  };
}

/**
 * Minimum number of steps S_min = S/(1 + B_crit/B) for a run of S steps at batch B (tokens). Kaplan eq (5.4).
 * Example: 1e5 steps at B = 5.2e5 with B_crit = 1.1e6 → 3.2e4 steps.
 */
export function minSteps(steps: number, batchTokens: number, criticalBatchTokens: number): number {
  requirePositive('steps', steps);
  return steps / batchTradeoff(batchTokens, criticalBatchTokens).stepsRatio;
}

/**
 * Minimum compute C_min = C/(1 + B/B_crit) for a run that used C at batch B (same unit as C). Kaplan eq (5.5).
 * Example: 10 PF-days at B = B_crit → 5 PF-days.
 */
export function minCompute(compute: number, batchTokens: number, criticalBatchTokens: number): number {
  requirePositive('compute', compute);
  return compute / batchTradeoff(batchTokens, criticalBatchTokens).examplesRatio;
}
