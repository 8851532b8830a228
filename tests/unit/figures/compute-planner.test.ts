import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/compute-planner';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, parseParamText, readState, type AnyValue } from '../../../src/figures/lib/params';

const render = (values: Record<string, AnyValue> = {}, lang: 'zh' | 'en' = 'en') =>
  renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang).output;
const readout = (out: ReturnType<typeof render>, label: RegExp) => out.readouts!.find((r) => label.test(r.label))?.value;
const row = (out: ReturnType<typeof render>, law: RegExp) => out.data.rows.find((r) => law.test(String(r.law)))!;

describe('compute-planner', () => {
  it('at the Gopher budget 5.76e23 the unrounded Hoffmann law gives ≈40B params (Fig. 4 caption), 2.38T tokens, 1.918 nats', () => {
    const out = render();
    expect(readout(out, /unrounded: parameters/)).toBe('40.4B');
    expect(readout(out, /^Training tokens$/)).toBe('2.38T');
    expect(readout(out, /Predicted loss/)).toBe('1.918 nats/token');
    const r = row(out, /unrounded/);
    expect(Math.abs((r.params as number) / 40e9 - 1)).toBeLessThan(0.02);
  });

  it('shows every law side by side: rounded eq (10) → 32.2B, Besiroglu → 72.2B, Kaplan (non-embedding) → 804B', () => {
    const out = render();
    expect(out.data.rows).toHaveLength(6);
    expect((row(out, /as printed/).params as number) / 3.22e10).toBeCloseTo(1, 2);
    expect((row(out, /Besiroglu/).params as number) / 7.22e10).toBeCloseTo(1, 2);
    expect(row(out, /Kaplan/).law).toMatch(/non-embedding/);
    expect(row(out, /Approach 1/).loss).toBe('—');
    expect(readout(out, /Kaplan/)).toBe('804B params · 119B tokens · D/N 0.148');
  });

  it('"I want a 7B model": tokens and FLOPs satisfy C = 6ND under every law', () => {
    const out = render({ mode: 'params', params: 7e9 });
    for (const r of out.data.rows) {
      expect((r.params as number) / 7e9).toBeCloseTo(1, 9);
      expect((6 * (r.params as number) * (r.tokens as number)) / (r.flops as number)).toBeCloseTo(1, 9);
    }
    expect((row(out, /unrounded/).flops as number) / 1.241e22).toBeCloseTo(1, 2);
  });

  it('"I have 2T tokens": the unrounded law answers 34.9B params', () => {
    const out = render({ mode: 'tokens', tokens: 2e12 });
    expect(readout(out, /unrounded: parameters/)).toBe('34.9B');
    for (const r of out.data.rows) expect((r.tokens as number) / 2e12).toBeCloseTo(1, 9);
  });

  it('hardware: 6144 TPU v4 at 46.2% MFU for 57 days is 3.8e24 FLOPs (PaLM §4.1 setup; engine compute.ts example)', () => {
    const out = render({ mode: 'hardware', accelerator: 'tpu-v4', chips: 6144, utilisation: 0.462, days: 57 });
    expect((row(out, /unrounded/).flops as number) / 3.8e24).toBeCloseTo(1, 1);
    expect(readout(out, /Training time/)).toBe('57 days (given)');
  });

  it('training time: the Gopher budget on 1,024 H100 SXM5 (989.4 TFLOP/s) at 40% takes 16.5 days', () => {
    expect(readout(render(), /Training time/)).toBe('16.5 days');
  });

  it('warns when the budget is far outside Chinchilla’s IsoFLOP range (6e18–3e21 FLOPs, §3.2), not inside it', () => {
    expect(render().warnings![0]).toMatch(/192× above the largest budget/);
    expect(render({ budget: 1e20 }).warnings).toEqual([]);
    expect(render({ budget: 1e17 }).warnings![0]).toMatch(/60× below the smallest/);
    expect(render({ budget: 1e25, law: 'kaplan' }).warnings![0]).toMatch(/eq 6\.8/);
  });

  it('names the nearest real models (Chinchilla 70B for 70B params on 1.4T tokens is a catalogue match)', () => {
    const out = render({ mode: 'params', params: 70e9, law: 'approach1' });
    expect(readout(out, /Nearest real models/)).toMatch(/Chinchilla 70B|Llama 2 70B|LLaMA 65B/);
  });

  it('accepts 70亿, 7B, 1e24, 2T and 40% in its fields, and reads them from the URL', () => {
    const p = def.params;
    expect(parseParamText(p.params, '70亿')).toEqual({ ok: true, value: 7e9 });
    expect(parseParamText(p.params, '7B')).toEqual({ ok: true, value: 7e9 });
    expect(parseParamText(p.budget, '1e24')).toEqual({ ok: true, value: 1e24 });
    expect(parseParamText(p.tokens, '2T')).toEqual({ ok: true, value: 2e12 });
    expect(parseParamText(p.utilisation, '40%')).toEqual({ ok: true, value: 0.4 });
    expect(parseParamText(p.params, '7BB').ok).toBe(false);
    const { values, notices } = readState(p, 'compute-planner.mode=params&compute-planner.params=70%E4%BA%BF', 'compute-planner.');
    expect(notices).toEqual([]);
    expect(values.params).toBe(7e9);
  });

  it('writes Chinese readouts with 亿 and 万亿', () => {
    const out = render({}, 'zh');
    expect(readout(out, /未舍入：参数量/)).toBe('404亿');
    expect(readout(out, /训练词元数/)).toBe('2.38万亿');
  });

  const defaults = () => ({ ...defaultsOf(def.params) });

  it('model (no DOM): Hoffmann et al. 2022 eq (4)/(10) at the Gopher budget 5.76e23 (Table 3): N_opt ≈ 40B (Fig. 4 caption), C = 6ND for every law', () => {
    const m = def.model(defaults());
    expect(m.plans.map((x) => x.law)).toEqual(['hoffmann2022', 'hoffmann2022Rounded', 'besiroglu2024', 'approach1', 'approach2', 'kaplan']);
    expect(m.chosen.law).toBe('hoffmann2022');
    expect(Math.abs(m.chosen.params / 40e9 - 1)).toBeLessThan(0.02);
    expect(m.chosen.loss).toBeCloseTo(1.918, 3);
    for (const x of m.plans) {
      expect((6 * x.params * x.tokens) / x.flops).toBeCloseTo(1, 9);
      expect(x.flops / 5.76e23).toBeCloseTo(1, 9);
    }
    // Approach 1 and 2 power laws (Table 2) predict no loss; Kaplan's N is non-embedding.
    expect(m.plans.find((x) => x.law === 'approach1')!.loss).toBeNull();
    expect(def.model({ ...defaults(), law: 'kaplan' }).nonEmbedding).toBe(true);
    // 1,024 H100 SXM5 at 989.4 TFLOP/s and 40%: 5.76e23 / (1024 · 989.4e12 · 0.4) s = 16.5 days.
    expect(m.chosen.days).toBeCloseTo(5.76e23 / (1024 * 989.4e12 * 0.4) / 86400, 6);
    expect(m.chip).toBe('NVIDIA H100 SXM5');
    expect(def.model({ ...defaults(), accelerator: 'custom' }).chip).toBeNull();
  });

  it('the budget axis runs over whole decades: 10¹⁸–10²⁶ FLOPs, widened to hold every answer 30× either side (within 10¹⁴–10³³)', () => {
    expect([def.model(defaults()).lowC, def.model(defaults()).highC]).toEqual([1e18, 1e26]);
    fc.assert(
      fc.property(fc.double({ min: 15, max: 30, noNaN: true }), (e) => {
        const m = def.model({ ...defaults(), budget: 10 ** e });
        for (const bound of [m.lowC, m.highC]) expect(bound).toBe(Number(`1e${Math.round(Math.log10(bound))}`));
        const flops = m.plans.map((x) => x.flops);
        const [least, most] = [Math.min(...flops) / 30, Math.max(...flops) * 30];
        // 30× room either side, and no more than a decade beyond it, unless at 10¹⁸ / 10²⁶ or the outer limits.
        expect(m.lowC <= least || m.lowC === 1e14).toBe(true);
        expect(m.lowC === 1e18 || m.lowC === 1e14 || m.lowC * 10 > least).toBe(true);
        expect(m.highC >= most || m.highC === 1e33).toBe(true);
        expect(m.highC === 1e26 || m.highC === 1e33 || m.highC / 10 < most).toBe(true);
        // Every answer and the real models shown lie on the axis; the laws' lines span it.
        for (const f of [...flops, ...m.models.map((x) => x.flops)]) expect(f >= m.lowC && f <= m.highC).toBe(true);
        expect(Math.min(...m.lines.map((x) => x.flops)) / m.lowC).toBeCloseTo(1, 9);
        expect(Math.max(...m.lines.map((x) => x.flops)) / m.highC).toBeCloseTo(1, 9);
      }),
      { numRuns: 200, seed: 20261206 },
    );
  });

  it('readouts, table and warnings in Chinese from the catalogue (messagesOf(def, "zh"))', () => {
    const t = messagesOf(def, 'zh') as Parameters<NonNullable<typeof def.readouts>>[1]['t'];
    const m = def.model(defaults());
    const r = def.readouts!(m, { lang: 'zh', t });
    expect(r[0]).toEqual({ label: 'Hoffmann 2022，未舍入：参数量', value: '404亿' });
    expect(r[1]).toEqual({ label: '训练词元数', value: '2.38万亿' });
    expect(r[3]).toEqual({ label: '计算量 C = 6ND', value: '5.76×10²³ FLOPs' });
    expect(r[4]).toEqual({ label: '预测损失', value: '1.918 奈特/词元' });
    expect(r[5].label).toMatch(/^训练时间（1,?024 × NVIDIA H100 SXM5，利用率 40%）$/);
    expect(r[5].value).toBe('16.5 天');
    expect(r.find((x) => x.label === 'Kaplan 2020（非嵌入参数）')!.value).toBe('8040亿 参数 · 1190亿 词元 · D/N 0.148');
    const table = def.table(m, { lang: 'zh', t });
    expect(table.columns.map((c) => c.label)).toEqual(['定律', '参数量 N', '训练词元数 D', 'D/N', '计算量 C（FLOPs）', '预测损失（奈特）', '训练天数']);
    expect(table.rows[0].law).toBe('Hoffmann 2022，未舍入');
    expect(def.warnings!(m, { lang: 'zh', t })[0]).toMatch(/^这个预算（5\.76×10²³ FLOPs）是 Chinchilla IsoFLOP 实验最大预算的 192 倍（/);
    expect(def.warnings!(def.model({ ...defaults(), budget: 1e17 }), { lang: 'zh', t })[0]).toMatch(/只有 Chinchilla IsoFLOP 实验最小预算的 1\/60（/);
  });
});
