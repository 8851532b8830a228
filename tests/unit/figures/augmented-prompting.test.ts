import { describe, expect, it } from 'vitest';
import def, { TECHNIQUE_ROWS } from '../../../src/figures/augmented-prompting';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import type zhMessages from '../../../src/i18n/figures/zh/augmented-prompting';

// Wei et al. 2022 (arXiv 2206.07682) Table 1, augmented prompting rows, typed here from the paper (facts.md §6).
const PRINTED: Record<string, { flops: number; params: number; model: string; reference: string }> = {
  instruction: { flops: 1.3e23, params: 68e9, model: 'FLAN', reference: 'Wei et al. (2022a)' },
  scratchpad: { flops: 8.9e19, params: 40e6, model: 'LaMDA', reference: 'Nye et al. (2021)' },
  'open-book': { flops: 1.3e22, params: 7.1e9, model: 'Gopher', reference: 'Rae et al. (2021)' },
  'cot-math': { flops: 1.3e23, params: 68e9, model: 'LaMDA', reference: 'Wei et al. (2022b)' },
  'cot-strategyqa': { flops: 2.9e23, params: 62e9, model: 'PaLM', reference: 'Chowdhery et al. (2022)' },
  dsi: { flops: 3.3e22, params: 11e9, model: 'T5', reference: 'Tay et al. (2022b)' },
  'self-consistency': { flops: 1.3e23, params: 68e9, model: 'LaMDA', reference: 'Wang et al. (2022b)' },
  explanations: { flops: 5.0e23, params: 280e9, model: 'Gopher', reference: 'Lampinen et al. (2022)' },
  'least-to-most': { flops: 3.1e23, params: 175e9, model: 'GPT-3', reference: 'Zhou et al. (2022)' },
  'zero-shot-cot': { flops: 3.1e23, params: 175e9, model: 'GPT-3', reference: 'Kojima et al. (2022)' },
  calibration: { flops: 2.6e23, params: 52e9, model: 'Anthropic', reference: 'Kadavath et al. (2022)' },
  'multilingual-cot': { flops: 2.9e23, params: 62e9, model: 'PaLM', reference: 'Shi et al. (2022)' },
  ama: { flops: 1.4e22, params: 6e9, model: 'EleutherAI', reference: 'Arora et al. (2022)' },
};

// Plot frame: width 640, height 380, margins left 56, right 24; x log 1e18…1e26.
const xPixel = (flops: number) => 56 + ((Math.log10(flops) - 18) / 8) * (640 - 56 - 24);

function render(values: Record<string, AnyValue>, lang: 'zh' | 'en' = 'en') {
  return renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
}

function highlighted(html: string): { cx: number; cy: number } {
  const m = /<circle r="6" cy="([\d.]+)" cx="([\d.]+)"/.exec(html);
  if (!m) throw new Error('no highlighted point');
  return { cx: Number(m[2]), cy: Number(m[1]) };
}

describe('augmented-prompting: Wei et al. 2022 Table 1 (augmented prompting)', () => {
  it('offers exactly the thirteen augmented-prompting rows of Table 1', () => {
    expect(def.params.technique.options.map((o) => o.value).sort()).toEqual(Object.keys(PRINTED).sort());
  });

  for (const [technique, printed] of Object.entries(PRINTED)) {
    it(`places “${technique}” at its printed ${printed.flops.toExponential(1)} training FLOPs (${printed.model}, ${printed.reference}; Table 1)`, () => {
      const row = TECHNIQUE_ROWS.get(technique)!;
      expect([row.flops, row.params, row.model, row.reference]).toEqual([printed.flops, printed.params, printed.model, printed.reference]);
      const { html, output } = render({ technique });
      expect(Math.abs(highlighted(html).cx - xPixel(printed.flops))).toBeLessThan(0.01);
      expect(output.readouts![2].value).toBe(printed.reference);
      const tableRows = output.data.rows.filter((r) => r.kind === 'Table 1');
      expect(tableRows).toHaveLength(13);
      expect(tableRows.some((r) => r.flops === printed.flops && r.params === printed.params && r.model === printed.model)).toBe(true);
    });
  }

  it('default readout: chain of thought on math word problems emerges at 1.3×10²³ FLOPs, LaMDA 68B; instruction following and self-consistency share the scale (Table 1)', () => {
    const { output } = render({});
    expect(output.readouts![1].value).toBe('1.3×10²³ training FLOPs, LaMDA with 68B parameters');
    expect(output.readouts![3].value).toBe('Instruction following (finetuning) (FLAN); Self-consistency decoding (LaMDA)');
    const zh = render({ technique: 'scratchpad' }, 'zh').output;
    expect(zh.readouts![1].value).toBe('8.9×10¹⁹ 训练 FLOPs，LaMDA 4000万 参数');
  });

  it('compute readout counts the Table 1 techniques at or below C, smallest first: 1e23 → scratchpad, open-book, AMA, DSI (4 of 13)', () => {
    expect(render({}).output.readouts![0].value).toBe(
      '4 of 13: Scratchpad: 8-digit addition (finetuning); Using open-book knowledge for fact checking; Ask me anything prompting; Differentiable search index',
    );
    expect(render({ compute: 5e23 }).output.readouts![0].value).toBe('all 13');
    expect(render({ compute: 1e19 }, 'zh').output.readouts![0].value).toBe('13 项中一项也没有');
  });

  it('schematic: with ≥ without everywhere; the gain is < 0.1% two decades below the threshold and > 40 points two decades above', () => {
    const { output } = render({ technique: 'cot-math' });
    const curve = output.data.rows.filter((r) => r.kind === 'schematic curve');
    expect(curve.length).toBeGreaterThan(15);
    expect(curve.length).toBeLessThanOrEqual(25);
    for (const r of curve) expect(r.with as number).toBeGreaterThanOrEqual(r.without as number);
    const near = (f: number) => curve.reduce((a, b) => (Math.abs(Math.log10((b.flops as number) / f)) < Math.abs(Math.log10((a.flops as number) / f)) ? b : a));
    const below = near(1.3e21);
    const above = near(1.3e25);
    expect((below.with as number) - (below.without as number)).toBeLessThan(0.001);
    expect((above.with as number) - (above.without as number)).toBeGreaterThan(0.4);
  });

  it('the baseline parameter 0 gives a flat line at the chance level', () => {
    const { output } = render({ baseline: 0, chance: 0.5 });
    for (const r of output.data.rows.filter((x) => x.kind === 'schematic curve')) expect(r.without as number).toBeCloseTo(0.5, 12);
  });

  it('"others" off removes the twelve ticks of the other techniques', () => {
    const count = (html: string) => (html.match(/<line/g) ?? []).length;
    expect(count(render({}).html) - count(render({ others: false }).html)).toBe(12);
  });
});

describe('augmented-prompting: model and words apart (no DOM, no Plot)', () => {
  const defaults = defaultsOf(def.params);

  it('model(): the picked technique’s point is its printed Table 1 scale (Wei et al. 2022 Table 1, augmented prompting) and the gain opens only past it', () => {
    const m = def.model(defaults);
    expect(m.rows.map((r) => [r.value, r.flops, r.params, r.model])).toEqual(Object.entries(PRINTED).map(([v, r]) => [v, r.flops, r.params, r.model]));
    expect(m.row.reference).toBe('Wei et al. (2022b)');
    expect(m.at.flops).toBe(1.3e23);
    expect(m.rug).toHaveLength(12);
    expect(def.model({ ...defaults, others: false }).rug).toEqual([]);
    expect(m.curve).toHaveLength(81);
    for (const p of m.curve) expect(p.withTechnique).toBeGreaterThanOrEqual(p.withoutTechnique);
    // With the default chance 0: five decades below the scale the technique adds nothing (both curves near chance);
    // three decades above it, with the technique, the score nears the ceiling 0.8.
    expect(m.curve[0].withTechnique - m.curve[0].withoutTechnique).toBeLessThan(1e-6);
    expect(m.curve[0].withTechnique).toBeLessThan(0.001);
    expect(m.curve[80].withTechnique).toBeCloseTo(0.8, 2);
    // At C = 1e23 four techniques had started to help, smallest scale first (Table 1: 8.9e19, 1.3e22, 1.4e22, 3.3e22).
    expect(m.reading.by).toEqual(['scratchpad', 'open-book', 'ama', 'dsi']);
    expect(m.reading.sameScale).toEqual([
      { value: 'instruction', model: 'FLAN' },
      { value: 'self-consistency', model: 'LaMDA' },
    ]);
  });

  it('readouts and table in Chinese from the catalogue (messagesOf(def, "zh")): 思维链 at 1.3×10²³ FLOPs, LaMDA 680亿', () => {
    const t = messagesOf(def, 'zh') as typeof zhMessages;
    const m = def.model(defaults);
    expect(def.readouts!(m, { lang: 'zh', t })).toEqual([
      { label: 'C = 1×10²³ FLOPs 时已起作用（原文表 1）', value: '13 项中的 4 项：草稿本：8 位数加法（微调）；借助开卷知识做事实核查；Ask Me Anything 提示；可微搜索索引' },
      { label: '“思维链：数学应用题”的涌现规模（原文表 1）', value: '1.3×10²³ 训练 FLOPs，LaMDA 680亿 参数' },
      { label: '原始出处', value: 'Wei et al. (2022b)' },
      { label: '原文表 1 中同一规模的其他技术', value: '遵循指令（指令微调） (FLAN)；自一致性解码 (LaMDA)' },
    ]);
    const table = def.table(m, { lang: 'zh', t });
    expect(table.columns.map((c) => c.label)).toEqual(['来源', '技术', '模型', '参数量', '训练计算量（FLOPs）', '不用该技术（示意）', '用该技术（示意）']);
    expect(table.rows.filter((r) => r.kind === '原文表 1')).toHaveLength(13);
    expect(table.rows.filter((r) => r.kind === '示意曲线').every((r) => r.technique === '思维链：数学应用题')).toBe(true);
  });
});
