import { describe, expect, it } from 'vitest';
import { KAPLAN_FIGURE20_FITS, perPositionLoss } from '../../../src/engine/kaplan-position';

describe('per-position loss (Fig. 20, p. 25)', () => {
  it('six legend fits, in order, with negative exponents applied', () => {
    expect(KAPLAN_FIGURE20_FITS.map((f) => [f.a, f.b, f.c])).toEqual([
      [4.0, 3.2, 0.47],
      [3.4, 4.0, 0.56],
      [2.9, 4.5, 0.56],
      [2.7, 4.9, 0.6],
      [2.4, 5.1, 0.61],
      [2.3, 5.4, 0.62],
    ]);
  });
  it('values at T = 1 / 8 / 100 / 1024 match facts §12a (abs 0.006)', () => {
    const expected = [
      [7.2, 5.2, 4.37, 4.12],
      [7.4, 4.65, 3.7, 3.48],
      [7.4, 4.3, 3.24, 2.99],
      [7.6, 4.11, 3.01, 2.78],
      [7.5, 3.83, 2.71, 2.47],
      [7.7, 3.79, 2.61, 2.37],
    ];
    KAPLAN_FIGURE20_FITS.forEach((fit, i) => {
      [1, 8, 100, 1024].forEach((t, j) => {
        expect(Math.abs(perPositionLoss(fit, t) - expected[i][j])).toBeLessThan(0.006);
      });
    });
  });
  it('every curve falls with position; later curves end lower at T = 1024', () => {
    for (const fit of KAPLAN_FIGURE20_FITS) expect(perPositionLoss(fit, 1024)).toBeLessThan(perPositionLoss(fit, 2));
    const ends = KAPLAN_FIGURE20_FITS.map((f) => perPositionLoss(f, 1024));
    for (let i = 1; i < ends.length; i++) expect(ends[i]).toBeLessThan(ends[i - 1]);
  });
  it('position must be ≥ 1', () => {
    expect(() => perPositionLoss(KAPLAN_FIGURE20_FITS[0], 0)).toThrow(RangeError);
    expect(() => perPositionLoss(KAPLAN_FIGURE20_FITS[0], NaN)).toThrow(RangeError);
  });
});
