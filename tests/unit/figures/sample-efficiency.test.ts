import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/sample-efficiency';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, readState, type AnyValue } from '../../../src/figures/lib/params';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import type { Messages } from '../../../src/figures/sample-efficiency';
import { sampleEfficiencyCurve } from '../../../src/engine';

const render = (query = '', lang: 'en' | 'zh' = 'en') => renderToString(def, readState(def.params, query, '').values as Record<string, AnyValue>, lang).output;

describe('sample-efficiency figure (Kaplan et al. 2020 Fig. 2; eq 1.6 with Table 3, eqs 5.3–5.4, batch 2^19)', () => {
  it('default readouts at L = 3.5: 1.5B needs 1.71B tokens, 100M 3.59B, 10M 26.3B, 1M never (converged loss 4.00 nats, Table 3)', () => {
    const values = render().readouts!.map((r) => `${r.label} ${r.value}`);
    expect(values).toEqual([
      'N = 1M: to reach L = 3.5 never: its converged loss is 4 nats',
      'N = 10M: to reach L = 3.5 needs 26.3B tokens (50,100 steps)',
      'N = 100M: to reach L = 3.5 needs 3.59B tokens (6,840 steps)',
      'N = 1.5B: to reach L = 3.5 needs 1.71B tokens (3,260 steps)',
    ]);
  });

  it('at every number of tokens in the table a larger model has the lower loss (Fig. 2)', () => {
    const sizes = [1e5, 1e6, 1e7, 1e8, 1e9, 1e10];
    const rows = render(`sizes=${sizes.join(',')}`).data.rows;
    const tokens = [...new Set(rows.map((r) => r.tokens as number))];
    expect(tokens.length).toBeGreaterThan(10);
    for (const t of tokens) {
      const losses = sizes.map((n) => rows.find((r) => r.params === n && r.tokens === t)!.loss as number);
      losses.slice(1).forEach((l, i) => expect(l).toBeLessThan(losses[i]));
    }
  });

  it('the plotted data are the engine’s learning curves at batch 2^19 (sampleEfficiencyCurve)', () => {
    const rows = render('sizes=1e8').data.rows;
    for (const r of rows) {
      const [pt] = sampleEfficiencyCurve(1e8, [r.tokens as number]);
      expect(r.loss).toBe(pt.loss);
      expect(r.steps).toBe((r.tokens as number) / 2 ** 19);
    }
  });

  it('without the batch correction the same model gets there sooner (S = S_min)', () => {
    const withFix = render('sizes=1e8').readouts![0].value;
    const without = render('sizes=1e8&adjust=0').readouts![0].value;
    expect(withFix).toBe('needs 3.59B tokens (6,840 steps)');
    expect(without).toBe('needs 1.77B tokens (3,380 steps)');
  });

  it('warns for sizes outside Kaplan’s 768 to 1.5B (§3), not for those inside; zh readouts use 亿', () => {
    expect(render().warnings).toEqual([]);
    expect(render('sizes=1e3,1e9,1e10,1e11').warnings![0]).toMatch(/^10B, 100B lie outside the sizes Kaplan trained/);
    expect(render('sizes=1.5e9', 'zh').readouts![0].value).toBe('需要 17.1亿 个词元（3,260 步）');
  });

  it('a crossing inside the 3,000-step warm-up says the fit does not apply there (§5.2)', () => {
    expect(render('sizes=1e9&targetLoss=5').readouts![0].value).toMatch(/inside the warm-up/);
  });

  it('model (no DOM): eq 1.6 with Table 3 — converged loss (N_c/N)^α_N and, without the batch correction, S = S_c/(L − (N_c/N)^α_N)^(1/α_S)', () => {
    const m = def.model({ targetLoss: 3.5, sizes: [1e6, 1e8], adjust: false });
    const conv = (n: number) => (6.5e13 / n) ** 0.077;
    expect(m.crossings[0].converged).toBeCloseTo(conv(1e6), 6);
    expect(m.crossings[0].crossing).toBeFalsy();
    const steps = 2.1e3 / (3.5 - conv(1e8)) ** (1 / 0.76);
    const got = m.crossings[1].crossing!;
    expect(Math.abs(got.steps - steps) / steps).toBeLessThan(1e-6);
    expect(got.tokens).toBeCloseTo(got.steps * 2 ** 19, 0);
    expect(m.onPlot).toEqual([{ params: 1e8, tokens: got.tokens }]);
    expect(m.outside).toEqual([]);
    // With the critical-batch correction (eq 5.4) the same model needs more steps.
    expect(def.model({ targetLoss: 3.5, sizes: [1e8], adjust: true }).crossings[0].crossing!.steps).toBeGreaterThan(got.steps);
  });

  it('readouts, table and warnings in Chinese from the catalogue (Fig. 2, Table 3)', () => {
    const t = messagesOf(def, 'zh') as Messages;
    const m = def.model({ ...defaultsOf(def.params), sizes: [1e6, 1e8, 1e10] });
    expect(def.readouts!(m, { lang: 'zh', t })).toEqual([
      { label: 'N = 100万：达到 L = 3.5', value: '永远达不到：它的收敛损失是 4 奈特' },
      { label: 'N = 1亿：达到 L = 3.5', value: '需要 35.9亿 个词元（6,840 步）' },
      expect.objectContaining({ label: 'N = 100亿：达到 L = 3.5' }),
    ]);
    expect(def.table(m, { lang: 'zh', t }).columns.map((c) => c.label)).toEqual(['参数量 N', '已处理词元数', '训练步数（批量大小 524,288 词元）', '损失（奈特/词元）']);
    expect(def.warnings!(def.model({ ...defaultsOf(def.params), sizes: [1e10, 1e11] }), { lang: 'zh', t })).toEqual([
      '100亿、1000亿 超出了 Kaplan 训练过的规模（768 到 15 亿非嵌入参数，§3），这些曲线是外推。',
    ]);
    expect(def.readouts!(def.model({ targetLoss: 5, sizes: [1e9], adjust: true }), { lang: 'zh', t })[0].value).toMatch(/，落在预热阶段内，拟合不适用$/);
  });
});
