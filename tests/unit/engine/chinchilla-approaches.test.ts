import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAWS, computeOptimal, CHINCHILLA_LAW_KEYS } from '../../../src/engine/chinchilla';
import { isoflopMinimaPowerLaw } from '../../../src/engine/isoflop';
import { lowerEnvelope, trainingCurves } from '../../../src/engine/training-envelope';
import { DEEPSEEK_TABLE4, approachExponentComparison, envelopeSteps, isoComputeSegment, isoflopCurves, optimalAllocationFrom } from '../../../src/engine/chinchilla-approaches';
import { optimalTablePowerLaw } from '../../../src/engine/chinchilla-tables';
import { logSpace } from '../../../src/engine/stats';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
const keys = CHINCHILLA_LAW_KEYS;
const APPROACH2_BUDGETS = [6e18, 3e19, 1e20, 3e20, 1e21, 3e21];

describe('isoflopCurves (Hoffmann §3.2, Fig. 3)', () => {
  it('hoffmann2022 at 1e21 FLOPs: vertex 2.29e9 params (closed form 2.22e9), loss 2.295 nats; 15 profile points, D = C/(6N)', () => {
    const [c] = isoflopCurves(LAWS.hoffmann2022, [1e21]);
    expect(c.profile).toHaveLength(15);
    expect(c.parabola).toHaveLength(25);
    expect(rel(c.minimum.params, 2.29e9)).toBeLessThan(0.005);
    expect(rel(c.closedForm.params, 2.217e9)).toBeLessThan(0.005);
    expect(c.minimum.loss).toBeCloseTo(2.2947, 3);
    for (const p of c.profile) expect(rel(6 * p.params * p.tokens, 1e21)).toBeLessThan(1e-12);
  });
  it('draws the same vertices that isoflopMinimaPowerLaw fits (same grid), for every law, rel 1e-12', () => {
    for (const key of keys) {
      const curves = isoflopCurves(LAWS[key], APPROACH2_BUDGETS, { spanDecades: 0.7 });
      const fit = isoflopMinimaPowerLaw(LAWS[key], APPROACH2_BUDGETS, { spanDecades: 0.7 });
      curves.forEach((c, i) => expect(rel(c.minimum.params, fit.minima[i].params)).toBeLessThan(1e-12));
    }
  });
  it('the parabola passes close to the profile it was fitted to (max gap < 0.03 nats over ±1 decade)', () => {
    const [c] = isoflopCurves(LAWS.hoffmann2022, [1e20], { curvePoints: 15 });
    c.parabola.forEach((q, i) => expect(Math.abs(q.loss - c.profile[i].loss)).toBeLessThan(0.03));
  });
  it('rejects fewer than 3 points per budget and non-positive budgets', () => {
    expect(() => isoflopCurves(LAWS.hoffmann2022, [1e21], { pointsPerBudget: 2 })).toThrow(RangeError);
    expect(() => isoflopCurves(LAWS.hoffmann2022, [0])).toThrow(RangeError);
  });
});

describe('envelopeSteps (Approach 1 as a staircase)', () => {
  it('groups consecutive points won by the same size', () => {
    const steps = envelopeSteps([
      { flops: 1, params: 1e8, tokens: 10, loss: 3 },
      { flops: 2, params: 1e8, tokens: 20, loss: 2.9 },
      { flops: 4, params: 1e9, tokens: 4, loss: 2.8 },
    ]);
    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatchObject({ params: 1e8, fromFlops: 1, toFlops: 2, fromTokens: 10, toTokens: 20, fromLoss: 3, toLoss: 2.9 });
    expect(steps[1]).toMatchObject({ params: 1e9, fromFlops: 4, toFlops: 4 });
  });
  it('on curves of 9 sizes from 70M to 10B over 1e18–1e22 FLOPs, N_opt only grows, one step per size at most', () => {
    const sizes = logSpace(7e7, 1e10, 9);
    const env = lowerEnvelope(trainingCurves(LAWS.hoffmann2022, sizes, logSpace(1e18, 1e22, 240)));
    const steps = envelopeSteps(env.points);
    expect(steps.length).toBeLessThanOrEqual(9);
    for (let i = 1; i < steps.length; i++) expect(steps[i].params).toBeGreaterThan(steps[i - 1].params);
    // The staircase pulls the fitted exponent a little off the closed form 0.4565 (it gives 0.453 here).
    expect(Math.abs(env.params!.exponent - 0.4565)).toBeLessThan(0.02);
  });
});

describe('optimalAllocationFrom', () => {
  it('approach1 at the Gopher budget 5.76e23 → 6.8e10 params, 1.42e12 tokens (Table 3 prints 67B and 1.5T), rel 5%', () => {
    const a = optimalAllocationFrom('approach1', 5.76e23);
    expect(rel(a.params, 67e9)).toBeLessThan(0.05);
    expect(rel(a.tokens, 1.5e12)).toBeLessThan(0.06);
  });
  it('hoffmann2022 at 5.76e23 → 40B (Fig. 4 caption), hoffmann2022Rounded → 32B, besiroglu2024 → 72B', () => {
    expect(rel(optimalAllocationFrom('hoffmann2022', 5.76e23).params, 40.4e9)).toBeLessThan(0.005);
    expect(rel(optimalAllocationFrom('hoffmann2022Rounded', 5.76e23).params, 32.2e9)).toBeLessThan(0.005);
    expect(rel(optimalAllocationFrom('besiroglu2024', 5.76e23).params, 72.2e9)).toBeLessThan(0.005);
  });
  it('kaplan: 1 PF-day (8.64e19 FLOPs) → 1.3e9 params and 2e10 tokens (Kaplan Table 6)', () => {
    const k = optimalAllocationFrom('kaplan', 8.64e19);
    expect(rel(k.params, 1.3e9)).toBeLessThan(1e-12);
    expect(rel(k.tokens, 2e10)).toBeLessThan(1e-12);
  });
  it('kaplan: 10× the budget → 10^0.73 = 5.4× the model and 10^0.27 = 1.9× the tokens (Hoffmann intro: "5.5×" and "1.8×")', () => {
    const a = optimalAllocationFrom('kaplan', 1e22);
    const b = optimalAllocationFrom('kaplan', 1e23);
    expect(b.params / a.params).toBeCloseTo(5.37, 2);
    expect(b.tokens / a.tokens).toBeCloseTo(1.86, 2);
  });
  it('property: every source gives finite, increasing N_opt from 1e15 to 1e30 FLOPs', () => {
    const sources = ['approach1', 'approach2', 'approach3Table', 'kaplan', ...keys] as const;
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.double({ min: 15, max: 29, noNaN: true }), (source, e) => {
        const lo = optimalAllocationFrom(source, 10 ** e);
        const hi = optimalAllocationFrom(source, 10 ** (e + 1));
        expect(Number.isFinite(lo.params) && Number.isFinite(hi.tokens)).toBe(true);
        expect(hi.params).toBeGreaterThan(lo.params);
      }),
      { seed: 11, numRuns: 100 },
    );
  });
  it('throws on an unknown source and a non-positive budget', () => {
    expect(() => optimalAllocationFrom('nope' as never, 1e21)).toThrow(RangeError);
    expect(() => optimalAllocationFrom('approach1', 0)).toThrow(RangeError);
  });
});

describe('optimalTablePowerLaw (Table 3, Table A3; the 175B typo)', () => {
  it('approach 1 → a 0.498, b 0.502 through the 9 rows of Table 3 (Table 2 prints 0.50 / 0.50)', () => {
    const f = optimalTablePowerLaw(1);
    expect(f.rows).toBe(9);
    expect(f.params.exponent).toBeCloseTo(0.4981, 4);
    expect(f.tokens.exponent).toBeCloseTo(0.5019, 4);
  });
  it('approach 2 → a 0.490 (Table 2 prints 0.49)', () => {
    expect(optimalTablePowerLaw(2).params.exponent).toBeCloseTo(0.4899, 4);
  });
  it('approach 3 → a 0.4586 without the 175B row (8 rows), 0.4581 with 1.26e24 as printed, 0.4587 corrected to 1.26e25 (9 rows)', () => {
    expect(optimalTablePowerLaw(3, 'exclude').rows).toBe(8);
    expect(optimalTablePowerLaw(3, 'exclude').params.exponent).toBeCloseTo(0.4586, 4);
    expect(optimalTablePowerLaw(3, 'printed').rows).toBe(9);
    expect(optimalTablePowerLaw(3, 'printed').params.exponent).toBeCloseTo(0.4581, 4);
    expect(optimalTablePowerLaw(3, 'corrected').params.exponent).toBeCloseTo(0.4587, 4);
  });
  it('rejects an unknown approach or treatment', () => {
    expect(() => optimalTablePowerLaw(4 as never)).toThrow(RangeError);
    expect(() => optimalTablePowerLaw(3, 'maybe' as never)).toThrow(RangeError);
  });
});

describe('approachExponentComparison (Table 2 printed vs recomputed)', () => {
  const rows = approachExponentComparison();
  const byId = (id: string) => rows.find((r) => r.id === id)!;
  it('prints Table 2 as printed: 0.50 (0.488, 0.502), 0.49 (0.462, 0.534), 0.46 (0.454, 0.455), Kaplan 0.73', () => {
    expect(byId('approach1').printed).toMatchObject({ a: 0.5, aInterval: [0.488, 0.502], b: 0.5, bInterval: [0.501, 0.512] });
    expect(byId('approach2').printed).toMatchObject({ a: 0.49, aInterval: [0.462, 0.534] });
    expect(byId('approach3').printed).toMatchObject({ a: 0.46, aInterval: [0.454, 0.455], b: 0.54, bInterval: [0.542, 0.543] });
    expect(byId('kaplan').printed).toMatchObject({ a: 0.73, b: 0.27 });
  });
  it('eq. (4) with the printed eq-10 constants gives 0.4516 (prints as 0.45, not 0.46); with the TeX constants 0.4565 (facts §2d)', () => {
    expect(byId('approach3Rounded').recomputed.a).toBeCloseTo(0.4516, 4);
    expect(byId('approach3Rounded').recomputed.b).toBeCloseTo(0.5484, 4);
    expect(byId('approach3Rounded').recomputed.a.toFixed(2)).toBe('0.45');
    expect(byId('approach3Unrounded').recomputed.a).toBeCloseTo(0.4565, 4);
    expect(byId('approach3Unrounded').recomputed.a.toFixed(2)).toBe('0.46');
  });
  it('Epoch: a = β/(α+β) = 0.3658/0.7136 = 0.5126 (notebook prints 0.513); DeepSeek eq. (4) 0.5243 (Table 4 prints 0.524)', () => {
    expect(byId('besiroglu2024').recomputed.a).toBeCloseTo(0.5126, 4);
    expect(byId('besiroglu2024').printed).toMatchObject({ a: 0.513, b: null });
    expect(byId('deepseek').recomputed.a).toBe(0.5243);
    expect(byId('deepseek').printed!.a).toBe(0.524);
  });
  it('a + b = 1 for every recomputed row (C = 6ND, or C = MD for DeepSeek); within 1e-3 for fits through the rounded table rows', () => {
    for (const r of rows) {
      const tableFit = r.id === 'approach1' || r.id === 'approach2' || r.id === 'approach3';
      expect(Math.abs(r.recomputed.a + r.recomputed.b - 1)).toBeLessThan(tableFit ? 1e-3 : 1e-10);
    }
  });
  it('DEEPSEEK_TABLE4 rows as printed (a + b = 1)', () => {
    expect(DEEPSEEK_TABLE4.map((r) => r.a)).toEqual([0.73, 0.49, 0.45, 0.524, 0.578]);
    for (const r of DEEPSEEK_TABLE4) expect(r.a + r.b).toBeCloseTo(1, 12);
  });
});

describe('isoComputeSegment (D = C/(6N) inside a box)', () => {
  it('Chinchilla budget 5.88e23 in [1e9, 1e12] × [1e11, 1e13]: from (9.8e9, 1e13) to (9.8e11, 1e11)', () => {
    const seg = isoComputeSegment(5.88e23, [1e9, 1e12], [1e11, 1e13])!;
    expect(rel(seg[0].params, 9.8e9)).toBeLessThan(1e-12);
    expect(rel(seg[0].tokens, 1e13)).toBeLessThan(1e-12);
    expect(rel(seg[1].params, 9.8e11)).toBeLessThan(1e-12);
    expect(rel(seg[1].tokens, 1e11)).toBeLessThan(1e-12);
    for (const p of seg) expect(rel(6 * p.params * p.tokens, 5.88e23)).toBeLessThan(1e-12);
  });
  it('null when the line misses the box', () => {
    expect(isoComputeSegment(1e15, [1e9, 1e12], [1e11, 1e13])).toBeNull();
    expect(isoComputeSegment(1e30, [1e9, 1e12], [1e11, 1e13])).toBeNull();
  });
});

it('computeOptimal is what the law sources use (sanity: 6·N·D = C)', () => {
  const { params, tokens } = computeOptimal(LAWS.hoffmann2022, 1e22);
  expect(rel(6 * params * tokens, 1e22)).toBeLessThan(1e-12);
});
