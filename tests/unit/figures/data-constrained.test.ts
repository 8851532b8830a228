import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/data-constrained';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, parseParamText, type AnyValue } from '../../../src/figures/lib/params';
import { captionsOf, messagesOf } from '../../../src/figures/lib/catalogue';
import { computeOptimal, LAWS, optimalLoss } from '../../../src/engine/chinchilla';
import { dataConstrainedLoss, dataConstrainedLossFloor, MUENNIGHOFF2023_FIT_RANGE } from '../../../src/engine/data-constrained';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
const defaults = defaultsOf(def.params);
const model = (values: Partial<typeof defaults> = {}) => def.model({ ...defaults, ...values });
const render = (values: Record<string, AnyValue> = {}, lang: 'zh' | 'en' = 'en') => renderToString(def, { ...(defaults as Record<string, AnyValue>), ...values }, lang).output;
const readout = (out: ReturnType<typeof render>, label: RegExp) => out.readouts!.find((r) => label.test(r.label))?.value;
const law = LAWS.muennighoff2023;

describe('data-constrained model against the authors’ printed examples', () => {
  it('defaults are the datablations README example optimal_allocation(10**22, 25e9) → 237336955477.55 tokens, 9.4935 epochs, 7022364735.88 parameters (README “Parametric Fit”, commit 1370131); the finer search agrees to 0.1 %', () => {
    expect(defaults).toEqual({ uniqueTokens: 25e9, budget: 1e22, x: 'epochs' });
    const m = model();
    expect(rel(m.best.tokens, 237336955477.55075)).toBeLessThan(1e-3);
    expect(rel(m.best.params, 7022364735.879969)).toBeLessThan(1e-3);
    expect(rel(m.best.epochs, 9.49347821910203)).toBeLessThan(1e-3);
    expect(rel(6 * m.best.params * m.best.tokens, 1e22)).toBeLessThan(1e-12);
    // The README's own grid point is on the curve and no better than the figure's optimum.
    expect(m.best.loss).toBeLessThanOrEqual(dataConstrainedLoss(7022364735.879969, 237336955477.55075, 25e9));
  });

  it('earlier README (commit 0c76502): optimal_allocation(8.67e9, 178e9, 25e9) → 227B tokens, 9.1 epochs, 6.8B parameters, at the budget of the Fig. 1 (right) model 6·8.67e9·178e9 FLOPs', () => {
    const m = model({ budget: 6 * 8.67e9 * 178e9 });
    expect((m.best.tokens / 1e9).toFixed(0)).toBe('227');
    expect(m.best.epochs.toFixed(1)).toBe('9.1');
    expect((m.best.params / 1e9).toFixed(1)).toBe('6.8');
    // README: scaling_law(6.34e9, 242e9, 25e9) = 2.2256 beats scaling_law(8.67e9, 178e9, 25e9) = 2.2270; the optimum beats both.
    expect(m.best.loss).toBeLessThan(2.2256440889984477);
  });

  it('the fresh-data curve is the Chinchilla form of the same constants: its optimum is the closed form (9.22B params, 181B tokens, 2.188 nats at 1e22 FLOPs)', () => {
    const m = model();
    const opt = computeOptimal(law, 1e22);
    expect(rel(m.fresh.params, opt.params)).toBeLessThan(1e-12);
    expect(rel(m.fresh.tokens, opt.tokens)).toBeLessThan(1e-12);
    expect(rel(m.fresh.loss, optimalLoss(law, 1e22))).toBeLessThan(1e-12);
    expect((m.fresh.params / 1e9).toFixed(2)).toBe('9.22');
    expect(m.fresh.loss.toFixed(3)).toBe('2.188');
    expect(m.penalty.toFixed(3)).toBe('0.034');
  });

  it('reproduces the worked answer of the chapter’s question q-epochs: 100B unique at 1e24 FLOPs → 61.3B params, 2.72T tokens, 27.2 epochs, 2.054 vs 2.011 nats; 1T unique → 1.95 epochs, 85.6B, 2.012 nats', () => {
    const a = model({ uniqueTokens: 100e9, budget: 1e24 });
    expect((a.best.params / 1e9).toFixed(1)).toBe('61.3');
    expect((a.best.tokens / 1e12).toFixed(2)).toBe('2.72');
    expect(a.best.epochs.toFixed(1)).toBe('27.2');
    expect(a.best.loss.toFixed(3)).toBe('2.054');
    expect(a.fresh.loss.toFixed(3)).toBe('2.011');
    expect(a.penalty.toFixed(3)).toBe('0.043');
    expect(a.issues).toEqual(['paramsAbove']);
    const b = model({ uniqueTokens: 1e12, budget: 1e24 });
    expect(b.best.epochs.toFixed(2)).toBe('1.95');
    expect((b.best.params / 1e9).toFixed(1)).toBe('85.6');
    expect(b.best.loss.toFixed(3)).toBe('2.012');
    expect(b.penalty.toFixed(3)).toBe('0.001');
  });

  it('reference lines at 1, 4 (abstract) and 1 + R_D* = 16.39 epochs (R_D* = 15.387756, README), only inside the plotted range', () => {
    const m = model();
    expect(m.references.map((r) => r.epochs)).toEqual([1, 4, 1 + 15.387756]);
    for (const r of m.references) expect(r.tokens).toBe(r.epochs * 25e9);
    // With 1T unique tokens at 1e22 FLOPs the optimum needs 0.18 epochs: 1 and 4 epochs are on the chart, 16.4 is not.
    expect(model({ uniqueTokens: 1e12 }).references.map((r) => r.epochs)).toEqual([1, 4]);
  });
});

describe('data-constrained range warnings (paper derivation appendix: 7M–9B parameters, 1–500 epochs) and the flat floor', () => {
  it('none at the defaults (7.03B parameters, 9.49 epochs)', () => {
    expect(model().issues).toEqual([]);
    expect(render().warnings).toEqual([]);
  });
  it('above 9B parameters, below 7M parameters, above 500 epochs, each with its own sentence in both languages', () => {
    expect(MUENNIGHOFF2023_FIT_RANGE).toEqual({ minParams: 7e6, maxParams: 9e9, minEpochs: 1, maxEpochs: 500 });
    const big = render({ uniqueTokens: 1e12, budget: 1e24 });
    expect(big.warnings).toEqual([expect.stringMatching(/^The optimum has 85\.6B parameters, more than the largest models \(9B\)/)]);
    expect(render({ uniqueTokens: 1e12, budget: 1e24 }, 'zh').warnings![0]).toMatch(/^最优点有 856亿 参数，超过了拟合这个定律所用的最大模型（90 亿/);
    const small = model({ uniqueTokens: 1e9, budget: 1e15 });
    expect(small.best.params).toBeLessThan(7e6);
    expect(small.issues).toEqual(['paramsBelow']);
    expect(render({ uniqueTokens: 1e9, budget: 1e15 }).warnings![0]).toMatch(/fewer than the smallest models \(7M\)/);
    const many = model({ uniqueTokens: 1e8, budget: 1e22 });
    expect(many.best.epochs).toBeGreaterThan(500);
    expect(many.issues).toContain('epochsAbove');
    expect(render({ uniqueTokens: 1e8, budget: 1e22 }, 'zh').warnings!.some((w) => /超过了拟合时的 500 轮/.test(w))).toBe(true);
  });
  it('fewer than one epoch is not a range warning (nothing is repeated) and says so in the readout; with U_D ≥ the fresh optimum’s 181B tokens the penalty is exactly zero', () => {
    const m = model({ uniqueTokens: 1e12 });
    expect(m.best.epochs).toBeLessThan(1);
    // 9.22B parameters: just above the 9B of the fit.
    expect(m.issues).toEqual(['paramsAbove']);
    expect(m.unconstrained).toBe(true);
    expect(m.penalty).toBe(0);
    expect(rel(m.best.loss, m.fresh.loss)).toBeLessThan(1e-12);
    const out = render({ uniqueTokens: 1e12 });
    expect(readout(out, /^Epochs/)).toMatch(/^0\.181: the unique tokens are not used up/);
    expect(readout(out, /^Loss penalty/)).toBe('none: the unique tokens cover the 181B tokens of the fresh-data optimum');
    expect(readout(render({ uniqueTokens: 5e11 }, 'zh'), /^数据上限/)).toBe('没有：独有词元足够新数据最优点所需的 1810亿 词元');
    expect(model({ uniqueTokens: 1.8e11 }).unconstrained).toBe(false);
  });
  it('with compute far beyond what 25B unique tokens can use (1e26 FLOPs) the optimum sits within 0.001 nats of the floor 2.156, and the figure warns', () => {
    const m = model({ budget: 1e26 });
    expect(m.floor).toBe(dataConstrainedLossFloor(25e9));
    expect(m.best.loss - m.floor).toBeLessThan(1e-3);
    expect(m.issues).toContain('floor');
    expect(render({ budget: 1e26 }).warnings!.at(-1)).toMatch(/within 0\.001 nats of 2\.156 nats, the lowest loss 25B unique tokens can give/);
    expect(model().best.loss - model().floor).toBeGreaterThan(0.05);
  });
});

describe('data-constrained readouts, table and words', () => {
  it('readouts: optimum N and D, epochs, D′ and N′, the fresh-data optimum and the penalty in nats and percent', () => {
    const out = render();
    expect(readout(out, /^Optimum with 25B unique tokens at 1×10²² FLOPs$/)).toBe('7.03B params on 237B tokens, loss 2.222 nats');
    expect(readout(out, /^Epochs at the optimum$/)).toBe('9.49, that is R_D = 8.49 repetitions');
    expect(readout(out, /^Effective data D′/)).toBe('D′ 188B tokens (79.3% of D), N′ 5.15B params (73.3% of N)');
    expect(readout(out, /^With unlimited fresh data/)).toBe('9.22B params on 181B tokens, loss 2.188 nats');
    expect(readout(out, /^Loss penalty/)).toBe('+0.034 nats (+1.56%)');
  });
  it('reads in Chinese from the catalogue', () => {
    const t = messagesOf(def, 'zh') as Parameters<NonNullable<typeof def.readouts>>[1]['t'];
    const r = def.readouts!(model(), { lang: 'zh', t });
    expect(r[0]).toEqual({ label: '250亿 个独有词元、1×10²² FLOPs 下的最优点', value: '70.3亿 参数，2370亿 词元，损失 2.222 奈特' });
    expect(r[4]).toEqual({ label: '数据上限带来的损失增加', value: '+0.034 奈特（+1.56%）' });
    expect(def.table(model(), { lang: 'zh', t }).columns.map((c) => c.label)).toEqual(['轮数', '训练词元数 D', '参数量 N', '有效数据量 D′', '损失（数据受限）', '损失（新数据）']);
  });
  it('the x choice changes the axis, not the numbers', () => {
    const a = model();
    const b = model({ x: 'tokens' });
    expect(b.curve).toEqual(a.curve);
    expect(renderToString(def, { ...(defaults as Record<string, AnyValue>), x: 'tokens' }, 'en').html).toContain('Training tokens D (model N = C/6D)');
    expect(renderToString(def, defaults as Record<string, AnyValue>, 'en').html).toContain('Epochs D/U_D (model N = C/6D)');
  });
  it('unique tokens typed as 5000亿, 1T or 2.5e10 are read; nonsense and out-of-range values are refused with a reason', () => {
    const spec = def.params.uniqueTokens;
    expect(parseParamText(spec, '5000亿')).toEqual({ ok: true, value: 5e11 });
    expect(parseParamText(spec, '1T')).toEqual({ ok: true, value: 1e12 });
    expect(parseParamText(spec, '2.5e10')).toEqual({ ok: true, value: 2.5e10 });
    expect(parseParamText(spec, 'lots').ok).toBe(false);
    expect(parseParamText(spec, '1e16')).toEqual({ ok: false, error: { code: 'range', min: 1e8, max: 1e14 } });
    expect(parseParamText(def.params.budget, '1e22')).toEqual({ ok: true, value: 1e22 });
  });
  it('caption and source cite Muennighoff et al. 2023 (arXiv 2305.16264) and the datablations README in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const s = captionsOf(def, lang);
      expect(s.source).toContain('2305.16264');
      expect(s.source).toContain('huggingface/datablations');
      expect(s.source).toMatch(/README/);
      expect(s.caption).toMatch(/16\.4/);
    }
  });
});

describe('data-constrained properties over the whole input range', () => {
  const logUnique = fc.double({ min: 8, max: 14, noNaN: true });
  const logBudget = fc.double({ min: 15, max: 27, noNaN: true });
  it('every curve point spends C = 6ND; the data-constrained loss is never below the fresh-data loss or the floor; the optimum is no worse than any plotted point', () => {
    fc.assert(
      fc.property(logUnique, logBudget, (lu, lc) => {
        const m = model({ uniqueTokens: 10 ** lu, budget: 10 ** lc });
        const floor = dataConstrainedLossFloor(10 ** lu);
        for (const p of m.curve) {
          expect(rel(6 * p.params * p.tokens, 10 ** lc)).toBeLessThan(1e-12);
          expect(p.loss).toBeGreaterThanOrEqual(p.freshLoss * (1 - 1e-14));
          expect(p.loss).toBeGreaterThanOrEqual(floor * (1 - 1e-14));
          expect(m.best.loss).toBeLessThanOrEqual(p.loss + 1e-12);
          expect(p.effectiveData).toBeLessThanOrEqual(p.tokens * (1 + 1e-12));
        }
        expect(m.best.loss).toBeGreaterThanOrEqual(m.fresh.loss - 1e-12);
        expect(m.penalty).toBeGreaterThanOrEqual(0);
        expect(m.best.effectiveData).toBeLessThanOrEqual(m.best.tokens * (1 + 1e-12));
        expect(m.best.effectiveParams).toBeLessThanOrEqual(m.best.params * (1 + 1e-12));
        expect(m.tokensDomain[0]).toBeLessThan(Math.min(m.best.tokens, m.fresh.tokens));
        expect(m.tokensDomain[1]).toBeGreaterThan(Math.max(m.best.tokens, m.fresh.tokens));
      }),
      { numRuns: 40 },
    );
  });
  it('more unique tokens never hurt: the optimum’s loss falls (or stays) as U_D grows at a fixed budget', () => {
    fc.assert(
      fc.property(logUnique, logBudget, fc.double({ min: 1.5, max: 100, noNaN: true }), (lu, lc, k) => {
        const u = Math.min(10 ** lu, 1e14 / k);
        expect(model({ uniqueTokens: u * k, budget: 10 ** lc }).best.loss).toBeLessThanOrEqual(model({ uniqueTokens: u, budget: 10 ** lc }).best.loss + 1e-12);
      }),
      { numRuns: 30 },
    );
  });
});
