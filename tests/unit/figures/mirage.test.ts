import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/mirage';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, readState, type AnyValue } from '../../../src/figures/lib/params';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import type zhMessages from '../../../src/i18n/figures/zh/mirage';

function render(values: Record<string, AnyValue>, lang: 'zh' | 'en' = 'en') {
  return renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
}

describe('mirage: Schaeffer, Miranda & Koyejo 2023 §2, Fig. 2', () => {
  it('keeps its published parameters and URL names (answerTokens, alpha, c) first and in order', () => {
    expect(Object.keys(def.params).slice(0, 3)).toEqual(['answerTokens', 'alpha', 'c']);
    const { values, notices } = readState(def.params, 'mirage.answerTokens=12&mirage.alpha=-0.5&mirage.c=2e8', 'mirage.');
    expect(notices).toEqual([]);
    expect([values.answerTokens, values.alpha, values.c]).toEqual([12, -0.5, 2e8]);
    expect([values.testItems, values.accuracyAxis]).toEqual([100, 'linear']);
  });

  it('readout at N = 10B with the defaults (c = 1e8, α = −0.3, L = 5): loss (N/c)^α = 0.251 nats, exact match e^(−5·0.251) = 28.5%, edit distance 5(1 − e^(−0.251)) = 1.11 (§2)', () => {
    const { output } = render({});
    expect(output.readouts![0]).toEqual({ label: 'At N = 10B', value: 'loss 0.251 nats, exact match 28.5%, edit distance 1.11' });
  });

  it('resolution 1/n (§2): exact match first clears 1/100 at the first grid size above N* = c·(ln n / L)^(1/α) ≈ 1.315e8', () => {
    const nStar = 1e8 * (Math.log(100) / 5) ** (1 / -0.3);
    expect(Math.abs(nStar / 1.315e8 - 1)).toBeLessThan(1e-3);
    const { output, html } = render({});
    // Grid: 57 log-spaced sizes 1e6…1e13, i.e. steps of 10^0.125; the first one above N* is 10^8.125 = 1.33e8 → "130M".
    expect(output.readouts![1].value).toMatch(/^at about N = 130M;/);
    expect(10 ** 8.125).toBeGreaterThan(nStar);
    expect(10 ** 8).toBeLessThan(nStar);
    expect(html).toContain('1/n = 1%');
    const zh = render({ testItems: 1000 }, 'zh').output;
    expect(zh.readouts![1].label).toBe('完全匹配首次超过 1/n（n = 1,000）');
  });

  it('the log accuracy axis shows the same model: no NaN, the resolution line moves with n, the other panels do not change', () => {
    const lin = render({ testItems: 1000 });
    const log = render({ testItems: 1000, accuracyAxis: 'log' });
    expect(log.html).toContain('1/n = 0.1%');
    expect(log.html).not.toBe(lin.html);
    expect(log.output.data).toEqual(lin.output.data);
    const panels = (html: string) => html.split('<svg').slice(1);
    expect(panels(log.html)[0]).toBe(panels(lin.html)[0]);
    expect(panels(log.html)[2]).toBe(panels(lin.html)[2]);
  });

  it('says so when exact match never clears 1/n between 1M and 10T parameters', () => {
    const { output } = render({ c: 1e12, alpha: -0.02, answerTokens: 50, testItems: 1e6 });
    expect(output.readouts![1].value).toBe('not between 1M and 10T');
  });
});

describe('mirage: model and words apart (no DOM, no Plot)', () => {
  const defaults = defaultsOf(def.params);

  it('model(): Schaeffer et al. 2023 §2 / Fig. 2 — loss (N/c)^α, exact match exp(−L·loss), edit distance L·(1 − exp(−loss)) at every size', () => {
    const m = def.model(defaults);
    expect(m.points).toHaveLength(57);
    expect(m.points[0].params).toBe(1e6);
    expect(m.points[56].params).toBeCloseTo(1e13, -1);
    for (const p of m.points) {
      const loss = (p.params / 1e8) ** -0.3;
      expect(p.loss).toBeCloseTo(loss, 12);
      expect(p.accuracy).toBeCloseTo(Math.exp(-5 * loss), 12);
      expect(p.editDistance).toBeCloseTo(5 * (1 - Math.exp(-loss)), 12);
    }
    // Resolution 1/n (§2, cause 2) and the first size above it: 10^8.125 (N* = c·(ln 100 / 5)^(1/α) ≈ 1.315e8).
    expect(m.resolution).toBe(0.01);
    expect(m.resolved!.params / 10 ** 8.125).toBeCloseTo(1, 12);
    expect(m.at.params / 1e10).toBeCloseTo(1, 12);
    expect(m.at.loss).toBeCloseTo(0.251189, 6);
    expect(m.logAxis).toBe(false);
    expect(def.model({ ...defaults, accuracyAxis: 'log' }).points).toEqual(m.points);
  });

  it('readouts and table in Chinese from the catalogue (messagesOf(def, "zh")): 损失 0.251 奈特，完全匹配 28.5%', () => {
    const t = messagesOf(def, 'zh') as typeof zhMessages;
    const m = def.model({ ...defaults, testItems: 1000 });
    const r = def.readouts!(m, { lang: 'zh', t });
    expect(r[0]).toEqual({ label: 'N = 100亿 时', value: '损失 0.251 奈特，完全匹配 28.5%，编辑距离 1.11' });
    expect(r[1].label).toBe('完全匹配首次超过 1/n（n = 1,000）');
    expect(r[1].value).toMatch(/^约在 N = .+ 处；更小的模型在 1,000 道题上平均答对不到一道，通常记为 0$/);
    const table = def.table(m, { lang: 'zh', t });
    expect(table.columns.map((c) => c.label)).toEqual(['参数量 N', '每词元损失（奈特）', '完全匹配准确率', '词元编辑距离']);
    const never = def.readouts!(def.model({ ...defaults, c: 1e12, alpha: -0.02, answerTokens: 50, testItems: 1e6 }), { lang: 'zh', t });
    expect(never[1].value).toBe('在 100万 到 10万亿 之间没有超过');
  });
});
