import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approachPowerLaw, computeOptimal, LAWS, OPTIMAL_TABLE } from '../../../src/engine';
import {
  allocationPowerLaw,
  CHINCHILLA_FIT_RANGE,
  extrapolationFactor,
  KAPLAN_FIT_RANGE,
  planAllLaws,
  planForBudget,
  planForParams,
  planForTokens,
  PLANNER_LAW_INFO,
  PLANNER_LAW_KEYS,
  type PlannerLawKey,
} from '../../../src/engine/planner';

const rel = (a: number, b: number) => Math.abs(a / b - 1);

describe('planForBudget', () => {
  it('gives ≈40B params at the Gopher budget 5.76e23 with the unrounded Hoffmann law (Fig. 4 caption)', () => {
    const plan = planForBudget('hoffmann2022', 5.76e23);
    expect(rel(plan.params, 40e9)).toBeLessThan(0.02);
    expect(rel(plan.params, 4.04e10)).toBeLessThan(0.002);
    expect(rel(plan.tokens, 2.38e12)).toBeLessThan(0.002);
    expect(rel(plan.loss!, 1.918)).toBeLessThan(0.001);
  });

  it('gives 32B params, 2.98T tokens with the rounded eq-(10) constants (facts.md §2d, derived)', () => {
    const plan = planForBudget('hoffmann2022Rounded', 5.76e23);
    expect(rel(plan.params, 3.22e10)).toBeLessThan(0.003);
    expect(rel(plan.tokens, 2.98e12)).toBeLessThan(0.003);
  });

  it('gives 72B params, 1.33T tokens, D/N ≈ 18 with the Besiroglu refit (facts.md §3, derived)', () => {
    const plan = planForBudget('besiroglu2024', 5.76e23);
    expect(rel(plan.params, 7.2e10)).toBeLessThan(0.005);
    expect(rel(plan.tokens, 1.33e12)).toBeLessThan(0.005);
    expect(Math.round(plan.tokensPerParameter)).toBe(18);
  });

  it('agrees with computeOptimal (Hoffmann eq 4) for every Chinchilla-form law', () => {
    for (const key of ['hoffmann2022', 'hoffmann2022Rounded', 'besiroglu2024'] as const) {
      for (const c of [1e18, 5.76e23, 1e28]) {
        const opt = computeOptimal(LAWS[key], c);
        expect(rel(planForBudget(key, c).params, opt.params)).toBeLessThan(1e-12);
      }
    }
  });

  it('Approach 1 reproduces Table 3 within 5% (67B at 5.76e23, 1T at 1.27e26)', () => {
    for (const row of OPTIMAL_TABLE.filter((r) => r.approach === 1)) {
      expect(rel(planForBudget('approach1', row.flops).params, row.params)).toBeLessThan(0.06);
    }
    expect(allocationPowerLaw('approach1').exponent).toBeCloseTo(0.5, 2);
    expect(allocationPowerLaw('approach2').exponent).toBeCloseTo(approachPowerLaw(2).params.exponent, 12);
  });

  it('Kaplan uses Table 6, N_opt = 1.3e9·C_min^0.73 with C in PF-days (non-embedding)', () => {
    const plan = planForBudget('kaplan', 8.64e19); // 1 PF-day
    expect(rel(plan.params, 1.3e9)).toBeLessThan(1e-12);
    expect(allocationPowerLaw('kaplan').exponent).toBe(0.73);
    expect(PLANNER_LAW_INFO.kaplan.nonEmbedding).toBe(true);
    // L(C_min) of eq (1.3): 1 PF-day → 2.658 nats.
    expect(plan.loss!).toBeCloseTo(2.658, 3);
  });

  it('predicts no loss for the approach power laws', () => {
    expect(planForBudget('approach1', 1e22).loss).toBeNull();
    expect(planForBudget('approach2', 1e22).loss).toBeNull();
  });

  it('throws for a non-positive or non-finite budget and an unknown law', () => {
    for (const bad of [0, -1, NaN, Infinity]) expect(() => planForBudget('hoffmann2022', bad)).toThrow(RangeError);
    expect(() => planForBudget('nope' as PlannerLawKey, 1e20)).toThrow(RangeError);
  });
});

describe('the reverse questions', () => {
  it('"I want a 7B model": hoffmann2022 → 1.24e22 FLOPs on 2.95e11 tokens, and C = 6ND exactly', () => {
    const plan = planForParams('hoffmann2022', 7e9);
    expect(rel(plan.params, 7e9)).toBeLessThan(1e-12);
    expect(rel(plan.flops, 1.241e22)).toBeLessThan(0.001);
    expect(rel(plan.tokens, 2.955e11)).toBeLessThan(0.001);
    expect(rel(6 * plan.params * plan.tokens, plan.flops)).toBeLessThan(1e-12);
  });

  it('"I have 2T tokens": hoffmann2022 → 34.9B params and 4.19e23 FLOPs', () => {
    const plan = planForTokens('hoffmann2022', 2e12);
    expect(rel(plan.tokens, 2e12)).toBeLessThan(1e-12);
    expect(rel(plan.params, 3.489e10)).toBeLessThan(0.001);
    expect(rel(6 * plan.params * plan.tokens, plan.flops)).toBeLessThan(1e-12);
  });

  it('round-trips: budget → plan → params → the same budget, for every law (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLANNER_LAW_KEYS), fc.double({ min: Math.log(1e15), max: Math.log(1e30), noNaN: true }), (key, logC) => {
        const c = Math.exp(logC);
        const plan = planForBudget(key, c);
        expect(rel(6 * plan.params * plan.tokens, c)).toBeLessThan(1e-10);
        expect(rel(planForParams(key, plan.params).flops, c)).toBeLessThan(1e-9);
        expect(rel(planForTokens(key, plan.tokens).flops, c)).toBeLessThan(1e-9);
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('planAllLaws answers one question under every law in order', () => {
    const plans = planAllLaws({ params: 7e9 });
    expect(plans.map((p) => p.law)).toEqual(PLANNER_LAW_KEYS);
    for (const p of plans) expect(rel(p.params, 7e9)).toBeLessThan(1e-9);
  });
});

describe('fit ranges', () => {
  it('Chinchilla IsoFLOP budgets span 6e18–3e21 FLOPs (§3.2), models 70M–16B (abstract)', () => {
    expect(CHINCHILLA_FIT_RANGE.flops).toEqual([6e18, 3e21]);
    expect(CHINCHILLA_FIT_RANGE.params).toEqual([70e6, 16e9]);
    expect(KAPLAN_FIT_RANGE.breakdownFlops).toBeCloseTo(8.64e23, -20);
  });
  it('extrapolationFactor: the Gopher budget is 192× the largest IsoFLOP budget; 1 inside; low/value below', () => {
    expect(extrapolationFactor(5.76e23, CHINCHILLA_FIT_RANGE.flops)).toBeCloseTo(192, 6);
    expect(extrapolationFactor(1e20, CHINCHILLA_FIT_RANGE.flops)).toBe(1);
    expect(extrapolationFactor(6e17, CHINCHILLA_FIT_RANGE.flops)).toBeCloseTo(10, 9);
    expect(() => extrapolationFactor(0, [1, 2])).toThrow(RangeError);
  });
});
