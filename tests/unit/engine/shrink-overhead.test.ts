import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAWS, chinchillaLoss, CHINCHILLA_LAW_KEYS } from '../../../src/engine/chinchilla';
import { criticalShrinkFactor, shrinkOverhead } from '../../../src/engine/shrink-overhead';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
const GOPHER_FLOPS = 5.76e23;
const keys = CHINCHILLA_LAW_KEYS;

describe('shrinkOverhead and criticalShrinkFactor', () => {
  it('k = 1 costs nothing extra (computeFactor 1, rel 1e-9)', () => {
    const r = shrinkOverhead(LAWS.hoffmann2022, 1, GOPHER_FLOPS);
    expect(r.feasible).toBe(true);
    expect(Math.abs(r.computeFactor - 1)).toBeLessThan(1e-9);
    expect(Math.abs(r.dataFactor - 1)).toBeLessThan(1e-9);
  });
  it('k = 2 at the Gopher budget: 2.42× the data, 1.21× the compute (hoffmann2022)', () => {
    const r = shrinkOverhead(LAWS.hoffmann2022, 2, GOPHER_FLOPS);
    expect(rel(r.dataFactor, 2.4204)).toBeLessThan(1e-3);
    expect(rel(r.computeFactor, 1.2102)).toBeLessThan(1e-3);
    expect(r.extraCompute).toBeCloseTo(r.computeFactor - 1, 12);
    expect(chinchillaLoss(LAWS.hoffmann2022, r.params, r.tokens)).toBeCloseTo(r.targetLoss, 10);
  });
  it('criticalShrinkFactor = (1 + α/β)^(1/α) ≈ 10.09, independent of the budget', () => {
    const p = LAWS.hoffmann2022;
    const closed = (1 + p.alpha / p.beta) ** (1 / p.alpha);
    for (const c of [1e18, GOPHER_FLOPS, 1e30]) expect(rel(criticalShrinkFactor(p, c), closed)).toBeLessThan(1e-9);
    expect(closed).toBeCloseTo(10.09, 2);
  });
  it('beyond k* no amount of data compensates: feasible false, infinite factors', () => {
    const r = shrinkOverhead(LAWS.hoffmann2022, 12, GOPHER_FLOPS);
    expect(r.feasible).toBe(false);
    expect(r.tokens).toBe(Infinity);
    expect(r.computeFactor).toBe(Infinity);
    expect(shrinkOverhead(LAWS.hoffmann2022, 10, GOPHER_FLOPS).feasible).toBe(true);
  });
  it('property: computeFactor ≥ 1 for any k in (0.1, k*), and increases with k for k > 1 while feasible', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.double({ min: 18, max: 30, noNaN: true }), fc.double({ min: 0, max: 0.95, noNaN: true }), (key, ec, t) => {
        const p = LAWS[key];
        const c = 10 ** ec;
        const kStar = criticalShrinkFactor(p, c);
        const k = 1 + t * (kStar - 1);
        const a = shrinkOverhead(p, k, c);
        const b = shrinkOverhead(p, k + 0.02 * (kStar - k), c);
        expect(a.feasible && b.feasible).toBe(true);
        expect(a.computeFactor).toBeGreaterThanOrEqual(1 - 1e-9);
        expect(b.computeFactor).toBeGreaterThanOrEqual(a.computeFactor);
        const bigger = shrinkOverhead(p, 0.1 + 0.9 * t, c);
        expect(bigger.computeFactor).toBeGreaterThanOrEqual(1 - 1e-9);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
  it('edges: k ≤ 0 or NaN throw', () => {
    expect(() => shrinkOverhead(LAWS.hoffmann2022, 0, 1e21)).toThrow(RangeError);
    expect(() => shrinkOverhead(LAWS.hoffmann2022, NaN, 1e21)).toThrow(RangeError);
  });
});
