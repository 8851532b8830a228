import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bitsToNats, crossEntropy, entropy, natsToBits, normalise, perplexity, softmax } from '../../../src/engine/next-token';

describe('softmax', () => {
  it('softmax([2, 1, 0]) = [0.665, 0.245, 0.090]', () => {
    const p = softmax([2, 1, 0]);
    expect(p[0]).toBeCloseTo(0.66524, 5);
    expect(p[1]).toBeCloseTo(0.24473, 5);
    expect(p[2]).toBeCloseTo(0.09003, 5);
  });
  it('does not overflow with logits of 1000', () => {
    expect(softmax([1000, 1000])).toEqual([0.5, 0.5]);
  });
  it('temperature → ∞ flattens, temperature → 0 sharpens', () => {
    const flat = softmax([2, 1, 0], 1e6);
    expect(flat[0]).toBeCloseTo(1 / 3, 5);
    expect(softmax([2, 1, 0], 0.01)[0]).toBeCloseTo(1, 10);
  });
  it('throws on empty input, NaN logits or temperature ≤ 0', () => {
    expect(() => softmax([])).toThrow(RangeError);
    expect(() => softmax([1, NaN])).toThrow(RangeError);
    expect(() => softmax([1, 2], 0)).toThrow(RangeError);
  });
  it('property: probabilities are in [0, 1] and sum to 1 (1e-12)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 50 }), (logits) => {
        const p = softmax(logits);
        expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
        expect(p.every((q) => q >= 0 && q <= 1)).toBe(true);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('normalise', () => {
  it('normalise([2, 1, 1]) = [0.5, 0.25, 0.25], also for weights near 1e308', () => {
    expect(normalise([2, 1, 1])).toEqual([0.5, 0.25, 0.25]);
    expect(normalise([1e308, 1e308])).toEqual([0.5, 0.5]);
  });
  it('rejects negative weights and all zeros', () => {
    expect(() => normalise([1, -1])).toThrow(RangeError);
    expect(() => normalise([0, 0])).toThrow(/greater than 0/);
  });
});

describe('crossEntropy, bits, perplexity', () => {
  it('p = 0.25 → ln 4 = 1.386 nats = 2 bits, perplexity 4', () => {
    const nats = crossEntropy(0.25);
    expect(nats).toBeCloseTo(Math.log(4), 14);
    expect(natsToBits(nats)).toBeCloseTo(2, 14);
    expect(perplexity(nats)).toBeCloseTo(4, 12);
  });
  it('distribution + target index: [0.5, 0.25, 0.25], target 0 → ln 2', () => {
    expect(crossEntropy([0.5, 0.25, 0.25], 0)).toBeCloseTo(Math.LN2, 14);
    expect(crossEntropy([0.5, 0.25, 0.25], 2)).toBeCloseTo(Math.log(4), 14);
  });
  it('a certain prediction costs 0 nats and has perplexity 1', () => {
    expect(crossEntropy(1)).toBe(0);
    expect(perplexity(0)).toBe(1);
  });
  it('tiny probabilities stay finite: p = 1e-300 → 690.8 nats', () => {
    expect(crossEntropy(1e-300)).toBeCloseTo(300 * Math.LN10, 9);
  });
  it('throws for p = 0, p > 1, NaN, a distribution not summing to 1, or a bad index', () => {
    expect(() => crossEntropy(0)).toThrow(/infinite/);
    expect(() => crossEntropy(1.5)).toThrow(RangeError);
    expect(() => crossEntropy(NaN)).toThrow(RangeError);
    expect(() => crossEntropy([0.5, 0.4], 0)).toThrow(/sum to 1/);
    expect(() => crossEntropy([0.5, 0.5], 2)).toThrow(/targetIndex/);
    expect(() => crossEntropy([0.5, 0.5], 0.5)).toThrow(/targetIndex/);
    expect(() => crossEntropy([1, 0], 1)).toThrow(/infinite/);
  });
  it('bitsToNats inverts natsToBits; perplexity rejects negative nats', () => {
    expect(bitsToNats(natsToBits(1.94))).toBeCloseTo(1.94, 14);
    expect(() => perplexity(-1)).toThrow(RangeError);
  });
  it('entropy of a uniform 4-way guess is ln 4; of a certain one 0', () => {
    expect(entropy([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(Math.log(4), 14);
    expect(entropy([1, 0, 0])).toBe(0);
  });
  it('property: expected cross-entropy ≥ entropy (Gibbs) for softmax distributions', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: 2, maxLength: 20 }), (logits) => {
        const p = softmax(logits);
        const expected = p.reduce((s, q, i) => (q > 0 ? s + q * crossEntropy(p, i) : s), 0);
        expect(expected).toBeGreaterThanOrEqual(entropy(p) - 1e-9);
        expect(perplexity(entropy(p))).toBeLessThanOrEqual(logits.length * (1 + 1e-9));
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
