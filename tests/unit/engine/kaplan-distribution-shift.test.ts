import { describe, expect, it } from 'vitest';
import { DISTRIBUTION_SHIFT_ILLUSTRATIVE_OFFSETS, KAPLAN_FIGURE8_DATASETS, distributionShiftSchematic } from '../../../src/engine/kaplan-distribution-shift';
import { kaplanLossFromParams } from '../../../src/engine/kaplan';

describe('distribution shift (Fig. 8, p. 10) — schematic', () => {
  it('is marked schematic, uses the five Fig. 8 dataset names and parallel lines (constant offsets)', () => {
    const grid = [1e5, 1e7, 1e9];
    const result = distributionShiftSchematic(grid);
    expect(result.schematic).toBe(true);
    expect(result.series.map((s) => s.dataset)).toEqual([...KAPLAN_FIGURE8_DATASETS]);
    expect(KAPLAN_FIGURE8_DATASETS).toEqual(['WebText2 (Test)', 'Internet Books', 'Books', 'Wikipedia', 'Common Crawl']);
    for (const s of result.series) {
      expect(s.offset).toBe(DISTRIBUTION_SHIFT_ILLUSTRATIVE_OFFSETS[s.dataset]);
      s.points.forEach((pt, i) => {
        expect(pt.params).toBe(grid[i]);
        expect(pt.trainingLoss).toBe(kaplanLossFromParams(grid[i]));
        expect(pt.loss - pt.trainingLoss).toBeCloseTo(s.offset, 12);
      });
    }
    expect(result.series[0].offset).toBe(0);
  });
  it('offsets can be overridden; bad input throws', () => {
    const r = distributionShiftSchematic([1e8], { offsets: { Books: 0.7 } });
    expect(r.series.find((s) => s.dataset === 'Books')?.offset).toBe(0.7);
    expect(() => distributionShiftSchematic([])).toThrow(RangeError);
    expect(() => distributionShiftSchematic([0])).toThrow(RangeError);
    expect(() => distributionShiftSchematic([1e8], { offsets: { Books: NaN } })).toThrow(RangeError);
  });
});
