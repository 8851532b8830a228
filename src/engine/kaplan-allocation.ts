/**
 * Kaplan et al. 2020 (arXiv 2001.08361) Table 6 as growth factors: how much each part of the compute-efficient
 * allocation grows when C_min grows, relative to C_min = 1 PF-day (where each law equals its coefficient).
 */
import { KAPLAN_TABLE6 } from './kaplan';
import { requirePositive } from './stats';

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
