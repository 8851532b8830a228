import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/gradient-noise';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';

function render(values: Record<string, AnyValue>, lang: 'zh' | 'en' = 'en') {
  return renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
}
const degrees = (text: string) => Number(/([\d.]+)°/.exec(text)![1]);

describe('gradient-noise: a schematic of Kaplan et al. 2020 §5.1 (noise ∝ 1/√B)', () => {
  it('is marked schematic and says so in its caption, in both languages', () => {
    expect(def.schematic).toBe(true);
    expect(def.strings.en.caption).toMatch(/schematic/i);
    expect(def.strings.zh.caption).toMatch(/示意图/);
  });

  it('is deterministic for a seed and changes with the seed', () => {
    expect(render({ seed: 7 }).html).toBe(render({ seed: 7 }).html);
    expect(render({ seed: 8 }).html).not.toBe(render({ seed: 7 }).html);
  });

  it('draws 12 estimates per batch (24 table rows) and the true direction', () => {
    const { output, html } = render({});
    expect(output.data.rows).toHaveLength(24);
    expect(output.data.rows.filter((r) => r.batch === 4)).toHaveLength(12);
    expect(html).toContain('Small batch B = 4');
    expect(html).toContain('Large batch B = 64');
  });

  it('defaults (B = 4 vs 64, seed 1): the large batch’s angles are ≈4× tighter, as √(64/4) = 4 predicts', () => {
    const r = render({}).output.readouts!;
    const small = degrees(r[0].value);
    const large = degrees(r[1].value);
    expect(small / large).toBeGreaterThan(3);
    expect(small / large).toBeLessThan(5.5);
    expect(r[0].value).toContain('σ/√B predicts 29°');
    expect(r[1].value).toContain('σ/√B predicts 7.2°');
    expect(r[2].value).toMatch(/; √\(64\/4\) = 4$/);
  });

  it('over 30 seeds a 16× larger batch always has the smaller spread', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const r = render({ seed, smallBatch: 8, largeBatch: 128 }).output.readouts!;
      expect(degrees(r[1].value), `seed ${seed}`).toBeLessThan(degrees(r[0].value));
    }
  });

  it('warns when the “small” batch is not smaller', () => {
    expect(render({}).output.warnings).toEqual([]);
    expect(render({ smallBatch: 64, largeBatch: 64 }).output.warnings).toHaveLength(1);
  });
});
