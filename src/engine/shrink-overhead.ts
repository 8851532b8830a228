/**
 * Smaller-than-optimal models under the parametric law (Hoffmann et al. 2022 eqs 2 and 4, C = 6ND): the extra data
 * and compute a model k times smaller than compute-optimal needs to reach the compute-optimal loss, and the
 * shrink factor beyond which no amount of data suffices. Units: C in FLOPs, N in params, D in tokens, loss in nats.
 */
import { checkChinchillaParams, computeOptimal, type ChinchillaParams } from './chinchilla';
import { logAddExp, requirePositive } from './stats';

/** Result of shrinkOverhead. */
export interface ShrinkOverhead {
  /** Whether any amount of data lets the smaller model reach the target loss. */
  feasible: boolean;
  /** The loss to match: L(N_opt, D_opt) at this budget (nats). */
  targetLoss: number;
  /** Compute-optimal params and tokens at the budget. */
  optimal: { params: number; tokens: number };
  /** Params of the smaller model, N_opt/k. */
  params: number;
  /** Tokens it needs to reach the target loss (Infinity when infeasible). */
  tokens: number;
  /** tokens / D_opt (Infinity when infeasible). */
  dataFactor: number;
  /** Compute of the smaller model relative to the budget, (N·D)/(N_opt·D_opt) — the overhead, ≥ 1. */
  computeFactor: number;
  /** computeFactor − 1: the extra compute as a fraction. */
  extraCompute: number;
}

/**
 * For a model k× smaller than compute-optimal at a FLOP budget: the tokens it needs to reach the same
 * loss as the compute-optimal model, the data factor, and the compute factor (the overhead, ≥ 1).
 * Solves E + A/(N/k)^α + B/D^β = L(N_opt, D_opt) for D (Hoffmann et al. 2022 eq 2; C = 6ND).
 * When E + A/(N_opt/k)^α ≥ target loss no amount of data compensates: `feasible: false`, infinite factors.
 * k > 0 (k < 1 means a larger model). Example: hoffmann2022, k = 2 at 5.76e23 FLOPs → 2.42× the data,
 * computeFactor 1.21 (21% more compute).
 */
export function shrinkOverhead(p: ChinchillaParams, k: number, flops: number): ShrinkOverhead {
  checkChinchillaParams(p);
  requirePositive('k', k);
  const optimal = computeOptimal(p, flops);
  const logParamTermOpt = Math.log(p.A) - p.alpha * Math.log(optimal.params);
  const logDataTermOpt = Math.log(p.B) - p.beta * Math.log(optimal.tokens);
  const reducible = Math.exp(logAddExp(logParamTermOpt, logDataTermOpt)); // target − E
  const targetLoss = p.E + reducible;
  const params = optimal.params / k;
  const newParamTerm = Math.exp(Math.log(p.A) - p.alpha * Math.log(params));
  const remaining = reducible - newParamTerm; // what B/D^β must equal
  if (!(remaining > 0)) {
    return {
      feasible: false,
      targetLoss,
      optimal,
      params,
      tokens: Infinity,
      dataFactor: Infinity,
      computeFactor: Infinity,
      extraCompute: Infinity,
    };
  }
  const logTokens = (Math.log(p.B) - Math.log(remaining)) / p.beta;
  const tokens = Math.exp(logTokens);
  const logDataFactor = logTokens - Math.log(optimal.tokens);
  const computeFactor = Math.exp(logDataFactor - Math.log(k));
  return {
    feasible: true,
    targetLoss,
    optimal,
    params,
    tokens,
    dataFactor: Math.exp(logDataFactor),
    computeFactor,
    extraCompute: computeFactor - 1,
  };
}

/**
 * The shrink factor k* beyond which a model N_opt/k can never reach the compute-optimal loss at this
 * budget: E + A/(N_opt/k*)^α = L(N_opt, D_opt). Under eq (4) it equals (1 + α/β)^(1/α) for every budget
 * (≈ 10.1 for hoffmann2022), because αA/N_opt^α = βB/D_opt^β at the optimum.
 * Example: hoffmann2022 at 5.76e23 FLOPs → 10.1.
 */
export function criticalShrinkFactor(p: ChinchillaParams, flops: number): number {
  checkChinchillaParams(p);
  const optimal = computeOptimal(p, flops);
  const logParamTermOpt = Math.log(p.A) - p.alpha * Math.log(optimal.params);
  const logDataTermOpt = Math.log(p.B) - p.beta * Math.log(optimal.tokens);
  const logReducible = logAddExp(logParamTermOpt, logDataTermOpt);
  // A/N*^α = reducible → ln N* = (ln A − ln reducible)/α; k* = N_opt/N*.
  return Math.exp(Math.log(optimal.params) - (Math.log(p.A) - logReducible) / p.alpha);
}
