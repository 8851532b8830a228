import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PF_DAY_FLOPS, flopsToPfDays, pfDaysToFlops } from '../../../src/engine/compute';
import { QuantityError, formatNumber, formatPercent, formatQuantity, formatScientific, parseQuantity, tryParseQuantity, type Lang } from '../../../src/lib/numbers';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

function errorOf(fn: () => unknown): QuantityError {
  try {
    fn();
  } catch (e) {
    if (e instanceof QuantityError) return e;
    throw e;
  }
  throw new Error('expected a QuantityError');
}

describe('parseQuantity accepts what people type', () => {
  const cases: Array<[string, number]> = [
    ['7B', 7e9],
    ['70M', 70e6],
    ['1.4T', 1.4e12],
    ['6e23', 6e23],
    ['6.2×10^23', 6.2e23],
    ['6.2x10^23', 6.2e23],
    ['6.2X10^23', 6.2e23],
    ['6.2*10^23', 6.2e23],
    ['6.2×10²³', 6.2e23],
    ['6.2 × 10²³', 6.2e23],
    ['6.2·10^23', 6.2e23],
    ['10^23', 1e23],
    ['10²³', 1e23],
    ['2×10⁻³', 2e-3],
    ['3.14E+23', 3.14e23],
    ['5e-3', 5e-3],
    ['1,000,000', 1e6],
    ['1 000 000', 1e6],
    ['12,345.5', 12345.5],
    ['70亿', 7e9],
    ['1.4万亿', 1.4e12],
    ['5千万', 5e7],
    ['3百万', 3e6],
    ['2万', 2e4],
    ['７Ｂ', 7e9],
    ['１．４Ｔ', 1.4e12],
    ['６ｅ２３', 6e23],
    ['１，０００', 1000],
    ['7b', 7e9],
    ['1.4t', 1.4e12],
    ['70m', 70e6],
    ['2k', 2e3],
    ['2K', 2e3],
    ['1.5G', 1.5e9],
    ['3P', 3e15],
    ['  7B  ', 7e9],
    ['\u30007B\u3000', 7e9],
    ['7 B', 7e9],
    ['+5', 5],
    ['.5', 0.5],
    ['0.000001', 1e-6],
  ];
  for (const [text, value] of cases) {
    it(`"${text}" → ${value}`, () => {
      expect(parseQuantity(text)).toBe(value);
    });
  }
  it('1e308 is still finite; 1e-300 is positive', () => {
    expect(parseQuantity('1e308')).toBe(1e308);
    expect(parseQuantity('1e-300')).toBe(1e-300);
  });
  it('a Chinese unit alone, without digits, is rejected ("十亿")', () => {
    expect(errorOf(() => parseQuantity('十亿')).code).toBe('syntax');
  });
});

describe('parseQuantity rejects bad input with a code and bilingual sentences', () => {
  const syntax = ['abc', '7BB', '1e', '--5', 'NaN', 'Infinity', '6e2B', '1,00', '1.2.3', 'e5', '兆', '7万千', '5 5', '7 BB', '1e2e3', '∞'];
  for (const text of syntax) {
    it(`"${text}" → syntax`, () => {
      expect(errorOf(() => parseQuantity(text)).code).toBe('syntax');
    });
  }
  it('"7BB" → an Error with code syntax and the input, and no sentences (the figures word it)', () => {
    const e = errorOf(() => parseQuantity('7BB'));
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe('syntax');
    expect(e.input).toBe('7BB');
    expect(e.message).toBe('parseQuantity: syntax ("7BB")');
  });
  it('empty and blank input → empty', () => {
    expect(errorOf(() => parseQuantity('')).code).toBe('empty');
    expect(errorOf(() => parseQuantity('   ')).code).toBe('empty');
  });
  it('negative and zero are refused by default, allowed by options', () => {
    expect(errorOf(() => parseQuantity('-5')).code).toBe('negative');
    expect(errorOf(() => parseQuantity('0')).code).toBe('zero');
    expect(errorOf(() => parseQuantity('0.0e5')).code).toBe('zero');
    expect(parseQuantity('-5', { allowNegative: true })).toBe(-5);
    expect(parseQuantity('−2.5K', { allowNegative: true })).toBe(-2500); // Unicode minus sign
    expect(Object.is(parseQuantity('-0', { allowZero: true, allowNegative: true }), 0)).toBe(true);
  });
  it('1e400 → overflow, 1e-400 → underflow (never Infinity or a silent 0)', () => {
    expect(errorOf(() => parseQuantity('1e400')).code).toBe('overflow');
    expect(errorOf(() => parseQuantity('1e99999999999999999999999')).code).toBe('overflow');
    expect(errorOf(() => parseQuantity('1e-400')).code).toBe('underflow');
    expect(errorOf(() => parseQuantity('1000000P×')).code).toBe('syntax');
  });
  it('min/max → range, carrying both bounds as numbers', () => {
    const e = errorOf(() => parseQuantity('5', { min: 1e17, max: 2e19 }));
    expect(e.code).toBe('range');
    expect(e.limits).toEqual({ min: 1e17, max: 2e19 });
    expect(parseQuantity('1e18', { min: 1e17, max: 2e19 })).toBe(1e18);
    expect(errorOf(() => parseQuantity('3', { max: 2 })).limits.max).toBe(2);
    expect(errorOf(() => parseQuantity('1', { min: 2 })).limits.min).toBe(2);
  });
  it('very long input is shortened in the developer message', () => {
    const e = errorOf(() => parseQuantity('x'.repeat(100)));
    expect(e.message.length).toBeLessThan(100);
    expect(e.input).toBe('x'.repeat(100));
  });
  it('tryParseQuantity returns null instead of throwing', () => {
    expect(tryParseQuantity('7BB')).toBeNull();
    expect(tryParseQuantity('7B')).toBe(7e9);
  });
});

describe('formatQuantity', () => {
  it('en: 70B, 1.4T, 400M, 6.7K, 950', () => {
    expect(formatQuantity(70e9, 'en')).toBe('70B');
    expect(formatQuantity(1.4e12, 'en')).toBe('1.4T');
    expect(formatQuantity(400e6, 'en')).toBe('400M');
    expect(formatQuantity(6.7e3, 'en')).toBe('6.7K');
    expect(formatQuantity(950, 'en')).toBe('950');
    expect(formatQuantity(2.5e15, 'en')).toBe('2.5P');
  });
  it('zh: 700亿, 1.4万亿, 4亿, 6700, 2万', () => {
    expect(formatQuantity(70e9, 'zh')).toBe('700亿');
    expect(formatQuantity(1.4e12, 'zh')).toBe('1.4万亿');
    expect(formatQuantity(4e8, 'zh')).toBe('4亿');
    expect(formatQuantity(6700, 'zh')).toBe('6700');
    expect(formatQuantity(2e4, 'zh')).toBe('2万');
  });
  it('rounding carries into the next unit: 999.6B → 1T, 9999.6万 → 1亿', () => {
    expect(formatQuantity(999.6e9, 'en')).toBe('1T');
    expect(formatQuantity(9999.6e4, 'zh')).toBe('1亿');
  });
  it('very large or small values fall back to scientific notation', () => {
    expect(formatQuantity(5.76e23, 'en')).toBe('5.76×10²³');
    expect(formatQuantity(3e16, 'zh')).toBe('3×10¹⁶');
    expect(formatQuantity(0.5, 'en')).toBe('0.5');
    expect(formatQuantity(0, 'en')).toBe('0');
    expect(formatQuantity(-7e9, 'en')).toBe('-7B');
  });
  it('digits option controls significant digits', () => {
    expect(formatQuantity(40360938387, 'en', { digits: 2 })).toBe('40B');
    expect(formatQuantity(40360938387, 'zh', { digits: 4 })).toBe('403.6亿');
    expect(() => formatQuantity(1, 'en', { digits: 0 })).toThrow(RangeError);
  });
  it('throws RangeError on NaN and Infinity', () => {
    expect(() => formatQuantity(NaN, 'en')).toThrow(RangeError);
    expect(() => formatQuantity(Infinity, 'zh')).toThrow(RangeError);
  });
});

describe('formatScientific', () => {
  it('5.88e23 → 5.9×10²³; plain between 1e-3 and 1e4', () => {
    expect(formatScientific(5.88e23)).toBe('5.9×10²³');
    expect(formatScientific(2.6581, { digits: 4 })).toBe('2.658');
    expect(formatScientific(0.05)).toBe('0.05');
    expect(formatScientific(1200)).toBe('1200');
    expect(formatScientific(12345)).toBe('1.2×10⁴');
    expect(formatScientific(1e-7)).toBe('1×10⁻⁷');
    expect(formatScientific(9.96e23)).toBe('1×10²⁴');
    expect(formatScientific(-3.1e8)).toBe('-3.1×10⁸');
    expect(formatScientific(6e23, { notation: 'e' })).toBe('6e23');
  });
  it('throws RangeError on NaN', () => {
    expect(() => formatScientific(NaN)).toThrow(RangeError);
  });
});

describe('round trips: parseQuantity(format(x)) ≈ x within the printed precision', () => {
  const langs: Lang[] = ['en', 'zh'];
  for (const lang of langs) {
    it(`formatQuantity, ${lang}, 1e0…1e30, 1–6 significant digits`, () => {
      fc.assert(
        fc.property(fc.double({ min: 0, max: 30, noNaN: true }), fc.integer({ min: 1, max: 6 }), (e, digits) => {
          const x = 10 ** e;
          const text = formatQuantity(x, lang, { digits });
          const back = parseQuantity(text);
          expect(rel(back, x)).toBeLessThanOrEqual(0.5 * 10 ** (1 - digits) + 1e-12);
        }),
        { seed: 42, numRuns: 500 },
      );
    });
  }
  it('formatScientific, 1e-300…1e300, both notations', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -300, max: 300, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom<'superscript' | 'e'>('superscript', 'e'),
        (e, digits, notation) => {
          const x = 10 ** e;
          const back = parseQuantity(formatScientific(x, { digits, notation }));
          expect(rel(back, x)).toBeLessThanOrEqual(0.5 * 10 ** (1 - digits) + 1e-12);
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('formatNumber and formatPercent', () => {
  it('use the language grouping and significant digits', () => {
    expect(formatNumber(1234.56, 'en', 5)).toBe('1,234.6');
    expect(formatNumber(0.4565, 'zh', 2)).toBe('0.46');
    expect(formatPercent(0.462, 'en')).toBe('46.2%');
    expect(formatPercent(0.17, 'zh')).toBe('17%');
    expect(() => formatNumber(NaN, 'en')).toThrow(RangeError);
  });
});

describe('PF-days (Kaplan §1.3)', () => {
  it('one PF-day = 1e15 × 24 × 3600 = 8.64e19 FLOPs', () => {
    expect(PF_DAY_FLOPS).toBe(1e15 * 24 * 3600);
    expect(pfDaysToFlops(1)).toBe(8.64e19);
  });
  it('GPT-3: 3.14e23 FLOPs ≈ 3.64e3 PF-days (Brown et al. Table D.1), rel 0.5%', () => {
    expect(rel(flopsToPfDays(3.14e23), 3.64e3)).toBeLessThan(0.005);
  });
  it('rejects 0 and NaN', () => {
    expect(() => flopsToPfDays(0)).toThrow(RangeError);
    expect(() => pfDaysToFlops(NaN)).toThrow(RangeError);
  });
});
