import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/approach-table';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';
import { messagesOf } from '../../../src/figures/lib/catalogue';

const render = (values: Record<string, AnyValue>, lang: 'en' | 'zh' = 'en') => renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
const row = (out: ReturnType<typeof render>['output'], start: string) => out.data.rows.find((r) => String(r.label).startsWith(start))!;

describe('approach-table figure (Hoffmann et al. 2022 Table 2, Table 3, Table A3, eq. 4)', () => {
  it('shows Table 2 as printed: 0.46 / 0.54 for Approach 3, with intervals (0.454, 0.455) and (0.542, 0.543)', () => {
    const { html, output } = render({});
    const a3 = row(output, 'Approach 3 · parametric');
    expect(a3.printedA).toBe('0.46');
    expect(a3.printedB).toBe('0.54');
    expect(a3.intervalA).toBe('0.454–0.455');
    expect(a3.intervalB).toBe('0.542–0.543');
    expect(html).toContain('0.46 †');
    expect(html).toContain('(0.454, 0.455)');
  });

  it('recomputes 0.4516 for the rounded eq. (10) constants and 0.4565 for the TeX constants (facts §2d), 0.5126 for Epoch', () => {
    const { html, output } = render({});
    expect(row(output, 'Approach 3 · eq (4), printed').recomputedA as number).toBeCloseTo(0.4516, 4);
    expect(row(output, 'Approach 3 · eq (4), TeX').recomputedA as number).toBeCloseTo(0.4565, 4);
    expect(row(output, 'Epoch').recomputedA as number).toBeCloseTo(0.5126, 4);
    for (const text of ['0.4516', '0.4565', '0.5126', '0.4981', '0.4899']) expect(html).toContain(`>${text}<`);
  });

  it('at 2 significant digits the rounded constants read 0.45 against the printed 0.46; the TeX constants read 0.46', () => {
    const { html } = render({ digits: 2 });
    expect(html).toContain('>0.45<');
    expect(html).toContain('>0.46<');
    expect(html).toContain('>0.50<'); // Approach 1: 0.4981 → 0.50, as Table 2 prints it
  });

  it('the b view shows 0.54 printed against 0.5484 (rounded) and 0.5435 (TeX)', () => {
    const { html } = render({ exponent: 'b' });
    expect(html).toContain('>0.5484<');
    expect(html).toContain('>0.5435<');
  });

  it('marks the Table A3 175B typo (1.26e24 printed, 1.26e25 meant) and shows it barely moves a: 0.4586 / 0.4581 / 0.4587', () => {
    const text = render({}).output.readouts!.find((r) => r.label === 'The typo in Table A3')!.value;
    expect(text).toContain('1.26×10²⁴');
    expect(text).toContain('1.26×10²⁵');
    expect(text).toContain('0.4586 / 0.4581 / 0.4587');
    expect(row(render({ typo: 'printed' }).output, 'Approach 3 · parametric').recomputedA as number).toBeCloseTo(0.4581, 4);
  });

  it('explains why 0.46 and not 0.45', () => {
    const text = render({}).output.readouts!.find((r) => r.label === 'Why 0.46 and not 0.45')!.value;
    expect(text).toContain('0.28/0.62 = 0.4516');
    expect(text).toContain('0.4565');
  });
});

describe('approach-table model and words, without a DOM', () => {
  const defaults = defaultsOf(def.params);

  it('model(): Hoffmann et al. 2022 Table 2 prints a = 0.46 (0.454, 0.455) for Approach 3; eq. (4) gives 0.4516 with the eq. (10) constants and 0.4565 with the TeX ones, outside that interval (†); Table A3 fits 0.4586 / 0.4581 / 0.4587', () => {
    const m = def.model(defaults);
    const a3 = m.rows.find((r) => r.id === 'approach3')!;
    expect(a3.printed).toBe(0.46);
    expect(a3.interval).toEqual([0.454, 0.455]);
    expect(a3.excludesOwn).toBe(true);
    expect(m.rounded).toBeCloseTo(0.28 / 0.62, 10);
    expect(m.tex.a).toBeCloseTo(0.4565, 4);
    expect(m.tex.b).toBeCloseTo(0.5435, 4);
    expect(m.fits.map((x) => x.toFixed(4))).toEqual(['0.4586', '0.4581', '0.4587']);
    expect(m.a3Flops).toEqual({ printed: 1.26e24, corrected: 6 * 175e9 * 12e12 });
    const b = def.model({ ...defaults, exponent: 'b' });
    expect(b.rows.find((r) => r.id === 'approach3Rounded')!.recomputed).toBeCloseTo(0.5484, 4);
    expect(b.rows.find((r) => r.id === 'kaplan')!.printed).toBe(0.27); // Kaplan et al. 2020 Table 6: D ∝ C^0.27
  });

  it('readouts and table in Chinese from the catalogue: 原文式（10）… 0.4516, 175B 一行, 方法三 · 参数化拟合', () => {
    const t = messagesOf(def, 'zh') as Parameters<NonNullable<typeof def.readouts>>[1]['t'];
    const m = def.model({ ...defaults, typo: 'corrected' });
    const r = def.readouts!(m, { lang: 'zh', t });
    expect(r.map((x) => x.label)).toEqual(['为什么是 0.46 而不是 0.45', '原文表 A3 的印刷错误', '† 方法三的区间']);
    expect(r[0].value).toContain('a = 0.28/0.62 = 0.4516，四舍五入为 0.45');
    expect(r[1].value).toContain('改正后时 a = 0.4587（三种处理：0.4586 / 0.4581 / 0.4587）');
    const table = def.table(m, { lang: 'zh', t });
    const a3 = table.rows.find((x) => x.label === '方法三 · 参数化拟合')!;
    expect(a3).toMatchObject({ printedA: '0.46', intervalA: '0.454–0.455', method: '拟合原文表 A3（9 行，175B 已改正）' });
    expect(table.columns[0].label).toBe('来源');
  });
});
