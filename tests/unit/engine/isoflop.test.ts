import { describe, expect, it } from 'vitest';
import { LAWS, computeOptimal, optimalLoss, CHINCHILLA_LAW_KEYS } from '../../../src/engine/chinchilla';
import { fitIsoflopParabola, isoflopMinimaPowerLaw, isoflopProfile } from '../../../src/engine/isoflop';
import { logSpace } from '../../../src/engine/stats';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
const keys = CHINCHILLA_LAW_KEYS;

describe('IsoFLOP profiles (Approach 2)', () => {
  it('every point spends exactly the budget: 6·N·D = C (rel 1e-12)', () => {
    const pts = isoflopProfile(LAWS.hoffmann2022, 1e21, logSpace(1e8, 1e11, 13));
    for (const pt of pts) expect(rel(6 * pt.params * pt.tokens, 1e21)).toBeLessThan(1e-12);
    expect(rel(pts.find((p) => p.params === 1e9)!.loss, 2.3143)).toBeLessThan(1e-4);
  });
  it('the U-curve minimum is near the closed-form optimum: parabola in log10 N, ±1 decade, rel 5%', () => {
    const opt = computeOptimal(LAWS.hoffmann2022, 1e21);
    const grid = logSpace(opt.params / 10, opt.params * 10, 15);
    const fit = fitIsoflopParabola(isoflopProfile(LAWS.hoffmann2022, 1e21, grid));
    expect(rel(fit.minimumParams, opt.params)).toBeLessThan(0.05);
    expect(rel(fit.minimumLoss, optimalLoss(LAWS.hoffmann2022, 1e21))).toBeLessThan(0.005);
    expect(fit.coefficients[2]).toBeGreaterThan(0);
  });
  it('fitIsoflopParabola recovers an exact parabola and rejects a hill', () => {
    const pts = [8, 9, 10, 11].map((x) => ({ params: 10 ** x, loss: 3 + 0.1 * (x - 9.5) ** 2 }));
    const fit = fitIsoflopParabola(pts);
    expect(rel(fit.minimumParams, 10 ** 9.5)).toBeLessThan(1e-9);
    expect(fit.minimumLoss).toBeCloseTo(3, 10);
    const hill = pts.map((p) => ({ ...p, loss: -p.loss }));
    expect(() => fitIsoflopParabola(hill)).toThrow(/valley/);
    expect(() => fitIsoflopParabola([{ params: 0, loss: 1 }])).toThrow(RangeError);
  });
  it("isoflopMinimaPowerLaw over the paper's 6e18…3e21 budgets gives the closed-form a (abs 1e-6) for every law", () => {
    const budgets = [6e18, 1e19, 3e19, 1e20, 3e20, 1e21, 3e21];
    for (const key of keys) {
      const r = isoflopMinimaPowerLaw(LAWS[key], budgets);
      expect(Math.abs(r.params.exponent - r.closedForm.a)).toBeLessThan(1e-6);
      expect(Math.abs(r.tokens.exponent - r.closedForm.b)).toBeLessThan(1e-6);
      expect(r.minima).toHaveLength(budgets.length);
    }
  });
  it('with one fixed grid for all budgets the fitted exponent is still within 0.02 of a', () => {
    const r = isoflopMinimaPowerLaw(LAWS.hoffmann2022, [1e19, 1e20, 1e21], { paramsGrid: logSpace(3e7, 3e10, 25) });
    expect(Math.abs(r.params.exponent - r.closedForm.a)).toBeLessThan(0.02);
  });
  it('needs at least two budgets and ≥ 3 points per budget', () => {
    expect(() => isoflopMinimaPowerLaw(LAWS.hoffmann2022, [1e20])).toThrow(RangeError);
    expect(() => isoflopMinimaPowerLaw(LAWS.hoffmann2022, [1e20, 1e21], { pointsPerBudget: 2 })).toThrow(RangeError);
  });
});
