import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/training-envelope';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';

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
});
