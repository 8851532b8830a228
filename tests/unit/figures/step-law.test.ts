import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/step-law';
import { renderToString } from '../../../src/figures/lib/ssr';
import { readState, type AnyValue } from '../../../src/figures/lib/params';

const render = (query = '', lang: 'en' | 'zh' = 'en') => renderToString(def, readState(def.params, query, '').values as Record<string, AnyValue>, lang).output;
const readout = (out: ReturnType<typeof render>, start: string) => out.readouts!.find((r) => r.label.startsWith(start))!.value;

describe('step-law calculator (Li et al. 2025 Step Law, arXiv 2503.04715; DeepSeek LLM eq 1, arXiv 2401.02954)', () => {
  it('worked example 7e9 params, 1.4e12 tokens, seq 2048 → η ≈ 9.17e-4, B ≈ 5.00e6 tokens ≈ 2,441 sequences (facts §4)', () => {
    const out = render();
    expect(readout(out, 'Step Law: peak learning rate')).toBe('9.17×10⁻⁴');
    expect(readout(out, 'Step Law: batch')).toBe('5M tokens ≈ 2,441 sequences of 2,048');
  });

  it('same run for DeepSeek with C ≈ 6ND = 5.88e22 FLOPs → η 4.44e-4, B 8.19M tokens ≈ 3,999 sequences', () => {
    const out = render();
    expect(readout(out, 'Compute C')).toBe('5.88×10²² FLOPs (C ≈ 6ND)');
    expect(readout(out, 'DeepSeek: peak learning rate')).toBe('4.44×10⁻⁴');
    expect(readout(out, 'DeepSeek: batch')).toBe('8.19M tokens ≈ 3,999 sequences of 2,048');
  });

  it('DeepSeek 7B with its shape (30 layers, d_model 4096, l_seq 4096, 2T tokens): C = M·D = 8.46e22 → η 4.25e-4 and 2,252 sequences (Table 2 prints 4.2e-4 and 2304; facts §5)', () => {
    const out = render('compute=shape&layers=30&dModel=4096&seqLen=4096&tokens=2e12');
    expect(readout(out, 'Compute C')).toBe('8.46×10²² FLOPs (C = M·D, M = 4.23×10¹⁰ FLOPs/token)');
    expect(readout(out, 'DeepSeek: peak learning rate')).toBe('4.25×10⁻⁴');
    expect(readout(out, 'DeepSeek: batch')).toBe('9.22M tokens ≈ 2,252 sequences of 4,096');
    expect(readout(out, 'Non-embedding params of this shape')).toBe('6.04B (Step Law uses the N above, 7B)');
  });

  it('batch in tokens does not depend on N (Step Law), and sequences = tokens / sequence length', () => {
    const a = render('params=1e9');
    const b = render('params=1e11');
    expect(readout(a, 'Step Law: batch')).toBe(readout(b, 'Step Law: batch'));
    expect(readout(render('seqLen=4096'), 'Step Law: batch')).toBe('5M tokens ≈ 1,220 sequences of 4,096');
  });

  it('warns outside the fitted ranges: N 2.1e8–1.07e9 and D 4e9–1e11 (Step Law), C 1e17–2e19 (DeepSeek)', () => {
    expect(render().warnings).toHaveLength(3);
    const inside = render('params=2.5e8&tokens=5e9');
    expect(inside.warnings).toEqual([]);
    const onlyDeepSeek = render('params=5e8&tokens=2e10').warnings!;
    expect(onlyDeepSeek).toHaveLength(1);
    expect(onlyDeepSeek[0]).toMatch(/DeepSeek/);
  });

  it('the caption defines the peak learning rate and the batch in tokens, and says C ≈ 6ND leaves out attention', () => {
    expect(def.kind).toBe('calculator');
    const en = def.strings.en.caption;
    expect(en).toMatch(/peak learning rate is the top of the schedule/);
    expect(en).toMatch(/batch size is in tokens/);
    expect(en).toMatch(/C ≈ 6ND, which leaves attention out/);
    expect(def.strings.zh.caption).toMatch(/峰值学习率是学习率调度的最高点/);
  });
});
