import { describe, expect, it } from 'vitest';
import def, { type Messages } from '../../../src/figures/loss-vs-steps';
import { renderToString } from '../../../src/figures/lib/ssr';
import { captionsOf, messagesOf } from '../../../src/figures/lib/catalogue';
import { defaultsOf, readState, type AnyValue } from '../../../src/figures/lib/params';
import { KAPLAN_TABLE3 } from '../../../src/engine';

function render(values: Record<string, AnyValue>, lang: 'zh' | 'en' = 'en') {
  return renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
}
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const number = (text: string) => Number(/[\d.]+/.exec(text)![0]);

describe('loss-vs-steps: Kaplan et al. 2020 eq (1.6)/(5.6), Table 3', () => {
  it('uses Table 3 by default (α_N 0.077, N_c 6.5e13, α_S 0.76, S_c 2.1e3) and sizes spanning 1e6…1e9', () => {
    expect(KAPLAN_TABLE3).toEqual({ alphaN: 0.077, alphaS: 0.76, Nc: 6.5e13, Sc: 2.1e3 });
    const v = defaultsOf(def.params);
    expect(v.constants).toBe('table3');
    expect(Math.min(...v.sizes)).toBe(1e6);
    expect(Math.max(...v.sizes)).toBe(1e9);
  });

  it('N = 1e9 after S_min = 1e5 steps: (6.5e13/1e9)^0.077 + (2.1e3/1e5)^0.76 = 2.40 nats (eq 1.6, Table 3)', () => {
    const expected = (6.5e13 / 1e9) ** 0.077 + (2.1e3 / 1e5) ** 0.76;
    expect(rel(expected, 2.4)).toBeLessThan(0.005);
    const r = render({ sizes: [1e9], steps: 1e5 }).output.readouts!;
    expect(r).toHaveLength(1);
    expect(r[0].label).toBe('N = 1B at S_min = 100K');
    expect(rel(number(r[0].value), expected)).toBeLessThan(0.005);
  });

  it('Table 5’s constants (α_N 0.076, N_c 8.8e13) give a slightly different curve', () => {
    const t3 = number(render({ sizes: [1e8] }).output.readouts![0].value);
    const t5 = number(render({ sizes: [1e8], constants: 'table5' }).output.readouts![0].value);
    expect(t5).not.toBe(t3);
    expect(rel(t5, (8.8e13 / 1e8) ** 0.076 + (2.1e3 / 1e5) ** 0.76)).toBeLessThan(0.005);
    expect(Math.abs(t5 - t3)).toBeLessThan(0.1);
  });

  it('each curve falls with S and ends within (S_c/1e6)^0.76 ≈ 0.0093 nats of its converged loss (N_c/N)^α_N', () => {
    const rows = render({}).output.data.rows;
    for (const n of defaultsOf(def.params).sizes) {
      const curve = rows.filter((r) => r.n === n).map((r) => r.loss as number);
      for (let i = 1; i < curve.length; i++) expect(curve[i]).toBeLessThan(curve[i - 1]);
      const gap = curve[curve.length - 1] - (6.5e13 / n) ** 0.077;
      expect(gap).toBeGreaterThan(0);
      expect(gap).toBeLessThan(0.0094);
    }
    expect(rows.length).toBeLessThanOrEqual(150);
  });

  it('larger models sit lower at every step', () => {
    const r = render({}).output.readouts!.map((x) => number(x.value));
    for (let i = 1; i < r.length; i++) expect(r[i]).toBeLessThan(r[i - 1]);
  });

  it('the caption explains S_min (large batch) and that Table 3 differs slightly from Table 5', () => {
    expect(captionsOf(def, 'en').caption).toMatch(/S_min is the number of steps a run would need at a batch much larger than the critical batch size/);
    expect(captionsOf(def, 'en').caption).toMatch(/differ slightly from the single-variable fits of Table 5/);
    expect(captionsOf(def, 'zh').caption).toMatch(/略有不同/);
  });

  it('sizes typed as 1000万, 1亿 reach the figure from the URL; warm-up and extrapolation get warnings', () => {
    const { values, notices } = readState(def.params, `sizes=${encodeURIComponent('1000万, 1亿')}&steps=2e3`, '');
    expect(notices).toEqual([]);
    expect(values.sizes).toEqual([1e7, 1e8]);
    expect(render(values as unknown as Record<string, AnyValue>).output.warnings![0]).toMatch(/3,000-step learning-rate warm-up/);
    expect(render({}).output.warnings).toEqual([]);
    expect(render({ sizes: [1e11] }).output.warnings![0]).toMatch(/768 to 1.5B/);
  });

  it('model() alone, no DOM: N = 1e9 at S_min = 1e5 is (N_c/N)^α_N + (S_c/S_min)^α_S (eq 1.6, Table 3 and Table 5), converged (N_c/N)^α_N', () => {
    const m = def.model({ steps: 1e5, sizes: [1e9, 1e6], constants: 'table3' });
    expect(m.series.map((s) => s.n)).toEqual([1e6, 1e9]);
    const big = m.series[1];
    expect(rel(big.at, (6.5e13 / 1e9) ** 0.077 + (2.1e3 / 1e5) ** 0.76)).toBeLessThan(1e-12);
    expect(rel(big.converged, (6.5e13 / 1e9) ** 0.077)).toBeLessThan(1e-12);
    expect(rel(big.at, 2.4)).toBeLessThan(0.005);
    const t5 = def.model({ steps: 1e5, sizes: [1e9], constants: 'table5' }).series[0];
    expect(rel(t5.converged, (8.8e13 / 1e9) ** 0.076)).toBeLessThan(1e-12);
    expect(def.model({ steps: 2e3, sizes: [1e9], constants: 'table3' })).toMatchObject({ inWarmup: true, beyondRuns: false });
    expect(def.model({ steps: 5e5, sizes: [1e9], constants: 'table3' })).toMatchObject({ inWarmup: false, beyondRuns: true });
  });

  it('readouts, table and warnings in Chinese from the zh catalogue (eq 1.6, Table 3; §5.2 warm-up, §3)', () => {
    const words = { lang: 'zh' as const, t: messagesOf(def, 'zh') as Messages };
    expect(def.readouts!(def.model({ steps: 1e5, sizes: [1e9], constants: 'table3' }), words)).toEqual([{ label: 'N = 10亿，S_min = 10万', value: '2.4 奈特（收敛后 2.35）' }]);
    expect(def.table(def.model({ steps: 1e5, sizes: [1e9], constants: 'table3' }), words).columns.map((c) => c.label)).toEqual(['模型规模 N', '步数 S_min', '损失（奈特/词元）']);
    expect(def.warnings!(def.model({ steps: 2e3, sizes: [1e11], constants: 'table3' }), words)).toEqual([
      'S_min = 2000 落在 3000 步的学习率预热期内，论文拟合 L(N,S) 时去掉了这一段（§5.2）。',
      '1000亿 超出了论文研究的 768 到 15 亿个非嵌入参数（§3），这些曲线是外推。',
    ]);
  });
});
