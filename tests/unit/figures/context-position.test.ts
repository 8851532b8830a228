import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/context-position';
import { renderToString } from '../../../src/figures/lib/ssr';
import { readState, type AnyValue } from '../../../src/figures/lib/params';

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
    expect(def.strings.en.caption).toMatch(/does not say which size each fit belongs to/);
    expect(def.strings.zh.caption).toMatch(/没有说明每条拟合属于哪个规模/);
  });

  it('mentions the Fig. 21 n_ctx = 8 comparison without inventing numbers', () => {
    for (const lang of ['en', 'zh'] as const) {
      const c = def.strings[lang].caption;
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
});
