import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { augmentedPromptingSchematic } from '../../../src/engine/emergence-schematic';
import { WEI_TABLE1, emergentCurveSchematic } from '../../../src/engine/emergence';

describe("augmentedPromptingSchematic (schematic, not the paper's data; Wei et al. 2022 §4, Table 1)", () => {
  const cot = { thresholdFlops: 1.3e23 }; // Chain-of-thought: math word problems, LaMDA 68B (Table 1)

  it('doc example: at the Table 1 threshold 1.3e23 → without 0.075, with 0.5375, gain 0.4625', () => {
    const p = augmentedPromptingSchematic(1.3e23, cot);
    expect(p.flops).toBe(1.3e23);
    expect(p.withoutTechnique).toBeCloseTo(0.075, 12);
    expect(p.withTechnique).toBeCloseTo(0.5375, 12);
    expect(p.gain).toBeCloseTo(0.4625, 12);
  });

  it('doc example: two decades below the threshold the technique adds almost nothing (gain 3.29e-4)', () => {
    const p = augmentedPromptingSchematic(1.3e21, cot);
    expect(p.withoutTechnique).toBeCloseTo(0.15 / (1 + Math.exp(2)), 12);
    expect(p.gain).toBeCloseTo((1 - p.withoutTechnique) / (1 + Math.exp(8)), 12);
    expect(p.gain).toBeLessThan(4e-4);
  });

  it('with the technique, the score is halfway from the baseline to the ceiling at the threshold, for every Table 1 technique', () => {
    for (const row of WEI_TABLE1.filter((r) => r.group === 'augmented')) {
      const opts = { thresholdFlops: row.flops!, chance: 0.25, ceiling: 0.8, sharpness: 6 };
      const p = augmentedPromptingSchematic(row.flops!, opts);
      expect(p.withTechnique, row.ability).toBeCloseTo((p.withoutTechnique + 0.8) / 2, 12);
    }
  });

  it("the baseline is the engine's emergentCurveSchematic with slope 1 and a ceiling of chance + share·(ceiling − chance)", () => {
    const p = augmentedPromptingSchematic(4e22, { thresholdFlops: 1.3e23, chance: 0.25, ceiling: 0.85, baselineShare: 0.2 });
    expect(p.withoutTechnique).toBeCloseTo(emergentCurveSchematic(4e22, { thresholdFlops: 1.3e23, chance: 0.25, ceiling: 0.25 + 0.2 * 0.6, sharpness: 1 }), 14);
  });

  it('property: chance ≤ without ≤ with ≤ ceiling, gain = with − without ≥ 0, both non-decreasing in FLOPs (1e15…1e30)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 15, max: 30, noNaN: true }),
        fc.double({ min: 18, max: 26, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0.3, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (e, t, chance, sharpness, baselineShare) => {
          const opts = { thresholdFlops: 10 ** t, chance, ceiling: 0.8, sharpness, baselineShare };
          const a = augmentedPromptingSchematic(10 ** e, opts);
          const b = augmentedPromptingSchematic(10 ** (e + 0.05), opts);
          for (const p of [a, b]) {
            expect(p.withoutTechnique).toBeGreaterThanOrEqual(chance);
            expect(p.withTechnique).toBeGreaterThanOrEqual(p.withoutTechnique);
            expect(p.withTechnique).toBeLessThanOrEqual(0.8 + 1e-12);
            expect(p.gain).toBeCloseTo(p.withTechnique - p.withoutTechnique, 14);
          }
          expect(b.withoutTechnique).toBeGreaterThanOrEqual(a.withoutTechnique);
          expect(b.withTechnique).toBeGreaterThanOrEqual(a.withTechnique - 1e-15);
        },
      ),
      { seed: 2206, numRuns: 300 },
    );
  });

  it('edges: tiny and huge FLOPs stay finite; bad options throw RangeError', () => {
    for (const c of [1, 1e-30, 1e40]) {
      const p = augmentedPromptingSchematic(c, cot);
      expect(Number.isFinite(p.withTechnique) && Number.isFinite(p.withoutTechnique)).toBe(true);
    }
    expect(augmentedPromptingSchematic(1e40, cot).withTechnique).toBeCloseTo(1, 12);
    expect(() => augmentedPromptingSchematic(0, cot)).toThrow(RangeError);
    expect(() => augmentedPromptingSchematic(Number.NaN, cot)).toThrow(RangeError);
    expect(() => augmentedPromptingSchematic(1e20, { thresholdFlops: -1 })).toThrow(RangeError);
    expect(() => augmentedPromptingSchematic(1e20, { ...cot, chance: 0.9, ceiling: 0.5 })).toThrow(RangeError);
    expect(() => augmentedPromptingSchematic(1e20, { ...cot, sharpness: 0 })).toThrow(RangeError);
    expect(() => augmentedPromptingSchematic(1e20, { ...cot, baselineShare: 1.5 })).toThrow(RangeError);
  });
});
