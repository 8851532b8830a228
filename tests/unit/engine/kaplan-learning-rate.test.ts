import { describe, expect, it } from 'vitest';
import { KAPLAN_LEARNING_RATE_LIMIT_PARAMS, kaplanLearningRate } from '../../../src/engine/kaplan-learning-rate';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('learning-rate rule of thumb (eq D.1, natural log)', () => {
  it('LR(N) = 0.003239 − 0.0001395·ln N: 1e6 → 1.31e-3, 1e8 → 6.7e-4, 1e9 → 3.5e-4, 1e10 → 2.7e-5 (facts §12c), rel 1%', () => {
    expect(rel(kaplanLearningRate(1e6), 1.31e-3)).toBeLessThan(0.01);
    expect(rel(kaplanLearningRate(1e8), 6.7e-4)).toBeLessThan(0.01);
    expect(rel(kaplanLearningRate(1e9), 3.5e-4)).toBeLessThan(0.01);
    expect(rel(kaplanLearningRate(1e10), 2.7e-5)).toBeLessThan(0.01);
  });
  it('the 3M model of Fig. 22 (p. 26) gets 1.16e-3, near the 0.0010 top of its LR axis', () => {
    expect(rel(kaplanLearningRate(3e6), 1.16e-3)).toBeLessThan(0.01);
  });
  it('reaches zero at ≈ 1.2e10 params ("breaks down for N > 10^10") and throws beyond', () => {
    expect(rel(KAPLAN_LEARNING_RATE_LIMIT_PARAMS, 1.2e10)).toBeLessThan(0.02);
    expect(() => kaplanLearningRate(1e11)).toThrow(/breaks down/);
    expect(() => kaplanLearningRate(0)).toThrow(RangeError);
  });
});
