import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/approach-table';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';

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
