import { describe, expect, it } from 'vitest';
import def, { getExampleView, model, type FitView } from '../../../src/figures/fit-your-runs';
import { FIT_PARAMS, lawValues } from '../../../src/figures/lib/fit-runs';
import { defaultsOf } from '../../../src/figures/lib/params';
import en from '../../../src/i18n/figures/en/fit-your-runs';
import zh from '../../../src/i18n/figures/zh/fit-your-runs';

// model → readouts, table and warnings without a DOM: the figure's numbers and words, apart from its picture.
const defaults = defaultsOf(FIT_PARAMS);
const words = { lang: 'en' as const, t: en };

describe('fit-your-runs model (no DOM)', () => {
  it('without a context draws the built-in example, whose precomputed fit it shows with its band', () => {
    const m = model(defaults);
    expect(m.source).toBe('example');
    expect(m.runCount).toBe(81);
    expect(m.isFit).toBe(true);
    expect(m.edited).toBe(false);
    expect(m.band).toHaveLength(17);
    expect(m.residuals).toHaveLength(81);
    expect(m.published.map((p) => p.key)).toEqual(['hoffmann2022', 'besiroglu2024']);
    expect(m.gopher!.params).toBeCloseTo(47.6e9, -9);
    expect(model(defaults, getExampleView())).toEqual(m);
  });

  it('takes the runs, the fit and the band from its context; edited coefficients hide the band and say so', () => {
    const runs = Array.from({ length: 500 }, (_, i) => ({ params: 1e8 * (1 + i), tokens: 2e10, loss: 2.5 }));
    const view: FitView = { source: 'yours', runs, fit: null, band: [], name: 'mine.csv' };
    const m = model({ ...defaults, published: false }, view);
    expect(m.runCount).toBe(500);
    expect(m.residuals).toHaveLength(300);
    expect(m.tableRows.length).toBeLessThanOrEqual(100);
    expect(m.published).toEqual([]);
    expect(m.isFit).toBe(false);
    expect(def.readouts!(m, words)[0]).toEqual({ label: 'Data', value: 'Your runs: 500 (mine.csv); 300 drawn' });
    expect(def.warnings!(m, words)).toEqual([]);

    const fitted: FitView = { ...getExampleView(), source: 'yours', name: 'x.csv' };
    const edited = model({ ...defaults, alpha: 0.4 }, fitted);
    expect(edited.edited).toBe(true);
    expect(edited.band).toEqual([]);
    expect(def.warnings!(edited, words)).toEqual([en.notTheFit]);
    expect(def.readouts!(edited, words)[1].label).toBe('Law shown');
  });

  it('the values the panel publishes for a fit (6 significant digits) still count as that fit', () => {
    const law = { E: 1.81722, A: 477.8312, B: 2143.419, alpha: 0.3473123, beta: 0.3671987 };
    const r = lawValues(law, 'en');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.values.alpha).toBe(0.347312);
    const m = model({ ...defaults, ...r.values }, { ...getExampleView(), source: 'yours', fit: law });
    expect(m.isFit).toBe(true);
    expect(def.readouts!(m, words)[1]).toEqual({ label: 'Fitted law', value: 'L = 1.817 + 477.8/N^0.347 + 2,143/D^0.367' });
    expect(def.readouts!(m, { lang: 'zh', t: zh })[1].label).toBe('拟合的定律');
  });

  it('names a coefficient the figure cannot show instead of publishing it', () => {
    expect(lawValues({ E: 1.8, A: 400, B: 400, alpha: 5, beta: 0.3 }, 'en')).toEqual({ ok: false, name: 'alpha', value: 5 });
  });

  it('table and readouts in both languages: same shape, words from each catalogue', () => {
    const m = model(defaults);
    const tables = [def.table(m, words), def.table(m, { lang: 'zh', t: zh })];
    expect(tables[0].rows).toEqual(tables[1].rows);
    expect(tables[1].columns.map((c) => c.label)).toContain('训练词元数 D');
    expect(def.readouts!(m, { lang: 'zh', t: zh }).map((r) => r.label)).toEqual([
      '数据',
      '拟合的定律',
      '分配指数 a = β/(α+β)',
      'Gopher 预算 5.76×10²³ FLOPs 下的最优规模',
      '残差均方根',
    ]);
  });
});
