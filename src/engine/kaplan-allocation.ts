/**
 * Kaplan et al. 2020 (arXiv 2001.08361) Table 6, the compute-efficient allocation N, B, S, D as power laws of C_min
 * (PF-days), and the same as growth factors: how much each part of the compute-efficient
 * allocation grows when C_min grows, relative to C_min = 1 PF-day (where each law equals its coefficient).
 */
import { requirePositive } from './stats';

/**
 * Table 6, compute-efficient allocation as power laws of C_min (PF-days):
 * N_opt = 1.3e9·C^0.73 params; B_crit = 2.0e6·C^0.24 tokens; S_min = 5.4e3·C^0.03 steps;
 * D_opt = 2e10·C^0.27 tokens (1 epoch).
 */
export const KAPLAN_TABLE6 = {
  params: { coefficient: 1.3e9, exponent: 0.73 },
  batchTokens: { coefficient: 2.0e6, exponent: 0.24 },
  steps: { coefficient: 5.4e3, exponent: 0.03 },
  tokens: { coefficient: 2e10, exponent: 0.27 },
} as const;

/**
 * Compute-efficient allocation of C_min (PF-days) from Table 6: parameters (non-embedding),
 * critical batch (tokens), minimum steps and tokens (1 epoch).
 * Example: 1 PF-day → 1.3e9 params, 2.0e6-token batch, 5.4e3 steps, 2e10 tokens.
 */
export function kaplanAllocation(computePfDays: number): {
  params: number;
  batchTokens: number;
  steps: number;
  tokens: number;
} {
  requirePositive('computePfDays', computePfDays);
  const lnC = Math.log(computePfDays);
  const at = (law: { coefficient: number; exponent: number }) => Math.exp(Math.log(law.coefficient) + law.exponent * lnC);
  return {
    params: at(KAPLAN_TABLE6.params),
    batchTokens: at(KAPLAN_TABLE6.batchTokens),
    steps: at(KAPLAN_TABLE6.steps),
    tokens: at(KAPLAN_TABLE6.tokens),
  };
}

/** The four Table 6 quantities: non-embedding params, critical batch (tokens), minimum steps, tokens. */
export type KaplanAllocationPart = keyof typeof KAPLAN_TABLE6;

/** The Table 6 parts in the order the paper lists them (N, B, S, D). */
export const KAPLAN_ALLOCATION_PARTS: readonly KaplanAllocationPart[] = ['params', 'batchTokens', 'steps', 'tokens'];

/**
 * Growth factor of each Table 6 quantity at C_min (PF-days) relative to C_min = 1 PF-day: C_min^p with
 * p_N = 0.73, p_B = 0.24, p_S = 0.03, p_D = 0.27 (dimensionless). Multiply by the Table 6 coefficient
 * (kaplanAllocation) for the absolute value.
 * Example: 1000 PF-days → params ×155, batch ×5.25, steps ×1.23, tokens ×6.46.
 */
export function kaplanAllocationGrowth(computePfDays: number): Record<KaplanAllocationPart, number> {
  requirePositive('computePfDays', computePfDays);
  const lnC = Math.log(computePfDays);
  const grow = (part: KaplanAllocationPart) => Math.exp(KAPLAN_TABLE6[part].exponent * lnC);
  return { params: grow('params'), batchTokens: grow('batchTokens'), steps: grow('steps'), tokens: grow('tokens') };
}

/**
 * C_min (PF-days) at which Table 6's N_opt = 1.3e9·C_min^0.73 reaches a given non-embedding parameter count.
 * Example: 1.5e9 params (Kaplan's largest model, §3) → 1.22 PF-days.
 */
export function kaplanComputeForParams(params: number): number {
  requirePositive('params', params);
  const { coefficient, exponent } = KAPLAN_TABLE6.params;
  return Math.exp((Math.log(params) - Math.log(coefficient)) / exponent);
}
