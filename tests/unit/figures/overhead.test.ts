import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/overhead';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';

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
});
