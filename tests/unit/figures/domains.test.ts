/**
 * The rounded axis bounds that let a chart keep (and copy) its axes while a slider moves its data a little
 * (src/figures/lib/domains.ts): they must hold every value, sit on their grid, and be the tightest such bounds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decadeDomain, niceCeil, niceLogDomain } from '../../../src/figures/lib/domains';

/** The grid mantissas × powers of ten from 1e-30 to 1e30. */
const gridOf = (mantissas: number[]) => Array.from({ length: 62 }, (_, i) => i - 31).flatMap((e) => mantissas.map((m) => Number(`${m}e${e}`)));
const GRID_125 = gridOf([1, 2, 5]);
const GRID_FINE = gridOf([1, 1.5, 2, 3, 4, 5, 6, 8]);
const positive = fc.double({ min: 1e-28, max: 1e28, noNaN: true });

describe('niceLogDomain', () => {
  it('rounds the extent out to the nearest 1-2-5 steps (the examples in its comment)', () => {
    expect(niceLogDomain([6.9e7, 6.34e9])).toEqual([5e7, 1e10]);
    expect(niceLogDomain([1.33e9, 3.1e11])).toEqual([1e9, 5e11]);
    expect(niceLogDomain([2e-4, 2e-4])).toEqual([2e-4, 2e-4]);
    expect(niceLogDomain([999.9999, 1000])).toEqual([500, 1000]);
  });

  it('holds every value, on the grid, with no grid step between a bound and the data (any positive values)', () => {
    fc.assert(
      fc.property(fc.array(positive, { minLength: 1, maxLength: 8 }), (values) => {
        const [lo, hi] = niceLogDomain(values);
        const min = Math.min(...values);
        const max = Math.max(...values);
        expect(lo).toBeLessThanOrEqual(min * (1 + 1e-12));
        expect(hi).toBeGreaterThanOrEqual(max * (1 - 1e-12));
        expect(GRID_125).toContain(lo);
        expect(GRID_125).toContain(hi);
        // The tightest: no grid value strictly between the bound and the data.
        expect(GRID_125.some((g) => g > lo && g <= min * (1 - 1e-12))).toBe(false);
        expect(GRID_125.some((g) => g < hi && g >= max * (1 + 1e-12))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('niceCeil', () => {
  it('rounds up to 1-1.5-2-3-4-5-6-8 steps (examples)', () => {
    expect(niceCeil(0.0231)).toBe(0.03);
    expect(niceCeil(0.02)).toBe(0.02);
    expect(niceCeil(0.081)).toBe(0.1);
    expect(niceCeil(0.11)).toBe(0.15);
  });

  it('is the smallest grid value at or above x (any positive x)', () => {
    fc.assert(
      fc.property(positive, (x) => {
        const v = niceCeil(x);
        expect(GRID_FINE).toContain(v);
        expect(v).toBeGreaterThanOrEqual(x * (1 - 1e-12));
        expect(GRID_FINE.some((g) => g < v && g >= x * (1 + 1e-12))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('decadeDomain', () => {
  it('rounds the extent out to whole decades, as exact powers of ten (the example in its comment)', () => {
    expect(decadeDomain([3.2e21, 4e23])).toEqual([1e21, 1e24]);
    // A decade itself is its own bound, 10^26 written exactly (10 ** 26 is 1.0000000000000001e26 … one ulp off).
    expect(decadeDomain([1e26, 1e18])).toEqual([1e18, 1e26]);
    expect(decadeDomain([7e9])).toEqual([1e9, 1e10]);
  });

  it('holds every value between two powers of ten with no whole decade to spare (any positive values)', () => {
    fc.assert(
      fc.property(fc.array(positive, { minLength: 1, maxLength: 8 }), (values) => {
        const [lo, hi] = decadeDomain(values);
        const [min, max] = [Math.min(...values), Math.max(...values)];
        const isDecade = (x: number) => x === Number(`1e${Math.round(Math.log10(x))}`);
        return isDecade(lo) && isDecade(hi) && lo <= min * (1 + 1e-8) && hi >= max * (1 - 1e-8) && lo * 10 > min * (1 - 1e-8) && hi / 10 < max * (1 + 1e-8);
      }),
      { seed: 14, numRuns: 2000 },
    );
  });
});
