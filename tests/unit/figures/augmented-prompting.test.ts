import { describe, expect, it } from 'vitest';
import def, { TECHNIQUE_ROWS } from '../../../src/figures/augmented-prompting';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';

// Wei et al. 2022 (arXiv 2206.07682) Table 1, augmented prompting rows, typed here from the paper (facts.md §6).
const PRINTED: Record<string, { flops: number; params: number; model: string; reference: string }> = {
  instruction: { flops: 1.3e23, params: 68e9, model: 'FLAN', reference: 'Wei et al. (2022a)' },
  scratchpad: { flops: 8.9e19, params: 40e6, model: 'LaMDA', reference: 'Nye et al. (2021)' },
  'open-book': { flops: 1.3e22, params: 7.1e9, model: 'Gopher', reference: 'Rae et al. (2021)' },
  'cot-math': { flops: 1.3e23, params: 68e9, model: 'LaMDA', reference: 'Wei et al. (2022b)' },
  'cot-strategyqa': { flops: 2.9e23, params: 62e9, model: 'PaLM', reference: 'Chowdhery et al. (2022)' },
  dsi: { flops: 3.3e22, params: 11e9, model: 'T5', reference: 'Tay et al. (2022b)' },
  'self-consistency': { flops: 1.3e23, params: 68e9, model: 'LaMDA', reference: 'Wang et al. (2022b)' },
  explanations: { flops: 5.0e23, params: 280e9, model: 'Gopher', reference: 'Lampinen et al. (2022)' },
  'least-to-most': { flops: 3.1e23, params: 175e9, model: 'GPT-3', reference: 'Zhou et al. (2022)' },
  'zero-shot-cot': { flops: 3.1e23, params: 175e9, model: 'GPT-3', reference: 'Kojima et al. (2022)' },
  calibration: { flops: 2.6e23, params: 52e9, model: 'Anthropic', reference: 'Kadavath et al. (2022)' },
  'multilingual-cot': { flops: 2.9e23, params: 62e9, model: 'PaLM', reference: 'Shi et al. (2022)' },
  ama: { flops: 1.4e22, params: 6e9, model: 'EleutherAI', reference: 'Arora et al. (2022)' },
};

// Plot frame: width 640, height 380, margins left 56, right 24; x log 1e18…1e26.
const xPixel = (flops: number) => 56 + ((Math.log10(flops) - 18) / 8) * (640 - 56 - 24);

function render(values: Record<string, AnyValue>, lang: 'zh' | 'en' = 'en') {
  return renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
}

function highlighted(html: string): { cx: number; cy: number } {
  const m = /<circle r="6" cy="([\d.]+)" cx="([\d.]+)"/.exec(html);
  if (!m) throw new Error('no highlighted point');
  return { cx: Number(m[2]), cy: Number(m[1]) };
}

describe('augmented-prompting: Wei et al. 2022 Table 1 (augmented prompting)', () => {
  it('offers exactly the thirteen augmented-prompting rows of Table 1', () => {
    expect(def.params.technique.options.map((o) => o.value).sort()).toEqual(Object.keys(PRINTED).sort());
  });

  for (const [technique, printed] of Object.entries(PRINTED)) {
    it(`places “${technique}” at its printed ${printed.flops.toExponential(1)} training FLOPs (${printed.model}, ${printed.reference}; Table 1)`, () => {
      const row = TECHNIQUE_ROWS.get(technique)!;
      expect([row.flops, row.params, row.model, row.reference]).toEqual([printed.flops, printed.params, printed.model, printed.reference]);
      const { html, output } = render({ technique });
      expect(Math.abs(highlighted(html).cx - xPixel(printed.flops))).toBeLessThan(0.01);
      expect(output.readouts![2].value).toBe(printed.reference);
      const tableRows = output.data.rows.filter((r) => r.kind === 'Table 1');
      expect(tableRows).toHaveLength(13);
      expect(tableRows.some((r) => r.flops === printed.flops && r.params === printed.params && r.model === printed.model)).toBe(true);
    });
  }

  it('default readout: chain of thought on math word problems emerges at 1.3×10²³ FLOPs, LaMDA 68B; instruction following and self-consistency share the scale (Table 1)', () => {
    const { output } = render({});
    expect(output.readouts![1].value).toBe('1.3×10²³ training FLOPs, LaMDA with 68B parameters');
    expect(output.readouts![3].value).toBe('Instruction following (finetuning) (FLAN); Self-consistency decoding (LaMDA)');
    const zh = render({ technique: 'scratchpad' }, 'zh').output;
    expect(zh.readouts![1].value).toBe('8.9×10¹⁹ 训练 FLOPs，LaMDA 4000万 参数');
  });

  it('compute readout counts the Table 1 techniques at or below C, smallest first: 1e23 → scratchpad, open-book, AMA, DSI (4 of 13)', () => {
    expect(render({}).output.readouts![0].value).toBe(
      '4 of 13: Scratchpad: 8-digit addition (finetuning); Using open-book knowledge for fact checking; Ask me anything prompting; Differentiable search index',
    );
    expect(render({ compute: 5e23 }).output.readouts![0].value).toBe('all 13');
    expect(render({ compute: 1e19 }, 'zh').output.readouts![0].value).toBe('13 项中一项也没有');
  });

  it('schematic: with ≥ without everywhere; the gain is < 0.1% two decades below the threshold and > 40 points two decades above', () => {
    const { output } = render({ technique: 'cot-math' });
    const curve = output.data.rows.filter((r) => r.kind === 'schematic curve');
    expect(curve.length).toBeGreaterThan(15);
    expect(curve.length).toBeLessThanOrEqual(25);
    for (const r of curve) expect(r.with as number).toBeGreaterThanOrEqual(r.without as number);
    const near = (f: number) => curve.reduce((a, b) => (Math.abs(Math.log10((b.flops as number) / f)) < Math.abs(Math.log10((a.flops as number) / f)) ? b : a));
    const below = near(1.3e21);
    const above = near(1.3e25);
    expect((below.with as number) - (below.without as number)).toBeLessThan(0.001);
    expect((above.with as number) - (above.without as number)).toBeGreaterThan(0.4);
  });

  it('the baseline parameter 0 gives a flat line at the chance level', () => {
    const { output } = render({ baseline: 0, chance: 0.5 });
    for (const r of output.data.rows.filter((x) => x.kind === 'schematic curve')) expect(r.without as number).toBeCloseTo(0.5, 12);
  });

  it('"others" off removes the twelve ticks of the other techniques', () => {
    const count = (html: string) => (html.match(/<line/g) ?? []).length;
    expect(count(render({}).html) - count(render({ others: false }).html)).toBe(12);
  });
});
