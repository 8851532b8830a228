import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KAPLAN_ALLOCATION_PARTS, KAPLAN_TABLE6, kaplanAllocation, kaplanAllocationGrowth, kaplanComputeForParams } from '../../../src/engine/kaplan-allocation';
import { PF_DAY_FLOPS } from '../../../src/engine/compute';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('kaplanAllocationGrowth (Kaplan Table 6)', () => {
  it('1 PF-day → all factors 1', () => {
    expect(kaplanAllocationGrowth(1)).toEqual({ params: 1, batchTokens: 1, steps: 1, tokens: 1 });
  });
  it('1000 PF-days → N ×155 (C^0.73), B ×5.25 (C^0.24), S ×1.23 (C^0.03), D ×6.46 (C^0.27), rel 1e-3', () => {
    const g = kaplanAllocationGrowth(1000);
    expect(rel(g.params, 154.88)).toBeLessThan(1e-3);
    expect(rel(g.batchTokens, 5.248)).toBeLessThan(1e-3);
    expect(rel(g.steps, 1.2303)).toBeLessThan(1e-3);
    expect(rel(g.tokens, 6.4565)).toBeLessThan(1e-3);
  });
  it('10× compute → 5.4× params and 1.9× tokens (10^0.73, 10^0.27); the 0.73 is not 0.74 (Hoffmann Table 2 lists Kaplan a = 0.73)', () => {
    const g = kaplanAllocationGrowth(10);
    expect(rel(g.params, 10 ** 0.73)).toBeLessThan(1e-12);
    expect(rel(g.tokens, 10 ** 0.27)).toBeLessThan(1e-12);
  });
  it('property: growth × Table 6 coefficient = kaplanAllocation (rel 1e-12)', () => {
    const at1 = kaplanAllocation(1);
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (logC) => {
        const c = 10 ** logC;
        const g = kaplanAllocationGrowth(c);
        const a = kaplanAllocation(c);
        for (const part of KAPLAN_ALLOCATION_PARTS) expect(rel(g[part] * at1[part], a[part])).toBeLessThan(1e-12);
      }),
      { seed: 3, numRuns: 100 },
    );
  });
  it('kaplanComputeForParams(1.5e9) = 1.22 PF-days (Kaplan’s largest model, §3) and inverts N_opt', () => {
    expect(rel(kaplanComputeForParams(1.5e9), 1.2166)).toBeLessThan(1e-3);
    expect(rel(kaplanAllocation(kaplanComputeForParams(7e10)).params, 7e10)).toBeLessThan(1e-12);
  });
  it('edges throw', () => {
    expect(() => kaplanAllocationGrowth(0)).toThrow(RangeError);
    expect(() => kaplanComputeForParams(-1)).toThrow(RangeError);
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
