import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/gradient-noise';
import { captionsOf, messagesOf } from '../../../src/figures/lib/catalogue';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';

function render(values: Record<string, AnyValue>, lang: 'zh' | 'en' = 'en') {
  return renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
}
const degrees = (text: string) => Number(/([\d.]+)°/.exec(text)![1]);

describe('gradient-noise: a schematic of Kaplan et al. 2020 §5.1 (noise ∝ 1/√B)', () => {
  it('is marked schematic and says so in its caption, in both languages', () => {
    expect(def.schematic).toBe(true);
    expect(captionsOf(def, 'en').caption).toMatch(/schematic/i);
    expect(captionsOf(def, 'zh').caption).toMatch(/示意图/);
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

  it('model (no DOM): 12 seeded estimates per batch; the σ/√B prediction of Kaplan et al. 2020 §5.1 / McCandlish et al. 2018 is 28.6° at B = 4 and 7.2° at B = 64', () => {
    const m = def.model({ smallBatch: 4, largeBatch: 64, seed: 1 });
    expect(m.result.small.estimates).toHaveLength(12);
    expect(m.result.large.estimates).toHaveLength(12);
    // σ = 1 per component: the RMS angle is σ/√B radians for small noise.
    expect(m.result.small.expectedSpreadDegrees).toBeCloseTo((0.5 * 180) / Math.PI, 10);
    expect(m.result.large.expectedSpreadDegrees).toBeCloseTo((0.125 * 180) / Math.PI, 10);
    expect(m.result.expectedRatio).toBe(4);
    expect(m.result.spreadRatio).toBeGreaterThan(3);
    expect(m.result.spreadRatio).toBeLessThan(5.5);
    expect(m.contours.length).toBe(4 * 29); // 28 points per closed ellipse, the first repeated
  });

  it('readouts and warnings in Chinese from the catalogue (messagesOf(def, "zh"))', () => {
    const t = messagesOf(def, 'zh') as Parameters<NonNullable<typeof def.readouts>>[1]['t'];
    const m = def.model({ smallBatch: 4, largeBatch: 64, seed: 1 });
    const r = def.readouts!(m, { lang: 'zh', t });
    expect(r[0].label).toBe('B = 4 的均方根偏角');
    expect(r[0].value).toMatch(/^[\d.]+°（σ\/√B 预测 29°）$/);
    expect(r[1].label).toBe('B = 64 的均方根偏角');
    expect(r[1].value).toContain('（σ/√B 预测 7.2°）');
    expect(r[2].label).toBe('偏角之比（小批量 / 大批量）');
    expect(r[2].value).toMatch(/；√\(64\/4\) = 4$/);
    expect(def.table(m, { lang: 'zh', t }).columns.map((c) => c.label)).toEqual(['批量大小 B', '第几次抽样', '与真实方向的夹角（度）', '梯度 x 分量', '梯度 y 分量']);
    expect(def.warnings!(def.model({ smallBatch: 64, largeBatch: 64, seed: 1 }), { lang: 'zh', t })).toEqual(['“小批量”不比“大批量”小：把两个批量大小对调一下，对比会更清楚。']);
  });
});
