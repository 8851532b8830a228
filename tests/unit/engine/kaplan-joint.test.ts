import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  KAPLAN_TABLE2,
  KAPLAN_TABLE3,
  earlyStoppingSteps,
  kaplanJointLoss,
  kaplanLossParamsSteps,
  overfittingPenalty,
  tokensToAvoidOverfitting,
} from '../../../src/engine/kaplan-joint';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
const log10Size = fc.double({ min: 3, max: 30, noNaN: true });

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
