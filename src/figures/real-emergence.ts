/**
 * Emergent BIG-bench tasks on real model families (Ruan, Maddison & Hashimoto 2024, arXiv 2405.10938; data in
 * src/data/obsscaling-emergent.ts), against training compute. `ipa_transliterate` is scored two ways for the same models: by
 * exact match, which sits at exactly 0 for every small model and then jumps, and by BLEU, which gives partial credit
 * and is above 0 for every one of them. That is Schaeffer et al.'s (2023) argument on real measurements (the `mirage`
 * figure draws it from a formula). One family at a time is drawn as a line, so a step down is easy to see.
 */
import * as Plot from '@observablehq/plot';
import { type EmergentTask, emergentModels } from '../data/obsscaling-emergent';
import { formatNumber, formatScientific } from '../lib/numbers';
import type en from '../i18n/figures/en/real-emergence';
import { EMERGENCE_FAMILIES } from './lib/obs-families';
import { flopsDomain, modelName } from './lib/obs-models';
import { baseOptions, logScale, SERIES_COLORS, tipMark, tipText, yLabelMark } from './lib/plot';
import { drawPatching, moving } from './lib/reuse';
import { defineModelFigure } from './lib/types';

const WIDTH = 640;
const HEIGHT = 400;
const GREY = SERIES_COLORS[SERIES_COLORS.length - 1];

/** The tasks offered, and the CSV column of each (ipa_transliterate has two: exact match and BLEU). */
export const TASK_COLUMNS = {
  ipa_transliterate: 'ipa_transliterate_2_exact_match',
  word_unscrambling: 'word_unscrambling_2_exact_match',
  arithmetic_2da: 'arithmetic_2da_2_acc',
  arithmetic_2dm: 'arithmetic_2dm_2_acc',
  arithmetic_3da: 'arithmetic_3da_2_acc',
  arithmetic_3ds: 'arithmetic_3ds_2_acc',
} as const satisfies Record<string, EmergentTask>;
type Task = keyof typeof TASK_COLUMNS;
const IPA_BLEU: EmergentTask = 'ipa_transliterate_2_bleu';

const params = {
  task: { kind: 'choice' as const, default: 'ipa_transliterate', options: Object.keys(TASK_COLUMNS).map((value) => ({ value })) },
  metric: {
    kind: 'choice' as const,
    default: 'exact',
    options: [{ value: 'exact' }, { value: 'bleu' }],
    usedWhen: { param: 'task', values: ['ipa_transliterate'] },
  },
  family: { kind: 'choice' as const, default: 'all', options: [{ value: 'all' }, ...EMERGENCE_FAMILIES.map((value) => ({ value }))] },
};

/** Which score is drawn: the task's own column, or for ipa_transliterate the chosen one of its two metrics. */
function scoreKind(task: Task, metric: string): 'exact' | 'bleu' | 'accuracy' {
  if (task === 'ipa_transliterate') return metric === 'bleu' ? 'bleu' : 'exact';
  return task === 'word_unscrambling' ? 'exact' : 'accuracy';
}

/** The models of the chosen family (or all) on one task and metric, the rest as context, and what was left out. */
function model({ task, metric, family }: { task: string; metric: string; family: string }) {
  const tk = task as Task;
  const kind = scoreKind(tk, metric);
  const column: EmergentTask = kind === 'bleu' ? IPA_BLEU : TASK_COLUMNS[tk];
  // ipa_transliterate keeps only models with both scores, so switching the metric shows the same models.
  const needed: EmergentTask[] = tk === 'ipa_transliterate' ? [TASK_COLUMNS.ipa_transliterate, IPA_BLEU] : [column];
  const inFamily = (f: string) => family === 'all' || f === family;
  const all = emergentModels();
  const placed = all
    .filter((m) => m.flops !== null && needed.every((c) => m.emergent[c] !== null))
    .map((m) => ({ id: m.id, name: modelName(m.id), family: m.family, params: m.params ?? 0, flops: m.flops as number, score: m.emergent[column] as number }))
    .sort((p, q) => p.flops - q.flops);
  const points = placed.filter((p) => inFamily(p.family));
  const considered = all.filter((m) => inFamily(m.family));
  const zeros = points.filter((p) => p.score === 0);
  const drops = family === 'all' ? [] : points.slice(1).flatMap((p, i) => (p.score < points[i].score ? [{ from: points[i], to: p }] : []));
  return {
    task: tk,
    kind,
    family,
    points,
    context: family === 'all' ? [] : placed.filter((p) => !inFamily(p.family)),
    families: new Set(points.map((p) => p.family)).size,
    noFlops: considered.filter((m) => m.flops === null).length,
    noScore: considered.filter((m) => m.flops !== null && needed.some((c) => m.emergent[c] === null)).length,
    zeros: zeros.length,
    /** The most compute at which a model still scores exactly 0 (null when none does). */
    zeroUpTo: zeros.length ? Math.max(...zeros.map((p) => p.flops)) : null,
    drops,
    top: kind === 'bleu' ? 100 : 1,
    domain: flopsDomain(all),
  };
}

type Model = ReturnType<typeof model>;

export default defineModelFigure({
  id: 'real-emergence',
  home: 'emergence',
  data: ['obsscaling-emergent', 'obsscaling-benchmarks'],
  width: WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/real-emergence'), zh: () => import('../i18n/figures/zh/real-emergence') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    const axis = t.metric[m.kind];
    const single = m.family !== 'all';
    const color = single ? SERIES_COLORS[1] : SERIES_COLORS[0];
    const title = (p: (typeof m.points)[number]) =>
      tipText(lang, [
        ['', p.name],
        [t.tip.flops, p.flops, 'scientific'],
        [axis, p.score],
        [t.tip.family, p.family],
      ]);
    const options = baseOptions(ctx, HEIGHT);
    // Another task, metric or family redraws the models; the axes and grid are copied (drawPatching) from the last picture
    // with the same score range, and the axis label, which names the task, is a text mark where Plot puts its own.
    return drawPatching(
      {
        ...options,
        x: logScale(lang, t.axisFlops, 'scientific', { domain: m.domain }),
        y: { domain: [0, m.top], label: null, grid: true },
        marks: [
          moving(yLabelMark(`${t.params.task.options[m.task]} · ${axis}`, options)),
          moving(Plot.dot(m.context, { x: 'flops', y: 'score', r: 2.5, fill: GREY, fillOpacity: 0.35 })),
          moving(
            Plot.line(m.points, { x: 'flops', y: 'score', z: 'family', stroke: single ? color : 'currentColor', strokeOpacity: single ? 0.9 : 0.18, strokeWidth: single ? 2 : 1 }),
          ),
          moving(Plot.dot(m.points, { x: 'flops', y: 'score', r: single ? 4 : 3, fill: color, stroke: 'var(--bg-card, white)', strokeWidth: 0.6 })),
          moving(
            Plot.dot(
              m.drops.map((d) => d.to),
              { x: 'flops', y: 'score', r: 7, stroke: SERIES_COLORS[5], strokeWidth: 1.5, fill: 'none' },
            ),
          ),
          tipMark(m.points, { x: 'flops', y: 'score', title }),
        ],
      },
      `real-emergence:${lang}`,
    );
  },
  table(m: Model, { t }) {
    const c = t.column;
    return {
      columns: [
        { key: 'name', label: c.model, format: 'text' },
        { key: 'family', label: c.family, format: 'text' },
        { key: 'params', label: c.params, format: 'quantity' },
        { key: 'flops', label: c.flops, format: 'scientific' },
        { key: 'score', label: t.metric[m.kind] },
      ],
      rows: m.points.map((p) => ({ name: p.name, family: p.family, params: p.params, flops: p.flops, score: p.score })),
    };
  },
  readouts(m: Model, { lang, t }) {
    const r = t.readout;
    const n = (x: number) => formatNumber(x, lang, 3);
    const out = [
      { label: r.plotted, value: r.plottedValue(String(m.points.length), String(m.families)) },
      { label: r.leftOut, value: r.leftOutValue(String(m.noFlops), String(m.noScore)) },
      {
        label: r.zeros,
        value: m.zeroUpTo === null ? r.noZeros : r.zerosValue(String(m.zeros), String(m.points.length), formatScientific(m.zeroUpTo, { digits: 3 })),
      },
    ];
    if (m.family !== 'all')
      out.push({
        label: r.steps,
        value: m.drops.length === 0 ? r.noDrops : m.drops.map((d) => r.drop(d.from.name, n(d.from.score), d.to.name, n(d.to.score))).join(t.listSeparator),
      });
    return out;
  },
});

export type { Model as RealEmergenceModel };
export type Messages = typeof en;
