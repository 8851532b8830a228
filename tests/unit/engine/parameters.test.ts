import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forwardFlopsPerToken, nonEmbeddingParams } from '../../../src/engine/kaplan-flops';
import { ARCH_PRESETS, countParameters, flopsPerToken, type TransformerArch } from '../../../src/engine/parameters';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

/**
 * Published totals from each model's Hugging Face model.safetensors.index.json: metadata.total_size is in bytes
 * at 2 bytes per parameter (bf16/fp16), so parameters = total_size / 2. (Llama 2 7B's index is treated apart below.)
 */
const SAFETENSORS_TOTAL_BYTES: [keyof typeof ARCH_PRESETS, string, number][] = [
  ['llama3_8b', 'meta-llama/Meta-Llama-3-8B', 16_060_522_496],
  ['llama3_70b', 'meta-llama/Meta-Llama-3-70B (same shapes as Llama-3.1-70B-Instruct)', 141_107_412_992],
  ['mistral_7b', 'mistralai/Mistral-7B-v0.1 (same shapes as Mistral-7B-Instruct-v0.2)', 14_483_464_192],
  ['mixtral_8x7b', 'mistralai/Mixtral-8x7B-v0.1', 93_405_585_408],
  ['qwen25_7b', 'Qwen/Qwen2.5-7B (same shapes as Qwen2.5-7B-Instruct)', 15_231_233_024],
];

describe('countParameters: presets against published counts (to 0.1 %)', () => {
  for (const [key, repo, bytes] of SAFETENSORS_TOTAL_BYTES) {
    it(`${key}: ${repo} model.safetensors.index.json total_size ${bytes} bytes → ${bytes / 2} parameters`, () => {
      const { total } = countParameters(ARCH_PRESETS[key]);
      expect(rel(total, bytes / 2)).toBeLessThan(1e-3);
      expect(total).toBe(bytes / 2); // in fact exact: every tensor is counted
    });
  }
  it('llama2_7b: 6,738,415,616 parameters; the HF index total_size 13,476,839,424 bytes = 2 × that + 32 layers × 64 fp32 rotary inv_freq buffers', () => {
    const c = countParameters(ARCH_PRESETS.llama2_7b);
    expect(rel(c.total, 6_738_415_616)).toBeLessThan(1e-3);
    expect(c.total).toBe(6_738_415_616);
    expect(2 * c.total + 32 * 64 * 4).toBe(13_476_839_424);
    expect(c.embedding).toBe(262_144_000);
    expect(c.active).toBe(c.total);
  });
  it('llama2_70b: 68,976,648,192 parameters (meta-llama/Llama-2-70b-hf count as listed in third-party parameter tables)', () => {
    const c = countParameters(ARCH_PRESETS.llama2_70b);
    expect(rel(c.total, 68_976_648_192)).toBeLessThan(1e-3);
    expect(c.total).toBe(68_976_648_192);
  });
  it('qwen25_7b: Qwen2.5 model card "Number of Parameters: 7.61B; Number of Parameters (Non-Embedding): 6.53B"', () => {
    const c = countParameters(ARCH_PRESETS.qwen25_7b);
    expect(rel(c.total, 7.61e9)).toBeLessThan(1e-3);
    expect(rel(c.nonEmbedding, 6.53e9)).toBeLessThan(1e-3);
  });
  it('mixtral_8x7b: Mistral AI, "Mixtral of experts" (Dec 2023): 46.7B total, 12.9B used per token (within the printed rounding)', () => {
    const c = countParameters(ARCH_PRESETS.mixtral_8x7b);
    expect(rel(c.total, 46.7e9)).toBeLessThan(1e-3);
    expect(Math.abs(c.active - 12.9e9)).toBeLessThanOrEqual(0.05e9);
  });
  it('deepseek_v3: DeepSeek-V3 Technical Report (arXiv 2412.19437) abstract: 671B total parameters (main model, MTP module excluded)', () => {
    const c = countParameters(ARCH_PRESETS.deepseek_v3);
    expect(rel(c.total, 671e9)).toBeLessThan(1e-3);
  });
  it('deepseek_v3: "37B activated for each token" — printed to whole billions with no stated embedding convention; ours (37.55B, embeddings included) is within 2 %', () => {
    const c = countParameters(ARCH_PRESETS.deepseek_v3);
    expect(rel(c.active, 37e9)).toBeLessThan(0.02);
    expect(c.active / c.total).toBeLessThan(0.06);
  });
});

describe('countParameters: structure', () => {
  const base: TransformerArch = { layers: 2, dModel: 64, heads: 8, kvHeads: 8, ffnHidden: 256, vocab: 1000, tiedEmbeddings: true, gatedFfn: false, norms: 'none' };
  it('Kaplan-shaped model (no gating, d_ff = 4·d, no GQA, no norms) → non-embedding = 12·n_layer·d² (Kaplan eq 2.1)', () => {
    const c = countParameters(base);
    expect(c.nonEmbedding).toBe(nonEmbeddingParams(2, 64));
    expect(c.embedding).toBe(1000 * 64);
  });
  it('untying adds one vocab × d matrix; gating adds one d × d_ff per layer; GQA removes 2·d·(h − h_kv)·d_head per layer', () => {
    const c = countParameters(base).total;
    expect(countParameters({ ...base, tiedEmbeddings: false }).total - c).toBe(1000 * 64);
    expect(countParameters({ ...base, gatedFfn: true }).total - c).toBe(2 * 64 * 256);
    expect(c - countParameters({ ...base, kvHeads: 2 }).total).toBe(2 * 2 * 64 * 6 * 8);
    expect(countParameters({ ...base, norms: 'layer' }).total - c).toBe((2 * 2 + 1) * 2 * 64);
  });
  it('MoE: total grows with experts, active with experts used per token; one active expert of one = dense plus a router', () => {
    const dense = countParameters(base);
    const one = countParameters({ ...base, experts: 1, activeExperts: 1 });
    expect(one.total - dense.total).toBe(2 * 64);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 0, max: 2 }), (e, k0, s) => {
        const k = Math.min(k0, e);
        const c = countParameters({ ...base, experts: e, activeExperts: k, sharedExperts: s });
        const expert = 2 * 64 * 256;
        expect(c.total - c.active).toBe(2 * (e - k) * expert);
        expect(c.active).toBeLessThanOrEqual(c.total);
        expect(c.nonEmbedding + c.embedding).toBe(c.total);
      }),
    );
  });
  it('rejects impossible shapes', () => {
    expect(() => countParameters({ ...base, kvHeads: 16 })).toThrow(RangeError);
    expect(() => countParameters({ ...base, layers: 1.5 })).toThrow(RangeError);
    expect(() => countParameters({ ...base, experts: 4, activeExperts: 5 })).toThrow(RangeError);
    expect(() => countParameters({ ...base, experts: 4 })).toThrow(RangeError);
    expect(() => countParameters({ ...base, experts: 4, activeExperts: 1, denseLayers: 3 })).toThrow(RangeError);
  });
});

describe('flopsPerToken (Kaplan et al. 2020 Table 1, §2.1)', () => {
  it('forward = 2N + 2·n_layer·n_ctx·d_attn with N non-embedding (same as kaplan-flops forwardFlopsPerToken)', () => {
    const f = flopsPerToken(ARCH_PRESETS.llama2_7b, 4096);
    const n = countParameters(ARCH_PRESETS.llama2_7b).nonEmbedding;
    expect(f.params).toBe(n);
    expect(f.forward).toBe(forwardFlopsPerToken(n, { nLayer: 32, nCtx: 4096, dAttn: 4096 }));
    expect(f.training).toBe(3 * f.forward);
    expect(f.sixN).toBe(6 * n);
    expect(f.sixNTotal).toBe(6 * 6_738_415_616);
  });
  it('Kaplan §2.1: for the standard shape the context term is n_ctx/(12·d_model) of 2N, small when d_model > n_ctx/12', () => {
    const kaplan: TransformerArch = { layers: 48, dModel: 1600, heads: 25, kvHeads: 25, ffnHidden: 6400, vocab: 50257, tiedEmbeddings: true, gatedFfn: false, norms: 'none' };
    const f = flopsPerToken(kaplan, 1024);
    expect(rel((f.forward - 2 * f.params) / (2 * f.params), 1024 / (12 * 1600))).toBeLessThan(1e-12);
  });
  it('MoE counts only the experts a token uses: Mixtral 6N is about 12.6B × 6, not 46.4B × 6', () => {
    const f = flopsPerToken(ARCH_PRESETS.mixtral_8x7b, 4096);
    expect(f.params).toBe(countParameters(ARCH_PRESETS.mixtral_8x7b).activeNonEmbedding);
    expect(f.sixN).toBeLessThan(0.3 * 6 * countParameters(ARCH_PRESETS.mixtral_8x7b).nonEmbedding);
  });
  it('MLA attention width is heads·(nope + rope) = 128·192 for DeepSeek-V3', () => {
    expect(flopsPerToken(ARCH_PRESETS.deepseek_v3, 4096).attentionWidth).toBe(128 * 192);
  });
  it('property: forward grows with context; the share of the context term stays in (0, 1)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(ARCH_PRESETS) as (keyof typeof ARCH_PRESETS)[])), fc.integer({ min: 1, max: 1_000_000 }), (key, ctx) => {
        const a = flopsPerToken(ARCH_PRESETS[key], ctx);
        const b = flopsPerToken(ARCH_PRESETS[key], ctx + 1);
        expect(b.forward).toBeGreaterThan(a.forward);
        expect(a.contextShare).toBeGreaterThan(0);
        expect(a.contextShare).toBeLessThan(1);
      }),
    );
    expect(() => flopsPerToken(ARCH_PRESETS.llama3_8b, 0)).toThrow(RangeError);
  });
});
