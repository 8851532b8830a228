import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinchillaRuns } from '../../../src/data/chinchilla-runs';
import { approachPowerLaw } from '../../../src/engine/chinchilla-tables';
import { computeOptimal, LAWS, optimalLoss } from '../../../src/engine/chinchilla';
import { fitSlice, ISOFLOP_BUDGETS, residualsAgainstLaw, residualStatistics } from '../../../src/engine/isoflop-slices';
import { evaluatePowerLaw } from '../../../src/engine/stats';
import def, { runTip } from '../../../src/figures/chinchilla-runs';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import { type AnyValue, defaultsOf, readState } from '../../../src/figures/lib/params';
import { renderToString } from '../../../src/figures/lib/ssr';
import type en from '../../../src/i18n/figures/en/chinchilla-runs';

type Values = { law: string; x: string; budget: string; window: number };
const defaults = defaultsOf(def.params) as Values;
const model = (values: Partial<Values> = {}) => def.model({ ...defaults, ...values });
const render = (values: Partial<Values> = {}, lang: 'en' | 'zh' = 'en') => renderToString(def, { ...defaults, ...values } as Record<string, AnyValue>, lang).output;
const readout = (out: ReturnType<typeof render>, start: string) => {
  const r = out.readouts!.find((x) => x.label.startsWith(start));
  if (!r) throw new Error(`no readout "${start}" in ${out.readouts!.map((x) => x.label).join(' | ')}`);
  return r;
};
const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('chinchilla-runs: the 240 Fig. 4 runs (Epoch’s extraction, Besiroglu et al. 2024) against the laws', () => {
  it('defaults: the unrounded Hoffmann law, the compute axis, the 1e21 slice (one of §3.2’s nine budgets), ±0.05 decades', () => {
    expect(defaults).toEqual({ law: 'hoffmann2022', x: 'flops', budget: '1e21', window: 0.05 });
    expect(def.params.budget.options.map((o) => Number(o.value))).toEqual([...ISOFLOP_BUDGETS]);
    expect(def.params.law.options.map((o) => o.value)).toEqual(['hoffmann2022', 'hoffmann2022Rounded', 'besiroglu2024']);
    expect(def.home).toBe('chinchilla');
  });

  it('model() is plain data: all 240 runs, sorted by compute C = 6ND, each with its residual L − L̂ and its slice (no DOM needed)', () => {
    const m = model();
    expect(m.runs).toHaveLength(240);
    expect(JSON.parse(JSON.stringify(m.runs))).toEqual(m.runs);
    for (let i = 1; i < m.runs.length; i++) expect(m.runs[i].flops).toBeGreaterThanOrEqual(m.runs[i - 1].flops);
    // The first run of the data module: 1.73B params on 0.875B tokens, loss 3.396 (Epoch's CSV, row order kept).
    const first = m.runs.find((r) => r.params === chinchillaRuns[0].params && r.tokens === chinchillaRuns[0].tokens)!;
    expect(first.loss).toBe(chinchillaRuns[0].loss);
    expect(rel(first.flops, 6 * chinchillaRuns[0].params * chinchillaRuns[0].tokens)).toBeLessThan(1e-15);
    expect(first.residual).toBeCloseTo(first.loss - first.predicted, 15);
    expect(m.runs.filter((r) => r.slice === 1e21)).toHaveLength(16);
  });

  it('residual RMS per law over the 240 runs: Hoffmann unrounded 0.0302, rounded (eq. 10) 0.0526, Epoch refit 0.0218 nats', () => {
    const m = model();
    const byKey = Object.fromEntries(m.eachLaw.map((e) => [e.key, e.rms]));
    expect(byKey.hoffmann2022).toBeCloseTo(0.0302, 4);
    expect(byKey.hoffmann2022Rounded).toBeCloseTo(0.0526, 4);
    expect(byKey.besiroglu2024).toBeCloseTo(0.0218, 4);
    for (const e of m.eachLaw) expect(e.rms).toBe(residualStatistics(residualsAgainstLaw(LAWS[e.key], chinchillaRuns)).rms);
    expect(readout(render(), 'Residual RMS under each law').value).toBe('Hoffmann 2022 0.0302, Hoffmann 2022 (rounded) 0.0526, Besiroglu 2024 0.0218');
  });

  it('readouts name the chosen law’s residuals: RMS 0.0302, mean +0.00863 (Hoffmann); mean −0.0447 under the rounded constants', () => {
    expect(readout(render(), 'Residuals under Hoffmann 2022').value).toBe('RMS 0.0302 nats, mean +0.00863 nats, over 240 runs');
    expect(readout(render({ law: 'hoffmann2022Rounded' }), 'Residuals under').value).toBe('RMS 0.0526 nats, mean −0.0447 nats, over 240 runs');
    expect(readout(render({ law: 'besiroglu2024' }), 'Residuals under Besiroglu 2024').value).toContain('RMS 0.0218 nats');
  });

  it('§3.4: under Hoffmann’s fit the 217 runs up to 1e21 FLOPs have RMS 0.0313 nats, the 23 above 0.0172; under Epoch’s refit both ≈ 0.022', () => {
    expect(readout(render(), 'Runs up to 10²¹').value).toBe('RMS 0.0313 nats over 217 runs; 0.0172 nats over 23 runs');
    expect(readout(render({ law: 'besiroglu2024' }), 'Runs up to 10²¹').value).toBe('RMS 0.0218 nats over 217 runs; 0.0222 nats over 23 runs');
  });

  it('approach 2 on the 1e21 slice: 16 runs, vertex 2.83B (58.8B tokens); the laws predict 2.22B (Hoffmann), 1.82B (rounded), 2.78B (Epoch)', () => {
    expect(readout(render(), 'Slice at 1×10²¹ FLOPs (±0.05 decades)').value).toBe('16 runs; parabola vertex N_opt 2.83B (58.8B tokens); Hoffmann 2022 predicts 2.22B');
    expect(readout(render({ law: 'hoffmann2022Rounded' }), 'Slice at').value).toContain('predicts 1.82B');
    expect(readout(render({ law: 'besiroglu2024' }), 'Slice at').value).toContain('predicts 2.78B');
    const m = model();
    expect(m.lawOptimum.params).toBe(computeOptimal(LAWS.hoffmann2022, 1e21).params);
    expect(m.slice.fit!.params).toBe(fitSlice(chinchillaRuns, 1e21, 0.05).fit!.params);
  });

  it('every slice’s real vertex lies within 20% of the paper’s own approach 2 optima (Table A3 power law) from 3e19 up', () => {
    const table = approachPowerLaw(2);
    for (const budget of ['3e19', '6e19', '1e20', '3e20', '6e20', '1e21', '3e21']) {
      const fit = model({ budget }).slice.fit!;
      expect(rel(fit.params, evaluatePowerLaw(table.params, Number(budget))), budget).toBeLessThan(0.2);
    }
  });

  it('Table 2: a through the nine real vertices is 0.514, inside approach 2’s 10th–90th percentile interval (0.462, 0.534)', () => {
    const text = readout(render(), 'Exponent a through the 9 vertices').value;
    expect(text).toBe('0.514; Table 2, approach 2: 0.49 (10th–90th percentile 0.462–0.534); Hoffmann 2022: 0.4565');
    expect(readout(render({ law: 'besiroglu2024' }), 'Exponent a').value).toContain('Besiroglu 2024: 0.5126');
    const a = model().approach2.params!.exponent;
    expect(a).toBeGreaterThan(0.462);
    expect(a).toBeLessThan(0.534);
  });

  it('a slice too narrow for a parabola says so (6e18 at ±0.02 decades: 2 runs) and the power law uses the 8 others', () => {
    const out = render({ budget: '6e18', window: 0.02 });
    const r = readout(out, 'Slice at 6×10¹⁸');
    expect(r.value).toBe('2 runs; no parabola: fewer than three model sizes in the slice');
    expect(r.tone).toBe('warn');
    expect(readout(out, 'Exponent a through the 8 vertices').value).toMatch(/^0\.45;/);
    expect(out.warnings).toEqual([]);
  });

  it('the size axis draws the law’s IsoFLOP curve at each of the nine budgets; the compute axis its lowest loss L(N_opt(C), D_opt(C))', () => {
    const m = model({ x: 'params' });
    expect(m.x).toBe('params');
    expect(m.isoflops.map((c) => c.flops)).toEqual([...ISOFLOP_BUDGETS]);
    for (const c of m.isoflops) for (const p of c.points) expect(rel(6 * p.params * p.tokens, c.flops)).toBeLessThan(1e-12);
    // The frontier is the law's minimum at each C: the law's loss for every run lies on or above it (eq. 4).
    const f = model();
    expect(f.frontier.every((p, i) => i === 0 || p.loss < f.frontier[i - 1].loss)).toBe(true);
    for (const r of f.runs) expect(r.predicted).toBeGreaterThanOrEqual(optimalLoss(LAWS.hoffmann2022, r.flops) - 1e-12);
  });

  it('the URL ?chinchilla-runs.law=besiroglu2024&chinchilla-runs.budget=3e20&chinchilla-runs.x=params works without notices', () => {
    const { values, notices } = readState(
      def.params,
      'chinchilla-runs.law=besiroglu2024&chinchilla-runs.budget=3e20&chinchilla-runs.x=params&chinchilla-runs.window=0.08',
      'chinchilla-runs.',
    );
    expect(notices).toEqual([]);
    expect(values).toEqual({ law: 'besiroglu2024', budget: '3e20', x: 'params', window: 0.08 });
    const out = render(values as Values);
    expect(readout(out, 'Slice at 3×10²⁰ FLOPs (±0.08 decades)').value).toBe('16 runs; parabola vertex N_opt 1.68B (29.8B tokens); Besiroglu 2024 predicts 1.5B');
  });

  it('a budget that is not one of the nine falls back to 1e21 with a notice', () => {
    const { values, notices } = readState(def.params, 'chinchilla-runs.budget=5e20', 'chinchilla-runs.');
    expect(values.budget).toBe('1e21');
    expect(notices.map((n) => n.param)).toEqual(['budget']);
  });

  it('the data table lists the 240 runs with their slice, N, D, C, loss, the law’s loss and the residual', () => {
    const out = render();
    expect(out.data.rows).toHaveLength(240);
    expect(out.data.columns.map((c) => c.key)).toEqual(['slice', 'params', 'tokens', 'flops', 'loss', 'predicted', 'residual']);
    expect(out.data.rows.filter((r) => r.slice === '1×10²¹')).toHaveLength(16);
    expect(out.data.rows.filter((r) => r.slice === '—')).toHaveLength(240 - 134);
  });

  it('hover readouts name the run in the reader’s language and number style', () => {
    const run = model().runs.find((r) => r.slice === 1e21)!;
    const tipEn = runTip('en', messagesOf(def, 'en') as typeof en)(run);
    expect(tipEn).toContain('Parameters N: ');
    expect(tipEn).toContain('Tokens D: ');
    expect(tipEn).toMatch(/Compute 6ND \(FLOPs\): \d\.\d+×10²⁰|Compute 6ND \(FLOPs\): 1×10²¹|Compute 6ND \(FLOPs\): \d(\.\d+)?×10²¹/);
    expect(tipEn).toMatch(/Observed − law \(nats\): [+−]0\.\d+/);
    expect(tipEn).toContain('Slice: 1×10²¹');
    const tipZh = runTip('zh', messagesOf(def, 'zh') as typeof en)(run);
    expect(tipZh).toMatch(/参数量 N：\d+(\.\d+)?亿/);
    expect(tipZh).toContain('切片：1×10²¹');
    expect(tipZh).toContain('实测 − 定律（奈特）：');
  });

  it('speaks Chinese: 28.3亿 at the 1e21 slice, 22.2亿 for Hoffmann’s law', () => {
    const out = render({}, 'zh');
    expect(readout(out, '1×10²¹ FLOPs 切片').value).toBe('16 次训练；抛物线顶点 N_opt 28.3亿（588亿 词元）；Hoffmann 2022 预测 22.2亿');
  });

  it('for any window and slice, the slice readout counts the table rows of that slice, and the residuals do not depend on the slice or axis (property)', () => {
    const budgets = def.params.budget.options.map((o) => o.value);
    fc.assert(
      fc.property(fc.constantFrom(...budgets), fc.double({ min: 0.02, max: 0.11, noNaN: true }), fc.constantFrom('flops', 'params'), (budget, window, x) => {
        const m = model({ budget, window, x });
        expect(m.runs.filter((r) => r.slice === Number(budget))).toHaveLength(m.slice.runs.length);
        expect(m.stats.rms).toBe(model().stats.rms);
        if (m.slice.fit && !m.slice.fit.extrapolated) {
          expect(m.slice.fit.params).toBeGreaterThanOrEqual(m.slice.paramsRange[0]);
          expect(m.slice.fit.params).toBeLessThanOrEqual(m.slice.paramsRange[1]);
        }
      }),
      { seed: 15, numRuns: 40 },
    );
  });
});
