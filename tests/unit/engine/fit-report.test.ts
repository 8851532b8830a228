import { describe, expect, it } from 'vitest';
import { chinchillaLoss, computeOptimal, LAWS, logSpace } from '../../../src/engine';
import { EXAMPLE_RUNS_SPEC, frontierBand, runResiduals, syntheticRuns, thinIndices } from '../../../src/engine/fit-report';

describe('syntheticRuns', () => {
  it('lays out 9 budgets × 9 sizes with C = 6ND and is the same for the same seed', () => {
    const a = syntheticRuns(LAWS.hoffmann2022, EXAMPLE_RUNS_SPEC);
    const b = syntheticRuns(LAWS.hoffmann2022, EXAMPLE_RUNS_SPEC);
    expect(a.length).toBe(81);
    expect(a).toEqual(b);
    const budgets = new Set(a.map((r) => +(6 * r.params * r.tokens).toPrecision(9)));
    expect(budgets.size).toBe(9);
    expect(Math.min(...budgets)).toBeCloseTo(6e18, -10);
    expect(Math.max(...budgets)).toBeCloseTo(3e21, -13);
  });

  it('with no noise every loss is the law (eq 2); with 1% noise the log residuals have sd ≈ 0.01', () => {
    const clean = syntheticRuns(LAWS.hoffmann2022, { ...EXAMPLE_RUNS_SPEC, noise: 0 });
    for (const r of clean) expect(r.loss).toBe(chinchillaLoss(LAWS.hoffmann2022, r.params, r.tokens));
    const noisy = runResiduals(LAWS.hoffmann2022, syntheticRuns(LAWS.hoffmann2022, EXAMPLE_RUNS_SPEC)).map((r) => r.residual);
    const sd = Math.sqrt(noisy.reduce((s, x) => s + x * x, 0) / noisy.length);
    expect(sd).toBeGreaterThan(0.007);
    expect(sd).toBeLessThan(0.013);
  });

  it('centres each budget on the law’s N_opt (Hoffmann eq 4)', () => {
    const runs = syntheticRuns(LAWS.hoffmann2022, { budgets: [1e20], sizesPerBudget: 3, spanFactor: 4, noise: 0, seed: 1 });
    expect(runs[1].params / computeOptimal(LAWS.hoffmann2022, 1e20).params).toBeCloseTo(1, 12);
    expect(runs[2].params / runs[1].params).toBeCloseTo(4, 10);
  });

  it('rejects bad specs', () => {
    expect(() => syntheticRuns(LAWS.hoffmann2022, { ...EXAMPLE_RUNS_SPEC, sizesPerBudget: 0 })).toThrow(RangeError);
    expect(() => syntheticRuns(LAWS.hoffmann2022, { ...EXAMPLE_RUNS_SPEC, noise: -1 })).toThrow(RangeError);
    expect(() => syntheticRuns(LAWS.hoffmann2022, { ...EXAMPLE_RUNS_SPEC, budgets: [0] })).toThrow(RangeError);
  });
});

describe('runResiduals', () => {
  it('is ln L − ln L̂: 0 on the law, ln 1.01 for 1% above; C = 6ND', () => {
    const law = LAWS.hoffmann2022;
    const on = chinchillaLoss(law, 70e9, 1.4e12);
    const [a, b] = runResiduals(law, [
      { params: 70e9, tokens: 1.4e12, loss: on },
      { params: 70e9, tokens: 1.4e12, loss: on * 1.01 },
    ]);
    expect(a.residual).toBeCloseTo(0, 14);
    expect(b.residual).toBeCloseTo(Math.log(1.01), 12);
    expect(a.flops / 5.88e23).toBeCloseTo(1, 12);
    expect(() => runResiduals(law, [{ params: 1, tokens: 1, loss: 0 }])).toThrow(RangeError);
  });
});

describe('frontierBand', () => {
  it('is a single line when every bootstrap law is the same, and brackets the median otherwise', () => {
    const law = LAWS.hoffmann2022;
    const same = { E: [law.E, law.E], A: [law.A, law.A], B: [law.B, law.B], alpha: [law.alpha, law.alpha], beta: [law.beta, law.beta] };
    const [p] = frontierBand(same, [5.76e23]);
    expect(p.lower / 4.036e10).toBeCloseTo(1, 3);
    expect(p.upper).toBe(p.lower);
    const r = LAWS.hoffmann2022Rounded;
    const b = LAWS.besiroglu2024;
    const mixed = { E: [law.E, r.E, b.E], A: [law.A, r.A, b.A], B: [law.B, r.B, b.B], alpha: [law.alpha, r.alpha, b.alpha], beta: [law.beta, r.beta, b.beta] };
    const band = frontierBand(mixed, logSpace(1e20, 1e26, 4), 0.5);
    expect(band).toHaveLength(4);
    for (const q of band) {
      expect(q.lower).toBeLessThanOrEqual(q.median);
      expect(q.median).toBeLessThanOrEqual(q.upper);
    }
    // Median of the three laws at the Gopher budget is the unrounded law's 40.4B.
    expect(frontierBand(mixed, [5.76e23])[0].median / 4.036e10).toBeCloseTo(1, 3);
  });

  it('skips unusable laws and returns [] when none is usable; rejects a bad level', () => {
    const bad = { E: [1], A: [1], B: [1], alpha: [0], beta: [0.3] };
    expect(frontierBand(bad, [1e20])).toEqual([]);
    expect(() => frontierBand(bad, [1e20], 1)).toThrow(RangeError);
  });
});

describe('thinIndices', () => {
  it('keeps every index when few, else at most max evenly with first and last', () => {
    expect(thinIndices(3, 10)).toEqual([0, 1, 2]);
    expect(thinIndices(10, 4)).toEqual([0, 3, 6, 9]);
    const many = thinIndices(10000, 300);
    expect(many).toHaveLength(300);
    expect(many[0]).toBe(0);
    expect(many[299]).toBe(9999);
    expect(new Set(many).size).toBe(300);
    expect(thinIndices(0, 5)).toEqual([]);
  });
});

describe('bandAtBudget and residualSummary', () => {
  const band = [
    { flops: 1e23, lower: 1e10, median: 2e10, upper: 4e10 },
    { flops: 1e24, lower: 1e11, median: 2e11, upper: 4e11 },
  ];
  it('interpolates in log-log between grid budgets, exact on the grid, null outside', async () => {
    const { bandAtBudget } = await import('../../../src/engine/fit-report');
    expect(bandAtBudget(band, 1e23)).toEqual(band[0]);
    const mid = bandAtBudget(band, Math.sqrt(1e23 * 1e24))!;
    expect(mid.lower / Math.sqrt(1e10 * 1e11)).toBeCloseTo(1, 12);
    expect(mid.upper / Math.sqrt(4e10 * 4e11)).toBeCloseTo(1, 12);
    expect(bandAtBudget(band, 1e25)).toBeNull();
    expect(bandAtBudget([], 1e23)).toBeNull();
  });
  it('gives the RMS and the largest |residual|', async () => {
    const { residualSummary } = await import('../../../src/engine/fit-report');
    expect(residualSummary([{ residual: 0.01 }, { residual: -0.01 }])).toEqual({ rms: 0.01, maxAbs: 0.01 });
    expect(residualSummary([])).toEqual({ rms: 0, maxAbs: 0 });
    expect(() => residualSummary([{ residual: NaN }])).toThrow(RangeError);
  });
});
