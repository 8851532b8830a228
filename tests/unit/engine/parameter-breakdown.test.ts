import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ARCH_PRESETS, countParameters, parameterBreakdown, type ParameterBreakdown, type TransformerArch } from '../../../src/engine/parameters';

const totalOf = (b: ParameterBreakdown) => b.inputEmbedding + b.outputLayer + b.attention + b.denseFfn + b.sharedExperts + b.routedExperts + b.router + b.norms;
const activeOf = (b: ParameterBreakdown) => totalOf(b) - b.routedExperts + b.activeRoutedExperts;

describe('parameterBreakdown(arch) → parameters by component', () => {
  for (const [key, arch] of Object.entries(ARCH_PRESETS)) {
    it(`${key}: the parts add up to countParameters' total and active exactly; embedding = input + untied output`, () => {
      const b = parameterBreakdown(arch);
      const c = countParameters(arch);
      expect(totalOf(b)).toBe(c.total);
      expect(activeOf(b)).toBe(c.active);
      expect(b.inputEmbedding + b.outputLayer).toBe(c.embedding);
    });
  }

  it('Llama 3 8B (meta-llama/Meta-Llama-3-8B config.json): attention 32 × (4096² · 2 + 2 · 4096 · 1024) and SwiGLU FFN 32 × 3 · 4096 · 14336', () => {
    const b = parameterBreakdown(ARCH_PRESETS.llama3_8b);
    expect(b.attention).toBe(32 * (2 * 4096 * 4096 + 2 * 4096 * 1024));
    expect(b.denseFfn).toBe(32 * 3 * 4096 * 14336);
    expect(b.inputEmbedding).toBe(128256 * 4096);
    expect(b.outputLayer).toBe(128256 * 4096);
    expect(b.norms).toBe((2 * 32 + 1) * 4096);
    expect(b.routedExperts + b.sharedExperts + b.router).toBe(0);
  });

  it('Mixtral 8×7B: 8 experts per layer, 2 used; the router is 4096 × 8 per layer', () => {
    const b = parameterBreakdown(ARCH_PRESETS.mixtral_8x7b);
    expect(b.routedExperts).toBe(32 * 8 * 3 * 4096 * 14336);
    expect(b.activeRoutedExperts).toBe(32 * 2 * 3 * 4096 * 14336);
    expect(b.router).toBe(32 * 4096 * 8);
    expect(b.denseFfn).toBe(0);
  });

  it('DeepSeek-V3 (inference/configs/config_671B.json): 3 dense layers of FFN 18432, 58 MoE layers of 256 + 1 experts of width 2048, router with bias', () => {
    const b = parameterBreakdown(ARCH_PRESETS.deepseek_v3);
    expect(b.denseFfn).toBe(3 * 3 * 7168 * 18432);
    expect(b.routedExperts).toBe(58 * 256 * 3 * 7168 * 2048);
    expect(b.activeRoutedExperts).toBe(58 * 8 * 3 * 7168 * 2048);
    expect(b.sharedExperts).toBe(58 * 3 * 7168 * 2048);
    expect(b.router).toBe(58 * (256 * 7168 + 256));
  });

  it('tied embeddings: no output layer; property: parts are non-negative and add up for random shapes', () => {
    expect(parameterBreakdown({ ...ARCH_PRESETS.llama3_8b, tiedEmbeddings: true }).outputLayer).toBe(0);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 96 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 64 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        fc.boolean(),
        (layers, headDim, heads, experts, k, shared, tied, gated) => {
          const arch: TransformerArch = {
            layers,
            dModel: heads * headDim,
            heads,
            kvHeads: heads,
            ffnHidden: 4 * heads * headDim,
            vocab: 1000,
            tiedEmbeddings: tied,
            gatedFfn: gated,
            ...(experts > 0 ? { experts, activeExperts: Math.min(k, experts), sharedExperts: shared } : {}),
          };
          const b = parameterBreakdown(arch);
          const c = countParameters(arch);
          for (const v of Object.values(b)) expect(v).toBeGreaterThanOrEqual(0);
          expect(totalOf(b)).toBe(c.total);
          expect(activeOf(b)).toBe(c.active);
        },
      ),
      { seed: 16, numRuns: 200 },
    );
  });

  it('rejects what countParameters rejects', () => {
    expect(() => parameterBreakdown({ ...ARCH_PRESETS.llama3_8b, kvHeads: 64 })).toThrow(RangeError);
    expect(() => parameterBreakdown({ ...ARCH_PRESETS.mixtral_8x7b, activeExperts: 9 })).toThrow(RangeError);
  });
});
