/**
 * Few-shot emergent abilities (Wei et al. 2022, arXiv 2206.07682, Table 1, upper half): the training FLOPs at which
 * each ability emerges are the paper's numbers and are drawn as points; the S-shaped curves through them are a
 * SCHEMATIC (the engine's emergentCurveSchematic), because Table 1 gives only the scale, not the curves.
 */
import * as Plot from '@observablehq/plot';
import { emergentCurveSchematic } from '../engine/emergence';
import { logSpace } from '../engine/stats';
import type en from '../i18n/figures/en/emergence-tasks';
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
const X_MIN = 1e20;
const X_MAX = 1e26;
/** Score the schematic curves reach at large scale (illustrative: real tasks top out at very different heights). */
const CEILING = 0.8;
const DEFAULT = 'mmlu-57';

/** The nine few-shot rows of Table 1 that have a single scale (the tenth, "many BIG-Bench tasks", has none), by the ability Table 1 names. */
const TASKS = [
  { value: 'arith-3', ability: 'Addition/subtraction (3 digit)' },
  { value: 'arith-4-5', ability: 'Addition/subtraction (4-5 digit)' },
  { value: 'mmlu-57', ability: 'MMLU Benchmark (57 topic avg.)' },
  { value: 'toxicity', ability: 'Toxicity classification (CivilComments)' },
  { value: 'truthfulqa', ability: 'Truthfulness (Truthful QA)' },
  { value: 'mmlu-26', ability: 'MMLU Benchmark (26 topics)' },
  { value: 'concepts', ability: 'Grounded conceptual mappings' },
  { value: 'mmlu-30', ability: 'MMLU Benchmark (30 topics)' },
  { value: 'wic', ability: 'Word in Context (WiC) benchmark' },
] as const;

/** The Table 1 row behind each option (throws at load time if the engine's table and this list ever disagree). */
export const TASK_ROWS = table1Rows('emergence-tasks', 'few-shot', TASKS);

const params = {
  compute: computeSpec(X_MIN, X_MAX),
  task: { kind: 'choice', default: DEFAULT, options: TASKS.map((t) => ({ value: t.value })) },
  chance: chanceSpec(0.25),
  sharpness: sharpnessSpec(),
  others: { kind: 'boolean', default: true },
} satisfies ParamSchema;

/** The schematic curves through the Table 1 points, the points, and what Table 1 says at the compute C. Numbers only. */
function model(p: { compute: number; task: string; chance: number; sharpness: number; others: boolean }) {
  const task = TASK_ROWS.has(p.task) ? p.task : DEFAULT;
  const selected = TASK_ROWS.get(task)!;
  const score = (flops: number, thresholdFlops: number) => emergentCurveSchematic(flops, { thresholdFlops, chance: p.chance, ceiling: CEILING, sharpness: p.sharpness });
  const grid = logSpace(X_MIN, X_MAX, 49);
  const scales = [...new Set([...TASK_ROWS.values()].map((r) => r.flops))].sort((a, b) => a - b);
  const points = [...TASK_ROWS.entries()].map(([value, r]) => ({ value, flops: r.flops, params: r.params, model: r.model, score: score(r.flops, r.flops) }));
  return {
    task,
    chance: p.chance,
    compute: p.compute,
    others: p.others,
    selected,
    /** The other scales' curves (none when `others` is off). */
    background: p.others ? scales.filter((s) => s !== selected.flops).flatMap((s) => grid.map((flops) => ({ flops, score: score(flops, s), scale: s }))) : [],
    curve: grid.map((flops) => ({ flops, score: score(flops, selected.flops) })),
    /** Every Table 1 row at its emergence scale, on its own curve's midpoint. */
    points,
    mine: points.find((x) => x.value === task)!,
    reading: table1Reading(TASK_ROWS, task, p.compute),
    /** Every setting but the compute, as text: what the unmoving marks show (drawPatching's key, with the language). */
    still: withoutCompute(p),
  };
}

type Model = ReturnType<typeof model>;

export default defineModelFigure({
  id: 'emergence-tasks',
  home: 'emergence',
  schematic: true,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/emergence-tasks'), zh: () => import('../i18n/figures/zh/emergence-tasks') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    const e = t.emergence;
    const { mine } = m;
    // The compute slider moves only its line and label: the rest is drawn once per other setting and copied.
    return drawPatching(
      {
        ...scoreAxes(ctx, e, HEIGHT, X_MIN, X_MAX, 7),
        marks: [
          ...chanceMarks(m.chance, X_MIN, lang, e),
          ...computeMarks(m.compute, X_MAX),
          Plot.line(m.background, { x: 'flops', y: 'score', z: 'scale', stroke: 'currentColor', strokeOpacity: 0.28, strokeWidth: 1.3, curve: 'monotone-x' }),
          Plot.dot(m.others ? m.points.filter((p) => p.flops !== m.selected.flops) : [], { x: 'flops', y: 'score', r: 3.5, fill: 'currentColor', fillOpacity: 0.45 }),
          Plot.ruleX([mine], { x: 'flops', y1: 0, y2: 'score', stroke: SERIES_COLORS[0], strokeDasharray: '3 3', strokeOpacity: 0.9 }),
          Plot.line(m.curve, { x: 'flops', y: 'score', stroke: SERIES_COLORS[0], strokeWidth: 2.5, curve: 'monotone-x' }),
          Plot.dot([mine], { x: 'flops', y: 'score', r: 6, fill: SERIES_COLORS[0], stroke: 'var(--bg-card, var(--plot-background, white))', strokeWidth: 1.5 }),
          scaleLabelMark(mine, 'score', m.selected, X_MIN, X_MAX, lang),
          tipMark<Model['curve'][number]>(m.curve, {
            x: 'flops',
            y: 'score',
            title: (d) =>
              tipText(lang, [
                [e.axis.flops, d.flops, 'scientific'],
                [e.axis.score, d.score, 'percent'],
              ]),
          }),
        ],
      },
      `emergence-tasks:${lang}:${m.still}`,
    );
  },
  table(m: Model, { t }) {
    const e = t.emergence;
    const names: Record<string, string> = t.params.task.options;
    return {
      columns: [
        { key: 'kind', label: e.column.source, format: 'text' },
        { key: 'ability', label: t.column.ability, format: 'text' },
        { key: 'model', label: e.column.model, format: 'text' },
        { key: 'params', label: e.column.params, format: 'quantity' },
        { key: 'flops', label: e.axis.flops, format: 'scientific' },
        { key: 'score', label: e.axis.score, format: 'percent' },
      ],
      rows: [
        ...m.points.map((p) => ({ kind: e.kind.table1, ability: names[p.value], model: p.model, params: p.params, flops: p.flops, score: p.score })),
        ...m.curve.filter((_, i) => i % 3 === 0).map((p) => ({ kind: e.kind.curve, ability: names[m.task], model: '', params: '', flops: p.flops, score: p.score })),
      ],
    };
  },
  readouts(m: Model, { lang, t }) {
    return table1Words(m.reading, t.params.task.options, t.readout, lang, t.emergence);
  },
});

export type { Model as EmergenceTasksModel };
export type Messages = typeof en;
