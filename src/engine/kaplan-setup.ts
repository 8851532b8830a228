/**
 * Kaplan et al. 2020 (arXiv 2001.08361): the experimental setup behind the fits — which model sizes and
 * dataset sizes were studied, how long the warm-up lasted. Figures use these to mark where a law is
 * interpolating and where it is extrapolating.
 */
import { KAPLAN_DEFAULT_BATCH_TOKENS } from './kaplan-batch';
import { requirePositive } from './stats';

/**
 * Non-embedding model sizes Kaplan studied: "from 768 to 1.5 billion non-embedding parameters" (§3).
 * Outside [768, 1.5e9] every Kaplan law is an extrapolation.
 */
export const KAPLAN_STUDIED_PARAMS: readonly [number, number] = [768, 1.5e9];

/** Dataset sizes Kaplan studied: "from 22 million to 23 billion tokens" (§3). */
export const KAPLAN_STUDIED_TOKENS: readonly [number, number] = [22e6, 23e9];

/**
 * Warm-up length in steps: "a 3000 step linear warmup followed by a cosine decay to zero" (§2.2). The L(N,S) fits
 * include "all training steps after the warmup period" (§5.2), so the law says nothing about these first steps.
 */
export const KAPLAN_WARMUP_STEPS = 3000;

/** Default run length: "a fixed 2.5 × 10^5 steps with a batch size of 512 sequences of 1024 tokens" (§2.2). */
export const KAPLAN_DEFAULT_TRAINING_STEPS = 2.5e5;

/**
 * Tokens processed during Kaplan's 3000-step warm-up at a batch of `batchTokens` tokens (default 2^19, §3).
 * Example: kaplanWarmupTokens() → 1.57e9 tokens (3000 × 524,288).
 */
export function kaplanWarmupTokens(batchTokens: number = KAPLAN_DEFAULT_BATCH_TOKENS): number {
  requirePositive('batchTokens', batchTokens);
  return KAPLAN_WARMUP_STEPS * batchTokens;
}

/**
 * Tokens processed by Kaplan's default run, 2.5e5 steps at `batchTokens` tokens per step (default 2^19).
 * Example: kaplanDefaultRunTokens() → 1.31e11 tokens.
 */
export function kaplanDefaultRunTokens(batchTokens: number = KAPLAN_DEFAULT_BATCH_TOKENS): number {
  requirePositive('batchTokens', batchTokens);
  return KAPLAN_DEFAULT_TRAINING_STEPS * batchTokens;
}
