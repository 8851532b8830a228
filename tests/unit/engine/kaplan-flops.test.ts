import { describe, expect, it } from 'vitest';
import { forwardFlopsPerToken, nonEmbeddingParams, trainingFlopsPerToken } from '../../../src/engine/kaplan-flops';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('parameter and FLOP counting (eqs 2.1, 2.2)', () => {
  it('N = 12·n_layer·d_model² (eq 2.1): (48, 1600) → 1.47e9, (6, 4288) → 1.32e9, (207, 768) → 1.47e9, (2, 128) → 3.9e5', () => {
    expect(nonEmbeddingParams(48, 1600)).toBe(12 * 48 * 1600 ** 2);
    expect(rel(nonEmbeddingParams(48, 1600), 1.47e9)).toBeLessThan(0.005);
    expect(rel(nonEmbeddingParams(6, 4288), 1.32e9)).toBeLessThan(0.005);
    expect(rel(nonEmbeddingParams(207, 768), 1.47e9)).toBeLessThan(0.005);
    expect(rel(nonEmbeddingParams(2, 128), 3.9e5)).toBeLessThan(0.01);
  });
  it('general form 2·d_model·n_layer·(2·d_attn + d_ff) with explicit d_attn and d_ff', () => {
    expect(nonEmbeddingParams(2, 100, 50, 300)).toBe(2 * 100 * 2 * (2 * 50 + 300));
  });
  it('forward FLOPs/token = 2N + 2·n_layer·n_ctx·d_attn (eq 2.2); training = 3× forward ≈ 6N (§2.1)', () => {
    const n = nonEmbeddingParams(48, 1600);
    expect(forwardFlopsPerToken(n)).toBe(2 * n);
    expect(forwardFlopsPerToken(n, { nLayer: 48, nCtx: 1024, dAttn: 1600 })).toBe(2 * n + 2 * 48 * 1024 * 1600);
    expect(trainingFlopsPerToken(1e9)).toBe(6e9);
    // "d_model > n_ctx/12" → the context term is small: here under 6%
    expect(forwardFlopsPerToken(n, { nLayer: 48, nCtx: 1024, dAttn: 1600 }) / (2 * n) - 1).toBeLessThan(0.06);
  });
  it('edges throw', () => {
    expect(() => nonEmbeddingParams(0, 10)).toThrow(RangeError);
    expect(() => forwardFlopsPerToken(1e9, { nLayer: 1, nCtx: -1, dAttn: 1 })).toThrow(RangeError);
  });
});
