import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/isoflop';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, readState, type AnyValue } from '../../../src/figures/lib/params';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import type en from '../../../src/i18n/figures/en/isoflop';
import { chinchillaTipWords } from '../../../src/figures/lib/chinchilla-tips';

const render = (values: Record<string, AnyValue>, lang: 'en' | 'zh' = 'en') =>
  renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang).output;
const readout = (out: ReturnType<typeof render>, start: string) => out.readouts!.find((r) => r.label.startsWith(start))!.value;
/** The first number in a readout, e.g. "0.4565; closed form …" → 0.4565. */
const firstNumber = (text: string) => Number(/\d+(\.\d+)?/.exec(text.replace(/,/g, ''))![0]);

describe('isoflop figure (Hoffmann et al. 2022 §3.2, Fig. 3; Approach 2)', () => {
  it('defaults: Approach 2’s budgets 6e18 … 3e21 (§3.2) and the unrounded law', () => {
    expect(def.params.budgets.default).toEqual([6e18, 3e19, 1e20, 3e20, 1e21, 3e21]);
    expect(def.params.law.default).toBe('hoffmann2022');
    expect(def.params.law.options.map((o) => o.value)).toEqual(['hoffmann2022', 'hoffmann2022Rounded', 'besiroglu2024']);
  });

  it('the power law through the parabola vertices recovers the closed-form a = 0.4565 of eq. (4) with the unrounded constants (abs 1e-4)', () => {
    const out = render({});
    const a = firstNumber(readout(out, 'Exponent a fitted'));
    expect(Math.abs(a - 0.4565)).toBeLessThan(1e-4);
    expect(readout(out, 'Exponent a fitted')).toContain('closed form β/(α+β) = 0.4565');
    expect(firstNumber(readout(out, 'Data exponent b'))).toBeCloseTo(0.5435, 4);
  });

  it('with the rounded eq. (10) constants the vertices give a = 0.4516 (0.45, not the printed 0.46); Epoch’s refit gives 0.5126', () => {
    expect(firstNumber(readout(render({ law: 'hoffmann2022Rounded' }), 'Exponent a fitted'))).toBeCloseTo(0.4516, 4);
    expect(firstNumber(readout(render({ law: 'besiroglu2024' }), 'Exponent a fitted'))).toBeCloseTo(0.5126, 4);
  });

  it('N_opt at the largest budget 3e21: parabola vertex 3.78B, closed form 3.66B (the vertex sits 3% high over ±1 decade)', () => {
    const text = readout(render({}), 'N_opt at the largest budget');
    expect(text).toContain('parabola vertex 3.78B');
    expect(text).toContain('closed form 3.66B');
  });

  it('projected to the Gopher budget 5.76e23 (Fig. 3): the power law through the vertices gives 41.7B, the closed form 40.4B (Fig. 4 caption "40B")', () => {
    const text = readout(render({}), 'Projected to 5.76×10²³ FLOPs');
    expect(text).toContain('the power law gives N_opt 41.7B');
    expect(text).toContain('closed form 40.4B');
    expect(def.params.target.default).toBe(5.76e23);
  });

  it('the URL ?isoflop.budgets=1e19,1e21&isoflop.law=besiroglu2024 works: two curves, a = 0.5126, no notices', () => {
    const { values, notices } = readState(def.params, 'isoflop.budgets=1e19,1e21&isoflop.law=besiroglu2024', 'isoflop.');
    expect(notices).toEqual([]);
    expect(values.budgets).toEqual([1e19, 1e21]);
    const out = render(values as Record<string, AnyValue>);
    expect(firstNumber(readout(out, 'Exponent a fitted'))).toBeCloseTo(0.5126, 4);
    expect(out.data.rows.filter((r) => r.kind === 'parabola vertex')).toHaveLength(2);
    expect(out.warnings).toEqual([]);
  });

  it('a typed duplicate budget is drawn once and, alone, says a power law needs two budgets', () => {
    const out = render({ budgets: [1e21, 1e21] });
    expect(out.warnings!.some((w) => w.includes('two different budgets'))).toBe(true);
    expect(out.readouts!.some((r) => r.label.startsWith('Exponent a fitted'))).toBe(false);
  });

  it('warns when a budget lies outside the paper’s IsoFLOP runs (6e18 … 3e21 FLOPs, §3.2)', () => {
    expect(render({ budgets: [1e19, 1e24] }).warnings!.join(' ')).toContain('1×10²⁴');
    expect(render({ budgets: [1e19, 1e21] }).warnings).toEqual([]);
  });

  it('speaks Chinese: 37.8亿 at 3e21, labels in Chinese', () => {
    const out = render({}, 'zh');
    expect(readout(out, '最大预算')).toContain('抛物线顶点 37.8亿');
  });

  it('model (no DOM): eq. (4) with the unrounded eq. (10) constants, a = β/(α+β) = 0.4565; the vertices give 0.4565 and project 41.7B at Gopher’s 5.76e23 (Fig. 3), closed form 40.4B', () => {
    const m = def.model(defaultsOf(def.params) as never);
    expect(m.curves.map((c) => c.flops)).toEqual([6e18, 3e19, 1e20, 3e20, 1e21, 3e21]);
    expect(m.closedA).toBeCloseTo(0.4565, 4);
    expect(Math.abs(m.fitted!.params.exponent - 0.4565)).toBeLessThan(1e-4);
    expect(m.fitted!.tokens.exponent).toBeCloseTo(0.5435, 4);
    expect(m.projected!.params / 1e9).toBeCloseTo(41.7, 1);
    expect(m.targetOptimum.params / 1e9).toBeCloseTo(40.4, 1);
    // Each parabola vertex sits within 5% of the closed-form optimum of its budget (±1 decade of sizes).
    for (const c of m.curves) expect(Math.abs(c.minimum.params / c.closedForm.params - 1)).toBeLessThan(0.05);
    expect(m.outside).toEqual([]);
  });

  it('readouts and table from the Chinese catalogue: 指数 0.4565（Hoffmann 2022）, 幂律给出 N_opt 417亿, 抛物线顶点 rows', () => {
    const t = messagesOf(def, 'zh') as typeof en;
    const m = def.model(defaultsOf(def.params) as never);
    const readouts = def.readouts!(m, { lang: 'zh', t });
    expect(readouts[0]).toEqual({ label: '穿过顶点拟合的指数 a（N_opt ∝ C^a）', value: '0.4565；闭式 β/(α+β) = 0.4565（Hoffmann 2022）' });
    expect(readouts[2].label).toBe('外推到 5.76×10²³ FLOPs（星号）');
    expect(readouts[2].value).toMatch(/^幂律给出 N_opt 417亿，D_opt .+ 词元；闭式 404亿$/);
    const table = def.table(m, { lang: 'zh', t });
    expect(table.columns.map((c) => c.label)).toEqual(['预算 C（FLOPs）', '点', '参数量 N', '词元数 D', '损失（奈特/词元）']);
    expect(table.rows.filter((r) => r.kind === '抛物线顶点')).toHaveLength(6);
    const warnings = def.warnings!(def.model({ ...defaultsOf(def.params), budgets: [1e17, 1e19, 1e24] } as never), { lang: 'zh', t });
    expect(warnings).toEqual(['预算 1×10¹⁷、1×10²⁴ 超出论文 IsoFLOP 实验的范围（6×10¹⁸ 到 3×10²¹ FLOPs，§3.2），这里的曲线是损失律的外推。']);
  });

  it('the three-line hover tip (lib/chinchilla-tips) reads budget, size and loss from the catalogue, in Chinese', () => {
    expect(chinchillaTipWords(messagesOf(def, 'zh') as typeof en)).toEqual({ flops: '训练计算量 C（FLOPs）', params: '参数量 N', loss: '损失（奈特/词元）' });
  });
});
