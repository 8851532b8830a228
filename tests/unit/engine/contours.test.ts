import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAWS, chinchillaLoss, computeOptimal, optimalLoss, CHINCHILLA_LAW_KEYS } from '../../../src/engine/chinchilla';
import { computeForOptimalLoss, contourLevels, isoLossCurves, optimalLossPowerLaw } from '../../../src/engine/contours';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
const keys = CHINCHILLA_LAW_KEYS;
const GOPHER_FLOPS = 5.76e23;

describe('isoLossCurves (closed-form iso-loss curves of eq 2 with D = C/(6N), Hoffmann et al. 2022 Fig. 4 left)', () => {
  const p = LAWS.hoffmann2022;
  const FLOPS: [number, number] = [1e18, 1e26];
  const PARAMS: [number, number] = [1e7, 1e13];
  const lines = isoLossCurves(p, FLOPS, PARAMS, [2.2, 3]);
  it('every point lies on its iso-loss curve: L(N, C/(6N)) = ℓ to 1e-9 relative, for every law and the figure’s levels', () => {
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const key of keys) {
      const law = LAWS[key];
      const levels = contourLevels(law, optimalLoss(law, FLOPS[1]), 4, 12);
      const curves = isoLossCurves(law, FLOPS, PARAMS, levels);
      expect(new Set(curves.map((l) => l.level)).size).toBe(levels.length);
      for (const line of curves) {
        expect(line.points.length).toBeGreaterThan(2);
        for (const pt of line.points) expect(rel(chinchillaLoss(law, pt.params, pt.flops / (6 * pt.params)), line.level)).toBeLessThan(1e-9);
      }
    }
  });
  it('property: points lie on the curve (rel 1e-9) inside the frame for random laws and levels', () => {
    fc.assert(
      fc.property(
        fc.record({
          E: fc.double({ min: 0.5, max: 3, noNaN: true }),
          A: fc.double({ min: 10, max: 2000, noNaN: true }),
          B: fc.double({ min: 10, max: 5000, noNaN: true }),
          alpha: fc.double({ min: 0.1, max: 0.8, noNaN: true }),
          beta: fc.double({ min: 0.1, max: 0.8, noNaN: true }),
        }),
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        (law, excess) => {
          for (const line of isoLossCurves(law, FLOPS, PARAMS, [law.E + excess])) {
            for (const pt of line.points) {
              expect(rel(chinchillaLoss(law, pt.params, pt.flops / (6 * pt.params)), line.level)).toBeLessThan(1e-9);
              expect(pt.flops).toBeGreaterThanOrEqual(FLOPS[0] * (1 - 1e-12));
              expect(pt.flops).toBeLessThanOrEqual(FLOPS[1] * (1 + 1e-12));
              expect(pt.params).toBeGreaterThanOrEqual(PARAMS[0] * (1 - 1e-12));
              expect(pt.params).toBeLessThanOrEqual(PARAMS[1] * (1 + 1e-12));
            }
          }
        },
      ),
      { seed: 14, numRuns: 200 },
    );
  });
  it('the frontier point of eq (4) is each curve’s minimum-FLOP point: C = computeForOptimalLoss(ℓ), N = N_opt(C) (rel 1e-9)', () => {
    for (const key of keys) {
      const law = LAWS[key];
      const levels = contourLevels(law, optimalLoss(law, FLOPS[1]), 4, 12);
      for (const line of isoLossCurves(law, FLOPS, PARAMS, levels)) {
        const flops = computeForOptimalLoss(law, line.level);
        if (flops < FLOPS[0]) continue; // the fewest-FLOPs point is left of the frame
        const fewest = line.points.reduce((m, q) => (q.flops < m.flops ? q : m));
        expect(rel(fewest.flops, flops)).toBeLessThan(1e-9);
        expect(rel(fewest.params, computeOptimal(law, flops).params)).toBeLessThan(1e-9);
      }
    }
  });
  it('the 2.2-nat curve runs from the top edge (N = 1e13) through the frontier point (3.05e21 FLOPs, 3.69e9 params) to the right edge (C = 1e26)', () => {
    const line = lines.find((l) => l.level === 2.2)!;
    const first = line.points[0];
    const last = line.points[line.points.length - 1];
    expect(rel(first.params, 1e13)).toBeLessThan(1e-12);
    expect(rel(last.flops, 1e26)).toBeLessThan(1e-12);
    expect(computeForOptimalLoss(p, 2.2)).toBeCloseTo(3.05e21, -19);
    for (let k = 1; k < line.points.length; k++) expect(line.points[k].params).toBeLessThan(line.points[k - 1].params);
  });
  it('lines are continuous: consecutive points are at most maxStep (0.1 decades) apart in log10 C and log10 N', () => {
    for (const line of lines) {
      for (let k = 1; k < line.points.length; k++) {
        const a = line.points[k - 1];
        const b = line.points[k];
        expect(Math.abs(Math.log10(a.flops / b.flops))).toBeLessThanOrEqual(0.1 + 1e-9);
        expect(Math.abs(Math.log10(a.params / b.params))).toBeLessThanOrEqual(0.1 + 1e-9);
      }
    }
  });
  it('a curve whose fewest-FLOPs point is left of the frame gives two lines; levels at or below E, or off the frame, give none', () => {
    const split = isoLossCurves(p, [1e22, 1e26], PARAMS, [3]);
    expect(computeForOptimalLoss(p, 3)).toBeLessThan(1e22);
    expect(split).toHaveLength(2);
    expect(isoLossCurves(p, FLOPS, PARAMS, [1.7])).toEqual([]);
    expect(isoLossCurves(p, FLOPS, PARAMS, [p.E, 1.5])).toEqual([]);
    const ring = isoLossCurves({ E: 0, A: 1, B: 1, alpha: 1, beta: 1 }, [1, 1e4], [1, 1e4], [0.5]);
    expect(ring).toHaveLength(1);
    expect(ring[0].points.reduce((m, q) => Math.min(m, q.flops), Infinity)).toBeCloseTo(96, 9);
  });
  it('rejects reversed frames and bad levels', () => {
    expect(() => isoLossCurves(p, [1e26, 1e18], PARAMS, [2.2])).toThrow(RangeError);
    expect(() => isoLossCurves(p, FLOPS, PARAMS, [NaN])).toThrow(RangeError);
    expect(() => isoLossCurves(p, FLOPS, PARAMS, [2.2], 0)).toThrow(RangeError);
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
