import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/overhead';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import type en from '../../../src/i18n/figures/en/overhead';

const render = (values: Record<string, AnyValue> = {}, lang: 'zh' | 'en' = 'en') =>
  renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang).output;
const readout = (out: ReturnType<typeof render>, label: RegExp) => out.readouts!.find((r) => label.test(r.label))?.value;

describe('overhead', () => {
  it('k = 2 at the Gopher budget (unrounded Hoffmann, eq 2 and 4): 2.42× the data, 1.21× the compute', () => {
    const out = render();
    expect(readout(out, /Extra data and compute/)).toBe('data 2.42×, compute 1.21× (21% more)');
    expect(readout(out, /2× smaller/)).toBe('20.2B params, needs 5.76T tokens');
    expect(readout(out, /Compute-optimal at/)).toBe('40.4B params, 2.38T tokens, loss 1.918 nats');
  });

  it('k* = (1 + α/β)^(1/α): 10.1 for the unrounded law, 10.4 as printed, 6.83 for Besiroglu', () => {
    const out = render();
    expect(readout(out, /k\* beyond which/)).toBe('10.1×');
    expect(out.readouts!.some((r) => /as printed|rounded/.test(r.label) && /k\* = 10\.4/.test(r.label))).toBe(true);
    expect(out.readouts!.some((r) => /Besiroglu/.test(r.label) && /k\* = 6\.83/.test(r.label))).toBe(true);
  });

  it('beyond k* it says no amount of data compensates, with no Infinity anywhere', () => {
    const out = render({ k: 15 });
    expect(readout(out, /Extra data and compute/)).toBe('unreachable with any amount of data');
    expect(out.warnings![0]).toMatch(/beyond k\* = 10\.1/);
    expect(JSON.stringify(out.data.rows)).not.toMatch(/Infinity|NaN/);
  });

  it('the factors do not depend on the budget (eq 4), only the absolute sizes do', () => {
    const a = render({ budget: 1e20 }).data.rows;
    const b = render({ budget: 1e26 }).data.rows;
    a.forEach((r, i) => {
      if (typeof r.computeFactor === 'number') expect(r.computeFactor / (b[i].computeFactor as number)).toBeCloseTo(1, 9);
    });
    expect(a[0].params).not.toBe(b[0].params);
  });

  it('reads in Chinese', () => {
    expect(readout(render({}, 'zh'), /额外数据与计算/)).toBe('数据 2.42×，计算 1.21×（多 21%）');
  });
  it('model (no DOM): k = 2 at the Gopher budget under eq. (2)/(4) with the unrounded eq. (10) constants needs 2.42× the data and 1.21× the compute; k* = (1 + α/β)^(1/α) = 10.1, 10.4 as printed, 6.83 for Besiroglu 2024', () => {
    const m = def.model(defaultsOf(def.params) as never);
    expect(m.chosen.r.feasible).toBe(true);
    if (!m.chosen.r.feasible) return;
    expect(m.chosen.r.dataFactor).toBeCloseTo(2.42, 2);
    expect(m.chosen.r.computeFactor).toBeCloseTo(1.21, 2);
    expect(m.chosen.r.optimal.params / 1e9).toBeCloseTo(40.4, 1);
    const kStar = Object.fromEntries(m.stars.map((s) => [s.key, s.kStar]));
    expect(kStar.hoffmann2022).toBeCloseTo(10.1, 1);
    expect(kStar.hoffmann2022Rounded).toBeCloseTo(10.4, 1);
    expect(kStar.besiroglu2024).toBeCloseTo(6.83, 2);
    // Every drawn point is feasible and below k*.
    for (const c of m.curves) expect(c.k).toBeLessThan(kStar[c.key]);
  });

  it('readouts, table and warnings from the Chinese catalogue: 额外数据与计算, k* 10.1×, 达不到 beyond k*', () => {
    const t = messagesOf(def, 'zh') as typeof en;
    const m = def.model(defaultsOf(def.params) as never);
    const r = def.readouts!(m, { lang: 'zh', t });
    expect(r[0]).toEqual({ label: '计算最优（5.76×10²³ FLOPs）', value: '404亿 参数，2.38万亿 词元，损失 1.918 奈特' });
    expect(r[2]).toEqual({ label: '额外数据与计算', value: '数据 2.42×，计算 1.21×（多 21%）', tone: 'normal' });
    expect(r[3]).toEqual({ label: '数据不再能弥补的倍数 k*', value: '10.1×' });
    const far = def.model({ ...defaultsOf(def.params), k: 15 } as never);
    expect(def.warnings!(far, { lang: 'zh', t })).toEqual(['k = 15 超过了 k* = 10.1：这么小的模型即使有无限数据，损失也降不到目标值。']);
    const table = def.table(far, { lang: 'zh', t });
    expect(table.columns.map((c) => c.label)).toEqual(['系数', 'k', '参数量 N', '所需词元数', '数据倍数', '计算倍数']);
    expect(table.rows.find((row) => row.k === 20 && row.law === 'Hoffmann 2022')!.computeFactor).toBe('达不到');
  });
});
