import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KAPLAN_TABLE3, kaplanLossParamsSteps } from '../../../src/engine/kaplan-joint';
import { convergedLoss, learningCurveByLoss, sampleEfficiencyCurve, tokensToReachLoss } from '../../../src/engine/sample-efficiency';
import { criticalBatch } from '../../../src/engine/kaplan-batch';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('convergedLoss (Kaplan eq 1.6 at S → ∞, Table 3)', () => {
  it('= (6.5e13/N)^0.077: 1.5e9 → 2.275, 1e8 → 2.803, 1e6 → 3.996 nats (rel 1e-3)', () => {
    expect(rel(convergedLoss(1.5e9), 2.275)).toBeLessThan(1e-3);
    expect(rel(convergedLoss(1e8), 2.803)).toBeLessThan(1e-3);
    expect(rel(convergedLoss(1e6), 3.996)).toBeLessThan(1e-3);
  });
  it('is the limit of L(N, S) for huge S', () => {
    expect(rel(kaplanLossParamsSteps(3e8, 1e30), convergedLoss(3e8))).toBeLessThan(1e-12);
  });
});

describe('tokensToReachLoss (inverse of sampleEfficiencyCurve; eqs 1.6, 5.3, 5.4, Table 3)', () => {
  it('target 3.5 nats at 2^19 tokens/batch: 1.5e9 params → 1.71e9 tokens, 1e8 → 3.59e9, 1e6 → never (rel 1e-3)', () => {
    expect(rel(tokensToReachLoss(1.5e9, 3.5)!.tokens, 1.7098e9)).toBeLessThan(1e-3);
    expect(rel(tokensToReachLoss(1e8, 3.5)!.tokens, 3.5884e9)).toBeLessThan(1e-3);
    expect(tokensToReachLoss(1e6, 3.5)).toBeNull();
  });
  it('without the batch adjustment, steps = S_min = S_c·(L − L∞)^(−1/α_S)', () => {
    const r = tokensToReachLoss(1e8, 3, { adjustForCriticalBatch: false })!;
    expect(r.steps).toBe(r.minSteps);
    expect(rel(r.minSteps, KAPLAN_TABLE3.Sc * (3 - convergedLoss(1e8)) ** (-1 / KAPLAN_TABLE3.alphaS))).toBeLessThan(1e-12);
  });
  it('property: feeding the answer back into sampleEfficiencyCurve gives the target (rel 1e-9), both modes, N 1e3…1e12', () => {
    fc.assert(
      fc.property(fc.double({ min: 3, max: 12, noNaN: true }), fc.double({ min: 0.01, max: 5, noNaN: true }), fc.boolean(), (logN, above, adjust) => {
        const n = 10 ** logN;
        const target = convergedLoss(n) + above;
        const r = tokensToReachLoss(n, target, { adjustForCriticalBatch: adjust })!;
        expect(r).not.toBeNull();
        const back = sampleEfficiencyCurve(n, [r.tokens], { adjustForCriticalBatch: adjust })[0];
        expect(rel(back.loss, target)).toBeLessThan(1e-9);
      }),
      { seed: 11, numRuns: 200 },
    );
  });
  it('larger models need fewer tokens for the same loss (Fig. 2)', () => {
    const sizes = [1e7, 1e8, 1e9, 1e10];
    const tokens = sizes.map((n) => tokensToReachLoss(n, 4)!.tokens);
    tokens.slice(1).forEach((t, i) => expect(t).toBeLessThan(tokens[i]));
  });
  it('a target at the converged loss is never reached; edges throw', () => {
    expect(tokensToReachLoss(1e8, convergedLoss(1e8))).toBeNull();
    expect(() => tokensToReachLoss(0, 3)).toThrow(RangeError);
    expect(() => tokensToReachLoss(1e8, NaN)).toThrow(RangeError);
    expect(() => tokensToReachLoss(1e8, 3, { batchTokens: -1 })).toThrow(RangeError);
  });
});

describe('learningCurveByLoss (the same curve as sampleEfficiencyCurve, drawn by loss)', () => {
  it('ends exactly at the token range; every point lies on sampleEfficiencyCurve (rel 1e-9); tokens rise as loss falls', () => {
    for (const adjust of [true, false]) {
      for (const n of [1e3, 1e6, 1.5e9, 1e11]) {
        const pts = learningCurveByLoss(n, [1e8, 1e12], 49, { adjustForCriticalBatch: adjust });
        expect(pts).toHaveLength(49);
        expect(pts[0].tokens).toBe(1e8);
        expect(pts[48].tokens).toBe(1e12);
        for (const [i, p] of pts.entries()) {
          const [back] = sampleEfficiencyCurve(n, [p.tokens], { adjustForCriticalBatch: adjust });
          expect(rel(back.loss, p.loss)).toBeLessThan(1e-9);
          if (i > 0) {
            expect(p.tokens).toBeGreaterThan(pts[i - 1].tokens);
            expect(p.loss).toBeLessThan(pts[i - 1].loss);
          }
        }
      }
    }
  });
  it('example: 1e8 params from 1e8 to 1e12 tokens → 9.05 to 2.82 nats; bad counts throw', () => {
    const pts = learningCurveByLoss(1e8, [1e8, 1e12], 49);
    expect(rel(pts[0].loss, 9.046)).toBeLessThan(1e-3);
    expect(rel(pts[48].loss, 2.819)).toBeLessThan(1e-3);
    expect(() => learningCurveByLoss(1e8, [1e8, 1e12], 1)).toThrow(RangeError);
    expect(() => learningCurveByLoss(0, [1e8, 1e12], 10)).toThrow(RangeError);
  });
});

describe('sample efficiency at a 2^19-token batch (via L(N, S_min))', () => {
  const tokens = [1e8, 1e9, 1e10, 1e11];
  it('loss falls as tokens grow; steps = tokens/2^19; S_min ≤ S', () => {
    const curve = sampleEfficiencyCurve(1e8, tokens);
    curve.forEach((pt, i) => {
      expect(pt.steps).toBe(tokens[i] / 2 ** 19);
      expect(pt.minSteps).toBeLessThanOrEqual(pt.steps);
      if (i > 0) expect(pt.loss).toBeLessThan(curve[i - 1].loss);
    });
  });
  it('each point is self-consistent: L = L(N, S/(1 + B_crit(L)/B)) (rel 1e-9)', () => {
    for (const pt of sampleEfficiencyCurve(3e8, tokens)) {
      const sMin = pt.steps / (1 + criticalBatch(pt.loss) / 2 ** 19);
      expect(rel(kaplanLossParamsSteps(3e8, sMin), pt.loss)).toBeLessThan(1e-9);
    }
  });
  it('the batch correction only raises the loss; bigger models learn faster per token', () => {
    const adjusted = sampleEfficiencyCurve(1e8, [1e10])[0].loss;
    const plain = sampleEfficiencyCurve(1e8, [1e10], { adjustForCriticalBatch: false })[0].loss;
    expect(adjusted).toBeGreaterThan(plain);
    expect(rel(adjusted, 3.1893)).toBeLessThan(1e-3);
    expect(sampleEfficiencyCurve(1e9, [1e10])[0].loss).toBeLessThan(adjusted);
  });
  it('edges throw', () => {
    expect(() => sampleEfficiencyCurve(0, [1e9])).toThrow(RangeError);
    expect(() => sampleEfficiencyCurve(1e8, [NaN])).toThrow(RangeError);
    expect(() => sampleEfficiencyCurve(1e8, [1e9], { batchTokens: -1 })).toThrow(RangeError);
  });
});
