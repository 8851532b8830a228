import { describe, expect, it } from 'vitest';
import { BENCHMARKS, obsFamilies, obsModels, withFlops } from '../../../src/data/obsscaling';
import def from '../../../src/figures/benchmarks-vs-compute';
import { BENCHMARK_FAMILIES, BENCHMARK_HIGHLIGHT } from '../../../src/figures/lib/obs-families';
import { type AnyValue, defaultsOf, readState } from '../../../src/figures/lib/params';
import { renderToString } from '../../../src/figures/lib/ssr';

function render(values: Record<string, AnyValue>, lang: 'zh' | 'en' = 'en') {
  return renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
}
const model = (values: Partial<{ benchmark: string; family: string }>) => def.model({ ...defaultsOf(def.params), ...values });

describe('benchmarks-vs-compute: the ObsScaling base models (Ruan et al. 2024) on a compute axis', () => {
  it('model() is plain data: 123 of the 148 models have FLOPs and an MMLU score, 25 lack FLOPs, BTLM-3B-8K and OpenLLaMA 7Bv2 are set aside (no DOM needed)', () => {
    const m = model({});
    expect(m.points).toHaveLength(121);
    expect(m.noFlops).toBe(25);
    expect(m.noScore).toBe(0);
    expect(m.setAside).toEqual([
      // The release's number, and its authors' (src/data/obsscaling-set-aside.ts): 13B against LLaMA 7B's 6.7B
      // (Touvron et al. 2023a, Table 2); 627T tokens against the 627B of Dey et al. 2023 (abstract).
      { id: 'openlm-research/open_llama_7b_v2', name: 'open_llama_7b_v2', field: 'params', released: 13e9, source: 6.7e9 },
      { id: 'cerebras/btlm-3b-8k-base', name: 'btlm-3b-8k-base', field: 'tokens', released: 627e12, source: 627e9 },
    ]);
    expect(m.points.length + m.noFlops + m.setAside.length).toBe(obsModels.length);
    for (const { id } of m.setAside) expect(m.points.some((p) => p.id === id)).toBe(false);
    expect(JSON.parse(JSON.stringify(m.points))).toEqual(m.points);
    // Sorted by compute; every value as in the data module (read from the CSV by scripts/gen-obsscaling.mjs).
    for (let i = 1; i < m.points.length; i++) expect(m.points[i].flops).toBeGreaterThanOrEqual(m.points[i - 1].flops);
    const llama = m.points.find((p) => p.id === 'meta-llama/Llama-2-13b-hf')!;
    expect(llama).toMatchObject({ name: 'Llama-2-13b-hf', family: 'Llama-2', flops: 1.56e23, params: 13e9, tokens: 2e12 });
    expect(llama.score).toBe(0.54337843); // the CSV's 0.543378428027997, to the module's 8 significant digits
    expect(m.best?.name).toBe('Meta-Llama-3.1-405B-FP8');
    expect(m.chance).toBe(0.25);
    expect(m.domain).toEqual([1e18, 1e26]);
  });

  it('counts what each benchmark leaves out: XWinograd 116 with FLOPs and a score, 16 without FLOPs, 7 without a score; HumanEval 112, 15, 11', () => {
    for (const [b, withBoth, noFlops, noScore] of [
      ['XWinograd', 116, 16, 7],
      ['HumanEval', 112, 15, 11],
    ] as const) {
      const m = model({ benchmark: b });
      expect([m.points.length + m.setAside.length, m.noFlops, m.noScore], b).toEqual([withBoth, noFlops, noScore]);
      expect(m.points.length + m.setAside.length).toBe(withFlops().filter((x) => x.scores[b] !== null).length);
    }
    expect(model({ benchmark: 'TruthfulQA' }).chance).toBeNull();
    expect(model({ benchmark: 'GSM8K' }).chance).toBe(0);
  });

  it('one family: Qwen1.5 has 7 models with FLOPs and 1 without; the others become grey context', () => {
    const m = model({ family: 'Qwen1.5' });
    expect(m.points.map((p) => p.name)).toEqual(['Qwen1.5-0.5B', 'Qwen1.5-1.8B', 'Qwen1.5-4B', 'Qwen1.5-7B', 'Qwen1.5-14B', 'Qwen1.5-32B', 'Qwen1.5-72B']);
    expect(m.noFlops).toBe(1);
    expect(m.context).toHaveLength(121 - 7);
  });

  it('the family lists are the data’s: families with ≥4 models with FLOPs, and the 7 largest of them', () => {
    const counts = new Map<string, number>();
    for (const x of withFlops()) counts.set(x.family, (counts.get(x.family) ?? 0) + 1);
    expect([...BENCHMARK_FAMILIES]).toEqual(obsFamilies().filter((f) => (counts.get(f) ?? 0) >= 4));
    const largest = obsFamilies()
      .filter((f) => counts.has(f))
      .sort((a, b) => counts.get(b)! - counts.get(a)!)
      .slice(0, 7);
    expect([...BENCHMARK_HIGHLIGHT]).toEqual(largest);
    expect(def.params.benchmark.options.map((o) => o.value)).toEqual([...BENCHMARKS]);
  });

  it('readouts in both languages; the tip names the model, its FLOPs and its score', () => {
    expect(render({}).output.readouts).toEqual([
      { label: 'Models plotted', value: '121 with training FLOPs and a score on MMLU' },
      {
        label: 'Left out',
        value:
          '25 without training FLOPs, 0 without a score; set aside: open_llama_7b_v2 (the release gives 13B parameters, its authors’ model 6.7B; Geng & Liu 2023: OpenLLaMA 7Bv2, LLaMA 7B’s architecture; Touvron et al. 2023a, Table 2); btlm-3b-8k-base (the release gives 627T tokens, its paper 627B; Dey et al. 2023, arXiv 2309.11568)',
      },
      { label: 'Chance level', value: '25%' },
      { label: 'Highest score', value: 'Meta-Llama-3.1-405B-FP8: 0.849 at 3.65×10²⁵ FLOPs' },
    ]);
    const zh = render({ benchmark: 'HumanEval' }, 'zh').output.readouts!;
    expect(zh[0]).toEqual({ label: '图中模型', value: '110 个，既有训练 FLOPs 又有 HumanEval 得分' });
    expect(zh[1].value).toBe(
      '15 个缺训练 FLOPs，11 个缺得分；另有 open_llama_7b_v2（数据发布给出 130亿 参数，而作者发布的模型是 67亿；Geng、Liu，2023：OpenLLaMA 7Bv2，沿用 LLaMA 7B 的结构；Touvron 等，2023a，原文表 2）；btlm-3b-8k-base（数据发布给出 627万亿 词元，而它的论文给出 6270亿；Dey 等，2023，arXiv 2309.11568）未采用',
    );
    const { html } = render({});
    expect(html).toContain('chance 25%');
    expect(render({}, 'zh').html).toContain('随机水平 25%');
    expect(render({ benchmark: 'TruthfulQA' }).html).not.toContain('chance');
  });

  it('URL state: ?benchmark=GSM8K&family=OPT is read back; an unknown family falls back with a notice', () => {
    expect(readState(def.params, 'benchmark=GSM8K&family=OPT', '').values).toEqual({ benchmark: 'GSM8K', family: 'OPT' });
    expect(readState(def.params, `family=${encodeURIComponent('GPT-Neo/J')}`, '').values.family).toBe('GPT-Neo/J');
    const bad = readState(def.params, 'family=GPT-5', '');
    expect(bad.values.family).toBe('all');
    expect(bad.notices).toHaveLength(1);
  });
});
