import { describe, expect, it } from 'vitest';
import def, { TASK_ROWS } from '../../../src/figures/emergence-tasks';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import type zhMessages from '../../../src/i18n/figures/zh/emergence-tasks';

// Wei et al. 2022 (arXiv 2206.07682) Table 1, few-shot prompting rows, typed here from the paper (facts.md §6),
// independently of the engine's WEI_TABLE1, so a typo in either shows up.
const PRINTED: Record<string, { flops: number; params: number; model: string }> = {
  'arith-3': { flops: 2.3e22, params: 13e9, model: 'GPT-3' },
  'arith-4-5': { flops: 3.1e23, params: 175e9, model: 'GPT-3' },
  'mmlu-57': { flops: 3.1e23, params: 175e9, model: 'GPT-3' },
  toxicity: { flops: 1.3e22, params: 7.1e9, model: 'Gopher' },
  truthfulqa: { flops: 5.0e23, params: 280e9, model: 'Gopher' },
  'mmlu-26': { flops: 5.0e23, params: 280e9, model: 'Gopher' },
  concepts: { flops: 3.1e23, params: 175e9, model: 'GPT-3' },
  'mmlu-30': { flops: 5.0e23, params: 70e9, model: 'Chinchilla' },
  wic: { flops: 2.5e24, params: 540e9, model: 'PaLM' },
};

// Plot frame of the figure: width 640, height 380, margins left 56, right 24, top 22, bottom 44; x log 1e20…1e26, y 0…1.
const xPixel = (flops: number) => 56 + ((Math.log10(flops) - 20) / 6) * (640 - 56 - 24);
const yPixel = (score: number) => 380 - 44 - score * (380 - 44 - 22);

function render(values: Record<string, AnyValue>, lang: 'zh' | 'en' = 'en') {
  return renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
}

/** The highlighted threshold point: the only circle of radius 6. */
function highlighted(html: string): { cx: number; cy: number } {
  const m = /<circle r="6" cy="([\d.]+)" cx="([\d.]+)"/.exec(html);
  if (!m) throw new Error('no highlighted point');
  return { cx: Number(m[2]), cy: Number(m[1]) };
}

describe('emergence-tasks: Wei et al. 2022 Table 1 (few-shot prompting)', () => {
  it('offers exactly the nine few-shot rows that have a single scale ("many BIG-Bench tasks" has none)', () => {
    const spec = def.params.task;
    expect(spec.options.map((o) => o.value).sort()).toEqual(Object.keys(PRINTED).sort());
    expect([...TASK_ROWS.keys()].sort()).toEqual(Object.keys(PRINTED).sort());
  });

  for (const [task, printed] of Object.entries(PRINTED)) {
    it(`places “${task}” at its printed ${printed.flops.toExponential(1)} training FLOPs (${printed.model}, Table 1), in the SVG, the table and the readout`, () => {
      const { html, output } = render({ task });
      const row = TASK_ROWS.get(task)!;
      expect(row.flops).toBe(printed.flops);
      expect(row.params).toBe(printed.params);
      expect(row.model).toBe(printed.model);
      // The point sits at the printed FLOPs on the x axis (to 0.01 px) and at the curve's midpoint (chance + 0.8)/2.
      const p = highlighted(html);
      expect(Math.abs(p.cx - xPixel(printed.flops))).toBeLessThan(0.01);
      expect(Math.abs(p.cy - yPixel((0.25 + 0.8) / 2))).toBeLessThan(0.01);
      // The data table carries the printed number, unrounded.
      const tableRows = output.data.rows.filter((r) => r.kind === 'Table 1');
      expect(tableRows).toHaveLength(9);
      expect(tableRows.some((r) => r.flops === printed.flops && r.params === printed.params && r.model === printed.model)).toBe(true);
      expect(output.readouts![1].value).toContain(printed.model);
    });
  }

  it('readouts: MMLU (57 topics) emerges at 3.1×10²³ FLOPs with GPT-3 175B; 4–5 digit arithmetic and grounded mappings share that scale (Table 1)', () => {
    const { output } = render({});
    expect(output.readouts![1].value).toBe('3.1×10²³ training FLOPs, GPT-3 with 175B parameters');
    expect(output.readouts![2].value).toBe('Hendrycks et al. (2021a)');
    expect(output.readouts![3].value).toContain('Addition/subtraction (4-5 digit)');
    expect(output.readouts![3].value).toContain('Grounded conceptual mappings');
    const zh = render({ task: 'arith-3' }, 'zh').output;
    expect(zh.readouts![1].value).toBe('2.3×10²² 训练 FLOPs，GPT-3 130亿 参数');
    expect(zh.readouts![3].value).toBe('无');
  });

  it('compute readout counts the Table 1 abilities at or below C: 1e23 → 2 of 9, 5.0e23 → 8 of 9 (all but WiC), 2.5e24 → all 9', () => {
    expect(def.params.compute.default).toBe(1e23);
    expect(render({}).output.readouts![0].value).toBe('2 of 9: Toxicity classification (CivilComments); Addition/subtraction (3 digit)');
    const at5 = render({ compute: 5e23 }).output.readouts![0].value;
    expect(at5).toMatch(/^8 of 9: /);
    expect(at5).not.toContain('Word in Context');
    expect(render({ compute: 2.5e24 }).output.readouts![0].value).toBe('all 9');
    expect(render({ compute: 1e22 }, 'zh').output.readouts![0].value).toBe('9 项中一项也没有');
  });

  it('the schematic curve starts at the chance level and ends at the illustrative ceiling 0.8', () => {
    for (const chance of [0, 0.25, 0.5]) {
      const { output } = render({ chance, task: 'wic' });
      const curve = output.data.rows.filter((r) => r.kind === 'schematic curve');
      expect(curve[0].flops).toBe(1e20);
      expect(curve[0].score as number).toBeCloseTo(chance, 6);
      expect(curve[curve.length - 1].flops).toBe(1e26);
      expect(curve[curve.length - 1].score as number).toBeCloseTo(0.8, 2); // WiC's threshold is 1.6 decades from the edge
      expect(curve.length).toBeLessThanOrEqual(20);
    }
  });

  it('"others" off leaves only the highlighted curve and point', () => {
    const on = render({ task: 'toxicity' }).html;
    const off = render({ task: 'toxicity', others: false }).html;
    expect((on.match(/<circle/g) ?? []).length).toBe(9);
    expect((off.match(/<circle/g) ?? []).length).toBe(1);
    expect((on.match(/<path/g) ?? []).length).toBeGreaterThan((off.match(/<path/g) ?? []).length);
  });

  it('sharpness changes the curve but never the position of the data point', () => {
    const a = render({ sharpness: 1 });
    const b = render({ sharpness: 12 });
    expect(a.html).not.toBe(b.html);
    expect(highlighted(a.html)).toEqual(highlighted(b.html));
  });
});

describe('emergence-tasks: model and words apart (no DOM, no Plot)', () => {
  const defaults = defaultsOf(def.params);

  it('model(): every Table 1 few-shot point sits at its printed FLOPs (Wei et al. 2022 Table 1) on its curve’s midpoint (chance + 0.8)/2', () => {
    const m = def.model({ ...defaults, chance: 0.1 });
    expect(m.points.map((p) => [p.value, p.flops, p.params, p.model])).toEqual(Object.entries(PRINTED).map(([v, r]) => [v, r.flops, r.params, r.model]));
    for (const p of m.points) expect(p.score).toBeCloseTo((0.1 + 0.8) / 2, 12);
    expect(m.mine).toMatchObject({ value: 'mmlu-57', flops: 3.1e23, params: 175e9, model: 'GPT-3' });
    // Five distinct scales in Table 1's few-shot rows: the highlighted one plus four background curves of 49 points.
    expect(new Set(m.background.map((b) => b.scale)).size).toBe(4);
    expect(m.background).toHaveLength(4 * 49);
    expect(def.model({ ...defaults, others: false }).background).toEqual([]);
    // At C = 5.0e23 every row but WiC (2.5e24) has emerged, smallest scale first.
    const r = def.model({ ...defaults, compute: 5e23 }).reading;
    expect(r.total).toBe(9);
    expect(r.by).toHaveLength(8);
    expect(r.by[0]).toBe('toxicity');
    expect(r.by).not.toContain('wic');
  });

  it('readouts and table in Chinese from the catalogue (messagesOf(def, "zh")): 三位数加减法 at 2.3×10²² FLOPs, GPT-3 130亿', () => {
    const t = messagesOf(def, 'zh') as typeof zhMessages;
    const m = def.model({ ...defaults, task: 'arith-3' });
    const r = def.readouts!(m, { lang: 'zh', t });
    expect(r[0]).toEqual({ label: 'C = 1×10²³ FLOPs 时已涌现（原文表 1）', value: '9 项中的 2 项：毒性分类（CivilComments）；三位数加减法' });
    expect(r[1]).toEqual({ label: '“三位数加减法”的涌现规模（原文表 1）', value: '2.3×10²² 训练 FLOPs，GPT-3 130亿 参数' });
    expect(r[2]).toEqual({ label: '原始出处', value: m.selected.reference });
    expect(r[3]).toEqual({ label: '原文表 1 中同一规模的其他能力', value: '无' });
    const table = def.table(m, { lang: 'zh', t });
    expect(table.columns.map((c) => c.label)).toEqual(['来源', '能力', '模型', '参数量', '训练计算量（FLOPs）', '任务得分（示意）']);
    expect(table.rows.filter((row) => row.kind === '原文表 1')).toHaveLength(9);
    expect(table.rows.filter((row) => row.kind === '示意曲线').every((row) => row.ability === '三位数加减法')).toBe(true);
  });
});
