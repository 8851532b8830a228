import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import def, { pointTip } from '../../../src/figures/model-gallery';
import { galleryPoints, RELEASE_SET_ASIDE } from '../../../src/figures/lib/gallery-points';
import { MODELS, modelById } from '../../../src/engine/models';
import { obsModels } from '../../../src/data/obsscaling';
import { captionsOf } from '../../../src/figures/lib/catalogue';
import type en from '../../../src/i18n/figures/en/model-gallery';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';
import { messagesOf } from '../../../src/figures/lib/catalogue';

const render = (values: Record<string, AnyValue>, lang: 'en' | 'zh' = 'en') => renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
const readout = (out: ReturnType<typeof render>['output'], start: string) => out.readouts!.find((r) => r.label.includes(start))!.value;

describe('model-gallery figure (real models against the compute-optimal line)', () => {
  it('Chinchilla: 20 tokens per parameter, 6ND = 5.88e23 FLOPs, 1.921 nats (unrounded law); the Approach 1 optimum is 68.5B (Table 3: 67B at 5.76e23)', () => {
    const { output } = render({});
    expect(readout(output, 'tokens per parameter')).toContain('20 (1.4T tokens / 70B params)');
    expect(readout(output, 'Training compute 6ND')).toBe('5.88×10²³ FLOPs');
    expect(readout(output, 'Predicted loss')).toContain('1.921 nats/token');
    expect(readout(output, 'Compute-optimal size')).toContain('68.5B params');
    expect(output.warnings).toEqual([]);
  });

  it('the budget slider: at Gopher’s 5.76e23 the Approach 1 optimum is 67.8B params and 1.42T tokens, 21 per parameter (Table 3: 67B, 1.5T)', () => {
    expect(readout(render({}).output, 'Compute-optimal at 5.76×10²³ FLOPs')).toBe('67.8B params, 1.42T tokens, 21 per parameter');
    expect(readout(render({ budget: 1e25 }).output, 'Compute-optimal at 1×10²⁵ FLOPs')).toContain('params');
  });

  it('GPT-3: 1.7 tokens per parameter; 6ND = 3.15e23 next to the printed 3.14e23 (Brown et al. Table D.1)', () => {
    const { output } = render({ highlight: 'gpt-3' });
    expect(readout(output, 'tokens per parameter')).toContain('1.71');
    expect(readout(output, 'Training compute 6ND')).toBe('3.15×10²³ FLOPs (the source prints 3.14×10²³)');
    const llama = render({ highlight: 'llama-3-405b' }).output;
    expect(readout(llama, 'Training compute 6ND')).toBe('3.79×10²⁵ FLOPs (the source prints 3.8×10²⁵)'); // Llama 3 paper §1
    expect(readout(render({ highlight: 'gopher' }).output, 'Training compute 6ND')).toBe('5.04×10²³ FLOPs (the source prints 5.76×10²³)');
  });

  it('labels the papers’ models with their tokens per parameter: Gopher 1.07, LLaMA 65B 21.5, Llama 3 405B 38.5, MT-NLG 0.51 (facts §9); the wide view drops the crowded ones', () => {
    const papers = render({ show: 'papers' }).html;
    for (const label of ['Gopher 280B · 1.07', 'LLaMA 65B · 21.5', 'Llama 3 405B · 38.5', 'MT-NLG 530B · 0.51', 'Llama 2 7B · 286']) expect(papers).toContain(label);
    const both = render({}).html;
    for (const label of ['Gopher 280B · 1.07', 'Llama 3 405B · 38.5', 'MT-NLG 530B · 0.51']) expect(both).toContain(label);
    expect(both).not.toContain('LLaMA 65B · 21.5');
    // …but a highlighted model is always labelled.
    expect(render({ highlight: 'llama-65b' }).html).toContain('LLaMA 65B · 21.5');
  });

  it('DeepSeek-V3 is placed by its 37B activated parameters, with a warning; Llama 3 8B (1,875 per parameter) warns about extreme ratios (Sardana et al. 2024)', () => {
    const ds = render({ highlight: 'deepseek-v3' }).output;
    expect(ds.warnings!.join(' ')).toContain('mixture of experts');
    expect(readout(ds, 'tokens per parameter')).toContain('37B params');
    const l8 = render({ highlight: 'llama-3-8b' }).output;
    expect(readout(l8, 'tokens per parameter')).toContain('1,875');
    expect(l8.warnings!.join(' ')).toContain('Sardana');
  });

  it('the law choice changes the optimum: hoffmann2022 at Chinchilla’s 5.88e23 → 40.7B; besiroglu2024 → 73B', () => {
    expect(readout(render({ law: 'hoffmann2022' }).output, 'Compute-optimal size')).toContain('40.7B params');
    expect(readout(render({ law: 'besiroglu2024' }).output, 'Compute-optimal size')).toContain('73B params');
  });

  it('speaks Chinese: 每参数词元数 20', () => {
    expect(readout(render({}, 'zh').output, '每参数词元数')).toContain('20（1.4万亿 词元 / 700亿 参数）');
  });
});

describe('model-gallery model and words, without a DOM', () => {
  const defaults = defaultsOf(def.params);

  it('model(): Chinchilla 70B on 1.4T tokens is 20 tokens per parameter, 6ND = 5.88e23, and the Approach 1 optimum at Gopher’s 5.76e23 is 67.8B on 1.42T (Hoffmann et al. 2022 Table 3: 67B, 1.5T)', () => {
    const m = def.model(defaults);
    expect(m.chosen.id).toBe('chinchilla');
    expect(m.chosen.ratio).toBeCloseTo(20, 6);
    expect(m.chosen.flops).toBeCloseTo(5.88e23, -20);
    expect(m.budgetOptimum.params / 1e9).toBeCloseTo(67.8, 1);
    expect(m.budgetOptimum.tokens / 1e12).toBeCloseTo(1.42, 2);
    expect(m.chosen.loss).toBeCloseTo(1.921, 3); // eq. (4), unrounded constants
    const gpt3 = def.model({ ...defaults, highlight: 'gpt-3' }).chosen;
    expect(gpt3.printedFlops).toBe(3.14e23); // Brown et al. 2020 Table D.1
    expect(def.model({ ...defaults, law: 'besiroglu2024' }).lossLaw).toBe('besiroglu2024');
  });

  it('readouts, warnings and table in Chinese from the catalogue: 每参数 21 个, 5.88×10²³, 混合专家', () => {
    const t = messagesOf(def, 'zh') as Parameters<NonNullable<typeof def.readouts>>[1]['t'];
    const r = def.readouts!(def.model(defaults), { lang: 'zh', t });
    expect(r[0]).toEqual({ label: '5.76×10²³ FLOPs 的计算最优点（星号）', value: '678亿 参数、1.42万亿 词元，每参数 21 个' });
    expect(r[2]).toEqual({ label: '训练计算量 6ND', value: '5.88×10²³ FLOPs' });
    expect(r[3].label).toBe('预测的损失（Hoffmann 2022）');
    const ds = def.model({ ...defaults, highlight: 'deepseek-v3' });
    expect(def.warnings!(ds, { lang: 'zh', t })[0]).toMatch(/^DeepSeek-V3 \(MoE\) 是混合专家（MoE）模型：这里按每个词元的 370亿 激活参数放置/);
    const table = def.table(ds, { lang: 'zh', t });
    expect(table.columns.map((c) => c.label)).toEqual([
      '模型',
      '参数量 N',
      '训练词元数 D',
      '每参数词元数',
      '6ND（FLOPs）',
      '同计算量的最优参数量',
      '损失（Hoffmann 2022）',
      '来源',
    ]);
    expect(table.rows.find((r) => r.name === 'Chinchilla 70B')!.source).toBe('论文：Hoffmann 等 2022，原文表 1 与 §4');
  });
});

/** The release file, re-read here: the figure's release points must be its rows, unchanged and never filled in. */
const csv = csvParse(readFileSync(join(__dirname, '../../../src/data/obsscaling/base_llm_benchmark_eval.csv'), 'utf8'));
const PAPER_IDS = def.params.highlight.options.map((o) => o.value);
const words = (lang: 'en' | 'zh') => messagesOf(def, lang) as typeof en;

describe('model-gallery: the two sources (papers cited on the site; Ruan, Maddison & Hashimoto 2024 release)', () => {
  const points = galleryPoints(PAPER_IDS);

  it('keeps the 13 paper points at their papers’ numbers (engine catalogue) and draws 113 of the release’s 148 rows: 8 are paper points, 25 lack tokens, 2 are set aside', () => {
    expect(points.paper.map((p) => p.id)).toEqual(PAPER_IDS);
    expect(PAPER_IDS).toHaveLength(13);
    for (const p of points.paper) expect([p.params, p.tokens]).toEqual([modelById(p.id).params, modelById(p.id).tokens]);
    expect(csv.length).toBe(148);
    expect(points.release).toHaveLength(113);
    expect(points.merged).toHaveLength(8);
    expect(points.noTokens).toHaveLength(25);
    expect(points.setAside.map((a) => a.id)).toEqual(['cerebras/btlm-3b-8k-base', 'openlm-research/open_llama_7b_v2']);
    expect(points.release.length + points.merged.length + points.noTokens.length + points.setAside.length).toBe(csv.length);
  });

  it('every release point is its CSV row as published (Model Size (B) × 1e9, Pretraining Data Size (T) × 1e12); rows with an empty token cell are left out, never filled in', () => {
    const byId = new Map(csv.map((r) => [r.Model, r]));
    for (const p of points.release) {
      const row = byId.get(p.id)!;
      expect(p.params).toBe(Number(row['Model Size (B)']) * 1e9);
      expect(p.tokens).toBe(Number(row['Pretraining Data Size (T)']) * 1e12);
      expect(p.params > 0 && p.tokens > 0).toBe(true);
    }
    const empty = csv.filter((r) => r['Pretraining Data Size (T)']!.trim() === '').map((r) => r.Model);
    expect(points.noTokens).toEqual(empty);
    expect(csv.filter((r) => r['Model Size (B)']!.trim() === '')).toEqual([]);
  });

  it('a model in both sources is drawn once, from its paper: the paired rows agree on N exactly and on D within 4% (Llama 3 405B: release 15T, Llama 3 paper §3.2 15.6T)', () => {
    const release = new Map(obsModels.map((m) => [m.id, m]));
    const drawn = new Set(points.release.map((p) => p.id));
    for (const p of points.paper) {
      for (const id of p.alsoInRelease) {
        const r = release.get(id)!;
        expect(drawn.has(id), id).toBe(false);
        expect(r.params, id).toBe(p.params);
        expect(Math.abs(r.tokens! / p.tokens - 1), id).toBeLessThan(0.04);
      }
    }
    const l405 = points.paper.find((p) => p.id === 'llama-3-405b')!;
    expect(l405.tokens).toBe(15.6e12);
    expect(release.get(l405.alsoInRelease[0])!.tokens).toBe(15e12);
    // Every pairing the catalogue records names a row the release has.
    for (const m of MODELS) for (const id of m.obsScalingIds ?? []) expect(release.has(id), `${m.id} → ${id}`).toBe(true);
    expect(points.paper.find((p) => p.id === 'llama-3-8b')!.alsoInRelease).toEqual(['meta-llama/Meta-Llama-3-8B', 'meta-llama/Meta-Llama-3.1-8B']);
  });

  it('BTLM-3B-8K is set aside: the release’s 627 "T" tokens are 1000× the 627B of Dey et al. 2023 (arXiv 2309.11568, abstract), 209,000 tokens per parameter', () => {
    const row = csv.find((r) => r.Model === 'cerebras/btlm-3b-8k-base')!;
    const aside = RELEASE_SET_ASIDE.find((a) => a.id === row.Model)!;
    expect(aside.field).toBe('tokens');
    expect(Number(row['Pretraining Data Size (T)']) * 1e12).toBe(aside.source * 1000);
    expect((Number(row['Pretraining Data Size (T)']) * 1e12) / (Number(row['Model Size (B)']) * 1e9)).toBe(209000);
    const r = def.readouts!(def.model(defaultsOf(def.params)), { lang: 'en', t: words('en') });
    expect(r.at(-1)!.value).toContain('btlm-3b-8k-base is left out too: the release gives 627T tokens, its paper 627B (Dey et al. 2023, arXiv 2309.11568)');
    const zh = def.readouts!(def.model(defaultsOf(def.params)), { lang: 'zh', t: words('zh') });
    expect(zh.at(-1)!.value).toContain('数据发布给出 627万亿 词元，而它的论文给出 6270亿（Dey 等，2023，arXiv 2309.11568）');
  });

  it('OpenLLaMA 7Bv2 is set aside: the release gives 13B parameters and 6·13e9·1e12 = 7.8e22 FLOPs for a model its authors release as a 7B with LLaMA 7B’s architecture (6.7B, Touvron et al. 2023a Table 2)', () => {
    const row = csv.find((r) => r.Model === 'openlm-research/open_llama_7b_v2')!;
    const aside = RELEASE_SET_ASIDE.find((a) => a.id === row.Model)!;
    expect(aside.field).toBe('params');
    expect(aside.source).toBe(modelById('llama-7b').params);
    expect(Number(row['Model Size (B)']) * 1e9).toBe(13e9);
    // The release's FLOPs follow its parameter count: 6 · 13e9 · 1e12 (its unit is 1e21 FLOPs).
    expect(Number(row['FLOPs (1E21)']) * 1e21).toBeCloseTo(6 * 13e9 * Number(row['Pretraining Data Size (T)']) * 1e12, -18);
    // Its v1 sibling of the same name size is listed at 7B: the v2 row alone is off.
    expect(csv.find((r) => r.Model === 'openlm-research/open_llama_7b')!['Model Size (B)']).toBe('7.0');
    const r = def.readouts!(def.model(defaultsOf(def.params)), { lang: 'en', t: words('en') });
    expect(r.at(-1)!.value).toContain('open_llama_7b_v2 is left out too: the release gives 13B parameters, its authors’ model 6.7B (Geng & Liu 2023');
    const zh = def.readouts!(def.model(defaultsOf(def.params)), { lang: 'zh', t: words('zh') });
    expect(zh.at(-1)!.value).toContain('open_llama_7b_v2 也不画：数据发布给出 130亿 参数，而作者发布的模型是 67亿（Geng、Liu，2023');
  });

  it('the caption’s numbers are the data’s: of 113 release points, 102 above D = 20N (up to 8,000 per parameter, h2o-danube3-500m), the 6 Cerebras-GPT exactly on it, 5 below', () => {
    const ratio = (p: { params: number; tokens: number }) => p.tokens / p.params;
    const above = points.release.filter((p) => ratio(p) > 20 * (1 + 1e-9));
    const on = points.release.filter((p) => Math.abs(ratio(p) / 20 - 1) < 1e-9);
    const below = points.release.filter((p) => ratio(p) < 20 * (1 - 1e-9));
    expect([points.release.length, above.length, on.length, below.length]).toEqual([113, 102, 6, 5]);
    expect(on.every((p) => p.id.startsWith('cerebras/Cerebras-GPT'))).toBe(true);
    expect(below.map((p) => p.name).sort()).toEqual(['bloom', 'falcon-180B', 'opt-13b', 'opt-30b', 'opt-66b']);
    const top = points.release.reduce((a, b) => (ratio(b) > ratio(a) ? b : a));
    expect([top.name, ratio(top)]).toEqual(['h2o-danube3-500m-base', 8000]);
    const en = captionsOf(def, 'en').caption;
    expect(en).toContain(
      'Of the release’s 113 models drawn, 102 lie above D = 20N (up to 8,000 tokens per parameter, h2o-danube3-500m), the six Cerebras-GPT models exactly on it, and five below it',
    );
    expect(captionsOf(def, 'zh').caption).toContain(
      '数据发布中画出的 113 个模型里，102 个在 D = 20N 上方（最高每参数 8,000 个词元，h2o-danube3-500m），6 个 Cerebras-GPT 模型恰好在线上，5 个在下方',
    );
  });
});

describe('model-gallery: the control, the legend and the hover readout', () => {
  it('show=both|papers|release draws 126, 13 or 113 models; the legend names only the sources drawn, with their symbols', () => {
    const counts = Object.fromEntries((['both', 'papers', 'release'] as const).map((show) => [show, def.model({ ...defaultsOf(def.params), show }).models.length]));
    expect(counts).toEqual({ both: 126, papers: 13, release: 113 });
    const both = render({}).html;
    expect(both).toContain('Papers cited on this site');
    expect(both).toContain('Observational Scaling Laws release');
    // Plot's symbol legend draws a filled circle and an open diamond, as the dots are drawn.
    expect(both).toMatch(/fill="currentColor"[^>]*><path d="M4\.5,0A4\.5/);
    expect(both).toMatch(/fill="none"[^>]*><path d="M0,-7\.\d+L/);
    expect(render({ show: 'papers' }).html).not.toContain('Observational Scaling Laws release</span>');
    expect(render({ show: 'release' }, 'zh').html).toContain('Observational Scaling Laws 数据发布');
    expect(render({ show: 'release' }, 'zh').html).not.toContain('本站引用的论文</span>');
  });

  it('every point of every view lies inside its axes (the wide view reaches pythia-70m and Cerebras-GPT-111M’s 2.22B tokens)', () => {
    for (const show of ['both', 'papers', 'release'] as const) {
      const m = def.model({ ...defaultsOf(def.params), show });
      for (const d of [...m.models, m.chosen]) {
        expect(d.params, `${show} ${d.id}`).toBeGreaterThanOrEqual(m.view.params[0]);
        expect(d.params, `${show} ${d.id}`).toBeLessThanOrEqual(m.view.params[1]);
        expect(d.tokens, `${show} ${d.id}`).toBeGreaterThanOrEqual(m.view.tokens[0]);
        expect(d.tokens, `${show} ${d.id}`).toBeLessThanOrEqual(m.view.tokens[1]);
      }
    }
  });

  it('the hover readout names the model, N, D, tokens per parameter and the source, in each language’s number style', () => {
    const m = def.model(defaultsOf(def.params));
    const pythia = m.models.find((d) => d.id === 'EleutherAI/pythia-70m-deduped')!;
    expect(pointTip(pythia, 'en', words('en'))).toBe(
      'pythia-70m-deduped\nParameters N: 70M\nTraining tokens D: 300B\nTokens per parameter: 4,286\nSource: Observational Scaling Laws release (Ruan, Maddison & Hashimoto 2024)',
    );
    expect(pointTip(pythia, 'zh', words('zh'))).toBe(
      'pythia-70m-deduped\n参数量 N：7000万\n训练词元数 D：3000亿\n词元/参数：4,286\n来源：Observational Scaling Laws 数据发布（Ruan、Maddison 和 Hashimoto，2024）',
    );
    const llama = m.models.find((d) => d.id === 'llama-2-70b')!;
    expect(pointTip(llama, 'en', words('en'))).toBe(
      'Llama 2 70B\nParameters N: 70B\nTraining tokens D: 2T\nTokens per parameter: 28.6\nSource: paper: Touvron et al. 2023b, Table 1; also in the Observational Scaling Laws release as Llama-2-70b-hf',
    );
    expect(pointTip(llama, 'zh', words('zh'))).toContain('来源：论文：Touvron 等 2023b，原文表 1；Observational Scaling Laws 数据发布中也有，名为 Llama-2-70b-hf');
  });

  it('the Chinese catalogue cites every paper model’s source (one entry per engine model)', () => {
    expect(Object.keys(words('zh').modelSource).sort()).toEqual(MODELS.map((m) => m.id).sort());
    expect(Object.keys(words('en').modelSource).sort()).toEqual(MODELS.map((m) => m.id).sort());
  });

  it('property: for any budget, fit, sources shown and highlighted model, the highlighted model is drawn and named, counts add up, and nothing reads NaN', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 21, max: 27, noNaN: true }),
        fc.constantFrom(...def.params.law.options.map((o) => o.value)),
        fc.constantFrom('both', 'papers', 'release'),
        fc.constantFrom(...PAPER_IDS),
        (exp, law, show, highlight) => {
          const values = { ...defaultsOf(def.params), budget: 10 ** exp, law, show, highlight };
          const m = def.model(values);
          expect(m.chosen.id).toBe(highlight);
          expect(m.counts.paper + m.counts.release).toBe(m.models.length);
          const r = def.readouts!(m, { lang: 'zh', t: words('zh') });
          for (const x of r) expect(`${x.label}${x.value}`).not.toMatch(/NaN|Infinity|undefined/);
          expect(r[1].label).toContain(m.chosen.name);
        },
      ),
      { numRuns: 60 },
    );
  });
});
