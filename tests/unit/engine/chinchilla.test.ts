import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  LAWS,
  allocationExponents,
  chinchillaLoss,
  computeOptimal,
  optimalLoss,
  optimalTokensPerParameter,
  tokensPerParameter,
  type ChinchillaParams,
  CHINCHILLA_LAW_KEYS,
} from '../../../src/engine/chinchilla';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
const GOPHER_FLOPS = 5.76e23;
const keys = CHINCHILLA_LAW_KEYS;
const log10Size = fc.double({ min: 3, max: 30, noNaN: true });

describe('LAWS (Hoffmann et al. 2022 eq 10; Besiroglu et al. 2024)', () => {
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

// A quick check that the types are the documented shape.
const _typed: ChinchillaParams = LAWS.hoffmann2022;
void _typed;
