import { describe, expect, it } from 'vitest';
import def, { FIG4_MAX_TOKENS_PER_PARAM } from '../../../src/figures/inference-aware';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';
import { captionsOf, messagesOf } from '../../../src/figures/lib/catalogue';
import { INFERENCE_AWARE_SOURCE } from '../../../src/engine';
import { chinchillaRuns } from '../../../src/data/chinchilla-runs';

const render = (values: Record<string, AnyValue> = {}, lang: 'zh' | 'en' = 'en') =>
  renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang).output;
const readout = (out: ReturnType<typeof render>, label: RegExp) => out.readouts!.find((r) => label.test(r.label))?.value;

describe('inference-aware', () => {
  it('a 13B model on 260B tokens serving 2T inference tokens: 4.1B params on 975B tokens, 24.5% less total compute (engine example)', () => {
    const out = render();
    expect(readout(out, /Target loss/)).toBe('2.074 nats/token');
    expect(readout(out, /^Inference-aware optimum$/)).toMatch(/^4\.11B params on 975B training tokens/);
    expect(readout(out, /Compute-optimal model/)).toMatch(/^8\.57B params/);
    expect(readout(out, /Total training/)).toBe('4.05×10²² vs 5.36×10²² FLOPs');
    expect(readout(out, /^Saving/)).toMatch(/^24\.5%/);
  });

  it('states on the figure that the objective follows Sardana et al. 2024 and is secondary-sourced, naming the paper’s Fig. 1 and the secondary source', () => {
    for (const lang of ['en', 'zh'] as const) {
      const s = captionsOf(def, lang);
      expect(s.caption).toContain(INFERENCE_AWARE_SOURCE.arxiv);
      expect(s.caption).toMatch(/Fig\. 1|图 1/);
      expect(s.caption).toContain('liner.com');
      expect(`${s.caption} ${s.source}`).not.toMatch(/facts\.md|§8|status S|状态 S/);
      expect(s.source).toContain(INFERENCE_AWARE_SOURCE.arxiv);
    }
    expect(captionsOf(def, 'en').caption).toMatch(/secondary sources/);
    expect(captionsOf(def, 'zh').caption).toMatch(/二手来源/);
    expect(readout(render(), /Objective/)).toMatch(/2401\.00448.*secondary/);
  });

  it('the Fig. 4 tokens-per-parameter ceiling it warns against is the largest D/N of the 240 runs (derived)', () => {
    const max = Math.max(...chinchillaRuns.map((r) => r.tokens / r.params));
    expect(Math.round(max)).toBe(FIG4_MAX_TOKENS_PER_PARAM);
    expect(render().warnings).toEqual([]);
    expect(render({ inferenceTokens: 1e16 }).warnings![0]).toMatch(/beyond the largest ratio/);
  });

  it('takes the target from a catalogue model or a typed loss, and more inference always means a smaller model', () => {
    const llama = render({ reference: 'llama-2-7b' });
    expect(readout(llama, /Target loss/)).toBeDefined();
    const small = render({ reference: 'loss', targetLoss: 2.1, inferenceTokens: 1e10 });
    const big = render({ reference: 'loss', targetLoss: 2.1, inferenceTokens: 1e14 });
    const size = (out: ReturnType<typeof render>) => out.data.rows.length && readout(out, /^Inference-aware optimum$/)!;
    expect(size(small)).not.toBe(size(big));
  });

  it('reads in Chinese', () => {
    expect(readout(render({}, 'zh'), /^推理感知最优$/)).toMatch(/^41.1亿 参数/);
  });
});

describe('inference-aware model and words, without a DOM', () => {
  const defaults = defaultsOf(def.params);

  it('model(): the 13B/260B reference under Hoffmann et al. 2022 eq. (10) (unrounded) sets ℓ = 2.074; with 2T inference tokens the optimum is 4.11B on 975B tokens, 24.5% below the compute-optimal 8.57B (objective of Sardana et al. 2024)', () => {
    const m = def.model(defaults);
    expect(m.target).toBeCloseTo(2.074, 3);
    expect(m.best.params / 1e9).toBeCloseTo(4.11, 2);
    expect(m.best.tokens / 1e9).toBeCloseTo(975, -1);
    expect(m.computeOptimal.params / 1e9).toBeCloseTo(8.57, 2);
    expect(m.best.saving).toBeCloseTo(0.245, 3);
    // every point of the curve costs 6·N·D_tr to train and 2·N·D_inf to serve
    for (const pt of m.curve) {
      expect(pt.trainingFlops / (6 * pt.params * pt.tokens)).toBeCloseTo(1, 9);
      expect(pt.inferenceFlops / (2 * pt.params * 2e12)).toBeCloseTo(1, 9);
    }
    expect(m.beyondRuns).toBe(false);
    expect(def.model({ ...defaults, inferenceTokens: 1e16 }).beyondRuns).toBe(true);
  });

  it('readouts and table in Chinese from the catalogue: 41.1亿 参数, 节省 24.5%', () => {
    const t = messagesOf(def, 'zh') as Parameters<NonNullable<typeof def.readouts>>[1]['t'];
    const m = def.model(defaults);
    const r = def.readouts!(m, { lang: 'zh', t });
    expect(r[0]).toEqual({ label: '目标损失（130亿 参数、2600亿 词元的模型）', value: '2.074 奈特/词元' });
    expect(r.find((x) => x.label === '推理感知最优')!.value).toMatch(/^41.1亿 参数，9750亿 训练词元（每参数 237 个）$/);
    expect(r.find((x) => x.label === '训练 + 推理总计算量')!.value).toBe('4.05×10²²，对比 5.36×10²² FLOPs');
    expect(r.find((x) => x.label === '相对计算最优模型的节省')!.value).toMatch(/^24.5%（/);
    expect(def.table(m, { lang: 'zh', t }).columns.map((c) => c.label)).toEqual(['参数量 N', '训练词元数', '训练 FLOPs', '推理 FLOPs', '总 FLOPs']);
  });
});
