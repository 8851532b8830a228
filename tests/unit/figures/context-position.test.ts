import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/context-position';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, readState, type AnyValue } from '../../../src/figures/lib/params';
import { captionsOf, messagesOf } from '../../../src/figures/lib/catalogue';
import type { Messages } from '../../../src/figures/context-position';

const render = (query = '', lang: 'en' | 'zh' = 'en') => renderToString(def, readState(def.params, query, '').values as Record<string, AnyValue>, lang);

describe('context-position figure (Kaplan et al. 2020 Fig. 20 left, App. D.5)', () => {
  // facts.md §12a: the six legend fits evaluated at T = 1 / 8 / 100 / 1024 (nats).
  const printed: Record<number, number[]> = {
    1: [7.2, 7.4, 7.4, 7.6, 7.5, 7.7],
    8: [5.2, 4.65, 4.3, 4.11, 3.83, 3.79],
    100: [4.37, 3.7, 3.24, 3.01, 2.71, 2.61],
    1024: [4.12, 3.48, 2.99, 2.78, 2.47, 2.37],
  };
  for (const [T, expected] of Object.entries(printed)) {
    it(`readouts at T = ${T} match the Fig. 20 legend fits evaluated (facts §12a), within 0.01 nats`, () => {
      const { output } = render(`position=${T}`);
      const got = output.readouts!.map((r) => Number(r.value.split(' ')[0]));
      got.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThan(0.01));
    });
  }

  it('labels the fits by legend order and says the paper does not give their sizes', () => {
    const { html, output } = render();
    expect(output.readouts![0].label).toBe('fit 1 (smallest), T = 8');
    expect(output.readouts![5].label).toBe('fit 6 (largest), T = 8');
    expect(html).toContain('4.0 + 3.2·T^−0.47');
    expect(html).toContain('2.3 + 5.4·T^−0.62');
    expect(captionsOf(def, 'en').caption).toMatch(/does not say which size each fit belongs to/);
    expect(captionsOf(def, 'zh').caption).toMatch(/没有说明每条拟合属于哪个规模/);
  });

  it('mentions the Fig. 21 n_ctx = 8 comparison without inventing numbers', () => {
    for (const lang of ['en', 'zh'] as const) {
      const c = captionsOf(def, lang).caption;
      expect(c).toContain('n_ctx = 8');
      expect(c).toMatch(/no numbers|没有给出/);
    }
  });

  it('hiding fits removes their curves and readouts; hiding all leaves empty axes and a warning', () => {
    expect(render('fit2=0&fit5=0').output.readouts!.map((r) => r.label)).toEqual(['fit 1 (smallest), T = 8', 'fit 3, T = 8', 'fit 4, T = 8', 'fit 6 (largest), T = 8']);
    const none = render('fit1=0&fit2=0&fit3=0&fit4=0&fit5=0&fit6=0').output;
    expect(none.readouts).toEqual([]);
    expect(none.warnings).toEqual(['Tick at least one fit to draw a curve.']);
  });

  it('the table lists every fit at T = 1, 2, 4, …, 1024 whatever is shown', () => {
    const rows = render('fit1=0').output.data.rows;
    expect(rows.map((r) => r.position)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024]);
    expect(rows[0].fit1).toBeCloseTo(7.2, 10);
  });

  it('model (no DOM): the Fig. 20 (left) legend fits, e.g. fit 6 = 2.3 + 5.4·T^−0.62 gives 7.7 at T = 1 and 2.37 at T = 1024', () => {
    const m = def.model({ ...defaultsOf(def.params), position: 1024 });
    expect(m.shown.map((f) => f.curve)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(m.at[5].loss).toBeCloseTo(2.3 + 5.4 * 1024 ** -0.62, 12);
    expect(m.at[5].loss).toBeCloseTo(2.37, 2);
    expect(m.rows[0].fit6).toBeCloseTo(7.7, 12);
    expect(m.rows[0].fit1).toBeCloseTo(7.2, 12);
    // a falls and c rises along the legend (§3.2.1): the last fit ends lowest.
    expect(m.at.map((d) => d.loss)).toEqual([...m.at.map((d) => d.loss)].sort((a, b) => b - a));
    const hidden = def.model({ ...defaultsOf(def.params), position: 8, fit1: false, fit6: false });
    expect(hidden.at.map((d) => d.curve)).toEqual([2, 3, 4, 5]);
    expect(hidden.lines.every((p) => p.curve !== 1 && p.curve !== 6)).toBe(true);
  });

  it('readouts and table in Chinese from the catalogue: 拟合 1（最小），T = 100 → 4.37 奈特 (Fig. 20 left)', () => {
    const t = messagesOf(def, 'zh') as Messages;
    const m = def.model({ ...defaultsOf(def.params), position: 100 });
    const r = def.readouts!(m, { lang: 'zh', t });
    expect(r[0]).toEqual({ label: '拟合 1（最小），T = 100', value: '4.37 奈特' });
    expect(r[5]).toEqual({ label: '拟合 6（最大），T = 100', value: '2.61 奈特' });
    const table = def.table(m, { lang: 'zh', t });
    expect(table.columns.map((c) => c.label)).toEqual([
      '位置 T',
      '拟合 1（最小）: 4.0 + 3.2·T^−0.47',
      '拟合 2: 3.4 + 4.0·T^−0.56',
      '拟合 3: 2.9 + 4.5·T^−0.56',
      '拟合 4: 2.7 + 4.9·T^−0.60',
      '拟合 5: 2.4 + 5.1·T^−0.61',
      '拟合 6（最大）: 2.3 + 5.4·T^−0.62',
    ]);
    expect(t.params.fit1.label).toBe('显示拟合 1（最小）：4.0 + 3.2·T^−0.47');
    const none = def.model({ ...defaultsOf(def.params), fit1: false, fit2: false, fit3: false, fit4: false, fit5: false, fit6: false });
    expect(def.warnings!(none, { lang: 'zh', t })).toEqual(['至少勾选一条拟合才能画出曲线。']);
  });
});
