import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { batchTradeoff, criticalBatch, minCompute, minSteps } from '../../../src/engine/kaplan-batch';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

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
