/**
 * Kaplan et al. 2020 (arXiv 2001.08361) joint laws: L(N, D) (eqs 1.5/4.1, Table 2 constants) with its overfitting
 * penalty and data requirement (eqs 4.3, 4.4), and L(N, S) (eqs 1.6/5.6, Table 3 constants) with the early-stopping
 * bound (eq 5.7).
 * Units: loss in nats/token; N = non-embedding parameters; D = tokens; C_min in PF-days (8.64e19 FLOPs); batch in
 * tokens; S = optimisation steps.
 */
import { logAddExp, ratioPower, requirePositive, softplus } from './stats';

/** Table 2, "Fits to L(N,D)" — the constants for the joint law eq (1.5)/(4.1). Nc in params, Dc in tokens. */
export const KAPLAN_TABLE2 = { alphaN: 0.076, alphaD: 0.103, Nc: 6.4e13, Dc: 1.8e13 } as const;

/** Table 3, "Fits to L(N,S)" — the constants for eq (1.6)/(5.6). Nc in params, Sc in steps. */
export const KAPLAN_TABLE3 = { alphaN: 0.077, alphaS: 0.76, Nc: 6.5e13, Sc: 2.1e3 } as const;

/** Constants for the joint L(N,D) law. */
export interface KaplanJointConstants {
  alphaN: number;
  alphaD: number;
  Nc: number;
  Dc: number;
}

/**
 * Joint loss L(N,D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D in nats/token (N non-embedding params, D tokens).
 * Kaplan eq (1.5)/(4.1) with the Table 2 fit (α_N 0.076, α_D 0.103, N_c 6.4e13, D_c 1.8e13) by default.
 * Computed in log space, so N and D from 1 to 1e35 neither overflow nor underflow.
 * Example: 1.5e9 params, 2.29e10 tokens (all of WebText2) → 2.31 nats.
 */
export function kaplanJointLoss(params: number, tokens: number, constants: KaplanJointConstants = KAPLAN_TABLE2): number {
  requirePositive('params', params);
  requirePositive('tokens', tokens);
  checkJoint(constants);
  const { alphaN, alphaD, Nc, Dc } = constants;
  const logParamTerm = (alphaN / alphaD) * (Math.log(Nc) - Math.log(params));
  const logDataTerm = Math.log(Dc) - Math.log(tokens);
  return Math.exp(alphaD * logAddExp(logParamTerm, logDataTerm));
}

function checkJoint(c: KaplanJointConstants): void {
  requirePositive('alphaN', c.alphaN);
  requirePositive('alphaD', c.alphaD);
  requirePositive('Nc', c.Nc);
  requirePositive('Dc', c.Dc);
}

/**
 * Overfitting penalty δL = L(N,D)/L(N,∞) − 1 ≈ (1 + (N/N_c)^(α_N/α_D)·D_c/D)^α_D − 1 (dimensionless).
 * Kaplan eq (4.2)/(4.3), Table 2 constants by default.
 * Example: 1.5e9 params on 2.29e10 tokens → 0.0275 (2.75% above the infinite-data loss).
 */
export function overfittingPenalty(params: number, tokens: number, constants: KaplanJointConstants = KAPLAN_TABLE2): number {
  requirePositive('params', params);
  requirePositive('tokens', tokens);
  checkJoint(constants);
  const { alphaN, alphaD, Nc, Dc } = constants;
  const logX = (alphaN / alphaD) * (Math.log(params) - Math.log(Nc)) + Math.log(Dc) - Math.log(tokens);
  return Math.expm1(alphaD * softplus(logX));
}

/**
 * Tokens needed to keep overfitting below the ≈0.02 seed noise, D ≳ 5e3·N^0.74 (tokens; N non-embedding).
 * Kaplan eq (4.4).
 * Example: 1e9 params → 2.3e10 tokens; 8× the model needs ≈ 4.7× the data.
 */
export function tokensToAvoidOverfitting(params: number): number {
  requirePositive('params', params);
  return Math.exp(Math.log(5e3) + 0.74 * Math.log(params));
}

/** Constants for L(N,S). */
export interface KaplanStepsConstants {
  alphaN: number;
  alphaS: number;
  Nc: number;
  Sc: number;
}

/**
 * Learning-curve law L(N, S_min) = (N_c/N)^α_N + (S_c/S_min)^α_S in nats/token
 * (N non-embedding params, S_min = minimum number of optimisation steps, eq 5.4).
 * Kaplan eq (1.6)/(5.6) with the Table 3 fit (α_N 0.077, α_S 0.76, N_c 6.5e13, S_c 2.1e3) by default.
 * Example: 1e9 params after 1e5 steps → 2.40 nats.
 */
export function kaplanLossParamsSteps(params: number, minSteps: number, constants: KaplanStepsConstants = KAPLAN_TABLE3): number {
  requirePositive('params', params);
  requirePositive('minSteps', minSteps);
  requirePositive('alphaN', constants.alphaN);
  requirePositive('alphaS', constants.alphaS);
  requirePositive('Nc', constants.Nc);
  requirePositive('Sc', constants.Sc);
  return ratioPower(constants.Nc, params, constants.alphaN) + ratioPower(constants.Sc, minSteps, constants.alphaS);
}

/**
 * Lower bound on the step at which early stopping happens, S_stop ≳ S_c/[L(N,D) − L(N,∞)]^(1/α_S) (steps).
 * Kaplan eq (5.7); L(N,D) and L(N,∞) from Table 2, S_c and α_S from Table 3.
 * Example: 1.5e9 params on 2.29e10 tokens → ≈ 8.2e4 steps.
 */
export function earlyStoppingSteps(params: number, tokens: number): number {
  requirePositive('params', params);
  requirePositive('tokens', tokens);
  const gap = (kaplanJointLoss(params, tokens) * overfittingPenalty(params, tokens)) / (1 + overfittingPenalty(params, tokens));
  // gap = L(N,D) − L(N,∞) = L(N,D)·δ/(1+δ), computed without cancellation.
  if (!(gap > 0)) return Infinity; // D → ∞: never stops early
  return Math.exp(Math.log(KAPLAN_TABLE3.Sc) - Math.log(gap) / KAPLAN_TABLE3.alphaS);
}
