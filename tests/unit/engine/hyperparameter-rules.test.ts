import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepseekHyperparameters, stepLaw } from '../../../src/engine/hyperparameters';
import { compareHyperparameterRules, deepseekTokenRange, runFlopsPerToken } from '../../../src/engine/hyperparameter-rules';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('compareHyperparameterRules (Step Law, arXiv 2503.04715; DeepSeek LLM eq 1, arXiv 2401.02954)', () => {
  it('worked example 7e9 params, 1.4e12 tokens, seq 2048 → Step Law η ≈ 9.17e-4, B ≈ 5.00e6 tokens ≈ 2,441 sequences (facts §4), rel 0.2%', () => {
    const r = compareHyperparameterRules(7e9, 1.4e12, { seqLen: 2048 });
    expect(rel(r.stepLaw.learningRate, 9.17e-4)).toBeLessThan(0.002);
    expect(rel(r.stepLaw.batchTokens, 5.0e6)).toBeLessThan(0.002);
    expect(Math.round(r.stepLaw.batchSequences)).toBe(2441);
  });
  it('same run with C ≈ 6ND = 5.88e22 FLOPs → DeepSeek η 4.44e-4, B 8.19e6 tokens; every fit range exceeded', () => {
    const r = compareHyperparameterRules(7e9, 1.4e12);
    expect(r.computeRule).toBe('6ND');
    expect(rel(r.flops, 5.88e22)).toBeLessThan(1e-12);
    expect(r.deepseek).toMatchObject(deepseekHyperparameters(5.88e22));
    expect(rel(r.deepseek.learningRate, 4.443e-4)).toBeLessThan(1e-3);
    expect(rel(r.deepseek.batchTokens, 8.189e6)).toBeLessThan(1e-3);
    expect(r.outside).toEqual({ stepLawParams: true, stepLawTokens: true, deepseekCompute: true });
  });
  it('DeepSeek 7B shape (30 layers, d_model 4096, l_seq 4096, 2T tokens): C = M·D = 8.456e22 → η 4.25e-4, 2,252 sequences (Table 2 prints 4.2e-4 and 2304)', () => {
    const r = compareHyperparameterRules(7e9, 2e12, { seqLen: 4096, shape: { nLayer: 30, dModel: 4096 } });
    expect(r.computeRule).toBe('MD');
    expect(rel(r.flopsPerToken, 4.228e10)).toBeLessThan(1e-3);
    expect(rel(r.deepseek.learningRate, 4.25e-4)).toBeLessThan(2e-3);
    expect(Math.round(r.deepseek.batchSequences)).toBe(2252);
    expect(rel(r.deepseek.learningRate, 4.2e-4)).toBeLessThan(0.02);
    expect(rel(r.shapeParams!, 6.04e9)).toBeLessThan(1e-3);
  });
  it('inside both ranges: 5e8 params, 2e10 tokens (C = 6e19 > 2e19 is still outside DeepSeek’s budgets)', () => {
    const r = compareHyperparameterRules(5e8, 2e10);
    expect(r.outside).toEqual({ stepLawParams: false, stepLawTokens: false, deepseekCompute: true });
    expect(compareHyperparameterRules(2.5e8, 5e9).outside.deepseekCompute).toBe(false);
  });
  it('property: matches stepLaw and deepseekHyperparameters(6ND) directly; sequences = tokens / seqLen', () => {
    fc.assert(
      fc.property(fc.double({ min: 6, max: 13, noNaN: true }), fc.double({ min: 8, max: 15, noNaN: true }), fc.integer({ min: 16, max: 131072 }), (ln, ld, seq) => {
        const n = 10 ** ln;
        const d = 10 ** ld;
        const r = compareHyperparameterRules(n, d, { seqLen: seq });
        expect(r.stepLaw).toMatchObject(stepLaw(n, d));
        expect(rel(r.deepseek.learningRate, deepseekHyperparameters(6 * n * d).learningRate)).toBeLessThan(1e-12);
        expect(rel(r.stepLaw.batchSequences * seq, r.stepLaw.batchTokens)).toBeLessThan(1e-12);
      }),
      { seed: 5, numRuns: 200 },
    );
  });
  it('runFlopsPerToken: 6N without a shape, DeepSeek M with one', () => {
    expect(runFlopsPerToken(7e9, 2048)).toBe(4.2e10);
    expect(runFlopsPerToken(7e9, 4096, { nLayer: 30, dModel: 4096 })).toBe(72 * 30 * 4096 ** 2 + 12 * 30 * 4096 * 4096);
  });
  it('deepseekTokenRange(4.2e10) = [1e17, 2e19]/4.2e10 = [2.38e6, 4.76e8] tokens', () => {
    const [lo, hi] = deepseekTokenRange(4.2e10);
    expect(rel(lo, 2.381e6)).toBeLessThan(1e-3);
    expect(rel(hi, 4.762e8)).toBeLessThan(1e-3);
  });
  it('edges throw', () => {
    expect(() => compareHyperparameterRules(0, 1e12)).toThrow(RangeError);
    expect(() => compareHyperparameterRules(1e9, 1e12, { seqLen: 0 })).toThrow(RangeError);
    expect(() => compareHyperparameterRules(1e9, 1e12, { shape: { nLayer: -1, dModel: 10 } })).toThrow(RangeError);
    expect(() => deepseekTokenRange(NaN)).toThrow(RangeError);
  });
});
