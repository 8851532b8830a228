/**
 * Kaplan et al. 2020 (arXiv 2001.08361) App. D.6: the learning-rate rule of thumb LR(N) (eq D.1) and the size at
 * which it reaches zero. Units: N = non-embedding parameters; learning rate dimensionless.
 */
import { requirePositive } from './stats';

/** Eq (D.1) learning-rate rule of thumb, LR(N) ≈ 0.003239 + −0.0001395·ln(N) (printed with "+ −"). */
export const KAPLAN_LEARNING_RATE_RULE = { intercept: 0.003239, slope: -0.0001395 } as const;

/**
 * Non-embedding parameter count at which eq (D.1), read with the natural log, reaches zero:
 * e^(0.003239/0.0001395) ≈ 1.2e10. This matches the paper's "breaks down for N > 10^10"; with log10
 * the rule would stay positive up to ~10^23, which is why we read the log as natural (facts.md §12c).
 */
export const KAPLAN_LEARNING_RATE_LIMIT_PARAMS = Math.exp(KAPLAN_LEARNING_RATE_RULE.intercept / -KAPLAN_LEARNING_RATE_RULE.slope);

/**
 * Kaplan's learning-rate rule of thumb LR(N) ≈ 0.003239 − 0.0001395·ln N (N non-embedding params).
 * Eq (D.1), read with the NATURAL log: then LR reaches 0 at N ≈ 1.2e10, matching the paper's
 * "breaks down for N > 10^10" (with log10 it would stay positive to ~10^23). Throws RangeError at or
 * beyond that size (KAPLAN_LEARNING_RATE_LIMIT_PARAMS), where the rule gives LR ≤ 0.
 * Example: 1e6 params → 1.31e-3; 1e9 → 3.5e-4; 1e10 → 2.7e-5.
 */
export function kaplanLearningRate(params: number): number {
  requirePositive('params', params);
  const lr = KAPLAN_LEARNING_RATE_RULE.intercept + KAPLAN_LEARNING_RATE_RULE.slope * Math.log(params);
  if (!(lr > 0)) {
    throw new RangeError(`Kaplan's rule (eq D.1) gives a learning rate ≤ 0 for ${params} parameters; it breaks down above about 1.2e10.`);
  }
  return lr;
}
