// Chapter 5 ("After Chinchilla") states numbers computed from the engine (Muennighoff et al. 2023's released law,
// parameter counts of published configurations) and read from the ObsScaling release (Ruan, Maddison & Hashimoto 2024).
// Each is recomputed here and must appear, written as the chapter writes it, in the language's text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { obsModels } from '../../../src/data/obsscaling';
import { isSetAside } from '../../../src/data/obsscaling-set-aside';
import {
  ARCH_PRESETS,
  chinchillaLoss,
  countParameters,
  dataConstrainedOptimum,
  effectiveData,
  MUENNIGHOFF2023,
  countingExponents,
  LAWS,
  nonEmbeddingComputeAtOptimum,
  PEARCE_SONG_SHAPE,
  uniqueParams,
} from '../../../src/engine';

type Lang = 'en' | 'zh';
const text = (lang: Lang) => readFileSync(`content/${lang}/beyond-chinchilla.mdx`, 'utf8');
const f = (x: number, d: number) => x.toFixed(d);
const pct = (x: number) => `${Math.round(100 * x)}%`;
/** Billions as the English text writes them ("7.03B") and 亿 as the Chinese text does ("70.3 亿"). */
const bn = (x: number, d: number) => ({ en: `${f(x / 1e9, d)}B`, zh: `${f(x / 1e8, Math.max(0, d - 1))} 亿` });
const tn = (x: number, d: number) => ({ en: `${f(x / 1e12, d)}T`, zh: `${f(x / 1e12, d)} 万亿` });
const both = (s: string) => ({ en: s, zh: s });
/** Small counts are spelled out in English prose. */
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** A bare integer must stand alone (not be part of a longer number); anything else is a substring match. */
const has = (src: string, t: string) => (/^\d+$/.test(t) ? new RegExp(`(?<![\\d.,])${t}(?![\\d.,]\\d)`).test(src) : src.includes(t));

/** Chinese writes 1000 亿 etc. without separators; these helpers only cover the chapter's cases. */
function claims(): { what: string; text: { en: string; zh: string } }[] {
  const law = MUENNIGHOFF2023;
  const share = (epochs: number) => effectiveData(epochs * 1e9, 1e9) / 1e9;
  const readme = dataConstrainedOptimum(1e22, 25e9);
  const fresh = (o: ReturnType<typeof dataConstrainedOptimum>) => chinchillaLoss(law, o.chinchilla.params, o.chinchilla.tokens);
  const q100 = dataConstrainedOptimum(1e24, 100e9);
  const q1t = dataConstrainedOptimum(1e24, 1e12);
  const small = effectiveData(1.875e12, 5e11) / 5e11;
  const l8 = countParameters(ARCH_PRESETS.llama3_8b);
  const l70 = countParameters(ARCH_PRESETS.llama3_70b);
  const mix = countParameters(ARCH_PRESETS.mixtral_8x7b);
  const sized = obsModels.filter((m) => m.params !== null && m.tokens !== null);
  // The rows whose authors contradict them (BTLM-3B-8K's tokens, OpenLLaMA 7Bv2's parameters) are left out of the counts.
  const kept = sized.filter((m) => !isSetAside(m.id));
  const ratios = kept.map((m) => m.tokens! / m.params!).sort((a, b) => a - b);
  const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
  const median = (ratios[(ratios.length - 1) >> 1] + ratios[ratios.length >> 1]) / 2;
  const fam = (name: string) => obsModels.filter((m) => m.family === name);
  const range = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null);
    return [Math.min(...v), Math.max(...v)];
  };
  const pythia = fam('Pythia');
  const qwen = fam('Qwen1.5').filter((m) => m.flops !== null);
  const width = (k: number) => (2 * Math.log(9)) / k;
  const ce = (c: number) => countingExponents(LAWS.besiroglu2024, c, PEARCE_SONG_SHAPE);
  /** Kaplan's non-embedding sizes (768 to 1.5e9, Kaplan §3) and the compute at which a law makes them optimal. */
  const kaplanRange = (law: typeof LAWS.besiroglu2024) => [768, 1.5e9].map((n) => nonEmbeddingComputeAtOptimum(law, n, PEARCE_SONG_SHAPE));
  const chord = (law: typeof LAWS.besiroglu2024) => {
    const [c0, c1] = kaplanRange(law);
    return Math.log(1.5e9 / 768) / Math.log(c1 / c0);
  };
  const [k0, k1] = kaplanRange(LAWS.besiroglu2024);
  return [
    { what: 'total-count exponent (refit)', text: { en: `gives ${f(ce(1e18).total, 3)} at every budget`, zh: `任何预算下都是 ${f(ce(1e18).total, 3)}` } },
    { what: 'non-embedding exponent at 1e18', text: both(f(ce(1e18).nonEmbedding, 3)) },
    { what: 'non-embedding exponent at 1e20', text: both(f(ce(1e20).nonEmbedding, 3)) },
    { what: 'non-embedding exponent at 1e23', text: both(f(ce(1e23).nonEmbedding, 3)) },
    { what: "Kaplan's range, low end", text: both(`$${f(k0 / 1e12, 2)}\\times10^{12}$`) },
    { what: "Kaplan's range, high end", text: both(`$${f(k1 / 1e20, 2)}\\times10^{20}$`) },
    { what: 'chord over Kaplan range (refit)', text: both(`$C^{${f(chord(LAWS.besiroglu2024), 3)}}$`) },
    { what: 'chord over Kaplan range (Hoffmann)', text: both(`$C^{${f(chord(LAWS.hoffmann2022), 3)}}$`) },
    { what: 'D′ at 4 epochs', text: both(`$D' = ${f(share(4), 2)}\\,U_D$`) },
    { what: 'share at 4 epochs', text: both(pct(share(4) / 4)) },
    { what: 'D′ at 16 epochs', text: both(`$${f(share(16), 1)}\\,U_D$`) },
    { what: 'share at 16 epochs', text: both(pct(share(16) / 16)) },
    { what: 'D′ at 40 epochs', text: both(`$${f(share(40), 1)}\\,U_D$`) },
    { what: 'share at 40 epochs', text: both(pct(share(40) / 40)) },
    { what: 'ceiling 1 + R_D*', text: both(`$${f(1 + law.rdStar, 1)}\\,U_D$`) },
    { what: 'U_N / U_D', text: both(`$${f(uniqueParams(1e9) / 1e9, 3)}\\,U_D$`) },
    { what: 'README optimum N', text: bn(readme.params, 2) },
    { what: 'README optimum epochs', text: both(f(readme.epochs, 1)) },
    { what: 'README optimum loss', text: both(f(readme.loss, 3)) },
    { what: 'fresh optimum N', text: bn(readme.chinchilla.params, 2) },
    { what: 'fresh optimum loss', text: both(f(fresh(readme), 3)) },
    { what: 'penalty at 1e22', text: both(f(readme.loss - fresh(readme), 3)) },
    { what: '100B: N', text: { en: `${f(q100.params / 1e9, 0)}B`, zh: `${f(q100.params / 1e9, 0)}0 亿` } },
    { what: '100B: tokens', text: tn(q100.tokens, 2) },
    { what: '100B: epochs', text: both(`${f(q100.epochs, 0)} `) },
    { what: '100B: loss', text: both(f(q100.loss, 3)) },
    { what: '100B: fresh loss', text: both(f(fresh(q100), 3)) },
    { what: '100B: penalty', text: both(f(q100.loss - fresh(q100), 3)) },
    { what: '1T: epochs', text: both(f(q1t.epochs, 2)) },
    { what: '1T: N', text: { en: `${f(q1t.params / 1e9, 0)}B`, zh: `${f(q1t.params / 1e9, 0)}0 亿` } },
    { what: '1T: loss', text: both(f(q1t.loss, 3)) },
    { what: '1T: penalty', text: both(f(q1t.loss - fresh(q1t), 3)) },
    { what: '1B at 1,875 tokens/param: D′/U', text: both(`500\\text{B} \\times ${f(small, 2)}`) },
    { what: '1B at 1,875 tokens/param: share', text: both(pct(small / 3.75)) },
    {
      what: 'Llama 3 8B embeddings',
      text: { en: `${f(l8.embedding / 1e9, 2)}B of its ${f(l8.total / 1e9, 2)}B`, zh: `${f(l8.total / 1e8, 1)} 亿参数中的 ${f(l8.embedding / 1e8, 1)} 亿` },
    },
    { what: 'Llama 3 8B embedding share', text: both(pct(l8.embedding / l8.total)) },
    {
      what: 'Llama 3 70B embeddings',
      text: { en: `${f(l70.embedding / 1e9, 1)}B of ${f(l70.total / 1e9, 1)}B`, zh: `${f(l70.total / 1e8, 0)} 亿中的 ${f(l70.embedding / 1e8, 0)} 亿` },
    },
    { what: 'Llama 3 70B embedding share', text: both(pct(l70.embedding / l70.total)) },
    { what: 'Mixtral total', text: { en: `${f(mix.total / 1e9, 1)}B`, zh: `${f(mix.total / 1e8, 0)} 亿` } },
    { what: 'Mixtral active', text: { en: `${f(mix.active / 1e9, 1)}B`, zh: `${f(mix.active / 1e8, 0)} 亿` } },
    { what: 'models in the release', text: both(`${obsModels.length}`) },
    { what: 'models with parameters and tokens', text: both(`${sized.length}`) },
    { what: 'kept after the rows set aside', text: both(`${kept.length}`) },
    { what: 'below 20 tokens/param', text: both(`${ratios.filter((v) => r6(v) < 20).length}`) },
    { what: 'exactly 20 (Cerebras-GPT)', text: both(`${ratios.filter((v) => r6(v) === 20).length}`) },
    { what: 'above 20', text: both(`${ratios.filter((v) => r6(v) > 20).length}`) },
    { what: '100 or more', text: both(`${ratios.filter((v) => v >= 100).length}`) },
    { what: '1,000 or more', text: both(`${ratios.filter((v) => v >= 1000).length}`) },
    { what: 'largest ratio', text: both(ratios[ratios.length - 1].toLocaleString('en-US')) },
    { what: 'median ratio', text: both(` ${Math.round(median)} `) },
    { what: 'Pythia models', text: { en: `${WORDS[pythia.length]} Pythia`, zh: `${pythia.length} 个 Pythia` } },
    { what: 'Pythia MMLU low', text: both(f(range(pythia.map((m) => m.scores.MMLU))[0], 3)) },
    { what: 'Pythia MMLU high', text: both(f(range(pythia.map((m) => m.scores.MMLU))[1], 3)) },
    { what: 'Pythia HellaSwag low', text: both(f(range(pythia.map((m) => m.scores.HellaSwag))[0], 3)) },
    { what: 'Pythia HellaSwag high', text: both(f(range(pythia.map((m) => m.scores.HellaSwag))[1], 3)) },
    { what: 'Qwen1.5 models with FLOPs', text: { en: `${WORDS[qwen.length]} Qwen1.5`, zh: `${qwen.length} 个 Qwen1.5` } },
    { what: 'Qwen1.5 MMLU low', text: both(f(range(qwen.map((m) => m.scores.MMLU))[0], 3)) },
    { what: 'Qwen1.5 MMLU high', text: both(f(range(qwen.map((m) => m.scores.MMLU))[1], 3)) },
    { what: 'sigmoid 10–90% width at k = −10', text: both(`= ${f(width(10), 2)}`) },
    { what: 'orders of magnitude at k = −10', text: both(f(width(10) / 0.1, 1)) },
    { what: 'loss change at k = −30', text: both(f(width(30), 3)) },
    { what: 'orders of magnitude at k = −30', text: both(f(width(30) / 0.1, 1)) },
  ];
}

describe('chapter 5 numbers (Muennighoff et al. 2023 law, published configs, Ruan et al. 2024 data)', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: every number the chapter computes is in the text as computed`, () => {
      const src = text(lang);
      const missing = claims()
        .filter((c) => !has(src, c.text[lang]))
        .map((c) => `${c.what}: ${c.text[lang]}`);
      expect(missing).toEqual([]);
    });
  }
  it('the released law reproduces the README example the chapter quotes (datablations README, 1e22 FLOPs, 25e9 unique tokens)', () => {
    const o = dataConstrainedOptimum(1e22, 25e9);
    expect(o.params / 7022364735.879969).toBeCloseTo(1, 2);
    expect(o.epochs).toBeCloseTo(9.49, 1);
  });
});
