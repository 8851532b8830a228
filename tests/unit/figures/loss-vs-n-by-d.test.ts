import { describe, expect, it } from 'vitest';
import def, { type Messages } from '../../../src/figures/loss-vs-n-by-d';
import { renderToString } from '../../../src/figures/lib/ssr';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import { defaultsOf, readState, type AnyValue } from '../../../src/figures/lib/params';
import { KAPLAN_TABLE2, kaplanJointLoss, tokensToAvoidOverfitting } from '../../../src/engine';

function render(values: Record<string, AnyValue>, lang: 'zh' | 'en' = 'en') {
  return renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
}
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('loss-vs-n-by-d: Kaplan et al. 2020 eq (1.5) with Table 2, eqs (4.3), (4.4), Fig. 9', () => {
  it('uses Table 2 (α_N 0.076, α_D 0.103, N_c 6.4e13, D_c 1.8e13) and the Fig. 9 dataset sizes 21M … 22B', () => {
    expect(KAPLAN_TABLE2).toEqual({ alphaN: 0.076, alphaD: 0.103, Nc: 6.4e13, Dc: 1.8e13 });
    expect(defaultsOf(def.params).datasets).toEqual([2.1e7, 4.3e7, 8.6e7, 1.72e8, 3.44e8, 6.88e8, 1.4e9, 2.2e10]);
  });

  it('N = 1.5e9 on all of WebText2 (2.29e10 tokens): L = 2.31 nats, δL = 2.8% (eq 1.5, eq 4.3)', () => {
    const expected = ((6.4e13 / 1.5e9) ** (0.076 / 0.103) + 1.8e13 / 2.29e10) ** 0.103;
    expect(rel(expected, 2.31)).toBeLessThan(0.003);
    const r = render({ n: 1.5e9, datasets: [2.29e10] }).output.readouts!;
    expect(r[1]).toEqual({ label: 'D = 22.9B at N = 1.5B', value: '2.31 nats, δL = 2.8%' });
  });

  it('data to avoid overfitting D ≳ 5e3·N^0.74 (eq 4.4): 1e9 params → 2.3e10 tokens; 8× the model needs ≈5× the data (§1.1)', () => {
    const r = render({ n: 1e9 }).output.readouts!;
    expect(r[0]).toEqual({ label: 'Data to avoid overfitting at N = 1B (eq 4.4)', value: 'D ≳ 22.9B tokens' });
    expect(rel(tokensToAvoidOverfitting(1e9), 2.3e10)).toBeLessThan(0.01);
    expect(render({ n: 1e9 }, 'zh').output.readouts![0].value).toBe('D ≳ 229亿 词元');
    expect(rel(tokensToAvoidOverfitting(8e9) / tokensToAvoidOverfitting(1e9), 8 ** 0.74)).toBeLessThan(1e-12);
    expect(8 ** 0.74).toBeGreaterThan(4.5);
    expect(8 ** 0.74).toBeLessThan(5);
  });

  it('with D fixed the curves saturate: at N = 1e10 the 21M-token curve is within 1% of its data limit (D_c/D)^α_D', () => {
    const rows = render({}).output.data.rows;
    const small = rows.filter((r) => r.d === 2.1e7);
    const last = small[small.length - 1];
    expect(rel(last.loss as number, (1.8e13 / 2.1e7) ** 0.103)).toBeLessThan(0.01);
    expect(last.loss as number).toBeGreaterThan((1.8e13 / 2.1e7) ** 0.103);
  });

  it('each curve falls with N, and more data is never worse at the same N', () => {
    const rows = render({}).output.data.rows;
    const datasets = defaultsOf(def.params).datasets;
    for (const d of datasets) {
      const curve = rows.filter((r) => r.d === d).map((r) => r.loss as number);
      for (let i = 1; i < curve.length; i++) expect(curve[i]).toBeLessThan(curve[i - 1]);
    }
    for (let i = 1; i < datasets.length; i++) expect(kaplanJointLoss(1e8, datasets[i])).toBeLessThan(kaplanJointLoss(1e8, datasets[i - 1]));
    expect(rows.length).toBeLessThanOrEqual(150);
  });

  it('a list typed as 2100万, 22B reaches the figure (sorted), with one readout per dataset after the eq 4.4 one', () => {
    const { values, notices } = readState(def.params, `datasets=${encodeURIComponent('22B, 2100万')}`, '');
    expect(notices).toEqual([]);
    const r = render(values as unknown as Record<string, AnyValue>).output.readouts!;
    expect(r.map((x) => x.label)).toEqual(['Data to avoid overfitting at N = 100M (eq 4.4)', 'D = 21M at N = 100M', 'D = 22B at N = 100M']);
  });

  it('warns outside the studied model and data ranges (§3)', () => {
    expect(render({}).output.warnings).toEqual([]);
    expect(render({ n: 5e9 }).output.warnings![0]).toMatch(/768 to 1.5B/);
    expect(render({ datasets: [1e12] }).output.warnings![0]).toMatch(/22 million to 23 billion/);
  });

  it('model() alone, no DOM: N = 1.5e9, D = 2.29e10 gives L = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D = 2.31 (eq 1.5, Table 2), δL = 2.8% (eq 4.3), D ≳ 5e3·N^0.74 (eq 4.4)', () => {
    const m = def.model({ n: 1.5e9, datasets: [2.29e10, 2.1e7] });
    expect(m.series.map((s) => s.d)).toEqual([2.1e7, 2.29e10]);
    const big = m.series[1];
    expect(rel(big.at, ((6.4e13 / 1.5e9) ** (0.076 / 0.103) + 1.8e13 / 2.29e10) ** 0.103)).toBeLessThan(1e-12);
    expect(rel(big.at, 2.31)).toBeLessThan(0.003);
    expect(rel(big.penalty, 0.028)).toBeLessThan(0.02);
    expect(rel(m.enough, 5e3 * 1.5e9 ** 0.74)).toBeLessThan(0.01);
    expect(rel(m.limit[0].loss, (6.4e13 / 1e5) ** 0.076)).toBeLessThan(1e-12);
    expect(m.outsideParams).toBe(false);
    expect(m.outsideDatasets).toEqual([]);
    expect(def.model({ n: 5e9, datasets: [1e12] })).toMatchObject({ outsideParams: true, outsideDatasets: [1e12] });
  });

  it('readouts, table and warnings in Chinese from the zh catalogue (eq 4.4, eq 4.3, §3)', () => {
    const t = messagesOf(def, 'zh') as Messages;
    const words = { lang: 'zh' as const, t };
    const r = def.readouts!(def.model({ n: 1.5e9, datasets: [2.29e10] }), words);
    expect(r).toEqual([
      { label: 'N = 15亿 不过拟合所需的数据（原文式 4.4）', value: 'D ≳ 309亿 词元' },
      { label: 'D = 229亿，N = 15亿', value: '2.31 奈特，δL = 2.8%' },
    ]);
    expect(def.table(def.model({ n: 1e8, datasets: [2.1e7] }), words).columns.map((c) => c.label)).toEqual(['数据量 D（词元）', '参数量 N', '损失（奈特/词元）']);
    expect(def.warnings!(def.model({ n: 5e9, datasets: [1e12, 1e5] }), words)).toEqual([
      'N = 50亿 超出了论文研究的 768 到 15 亿个非嵌入参数（§3），这里的读数是外推。',
      '10万、1万亿 个词元超出了论文研究的约 2200 万到 230 亿个词元（§3），这些曲线是外推。',
    ]);
  });
});
