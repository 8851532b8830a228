import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  APPROACH_EXPONENTS,
  LAWS,
  LAW_INFO,
  OPTIMAL_TABLE,
  allocationExponents,
  approachPowerLaw,
  chinchillaLoss,
  computeOptimal,
  criticalShrinkFactor,
  fitIsoflopParabola,
  isoflopMinimaPowerLaw,
  isoflopProfile,
  lawName,
  lowerEnvelope,
  optimalLoss,
  optimalTokensPerParameter,
  shrinkOverhead,
  tokensPerParameter,
  trainingCurves,
  type ChinchillaParams,
  type LawKey,
} from '../../../src/engine/chinchilla';
import { logSpace } from '../../../src/engine/stats';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
const GOPHER_FLOPS = 5.76e23;
const keys = Object.keys(LAWS) as LawKey[];
const log10Size = fc.double({ min: 3, max: 30, noNaN: true });

describe('LAWS and LAW_INFO', () => {
  it('hoffmann2022 = exp of the TeX log values: A 406.401, B 410.723, E 1.69337 (facts §2c), rel 1e-5', () => {
    const h = LAWS.hoffmann2022;
    expect(rel(h.A, 406.401)).toBeLessThan(1e-5);
    expect(rel(h.B, 410.723)).toBeLessThan(1e-5);
    expect(rel(h.E, 1.69337)).toBeLessThan(1e-5);
    expect(h.alpha).toBe(0.33917084);
    expect(h.beta).toBe(0.2849083);
  });
  it('hoffmann2022Rounded is eq (10) as printed; besiroglu2024 is the headline refit', () => {
    expect(LAWS.hoffmann2022Rounded).toEqual({ E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 });
    expect(LAWS.besiroglu2024).toEqual({ E: 1.8172, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658 });
  });
  it('LAW_INFO has bilingual names, an arXiv id and a status for every law', () => {
    expect(Object.keys(LAW_INFO).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const info = LAW_INFO[key];
      expect(info.name.zh.length).toBeGreaterThan(0);
      expect(info.name.en.length).toBeGreaterThan(0);
      expect(info.source.arxiv).toMatch(/^\d{4}\.\d{5}$/);
      expect(['P', 'R', 'S', 'D', 'UNVERIFIED']).toContain(info.status);
      expect(lawName(key, 'en')).toBe(info.shortName.en);
    }
    expect(LAW_INFO.hoffmann2022.source.arxiv).toBe('2203.15556');
    expect(LAW_INFO.besiroglu2024.source.arxiv).toBe('2404.10102');
    expect(LAW_INFO.besiroglu2024.status).toBe('S');
  });
});

describe('chinchillaLoss (Hoffmann eq 2)', () => {
  it('Chinchilla 70B on 1.4T tokens: 1.937 nats with the rounded eq (10), 1.921 with the TeX values', () => {
    expect(rel(chinchillaLoss(LAWS.hoffmann2022Rounded, 70e9, 1.4e12), 1.9366)).toBeLessThan(1e-4);
    expect(rel(chinchillaLoss(LAWS.hoffmann2022, 70e9, 1.4e12), 1.9208)).toBeLessThan(1e-4);
  });
  it('Chinchilla beats Gopher (280B, 300B tokens) under every law at about the same compute', () => {
    for (const key of keys) {
      expect(chinchillaLoss(LAWS[key], 70e9, 1.4e12)).toBeLessThan(chinchillaLoss(LAWS[key], 280e9, 300e9));
    }
  });
  it('property: loss > E, finite and strictly decreasing in N and D over 1e3…1e30, for every law', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), log10Size, log10Size, (key, en, ed) => {
        const p = LAWS[key];
        const n = 10 ** en;
        const d = 10 ** ed;
        const l = chinchillaLoss(p, n, d);
        expect(Number.isFinite(l)).toBe(true);
        expect(l).toBeGreaterThan(p.E);
        expect(chinchillaLoss(p, 2 * n, d)).toBeLessThan(l);
        expect(chinchillaLoss(p, n, 2 * d)).toBeLessThan(l);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
  it('property: no NaN for any valid law (E 0…5, A, B 1e-3…1e6, α, β 1e-6…3) and N, D in 1…1e35', () => {
    fc.assert(
      fc.property(
        fc.record({
          E: fc.double({ min: 0, max: 5, noNaN: true }),
          A: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
          B: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
          alpha: fc.double({ min: 1e-6, max: 3, noNaN: true }),
          beta: fc.double({ min: 1e-6, max: 3, noNaN: true }),
        }),
        fc.double({ min: 0, max: 35, noNaN: true }),
        fc.double({ min: 0, max: 35, noNaN: true }),
        (p, en, ed) => {
          const l = chinchillaLoss(p, 10 ** en, 10 ** ed);
          expect(Number.isFinite(l)).toBe(true);
          expect(l).toBeGreaterThanOrEqual(p.E);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
  it('property: computeOptimal is finite for laws in a physical range (α, β 0.05…1, A, B 1…1e5) and C in 1…1e35', () => {
    fc.assert(
      fc.property(
        fc.record({
          E: fc.double({ min: 0, max: 5, noNaN: true }),
          A: fc.double({ min: 1, max: 1e5, noNaN: true }),
          B: fc.double({ min: 1, max: 1e5, noNaN: true }),
          alpha: fc.double({ min: 0.05, max: 1, noNaN: true }),
          beta: fc.double({ min: 0.05, max: 1, noNaN: true }),
        }),
        fc.double({ min: 0, max: 35, noNaN: true }),
        (p, ec) => {
          const opt = computeOptimal(p, 10 ** ec);
          expect(opt.params > 0 && Number.isFinite(opt.params)).toBe(true);
          expect(opt.tokens > 0 && Number.isFinite(opt.tokens)).toBe(true);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
  it('computeOptimal throws a RangeError (not Infinity) when the answer exceeds the double range', () => {
    const extreme = { E: 0, A: 1.01e-3, B: 1e-3, alpha: 1e-6, beta: 1e-6 }; // G = e^4975
    expect(() => computeOptimal(extreme, 1)).toThrow(/range/);
  });
  it('edges: 0, negative, NaN, Infinity throw RangeError; 1e35 is fine; exponents near 0 stay finite', () => {
    for (const bad of [0, -1, NaN, Infinity]) {
      expect(() => chinchillaLoss(LAWS.hoffmann2022, bad, 1e12)).toThrow(RangeError);
      expect(() => chinchillaLoss(LAWS.hoffmann2022, 1e9, bad)).toThrow(RangeError);
      expect(() => computeOptimal(LAWS.hoffmann2022, bad)).toThrow(RangeError);
    }
    expect(chinchillaLoss(LAWS.hoffmann2022, 1e35, 1e35)).toBeGreaterThan(LAWS.hoffmann2022.E);
    expect(() => chinchillaLoss({ ...LAWS.hoffmann2022, alpha: 0 }, 1e9, 1e9)).toThrow(RangeError);
    expect(() => chinchillaLoss({ ...LAWS.hoffmann2022, E: -1 }, 1e9, 1e9)).toThrow(RangeError);
    const nearZero = { ...LAWS.hoffmann2022, alpha: 1e-9, beta: 1e-9 };
    expect(Number.isFinite(chinchillaLoss(nearZero, 1e30, 1e30))).toBe(true);
    const symmetric = { E: 1.69, A: 400, B: 400, alpha: 1e-6, beta: 1e-6 }; // G = 1, a = b = 0.5
    expect(rel(computeOptimal(symmetric, 6e30).params, 1e15)).toBeLessThan(1e-9);
  });
});

describe('computeOptimal and allocationExponents (Hoffmann eq 4)', () => {
  it('computeOptimal(hoffmann2022, 5.76e23) ≈ 40B params (Fig. 4 caption "40B"), rel 2%; 4.04e10 / 2.38e12 (facts §2d), rel 0.5%', () => {
    const { params, tokens } = computeOptimal(LAWS.hoffmann2022, GOPHER_FLOPS);
    expect(rel(params, 40e9)).toBeLessThan(0.02);
    expect(rel(params, 4.04e10)).toBeLessThan(0.005);
    expect(rel(tokens, 2.38e12)).toBeLessThan(0.005);
  });
  it('the rounded eq (10) constants give 32B instead: 3.22e10 params / 2.98e12 tokens (facts §2d), rel 0.5%', () => {
    const { params, tokens } = computeOptimal(LAWS.hoffmann2022Rounded, GOPHER_FLOPS);
    expect(rel(params, 3.22e10)).toBeLessThan(0.005);
    expect(rel(tokens, 2.98e12)).toBeLessThan(0.005);
  });
  it('Besiroglu 2024 at the Gopher budget: 7.2e10 params, 1.33e12 tokens, D/N ≈ 18 (facts §3), rel 1%', () => {
    const { params, tokens } = computeOptimal(LAWS.besiroglu2024, GOPHER_FLOPS);
    expect(rel(params, 7.2e10)).toBeLessThan(0.01);
    expect(rel(tokens, 1.33e12)).toBeLessThan(0.01);
    expect(Math.round(optimalTokensPerParameter(LAWS.besiroglu2024, GOPHER_FLOPS))).toBe(18);
  });
  it('tokens per parameter at the Gopher budget: 59 (TeX) and 93 (rounded) (facts §2d)', () => {
    expect(Math.round(optimalTokensPerParameter(LAWS.hoffmann2022, GOPHER_FLOPS))).toBe(59);
    expect(Math.round(optimalTokensPerParameter(LAWS.hoffmann2022Rounded, GOPHER_FLOPS))).toBe(93);
    expect(tokensPerParameter(70e9, 1.4e12)).toBeCloseTo(20, 12);
  });
  it('allocation exponents: a = 0.4565, b = 0.5435, G = 1.3000 (TeX) vs a = 0.4516, G = 1.3447 (rounded) (facts §2d)', () => {
    const t = allocationExponents(LAWS.hoffmann2022);
    expect(t.a).toBeCloseTo(0.4565, 4);
    expect(t.b).toBeCloseTo(0.5435, 4);
    expect(t.G).toBeCloseTo(1.3, 4);
    const r = allocationExponents(LAWS.hoffmann2022Rounded);
    expect(r.a).toBeCloseTo(0.4516, 4);
    expect(r.b).toBeCloseTo(0.5484, 4);
    expect(r.G).toBeCloseTo(1.3447, 4);
    // "we find that a = 0.46 and b = 0.54": only the TeX values print as 0.46
    expect(t.a.toFixed(2)).toBe('0.46');
    expect(r.a.toFixed(2)).toBe('0.45');
    expect(allocationExponents(LAWS.besiroglu2024).a).toBeCloseTo(0.5126, 4);
  });
  it('property: 6·N_opt·D_opt = C (rel 1e-9) for C in 1e3…1e35, every law', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.double({ min: 3, max: 35, noNaN: true }), (key, ec) => {
        const c = 10 ** ec;
        const { params, tokens } = computeOptimal(LAWS[key], c);
        expect(rel(6 * params * tokens, c)).toBeLessThan(1e-9);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
  it('property: the compute-optimal point beats its neighbours at the same budget (k = 1.5)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.double({ min: 18, max: 30, noNaN: true }), (key, ec) => {
        const c = 10 ** ec;
        const p = LAWS[key];
        const { params, tokens } = computeOptimal(p, c);
        const best = chinchillaLoss(p, params, tokens);
        expect(best).toBeLessThan(chinchillaLoss(p, params * 1.5, tokens / 1.5));
        expect(best).toBeLessThan(chinchillaLoss(p, params / 1.5, tokens * 1.5));
        expect(optimalLoss(p, c)).toBe(best);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('Table 2, Table 3 and Table A3', () => {
  it('APPROACH_EXPONENTS holds Table 2 with its percentiles, the Kaplan row and Table A2 (C4, GitHub)', () => {
    const byId = Object.fromEntries(APPROACH_EXPONENTS.map((r) => [r.id, r]));
    expect(byId.approach1).toMatchObject({ a: 0.5, aInterval: [0.488, 0.502], b: 0.5, bInterval: [0.501, 0.512] });
    expect(byId.approach2).toMatchObject({ a: 0.49, aInterval: [0.462, 0.534], b: 0.51, bInterval: [0.483, 0.529] });
    expect(byId.approach3).toMatchObject({ a: 0.46, aInterval: [0.454, 0.455], b: 0.54, bInterval: [0.542, 0.543] });
    expect(byId.kaplan).toMatchObject({ a: 0.73, b: 0.27 });
    expect(byId.c4).toMatchObject({ a: 0.5, b: 0.5 });
    expect(byId.github).toMatchObject({ a: 0.53, b: 0.47 });
    for (const r of APPROACH_EXPONENTS) {
      expect(r.a + r.b).toBeCloseTo(1, 12);
      expect(r.label.zh.length && r.label.en.length).toBeTruthy();
    }
    // Approach 3's printed interval excludes its own point estimate (Besiroglu 2024's criticism)
    expect(byId.approach3.a).toBeGreaterThan(byId.approach3.aInterval![1]);
  });
  it('Table 3 (Approach 1): every row satisfies 6ND ≈ FLOPs within 1% except 67B (4.7%, tokens rounded)', () => {
    const rows = OPTIMAL_TABLE.filter((r) => r.approach === 1);
    expect(rows).toHaveLength(9);
    for (const r of rows) {
      const ratio = (6 * r.params * r.tokens) / r.flops;
      if (r.params === 67e9) expect(rel(ratio, 1.047)).toBeLessThan(0.001);
      else expect(Math.abs(ratio - 1)).toBeLessThan(0.01);
    }
  });
  it('Table 3 gives the "≈20 tokens per parameter" rule: 20.0–21.6 tokens/param (except 67B, 22.4)', () => {
    for (const r of OPTIMAL_TABLE.filter((row) => row.approach === 1 && row.params !== 67e9)) {
      const tpp = r.tokens / r.params;
      expect(tpp).toBeGreaterThanOrEqual(20);
      expect(tpp).toBeLessThan(21.7);
    }
  });
  it('Table 3: the 67B row is the Gopher unit (5.76e23); the Gopher-unit column is FLOPs/5.76e23 within 0.8%, except 10B (1/46 printed for 1/46.8)', () => {
    const rows = OPTIMAL_TABLE.filter((r) => r.approach === 1);
    expect(rows.find((r) => r.params === 67e9)!.flops).toBe(GOPHER_FLOPS);
    for (const r of rows) {
      const err = rel(r.flops / GOPHER_FLOPS, r.gopherUnits!);
      if (r.params === 10e9) expect(err).toBeCloseTo(0.0177, 3);
      else expect(err).toBeLessThan(0.008);
    }
  });
  it('Table A3 typo: the Approach-3 175B row prints 1.26e24 FLOPs; 6 × 175e9 × 12.0e12 = 1.26e25', () => {
    const typo = OPTIMAL_TABLE.filter((r) => r.typo);
    expect(typo).toHaveLength(1);
    expect(typo[0]).toMatchObject({ approach: 3, params: 175e9, flops: 1.26e24, correctedFlops: 1.26e25, tokens: 12.0e12 });
    expect(rel(6 * 175e9 * 12.0e12, typo[0].correctedFlops!)).toBeLessThan(1e-12);
    const row67 = OPTIMAL_TABLE.find((r) => r.approach === 3 && r.params === 67e9)!;
    expect(typo[0].flops).toBeLessThan(row67.flops); // the printed value is impossible
  });
  it('Table A3: 6ND ≈ FLOPs within 1.1% for every other row, except Approach 3 at 67B (−3.6%) and 280B (−4.1%)', () => {
    for (const r of OPTIMAL_TABLE.filter((row) => row.approach !== 1 && !row.typo)) {
      const ratio = (6 * r.params * r.tokens) / r.flops;
      if (r.approach === 3 && r.params === 67e9) expect(ratio).toBeCloseTo(0.964, 3);
      else if (r.approach === 3 && r.params === 280e9) expect(ratio).toBeCloseTo(0.959, 3);
      else expect(Math.abs(ratio - 1)).toBeLessThan(0.011);
    }
  });
  it('approachPowerLaw recomputes Table 2 from the table rows: 0.50/0.50, 0.49/0.51, 0.46/0.54 (abs 0.005)', () => {
    const expected: Record<1 | 2 | 3, [number, number]> = { 1: [0.5, 0.5], 2: [0.49, 0.51], 3: [0.46, 0.54] };
    for (const approach of [1, 2, 3] as const) {
      const fit = approachPowerLaw(approach);
      expect(Math.abs(fit.params.exponent - expected[approach][0])).toBeLessThan(0.005);
      expect(Math.abs(fit.tokens.exponent - expected[approach][1])).toBeLessThan(0.005);
      expect(fit.params.rSquared).toBeGreaterThan(0.999);
    }
    expect(approachPowerLaw(3).rows).toBe(8); // the typo row is excluded
    expect(approachPowerLaw(1).rows).toBe(9);
  });
  it('the Approach-3 table exponent matches the unrounded law (0.4565), not the rounded one (0.4516), within 0.003', () => {
    expect(Math.abs(approachPowerLaw(3).params.exponent - allocationExponents(LAWS.hoffmann2022).a)).toBeLessThan(0.003);
  });
  it('approachPowerLaw rejects an unknown approach', () => {
    expect(() => approachPowerLaw(4 as 1)).toThrow(RangeError);
  });
});

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
  it('isoflopMinimaPowerLaw over the paper\'s 6e18…3e21 budgets gives the closed-form a (abs 1e-6) for every law', () => {
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

describe('training curves and the lower envelope (Approach 1, schematic)', () => {
  const sizes = logSpace(1e8, 1e10, 21);
  const flops = logSpace(1e18, 1e22, 41);
  const curves = trainingCurves(LAWS.hoffmann2022, sizes, flops);
  it('each point is L(N, C/6N)', () => {
    const pt = trainingCurves(LAWS.hoffmann2022, [1e9], [1e20])[0].points[0];
    expect(rel(pt.tokens, 1e20 / 6e9)).toBeLessThan(1e-12);
    expect(pt.loss).toBe(chinchillaLoss(LAWS.hoffmann2022, 1e9, pt.tokens));
  });
  it('the envelope is at or below every curve at every budget', () => {
    const env = lowerEnvelope(curves);
    expect(env.points).toHaveLength(flops.length);
    for (const pt of env.points) {
      for (const c of curves) {
        const same = c.points.find((q) => q.flops === pt.flops)!;
        expect(pt.loss).toBeLessThanOrEqual(same.loss);
      }
    }
  });
  it('power laws through the envelope approach a = 0.4565 and b = 0.5435 (abs 0.01)', () => {
    const env = lowerEnvelope(curves);
    expect(Math.abs(env.params!.exponent - 0.4565)).toBeLessThan(0.01);
    expect(Math.abs(env.tokens!.exponent - 0.5435)).toBeLessThan(0.01);
  });
  it('a single budget gives no fit (null), and bad curves throw', () => {
    expect(lowerEnvelope(trainingCurves(LAWS.hoffmann2022, [1e9], [1e20])).params).toBeNull();
    expect(() => trainingCurves(LAWS.hoffmann2022, [0], [1e20])).toThrow(RangeError);
    expect(() => lowerEnvelope([{ params: 1e9, points: [{ flops: 1e20, tokens: 1e10, loss: NaN }] }])).toThrow(RangeError);
  });
});

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
      fc.property(
        fc.constantFrom(...keys),
        fc.double({ min: 18, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        (key, ec, t) => {
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
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
  it('edges: k ≤ 0 or NaN throw', () => {
    expect(() => shrinkOverhead(LAWS.hoffmann2022, 0, 1e21)).toThrow(RangeError);
    expect(() => shrinkOverhead(LAWS.hoffmann2022, NaN, 1e21)).toThrow(RangeError);
  });
});

// A quick check that the types are the documented shape.
const _typed: ChinchillaParams = LAWS.hoffmann2022;
void _typed;
