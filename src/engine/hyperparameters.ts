/**
 * Optimal learning rate and batch size: Step Law (Li et al. 2025, arXiv 2503.04715) and
 * DeepSeek LLM (DeepSeek-AI 2024, arXiv 2401.02954, §3).
 *
 * Units (facts.md §11 traps 9 and 10): Step Law N = NON-EMBEDDING parameters, D = tokens, batch in TOKENS
 * (the repo multiplies sequences by seq_len before fitting). DeepSeek C = FLOPs with C = M·D, where M is
 * non-embedding FLOPs per token including attention (eq 2); batch in TOKENS.
 */
import { requireFinite, requirePositive } from './stats';

/** Step Law constants as printed: η = 1.79·N^−0.713·D^0.307, B = 0.58·D^0.571 (tokens). */
export const STEP_LAW = {
  learningRate: { coefficient: 1.79, paramsExponent: -0.713, tokensExponent: 0.307 },
  batchTokens: { coefficient: 0.58, tokensExponent: 0.571 },
} as const;

/**
 * Means of the 1000 bootstrap fits in the Step Law repo (data/1004_fitted_lr_bs_scaling_model_parameters.csv):
 * e^0.586308 = 1.7973, coefN −0.712922, coefD 0.307491; e^−0.543542 = 0.5807, coefD 0.570944 (facts.md §4, R/D).
 */
export const STEP_LAW_REPO_MEANS = {
  learningRate: { coefficient: Math.exp(0.586308), paramsExponent: -0.712922, tokensExponent: 0.307491 },
  batchTokens: { coefficient: Math.exp(-0.543542), tokensExponent: 0.570944 },
} as const;

/**
 * Range of the dense grid released with Step Law (data/dense_lr_bs_loss.csv): N from 214,663,680 to
 * 1,073,741,824 non-embedding params, D from 4e9 to 1e11 tokens. Outside it the law is extrapolated.
 */
export const STEP_LAW_FIT_RANGE = {
  params: [214_663_680, 1_073_741_824] as [number, number],
  tokens: [4e9, 1e11] as [number, number],
};

/** DeepSeek LLM eq (1): η_opt = 0.3118·C^−0.1250, B_opt = 0.2920·C^0.3271 (C in FLOPs, B in tokens). */
export const DEEPSEEK_HYPERPARAMETERS = {
  learningRate: { coefficient: 0.3118, exponent: -0.125 },
  batchTokens: { coefficient: 0.292, exponent: 0.3271 },
} as const;

/** Compute budgets used to fit DeepSeek eq (1): "ranging from 1e17 to 2e19" FLOPs (§3.1). */
export const DEEPSEEK_FIT_RANGE = { flops: [1e17, 2e19] as [number, number] };

/** DeepSeek LLM eq (4): M_opt = 0.1715·C^0.5243 (FLOPs/token), D_opt = 5.8316·C^0.4757 (tokens). */
export const DEEPSEEK_ALLOCATION = {
  modelScale: { coefficient: 0.1715, exponent: 0.5243 },
  tokens: { coefficient: 5.8316, exponent: 0.4757 },
} as const;

type StepLawConstants = {
  learningRate: { coefficient: number; paramsExponent: number; tokensExponent: number };
  batchTokens: { coefficient: number; tokensExponent: number };
};

/**
 * Step Law optimal peak learning rate and batch size for N non-embedding params trained on D tokens:
 * η = 1.79·N^−0.713·D^0.307, B = 0.58·D^0.571 tokens (Li et al. 2025; batch has no N term).
 * Pass STEP_LAW_REPO_MEANS as `constants` for the repo's bootstrap means.
 * Example: 7e9 params, 1.4e12 tokens → η ≈ 9.17e-4, B ≈ 5.00e6 tokens (≈ 2,441 sequences of 2048).
 */
export function stepLaw(params: number, tokens: number, constants: StepLawConstants = STEP_LAW): { learningRate: number; batchTokens: number } {
  requirePositive('params', params);
  requirePositive('tokens', tokens);
  const lnN = Math.log(params);
  const lnD = Math.log(tokens);
  const lr = constants.learningRate;
  const bs = constants.batchTokens;
  return {
    learningRate: Math.exp(Math.log(lr.coefficient) + lr.paramsExponent * lnN + lr.tokensExponent * lnD),
    batchTokens: Math.exp(Math.log(bs.coefficient) + bs.tokensExponent * lnD),
  };
}

/**
 * DeepSeek LLM optimal peak learning rate and batch size for a compute budget C (FLOPs, C = M·D):
 * η = 0.3118·C^−0.1250, B = 0.2920·C^0.3271 tokens. DeepSeek-AI 2024 eq (1), fitted on 1e17–2e19 FLOPs.
 * Example: 8.456e22 FLOPs (DeepSeek 7B: M 4.228e10 × 2T tokens) → η ≈ 4.25e-4, B ≈ 9.22e6 tokens
 * = 2,252 × 4096-token sequences (Table 2 prints 4.2e-4 and 2304).
 */
export function deepseekHyperparameters(flops: number): { learningRate: number; batchTokens: number } {
  requirePositive('flops', flops);
  const lnC = Math.log(flops);
  const lr = DEEPSEEK_HYPERPARAMETERS.learningRate;
  const bs = DEEPSEEK_HYPERPARAMETERS.batchTokens;
  return {
    learningRate: Math.exp(Math.log(lr.coefficient) + lr.exponent * lnC),
    batchTokens: Math.exp(Math.log(bs.coefficient) + bs.exponent * lnC),
  };
}

/**
 * DeepSeek's model scale M = 72·n_layer·d_model² + 12·n_layer·d_model·l_seq: non-embedding FLOPs per
 * token including attention, excluding the vocabulary. DeepSeek-AI 2024 eq (2).
 * Example: 30 layers, d_model 4096, l_seq 4096 (DeepSeek 7B) → 4.228e10 FLOPs/token.
 */
export function deepseekModelScale(nLayer: number, dModel: number, seqLen: number): number {
  requirePositive('nLayer', nLayer);
  requirePositive('dModel', dModel);
  requirePositive('seqLen', seqLen);
  return 72 * nLayer * dModel * dModel + 12 * nLayer * dModel * seqLen;
}

/**
 * DeepSeek compute-optimal allocation for C FLOPs: M_opt = 0.1715·C^0.5243 (FLOPs/token) and
 * D_opt = 5.8316·C^0.4757 (tokens), so M·D ≈ C. DeepSeek-AI 2024 eq (4).
 * Example: 1e20 FLOPs → M ≈ 5.25e9 FLOPs/token, D ≈ 1.90e10 tokens.
 */
export function deepseekAllocation(flops: number): { modelScale: number; tokens: number } {
  requirePositive('flops', flops);
  const lnC = Math.log(flops);
  const m = DEEPSEEK_ALLOCATION.modelScale;
  const d = DEEPSEEK_ALLOCATION.tokens;
  return {
    modelScale: Math.exp(Math.log(m.coefficient) + m.exponent * lnC),
    tokens: Math.exp(Math.log(d.coefficient) + d.exponent * lnC),
  };
}

/**
 * Whether a value lies outside an inclusive [min, max] fit range (true = extrapolating).
 * Example: isOutsideRange(7e9, STEP_LAW_FIT_RANGE.params) → true; isOutsideRange(5e8, …) → false.
 */
export function isOutsideRange(value: number, range: readonly [number, number]): boolean {
  requireFinite('value', value);
  return value < range[0] || value > range[1];
}
