import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAWS, chinchillaLoss, computeOptimal, optimalLoss, type LawKey } from '../../../src/engine/chinchilla';
import { computeForOptimalLoss, contourLevels, lossContours, lossOverComputeAndParams, optimalLossPowerLaw } from '../../../src/engine/contours';

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

describe('lossContours (marching squares over (C, N), Fig. 4 left)', () => {
  const p = LAWS.hoffmann2022;
  const lines = lossContours(p, [1e18, 1e26], [1e7, 1e13], [2.2, 3]);
  it('every point of a contour has the loss of its level (within 0.01 nats on a 64 × 48 grid)', () => {
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      expect(line.points.length).toBeGreaterThan(10);
      for (const pt of line.points) {
        expect(Math.abs(chinchillaLoss(p, pt.params, pt.flops / (6 * pt.params)) - line.level)).toBeLessThan(0.01);
      }
    }
  });
  it('the leftmost point of the 2.2-nat contour is the frontier point of eq. (4): C = computeForOptimalLoss(2.2), N = N_opt(C) (within 5% in C, 15% in N)', () => {
    const line = lines.find((l) => l.level === 2.2)!;
    const leftmost = line.points.reduce((m, q) => (q.flops < m.flops ? q : m));
    const flops = computeForOptimalLoss(p, 2.2);
    expect(Math.abs(Math.log(leftmost.flops / flops))).toBeLessThan(0.05);
    expect(Math.abs(Math.log(leftmost.params / computeOptimal(p, flops).params))).toBeLessThan(0.15);
  });
  it('lines are continuous: consecutive points are less than two grid cells apart in log space', () => {
    const cell = Math.hypot(8 / 63, 6 / 47);
    for (const line of lines) {
      for (let k = 1; k < line.points.length; k++) {
        const a = line.points[k - 1];
        const b = line.points[k];
        expect(Math.hypot(Math.log10(a.flops / b.flops), Math.log10(a.params / b.params))).toBeLessThan(2 * cell);
      }
    }
  });
  it('other laws give lines too; a level below the grid minimum gives no line', () => {
    const ring = lossContours({ E: 0, A: 1, B: 1, alpha: 1, beta: 1 }, [1, 1e4], [1, 1e4], [0.5], 32, 32);
    for (const line of ring) expect(line.points.length).toBeGreaterThan(2);
    expect(lossContours(p, [1e18, 1e26], [1e7, 1e13], [1.7])).toEqual([]);
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
