import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import def, { architectureOf, PLANNER_N_RANGE, plannerHref, problemsOf, type Model, type Values } from '../../../src/figures/param-count';
import planner from '../../../src/figures/compute-planner';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, readState, writeState, type AnyValue } from '../../../src/figures/lib/params';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import { ARCH_PRESETS, type ArchPresetKey, countParameters, flopsPerToken } from '../../../src/engine/parameters';

type Lang = 'en' | 'zh';
const fills = def.params.preset.fills as Record<string, Record<string, AnyValue>>;
const preset = (key: string, edits: Partial<Values> = {}): Values => ({ ...(defaultsOf(def.params) as unknown as Values), ...fills[key], preset: key, ...edits });
const render = (values: Values, lang: Lang = 'en') => renderToString(def, values as unknown as Record<string, AnyValue>, lang).output;
const readout = (out: ReturnType<typeof render>, label: RegExp) => out.readouts!.find((r) => label.test(r.label));
const modelOf = (values: Values) => def.model(values as never) as Model;
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const words = (lang: Lang) => ({ lang, t: messagesOf(def, lang) as never });

describe('param-count: presets against published counts, through the figure', () => {
  it('Mixtral 8×7B: 46.7B total, 12.9B used per token (Mistral AI, “Mixtral of experts”; 47B / 13B in Jiang et al. 2024, arXiv 2401.04088), in both languages', () => {
    const en = render(preset('mixtral_8x7b'));
    expect(readout(en, /^Total parameters$/)!.value).toBe('46.7B (46,702,792,704)');
    expect(readout(en, /^Used per token/)!.value).toMatch(/^12\.9B \(12,879,925,248\) · 27\.6% of the total$/);
    const zh = render(preset('mixtral_8x7b'), 'zh');
    expect(readout(zh, /^总参数量$/)!.value).toMatch(/^467亿（/);
    expect(readout(zh, /^每词元使用/)!.value).toMatch(/^129亿（/);
  });

  it('Llama 3 8B: 8,030,261,248 = model.safetensors.index.json total_size 16,060,522,496 bytes / 2; embedding 1.05B (13.1%)', () => {
    const out = render(preset('llama3_8b'));
    expect(readout(out, /^Total parameters$/)!.value).toBe('8.03B (8,030,261,248)');
    expect(16_060_522_496 / 2).toBe(8_030_261_248);
    expect(readout(out, /^Embedding/)!.value).toBe('1.05B · 13.1% of the total');
    expect(readout(out, /^Used per token/)!.value).toMatch(/all of them \(a dense model\)/);
  });

  it('Llama 2 7B: 6,738,415,616 parameters; forward FLOPs per token at n_ctx 4,096 = 1.40×10¹⁰, 6N = 3.89×10¹⁰ (Kaplan Table 1, §2.1)', () => {
    const out = render(preset('llama2_7b', { context: 4096 }));
    expect(readout(out, /^Total parameters$/)!.value).toBe('6.74B (6,738,415,616)');
    expect(readout(out, /^Forward FLOPs per token at n_ctx = 4,096/)!.value).toMatch(/^1\.4×10¹⁰ = 2N 1\.3×10¹⁰ \+ attention over the context 1\.07×10⁹/);
    expect(readout(out, /^Training FLOPs/)!.value).toMatch(/^6N 3\.89×10¹⁰/);
  });

  it('Qwen2.5 7B model card: 7.61B parameters, 6.53B non-embedding (to 0.1 %), q/k/v biases kept from the preset', () => {
    const m = modelOf(preset('qwen25_7b'));
    expect(rel(m.count.total, 7.61e9)).toBeLessThan(1e-3);
    expect(rel(m.count.nonEmbedding, 6.53e9)).toBeLessThan(1e-3);
    expect(readout(render(preset('qwen25_7b')), /^Kept from the preset/)!.value).toMatch(/query, key and value/);
  });

  it('DeepSeek-V3 (arXiv 2412.19437 abstract): 671B total (to 0.1 %), 37B activated (ours 37.6B, embeddings included, within 2 %); latent attention kept and said so', () => {
    const v = preset('deepseek_v3');
    const m = modelOf(v);
    expect(rel(m.count.total, 671e9)).toBeLessThan(1e-3);
    expect(rel(m.count.active, 37e9)).toBeLessThan(0.02);
    const kept = readout(render(v), /^Kept from the preset/)!.value;
    expect(kept).toMatch(/latent attention \(query rank 1,536, key\/value latent 512, per-head key width 128 \+ 64 rotary, value width 128/);
    expect(kept).toMatch(/first 3 layers dense, with d_ff = 18,432/);
    expect(readout(render(v, 'zh'), /^沿用预设/)!.value).toMatch(/多头潜在注意力/);
    // A changed field keeps the latent attention: 30 layers of DeepSeek-V3 = the engine's count with layers 30.
    expect(modelOf(preset('deepseek_v3', { layers: 30 })).count.total).toBe(countParameters({ ...ARCH_PRESETS.deepseek_v3, layers: 30 }).total);
    // Its key/value heads field does not matter (the field is dimmed for it).
    expect(modelOf(preset('deepseek_v3', { kvHeads: 3 })).count.total).toBe(m.count.total);
    expect(def.params.kvHeads.usedWhen.values).not.toContain('deepseek_v3');
  });

  it('every preset’s fields rebuild its published architecture exactly (the same counts and FLOPs as the engine’s preset)', () => {
    for (const key of Object.keys(ARCH_PRESETS) as ArchPresetKey[]) {
      const arch = architectureOf(preset(key));
      expect(countParameters(arch), key).toEqual(countParameters(ARCH_PRESETS[key]));
      expect(flopsPerToken(arch, 8192), key).toEqual(flopsPerToken(ARCH_PRESETS[key], 8192));
      expect(problemsOf(preset(key)), key).toEqual([]);
    }
    // The schema's defaults are the default preset's fields, so an untouched figure writes nothing to the URL.
    const defaults = defaultsOf(def.params) as unknown as Values;
    expect(preset(defaults.preset)).toEqual(defaults);
    expect(modelOf(defaults).edited).toEqual([]);
  });

  it('custom: the fields alone, no preset detail (Kaplan’s shape: non-embedding = 12·n_layer·d², eq 2.1)', () => {
    const v = preset('custom', { layers: 48, dModel: 1600, heads: 25, kvHeads: 25, ffn: 6400, vocab: 50257, tied: true, gated: false, experts: 0 });
    const m = modelOf(v);
    // Norm weights: 2 per layer and a final one, d_model each (the engine's RMSNorm default).
    expect(m.count.nonEmbedding - (2 * 48 + 1) * 1600).toBe(12 * 48 * 1600 ** 2);
    expect(m.kept).toBeNull();
    expect(readout(render(v), /^Architecture$/)!.value).toBe('Custom (the fields only)');
  });
});

describe('param-count: the URL holds the preset and only what was changed', () => {
  it('a preset alone writes only the preset; a changed field is written next to it and reported as changed', () => {
    const mixtral = preset('mixtral_8x7b');
    expect(writeState(def.params, mixtral as never, '', 'param-count.').toString()).toBe('param-count.preset=mixtral_8x7b');
    const edited = { ...mixtral, layers: 40 };
    const query = writeState(def.params, edited as never, '', '');
    expect(query.toString()).toBe('preset=mixtral_8x7b&layers=40');
    expect(readState(def.params, query, '').values).toEqual(edited);
    expect(readout(render(edited), /^Architecture$/)!.value).toBe('Mixtral 8×7B, changed: Layers n_layer');
    expect(readout(render(edited, 'zh'), /^架构$/)!.value).toBe('Mixtral 8×7B，改动了：层数 n_layer');
  });

  it('a shared URL restores exactly what was shown: any preset with any fields changed, on a chapter page and on its own page', () => {
    const keys = [...Object.keys(ARCH_PRESETS), 'custom'];
    const edits = fc.record(
      {
        layers: fc.integer({ min: 1, max: 256 }),
        dModel: fc.integer({ min: 1, max: 131072 }),
        vocab: fc.integer({ min: 1, max: 1e6 }),
        tied: fc.boolean(),
        experts: fc.integer({ min: 0, max: 1024 }),
        context: fc.integer({ min: 1, max: 1e6 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.constantFrom(...keys), edits, (key, e) => {
        const values = preset(key, e as Partial<Values>);
        for (const prefix of ['param-count.', '']) {
          const back = readState(def.params, writeState(def.params, values as never, '', prefix), prefix);
          expect(back.notices).toEqual([]);
          expect(back.values).toEqual(values);
        }
      }),
      { seed: 16, numRuns: 200 },
    );
  });

  it('inputs read 4096, 32k and 128K; whole numbers only', async () => {
    const { parseParamText } = await import('../../../src/figures/lib/params');
    expect(parseParamText(def.params.context, '32k')).toEqual({ ok: true, value: 32000 });
    expect(parseParamText(def.params.vocab, '128K')).toEqual({ ok: true, value: 128000 });
    expect(parseParamText(def.params.dModel, '4096')).toEqual({ ok: true, value: 4096 });
    expect(parseParamText(def.params.heads, '32.5')).toEqual({ ok: false, error: { code: 'integer' } });
    expect(def.params.dModel.slider).toBe(false);
    expect('slider' in def.params.context).toBe(false);
  });
});

describe('param-count: combinations no transformer has', () => {
  const clashes = (v: Values, lang: Lang = 'en') => def.check!(v as never, words(lang));

  it('heads not divisible by KV heads, a fractional head width, experts with none or too many used: a sentence naming the fields', () => {
    const base = preset('llama3_8b');
    expect(clashes(base)).toEqual([]);
    expect(clashes({ ...base, kvHeads: 5 })).toEqual([
      { params: ['kvHeads', 'heads'], message: '32 heads cannot be shared out evenly among 5 key/value heads: the key/value heads must divide the heads.' },
    ]);
    expect(clashes({ ...base, kvHeads: 64 })[0].params).toEqual(['kvHeads', 'heads']);
    expect(clashes({ ...base, dModel: 4100 })).toEqual([
      { params: ['dModel', 'heads'], message: 'd_model = 4,100 is not a multiple of 32 heads: each head needs a whole number of dimensions.' },
    ]);
    expect(clashes({ ...base, experts: 8 })[0]).toEqual({
      params: ['activeExperts', 'experts'],
      message: 'With 8 experts, each token must use at least one: set the experts used per token.',
    });
    expect(clashes({ ...preset('mixtral_8x7b'), activeExperts: 9 })[0].message).toBe('A token cannot use 9 of 8 experts: at most 8.');
    expect(clashes({ ...base, kvHeads: 5 }, 'zh')[0].message).toBe('32 个注意力头无法平均分给 5 个键/值头：键/值头数必须整除注意力头数。');
    // Experts per token without experts is simply unused.
    expect(clashes({ ...base, activeExperts: 4 })).toEqual([]);
    // Latent attention has no KV-head constraint.
    expect(clashes({ ...preset('deepseek_v3'), kvHeads: 5 })).toEqual([]);
  });

  it('for such values (a URL typed by hand, a page without JavaScript) the figure shows the preset as published and says why', () => {
    const out = render({ ...preset('mixtral_8x7b'), kvHeads: 5 });
    expect(readout(out, /^Total parameters$/)!.value).toBe('46.7B (46,702,792,704)');
    expect(readout(out, /^Architecture$/)!.value).toBe('Mixtral 8×7B, as published (the fields do not fit together)');
    expect(out.warnings).toEqual([
      '32 heads cannot be shared out evenly among 5 key/value heads: the key/value heads must divide the heads. The figure shows Mixtral 8×7B as published instead.',
    ]);
    expect(render({ ...preset('custom'), heads: 7 }, 'zh').warnings![0]).toMatch(/图中改为显示按公开配置的 Llama 3 8B。$/);
  });

  it('property: any fields inside the ranges draw cleanly (no NaN) in both languages, and clash exactly when problemsOf says so', () => {
    const v = fc.record({
      preset: fc.constantFrom(...Object.keys(ARCH_PRESETS), 'custom'),
      layers: fc.integer({ min: 1, max: 256 }),
      dModel: fc.integer({ min: 1, max: 131072 }),
      heads: fc.integer({ min: 1, max: 1024 }),
      kvHeads: fc.integer({ min: 1, max: 1024 }),
      ffn: fc.integer({ min: 1, max: 1e6 }),
      vocab: fc.integer({ min: 1, max: 1e6 }),
      tied: fc.boolean(),
      gated: fc.boolean(),
      experts: fc.integer({ min: 0, max: 1024 }),
      activeExperts: fc.integer({ min: 0, max: 1024 }),
      sharedExperts: fc.integer({ min: 0, max: 64 }),
      context: fc.integer({ min: 1, max: 1e6 }),
    });
    fc.assert(
      fc.property(v, fc.constantFrom<Lang>('en', 'zh'), (values, lang) => {
        const out = render(values, lang);
        expect(clashes(values).length).toBe(problemsOf(values).length);
        expect((out.warnings ?? []).length).toBe(problemsOf(values).length ? 1 : 0);
      }),
      { seed: 1616, numRuns: 60 },
    );
  });
});

describe('param-count: the link to the compute planner', () => {
  it('opens the planner’s own page asking “I want a model of this size” with N = the parameters used per token', () => {
    const out = render(preset('mixtral_8x7b'));
    const link = readout(out, /^Compute planner$/)!;
    expect(link.href).toBe('/en/figures/compute-planner/?mode=params&params=12879925248');
    expect(link.value).toBe('Plan a compute-optimal run for N = 12.9B (the parameters used per token) →');
    const zh = readout(render(preset('llama3_8b'), 'zh'), /^计算规划器$/)!;
    expect(zh.href).toBe('/zh/figures/compute-planner/?mode=params&params=8030261248');
  });

  it('the planner reads that query as its own state: mode “params” and exactly this N, with no notice', () => {
    for (const key of Object.keys(ARCH_PRESETS) as ArchPresetKey[]) {
      const n = countParameters(ARCH_PRESETS[key]).active;
      const query = plannerHref(n, 'en').split('?')[1];
      const { values, notices } = readState(planner.params, query, '');
      expect(notices, key).toEqual([]);
      expect(values.mode).toBe('params');
      expect(values.params).toBe(n);
    }
    expect([planner.params.params.min, planner.params.params.max]).toEqual([...PLANNER_N_RANGE]);
  });

  it('outside the planner’s range there is no link, and the readout says so', () => {
    const tiny = preset('custom', { layers: 1, dModel: 8, heads: 1, kvHeads: 1, ffn: 8, vocab: 10 });
    const r = readout(render(tiny), /^Compute planner$/)!;
    expect(r.href).toBeUndefined();
    expect(r.value).toMatch(/outside the planner’s range/);
  });
});
