/**
 * One training run, two hyperparameter rules: Step Law (Li et al. 2025, arXiv 2503.04715), which predicts the
 * optimal peak learning rate and batch size from N and D, next to DeepSeek LLM's rule (DeepSeek-AI 2024,
 * arXiv 2401.02954, eq 1), which predicts them from the compute budget C alone.
 *
 * Units: N = non-embedding parameters; D = tokens; batches in TOKENS (and in sequences of the chosen length);
 * C in FLOPs. DeepSeek's own C is M·D, with M = non-embedding FLOPs per token including attention (eq 2); without
 * a model shape we use the common approximation C ≈ 6ND (M ≈ 6N, Kaplan §2.1), which ignores attention FLOPs.
 */
import { trainingFlopsPerToken } from './kaplan-flops';
import { DEEPSEEK_FIT_RANGE, deepseekHyperparameters, deepseekModelScale, isOutsideRange, STEP_LAW_FIT_RANGE, stepLaw } from './hyperparameters';
import { requirePositive } from './stats';

/** A transformer shape for DeepSeek's M: number of layers and model width. */
export interface RunShape {
  nLayer: number;
  dModel: number;
}

/** Learning rate and batch from one rule, with the batch also in sequences. */
export interface HyperparameterChoice {
  /** Peak learning rate (the top of the schedule, after warm-up). */
  learningRate: number;
  batchTokens: number;
  /** batchTokens / sequence length (not rounded). */
  batchSequences: number;
}

export interface HyperparameterComparison {
  params: number;
  tokens: number;
  seqLen: number;
  /** '6ND' when C ≈ 6·N·D; 'MD' when C = M·D from a model shape (DeepSeek eq 2). */
  computeRule: '6ND' | 'MD';
  /** FLOPs per training token used for C: 6N, or DeepSeek's M. */
  flopsPerToken: number;
  /** Compute budget C in FLOPs. */
  flops: number;
  stepLaw: HyperparameterChoice;
  deepseek: HyperparameterChoice;
  /** true where the run lies outside the range each rule was fitted on. */
  outside: { stepLawParams: boolean; stepLawTokens: boolean; deepseekCompute: boolean };
  /** With a shape: 12·n_layer·d_model², the non-embedding params that shape has (Kaplan eq 2.1), to compare with N. */
  shapeParams?: number;
}

/**
 * FLOPs per training token for DeepSeek's C = M·D: M = 72·n_layer·d_model² + 12·n_layer·d_model·l_seq (eq 2) when a
 * shape is given, otherwise 6N (Kaplan §2.1, attention ignored).
 * Example: 7e9 params → 4.2e10; shape (30 layers, d_model 4096), l_seq 4096 → 4.228e10 FLOPs/token.
 */
export function runFlopsPerToken(params: number, seqLen: number, shape?: RunShape): number {
  requirePositive('params', params);
  requirePositive('seqLen', seqLen);
  return shape ? deepseekModelScale(shape.nLayer, shape.dModel, seqLen) : trainingFlopsPerToken(params);
}

/**
 * Step Law and DeepSeek's rule for the same run of N non-embedding params on D tokens with sequences of `seqLen`
 * tokens (default 2048): peak learning rates, batches in tokens and in sequences, the compute C the DeepSeek rule
 * sees (≈ 6ND, or M·D with a shape), and whether the run lies outside each rule's fitted range
 * (STEP_LAW_FIT_RANGE: N 2.1e8–1.07e9, D 4e9–1e11; DEEPSEEK_FIT_RANGE: C 1e17–2e19 FLOPs).
 * Example: 7e9 params, 1.4e12 tokens, 2048 → Step Law η 9.17e-4, B 5.00e6 tokens = 2,441 sequences;
 * C = 5.88e22 FLOPs → DeepSeek η 4.44e-4, B 8.19e6 tokens = 3,999 sequences; all three ranges exceeded.
 */
export function compareHyperparameterRules(params: number, tokens: number, options: { seqLen?: number; shape?: RunShape } = {}): HyperparameterComparison {
  requirePositive('params', params);
  requirePositive('tokens', tokens);
  const seqLen = requirePositive('seqLen', options.seqLen ?? 2048);
  const flopsPerToken = runFlopsPerToken(params, seqLen, options.shape);
  const flops = flopsPerToken * tokens;
  const withSequences = (r: { learningRate: number; batchTokens: number }): HyperparameterChoice => ({
    ...r,
    batchSequences: r.batchTokens / seqLen,
  });
  const out: HyperparameterComparison = {
    params,
    tokens,
    seqLen,
    computeRule: options.shape ? 'MD' : '6ND',
    flopsPerToken,
    flops,
    stepLaw: withSequences(stepLaw(params, tokens)),
    deepseek: withSequences(deepseekHyperparameters(flops)),
    outside: {
      stepLawParams: isOutsideRange(params, STEP_LAW_FIT_RANGE.params),
      stepLawTokens: isOutsideRange(tokens, STEP_LAW_FIT_RANGE.tokens),
      deepseekCompute: isOutsideRange(flops, DEEPSEEK_FIT_RANGE.flops),
    },
  };
  if (options.shape) out.shapeParams = 12 * options.shape.nLayer * options.shape.dModel ** 2;
  return out;
}

/**
 * The token counts D for which C = (FLOPs per token)·D lies inside DeepSeek's fitted budgets 1e17–2e19 FLOPs.
 * Example: 4.2e10 FLOPs/token (a 7B model, 6N) → [2.38e6, 4.76e8] tokens.
 */
export function deepseekTokenRange(flopsPerToken: number): [number, number] {
  requirePositive('flopsPerToken', flopsPerToken);
  return [DEEPSEEK_FIT_RANGE.flops[0] / flopsPerToken, DEEPSEEK_FIT_RANGE.flops[1] / flopsPerToken];
}
