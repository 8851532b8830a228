import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  evaluatePowerLaw,
  goldenSectionMinimum,
  linearRegression,
  logAddExp,
  logSpace,
  mean,
  parabolaVertex,
  powerLawFit,
  quadraticFit,
  quantile,
  ratioPower,
  requireFinite,
  requireInRange,
  requireNonNegative,
  requirePositive,
  requirePositiveInteger,
  softplus,
} from '../../../src/engine/stats';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('validators', () => {
  it('requireFinite rejects NaN and ±Infinity with a RangeError naming the argument', () => {
    expect(() => requireFinite('loss', NaN)).toThrow(RangeError);
    expect(() => requireFinite('loss', NaN)).toThrow(/loss/);
    expect(() => requireFinite('loss', Infinity)).toThrow(/Infinity/);
    expect(() => requireFinite('loss', -Infinity)).toThrow(RangeError);
    expect(requireFinite('loss', -2.5)).toBe(-2.5);
  });
  it('requirePositive rejects 0 and negatives, accepts 1e-300 and 1e300', () => {
    expect(() => requirePositive('params', 0)).toThrow(/greater than 0/);
    expect(() => requirePositive('params', -1)).toThrow(RangeError);
    expect(requirePositive('params', 1e-300)).toBe(1e-300);
    expect(requirePositive('params', 1e300)).toBe(1e300);
  });
  it('requireNonNegative accepts 0 but not −1e-9', () => {
    expect(requireNonNegative('x', 0)).toBe(0);
    expect(() => requireNonNegative('x', -1e-9)).toThrow(RangeError);
  });
  it('requireInRange and requirePositiveInteger', () => {
    expect(requireInRange('u', 0.4, 0, 1)).toBe(0.4);
    expect(() => requireInRange('u', 1.0001, 0, 1)).toThrow(/between 0 and 1/);
    expect(requirePositiveInteger('k', 3)).toBe(3);
    expect(() => requirePositiveInteger('k', 2.5)).toThrow(/whole number/);
    expect(() => requirePositiveInteger('k', 0)).toThrow(RangeError);
  });
});

describe('log-space helpers', () => {
  it('logAddExp(1000, 1000) = 1000 + ln 2 although e^1000 overflows', () => {
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logAddExp(-Infinity, 3)).toBe(3);
    expect(logAddExp(3, -Infinity)).toBe(3);
    expect(logAddExp(0, -800)).toBeCloseTo(0, 15);
  });
  it('softplus(t) = ln(1 + e^t) stays finite for |t| = 800', () => {
    expect(softplus(800)).toBe(800);
    expect(softplus(0)).toBeCloseTo(Math.LN2, 15);
    expect(softplus(-800)).toBeGreaterThanOrEqual(0);
    expect(softplus(-30)).toBeCloseTo(Math.exp(-30), 25);
  });
});

describe('linearRegression', () => {
  it('recovers y = 1 + 2x exactly with R² = 1', () => {
    const fit = linearRegression([0, 1, 2, 3], [1, 3, 5, 7]);
    expect(fit.slope).toBeCloseTo(2, 12);
    expect(fit.intercept).toBeCloseTo(1, 12);
    expect(fit.rSquared).toBeCloseTo(1, 12);
  });
  it('throws on mismatched lengths, one point, identical x or NaN', () => {
    expect(() => linearRegression([1, 2], [1])).toThrow(/same length/);
    expect(() => linearRegression([1], [1])).toThrow(/At least 2/);
    expect(() => linearRegression([1, 1, 1], [1, 2, 3])).toThrow(/distinct/);
    expect(() => linearRegression([1, NaN], [1, 2])).toThrow(RangeError);
  });
});

describe('quadraticFit', () => {
  it('recovers a parabola in x = log10 N around 10 (IsoFLOP scale) to 1e-9', () => {
    const xs = [8.5, 9, 9.5, 10, 10.5, 11, 11.5];
    const ys = xs.map((x) => 2 - 0.3 * x + 0.02 * x * x);
    const { coefficients, rSquared } = quadraticFit(xs, ys);
    expect(coefficients[0]).toBeCloseTo(2, 8);
    expect(coefficients[1]).toBeCloseTo(-0.3, 9);
    expect(coefficients[2]).toBeCloseTo(0.02, 10);
    expect(rSquared).toBeCloseTo(1, 12);
    expect(parabolaVertex(coefficients).x).toBeCloseTo(7.5, 8);
  });
  it('throws with fewer than three distinct x', () => {
    expect(() => quadraticFit([1, 1, 2, 2], [1, 2, 3, 4])).toThrow(/three distinct/);
    expect(() => quadraticFit([1, 2], [1, 2])).toThrow(/At least 3/);
  });
  it('parabolaVertex of [1, −2, 1] is (1, 0); a line has none', () => {
    expect(parabolaVertex([1, -2, 1])).toEqual({ x: 1, y: 0 });
    expect(() => parabolaVertex([1, 2, 0])).toThrow(RangeError);
  });
});

describe('powerLawFit', () => {
  it('recovers N = 0.1·C^0.5 over 1e18…1e24 FLOPs', () => {
    const cs = [1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24];
    const fit = powerLawFit(
      cs,
      cs.map((c) => 0.1 * Math.sqrt(c)),
    );
    expect(fit.exponent).toBeCloseTo(0.5, 12);
    expect(rel(fit.coefficient, 0.1)).toBeLessThan(1e-9);
    expect(rel(evaluatePowerLaw(fit, 1e30), 1e14)).toBeLessThan(1e-9);
  });
  it('property: recovers any exponent in [−2, 2] and coefficient in [1e-5, 1e5] (rel 1e-8)', () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), (exponent, log10Coefficient) => {
        const xs = [1e3, 1e8, 1e13, 1e20, 1e30];
        const ys = xs.map((x) => 10 ** (log10Coefficient + exponent * Math.log10(x)));
        const fit = powerLawFit(xs, ys);
        expect(Math.abs(fit.exponent - exponent)).toBeLessThan(1e-8);
        expect(rel(fit.coefficient, 10 ** log10Coefficient)).toBeLessThan(1e-7);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it('rejects zero or negative data', () => {
    expect(() => powerLawFit([1, 2], [0, 1])).toThrow(RangeError);
    expect(() => powerLawFit([-1, 2], [1, 1])).toThrow(RangeError);
  });
});

describe('quantile, mean, logSpace', () => {
  it('quantile([1,2,3,4], 0.5) = 2.5 and the 0.9 quantile interpolates', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([4, 1, 3, 2], 0.9)).toBeCloseTo(3.7, 12);
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(() => quantile([1, NaN], 0.5)).toThrow(RangeError);
  });
  it('mean([1,2,3]) = 2', () => {
    expect(mean([1, 2, 3])).toBe(2);
    expect(() => mean([])).toThrow(RangeError);
  });
  it('logSpace(1e18, 1e21, 4) gives exact powers of ten', () => {
    expect(logSpace(1e18, 1e21, 4)).toEqual([1e18, 1e19, 1e20, 1e21]);
    expect(logSpace(5, 5, 1)).toEqual([5]);
    expect(() => logSpace(0, 1, 3)).toThrow(RangeError);
  });
});

describe('ratioPower ((c/x)^α in log space; the form of Kaplan et al. 2020 eq 1.1)', () => {
  it('Kaplan L(N) at 1e9 non-embedding params: (8.8e13/1e9)^0.076 = 2.376 nats (Table 5), rel 1e-12 against the direct power', () => {
    expect(rel(ratioPower(8.8e13, 1e9, 0.076), (8.8e13 / 1e9) ** 0.076)).toBeLessThan(1e-12);
    expect(ratioPower(8.8e13, 1e9, 0.076)).toBeCloseTo(2.376, 3);
  });
  it('stays finite where c/x over- or underflows: (1e300/1e-300)^0.01 = 1e6', () => {
    expect(rel(ratioPower(1e300, 1e-300, 0.01), 1e6)).toBeLessThan(1e-12);
  });
});

describe('goldenSectionMinimum (the 1-D search of the data-constrained optimum and the inference-aware sizing)', () => {
  it('finds the vertex of any parabola inside the bracket to 1e-9', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), (vertex, curvature) => {
        const x = goldenSectionMinimum((t) => curvature * (t - vertex) ** 2, -60, 60);
        return Math.abs(x - vertex) < 1e-9;
      }),
      { seed: 3, numRuns: 200 },
    );
  });
  it('returns the bracket end when the minimum lies on it', () => {
    expect(goldenSectionMinimum((t) => t, 1, 2)).toBeCloseTo(1, 10);
  });
});
