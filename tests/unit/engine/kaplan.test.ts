import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DISTRIBUTION_SHIFT_ILLUSTRATIVE_OFFSETS,
  KAPLAN_FIGURE1_CRITICAL_COMPUTE,
  KAPLAN_FIGURE20_FITS,
  KAPLAN_FIGURE8_DATASETS,
  KAPLAN_LEARNING_RATE_LIMIT_PARAMS,
  KAPLAN_TABLE2,
  KAPLAN_TABLE3,
  KAPLAN_TABLE5,
  KAPLAN_TABLE6,
  batchTradeoff,
  criticalBatch,
  distributionShiftSchematic,
  earlyStoppingSteps,
  forwardFlopsPerToken,
  kaplanAllocation,
  kaplanComputeExponent,
  kaplanJointLoss,
  kaplanLearningRate,
  kaplanLossFromCompute,
  kaplanLossFromComputeNaive,
  kaplanLossFromParams,
  kaplanLossFromTokens,
  kaplanLossParamsSteps,
  minCompute,
  minSteps,
  nonEmbeddingParams,
  overfittingPenalty,
  paramsScalingFactor,
  perPositionLoss,
  sampleEfficiencyCurve,
  tokensToAvoidOverfitting,
  trainingFlopsPerToken,
} from '../../../src/engine/kaplan';
import { PF_DAY_FLOPS } from '../../../src/engine/quantities';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
const log10Size = fc.double({ min: 3, max: 30, noNaN: true });

describe('Kaplan Table 5 constants and single-variable laws', () => {
  it('Table 5 values as printed', () => {
    expect(KAPLAN_TABLE5).toMatchObject({
      alphaN: 0.076,
      Nc: 8.8e13,
      alphaD: 0.095,
      Dc: 5.4e13,
      alphaCMin: 0.05,
      CcMin: 3.1e8,
      alphaCNaive: 0.057,
      CcNaive: 1.6e7,
      alphaB: 0.21,
      Bstar: 2.1e8,
      alphaS: 0.76,
      Sc: 2.1e3,
    });
    expect(KAPLAN_FIGURE1_CRITICAL_COMPUTE).toBe(2.3e8);
  });
  it('L(C_min = 1 PF-day) = 2.658 with C_c^min 3.1e8 (eq 1.3, Table 5) vs 2.619 with 2.3e8 (Fig. 1 legend), rel 1e-3', () => {
    expect(rel(kaplanLossFromCompute(1), 2.658)).toBeLessThan(1e-3);
    expect(rel(kaplanLossFromCompute(1, { criticalCompute: 'figure1' }), 2.619)).toBeLessThan(1e-3);
    expect(kaplanLossFromCompute(1, { criticalCompute: 2.3e8 })).toBe(kaplanLossFromCompute(1, { criticalCompute: 'figure1' }));
    // the two printed constants are 1.5% apart at every budget (same exponent)
    const gap = kaplanLossFromCompute(1e3) / kaplanLossFromCompute(1e3, { criticalCompute: 'figure1' }) - 1;
    expect(gap).toBeCloseTo(0.015, 3);
  });
  it('naive fixed-batch L(C) with α_C 0.057, C_c 1.6e7 PF-days (Table 5): 1 PF-day → 2.574', () => {
    expect(rel(kaplanLossFromComputeNaive(1), 2.574)).toBeLessThan(1e-3);
  });
  it('"doubling the number of parameters … smaller by a factor 2^−α_N = 0.95" (§1.2), abs 0.002', () => {
    expect(Math.abs(paramsScalingFactor(2) - 0.95)).toBeLessThan(0.002);
    expect(kaplanLossFromParams(2e9) / kaplanLossFromParams(1e9)).toBeCloseTo(paramsScalingFactor(2), 12);
  });
  it('L(N) = (8.8e13/N)^0.076 (eq 1.1): 1.5e9 params → 2.30 nats; L(D) (eq 1.2): 2.29e10 tokens → 2.09 nats', () => {
    expect(rel(kaplanLossFromParams(1.5e9), 2.3036)).toBeLessThan(1e-4);
    expect(rel(kaplanLossFromTokens(2.29e10), 2.0912)).toBeLessThan(1e-4);
    expect(kaplanLossFromParams(8.8e13)).toBe(1); // at N = N_c the loss is exactly 1 nat
  });
  it('"22% additional compute compensates for 1% loss increase" (Fig. 5, p. 8): 1.01^(1/0.050) = 1.22', () => {
    const c = 100;
    expect(kaplanLossFromCompute(c) / kaplanLossFromCompute(c * 1.22)).toBeCloseTo(1.01, 4);
  });
  it('α_C^min = 1/(1/α_S + 1/α_B + 1/α_N) = 0.0520 with Table 5 exponents: matches eq (B.7) 0.052, not eq (6.4) 0.054', () => {
    expect(kaplanComputeExponent()).toBeCloseTo(0.052, 4);
    expect(Math.abs(kaplanComputeExponent() - 0.054)).toBeGreaterThan(0.001);
  });
  it('α_N/α_D = 0.738 with Table 2 (the paper\'s "N^0.74") but 0.80 with Table 5', () => {
    expect(KAPLAN_TABLE2.alphaN / KAPLAN_TABLE2.alphaD).toBeCloseTo(0.738, 3);
    expect(KAPLAN_TABLE5.alphaN / KAPLAN_TABLE5.alphaD).toBeCloseTo(0.8, 3);
  });
  it('edges: 0, negative, NaN, Infinity throw; 1 and 1e35 give finite positive losses', () => {
    for (const bad of [0, -1, NaN, Infinity]) {
      expect(() => kaplanLossFromParams(bad)).toThrow(RangeError);
      expect(() => kaplanLossFromTokens(bad)).toThrow(RangeError);
      expect(() => kaplanLossFromCompute(bad)).toThrow(RangeError);
    }
    for (const x of [1, 1e35]) {
      expect(Number.isFinite(kaplanLossFromParams(x)) && kaplanLossFromParams(x) > 0).toBe(true);
      expect(Number.isFinite(kaplanLossFromCompute(x)) && kaplanLossFromCompute(x) > 0).toBe(true);
    }
    expect(() => kaplanLossFromCompute(1, { criticalCompute: -1 })).toThrow(RangeError);
  });
});

describe('Kaplan joint laws (Tables 2 and 3)', () => {
  it('Table 2 and Table 3 constants as printed', () => {
    expect(KAPLAN_TABLE2).toEqual({ alphaN: 0.076, alphaD: 0.103, Nc: 6.4e13, Dc: 1.8e13 });
    expect(KAPLAN_TABLE3).toEqual({ alphaN: 0.077, alphaS: 0.76, Nc: 6.5e13, Sc: 2.1e3 });
  });
  it('L(N,D) eq (1.5): 1.5e9 params on 2.29e10 tokens → 2.31 nats (Table 2 fit), rel 1e-3', () => {
    expect(rel(kaplanJointLoss(1.5e9, 2.29e10), 2.3103)).toBeLessThan(1e-3);
  });
  it('L(N,D) tends to (N_c/N)^α_N as D → ∞ and to (D_c/D)^α_D as N → ∞ (rel 1e-6)', () => {
    const t2 = KAPLAN_TABLE2;
    expect(rel(kaplanJointLoss(1e9, 1e35), (t2.Nc / 1e9) ** t2.alphaN)).toBeLessThan(1e-6);
    expect(rel(kaplanJointLoss(1e35, 1e10), (t2.Dc / 1e10) ** t2.alphaD)).toBeLessThan(1e-6);
  });
  it('eq (4.3) δL equals L(N,D)/L(N,∞) − 1 from eq (1.5) (rel 1e-9)', () => {
    for (const [n, d] of [
      [1e6, 1e8],
      [1.5e9, 2.29e10],
      [1e12, 1e11],
    ]) {
      const direct = kaplanJointLoss(n, d) / kaplanJointLoss(n, 1e300) - 1;
      expect(rel(overfittingPenalty(n, d), direct)).toBeLessThan(1e-9);
    }
  });
  it('eq (4.4) D ≳ 5e3·N^0.74 keeps δL at ≈ 0.02, the seed noise of §4.2 (0.019–0.023 for 1e6–1e10 params)', () => {
    for (const n of [1e6, 1e8, 1e10]) {
      const delta = overfittingPenalty(n, tokensToAvoidOverfitting(n));
      expect(delta).toBeGreaterThan(0.019);
      expect(delta).toBeLessThan(0.023);
    }
  });
  it('"every time we increase the model size 8x, we only need to increase the data by roughly 5x" (§1.1): 8^0.74 = 4.66', () => {
    expect(tokensToAvoidOverfitting(8e9) / tokensToAvoidOverfitting(1e9)).toBeCloseTo(4.66, 2);
  });
  it('L(N,S) eq (1.6) with Table 3: 1e9 params after 1e5 steps → 2.40 nats', () => {
    expect(rel(kaplanLossParamsSteps(1e9, 1e5), 2.4005)).toBeLessThan(1e-4);
    expect(kaplanLossParamsSteps(1e9, 1e3)).toBeGreaterThan(kaplanLossParamsSteps(1e9, 1e4));
  });
  it('early-stopping bound eq (5.7) is positive and grows with data', () => {
    const a = earlyStoppingSteps(1.5e9, 2.29e10);
    const b = earlyStoppingSteps(1.5e9, 2.29e11);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
  });
  it('property: L(N,D) is finite, positive and non-increasing in N and D over 1e3…1e30 (no NaN)', () => {
    // Strictly decreasing in exact arithmetic; in doubles a term 1e-16 times smaller than the other
    // cannot move the sum, so strictness is asserted only when both terms are within 1e6 of each other.
    fc.assert(
      fc.property(log10Size, log10Size, (en, ed) => {
        const n = 10 ** en;
        const d = 10 ** ed;
        const l = kaplanJointLoss(n, d);
        expect(Number.isFinite(l) && l > 0).toBe(true);
        expect(kaplanJointLoss(2 * n, d)).toBeLessThanOrEqual(l);
        expect(kaplanJointLoss(n, 2 * d)).toBeLessThanOrEqual(l);
        const t = KAPLAN_TABLE2;
        const ratio = (t.Nc / n) ** (t.alphaN / t.alphaD) / (t.Dc / d);
        if (ratio > 1e-6 && ratio < 1e6) {
          expect(kaplanJointLoss(2 * n, d)).toBeLessThan(l);
          expect(kaplanJointLoss(n, 2 * d)).toBeLessThan(l);
        }
        expect(Number.isFinite(overfittingPenalty(n, d))).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
  it('edges: NaN, 0, −1 throw; custom constants with α near 0 stay finite', () => {
    expect(() => kaplanJointLoss(NaN, 1e9)).toThrow(RangeError);
    expect(() => kaplanJointLoss(1e9, 0)).toThrow(RangeError);
    expect(() => overfittingPenalty(-1, 1e9)).toThrow(RangeError);
    expect(() => kaplanJointLoss(1e9, 1e9, { ...KAPLAN_TABLE2, alphaD: 0 })).toThrow(RangeError);
    const tiny = kaplanJointLoss(1e9, 1e9, { alphaN: 1e-9, alphaD: 1e-9, Nc: 6.4e13, Dc: 1.8e13 });
    expect(Number.isFinite(tiny)).toBe(true);
  });
});

describe('critical batch and the steps–examples trade-off (§5.1)', () => {
  it('B_crit(L) = 2.1e8/L^(1/0.21) (eq 5.3): L = 3 → 1.12e6 tokens; within 5% of the Fig. 10 legend 2.1e8·L^−4.8', () => {
    expect(rel(criticalBatch(3), 1.1226e6)).toBeLessThan(1e-3);
    expect(rel(criticalBatch(3), 2.1e8 * 3 ** -4.8)).toBeLessThan(0.05);
  });
  it('"the critical batch size approximately doubles for every 13% decrease in loss" (Fig. 10): ratio 1.94', () => {
    const ratio = criticalBatch(0.87 * 3) / criticalBatch(3);
    expect(ratio).toBeGreaterThan(1.9);
    expect(ratio).toBeLessThan(2.1);
    expect(criticalBatch(0.87 * 1.7) / criticalBatch(1.7)).toBeCloseTo(ratio, 12); // independent of L
  });
  it('at B = B_crit: 2·S_min steps and 2·E_min examples (§5.1)', () => {
    expect(batchTradeoff(1e6, 1e6)).toEqual({ stepsRatio: 2, examplesRatio: 2 });
    expect(minSteps(1e5, 1e6, 1e6)).toBe(5e4);
    expect(minCompute(10, 1e6, 1e6)).toBe(5);
  });
  it('property: (S/S_min − 1)(E/E_min − 1) = 1 (eq 5.1) for B/B_crit within 1e±6, abs 1e-9', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 12, noNaN: true }), fc.double({ min: -6, max: 6, noNaN: true }), (eb, shift) => {
        const { stepsRatio, examplesRatio } = batchTradeoff(10 ** eb, 10 ** (eb + shift));
        expect(Math.abs((stepsRatio - 1) * (examplesRatio - 1) - 1)).toBeLessThan(1e-9);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
  it('edges: loss 0, batch 0 or NaN throw', () => {
    expect(() => criticalBatch(0)).toThrow(RangeError);
    expect(() => batchTradeoff(0, 1)).toThrow(RangeError);
    expect(() => minSteps(1, NaN, 1)).toThrow(RangeError);
  });
});

describe('compute-efficient allocation (Table 6)', () => {
  it('kaplanAllocation(1 PF-day) returns the Table 6 prefactors', () => {
    const a = kaplanAllocation(1);
    expect(rel(a.params, 1.3e9)).toBeLessThan(1e-12);
    expect(rel(a.batchTokens, 2.0e6)).toBeLessThan(1e-12);
    expect(rel(a.steps, 5.4e3)).toBeLessThan(1e-12);
    expect(rel(a.tokens, 2e10)).toBeLessThan(1e-12);
  });
  it('Table 6 exponents: p_B + p_S = p_D (D = B·S) and p_N + p_D = 1 (C ∝ N·D)', () => {
    const t = KAPLAN_TABLE6;
    expect(t.batchTokens.exponent + t.steps.exponent).toBeCloseTo(t.tokens.exponent, 12);
    expect(t.params.exponent + t.tokens.exponent).toBeCloseTo(1, 12);
  });
  it('Table 6 prefactors are consistent with training at B = B_crit: D_e ≈ 2·B_e·S_e (8%) and 6·N_e·D_e ≈ 2 PF-days (10%)', () => {
    const t = KAPLAN_TABLE6;
    expect(rel(t.tokens.coefficient, 2 * t.batchTokens.coefficient * t.steps.coefficient)).toBeLessThan(0.08);
    expect(rel(6 * t.params.coefficient * t.tokens.coefficient, 2 * PF_DAY_FLOPS)).toBeLessThan(0.1);
  });
  it('10× compute → 5.4× params and 1.9× tokens (Hoffmann intro: "5.5×" and "1.8×"), rel 4%', () => {
    const a = kaplanAllocation(10);
    const b = kaplanAllocation(100);
    expect(rel(b.params / a.params, 5.5)).toBeLessThan(0.04);
    expect(rel(b.tokens / a.tokens, 1.8)).toBeLessThan(0.04);
  });
  it('edges: 0 and NaN throw; 1e-10 and 1e20 PF-days are finite', () => {
    expect(() => kaplanAllocation(0)).toThrow(RangeError);
    expect(() => kaplanAllocation(NaN)).toThrow(RangeError);
    for (const c of [1e-10, 1e20]) expect(Object.values(kaplanAllocation(c)).every(Number.isFinite)).toBe(true);
  });
});

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

describe('learning-rate rule of thumb (eq D.1, natural log)', () => {
  it('LR(N) = 0.003239 − 0.0001395·ln N: 1e6 → 1.31e-3, 1e8 → 6.7e-4, 1e9 → 3.5e-4, 1e10 → 2.7e-5 (facts §12c), rel 1%', () => {
    expect(rel(kaplanLearningRate(1e6), 1.31e-3)).toBeLessThan(0.01);
    expect(rel(kaplanLearningRate(1e8), 6.7e-4)).toBeLessThan(0.01);
    expect(rel(kaplanLearningRate(1e9), 3.5e-4)).toBeLessThan(0.01);
    expect(rel(kaplanLearningRate(1e10), 2.7e-5)).toBeLessThan(0.01);
  });
  it('the 3M model of Fig. 22 (p. 26) gets 1.16e-3, near the 0.0010 top of its LR axis', () => {
    expect(rel(kaplanLearningRate(3e6), 1.16e-3)).toBeLessThan(0.01);
  });
  it('reaches zero at ≈ 1.2e10 params ("breaks down for N > 10^10") and throws beyond', () => {
    expect(rel(KAPLAN_LEARNING_RATE_LIMIT_PARAMS, 1.2e10)).toBeLessThan(0.02);
    expect(() => kaplanLearningRate(1e11)).toThrow(/breaks down/);
    expect(() => kaplanLearningRate(0)).toThrow(RangeError);
  });
});

describe('per-position loss (Fig. 20, p. 25)', () => {
  it('six legend fits, in order, with negative exponents applied', () => {
    expect(KAPLAN_FIGURE20_FITS.map((f) => [f.a, f.b, f.c])).toEqual([
      [4.0, 3.2, 0.47],
      [3.4, 4.0, 0.56],
      [2.9, 4.5, 0.56],
      [2.7, 4.9, 0.6],
      [2.4, 5.1, 0.61],
      [2.3, 5.4, 0.62],
    ]);
  });
  it('values at T = 1 / 8 / 100 / 1024 match facts §12a (abs 0.006)', () => {
    const expected = [
      [7.2, 5.2, 4.37, 4.12],
      [7.4, 4.65, 3.7, 3.48],
      [7.4, 4.3, 3.24, 2.99],
      [7.6, 4.11, 3.01, 2.78],
      [7.5, 3.83, 2.71, 2.47],
      [7.7, 3.79, 2.61, 2.37],
    ];
    KAPLAN_FIGURE20_FITS.forEach((fit, i) => {
      [1, 8, 100, 1024].forEach((t, j) => {
        expect(Math.abs(perPositionLoss(fit, t) - expected[i][j])).toBeLessThan(0.006);
      });
    });
  });
  it('every curve falls with position; later curves end lower at T = 1024', () => {
    for (const fit of KAPLAN_FIGURE20_FITS) expect(perPositionLoss(fit, 1024)).toBeLessThan(perPositionLoss(fit, 2));
    const ends = KAPLAN_FIGURE20_FITS.map((f) => perPositionLoss(f, 1024));
    for (let i = 1; i < ends.length; i++) expect(ends[i]).toBeLessThan(ends[i - 1]);
  });
  it('position must be ≥ 1', () => {
    expect(() => perPositionLoss(KAPLAN_FIGURE20_FITS[0], 0)).toThrow(RangeError);
    expect(() => perPositionLoss(KAPLAN_FIGURE20_FITS[0], NaN)).toThrow(RangeError);
  });
});

describe('distribution shift (Fig. 8, p. 10) — schematic', () => {
  it('is marked schematic, uses the five Fig. 8 dataset names and parallel lines (constant offsets)', () => {
    const grid = [1e5, 1e7, 1e9];
    const result = distributionShiftSchematic(grid);
    expect(result.schematic).toBe(true);
    expect(result.series.map((s) => s.dataset)).toEqual([...KAPLAN_FIGURE8_DATASETS]);
    expect(KAPLAN_FIGURE8_DATASETS).toEqual(['WebText2 (Test)', 'Internet Books', 'Books', 'Wikipedia', 'Common Crawl']);
    for (const s of result.series) {
      expect(s.offset).toBe(DISTRIBUTION_SHIFT_ILLUSTRATIVE_OFFSETS[s.dataset]);
      s.points.forEach((pt, i) => {
        expect(pt.params).toBe(grid[i]);
        expect(pt.trainingLoss).toBe(kaplanLossFromParams(grid[i]));
        expect(pt.loss - pt.trainingLoss).toBeCloseTo(s.offset, 12);
      });
    }
    expect(result.series[0].offset).toBe(0);
  });
  it('offsets can be overridden; bad input throws', () => {
    const r = distributionShiftSchematic([1e8], { offsets: { Books: 0.7 } });
    expect(r.series.find((s) => s.dataset === 'Books')?.offset).toBe(0.7);
    expect(() => distributionShiftSchematic([])).toThrow(RangeError);
    expect(() => distributionShiftSchematic([0])).toThrow(RangeError);
    expect(() => distributionShiftSchematic([1e8], { offsets: { Books: NaN } })).toThrow(RangeError);
  });
});

describe('sample efficiency at a 2^19-token batch (via L(N, S_min))', () => {
  const tokens = [1e8, 1e9, 1e10, 1e11];
  it('loss falls as tokens grow; steps = tokens/2^19; S_min ≤ S', () => {
    const curve = sampleEfficiencyCurve(1e8, tokens);
    curve.forEach((pt, i) => {
      expect(pt.steps).toBe(tokens[i] / 2 ** 19);
      expect(pt.minSteps).toBeLessThanOrEqual(pt.steps);
      if (i > 0) expect(pt.loss).toBeLessThan(curve[i - 1].loss);
    });
  });
  it('each point is self-consistent: L = L(N, S/(1 + B_crit(L)/B)) (rel 1e-9)', () => {
    for (const pt of sampleEfficiencyCurve(3e8, tokens)) {
      const sMin = pt.steps / (1 + criticalBatch(pt.loss) / 2 ** 19);
      expect(rel(kaplanLossParamsSteps(3e8, sMin), pt.loss)).toBeLessThan(1e-9);
    }
  });
  it('the batch correction only raises the loss; bigger models learn faster per token', () => {
    const adjusted = sampleEfficiencyCurve(1e8, [1e10])[0].loss;
    const plain = sampleEfficiencyCurve(1e8, [1e10], { adjustForCriticalBatch: false })[0].loss;
    expect(adjusted).toBeGreaterThan(plain);
    expect(rel(adjusted, 3.1893)).toBeLessThan(1e-3);
    expect(sampleEfficiencyCurve(1e9, [1e10])[0].loss).toBeLessThan(adjusted);
  });
  it('edges throw', () => {
    expect(() => sampleEfficiencyCurve(0, [1e9])).toThrow(RangeError);
    expect(() => sampleEfficiencyCurve(1e8, [NaN])).toThrow(RangeError);
    expect(() => sampleEfficiencyCurve(1e8, [1e9], { batchTokens: -1 })).toThrow(RangeError);
  });
});
