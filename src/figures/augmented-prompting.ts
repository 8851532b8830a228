/**
 * Augmented prompting (Wei et al. 2022, arXiv 2206.07682, §4 and Table 1, lower half): a technique such as chain of
 * thought, instruction tuning, a scratchpad or P(True) calibration helps only past a certain scale. The scale is the
 * paper's number (drawn as a point); the with/without curves are a SCHEMATIC from the engine
 * (augmentedPromptingSchematic), because Table 1 gives only the scale, not the curves.
 */
import * as Plot from '@observablehq/plot';
import { augmentedPromptingSchematic } from '../engine/emergence-schematic';
import { logSpace } from '../engine/stats';
import type en from '../i18n/figures/en/augmented-prompting';
import {
  chanceMarks,
  chanceSpec,
  computeMarks,
  computeSpec,
  scaleLabelMark,
  scoreAxes,
  sharpnessSpec,
  table1Reading,
  table1Rows,
  table1Words,
  withoutCompute,
} from './lib/emergence-plot';
import { SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { drawPatching } from './lib/reuse';
import { defineModelFigure, type ParamSchema } from './lib/types';

const HEIGHT = 380;
const X_MIN = 1e18;
const X_MAX = 1e26;
/** Score the technique reaches at large scale (illustrative). */
const CEILING = 0.8;
const WITH_COLOR = SERIES_COLORS[0];
const WITHOUT_COLOR = SERIES_COLORS[7];

/** The thirteen augmented-prompting rows of Table 1, in the table's order, by the ability Table 1 names. */
const TECHNIQUES = [
  { value: 'instruction', ability: 'Instruction following (finetuning)' },
  { value: 'scratchpad', ability: 'Scratchpad: 8-digit addition (finetuning)' },
  { value: 'open-book', ability: 'Using open-book knowledge for fact checking' },
  { value: 'cot-math', ability: 'Chain-of-thought: Math word problems' },
  { value: 'cot-strategyqa', ability: 'Chain-of-thought: StrategyQA' },
  { value: 'dsi', ability: 'Differentiable search index' },
  { value: 'self-consistency', ability: 'Self-consistency decoding' },
  { value: 'explanations', ability: 'Leveraging explanations in prompting' },
  { value: 'least-to-most', ability: 'Least-to-most prompting' },
  { value: 'zero-shot-cot', ability: 'Zero-shot chain-of-thought reasoning' },
  { value: 'calibration', ability: 'Calibration via P(True)' },
  { value: 'multilingual-cot', ability: 'Multilingual chain-of-thought reasoning' },
  { value: 'ama', ability: 'Ask me anything prompting' },
] as const;

const DEFAULT = 'cot-math';

/** The Table 1 row behind each option (throws at load time if the engine's table and this list ever disagree). */
export const TECHNIQUE_ROWS = table1Rows('augmented-prompting', 'augmented', TECHNIQUES);

const params = {
  compute: computeSpec(X_MIN, X_MAX),
  technique: { kind: 'choice', default: DEFAULT, options: TECHNIQUES.map((t) => ({ value: t.value })) },
  chance: chanceSpec(0),
  sharpness: sharpnessSpec(),
  baseline: { kind: 'quantity', default: 0.15, min: 0, max: 0.6, scale: 'linear', step: 0.01, display: 'percent' },
  others: { kind: 'boolean', default: true },
} satisfies ParamSchema;

/** The with/without curves for the picked technique, its point, the other techniques' scales, and what Table 1 says at C. Numbers only. */
function model(p: { compute: number; technique: string; chance: number; sharpness: number; baseline: number; others: boolean }) {
  const technique = TECHNIQUE_ROWS.has(p.technique) ? p.technique : DEFAULT;
  const row = TECHNIQUE_ROWS.get(technique)!;
  const options = { thresholdFlops: row.flops, chance: p.chance, ceiling: CEILING, sharpness: p.sharpness, baselineShare: p.baseline };
  return {
    technique,
    row,
    chance: p.chance,
    compute: p.compute,
    curve: logSpace(X_MIN, X_MAX, 81).map((flops) => augmentedPromptingSchematic(flops, options)),
    /** The curves at the technique's emergence scale. */
    at: augmentedPromptingSchematic(row.flops, options),
    /** The other techniques' scales, ticked along the bottom (none when `others` is off). */
    /** Every Table 1 row of the figure, in the table's order. */
    rows: [...TECHNIQUE_ROWS.entries()].map(([value, r]) => ({ value, model: r.model, params: r.params, flops: r.flops })),
    rug: p.others ? [...TECHNIQUE_ROWS.entries()].filter(([v]) => v !== technique).map(([, r]) => ({ flops: r.flops })) : [],
    reading: table1Reading(TECHNIQUE_ROWS, technique, p.compute),
    /** Every setting but the compute, as text: what the unmoving marks show (drawPatching's key, with the language). */
    still: withoutCompute(p),
  };
}

type Model = ReturnType<typeof model>;

export default defineModelFigure({
  id: 'augmented-prompting',
  home: 'emergence',
  schematic: true,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/augmented-prompting'), zh: () => import('../i18n/figures/zh/augmented-prompting') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    const e = t.emergence;
    const { curve, at } = m;
    const last = curve[curve.length - 1];
    // The compute slider moves only its line and label: the rest is drawn once per other setting and copied.
    return drawPatching(
      {
        ...scoreAxes(ctx, e, HEIGHT, X_MIN, X_MAX, 5),
        marks: [
          Plot.ruleX(m.rug, { x: 'flops', y1: 0, y2: 0.05, stroke: 'currentColor', strokeOpacity: 0.55, strokeWidth: 1.5 }),
          ...chanceMarks(m.chance, X_MIN, lang, e),
          ...computeMarks(m.compute, X_MAX),
          Plot.areaY(curve, { x: 'flops', y1: 'withoutTechnique', y2: 'withTechnique', fill: WITH_COLOR, fillOpacity: 0.14, curve: 'monotone-x' }),
          Plot.line(curve, { x: 'flops', y: 'withoutTechnique', stroke: WITHOUT_COLOR, strokeWidth: 2, strokeDasharray: '6 4', curve: 'monotone-x' }),
          Plot.line(curve, { x: 'flops', y: 'withTechnique', stroke: WITH_COLOR, strokeWidth: 2.5, curve: 'monotone-x' }),
          Plot.text([last], { x: 'flops', y: 'withTechnique', text: () => t.with, textAnchor: 'end', dy: -10, fill: WITH_COLOR, fontWeight: 600 }),
          Plot.text([last], { x: 'flops', y: 'withoutTechnique', text: () => t.without, textAnchor: 'end', dy: -10, fill: 'currentColor', fillOpacity: 0.85 }),
          Plot.ruleX([at], { x: 'flops', y1: 0, y2: 'withTechnique', stroke: WITH_COLOR, strokeDasharray: '3 3', strokeOpacity: 0.9 }),
          Plot.dot([at], { x: 'flops', y: 'withTechnique', r: 6, fill: WITH_COLOR, stroke: 'var(--bg-card, var(--plot-background, white))', strokeWidth: 1.5 }),
          scaleLabelMark(at, 'withTechnique', m.row, X_MIN, X_MAX, lang),
          tipMark<(typeof curve)[number]>(curve, {
            x: 'flops',
            y: 'withTechnique',
            title: (d) =>
              tipText(lang, [
                [e.axis.flops, d.flops, 'scientific'],
                [t.with, d.withTechnique, 'percent'],
                [t.without, d.withoutTechnique, 'percent'],
              ]),
          }),
        ],
      },
      `augmented-prompting:${lang}:${m.still}`,
    );
  },
  table(m: Model, { t }) {
    const e = t.emergence;
    const names: Record<string, string> = t.params.technique.options;
    return {
      columns: [
        { key: 'kind', label: e.column.source, format: 'text' },
        { key: 'technique', label: t.column.technique, format: 'text' },
        { key: 'model', label: e.column.model, format: 'text' },
        { key: 'params', label: e.column.params, format: 'quantity' },
        { key: 'flops', label: e.axis.flops, format: 'scientific' },
        { key: 'without', label: t.column.without, format: 'percent' },
        { key: 'with', label: t.column.with, format: 'percent' },
      ],
      rows: [
        ...m.rows.map((r) => ({ kind: e.kind.table1, technique: names[r.value], model: r.model, params: r.params, flops: r.flops, without: '', with: '' })),
        ...m.curve
          .filter((_, i) => i % 4 === 0)
          .map((p) => ({ kind: e.kind.curve, technique: names[m.technique], model: '', params: '', flops: p.flops, without: p.withoutTechnique, with: p.withTechnique })),
      ],
    };
  },
  readouts(m: Model, { lang, t }) {
    return table1Words(m.reading, t.params.technique.options, t.readout, lang, t.emergence);
  },
});

export type { Model as AugmentedPromptingModel };
export type Messages = typeof en;
