import { describe, expect, it } from 'vitest';
import def, { type Messages } from '../../../src/figures/kaplan-three-laws';
import { renderToString } from '../../../src/figures/lib/ssr';
import { captionsOf, messagesOf } from '../../../src/figures/lib/catalogue';
import { defaultsOf, readState, type AnyValue } from '../../../src/figures/lib/params';
import { KAPLAN_TABLE5, kaplanLossFromCompute, kaplanLossFromParams } from '../../../src/engine';

function render(values: Record<string, AnyValue>, lang: 'zh' | 'en' = 'en') {
  return renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
}
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const number = (text: string) => Number(/[\d.]+/.exec(text)![0]);

describe('kaplan-three-laws: Kaplan et al. 2020 Fig. 1, eqs (1.1)–(1.3), Table 5', () => {
  it('defaults are the Table 5 constants (α_N 0.076, N_c 8.8e13, α_D 0.095, D_c 5.4e13, α_C^min 0.050, C_c^min 3.1e8 PF-days)', () => {
    const v = defaultsOf(def.params);
    expect([v.alphaN, v.nc, v.alphaD, v.dc, v.alphaC, v.ccMin]).toEqual([0.076, 8.8e13, 0.095, 5.4e13, 0.05, 'table5']);
    expect(KAPLAN_TABLE5.CcMin).toBe(3.1e8);
  });

  it('N = 1.5e9 (typed as 15亿 or 1.5B) reads (8.8e13/1.5e9)^0.076 = 2.304 nats (eq 1.1, Table 5), rel 1e-3', () => {
    for (const text of ['15亿', '1.5B', '1.5e9']) {
      const { values, notices } = readState(def.params, `n=${encodeURIComponent(text)}`, '');
      expect(notices).toEqual([]);
      expect(values.n).toBe(1.5e9);
    }
    const expected = (8.8e13 / 1.5e9) ** 0.076;
    expect(rel(expected, 2.304)).toBeLessThan(1e-3);
    const { output } = render({ n: 1.5e9 });
    expect(output.readouts![0].label).toBe('L(N) at N = 1.5B');
    expect(rel(number(output.readouts![0].value), expected)).toBeLessThan(1e-3);
    expect(render({ n: 1.5e9 }, 'zh').output.readouts![0].label).toBe('L(N)，N = 15亿');
  });

  it('C_min = 1 PF-day: 2.658 nats with C_c^min 3.1e8 (eq 1.3, Table 5) vs 2.619 with the Fig. 1 legend’s 2.3e8 (facts §1g)', () => {
    const t5 = render({ c: 1, ccMin: 'table5' }).output.readouts![2];
    expect(t5.label).toBe('L(C_min) at C_min = 1 PF-days (8.64×10¹⁹ FLOPs)');
    expect(t5.value).toBe('2.658 nats/token (with C_c^min = 2.3×10⁸: 2.619)');
    const f1 = render({ c: 1, ccMin: 'figure1' }).output.readouts![2];
    expect(f1.value).toBe('2.619 nats/token (with C_c^min = 3.1×10⁸: 2.658)');
    expect(rel(kaplanLossFromCompute(1), 3.1e8 ** 0.05)).toBeLessThan(1e-12);
  });

  it('L(D) at all of WebText2 (2.29e10 tokens) = (5.4e13/2.29e10)^0.095 = 2.09 nats (eq 1.2, Table 5)', () => {
    const { output } = render({});
    expect(output.readouts![1].label).toBe('L(D) at D = 22.9B tokens');
    expect(rel(number(output.readouts![1].value), (5.4e13 / 2.29e10) ** 0.095)).toBeLessThan(1e-3);
  });

  it('the exponents and constants are live: α_N 0.1 and N_c 1e14 change the N readout to (1e14/1.5e9)^0.1', () => {
    const { output } = render({ alphaN: 0.1, nc: 1e14 });
    expect(rel(number(output.readouts![0].value), (1e14 / 1.5e9) ** 0.1)).toBeLessThan(1e-3);
  });

  it('doubling N multiplies the loss by 2^−0.076 = 0.95 (§1.2): the plotted L(N) points are one straight power law', () => {
    const rows = render({}).output.data.rows.filter((r) => r.law === 'L(N)');
    for (const r of rows) expect(rel(r.loss as number, kaplanLossFromParams(r.x as number))).toBeLessThan(1e-12);
    expect(rel(kaplanLossFromParams(2e9) / kaplanLossFromParams(1e9), 0.95)).toBeLessThan(0.002);
  });

  it('axes span Fig. 1’s ranges: C 1e-9…1e2 PF-days, D 1e7…1e11 tokens, N 1e5…1e10 params; they widen to show a typed value', () => {
    const span = (rows: Record<string, number | string>[], law: string) => {
      const xs = rows.filter((r) => r.law === law).map((r) => r.x as number);
      return [Math.min(...xs), Math.max(...xs)];
    };
    const rows = render({}).output.data.rows;
    expect(span(rows, 'L(C_min)')[0]).toBeCloseTo(1e-9, 20);
    expect(span(rows, 'L(D)')[0]).toBeCloseTo(1e7, 0);
    expect(span(rows, 'L(N)')[0]).toBeCloseTo(1e5, 0);
    expect(rows.length).toBeLessThanOrEqual(150);
    const wide = render({ n: 1e13 }).output.data.rows;
    expect(span(wide, 'L(N)')[1]).toBeGreaterThan(1e13);
    // Widened to whole decades with a factor 3 to spare: every N within one decade shares the axis (the panel's axes and
    // line are then copied, not drawn again).
    const axisFor = (n: number) => span(render({ n }).output.data.rows, 'L(N)');
    for (const n of [3.4e9, 5e9, 9e9, 2e10, 3.3e10]) expect(axisFor(n)).toEqual(axisFor(3.4e9));
    expect(axisFor(3.4e10)[1]).toBeCloseTo(1e12, -6);
    for (let e = 3; e <= 15; e += 0.5) {
      const [lo, hi] = axisFor(10 ** e);
      expect(lo).toBeLessThanOrEqual(10 ** e / 3);
      expect(hi).toBeGreaterThanOrEqual((10 ** e * 3) / (1 + 1e-12));
    }
  });

  it('the SVG carries the three fit legends in Fig. 1’s form; the 2.3e8 option changes the compute legend', () => {
    const { html } = render({});
    expect(html).toContain('L = (C_min/3.1×10⁸)^−0.050');
    expect(html).toContain('L = (D/5.4×10¹³)^−0.095');
    expect(html).toContain('L = (N/8.8×10¹³)^−0.076');
    expect(render({ ccMin: 'figure1' }).html).toContain('L = (C_min/2.3×10⁸)^−0.050');
  });

  it('the caption says C is in PF-days (8.64×10¹⁹ FLOPs), offers 2.3e8, and reads the N panel as parameters, not tokens', () => {
    for (const lang of ['en', 'zh'] as const) {
      const c = captionsOf(def, lang).caption;
      expect(c).toContain('8.64×10¹⁹ FLOPs');
      expect(c).toContain('2.3×10⁸');
      expect(c).toContain('3.1×10⁸');
    }
    expect(captionsOf(def, 'en').caption).toMatch(/non-embedding parameters N \(a count of parameters, not of tokens\)/);
    expect(captionsOf(def, 'zh').caption).toMatch(/非嵌入参数量 N 的变化（横轴数的是参数，不是词元）/);
    for (const lang of ['en', 'zh'] as const) expect(captionsOf(def, lang).caption).not.toMatch(/draft|草稿/);
  });

  it('warns outside the studied ranges (768–1.5B params, 22M–23B tokens, §3) and past the ~1e4 PF-day breakdown (eq 6.8)', () => {
    expect(render({}).output.warnings).toEqual([]);
    expect(render({ n: 1e11 }).output.warnings![0]).toMatch(/outside the 768 to 1.5B/);
    expect(render({ d: 1e12 }).output.warnings![0]).toMatch(/22 million to 23 billion/);
    expect(render({ c: 1e5 }).output.warnings![0]).toMatch(/eq 6\.8/);
  });

  it('model() alone, no DOM: Table 5 defaults give L(N) = (N_c/N)^α_N, L(D) = (D_c/D)^α_D, L(C_min) = (C_c^min/C)^α_C (eqs 1.1–1.3, Fig. 1)', () => {
    const m = def.model(defaultsOf(def.params));
    expect(rel(m.params.at, (8.8e13 / 1.5e9) ** 0.076)).toBeLessThan(1e-12);
    expect(rel(m.params.at, 2.304)).toBeLessThan(1e-3);
    expect(rel(m.tokens.at, (5.4e13 / 2.29e10) ** 0.095)).toBeLessThan(1e-12);
    expect(rel(m.compute.at, 3.1e8 ** 0.05)).toBeLessThan(1e-12);
    expect(rel(m.compute.at, 2.658)).toBeLessThan(2e-4);
    expect(m.otherCritical).toBe(2.3e8);
    expect(rel(m.atOtherCritical, 2.619)).toBeLessThan(2e-4);
    expect(m.params.domain).toEqual([1e5, 1e10]);
    expect(m.compute.curve).toHaveLength(46);
    expect([m.outsideParams, m.outsideTokens, m.beyondBreakdown]).toEqual([false, false, false]);
    expect(def.model({ ...defaultsOf(def.params), n: 1e11, d: 1e12, c: 1e5 })).toMatchObject({ outsideParams: true, outsideTokens: true, beyondBreakdown: true });
  });

  it('readouts, table and warnings in Chinese from the zh catalogue (eqs 1.1–1.3, Table 5; §3, eq 6.8)', () => {
    const words = { lang: 'zh' as const, t: messagesOf(def, 'zh') as Messages };
    const m = def.model(defaultsOf(def.params));
    expect(def.readouts!(m, words)).toEqual([
      { label: 'L(N)，N = 15亿', value: '2.304 奈特/词元' },
      { label: 'L(D)，D = 229亿 词元', value: '2.091 奈特/词元' },
      { label: 'L(C_min)，C_min = 1 PF-day（8.64×10¹⁹ FLOPs）', value: '2.658 奈特/词元（若 C_c^min = 2.3×10⁸：2.619）' },
    ]);
    const table = def.table(m, words);
    expect(table.columns.map((c) => c.label)).toEqual(['定律', '横轴取值', '单位', '损失（奈特/词元）']);
    expect([...new Set(table.rows.map((r) => r.unit))]).toEqual(['PF-days', '词元', '参数']);
    expect(def.warnings!(def.model({ ...defaultsOf(def.params), c: 1e5 }), words)).toEqual([
      'C_min = 1×10⁵ PF-day 超过约 10⁴ PF-day：论文指出 L(C_min) 与数据受限的趋势在那里相交，两者不可能都继续成立（原文式 6.8）。',
    ]);
  });
});
