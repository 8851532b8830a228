import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/mirage';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, readState, type AnyValue } from '../../../src/figures/lib/params';

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
