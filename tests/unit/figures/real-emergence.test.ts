import { describe, expect, it } from 'vitest';
import { emergentModels, obsFamilies } from '../../../src/data/obsscaling';
import { EMERGENCE_FAMILIES } from '../../../src/figures/lib/obs-families';
import { type AnyValue, defaultsOf, readState } from '../../../src/figures/lib/params';
import { renderToString } from '../../../src/figures/lib/ssr';
import def from '../../../src/figures/real-emergence';

function render(values: Record<string, AnyValue>, lang: 'zh' | 'en' = 'en') {
  return renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
}
const model = (values: Partial<{ task: string; metric: string; family: string }>) => def.model({ ...defaultsOf(def.params), ...values });

describe('real-emergence: BIG-bench tasks of the ObsScaling release (Ruan et al. 2024), two metrics for ipa_transliterate', () => {
  it('model() is plain data: 60 models have FLOPs and both IPA scores; 30 score exactly 0 by exact match, none by BLEU', () => {
    const exact = model({});
    const bleu = model({ metric: 'bleu' });
    expect(JSON.parse(JSON.stringify(exact.points))).toEqual(exact.points);
    expect(exact.points).toHaveLength(60);
    expect(bleu.points.map((p) => p.id)).toEqual(exact.points.map((p) => p.id));
    expect(exact.zeros).toBe(30);
    expect(exact.zeroUpTo).toBe(2.268e22); // phi-2
    expect(bleu.zeros).toBe(0);
    expect([exact.noFlops, exact.noScore]).toEqual([11, 13]);
    expect(exact.noFlops + exact.noScore + exact.points.length).toBe(emergentModels().length);
    const llama = exact.points.find((p) => p.name === 'Llama-2-13b-hf')!;
    // The CSV's 0.1326021934197407 and 38.95820914837535, to the module's 8 significant digits.
    expect(llama.score).toBe(0.13260219);
    expect(bleu.points.find((p) => p.name === 'Llama-2-13b-hf')!.score).toBe(38.958209);
    expect([exact.top, bleu.top]).toEqual([1, 100]);
  });

  it('per family: Qwen falls from 0.123 (Qwen-14B) to 0.014 (Qwen-72B) on IPA exact match while its BLEU reaches 19.4; Pythia never falls on 2-digit multiplication', () => {
    const qwen = model({ family: 'Qwen' });
    expect(qwen.points.map((p) => [p.name, Number(p.score.toFixed(3))])).toEqual([
      ['Qwen-7B', 0.065],
      ['Qwen-14B', 0.123],
      ['Qwen-72B', 0.014],
    ]);
    expect(qwen.drops.map((d) => d.to.name)).toEqual(['Qwen-72B']);
    // By BLEU the same three models dip slightly (0.53 → 0.50) and then reach 19.4 at Qwen-72B.
    const bleu = model({ family: 'Qwen', metric: 'bleu' });
    expect(bleu.drops.map((d) => d.to.name)).toEqual(['Qwen-14B']);
    expect(bleu.points[2].score).toBeCloseTo(19.4, 1);
    // Qwen1.5 has no BLEU scores, so the IPA view (both metrics needed) has none of its models; other tasks have all 7.
    expect(model({ family: 'Qwen1.5' }).points).toHaveLength(0);
    expect(model({ family: 'Qwen1.5', task: 'word_unscrambling' }).points).toHaveLength(7);
    const pythia = model({ family: 'Pythia', task: 'arithmetic_2dm' });
    expect(pythia.points).toHaveLength(8);
    expect(pythia.drops).toEqual([]);
    const opt = model({ family: 'OPT', task: 'arithmetic_2dm' });
    expect(opt.drops.map((d) => `${d.from.name}→${d.to.name}`)).toEqual(['opt-125m→opt-350m', 'opt-6.7b→opt-13b']);
  });

  it('the family list is the data’s: families with ≥3 models with FLOPs in the emergent-task file', () => {
    const em = emergentModels().filter((m) => m.flops !== null);
    const counts = new Map<string, number>();
    for (const m of em) counts.set(m.family, (counts.get(m.family) ?? 0) + 1);
    expect([...EMERGENCE_FAMILIES]).toEqual(obsFamilies(em).filter((f) => counts.get(f)! >= 3));
  });

  it('readouts in both languages', () => {
    expect(render({}).output.readouts).toEqual([
      { label: 'Models plotted', value: '60, from 17 families' },
      { label: 'Left out', value: '11 without training FLOPs, 13 without the score' },
      { label: 'Scoring exactly 0', value: '30 of 60, all at or below 2.27×10²² FLOPs' },
    ]);
    expect(render({ metric: 'bleu' }, 'zh').output.readouts![2]).toEqual({ label: '得分恰为 0', value: '没有' });
    const opt = render({ family: 'OPT', task: 'arithmetic_2dm' }, 'zh').output.readouts!;
    expect(opt[3]).toEqual({ label: '计算量更多，得分反而更低', value: 'opt-125m 0.023 → opt-350m 0.0195；opt-6.7b 0.135 → opt-13b 0.102' });
    expect(render({ family: 'Pythia', task: 'arithmetic_2dm' }).output.readouts![3].value).toMatch(/^never/);
  });

  it('URL state: the metric applies to IPA only; ?task=arithmetic_2dm&family=GPT-Neo/J reads back', () => {
    expect(def.params.metric.usedWhen).toEqual({ param: 'task', values: ['ipa_transliterate'] });
    expect(readState(def.params, `task=arithmetic_2dm&family=${encodeURIComponent('GPT-Neo/J')}`, '').values).toEqual({
      task: 'arithmetic_2dm',
      metric: 'exact',
      family: 'GPT-Neo/J',
    });
    expect(model({ task: 'arithmetic_2dm', metric: 'bleu' }).kind).toBe('accuracy');
  });
});
