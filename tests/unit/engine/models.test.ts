import { describe, expect, it } from 'vitest';
import { MODELS, modelById, nearestModels } from '../../../src/engine/models';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('MODELS catalogue (facts §9)', () => {
  it('contains every model the brief lists, with unique ids', () => {
    const ids = MODELS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'gpt-3',
      'gopher',
      'chinchilla',
      'lamda',
      'jurassic-1',
      'mt-nlg',
      'palm-540b',
      'llama-7b',
      'llama-13b',
      'llama-33b',
      'llama-65b',
      'llama-2-7b',
      'llama-2-13b',
      'llama-2-70b',
      'llama-3-8b',
      'llama-3-70b',
      'llama-3-405b',
      'deepseek-llm-7b',
      'deepseek-llm-67b',
      'deepseek-v3',
      'qwen2.5-72b',
    ]) {
      expect(ids).toContain(id);
    }
  });
  it('params and tokens are primary (P); every entry cites a source', () => {
    for (const m of MODELS) {
      expect(m.status).toBe('P');
      expect(m.params).toBeGreaterThan(0);
      expect(m.tokens).toBeGreaterThan(0);
      expect(m.source.length).toBeGreaterThan(10);
    }
  });
  it('derived FLOPs are exactly 6ND; printed FLOPs are GPT-3 3.14e23, Gopher 5.76e23, Llama 3 405B 3.8e25', () => {
    for (const m of MODELS.filter((x) => x.flopsStatus === 'D')) expect(m.flops).toBe(6 * m.params * m.tokens);
    const printed = Object.fromEntries(MODELS.filter((x) => x.flopsStatus === 'P').map((m) => [m.id, m.flops]));
    expect(printed).toEqual({ 'gpt-3': 3.14e23, gopher: 5.76e23, 'llama-3-405b': 3.8e25 });
  });
  it('printed FLOPs vs 6ND: GPT-3 within 0.5%, Llama 3 405B within 0.3% (3.79e25), Gopher 6ND 12.5% low (5.04e23)', () => {
    const sixND = (id: string) => 6 * modelById(id).params * modelById(id).tokens;
    expect(rel(sixND('gpt-3'), modelById('gpt-3').flops)).toBeLessThan(0.005);
    expect(rel(sixND('llama-3-405b'), 3.79e25)).toBeLessThan(0.001);
    expect(rel(sixND('llama-3-405b'), modelById('llama-3-405b').flops)).toBeLessThan(0.003);
    expect(rel(sixND('gopher'), 5.04e23)).toBeLessThan(1e-12);
  });
  it('tokens per parameter (facts §9): GPT-3 1.7, Gopher 1.07, Chinchilla 20, LLaMA-65B 21.5, Llama 2 7B 286, Llama 3 8B 1875, Llama 3 405B 38.5', () => {
    const tpp = (id: string) => modelById(id).tokens / modelById(id).params;
    expect(tpp('gpt-3')).toBeCloseTo(1.71, 2);
    expect(tpp('gopher')).toBeCloseTo(1.07, 2);
    expect(tpp('chinchilla')).toBeCloseTo(20, 10);
    expect(tpp('llama-65b')).toBeCloseTo(21.5, 1);
    expect(Math.round(tpp('llama-2-7b'))).toBe(286);
    expect(tpp('llama-3-8b')).toBe(1875);
    expect(tpp('llama-3-405b')).toBeCloseTo(38.5, 1);
  });
  it('DeepSeek-V3 is 37B activated of 671B total, 14.8T tokens, 6·N_active·D = 3.29e24', () => {
    const v3 = modelById('deepseek-v3');
    expect(v3.params).toBe(37e9);
    expect(v3.totalParams).toBe(671e9);
    expect(v3.tokens).toBe(14.8e12);
    expect(rel(v3.flops, 3.29e24)).toBeLessThan(0.002);
  });
  it('unknown ids throw', () => {
    expect(() => modelById('gpt-5')).toThrow(RangeError);
  });
});

describe('nearestModels', () => {
  it('(70e9, 1.4e12) → Chinchilla first at distance 0, then LLaMA-65B and Llama 2 70B', () => {
    const near = nearestModels(70e9, 1.4e12, 3);
    expect(near.map((n) => n.model.id)).toEqual(['chinchilla', 'llama-65b', 'llama-2-70b']);
    expect(near[0].distance).toBe(0);
    expect(near[1].distance).toBeLessThanOrEqual(near[2].distance);
  });
  it('k larger than the catalogue returns the whole catalogue, sorted by distance', () => {
    const all = nearestModels(1e9, 1e10, 1000);
    expect(all).toHaveLength(MODELS.length);
    for (let i = 1; i < all.length; i++) expect(all[i].distance).toBeGreaterThanOrEqual(all[i - 1].distance);
  });
  it('distance is in decades of (log10 N, log10 D): 10× params and 10× tokens away → √2', () => {
    const [first] = nearestModels(700e9, 14e12, 1, [modelById('chinchilla')]);
    expect(first.distance).toBeCloseTo(Math.SQRT2, 12);
  });
  it('edges: k = 0, 2.5, NaN params throw', () => {
    expect(() => nearestModels(1e9, 1e10, 0)).toThrow(RangeError);
    expect(() => nearestModels(1e9, 1e10, 2.5)).toThrow(RangeError);
    expect(() => nearestModels(NaN, 1e10, 1)).toThrow(RangeError);
  });
});
