import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/distribution-shift';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, readState, type AnyValue } from '../../../src/figures/lib/params';
import { captionsOf, messagesOf } from '../../../src/figures/lib/catalogue';
import type { Messages } from '../../../src/figures/distribution-shift';
import { KAPLAN_FIGURE8_DATASETS } from '../../../src/engine';

const render = (query = '', lang: 'en' | 'zh' = 'en') => renderToString(def, readState(def.params, query, '').values as Record<string, AnyValue>, lang);

describe('distribution-shift figure (schematic of Kaplan et al. 2020 Fig. 8, §3.2.2)', () => {
  it('is labelled schematic, and the caption says the offsets and their order are invented (facts §12b: none printed)', () => {
    expect(def.schematic).toBe(true);
    expect(captionsOf(def, 'en').caption).toMatch(/prints no values for the offsets/);
    expect(captionsOf(def, 'en').caption).toMatch(/invented/);
    expect(captionsOf(def, 'zh').caption).toMatch(/虚构/);
    expect(captionsOf(def, 'en').caption).toContain('roughly constant');
    expect(captionsOf(def, 'en').caption).toContain('small and very slowly growing');
  });

  it('uses the five dataset names of the Fig. 8 legend', () => {
    const { html, output } = render();
    for (const name of KAPLAN_FIGURE8_DATASETS) expect(html).toContain(name);
    expect(new Set(output.data.rows.map((r) => r.dataset))).toEqual(new Set(KAPLAN_FIGURE8_DATASETS));
  });

  it('the training-distribution loss is L(N) = (8.8e13/N)^0.076 (eq 1.1, Table 5): 100M → 2.83 nats', () => {
    const { output } = render();
    expect(output.readouts![0].value).toBe('2.83 nats (WebText2, eq 1.1)');
    expect(output.readouts![1].label).toMatch(/offsets invented/);
  });

  it('lines are parallel: loss − training loss is the same for every size within a dataset', () => {
    const rows = render().output.data.rows;
    for (const name of KAPLAN_FIGURE8_DATASETS) {
      const gaps = rows.filter((r) => r.dataset === name).map((r) => (r.loss as number) - (r.trainingLoss as number));
      gaps.forEach((g) => expect(g).toBeCloseTo(gaps[0], 12));
    }
  });

  it('the Fig. 8 (right) view keeps only Books and Wikipedia, next to WebText2 itself', () => {
    const rows = render('datasets=right').output.data.rows;
    expect(new Set(rows.map((r) => r.dataset))).toEqual(new Set(['WebText2 (Test)', 'Books', 'Wikipedia']));
  });

  it('warns outside Kaplan’s sizes (768 to 1.5B, §3)', () => {
    expect(render().output.warnings).toEqual([]);
    expect(render('size=1e10').output.warnings![0]).toMatch(/outside the sizes Kaplan trained/);
  });

  it('model (no DOM): WebText2 loss is L(N) = (8.8e13/N)^0.076 (eq 1.1, Table 5) and every dataset keeps its offset', () => {
    const m = def.model({ size: 1e8, datasets: 'all' });
    expect(m.training).toBeCloseTo((8.8e13 / 1e8) ** 0.076, 12);
    expect(m.training).toBeCloseTo(2.83, 2);
    expect(m.outside).toBe(false);
    for (const d of m.dots) expect(d.trainingLoss).toBeCloseTo((8.8e13 / d.params) ** 0.076, 12);
    for (const d of m.here) expect(d.loss - d.trainingLoss).toBeCloseTo(d.offset, 12);
    expect(m.others.map((d) => d.dataset)).toEqual(['Internet Books', 'Books', 'Wikipedia', 'Common Crawl']);
    const right = def.model({ size: 2e9, datasets: 'right' });
    expect(right.chosen).toEqual(['WebText2 (Test)', 'Books', 'Wikipedia']);
    expect(right.outside).toBe(true);
  });

  it('readouts and warnings in Chinese from the catalogue: 1亿 → 2.83 奈特（原文式 1.1）', () => {
    const t = messagesOf(def, 'zh') as Messages;
    const m = def.model({ ...defaultsOf(def.params), datasets: 'right' });
    expect(def.readouts!(m, { lang: 'zh', t })).toEqual([
      { label: 'N = 1亿：训练分布上的损失', value: '2.83 奈特（WebText2，原文式 1.1）' },
      { label: '其他分布上的示意损失（偏移为虚构）', value: 'Books 3.03；Wikipedia 3.13' },
    ]);
    expect(def.table(m, { lang: 'zh', t }).columns.map((c) => c.label)).toEqual([
      '数据集',
      '参数量 N',
      'WebText2 损失（奈特）',
      '示意偏移（奈特）',
      '该数据集上的示意损失（奈特）',
    ]);
    expect(def.warnings!(def.model({ size: 1e10, datasets: 'all' }), { lang: 'zh', t })).toEqual([
      'N = 100亿 超出了 Kaplan 训练过的规模（768 到 15 亿非嵌入参数，§3），L(N) 是外推。',
    ]);
    expect(t.params.datasets.options.right).toBe('只看 Books 和 Wikipedia（如原文图 8 右图）');
  });
});
