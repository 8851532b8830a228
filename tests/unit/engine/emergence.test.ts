import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  WEI_TABLE1,
  emergenceScore,
  emergentCurveSchematic,
  exactMatchAccuracy,
  metricResolution,
  mirageCurves,
  perTokenCorrectProbability,
  schaefferLoss,
  tokenEditDistance,
} from '../../../src/engine/emergence';
import { logSpace } from '../../../src/engine/stats';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('Schaeffer et al. 2023 §2: per-token loss → metrics', () => {
  it('p(correct token) = exp(−loss): 0 nats → 1, 0.1 nats → 0.905', () => {
    expect(perTokenCorrectProbability(0)).toBe(1);
    expect(perTokenCorrectProbability(0.1)).toBeCloseTo(0.904837, 6);
  });
  it('exact match over L tokens = exp(−loss)^L (Fig. 2C): 0.1 nats, 5 tokens → e^−0.5 = 0.607', () => {
    expect(exactMatchAccuracy(0.1, 5)).toBeCloseTo(Math.exp(-0.5), 15);
    expect(exactMatchAccuracy(0.1, 5)).toBeCloseTo(perTokenCorrectProbability(0.1) ** 5, 14);
  });
  it('log space: loss 1e-300 over 1e300 tokens → e^−1 (the naive power (1 − 1e-300)^1e300 gives 1)', () => {
    expect(exactMatchAccuracy(1e-300, 1e300)).toBeCloseTo(Math.exp(-1), 14);
    expect(exactMatchAccuracy(800, 1)).toBe(0); // e^−800 underflows: the true value is below 1e-347
  });
  it('token edit distance = L(1 − exp(−loss)) (Fig. 2E): 0.1 nats, 5 tokens → 0.476; tiny losses stay accurate', () => {
    expect(tokenEditDistance(0.1, 5)).toBeCloseTo(5 * (1 - Math.exp(-0.1)), 14);
    expect(rel(tokenEditDistance(1e-20, 5), 5e-20)).toBeLessThan(1e-12);
  });
  it('metric resolution = 1/test items: 100 items → 0.01', () => {
    expect(metricResolution(100)).toBe(0.01);
    expect(() => metricResolution(0)).toThrow(RangeError);
  });
  it('property: accuracy is in [0, 1] and non-increasing in L; strictly decreasing while above 1e-300', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 20, noNaN: true }), fc.integer({ min: 1, max: 1000 }), (loss, l) => {
        const a = exactMatchAccuracy(loss, l);
        const b = exactMatchAccuracy(loss, l + 1);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(1);
        expect(b).toBeLessThanOrEqual(a);
        if (a > 1e-300) expect(b).toBeLessThan(a);
        const ed = tokenEditDistance(loss, l);
        expect(ed).toBeGreaterThanOrEqual(0);
        expect(ed).toBeLessThanOrEqual(l);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
  it('edges: negative or NaN loss and L ≤ 0 throw', () => {
    expect(() => exactMatchAccuracy(-0.1, 5)).toThrow(RangeError);
    expect(() => exactMatchAccuracy(NaN, 5)).toThrow(RangeError);
    expect(() => exactMatchAccuracy(0.1, 0)).toThrow(RangeError);
    expect(() => tokenEditDistance(0.1, -1)).toThrow(RangeError);
    expect(() => perTokenCorrectProbability(Infinity)).toThrow(RangeError);
  });
});

describe('schaefferLoss and the mirage', () => {
  it('L_CE(N) = (N/c)^α with α < 0 (Fig. 2A): N = 1e9, c = 1e4, α = −0.1 → 0.316 nats', () => {
    expect(schaefferLoss(1e9, 1e4, -0.1)).toBeCloseTo(10 ** -0.5, 14);
  });
  it("rejects α ≥ 0 (Schaeffer's sign convention) and c ≤ 0", () => {
    expect(() => schaefferLoss(1e9, 1e4, 0.1)).toThrow(/negative/);
    expect(() => schaefferLoss(1e9, 1e4, 0)).toThrow(RangeError);
    expect(() => schaefferLoss(1e9, 0, -0.1)).toThrow(RangeError);
  });
  it('exponents near 0 and sizes up to 1e35 stay finite', () => {
    expect(schaefferLoss(1e35, 1, -1e-12)).toBeCloseTo(1, 9);
    expect(Number.isFinite(schaefferLoss(1e35, 1e-30, -1))).toBe(true);
  });
  it('mirage: the same smooth loss gives a sharp exact-match curve and a smooth edit-distance curve', () => {
    const pts = mirageCurves(logSpace(1e6, 1e12, 13), { c: 1e4, alpha: -0.1, answerTokens: 10 });
    // loss changes by a factor 4 over the range; accuracy by a factor > 100
    expect(pts[0].loss / pts[12].loss).toBeCloseTo(10 ** 0.6, 10);
    expect(pts[12].accuracy / pts[0].accuracy).toBeGreaterThan(100);
    expect(pts[0].editDistance / pts[12].editDistance).toBeLessThan(4);
    for (const pt of pts) expect(pt.accuracy).toBeCloseTo(Math.exp(-10 * pt.loss), 14);
  });
  it('emergence score (eq 1): [0, 0.1, 0.2, 1] → 10; a decreasing series is negative; a flat one throws', () => {
    expect(emergenceScore([0, 0.1, 0.2, 1])).toBeCloseTo(10, 12);
    expect(emergenceScore([1, 0.2, 0.1, 0])).toBeCloseTo(-10, 12);
    expect(() => emergenceScore([0, 0, 0, 1])).toThrow(/undefined/);
    expect(() => emergenceScore([1])).toThrow(RangeError);
  });
});

describe('Wei et al. 2022 Table 1', () => {
  it('23 rows: 10 few-shot prompting, 13 augmented prompting', () => {
    expect(WEI_TABLE1).toHaveLength(23);
    expect(WEI_TABLE1.filter((r) => r.group === 'few-shot')).toHaveLength(10);
    expect(WEI_TABLE1.filter((r) => r.group === 'augmented')).toHaveLength(13);
  });
  it('only the "Many BIG-Bench tasks" row has no numbers; three rows inherit model/reference from above', () => {
    const empty = WEI_TABLE1.filter((r) => r.flops === null);
    expect(empty).toHaveLength(1);
    expect(empty[0].params).toBeNull();
    expect(empty[0].ability).toMatch(/BIG-Bench/);
    expect(WEI_TABLE1.filter((r) => r.inherited)).toHaveLength(3);
  });
  it('Wei puts Chinchilla 70B and Gopher 280B both at 5.0E+23 and GPT-3 at 3.1E+23 (facts §6 note)', () => {
    const chinchilla = WEI_TABLE1.find((r) => r.model === 'Chinchilla')!;
    const gopher = WEI_TABLE1.find((r) => r.model === 'Gopher' && r.params === 280e9)!;
    expect(chinchilla.flops).toBe(5.0e23);
    expect(gopher.flops).toBe(5.0e23);
    expect(WEI_TABLE1.filter((r) => r.params === 175e9).every((r) => r.flops === 3.1e23)).toBe(true);
  });
  it('smallest threshold: scratchpad 8-digit addition, LaMDA 40M at 8.9E+19; largest: WiC, PaLM 540B at 2.5E+24', () => {
    const rows = WEI_TABLE1.filter((r) => r.flops !== null);
    const min = rows.reduce((a, b) => (b.flops! < a.flops! ? b : a));
    const max = rows.reduce((a, b) => (b.flops! > a.flops! ? b : a));
    expect(min).toMatchObject({ model: 'LaMDA', params: 40e6, flops: 8.9e19 });
    expect(max).toMatchObject({ model: 'PaLM', params: 540e9, flops: 2.5e24 });
  });
});

describe("emergentCurveSchematic (schematic, not the paper's data)", () => {
  const opts = { thresholdFlops: 3.1e23, chance: 0.25, ceiling: 0.75, sharpness: 4 };
  it('midpoint at the threshold, chance far below, ceiling far above', () => {
    expect(emergentCurveSchematic(3.1e23, opts)).toBeCloseTo(0.5, 12);
    expect(emergentCurveSchematic(3.1e19, opts)).toBeCloseTo(0.25, 6);
    expect(emergentCurveSchematic(3.1e27, opts)).toBeCloseTo(0.75, 6);
    expect(emergentCurveSchematic(1, opts)).toBeGreaterThanOrEqual(0.25);
    expect(emergentCurveSchematic(1e35, opts)).toBeLessThanOrEqual(0.75);
  });
  it('property: non-decreasing in FLOPs over 1e15…1e30', () => {
    fc.assert(
      fc.property(fc.double({ min: 15, max: 30, noNaN: true }), (e) => {
        expect(emergentCurveSchematic(10 ** (e + 0.1), opts)).toBeGreaterThanOrEqual(emergentCurveSchematic(10 ** e, opts));
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it('bad options throw', () => {
    expect(() => emergentCurveSchematic(1e20, { ...opts, chance: 1.5 })).toThrow(RangeError);
    expect(() => emergentCurveSchematic(0, opts)).toThrow(RangeError);
    expect(() => emergentCurveSchematic(1e20, { ...opts, sharpness: 0 })).toThrow(RangeError);
  });
});
