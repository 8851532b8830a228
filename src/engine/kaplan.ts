/**
 * Kaplan et al. 2020, "Scaling Laws for Neural Language Models" (arXiv 2001.08361): the single-variable laws
 * L(N), L(D) and L(C_min) (eqs 1.1–1.3, Table 5) and where their trends must break down (eq 6.8). The joint laws
 * are in kaplan-joint.ts, batch size in kaplan-batch.ts, Table 6 in kaplan-allocation.ts, FLOP counting in
 * kaplan-flops.ts, the learning rate in kaplan-learning-rate.ts, Fig. 20 in kaplan-position.ts, Fig. 8 in
 * kaplan-distribution-shift.ts and Fig. 2 in sample-efficiency.ts.
 *
 * Units throughout: loss L in nats per token; N = NON-EMBEDDING parameters; D = tokens;
 * C_min in PF-days (1 PF-day = 8.64e19 FLOPs); batch sizes in tokens; S = optimisation steps.
 *
 * The paper has several sets of fitted constants (facts.md §1b, §11 trap 3): the single-variable
 * fits of Table 5, the joint L(N,D) fit of Table 2 and the L(N,S) fit of Table 3. Each function
 * defaults to the table the paper itself uses for that equation, and every constant set
 * can be overridden. The paper notes the constants depend on the tokenizer and "do not have a
 * fundamental meaning" (§1.2).
 */
import { ratioPower, requirePositive } from './stats';

/**
 * Table 5 (Appendix A), single-variable fits, also eqs (1.1)–(1.4) and text after (1.6).
 * Nc in non-embedding parameters, Dc in tokens, CcMin and CcNaive in PF-days, Bstar in tokens, Sc in steps.
 */
export const KAPLAN_TABLE5 = {
  alphaN: 0.076,
  Nc: 8.8e13,
  alphaD: 0.095,
  Dc: 5.4e13,
  /** α_C^min for the compute-efficient frontier L(C_min), eq (1.3). */
  alphaCMin: 0.05,
  /** C_c^min = 3.1e8 PF-days (eq 1.3 and Table 5). The Fig. 1/Fig. 13 legend prints 2.3e8 instead: see KAPLAN_FIGURE1_CRITICAL_COMPUTE. */
  CcMin: 3.1e8,
  /** "Naive" fixed-batch compute law L(C), eq (3.3), Table 5. */
  alphaCNaive: 0.057,
  CcNaive: 1.6e7,
  alphaB: 0.21,
  /** B_* = 2.1e8 tokens in Table 5 and the Fig. 10 legend; eqs (1.4)/(5.3) print "∼2·10^8". */
  Bstar: 2.1e8,
  alphaS: 0.76,
  Sc: 2.1e3,
} as const;

/**
 * C_c^min as printed in the Fig. 1 and Fig. 13 legends, `L = (C_min/2.3·10^8)^−0.050` (PF-days).
 * The paper is inconsistent with itself: eq (1.3) and Table 5 say 3.1e8 (facts.md §1g, §11 trap 1).
 * At C_min = 1 PF-day they give 2.619 vs 2.658 nats.
 */
export const KAPLAN_FIGURE1_CRITICAL_COMPUTE = 2.3e8;

/** Eq (6.8): where the L(C_min) and L(D(C_min)) trends must meet — the paper's "breakdown" point. */
export const KAPLAN_BREAKDOWN_POINT = { computePfDays: 1e4, params: 1e12, tokens: 1e12, loss: 1.7 } as const;

/**
 * Loss of a model trained to convergence on enough data, L(N) = (N_c/N)^α_N, in nats/token.
 * N = non-embedding parameters. Kaplan eq (1.1), Table 5 (α_N 0.076, N_c 8.8e13).
 * Example: 1.5e9 params → 2.30 nats; 1e8 → 2.83 nats.
 */
export function kaplanLossFromParams(params: number, constants: { alphaN: number; Nc: number } = KAPLAN_TABLE5): number {
  requirePositive('params', params);
  requirePositive('alphaN', constants.alphaN);
  requirePositive('Nc', constants.Nc);
  return ratioPower(constants.Nc, params, constants.alphaN);
}

/**
 * Loss of a large model trained with early stopping on D tokens, L(D) = (D_c/D)^α_D, in nats/token.
 * Kaplan eq (1.2), Table 5 (α_D 0.095, D_c 5.4e13 tokens).
 * Example: 2.29e10 tokens (all of WebText2) → 2.09 nats.
 */
export function kaplanLossFromTokens(tokens: number, constants: { alphaD: number; Dc: number } = KAPLAN_TABLE5): number {
  requirePositive('tokens', tokens);
  requirePositive('alphaD', constants.alphaD);
  requirePositive('Dc', constants.Dc);
  return ratioPower(constants.Dc, tokens, constants.alphaD);
}

/** Which C_c^min to use: Table 5 / eq (1.3) (3.1e8), the Fig. 1 legend (2.3e8), or a number in PF-days. */
export type KaplanCriticalCompute = 'table5' | 'figure1' | number;

/**
 * Loss on the compute-efficient frontier, L(C_min) = (C_c^min/C_min)^α_C^min, in nats/token.
 * C_min in PF-days (non-embedding compute). Kaplan eq (1.3), Table 5 (α 0.050, C_c^min 3.1e8 PF-days);
 * `criticalCompute: 'figure1'` uses the 2.3e8 of the Fig. 1 legend instead.
 * Example: 1 PF-day → 2.658 nats (Table 5) or 2.619 nats (Fig. 1 legend).
 */
export function kaplanLossFromCompute(computePfDays: number, options: { criticalCompute?: KaplanCriticalCompute; alpha?: number } = {}): number {
  requirePositive('computePfDays', computePfDays);
  const cc = options.criticalCompute ?? 'table5';
  const criticalCompute = cc === 'table5' ? KAPLAN_TABLE5.CcMin : cc === 'figure1' ? KAPLAN_FIGURE1_CRITICAL_COMPUTE : cc;
  requirePositive('criticalCompute', criticalCompute);
  const alpha = requirePositive('alpha', options.alpha ?? KAPLAN_TABLE5.alphaCMin);
  return ratioPower(criticalCompute, computePfDays, alpha);
}

/**
 * "Naive" compute law at a fixed batch size, L(C) = (C_c/C)^α_C, in nats/token; C in PF-days.
 * Kaplan eq (3.3), Table 5 (α_C 0.057, C_c 1.6e7 PF-days).
 * Example: 1 PF-day → 2.58 nats.
 */
export function kaplanLossFromComputeNaive(computePfDays: number): number {
  requirePositive('computePfDays', computePfDays);
  return ratioPower(KAPLAN_TABLE5.CcNaive, computePfDays, KAPLAN_TABLE5.alphaCNaive);
}

/**
 * Theoretical α_C^min = 1/(1/α_S + 1/α_B + 1/α_N) (dimensionless). Kaplan eq (1.8)/(B.7); with the
 * Table 5 exponents 0.76, 0.21, 0.076 it is 0.0520, matching eq (B.7)'s "≈ 0.052" (eq 6.4 prints 0.054).
 * Example: kaplanComputeExponent() → 0.0520.
 */
export function kaplanComputeExponent(alphaS: number = KAPLAN_TABLE5.alphaS, alphaB: number = KAPLAN_TABLE5.alphaB, alphaN: number = KAPLAN_TABLE5.alphaN): number {
  requirePositive('alphaS', alphaS);
  requirePositive('alphaB', alphaB);
  requirePositive('alphaN', alphaN);
  return 1 / (1 / alphaS + 1 / alphaB + 1 / alphaN);
}
