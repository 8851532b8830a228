import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/training-envelope';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import type en from '../../../src/i18n/figures/en/training-envelope';

const render = (values: Record<string, AnyValue>, lang: 'en' | 'zh' = 'en') =>
  renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang).output;
const exponentA = (out: ReturnType<typeof render>) => Number(/a = (\d\.\d+)/.exec(out.readouts![0].value)![1]);

describe('training-envelope figure (Hoffmann et al. 2022 §3.1, Fig. 2; Approach 1, schematic)', () => {
  it('is labelled schematic and defaults to models from 70M to 10B (§3.1: "70M to over 10B")', () => {
    expect(def.schematic).toBe(true);
    expect(def.params.modelRange.default).toEqual([7e7, 1e10]);
  });

  it('with 9 sizes the envelope gives a = 0.453, within 0.01 of the closed form 0.4565 of the law that drew it', () => {
    const out = render({});
    expect(Math.abs(exponentA(out) - 0.4565)).toBeLessThan(0.01);
    expect(out.readouts![0].value).toContain('closed form (Hoffmann 2022) a = 0.4565');
    expect(out.warnings).toEqual([]);
  });

  it('more model sizes bring the exponent read from the envelope closer to the closed form', () => {
    const few = Math.abs(exponentA(render({ sizes: 4 })) - 0.4565);
    const many = Math.abs(exponentA(render({ sizes: 24 })) - 0.4565);
    expect(many).toBeLessThan(few);
    expect(many).toBeLessThan(0.005);
  });

  it('warns when the envelope is pinned to the smallest or largest model at the ends of the FLOP range', () => {
    expect(render({ flopRange: [1e16, 1e22] }).warnings!.join(' ')).toContain('smaller than the smallest model');
    expect(render({ flopRange: [1e18, 1e25] }).warnings!.join(' ')).toContain('larger than the largest model');
  });

  it('keeps the data table under 150 rows even with 24 sizes', () => {
    expect(render({ sizes: 24 }).data.rows.length).toBeLessThanOrEqual(150);
  });
  it('model (no DOM): Approach 1 (§3.1, Fig. 2) on eq. (2) with the unrounded eq. (10) constants — the envelope’s exponents a ≈ 0.453, b ≈ 0.547 sit within 0.01 of eq. (4)’s β/(α+β) = 0.4565 and α/(α+β) = 0.5435', () => {
    const m = def.model(defaultsOf(def.params) as never);
    expect(m.curves).toHaveLength(9);
    expect(m.closed.a).toBeCloseTo(0.4565, 4);
    expect(m.closed.b).toBeCloseTo(0.5435, 4);
    expect(Math.abs(m.envelope.params!.exponent - m.closed.a)).toBeLessThan(0.01);
    expect(Math.abs(m.envelope.tokens!.exponent - m.closed.b)).toBeLessThan(0.01);
    // The envelope's model size never shrinks as compute grows, and the steps cover the FLOP range.
    const sizes = m.envelope.points.map((p) => p.params);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThanOrEqual(sizes[i - 1]);
    expect(m.flops).toEqual([1e18, 1e22]);
    expect(m.pinnedLow || m.pinnedHigh).toBe(false);
  });

  it('readouts, table and warnings from the Chinese catalogue: 从包络读出的指数, 闭式（Hoffmann 2022）a = 0.4565, 下包络 rows', () => {
    const t = messagesOf(def, 'zh') as typeof en;
    const m = def.model(defaultsOf(def.params) as never);
    const r = def.readouts!(m, { lang: 'zh', t });
    expect(r[0].label).toBe('从包络读出的指数');
    expect(r[0].value).toMatch(/^a = 0\.\d{3}，b = 0\.\d{3}；闭式（Hoffmann 2022）a = 0\.4565，b = 0\.5435$/);
    expect(r[1].label).toBe('1×10²² FLOPs 时包络上的模型');
    expect(r[1].value).toMatch(/ 参数、.+ 词元、损失 .+；闭式最优 .+ 参数$/);
    const table = def.table(m, { lang: 'zh', t });
    expect(table.columns.map((c) => c.label)).toEqual(['曲线', '训练计算量 C（FLOPs）', '参数量 N', '词元数 D', '损失（奈特/词元）']);
    expect(table.rows.some((row) => row.series === '下包络')).toBe(true);
    const pinned = def.model({ ...defaultsOf(def.params), flopRange: [1e16, 1e22] } as never);
    expect(def.warnings!(pinned, { lang: 'zh', t })[0]).toMatch(/^在计算量范围的低端，最优模型比最小的模型还小/);
  });
});
