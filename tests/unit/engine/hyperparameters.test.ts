import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEEPSEEK_ALLOCATION,
  DEEPSEEK_FIT_RANGE,
  STEP_LAW,
  STEP_LAW_FIT_RANGE,
  STEP_LAW_REPO_MEANS,
  deepseekAllocation,
  deepseekHyperparameters,
  deepseekModelScale,
  isOutsideRange,
  stepLaw,
} from '../../../src/engine/hyperparameters';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('Step Law (Li et al. 2025)', () => {
  it('constants as printed: η = 1.79·N^−0.713·D^0.307, B = 0.58·D^0.571', () => {
    expect(STEP_LAW).toEqual({
      learningRate: { coefficient: 1.79, paramsExponent: -0.713, tokensExponent: 0.307 },
      batchTokens: { coefficient: 0.58, tokensExponent: 0.571 },
    });
  });
  it('worked example 7e9 params, 1.4e12 tokens → η ≈ 9.17e-4, B ≈ 5.00e6 tokens ≈ 2,441 sequences of 2048 (facts §4), rel 0.2%', () => {
    const { learningRate, batchTokens } = stepLaw(7e9, 1.4e12);
    expect(rel(learningRate, 9.17e-4)).toBeLessThan(0.002);
    expect(rel(batchTokens, 5.0e6)).toBeLessThan(0.002);
    expect(Math.round(batchTokens / 2048)).toBe(2441);
  });
  it('repo bootstrap means: e^0.586308 = 1.7973, e^−0.543542 = 0.5807; same example → η ≈ 9.35e-4, B ≈ 5.00e6', () => {
    expect(STEP_LAW_REPO_MEANS.learningRate.coefficient).toBeCloseTo(1.7973, 4);
    expect(STEP_LAW_REPO_MEANS.batchTokens.coefficient).toBeCloseTo(0.5807, 4);
    const r = stepLaw(7e9, 1.4e12, STEP_LAW_REPO_MEANS);
    expect(rel(r.learningRate, 9.35e-4)).toBeLessThan(0.002);
    expect(rel(r.batchTokens, 5.0e6)).toBeLessThan(0.002);
  });
  it('fit range from the released dense grid: N 2.1e8–1.07e9, D 4e9–1e11', () => {
    expect(STEP_LAW_FIT_RANGE.params).toEqual([214663680, 1073741824]);
    expect(STEP_LAW_FIT_RANGE.tokens).toEqual([4e9, 1e11]);
    expect(isOutsideRange(7e9, STEP_LAW_FIT_RANGE.params)).toBe(true);
    expect(isOutsideRange(5e8, STEP_LAW_FIT_RANGE.params)).toBe(false);
    expect(isOutsideRange(4e9, STEP_LAW_FIT_RANGE.tokens)).toBe(false); // inclusive
  });
  it('property: the batch does not depend on N; η falls with N and rises with D (no NaN, 1e3…1e30)', () => {
    fc.assert(
      fc.property(fc.double({ min: 3, max: 30, noNaN: true }), fc.double({ min: 3, max: 30, noNaN: true }), (en, ed) => {
        const n = 10 ** en;
        const d = 10 ** ed;
        const a = stepLaw(n, d);
        expect(Number.isFinite(a.learningRate) && a.learningRate > 0).toBe(true);
        expect(stepLaw(2 * n, d).batchTokens).toBe(a.batchTokens);
        expect(stepLaw(2 * n, d).learningRate).toBeLessThan(a.learningRate);
        expect(stepLaw(n, 2 * d).learningRate).toBeGreaterThan(a.learningRate);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
  it('edges throw', () => {
    expect(() => stepLaw(0, 1e12)).toThrow(RangeError);
    expect(() => stepLaw(1e9, NaN)).toThrow(RangeError);
    expect(() => stepLaw(Infinity, 1e12)).toThrow(RangeError);
  });
});

describe('DeepSeek LLM (DeepSeek-AI 2024)', () => {
  it('M = 72·n_layer·d_model² + 12·n_layer·d_model·l_seq (eq 2) reproduces Table 3 (l_seq 4096), rel 0.5%', () => {
    const table3: Array<[number, number, number]> = [
      [8, 512, 352e6],
      [12, 768, 963e6],
      [24, 1024, 3.02e9],
      [24, 2048, 9.66e9],
      [32, 4096, 45.1e9],
      [40, 5120, 85.6e9],
      [80, 8192, 419e9],
    ];
    for (const [layers, width, printed] of table3) {
      expect(rel(deepseekModelScale(layers, width, 4096), printed)).toBeLessThan(0.005);
    }
  });
  it('Table 2, 7B (30 layers, 4096, seq 4096, 2.0T tokens): η ≈ 4.25e-4 vs printed 4.2e-4, batch ≈ 2,252 sequences vs 2304 (facts §5)', () => {
    const m = deepseekModelScale(30, 4096, 4096);
    expect(rel(m, 4.228e10)).toBeLessThan(1e-3);
    const { learningRate, batchTokens } = deepseekHyperparameters(m * 2.0e12);
    expect(rel(learningRate, 4.25e-4)).toBeLessThan(0.002);
    expect(rel(learningRate, 4.2e-4)).toBeLessThan(0.015);
    expect(Math.round(batchTokens / 4096)).toBe(2252);
    expect(rel(batchTokens / 4096, 2304)).toBeLessThan(0.025);
  });
  it('Table 2, 67B (95 layers, 8192, seq 4096, 2.0T tokens): η ≈ 3.12e-4 vs printed 3.2e-4, batch ≈ 5,042 sequences vs 4608', () => {
    const m = deepseekModelScale(95, 8192, 4096);
    expect(rel(m, 4.973e11)).toBeLessThan(1e-3);
    const { learningRate, batchTokens } = deepseekHyperparameters(m * 2.0e12);
    expect(rel(learningRate, 3.12e-4)).toBeLessThan(0.002);
    expect(rel(learningRate, 3.2e-4)).toBeLessThan(0.03);
    expect(Math.round(batchTokens / 4096)).toBe(5043);
    expect(rel(batchTokens / 4096, 4608)).toBeLessThan(0.1);
  });
  it('fit range 1e17–2e19 FLOPs (§3.1): both Table 2 models are extrapolations', () => {
    expect(DEEPSEEK_FIT_RANGE.flops).toEqual([1e17, 2e19]);
    expect(isOutsideRange(deepseekModelScale(30, 4096, 4096) * 2e12, DEEPSEEK_FIT_RANGE.flops)).toBe(true);
    expect(isOutsideRange(1e18, DEEPSEEK_FIT_RANGE.flops)).toBe(false);
  });
  it('eq (4) allocation: M_base·D_base = 1.0001 and a + b = 1, so M_opt·D_opt = 1.0001·C at every budget', () => {
    const { modelScale, tokens } = DEEPSEEK_ALLOCATION;
    expect(modelScale.exponent + tokens.exponent).toBeCloseTo(1, 12);
    expect(modelScale.coefficient * tokens.coefficient).toBeCloseTo(1.0001, 4);
    for (const c of [1e17, 3e20, 1e25, 1e35]) {
      const r = deepseekAllocation(c);
      expect(rel(r.modelScale * r.tokens, 1.0001 * c)).toBeLessThan(1e-4);
    }
  });
  it('edges throw', () => {
    expect(() => deepseekHyperparameters(0)).toThrow(RangeError);
    expect(() => deepseekModelScale(30, -1, 4096)).toThrow(RangeError);
    expect(() => deepseekAllocation(NaN)).toThrow(RangeError);
    expect(() => isOutsideRange(NaN, [1, 2])).toThrow(RangeError);
  });
});
