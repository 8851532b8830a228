import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAWS, chinchillaLoss } from '../../../src/engine/chinchilla';
import { lowerEnvelope, trainingCurves } from '../../../src/engine/training-envelope';
import { logSpace } from '../../../src/engine/stats';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('training curves and the lower envelope (Approach 1, schematic)', () => {
  const sizes = logSpace(1e8, 1e10, 21);
  const flops = logSpace(1e18, 1e22, 41);
  const curves = trainingCurves(LAWS.hoffmann2022, sizes, flops);
  it('each point is L(N, C/6N)', () => {
    const pt = trainingCurves(LAWS.hoffmann2022, [1e9], [1e20])[0].points[0];
    expect(rel(pt.tokens, 1e20 / 6e9)).toBeLessThan(1e-12);
    expect(pt.loss).toBe(chinchillaLoss(LAWS.hoffmann2022, 1e9, pt.tokens));
  });
  it('every point of every law, size and budget is exactly chinchillaLoss(N, C/6N) (the checks are done once, not the arithmetic)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(LAWS) as Array<keyof typeof LAWS>)),
        fc.array(fc.double({ min: 6, max: 13, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.double({ min: 15, max: 27, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (key, logSizes, logFlops) => {
          const [ns, cs] = [logSizes.map((e) => 10 ** e), logFlops.map((e) => 10 ** e)];
          trainingCurves(LAWS[key], ns, cs).forEach((curve, i) => {
            expect(curve.params).toBe(ns[i]);
            curve.points.forEach((pt, j) => {
              expect(pt.flops).toBe(cs[j]);
              expect(rel(pt.tokens, cs[j] / (6 * ns[i]))).toBeLessThan(1e-12);
              expect(pt.loss).toBe(chinchillaLoss(LAWS[key], ns[i], pt.tokens));
            });
          });
        },
      ),
      { numRuns: 200 },
    );
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
