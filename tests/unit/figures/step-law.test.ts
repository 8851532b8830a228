import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/step-law';
import { captionsOf, messagesOf } from '../../../src/figures/lib/catalogue';
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
    const en = captionsOf(def, 'en').caption;
    expect(en).toMatch(/peak learning rate is the top of the schedule/);
    expect(en).toMatch(/batch size is in tokens/);
    expect(en).toMatch(/C ≈ 6ND, which leaves attention out/);
    expect(captionsOf(def, 'zh').caption).toMatch(/峰值学习率是学习率调度的最高点/);
  });

  it('model (no DOM): Step Law eqs (η = 1.79·N^−0.713·D^0.307, B = 0.58·D^0.571) and DeepSeek LLM eq (1) (η = 0.3118·C^−0.125, B = 0.2920·C^0.3271) at 7B, 1.4T', () => {
    const m = def.model({ params: 7e9, tokens: 1.4e12, seqLen: 2048, compute: '6nd', layers: 32, dModel: 4096 });
    const rel = (a: number, b: number) => Math.abs(a - b) / b;
    expect(rel(m.run.stepLaw.learningRate, 1.79 * 7e9 ** -0.713 * 1.4e12 ** 0.307)).toBeLessThan(1e-9);
    expect(rel(m.run.stepLaw.batchTokens, 0.58 * 1.4e12 ** 0.571)).toBeLessThan(1e-9);
    const c = 6 * 7e9 * 1.4e12;
    expect(rel(m.run.flops, c)).toBeLessThan(1e-12);
    expect(rel(m.run.deepseek.learningRate, 0.3118 * c ** -0.125)).toBeLessThan(1e-9);
    expect(rel(m.run.deepseek.batchTokens, 0.292 * c ** 0.3271)).toBeLessThan(1e-9);
    expect(m.curves).toHaveLength(29);
    expect(m.series).toHaveLength(16);
    expect(m.here.map((p) => p.rule)).toEqual(['stepLaw', 'deepseek']);
  });

  it('readouts and warnings in Chinese from the catalogue (messagesOf(def, "zh")), with a shape for M', () => {
    const t = messagesOf(def, 'zh') as Parameters<NonNullable<typeof def.readouts>>[1]['t'];
    const m = def.model({ params: 7e9, tokens: 2e12, seqLen: 4096, compute: 'shape', layers: 30, dModel: 4096 });
    const r = def.readouts!(m, { lang: 'zh', t });
    expect(r.map((x) => x.label)).toEqual([
      'Step Law：峰值学习率 η',
      'Step Law：批量大小 B',
      '计算量 C（DeepSeek 规则的输入）',
      'DeepSeek：峰值学习率 η',
      'DeepSeek：批量大小 B',
      '这个形状的非嵌入参数量（12·n_layer·d_model²）',
    ]);
    expect(r[2].value).toBe('8.46×10²² FLOPs (C = M·D，M = 4.23×10¹⁰ FLOPs/词元)');
    expect(r[3].value).toBe('4.25×10⁻⁴');
    expect(r[4].value).toMatch(/ 词元 ≈ 2,?252 条长 4,?096 的序列$/);
    expect(r[5].value).toBe('60.4亿（Step Law 用的是上面填的 N = 70亿）');
    const w = def.warnings!(m, { lang: 'zh', t });
    expect(w).toHaveLength(3);
    expect(w[2]).toBe('C = 8.46×10²² FLOPs 超出 DeepSeek 拟合所用的计算预算（1×10¹⁷ 到 2×10¹⁹ FLOPs）：它的两个值都是外推。');
  });
});
