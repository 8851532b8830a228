/**
 * Kaplan et al. 2020, "Scaling Laws for Neural Language Models" (arXiv 2001.08361).
 *
 * Units throughout: loss L in nats per token; N = NON-EMBEDDING parameters; D = tokens;
 * C_min in PF-days (1 PF-day = 8.64e19 FLOPs); batch sizes in tokens; S = optimisation steps.
 *
 * The paper has several sets of fitted constants (facts.md §1b, §11 trap 3): the single-variable
 * fits of Table 5, the joint L(N,D) fit of Table 2 and the L(N,S) fit of Table 3. Each function
 * below defaults to the table the paper itself uses for that equation, and every constant set
 * can be overridden. The paper notes the constants depend on the tokenizer and "do not have a
 * fundamental meaning" (§1.2).
 */
import { logAddExp, requireFinite, requireNonNegative, requirePositive, softplus } from './stats';

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------

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

/** Table 2, "Fits to L(N,D)" — the constants for the joint law eq (1.5)/(4.1). Nc in params, Dc in tokens. */
export const KAPLAN_TABLE2 = { alphaN: 0.076, alphaD: 0.103, Nc: 6.4e13, Dc: 1.8e13 } as const;

/** Table 3, "Fits to L(N,S)" — the constants for eq (1.6)/(5.6). Nc in params, Sc in steps. */
export const KAPLAN_TABLE3 = { alphaN: 0.077, alphaS: 0.76, Nc: 6.5e13, Sc: 2.1e3 } as const;

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

/** Batch size used for most runs, 2^19 tokens (Kaplan §3). */
export const KAPLAN_DEFAULT_BATCH_TOKENS = 2 ** 19;

/** Eq (6.8): where the L(C_min) and L(D(C_min)) trends must meet — the paper's "breakdown" point. */
export const KAPLAN_BREAKDOWN_POINT = { computePfDays: 1e4, params: 1e12, tokens: 1e12, loss: 1.7 } as const;

/** Eq (D.1) learning-rate rule of thumb, LR(N) ≈ 0.003239 + −0.0001395·ln(N) (printed with "+ −"). */
export const KAPLAN_LEARNING_RATE_RULE = { intercept: 0.003239, slope: -0.0001395 } as const;

/**
 * Non-embedding parameter count at which eq (D.1), read with the natural log, reaches zero:
 * e^(0.003239/0.0001395) ≈ 1.2e10. This matches the paper's "breaks down for N > 10^10"; with log10
 * the rule would stay positive up to ~10^23, which is why we read the log as natural (facts.md §12c).
 */
export const KAPLAN_LEARNING_RATE_LIMIT_PARAMS = Math.exp(
  KAPLAN_LEARNING_RATE_RULE.intercept / -KAPLAN_LEARNING_RATE_RULE.slope,
);

/** One Fig. 20 per-position fit, L(T) = a + b·T^(−c), T = token index in a 1024-token context. */
export interface PositionFit {
  /** 1…6 in the legend's order. */
  curve: number;
  a: number;
  b: number;
  /** Decay exponent, printed as T^−c (the minus sign is lost in text copies; facts.md §12e). */
  c: number;
}

/**
 * Kaplan Fig. 20 (left) legend: six per-position fits, in legend order. The order most likely runs
 * from the smallest model to the largest (a falls, c rises, "increasingly large powers for larger
 * models", §3.2.1), but the paper never says which model size each curve belongs to: the sizes are
 * UNVERIFIED (only a 10^6–10^8 colour bar is printed).
 */
export const KAPLAN_FIGURE20_FITS: readonly PositionFit[] = [
  { curve: 1, a: 4.0, b: 3.2, c: 0.47 },
  { curve: 2, a: 3.4, b: 4.0, c: 0.56 },
  { curve: 3, a: 2.9, b: 4.5, c: 0.56 },
  { curve: 4, a: 2.7, b: 4.9, c: 0.6 },
  { curve: 5, a: 2.4, b: 5.1, c: 0.61 },
  { curve: 6, a: 2.3, b: 5.4, c: 0.62 },
];

/** Dataset names in the Fig. 8 (left) legend, in legend order. */
export const KAPLAN_FIGURE8_DATASETS = [
  'WebText2 (Test)',
  'Internet Books',
  'Books',
  'Wikipedia',
  'Common Crawl',
] as const;

export type KaplanFigure8Dataset = (typeof KAPLAN_FIGURE8_DATASETS)[number];

// ---------------------------------------------------------------------------
// Single-variable laws (eqs 1.1–1.3)
// ---------------------------------------------------------------------------

/** exp(α·(ln c − ln x)) = (c/x)^α, safe for x from 1e-300 to 1e300. */
function ratioPower(c: number, x: number, alpha: number): number {
  return Math.exp(alpha * (Math.log(c) - Math.log(x)));
}

/**
 * Loss of a model trained to convergence on enough data, L(N) = (N_c/N)^α_N, in nats/token.
 * N = non-embedding parameters. Kaplan eq (1.1), Table 5 (α_N 0.076, N_c 8.8e13).
 * Example: 1.5e9 params → 2.30 nats; 1e8 → 2.83 nats.
 */
export function kaplanLossFromParams(
  params: number,
  constants: { alphaN: number; Nc: number } = KAPLAN_TABLE5,
): number {
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
export function kaplanLossFromTokens(
  tokens: number,
  constants: { alphaD: number; Dc: number } = KAPLAN_TABLE5,
): number {
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
export function kaplanLossFromCompute(
  computePfDays: number,
  options: { criticalCompute?: KaplanCriticalCompute; alpha?: number } = {},
): number {
  requirePositive('computePfDays', computePfDays);
  const cc = options.criticalCompute ?? 'table5';
  const criticalCompute =
    cc === 'table5' ? KAPLAN_TABLE5.CcMin : cc === 'figure1' ? KAPLAN_FIGURE1_CRITICAL_COMPUTE : cc;
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
export function kaplanComputeExponent(
  alphaS: number = KAPLAN_TABLE5.alphaS,
  alphaB: number = KAPLAN_TABLE5.alphaB,
  alphaN: number = KAPLAN_TABLE5.alphaN,
): number {
  requirePositive('alphaS', alphaS);
  requirePositive('alphaB', alphaB);
  requirePositive('alphaN', alphaN);
  return 1 / (1 / alphaS + 1 / alphaB + 1 / alphaN);
}

// ---------------------------------------------------------------------------
// Joint laws (eqs 1.5, 1.6, 4.3, 4.4, 5.7)
// ---------------------------------------------------------------------------

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
export function kaplanJointLoss(
  params: number,
  tokens: number,
  constants: KaplanJointConstants = KAPLAN_TABLE2,
): number {
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
export function overfittingPenalty(
  params: number,
  tokens: number,
  constants: KaplanJointConstants = KAPLAN_TABLE2,
): number {
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
export function kaplanLossParamsSteps(
  params: number,
  minSteps: number,
  constants: KaplanStepsConstants = KAPLAN_TABLE3,
): number {
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
  const gap = kaplanJointLoss(params, tokens) * overfittingPenalty(params, tokens) / (1 + overfittingPenalty(params, tokens));
  // gap = L(N,D) − L(N,∞) = L(N,D)·δ/(1+δ), computed without cancellation.
  if (!(gap > 0)) return Infinity; // D → ∞: never stops early
  return Math.exp(Math.log(KAPLAN_TABLE3.Sc) - Math.log(gap) / KAPLAN_TABLE3.alphaS);
}

// ---------------------------------------------------------------------------
// Critical batch size and the steps–examples trade-off (§5.1)
// ---------------------------------------------------------------------------

/**
 * Critical batch size B_crit(L) = B_* / L^(1/α_B), in tokens, for a loss L in nats/token.
 * Kaplan eq (1.4)/(5.3), Table 5 (B_* 2.1e8 tokens, α_B 0.21). It roughly doubles for every 13% drop in loss.
 * Example: L = 3.0 nats → 1.1e6 tokens; L = 2.5 → 2.7e6 tokens.
 */
export function criticalBatch(
  loss: number,
  constants: { Bstar: number; alphaB: number } = KAPLAN_TABLE5,
): number {
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
export function batchTradeoff(
  batchTokens: number,
  criticalBatchTokens: number,
): { stepsRatio: number; examplesRatio: number } {
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

// ---------------------------------------------------------------------------
// Compute-efficient allocation (Table 6)
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Parameter and FLOP counting (eqs 2.1, 2.2)
// ---------------------------------------------------------------------------

/**
 * Non-embedding parameters N ≈ 2·d_model·n_layer·(2·d_attn + d_ff), Kaplan eq (2.1) / Table 1;
 * d_attn defaults to d_model and d_ff to 4·d_model, giving 12·n_layer·d_model².
 * Example: (48 layers, d_model 1600) → 1.47e9 params (GPT-2 1.5B shape); (6, 4288) → 1.32e9.
 */
export function nonEmbeddingParams(nLayer: number, dModel: number, dAttn: number = dModel, dFF: number = 4 * dModel): number {
  requirePositive('nLayer', nLayer);
  requirePositive('dModel', dModel);
  requirePositive('dAttn', dAttn);
  requirePositive('dFF', dFF);
  return 2 * dModel * nLayer * (2 * dAttn + dFF);
}

/** Shape information for the context-dependent attention FLOPs of eq (2.2). */
export interface ContextShape {
  nLayer: number;
  /** Context length in tokens. */
  nCtx: number;
  /** Attention width (d_attn; equals d_model for the standard model). */
  dAttn: number;
}

/**
 * Forward-pass FLOPs per token, C_forward ≈ 2N + 2·n_layer·n_ctx·d_attn (add-multiply = 2 FLOPs).
 * Kaplan eq (2.2) / Table 1. Without a shape, only 2N.
 * Example: 1.47e9 params, 48 layers, n_ctx 1024, d_attn 1600 → 3.10e9 FLOPs per token.
 */
export function forwardFlopsPerToken(params: number, shape?: ContextShape): number {
  requirePositive('params', params);
  if (!shape) return 2 * params;
  requirePositive('nLayer', shape.nLayer);
  requirePositive('nCtx', shape.nCtx);
  requirePositive('dAttn', shape.dAttn);
  return 2 * params + 2 * shape.nLayer * shape.nCtx * shape.dAttn;
}

/**
 * Training FLOPs per token ≈ 3 × forward (the backward pass costs ≈ 2× the forward), i.e. 6N plus
 * 6·n_layer·n_ctx·d_attn for the context term. Kaplan §2.1 ("C ≈ 6N … per training token").
 * Example: 1e9 params → 6e9 FLOPs per token.
 */
export function trainingFlopsPerToken(params: number, shape?: ContextShape): number {
  return 3 * forwardFlopsPerToken(params, shape);
}

// ---------------------------------------------------------------------------
// Learning rate (eq D.1)
// ---------------------------------------------------------------------------

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
    throw new RangeError(
      `Kaplan's rule (eq D.1) gives a learning rate ≤ 0 for ${params} parameters; it breaks down above about 1.2e10.`,
    );
  }
  return lr;
}

// ---------------------------------------------------------------------------
// Per-position loss (Fig. 20)
// ---------------------------------------------------------------------------

/**
 * Per-token loss at position T of the context, L(T) = a + b·T^(−c), in nats, from a Fig. 20 fit.
 * T is the 1-based token index (1 ≤ T; the paper's context is 1024 tokens).
 * Example: curve 6 (2.3 + 5.4·T^−0.62) at T = 1024 → 2.37 nats; at T = 1 → 7.7 nats.
 */
export function perPositionLoss(fit: Pick<PositionFit, 'a' | 'b' | 'c'>, position: number): number {
  requireFinite('position', position);
  if (!(position >= 1)) throw new RangeError(`position must be 1 or more, got ${position}.`);
  requireFinite('a', fit.a);
  requireFinite('b', fit.b);
  requireFinite('c', fit.c);
  return fit.a + fit.b * Math.exp(-fit.c * Math.log(position));
}

// ---------------------------------------------------------------------------
// Distribution shift (Fig. 8) — schematic
// ---------------------------------------------------------------------------

/** Illustrative offsets (nats) used by distributionShiftSchematic. NOT from the paper. */
export const DISTRIBUTION_SHIFT_ILLUSTRATIVE_OFFSETS: Readonly<Record<KaplanFigure8Dataset, number>> = {
  'WebText2 (Test)': 0,
  'Internet Books': 0.1,
  Books: 0.2,
  Wikipedia: 0.3,
  'Common Crawl': 0.4,
};

/** One dataset's line in the distribution-shift schematic. */
export interface DistributionShiftSeries {
  dataset: KaplanFigure8Dataset;
  /** Illustrative offset in nats (schematic). */
  offset: number;
  points: Array<{ params: number; trainingLoss: number; loss: number }>;
}

/**
 * SCHEMATIC of Kaplan Fig. 8: loss on other datasets = training-distribution (WebText2) loss + a constant
 * offset, for models of the given non-embedding sizes (training loss from L(N), eq 1.1, Table 5).
 * The paper prints NO offsets, slopes or ordering (facts.md §12b): the offsets here are illustrative
 * only, and the result carries `schematic: true`. The shape — parallel lines, "roughly constant offset"
 * (§1.1; the Fig. 8 caption says "small and very slowly growing") — is what the paper reports.
 * Example: 1e8 params → WebText2 2.83 nats, "Common Crawl" 3.23 nats with the default 0.4 offset.
 */
export function distributionShiftSchematic(
  paramsGrid: readonly number[],
  options: { offsets?: Partial<Record<KaplanFigure8Dataset, number>> } = {},
): {
  schematic: true;
  source: string;
  series: DistributionShiftSeries[];
} {
  if (paramsGrid.length === 0) throw new RangeError('paramsGrid must not be empty.');
  paramsGrid.forEach((n, i) => requirePositive(`paramsGrid[${i}]`, n));
  const offsets = { ...DISTRIBUTION_SHIFT_ILLUSTRATIVE_OFFSETS, ...(options.offsets ?? {}) };
  const series = KAPLAN_FIGURE8_DATASETS.map((dataset) => {
    const offset = requireFinite(`offsets.${dataset}`, offsets[dataset]);
    return {
      dataset,
      offset,
      points: paramsGrid.map((params) => {
        const trainingLoss = kaplanLossFromParams(params);
        return { params, trainingLoss, loss: trainingLoss + offset };
      }),
    };
  });
  return {
    schematic: true,
    source: 'Kaplan et al. 2020 (arXiv 2001.08361), §3.2.2 and Fig. 8; dataset names from the Fig. 8 legend',
    series,
  };
}

// ---------------------------------------------------------------------------
// Sample efficiency (Fig. 2 / "sample-efficiency" figure)
// ---------------------------------------------------------------------------

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
