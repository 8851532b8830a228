import { describe, expect, it } from 'vitest';
import {
  KAPLAN_DEFAULT_TRAINING_STEPS,
  KAPLAN_STUDIED_PARAMS,
  KAPLAN_STUDIED_TOKENS,
  KAPLAN_WARMUP_STEPS,
  kaplanDefaultRunTokens,
  kaplanWarmupTokens,
} from '../../../src/engine/kaplan-setup';

describe('Kaplan setup (§2.2, §3)', () => {
  it('studied ranges as printed: 768 to 1.5e9 non-embedding params, 22M to 23B tokens (§3)', () => {
    expect(KAPLAN_STUDIED_PARAMS).toEqual([768, 1.5e9]);
    expect(KAPLAN_STUDIED_TOKENS).toEqual([22e6, 23e9]);
  });
  it('kaplanWarmupTokens() = 3000 steps × 2^19 tokens = 1.572864e9 (§2.2, §3)', () => {
    expect(KAPLAN_WARMUP_STEPS).toBe(3000);
    expect(kaplanWarmupTokens()).toBe(1_572_864_000);
    expect(kaplanWarmupTokens(1000)).toBe(3e6);
  });
  it('kaplanDefaultRunTokens() = 2.5e5 steps × 512 × 1024 tokens = 1.31e11 (§2.2)', () => {
    expect(KAPLAN_DEFAULT_TRAINING_STEPS).toBe(2.5e5);
    expect(kaplanDefaultRunTokens()).toBe(2.5e5 * 512 * 1024);
  });
  it('edges throw', () => {
    expect(() => kaplanWarmupTokens(0)).toThrow(RangeError);
    expect(() => kaplanDefaultRunTokens(NaN)).toThrow(RangeError);
  });
});
