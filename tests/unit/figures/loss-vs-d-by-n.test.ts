import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/loss-vs-d-by-n';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, readState, type AnyValue } from '../../../src/figures/lib/params';
import { kaplanJointLoss, overfittingPenalty, tokensToAvoidOverfitting } from '../../../src/engine';
import { messagesOf } from '../../../src/figures/lib/catalogue';

function render(values: Record<string, AnyValue>, lang: 'zh' | 'en' = 'en') {
  return renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
}
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('loss-vs-d-by-n: Kaplan et al. 2020 eq (1.5) with Table 2, eqs (4.3), (4.4), Fig. 4 (left)', () => {
  it('defaults are the model sizes of the Fig. 4 (left) legend, 393.2K … 708M, labelled as printed', () => {
    expect(defaultsOf(def.params).sizes).toEqual([393.2e3, 3e6, 25e6, 85e6, 302e6, 708e6]);
    const { html } = render({});
    for (const label of ['393.2K', '3M', '25M', '85M', '302M', '708M']) expect(html).toContain(`>${label}<`);
  });

  it('N = 1.5e9 at D = 2.29e10 (all of WebText2): 2.31 nats, δL = 2.8% (eq 1.5, eq 4.3, Table 2)', () => {
    const r = render({ sizes: [1.5e9], d: 2.29e10 }).output.readouts!;
    expect(r[0]).toEqual({ label: 'N = 1.5B at D = 22.9B', value: '2.31 nats, δL = 2.8%; eq 4.4 asks D ≳ 30.9B' });
  });

  it('at the data eq (4.4) asks for, δL (eq 4.3) sits near the ≈0.02 seed noise it was set by (§4.2): 1.5%–2.5% for N 1e6…1e9', () => {
    for (const n of [1e6, 1e7, 1e8, 1e9]) {
      const penalty = overfittingPenalty(n, tokensToAvoidOverfitting(n));
      expect(penalty, `N = ${n}`).toBeGreaterThan(0.015);
      expect(penalty, `N = ${n}`).toBeLessThan(0.025);
    }
  });

  it('with N fixed the curves saturate at the model’s converged loss (N_c/N)^α_N: 393.2K within 0.5% at 1e11 tokens', () => {
    const rows = render({}).output.data.rows;
    const small = rows.filter((r) => r.n === 393.2e3);
    const last = small[small.length - 1].loss as number;
    expect(rel(last, (6.4e13 / 393.2e3) ** 0.076)).toBeLessThan(0.005);
    for (let i = 1; i < small.length; i++) expect(small[i].loss as number).toBeLessThan(small[i - 1].loss as number);
    expect(rows.length).toBeLessThanOrEqual(150);
  });

  it('D typed as 10亿 or 1B reaches the figure; the readouts are per model size, smallest first', () => {
    for (const text of ['10亿', '1B', '1e9']) expect(readState(def.params, `d=${encodeURIComponent(text)}`, '').values.d).toBe(1e9);
    const zh = render({ sizes: [708e6, 3e6] }, 'zh').output.readouts!;
    expect(zh.map((r) => r.label)).toEqual(['N = 300万，D = 10亿', 'N = 7.08亿，D = 10亿']);
  });

  it('warns outside the studied ranges (§3)', () => {
    expect(render({}).output.warnings).toEqual([]);
    expect(render({ d: 5e10 }).output.warnings![0]).toMatch(/22 million to 23 billion/);
    expect(render({ sizes: [1e11] }).output.warnings![0]).toMatch(/768 to 1.5B/);
  });
});

describe('loss-vs-d-by-n: the model and its readouts, without a document', () => {
  const defaults = defaultsOf(def.params) as { d: number; sizes: number[] };
  const model = def.model({ ...defaults, sizes: [708e6, 393.2e3], d: 2.29e10 } as never, undefined as never) as {
    d: number;
    series: { n: number; at: number; penalty: number; enough: number; curve: { d: number; loss: number }[] }[];
    limit: { d: number; loss: number }[];
    outsideTokens: boolean;
  };

  it('sorts the sizes, reads each at D = d with eq (1.5) and Table 2, and flags D outside the tokens Kaplan studied', () => {
    expect(model.series.map((s) => s.n)).toEqual([393.2e3, 708e6]);
    for (const s of model.series) {
      expect(s.at).toBe(kaplanJointLoss(s.n, 2.29e10));
      expect(s.enough).toBe(tokensToAvoidOverfitting(s.n));
      // Each curve lies above the infinite-model line L(∞, D) at every D (eq 1.5: the N term only adds).
      s.curve.forEach((p, i) => expect(p.loss).toBeGreaterThan(model.limit[i].loss));
    }
    expect(model.outsideTokens).toBe(false);
    const far = def.model({ ...defaults, d: 1e11 } as never, undefined as never) as { outsideTokens: boolean };
    expect(far.outsideTokens).toBe(true);
  });

  it('its readouts in both languages come from the model alone, one per size, with no NaN, Infinity or placeholder', () => {
    for (const lang of ['en', 'zh'] as const) {
      const readouts = def.readouts!(model as never, { lang, t: messagesOf(def, lang) } as never);
      expect(readouts).toHaveLength(2);
      for (const r of readouts) expect(`${r.label} ${r.value}`).not.toMatch(/NaN|Infinity|undefined|\{/);
    }
    expect(def.readouts!(model as never, { lang: 'en', t: messagesOf(def, 'en') } as never)[1]).toEqual({
      label: 'N = 708M at D = 22.9B',
      value: expect.stringMatching(/^\d\.\d\d nats, δL = [\d.]+%; eq 4\.4 asks D ≳ [\d.]+B$/),
    });
  });
});
