import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAWS, chinchillaLoss } from '../../../src/engine/chinchilla';
import { lowerEnvelope, sizeEnvelope, trainingCurves } from '../../../src/engine/training-envelope';
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

describe('sizeEnvelope: the same envelope without evaluating every curve', () => {
  const same = (key: keyof typeof LAWS, ns: number[], cs: number[]) => expect(sizeEnvelope(LAWS[key], ns, cs)).toEqual(lowerEnvelope(trainingCurves(LAWS[key], ns, cs)));
  it('equals lowerEnvelope(trainingCurves(…)) point for point on the figure default (9 sizes 7e7–1e10, 240 budgets 1e18–1e22)', () => {
    same('hoffmann2022', logSpace(7e7, 1e10, 9), logSpace(1e18, 1e22, 240));
  });
  it('equals it for every law over random sizes (unsorted, repeated, far outside the budgets’ optima) and budgets (repeated, unsorted)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(LAWS) as Array<keyof typeof LAWS>)),
        fc.array(fc.double({ min: 3, max: 15, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.double({ min: 12, max: 30, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        (key, logSizes, logFlops, repeat) => {
          const ns = logSizes.map((e) => 10 ** e);
          const cs = logFlops.map((e) => 10 ** e);
          same(key, repeat ? [...ns, ...ns.slice(0, 3)] : ns, repeat ? [...cs, cs[0]!] : cs);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('budgets that differ only in the last places of the double (the same ln) give points but no fit, as one budget does (found by the property above)', () => {
    const cs = [10 ** 29.999999999999957, 10 ** 29.999999999999954];
    expect(cs[0]).not.toBe(cs[1]);
    expect(Math.log(cs[0]!)).toBe(Math.log(cs[1]!));
    for (const env of [sizeEnvelope(LAWS.hoffmann2022, [1e3], cs), lowerEnvelope(trainingCurves(LAWS.hoffmann2022, [1e3], cs))]) {
      expect(env.points).toHaveLength(2);
      expect(env.params).toBeNull();
      expect(env.tokens).toBeNull();
    }
    same('hoffmann2022', [1e3, 1e9], cs);
  });
  it('ties go to the size listed first, as in lowerEnvelope', () => {
    const env = sizeEnvelope(LAWS.hoffmann2022, [1e9, 1e9, 2e9], [1e20]);
    expect(env.points[0]).toEqual(lowerEnvelope(trainingCurves(LAWS.hoffmann2022, [1e9, 1e9, 2e9], [1e20])).points[0]);
  });
  it('one size is every budget’s lowest; a bad size, budget or law throws RangeError', () => {
    expect(sizeEnvelope(LAWS.hoffmann2022, [1e9], logSpace(1e18, 1e22, 5)).points.every((p) => p.params === 1e9)).toBe(true);
    expect(() => sizeEnvelope(LAWS.hoffmann2022, [0], [1e20])).toThrow(RangeError);
    expect(() => sizeEnvelope(LAWS.hoffmann2022, [1e9], [Number.NaN])).toThrow(RangeError);
    expect(() => sizeEnvelope({ ...LAWS.hoffmann2022, alpha: -1 }, [1e9], [1e20])).toThrow(RangeError);
  });
});
