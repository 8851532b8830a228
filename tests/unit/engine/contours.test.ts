import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAWS, chinchillaLoss, computeOptimal, optimalLoss, type LawKey } from '../../../src/engine/chinchilla';
import { computeForOptimalLoss, contourLevels, lossOverComputeAndParams, lossRaster, optimalLossPowerLaw } from '../../../src/engine/contours';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
const keys = Object.keys(LAWS) as LawKey[];
const GOPHER_FLOPS = 5.76e23;

describe('lossOverComputeAndParams (Hoffmann eq 2 over (C, N), Fig. 4 left)', () => {
  it('7 × 4 grid over [1e18, 1e24] × [1e8, 1e11]: 28 samples; at (1e21 FLOPs, 1e9 params) D = 1.67e11 and L = 2.314 nats', () => {
    const grid = lossOverComputeAndParams(LAWS.hoffmann2022, [1e18, 1e24], [1e8, 1e11], 7, 4);
    expect(grid).toHaveLength(28);
    const s = grid.find((g) => g.flops === 1e21 && g.params === 1e9)!;
    expect(rel(s.tokens, 1e21 / 6e9)).toBeLessThan(1e-12);
    expect(rel(s.loss, chinchillaLoss(LAWS.hoffmann2022, 1e9, 1e21 / 6e9))).toBeLessThan(1e-12);
    expect(s.loss).toBeCloseTo(2.3143, 4);
  });
  it('rejects reversed ranges, fewer than 2 columns and bad numbers', () => {
    expect(() => lossOverComputeAndParams(LAWS.hoffmann2022, [1e24, 1e18], [1e8, 1e11], 3, 3)).toThrow(RangeError);
    expect(() => lossOverComputeAndParams(LAWS.hoffmann2022, [1e18, 1e24], [1e8, 1e11], 1, 3)).toThrow(RangeError);
    expect(() => lossOverComputeAndParams(LAWS.hoffmann2022, [NaN, 1e24], [1e8, 1e11], 3, 3)).toThrow(RangeError);
  });
});

describe('lossRaster (one sample per cell of a log-log frame)', () => {
  it('6 × 3 over [1e18, 1e24] × [1e8, 1e11]: 18 samples, the first centred at C = 10^18.5, N = 10^10.5', () => {
    const r = lossRaster(LAWS.hoffmann2022, [1e18, 1e24], [1e8, 1e11], 6, 3);
    expect(r.samples).toHaveLength(18);
    expect(r.width).toBe(6);
    expect(r.height).toBe(3);
    expect(Math.log10(r.samples[0].flops)).toBeCloseTo(18.5, 12);
    expect(Math.log10(r.samples[0].params)).toBeCloseTo(10.5, 12);
    expect(Math.log10(r.samples[17].flops)).toBeCloseTo(23.5, 12);
    expect(Math.log10(r.samples[17].params)).toBeCloseTo(8.5, 12);
    for (const s of r.samples) expect(rel(6 * s.params * s.tokens, s.flops)).toBeLessThan(1e-12);
  });
  it('pad 1 adds a cell on every side: 8 × 5 samples, bounds [1e17, 1e25] × [1e7, 1e12]', () => {
    const r = lossRaster(LAWS.hoffmann2022, [1e18, 1e24], [1e8, 1e11], 6, 3, 1);
    expect(r.samples).toHaveLength(40);
    expect(Math.log10(r.bounds.flops[0])).toBeCloseTo(17, 12);
    expect(Math.log10(r.bounds.flops[1])).toBeCloseTo(25, 12);
    expect(Math.log10(r.bounds.params[0])).toBeCloseTo(7, 12);
    expect(Math.log10(r.bounds.params[1])).toBeCloseTo(12, 12);
    expect(() => lossRaster(LAWS.hoffmann2022, [1e18, 1e24], [1e8, 1e11], 6, 3, -1)).toThrow(RangeError);
  });
});

describe('optimalLossPowerLaw and computeForOptimalLoss (eqs 2 and 4; the frontier touches each contour, Fig. 4 caption)', () => {
  it('hoffmann2022: γ = αβ/(α+β) = 0.1548; E + K·(C/6)^−γ equals optimalLoss at the Gopher budget (1.918 nats), rel 1e-12', () => {
    const { E, K, gamma } = optimalLossPowerLaw(LAWS.hoffmann2022);
    expect(gamma).toBeCloseTo(0.15484, 5);
    expect(rel(E + K * (GOPHER_FLOPS / 6) ** -gamma, optimalLoss(LAWS.hoffmann2022, GOPHER_FLOPS))).toBeLessThan(1e-12);
    expect(optimalLoss(LAWS.hoffmann2022, GOPHER_FLOPS)).toBeCloseTo(1.9184, 4);
  });
  it('computeForOptimalLoss inverts optimalLoss: 1.9184 nats → 5.76e23 FLOPs (Gopher budget), rel 1e-4', () => {
    expect(rel(computeForOptimalLoss(LAWS.hoffmann2022, optimalLoss(LAWS.hoffmann2022, GOPHER_FLOPS)), GOPHER_FLOPS)).toBeLessThan(1e-9);
    expect(rel(computeForOptimalLoss(LAWS.hoffmann2022, 1.9184), GOPHER_FLOPS)).toBeLessThan(1e-2);
  });
  it('property: for every law, optimalLoss(computeForOptimalLoss(L)) = L for L from E + 0.01 to E + 3 (rel 1e-9)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.double({ min: 0.01, max: 3, noNaN: true }), (key, excess) => {
        const p = LAWS[key];
        const loss = p.E + excess;
        const flops = computeForOptimalLoss(p, loss);
        expect(Number.isFinite(flops)).toBe(true);
        expect(rel(optimalLoss(p, flops), loss)).toBeLessThan(1e-9);
      }),
      { seed: 4, numRuns: 200 },
    );
  });
  it('the frontier point has the fewest FLOPs on its contour: any other N at that loss needs more compute', () => {
    const p = LAWS.hoffmann2022;
    const loss = 2.2;
    const flops = computeForOptimalLoss(p, loss);
    const { params } = computeOptimal(p, flops);
    // At the same budget, any other size has a higher loss, so reaching 2.2 nats with it costs more.
    for (const k of [0.5, 0.8, 1.25, 2]) {
      const n = params * k;
      expect(chinchillaLoss(p, n, flops / (6 * n))).toBeGreaterThan(loss);
    }
  });
  it('throws when the loss is at or below the irreducible E (no budget reaches it)', () => {
    expect(() => computeForOptimalLoss(LAWS.hoffmann2022, LAWS.hoffmann2022.E)).toThrow(RangeError);
    expect(() => computeForOptimalLoss(LAWS.hoffmann2022, 1.5)).toThrow(RangeError);
    expect(() => computeForOptimalLoss(LAWS.hoffmann2022, NaN)).toThrow(RangeError);
  });
});

describe('contourLevels', () => {
  it('1.8 … 4 in steps of 0.2 for hoffmann2022; levels at or below E are dropped', () => {
    const levels = contourLevels(LAWS.hoffmann2022, 1.8, 4, 10);
    expect(levels[0]).toBeCloseTo(1.8, 12);
    expect(levels[levels.length - 1]).toBeCloseTo(4, 12);
    expect(levels).toHaveLength(12);
    expect(contourLevels(LAWS.hoffmann2022, 1.6, 4, 10)[0]).toBeCloseTo(1.8, 12);
    expect(() => contourLevels(LAWS.hoffmann2022, 4, 2, 10)).toThrow(RangeError);
  });
});
