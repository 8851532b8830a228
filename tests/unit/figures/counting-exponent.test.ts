import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/counting-exponent';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, readState, writeState, type AnyValue } from '../../../src/figures/lib/params';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import { LAWS } from '../../../src/engine/chinchilla';
import { PEARCE_SONG_OMEGA } from '../../../src/engine/parameter-counting';
import type en from '../../../src/i18n/figures/en/counting-exponent';

const defaults = defaultsOf(def.params) as Record<string, AnyValue>;
const render = (values: Record<string, AnyValue> = {}, lang: 'zh' | 'en' = 'en') => renderToString(def, { ...defaults, ...values }, lang);
const model = (values: Record<string, AnyValue> = {}) => def.model({ ...defaults, ...values } as never);

describe('counting-exponent', () => {
  it('defaults follow Pearce & Song’s script: the Epoch refit, V = 32,000 and the aspect ratio that gives ω = 47,491', () => {
    expect(defaults.law).toBe('besiroglu2024');
    expect(defaults.vocab).toBe(32000);
    const m = model();
    expect(m.omega).toBeCloseTo(PEARCE_SONG_OMEGA, 6);
    expect(m.references).toEqual({ kaplan: 0.73, chinchilla: 0.5 });
  });

  it('model (no DOM): the total count’s exponent is β/(α+β) = 0.5126 everywhere; the non-embedding one peaks near 0.98 at 1.6e16 FLOPs and meets it by 1e25', () => {
    const m = model();
    expect(m.curve).toHaveLength(101);
    const a = LAWS.besiroglu2024.beta / (LAWS.besiroglu2024.alpha + LAWS.besiroglu2024.beta);
    for (const pt of m.curve) {
      expect(Math.abs(pt.total - a)).toBeLessThan(1e-3);
      expect(pt.nonEmbedding).toBeGreaterThan(pt.total);
    }
    const peak = m.curve.reduce((best, pt) => (pt.nonEmbedding > best.nonEmbedding ? pt : best));
    expect(peak.nonEmbedding).toBeCloseTo(0.98, 2);
    expect(peak.flops).toBeGreaterThan(1e16);
    expect(peak.flops).toBeLessThan(3e16);
    expect(m.curve[100].nonEmbedding - m.curve[100].total).toBeLessThan(1e-3);
  });

  it('readouts at 1e18 FLOPs (Epoch refit): exponents 0.513 and 0.657; Kaplan’s sizes (§3) compute-optimal at 1.33×10¹² to 3.31×10²⁰ FLOPs, average exponent 0.749', () => {
    const r = render().output.readouts!;
    expect(r.map((x) => x.value)).toEqual([
      '0.513',
      '0.657',
      'N_T 80.5M, N_E 61.8M (23% embedding), 2.07B tokens',
      'N_T 72.3M, N_E 54.3M (25% embedding), 3.07B tokens',
      'average exponent 0.749 non-embedding, 0.513 total',
      'β/(α/3+β) = 0.759 → β/(α+β) = 0.513',
      '47,491',
    ]);
    expect(r[0].label).toBe('Local exponent at 1×10¹⁸ FLOPs, total count');
    expect(r[4].label).toBe('Kaplan’s 768 to 1.5B non-embedding parameters, compute-optimal at 1.33×10¹² to 3.31×10²⁰ FLOPs');
  });

  it('reads in Chinese with the same numbers', () => {
    const t = messagesOf(def, 'zh') as typeof en;
    const r = def.readouts!(model(), { lang: 'zh', t });
    expect(r[1]).toEqual({ label: '1×10¹⁸ FLOPs 处的局部指数，按非嵌入参数', value: '0.657' });
    expect(r[3].value).toBe('N_T 7230万，N_E 5430万（嵌入占 25%），30.7亿 词元');
    expect(r[4].value).toBe('平均指数：非嵌入 0.749，全部 0.513');
    const table = def.table(model(), { lang: 'zh', t });
    expect(table.columns.map((c) => c.label)).toEqual(['计算量 C（FLOPs）', '指数（按全部参数）', '指数（按非嵌入参数）', 'C = 6·N_T·D 时的 N_T,opt', 'C = 6·N_E·D 时的 N_E,opt']);
  });

  it('Hoffmann’s unrounded law: a = 0.457 flat; non-embedding 0.596 at 1e18 and 0.708 on average over Kaplan’s sizes', () => {
    const r = render({ law: 'hoffmann2022' }).output.readouts!;
    expect(r[0].value).toBe('0.457');
    expect(r[1].value).toBe('0.596');
    expect(r[4].value).toBe('average exponent 0.708 non-embedding, 0.457 total');
    expect(r[5].value).toBe('β/(α/3+β) = 0.716 → β/(α+β) = 0.457');
  });

  it('a larger vocabulary (Llama 3’s 128,256) or a wider shape makes the embedding heavier: ω grows and the non-embedding exponent at 1e18 rises', () => {
    const base = model().at.nonEmbedding;
    const wide = model({ vocab: 128256 });
    expect(wide.omega / PEARCE_SONG_OMEGA).toBeCloseTo(128256 / 32000, 6);
    expect(wide.at.nonEmbedding).toBeGreaterThan(base + 0.2);
    expect(model({ aspect: 100 }).at.nonEmbedding).toBeGreaterThan(base);
    // The total count does not see the shape at all.
    expect(wide.at.total).toBeCloseTo(model().at.total, 6);
  });

  it('draws both reference lines with their printed values and the band of Kaplan’s sizes; the table has a row every half decade, 1e15 to 1e25', () => {
    const { html, output } = render();
    expect(html).toContain('Kaplan et al. 0.73');
    expect(html).toContain('Chinchilla 0.50');
    expect(html).toContain('Kaplan’s model sizes');
    expect(output.data.rows).toHaveLength(21);
    expect(output.data.rows[0].flops).toBe(1e15);
    expect(output.data.rows[20].flops).toBe(1e25);
    expect(render({}, 'zh').html).toContain('Kaplan 等 0.73');
  });

  it('its state travels in the URL: a budget, a law and a vocabulary read back; a bad vocabulary keeps the default with a notice', () => {
    const q = writeState(def.params, { ...defaults, budget: 5.76e23, law: 'hoffmann2022', vocab: 128256 } as never, '', '');
    expect(q.toString()).toBe('budget=5.76e23&law=hoffmann2022&vocab=128256');
    const back = readState(def.params, q, '');
    expect(back.values).toMatchObject({ budget: 5.76e23, law: 'hoffmann2022', vocab: 128256 });
    const bad = readState(def.params, 'vocab=32000.5', '');
    expect(bad.values.vocab).toBe(32000);
    expect(bad.notices[0].reason).toMatchObject({ code: 'invalid', error: { code: 'integer' } });
  });
});
