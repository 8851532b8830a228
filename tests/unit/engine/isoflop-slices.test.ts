import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinchillaRuns } from '../../../src/data/chinchilla-runs';
import { APPROACH_EXPONENTS, approachPowerLaw } from '../../../src/engine/chinchilla-tables';
import { LAWS, allocationExponents, chinchillaLoss, computeOptimal } from '../../../src/engine/chinchilla';
import {
  fitSlice,
  ISOFLOP_BUDGETS,
  MAX_SLICE_HALF_WIDTH,
  residualsAgainstLaw,
  residualStatistics,
  sliceOf,
  sliceParabola,
  sliceVertexPowerLaw,
} from '../../../src/engine/isoflop-slices';
import { evaluatePowerLaw } from '../../../src/engine/stats';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
const approach2 = APPROACH_EXPONENTS.find((r) => r.id === 'approach2')!;

describe('residualsAgainstLaw and residualStatistics (Hoffmann et al. 2022 eq 2)', () => {
  it('residualsAgainstLaw(hoffmann2022, 1e9 params, 2e10 tokens, loss 2.6) → C 1.2e20, predicted 2.531, residual +0.069 (doc example)', () => {
    const [r] = residualsAgainstLaw(LAWS.hoffmann2022, [{ params: 1e9, tokens: 2e10, loss: 2.6 }]);
    expect(rel(r.flops, 1.2e20)).toBeLessThan(1e-12);
    expect(r.predicted).toBeCloseTo(2.5307, 4);
    expect(r.residual).toBeCloseTo(0.0693, 4);
  });
  it('a run exactly on the law has residual 0, and the residual is observed − predicted for any run (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 6, max: 12, noNaN: true }), fc.double({ min: 8, max: 13, noNaN: true }), fc.double({ min: -0.5, max: 0.5, noNaN: true }), (ln, ld, shift) => {
        const params = 10 ** ln;
        const tokens = 10 ** ld;
        const on = chinchillaLoss(LAWS.besiroglu2024, params, tokens);
        const [exact, off] = residualsAgainstLaw(LAWS.besiroglu2024, [
          { params, tokens, loss: on },
          { params, tokens, loss: on + shift },
        ]);
        expect(exact.residual).toBe(0);
        expect(off.residual).toBeCloseTo(shift, 12);
      }),
    );
  });
  it('rejects a non-positive run or an invalid law', () => {
    expect(() => residualsAgainstLaw(LAWS.hoffmann2022, [{ params: 0, tokens: 1e9, loss: 2 }])).toThrow(RangeError);
    expect(() => residualsAgainstLaw(LAWS.hoffmann2022, [{ params: 1e9, tokens: 1e9, loss: Number.NaN }])).toThrow(RangeError);
    expect(() => residualsAgainstLaw({ ...LAWS.hoffmann2022, alpha: 0 }, [])).toThrow(RangeError);
  });
  it('residualStatistics: 0.03 and −0.01 → mean 0.01, rms 0.02236, maxAbs 0.03; none → zeros; NaN throws', () => {
    const s = residualStatistics([{ residual: 0.03 }, { residual: -0.01 }]);
    expect(s.count).toBe(2);
    expect(s.mean).toBeCloseTo(0.01, 15);
    expect(s.rms).toBeCloseTo(Math.sqrt(0.0005), 15);
    expect(s.maxAbs).toBe(0.03);
    expect(residualStatistics([])).toEqual({ count: 0, mean: 0, rms: 0, maxAbs: 0 });
    expect(() => residualStatistics([{ residual: Number.NaN }])).toThrow(RangeError);
  });
  it('rms ≥ |mean| and rms ≤ maxAbs for any residuals (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 50 }), (xs) => {
        const s = residualStatistics(xs.map((residual) => ({ residual })));
        expect(s.rms + 1e-12).toBeGreaterThanOrEqual(Math.abs(s.mean));
        expect(s.rms).toBeLessThanOrEqual(s.maxAbs + 1e-12);
      }),
    );
  });
});

describe('the 240 Fig. 4 runs (Epoch extraction) against the three laws', () => {
  const stats = (key: keyof typeof LAWS) => residualStatistics(residualsAgainstLaw(LAWS[key], chinchillaRuns));
  it('Epoch’s refit (fitted to these runs, Besiroglu et al. 2024) has the smallest residual RMS and a mean within 0.002 nats of 0', () => {
    const epoch = stats('besiroglu2024');
    expect(epoch.count).toBe(240);
    expect(epoch.rms).toBeLessThan(stats('hoffmann2022').rms);
    expect(epoch.rms).toBeLessThan(stats('hoffmann2022Rounded').rms);
    expect(Math.abs(epoch.mean)).toBeLessThan(0.002);
  });
  it('the rounded constants of eq (10) overpredict the losses on average (mean residual < −0.03 nats)', () => {
    expect(stats('hoffmann2022Rounded').mean).toBeLessThan(-0.03);
  });
  it('§3.4: under the unrounded Hoffmann law, runs with C ≤ 1e21 have larger residuals than the larger runs', () => {
    const r = residualsAgainstLaw(LAWS.hoffmann2022, chinchillaRuns);
    const small = residualStatistics(r.filter((x) => x.flops <= 1e21));
    const large = residualStatistics(r.filter((x) => x.flops > 1e21));
    expect(small.count + large.count).toBe(240);
    expect(small.rms).toBeGreaterThan(1.5 * large.rms);
  });
});

describe('sliceOf: which IsoFLOP slice a run belongs to', () => {
  it('9.6e20 FLOPs at ±0.05 decades → 1e21; 1.3e21 → none; the ends are inclusive (doc example)', () => {
    expect(sliceOf(9.6e20, 0.05)).toBe(1e21);
    expect(sliceOf(1.3e21, 0.05)).toBeNull();
    expect(sliceOf(1e21 * 10 ** 0.05, 0.05)).toBe(1e21);
    expect(sliceOf(6e18, 0)).toBe(6e18);
  });
  it('MAX_SLICE_HALF_WIDTH keeps the slices apart: below half the smallest gap between two budgets', () => {
    const gaps = ISOFLOP_BUDGETS.slice(1).map((b, i) => Math.log10(b / ISOFLOP_BUDGETS[i]));
    expect(MAX_SLICE_HALF_WIDTH).toBeLessThan(Math.min(...gaps) / 2);
    expect(() => sliceOf(1e21, MAX_SLICE_HALF_WIDTH + 0.01)).toThrow(RangeError);
    expect(() => sliceOf(0, 0.05)).toThrow(RangeError);
  });
  it('a run lies in at most one slice, and in the slice of the budget fitSlice collects it into (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 18, max: 22, noNaN: true }), fc.double({ min: 0, max: MAX_SLICE_HALF_WIDTH, noNaN: true }), (lc, w) => {
        const flops = 10 ** lc;
        const owner = sliceOf(flops, w);
        const run = { params: 1e9, tokens: flops / 6e9, loss: 2.5 };
        const holders = ISOFLOP_BUDGETS.filter((b) => fitSlice([run], b, w).runs.length === 1);
        expect(holders.length).toBeLessThanOrEqual(1);
        expect(holders[0] ?? null).toBe(owner);
      }),
    );
  });
});

describe('Approach 2 on the real runs (Hoffmann et al. 2022 §3.2, Table 2, Table A3)', () => {
  const result = sliceVertexPowerLaw(chinchillaRuns, 0.05);
  it('§3.2: the runs cluster on the nine budgets 6e18 … 3e21 — at least 9 runs within ±0.05 decades of each', () => {
    expect(ISOFLOP_BUDGETS).toHaveLength(9);
    expect(ISOFLOP_BUDGETS[0]).toBe(6e18);
    expect(ISOFLOP_BUDGETS[8]).toBe(3e21);
    for (const s of result.slices) expect(s.runs.length, String(s.budget)).toBeGreaterThanOrEqual(9);
    // 134 of the 240 runs lie in a slice; the rest sit between the budgets (Approach 1's runs, §3.1).
    expect(result.slices.reduce((n, s) => n + s.runs.length, 0)).toBe(134);
  });
  it('every slice is a valley (c2 > 0) whose vertex lies among its own model sizes', () => {
    expect(result.vertices).toBe(9);
    for (const s of result.slices) {
      expect(s.problem).toBeNull();
      expect(s.fit!.coefficients[2]).toBeGreaterThan(0);
      expect(s.fit!.extrapolated, String(s.budget)).toBe(false);
      expect(rel(6 * s.fit!.params * s.fit!.tokens, s.budget)).toBeLessThan(1e-12);
    }
  });
  it('fitSlice(runs, 1e21, 0.05): 16 runs, vertex 2.83e9 params (doc example)', () => {
    const s = fitSlice(chinchillaRuns, 1e21, 0.05);
    expect(s.runs).toHaveLength(16);
    expect(rel(s.fit!.params, 2.833e9)).toBeLessThan(0.001);
  });
  it('each vertex is within 20% of the power law through the paper’s own Approach 2 optima (Table A3) inside the table’s range (≥ 1.84e19), within 30% below it', () => {
    const table = approachPowerLaw(2);
    const smallest = 1.84e19; // Table A3, Approach 2, 400M row
    for (const s of result.slices) {
      const off = rel(s.fit!.params, evaluatePowerLaw(table.params, s.budget));
      expect(off, String(s.budget)).toBeLessThan(s.budget >= smallest ? 0.2 : 0.3);
    }
  });
  it('Table 2: a through the nine vertices lies inside Approach 2’s 10th–90th percentile interval (0.462, 0.534), and a + b = 1', () => {
    const a = result.params!.exponent;
    expect(a).toBeGreaterThan(approach2.aInterval![0]);
    expect(a).toBeLessThan(approach2.aInterval![1]);
    expect(a).toBeCloseTo(0.5136, 4);
    expect(a + result.tokens!.exponent).toBeCloseTo(1, 12);
    // Closer to Epoch's refit (a = 0.5126) than to the unrounded Hoffmann constants (a = 0.4565).
    expect(Math.abs(a - allocationExponents(LAWS.besiroglu2024).a)).toBeLessThan(Math.abs(a - allocationExponents(LAWS.hoffmann2022).a));
  });
  it('at 1e21 FLOPs the real vertex is nearer Epoch’s closed-form N_opt than Hoffmann’s (2.83B vs 2.78B and 2.22B)', () => {
    const s = fitSlice(chinchillaRuns, 1e21, 0.05);
    const epoch = computeOptimal(LAWS.besiroglu2024, 1e21).params;
    const hoffmann = computeOptimal(LAWS.hoffmann2022, 1e21).params;
    expect(rel(s.fit!.params, epoch)).toBeLessThan(0.03);
    expect(rel(s.fit!.params, hoffmann)).toBeGreaterThan(0.2);
  });
  it('a slice with fewer than three distinct sizes is “tooFew”, a hill is “noValley”; fewer than two vertices give no power law', () => {
    expect(fitSlice(chinchillaRuns, 1e17, 0.05)).toMatchObject({ fit: null, problem: 'tooFew', paramsRange: [0, 0] });
    const hill = [1e8, 1e9, 1e10].map((params, i) => ({ params, tokens: 1e20 / (6 * params), loss: i === 1 ? 3 : 2 }));
    expect(fitSlice(hill, 1e20, 0.01)).toMatchObject({ fit: null, problem: 'noValley' });
    const one = sliceVertexPowerLaw(chinchillaRuns, 0.05, [1e21]);
    expect(one).toMatchObject({ params: null, tokens: null, vertices: 1 });
    expect(() => fitSlice(chinchillaRuns, 1e21, -0.01)).toThrow(RangeError);
  });
  it('a vertex outside the slice’s sizes is flagged as extrapolated', () => {
    // One arm of a valley whose floor is at 1e10: the vertex lies beyond the largest size.
    const arm = [1e8, 3e8, 1e9, 3e9].map((params) => ({ params, tokens: 1e20 / (6 * params), loss: 2 + 0.05 * (Math.log10(params) - 10) ** 2 }));
    const s = fitSlice(arm, 1e20, 0.01);
    expect(rel(s.fit!.params, 1e10)).toBeLessThan(1e-9);
    expect(s.fit!.extrapolated).toBe(true);
  });
});

describe('sliceParabola', () => {
  it('[2, 0, 0.01] at 1e10 params → 3 (doc example); the fitted slice parabola passes through its own vertex', () => {
    expect(sliceParabola([2, 0, 0.01], [1e10])[0].loss).toBeCloseTo(3, 12);
    const s = fitSlice(chinchillaRuns, 3e20, 0.05);
    const [p] = sliceParabola(s.fit!.coefficients, [s.fit!.params]);
    expect(p.loss).toBeCloseTo(s.fit!.loss, 12);
    expect(() => sliceParabola([2, 0, 0.01], [0])).toThrow(RangeError);
  });
});
