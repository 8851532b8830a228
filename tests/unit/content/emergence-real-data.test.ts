// The emergence chapter's section on real measurements states numbers read from the ObsScaling release (Ruan, Maddison &
// Hashimoto 2024). Each is recomputed here from src/data/obsscaling.ts (which tests/unit/data/obsscaling.test.ts checks
// against the CSV files) and must appear, written the same way, in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emergentModels, OBS_COUNTS, obsModel, obsModels, withFlops } from '../../../src/data/obsscaling';

const HEADINGS = { en: '## Emergence in real measurements', zh: '## 真实测量中的涌现' } as const;

function section(lang: 'en' | 'zh'): string {
  const src = readFileSync(`content/${lang}/emergence.mdx`, 'utf8');
  const start = src.indexOf(HEADINGS[lang]);
  expect(start, lang).toBeGreaterThan(0);
  const end = src.indexOf('\n## ', start + 3);
  return src.slice(start, end);
}

const fixed = (x: number, digits: number) => x.toFixed(digits);
/** a×10^{b} with `digits` decimals, as the chapter writes it in math. */
const sci = (x: number, digits: number) => {
  const e = Math.floor(Math.log10(x));
  return `${(x / 10 ** e).toFixed(digits)}\\times10^{${e}}`;
};
const model = (id: string) => {
  const m = obsModel(id);
  if (!m) throw new Error(id);
  return m;
};

/** Every number the section states, as written, from the data. */
function claims(): { what: string; text: string }[] {
  const below = withFlops().filter((m) => m.flops < 1e22);
  const best = (b: 'GSM8K' | 'HellaSwag') => Math.max(...below.map((m) => m.scores[b] ?? 0));
  const ipa = emergentModels().filter((m) => m.flops !== null && m.emergent.ipa_transliterate_2_exact_match !== null && m.emergent.ipa_transliterate_2_bleu !== null);
  const exact = (m: (typeof ipa)[number]) => m.emergent.ipa_transliterate_2_exact_match as number;
  const bleu = (m: { emergent: Record<string, number | null> | null }) => m.emergent?.ipa_transliterate_2_bleu as number;
  const zeros = ipa.filter((m) => exact(m) === 0);
  const pythia = model('EleutherAI/pythia-12b-deduped');
  const phi = model('microsoft/phi-2');
  const llama405 = model('meta-llama/Meta-Llama-3.1-405B-FP8');
  const qwen14 = model('Qwen/Qwen-14B');
  const qwen72 = model('Qwen/Qwen-72B');
  const opt67 = model('facebook/opt-6.7b');
  const opt13 = model('facebook/opt-13b');
  return [
    { what: 'models in the release', text: String(obsModels.length) },
    { what: 'models without FLOPs', text: String(OBS_COUNTS.missingFlops) },
    { what: 'Pythia-12B FLOPs', text: sci(pythia.flops!, 2) },
    { what: 'Pythia-12B MMLU', text: fixed(pythia.scores.MMLU!, 3) },
    { what: 'Phi-2 FLOPs', text: sci(phi.flops!, 2) },
    { what: 'Phi-2 MMLU', text: fixed(phi.scores.MMLU!, 3) },
    { what: 'models below 1e22 FLOPs', text: `${below.length} ` },
    { what: 'best HellaSwag below 1e22', text: fixed(best('HellaSwag'), 3) },
    { what: 'best GSM8K below 1e22', text: fixed(best('GSM8K'), 3) },
    { what: 'Llama-3.1-405B FLOPs', text: sci(llama405.flops!, 3) },
    { what: 'Llama-3.1-405B GSM8K', text: fixed(llama405.scores.GSM8K!, 3) },
    { what: 'models with both IPA scores', text: String(ipa.length) },
    { what: 'IPA exact-match zeros', text: `${zeros.length} ` },
    { what: 'most compute at an exact-match zero', text: sci(Math.max(...zeros.map((m) => m.flops!)), 1) },
    { what: 'smallest non-zero exact match', text: fixed(Math.min(...ipa.map(exact).filter((x) => x > 0)), 3) },
    { what: 'best exact match (Llama-3.1-405B)', text: fixed(Math.max(...ipa.map(exact)), 3) },
    { what: 'lowest BLEU of the zeros', text: fixed(Math.min(...zeros.map(bleu)), 3) },
    { what: 'highest BLEU of the zeros', text: fixed(Math.max(...zeros.map(bleu)), 2) },
    { what: 'Qwen-72B exact match', text: fixed(qwen72.emergent!.ipa_transliterate_2_exact_match!, 3) },
    { what: 'Qwen-14B exact match', text: fixed(qwen14.emergent!.ipa_transliterate_2_exact_match!, 3) },
    { what: 'Qwen-14B BLEU', text: fixed(bleu(qwen14), 2) },
    { what: 'Qwen-72B BLEU', text: fixed(bleu(qwen72), 1) },
    { what: 'OPT-13B 2-digit multiplication', text: fixed(opt13.emergent!.arithmetic_2dm_2_acc!, 3) },
    { what: 'OPT-6.7B 2-digit multiplication', text: fixed(opt67.emergent!.arithmetic_2dm_2_acc!, 3) },
  ];
}

describe('emergence chapter: the real-data section states what src/data/obsscaling.ts holds', () => {
  it('the claims describe the data (the direction of each comparison)', () => {
    expect(
      withFlops()
        .filter((m) => m.flops < 1e22)
        .every((m) => (m.scores.GSM8K ?? 0) < 0.17),
    ).toBe(true);
    const ipa = emergentModels().filter((m) => m.flops !== null && m.emergent.ipa_transliterate_2_exact_match !== null && m.emergent.ipa_transliterate_2_bleu !== null);
    expect(ipa.filter((m) => m.emergent.ipa_transliterate_2_bleu === 0)).toEqual([]);
    expect(model('Qwen/Qwen-72B').flops!).toBeGreaterThan(model('Qwen/Qwen-14B').flops!);
    expect(model('facebook/opt-13b').flops!).toBeGreaterThan(model('facebook/opt-6.7b').flops!);
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: every number of the section is in the data, written as the data gives it`, () => {
      const text = section(lang);
      for (const c of claims()) expect(text, `${c.what}: ${c.text}`).toContain(c.text);
      // en spells out "Sixty" at the start of a sentence.
      if (lang === 'en') expect(text).toContain('Sixty models');
      expect(text).toContain('<Figure id="benchmarks-vs-compute" />');
      expect(text).toContain('<Figure id="real-emergence" />');
      expect(text).toContain('arXiv 2405.10938');
      expect(text).toContain('(../data/#obsscaling-benchmarks)');
    });
  }
});
