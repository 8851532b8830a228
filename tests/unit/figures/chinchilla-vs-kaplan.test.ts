import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/chinchilla-vs-kaplan';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';
import { messagesOf } from '../../../src/figures/lib/catalogue';

const render = (values: Record<string, AnyValue>, lang: 'en' | 'zh' = 'en') => renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
const readout = (out: ReturnType<typeof render>['output'], start: string) => out.readouts!.find((r) => r.label.startsWith(start))?.value;

describe('chinchilla-vs-kaplan figure (Hoffmann et al. 2022 Fig. 1)', () => {
  it('at the Gopher budget 5.76e23 (Table 3): Approach 3 → 40.4B (Fig. 4 caption "40B"), Approach 1 → 67.8B (Table 3 prints 67B), Epoch → 72.2B', () => {
    const { output } = render({});
    expect(readout(output, 'Approach 3')).toContain('N_opt 40.4B');
    expect(readout(output, 'Approach 1')).toContain('N_opt 67.8B');
    expect(readout(output, 'Approach 2')).toContain('N_opt 63.4B');
    expect(readout(output, 'Epoch refit')).toContain('N_opt 72.2B');
  });

  it('Kaplan Table 6 at 5.76e23 FLOPs = 6,667 PF-days: N_opt = 1.3e9 · 6667^0.73 = 804B, 19.9× Approach 3', () => {
    const { output } = render({});
    expect(readout(output, 'Kaplan et al. 2020')).toContain('N_opt 804B');
    expect(readout(output, 'Kaplan over Approach 3')).toContain('19.9×');
  });

  it('places Table 1 models at their compute: GPT-3 at the printed 3.14e23 (Brown et al. Table D.1), Chinchilla at 6ND = 5.88e23', () => {
    const { output, html } = render({});
    const row = (name: string) => output.data.rows.find((r) => r.what === name)!;
    expect(row('GPT-3 175B').flops).toBe(3.14e23);
    expect(row('Chinchilla 70B').flops).toBeCloseTo(5.88e23, -20);
    expect(row('Chinchilla 70B').source).toContain('6ND');
    for (const name of ['GPT-3 175B', 'Gopher 280B', 'Chinchilla 70B', 'Jurassic-1 178B', 'MT-NLG 530B', 'LLaMA 65B', 'Llama 3 405B']) {
      expect(html).toContain(name);
    }
  });

  it('the models choice filters the dots; turning a law off removes its line and readout', () => {
    const paper = render({ models: 'paper' });
    expect(paper.html).toContain('Gopher 280B');
    expect(paper.html).not.toContain('Llama 3 405B');
    const noKaplan = render({ kaplan: false });
    expect(readout(noKaplan.output, 'Kaplan et al. 2020')).toBeUndefined();
    expect(readout(noKaplan.output, 'Kaplan over Approach 3')).toBeUndefined();
  });

  it('warns beyond Kaplan’s breakdown point C* ∼ 10^4 PF-days (eq. 6.8) and beyond 1e26 FLOPs', () => {
    expect(render({}).output.warnings).toEqual([]);
    expect(render({ budget: 1e25 }).output.warnings!.join(' ')).toContain('C* ∼ 10⁴ PF-days');
    expect(render({ budget: 1e27 }).output.warnings).toHaveLength(2);
  });

  it('a reversed or collapsed FLOP range still draws', () => {
    expect(() => render({ range: [1e26, 1e20] })).not.toThrow();
    expect(() => render({ range: [1e22, 1e22] })).not.toThrow();
  });

  it('speaks Chinese: 404亿 for Approach 3', () => {
    expect(readout(render({}, 'zh').output, '方法三')).toContain('N_opt 404亿');
  });
});

describe('chinchilla-vs-kaplan model and words, without a DOM', () => {
  const defaults = defaultsOf(def.params);

  it('model(): at the Gopher budget 5.76e23 (Hoffmann et al. 2022 Table 3), Approach 1 gives 67.8B on 1.42T tokens (printed 67B, 1.5T) and Kaplan Table 6 gives 804B, 19.9× Approach 3 (eq. 4)', () => {
    const m = def.model(defaults);
    const at = (key: string) => m.atBudget.find((l) => l.key === key)!;
    expect(at('approach1').params / 1e9).toBeCloseTo(67.8, 1);
    expect(at('approach1').tokens / 1e12).toBeCloseTo(1.42, 2);
    expect(at('kaplan').params / 1e9).toBeCloseTo(1.3 * (5.76e23 / 8.64e19) ** 0.73, 0);
    expect(at('approach3').params / 1e9).toBeCloseTo(40.4, 1);
    expect(m.kaplanOverApproach3!).toBeCloseTo(19.9, 1);
    expect(m.overIsoflop!).toBeCloseTo(192, 0);
    expect(m.placed.find((p) => p.id === 'gpt-3')!.flops).toBe(3.14e23); // Brown et al. 2020 Table D.1
    expect(def.model({ ...defaults, budget: 1e27 })).toMatchObject({ beyondKaplan: true, beyondModels: true });
  });

  it('a budget near or beyond the FLOP range widens the axis to whole decades, with at least a factor 2 to spare, so moving it within a decade keeps the axes', () => {
    // Default range 1e20–1e26: a budget inside it, far from the ends, leaves the axis as it is.
    expect(def.model({ ...defaults, budget: 3e22 }).x).toEqual([1e20, 1e26]);
    for (const budget of [1.1e19, 3e19, 9.9e19, 1.9e20]) {
      const [lo, hi] = def.model({ ...defaults, budget }).x;
      expect(lo).toBe(budget / 2 >= 1e19 ? 1e19 : 1e18);
      expect(lo).toBeLessThanOrEqual(budget / 2);
      expect(hi).toBe(1e26);
    }
    expect(def.model({ ...defaults, budget: 7e25 }).x).toEqual([1e20, 1e27]);
    expect(def.model({ ...defaults, budget: 6e26 }).x).toEqual([1e20, 1e28]);
    // Every budget of the slider's range lies on the axis with room on both sides.
    for (let e = 17; e <= 28; e += 0.25) {
      const budget = 10 ** e;
      const [lo, hi] = def.model({ ...defaults, budget }).x;
      expect(lo).toBeLessThanOrEqual(budget / 2);
      expect(hi).toBeGreaterThanOrEqual(budget * 2);
    }
  });

  it('readouts and table in Chinese from the catalogue: 方法三 404亿, Kaplan 大 19.9 倍, 外推 190 倍（2 位有效数字）', () => {
    const t = messagesOf(def, 'zh') as Parameters<NonNullable<typeof def.readouts>>[1]['t'];
    const m = def.model(defaults);
    const r = def.readouts!(m, { lang: 'zh', t });
    expect(r.find((x) => x.label.startsWith('方法三'))).toEqual({ label: '方法三（原文式 4），5.76×10²³ FLOPs 时', value: 'N_opt 404亿，D_opt 2.38万亿 词元' });
    expect(r.find((x) => x.label === 'Kaplan 与方法三之比')!.value).toBe('同样的预算下，Kaplan 的模型大 19.9 倍');
    expect(r.find((x) => x.label === '外推倍数')!.value).toMatch(/^比论文最大的 IsoFLOP 预算（3×10²¹）大 190 倍；/);
    const table = def.table(m, { lang: 'zh', t });
    expect(table.columns.map((c) => c.label)).toEqual(['直线或模型', '训练计算量 C（FLOPs）', '参数量', '来源']);
    expect(table.rows[0].what).toBe('Kaplan 等 2020（C^0.73）');
  });
});
