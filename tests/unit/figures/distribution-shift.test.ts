import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/distribution-shift';
import { renderToString } from '../../../src/figures/lib/ssr';
import { readState, type AnyValue } from '../../../src/figures/lib/params';
import { KAPLAN_FIGURE8_DATASETS } from '../../../src/engine';

const render = (query = '', lang: 'en' | 'zh' = 'en') => renderToString(def, readState(def.params, query, '').values as Record<string, AnyValue>, lang);

describe('distribution-shift figure (schematic of Kaplan et al. 2020 Fig. 8, §3.2.2)', () => {
  it('is labelled schematic, and the caption says the offsets and their order are invented (facts §12b: none printed)', () => {
    expect(def.schematic).toBe(true);
    expect(def.strings.en.caption).toMatch(/prints no values for the offsets/);
    expect(def.strings.en.caption).toMatch(/invented/);
    expect(def.strings.zh.caption).toMatch(/虚构/);
    expect(def.strings.en.caption).toContain('roughly constant');
    expect(def.strings.en.caption).toContain('small and very slowly growing');
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
});
