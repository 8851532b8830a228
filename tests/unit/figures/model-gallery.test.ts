import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/model-gallery';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';
import { messagesOf } from '../../../src/figures/lib/catalogue';

const render = (values: Record<string, AnyValue>, lang: 'en' | 'zh' = 'en') => renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
const readout = (out: ReturnType<typeof render>['output'], start: string) => out.readouts!.find((r) => r.label.includes(start))!.value;

describe('model-gallery figure (real models against the compute-optimal line)', () => {
  it('Chinchilla: 20 tokens per parameter, 6ND = 5.88e23 FLOPs, 1.921 nats (unrounded law); the Approach 1 optimum is 68.5B (Table 3: 67B at 5.76e23)', () => {
    const { output } = render({});
    expect(readout(output, 'tokens per parameter')).toContain('20 (1.4T tokens / 70B params)');
    expect(readout(output, 'Training compute 6ND')).toBe('5.88×10²³ FLOPs');
    expect(readout(output, 'Predicted loss')).toContain('1.921 nats/token');
    expect(readout(output, 'Compute-optimal size')).toContain('68.5B params');
    expect(output.warnings).toEqual([]);
  });

  it('the budget slider: at Gopher’s 5.76e23 the Approach 1 optimum is 67.8B params and 1.42T tokens, 21 per parameter (Table 3: 67B, 1.5T)', () => {
    expect(readout(render({}).output, 'Compute-optimal at 5.76×10²³ FLOPs')).toBe('67.8B params, 1.42T tokens, 21 per parameter');
    expect(readout(render({ budget: 1e25 }).output, 'Compute-optimal at 1×10²⁵ FLOPs')).toContain('params');
  });

  it('GPT-3: 1.7 tokens per parameter; 6ND = 3.15e23 next to the printed 3.14e23 (Brown et al. Table D.1)', () => {
    const { output } = render({ highlight: 'gpt-3' });
    expect(readout(output, 'tokens per parameter')).toContain('1.71');
    expect(readout(output, 'Training compute 6ND')).toBe('3.15×10²³ FLOPs (the source prints 3.14×10²³)');
    const llama = render({ highlight: 'llama-3-405b' }).output;
    expect(readout(llama, 'Training compute 6ND')).toBe('3.79×10²⁵ FLOPs (the source prints 3.8×10²⁵)'); // Llama 3 paper §1
    expect(readout(render({ highlight: 'gopher' }).output, 'Training compute 6ND')).toBe('5.04×10²³ FLOPs (the source prints 5.76×10²³)');
  });

  it('labels every dot with its tokens per parameter: Gopher 1.07, LLaMA 65B 21.5, Llama 3 405B 38.5 (facts §9)', () => {
    const { html } = render({});
    for (const label of ['Gopher 280B · 1.07', 'LLaMA 65B · 21.5', 'Llama 3 405B · 38.5', 'MT-NLG 530B · 0.51']) expect(html).toContain(label);
  });

  it('DeepSeek-V3 is placed by its 37B activated parameters, with a warning; Llama 3 8B (1,875 per parameter) warns about extreme ratios (Sardana et al. 2024)', () => {
    const ds = render({ highlight: 'deepseek-v3' }).output;
    expect(ds.warnings!.join(' ')).toContain('mixture of experts');
    expect(readout(ds, 'tokens per parameter')).toContain('37B params');
    const l8 = render({ highlight: 'llama-3-8b' }).output;
    expect(readout(l8, 'tokens per parameter')).toContain('1,875');
    expect(l8.warnings!.join(' ')).toContain('Sardana');
  });

  it('the law choice changes the optimum: hoffmann2022 at Chinchilla’s 5.88e23 → 40.7B; besiroglu2024 → 73B', () => {
    expect(readout(render({ law: 'hoffmann2022' }).output, 'Compute-optimal size')).toContain('40.7B params');
    expect(readout(render({ law: 'besiroglu2024' }).output, 'Compute-optimal size')).toContain('73B params');
  });

  it('speaks Chinese: 每参数词元数 20', () => {
    expect(readout(render({}, 'zh').output, '每参数词元数')).toContain('20（1.4万亿 词元 / 700亿 参数）');
  });
});

describe('model-gallery model and words, without a DOM', () => {
  const defaults = defaultsOf(def.params);

  it('model(): Chinchilla 70B on 1.4T tokens is 20 tokens per parameter, 6ND = 5.88e23, and the Approach 1 optimum at Gopher’s 5.76e23 is 67.8B on 1.42T (Hoffmann et al. 2022 Table 3: 67B, 1.5T)', () => {
    const m = def.model(defaults);
    expect(m.chosen.id).toBe('chinchilla');
    expect(m.chosen.ratio).toBeCloseTo(20, 6);
    expect(m.chosen.flops).toBeCloseTo(5.88e23, -20);
    expect(m.budgetOptimum.params / 1e9).toBeCloseTo(67.8, 1);
    expect(m.budgetOptimum.tokens / 1e12).toBeCloseTo(1.42, 2);
    expect(m.chosen.loss).toBeCloseTo(1.921, 3); // eq. (4), unrounded constants
    const gpt3 = def.model({ ...defaults, highlight: 'gpt-3' }).chosen;
    expect(gpt3.printedFlops).toBe(3.14e23); // Brown et al. 2020 Table D.1
    expect(def.model({ ...defaults, law: 'besiroglu2024' }).lossLaw).toBe('besiroglu2024');
  });

  it('readouts, warnings and table in Chinese from the catalogue: 每参数 21 个, 5.88×10²³, 混合专家', () => {
    const t = messagesOf(def, 'zh') as Parameters<NonNullable<typeof def.readouts>>[1]['t'];
    const r = def.readouts!(def.model(defaults), { lang: 'zh', t });
    expect(r[0]).toEqual({ label: '5.76×10²³ FLOPs 的计算最优点（星号）', value: '678亿 参数、1.42万亿 词元，每参数 21 个' });
    expect(r[2]).toEqual({ label: '训练计算量 6ND', value: '5.88×10²³ FLOPs' });
    expect(r[3].label).toBe('预测的损失（Hoffmann 2022）');
    const ds = def.model({ ...defaults, highlight: 'deepseek-v3' });
    expect(def.warnings!(ds, { lang: 'zh', t })[0]).toMatch(/^DeepSeek-V3 \(MoE\) 是混合专家（MoE）模型：这里按每个词元的 370亿 激活参数放置/);
    const table = def.table(ds, { lang: 'zh', t });
    expect(table.columns.map((c) => c.label)).toEqual([
      '模型',
      '参数量 N',
      '训练词元数 D',
      '每参数词元数',
      '6ND（FLOPs）',
      '同计算量的最优参数量',
      '损失（Hoffmann 2022）',
      '来源',
    ]);
  });
});
