import { describe, expect, it } from 'vitest';
import {
  KAPLAN_FIGURE1_CRITICAL_COMPUTE,
  KAPLAN_TABLE5,
  kaplanComputeExponent,
  kaplanLossFromCompute,
  kaplanLossFromComputeNaive,
  kaplanLossFromParams,
  kaplanLossFromTokens,
} from '../../../src/engine/kaplan';
import { KAPLAN_TABLE2 } from '../../../src/engine/kaplan-joint';
import { paramsScalingFactor } from '../../../src/engine/sample-efficiency';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

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
