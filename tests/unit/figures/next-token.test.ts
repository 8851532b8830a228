import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/next-token';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, readState, type AnyValue } from '../../../src/figures/lib/params';
import { captionsOf, messagesOf } from '../../../src/figures/lib/catalogue';
import type zhMessages from '../../../src/i18n/figures/zh/next-token';

const render = (query = '', lang: 'en' | 'zh' = 'en') => renderToString(def, readState(def.params, query, '').values as Record<string, AnyValue>, lang).output;
const readout = (out: ReturnType<typeof render>, start: string) => out.readouts!.find((r) => r.label.startsWith(start))!.value;

describe('next-token figure (cross-entropy, bits, perplexity; Kaplan et al. 2020 §1.3)', () => {
  it('defaults: the actual token “tea” got 30% → −ln 0.3 = 1.204 nats = 1.737 bits, perplexity 1/0.3 = 3.33', () => {
    const out = render();
    expect(readout(out, 'Probability p of “tea”')).toBe('30%');
    expect(readout(out, 'Cross-entropy')).toBe('1.204 nats = 1.737 bits');
    expect(readout(out, 'Perplexity')).toBe('3.33');
  });

  it('a uniform guess among six tokens: ln 6 = 1.792 nats = log2 6 = 2.585 bits, perplexity 6', () => {
    const out = render('weights=1,1,1,1,1,1&target=4');
    expect(readout(out, 'Cross-entropy')).toBe('1.792 nats = 2.585 bits');
    expect(readout(out, 'Perplexity')).toBe('6');
  });

  it('weights are normalised (they need not sum to 100), and the table’s probabilities sum to 1', () => {
    const a = render('weights=2,1,1,0.5,0.3,0.2');
    const b = render('weights=40,20,20,10,6,4');
    expect(a.readouts).toEqual(b.readouts);
    const total = a.data.rows.reduce((s, r) => s + (r.probability as number), 0);
    expect(total).toBeCloseTo(1, 12);
    expect(a.data.rows.filter((r) => r.actual === 'yes')).toHaveLength(1);
  });

  it('a near-certain wrong guess is expensive: true token at 0.01 of 100 → −ln(1/10000.01…) ≈ 9.2 nats', () => {
    const out = render('weights=0.01,100,0.01,0.01,0.01,0.01&target=1');
    const nats = Number(readout(out, 'Cross-entropy').split(' ')[0]);
    expect(nats).toBeCloseTo(-Math.log(0.01 / 100.05), 2);
  });

  it('both languages: six candidates, the same order, the actual token highlighted; the chapter’s point is in the caption', () => {
    expect(def.params.target.options).toHaveLength(6);
    expect(defaultsOf(def.params).weights).toHaveLength(6);
    const zh = render('', 'zh');
    expect(zh.data.rows.map((r) => r.token)).toEqual(['咖啡', '茶', '热', '牛奶', '水', '豆浆']);
    expect(readout(zh, '交叉熵')).toBe('1.204 奈特 = 1.737 比特');
    expect(captionsOf(def, 'en').caption).toMatch(/averaged over all the tokens/);
    expect(captionsOf(def, 'zh').caption).toMatch(/取平均/);
    expect(def.schematic).toBe(true);
  });
});

describe('next-token figure: the loss for every candidate', () => {
  it('shows −ln p above each bar when asked (0.80 nats for coffee at 45%, 1.20 for tea at 30%)', () => {
    const off = renderToString(def, readState(def.params, '', '').values as Record<string, AnyValue>, 'en').html;
    const on = renderToString(def, readState(def.params, 'showLosses=1', '').values as Record<string, AnyValue>, 'en').html;
    expect(off).not.toContain('0.80 nats');
    expect(on).toContain('0.80 nats');
    expect(on).toContain('1.20 nats');
    expect(on).toContain('3.22 nats'); // cocoa at 4%: −ln 0.04
  });
});

describe('next-token figure: model and words apart (no DOM, no Plot)', () => {
  it('model(): the cross-entropy −ln p of Kaplan et al. 2020 §1.3 in nats, /ln 2 in bits, perplexity 1/p', () => {
    const m = def.model({ showLosses: false, target: '5', weights: [1, 2, 3, 4, 10, 0.5] });
    const p = 10 / 20.5;
    expect(m.target).toBe(4);
    expect(m.pTrue).toBeCloseTo(p, 15);
    expect(m.nats).toBeCloseTo(-Math.log(p), 12);
    expect(m.bits).toBeCloseTo(-Math.log2(p), 12);
    expect(m.perplexity).toBeCloseTo(1 / p, 12);
    expect(m.bars.map((b) => b.isTrue)).toEqual([false, false, false, false, true, false]);
    expect(m.bars.reduce((s, b) => s + b.probability, 0)).toBeCloseTo(1, 14);
    for (const b of m.bars) expect(b.loss).toBeCloseTo(-Math.log(b.probability), 12);
  });

  it('readouts and table in Chinese from the catalogue (messagesOf(def, "zh")): “茶” 30% → 1.204 奈特 = 1.737 比特', () => {
    const t = messagesOf(def, 'zh') as typeof zhMessages;
    const m = def.model(defaultsOf(def.params));
    expect(def.readouts!(m, { lang: 'zh', t })).toEqual([
      { label: '模型给“茶”的概率 p', value: '30%' },
      { label: '交叉熵 −ln p', value: '1.204 奈特 = 1.737 比特' },
      { label: '困惑度 e^(−ln p) = 1/p', value: '3.33' },
    ]);
    const table = def.table(m, { lang: 'zh', t });
    expect(table.rows.filter((r) => r.actual === '是').map((r) => r.token)).toEqual(['茶']);
    expect(t.params.target.options).toEqual({ 1: '“咖啡”', 2: '“茶”', 3: '“热”', 4: '“牛奶”', 5: '“水”', 6: '“豆浆”' });
  });
});
