/**
 * Kaplan et al. 2020 (arXiv 2001.08361) §2.1: counting non-embedding parameters (eq 2.1) and forward/training FLOPs
 * per token (eq 2.2, Table 1), with the context-dependent attention term. Units: parameters, FLOPs per token.
 */
import { requirePositive } from './stats';

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
