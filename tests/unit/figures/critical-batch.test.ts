import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/critical-batch';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, readState, type AnyValue } from '../../../src/figures/lib/params';
import { criticalBatch } from '../../../src/engine';

function render(values: Record<string, AnyValue>, lang: 'zh' | 'en' = 'en') {
  return renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
}
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('critical-batch: Kaplan et al. 2020 §5.1, eqs (1.4)/(5.3), (5.1), (5.4), (5.5), Table 5', () => {
  it('defaults: L = 3 nats and the 2^19-token batch of most runs (§3)', () => {
    const v = defaultsOf(def.params);
    expect([v.loss, v.batch]).toEqual([3, 2 ** 19]);
  });

  it('B_crit(L) = B_*/L^(1/α_B) with Table 5’s B_* 2.1e8 tokens and α_B 0.21: 2.1e8 at L = 1, ≈1.1e6 at L = 3 (readout)', () => {
    expect(criticalBatch(1)).toBeCloseTo(2.1e8, -1);
    expect(rel(criticalBatch(3), 2.1e8 / 3 ** (1 / 0.21))).toBeLessThan(1e-12);
    const { output } = render({});
    expect(output.readouts![0]).toEqual({ label: 'Critical batch at L = 3 nats', value: '1.12M tokens' });
    expect(render({}, 'zh').output.readouts![0].value).toBe('112万 词元');
  });

  it('it roughly doubles for every 13% drop in loss (Fig. 10 caption): 0.87^(−1/0.21) = 1.94, within 5% of 2', () => {
    for (const L of [2, 3, 5]) expect(rel(criticalBatch(0.87 * L) / criticalBatch(L), 2)).toBeLessThan(0.05);
  });

  it('at the default 2^19-token batch and L = 3: S/S_min = 1 + B_crit/B = 3.14, E/E_min = 1 + B/B_crit = 1.47 (eqs 5.4, 5.5)', () => {
    const r = render({}).output.readouts!;
    const bc = criticalBatch(3);
    expect(r[1]).toEqual({ label: 'Steps at B = 524K', value: `${(1 + bc / 2 ** 19).toPrecision(3)}× the minimum S_min` });
    expect(r[2]).toEqual({ label: 'Data at B = 524K', value: `${(1 + 2 ** 19 / bc).toPrecision(3)}× the minimum E_min` });
  });

  it('at B = B_crit: 2× the minimum steps and 2× the minimum data (§5.1)', () => {
    const bc = criticalBatch(2.5);
    const r = render({ loss: 2.5, batch: bc }).output.readouts!;
    expect(r[1].value).toBe('2× the minimum S_min');
    expect(r[2].value).toBe('2× the minimum E_min');
    expect(r[3]).toEqual({ label: 'At B = B_crit', value: '2× minimum steps and 2× minimum data (§5.1)' });
    expect(render({}, 'zh').output.readouts![3].value).toBe('2 倍的最少步数和 2 倍的最少数据（§5.1）');
  });

  it('every row of the data lies on the trade-off curve (S/S_min − 1)(E/E_min − 1) = 1 (eq 5.1), for any batch', () => {
    for (const batch of [1e3, 2 ** 19, 1e7, 1e9]) {
      const rows = render({ batch }).output.data.rows;
      expect(rows.length).toBeGreaterThan(10);
      for (const row of rows) {
        expect(Math.abs(((row.stepsRatio as number) - 1) * ((row.examplesRatio as number) - 1) - 1)).toBeLessThan(1e-9);
        expect(rel(row.bCrit as number, criticalBatch(row.loss as number))).toBeLessThan(1e-12);
      }
    }
  });

  it('a loss typed as text reaches the figure: loss=2.5 and batch=2M from the URL', () => {
    const { values, notices } = readState(def.params, 'critical-batch.loss=2.5&critical-batch.batch=2M', 'critical-batch.');
    expect(notices).toEqual([]);
    expect([values.loss, values.batch]).toEqual([2.5, 2e6]);
  });

  it('warns below the ~1.7 nats/token where the paper expects its trends to break down (eq 6.8)', () => {
    expect(render({}).output.warnings).toEqual([]);
    expect(render({ loss: 1.6 }).output.warnings![0]).toMatch(/1\.7 nats\/token/);
  });

  it('model (no DOM): Table 5 (B_* 2.1e8, α_B 0.21) and eqs (5.4)/(5.5) at L = 3, B = 2^19; every point of the curve on eq (5.1)', () => {
    const m = def.model({ loss: 3, batch: 2 ** 19 });
    const bc = 2.1e8 / 3 ** (1 / 0.21);
    expect(rel(m.bCrit, bc)).toBeLessThan(1e-3);
    expect(m.here.stepsRatio).toBeCloseTo(1 + m.bCrit / 2 ** 19, 12);
    expect(m.here.examplesRatio).toBeCloseTo(1 + 2 ** 19 / m.bCrit, 12);
    expect(m.here.stepsRatio).toBeCloseTo(3.14, 2);
    expect(m.here.examplesRatio).toBeCloseTo(1.47, 2);
    expect([m.atCritical.stepsRatio, m.atCritical.examplesRatio]).toEqual([2, 2]);
    for (const p of m.tradeoff) expect(Math.abs((p.stepsRatio - 1) * (p.examplesRatio - 1) - 1)).toBeLessThan(1e-9);
    expect(m.rows).toHaveLength(20);
    expect(m.beyondBreakdown).toBe(false);
    expect(def.model({ loss: 1.6, batch: 2 ** 19 }).beyondBreakdown).toBe(true);
  });

  it('readouts, table and warning in Chinese from the catalogue (messagesOf(def, "zh"))', () => {
    const t = messagesOf(def, 'zh') as Parameters<NonNullable<typeof def.readouts>>[1]['t'];
    const m = def.model({ loss: 3, batch: 2 ** 19 });
    const r = def.readouts!(m, { lang: 'zh', t });
    expect(r[0]).toEqual({ label: 'L = 3 奈特时的临界批量', value: '112万 词元' });
    expect(r[1].label).toBe('B = 52.4万 时的步数');
    expect(r[1].value).toBe('最少步数的 3.14 倍');
    expect(r[2]).toEqual({ label: 'B = 52.4万 时的数据量', value: '最少数据的 1.47 倍' });
    expect(r[3]).toEqual({ label: '在 B = B_crit 处', value: '2 倍的最少步数和 2 倍的最少数据（§5.1）' });
    expect(def.table(m, { lang: 'zh', t }).columns.map((c) => c.label)).toEqual([
      '损失（奈特/词元）',
      '临界批量 B_crit（词元）',
      'B = 52.4万 时的 S/S_min',
      'B = 52.4万 时的 E/E_min',
    ]);
    expect(def.warnings!(def.model({ loss: 1.6, batch: 2 ** 19 }), { lang: 'zh', t })).toEqual([
      'L = 1.6 奈特低于论文预计其趋势失效的约 1.7 奈特/词元（原文式 6.8），B_crit 在这里是大胆的外推。',
    ]);
  });
});
