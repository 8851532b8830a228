/**
 * Compute-optimal model size against training FLOPs (Hoffmann et al. 2022 Fig. 1): Kaplan et al. 2020 (N ∝ C^0.73),
 * the three Chinchilla approaches, and Epoch's refit, with real models placed by their size and compute.
 */
import { GOPHER_BUDGET } from '../engine/budgets';
import * as Plot from '@observablehq/plot';
import { MODELS, type ModelEntry } from '../engine/models';
import { formatNumber, formatQuantity, formatScientific } from '../lib/numbers';
import { optimalAllocationFrom, type AllocationSource } from '../engine/chinchilla-approaches';
import type { ParamValues } from './lib/params';
import { defineModelFigure, type ParamSchema } from './lib/types';
import { baseOptions, logScale, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { decadeTicks, powerOfTen } from './lib/ticks';
import { decadeDomain } from './lib/domains';
import { drawPatching, moving } from './lib/reuse';

const WIDTH = 640;
const HEIGHT = 420;
/** Approach 2's largest budget (§3.2): beyond it every Chinchilla line is an extrapolation. */
const LARGEST_ISOFLOP_BUDGET = 3e21;
/** Kaplan eq. (6.8): C* ∼ 10^4 PF-days, where the paper expects its laws to break down (8.64e23 FLOPs). */
const KAPLAN_BREAKDOWN_FLOPS = 1e4 * 8.64e19;

type LineKey = 'kaplan' | 'approach1' | 'approach2' | 'approach3' | 'epoch';
/** The lines in legend order; their words are the catalogue's `line` entries. */
const LINES: Array<{ key: LineKey; source: AllocationSource; colour: string; cites: string }> = [
  { key: 'kaplan', source: 'kaplan', colour: SERIES_COLORS[5], cites: 'Kaplan 2020 Table 6' },
  { key: 'approach1', source: 'approach1', colour: SERIES_COLORS[0], cites: 'Hoffmann 2022 Table 3' },
  { key: 'approach2', source: 'approach2', colour: SERIES_COLORS[1], cites: 'Hoffmann 2022 Table A3' },
  { key: 'approach3', source: 'hoffmann2022', colour: SERIES_COLORS[2], cites: 'Hoffmann 2022 eq. (4)' },
  { key: 'epoch', source: 'besiroglu2024', colour: SERIES_COLORS[3], cites: 'Besiroglu 2024' },
];
const COLOUR = Object.fromEntries(LINES.map((l) => [l.key, l.colour])) as Record<LineKey, string>;

/** Models of Hoffmann Table 1 (the models of Fig. 1) and later ones; where each label sits. */
const PLACED: Array<{ id: string; group: 'paper' | 'later'; anchor: 'left' | 'right' | 'above' | 'below' }> = [
  { id: 'gpt-3', group: 'paper', anchor: 'above' },
  { id: 'jurassic-1', group: 'paper', anchor: 'right' },
  { id: 'lamda', group: 'paper', anchor: 'left' },
  { id: 'gopher', group: 'paper', anchor: 'right' },
  { id: 'mt-nlg', group: 'paper', anchor: 'left' },
  { id: 'chinchilla', group: 'paper', anchor: 'left' },
  { id: 'palm-540b', group: 'later', anchor: 'right' },
  { id: 'llama-65b', group: 'later', anchor: 'below' },
  { id: 'llama-3-70b', group: 'later', anchor: 'right' },
  { id: 'llama-3-405b', group: 'later', anchor: 'right' },
  { id: 'deepseek-v3', group: 'later', anchor: 'below' },
];

const ANCHORS = {
  left: { textAnchor: 'end', dx: -7, dy: 0 },
  right: { textAnchor: 'start', dx: 7, dy: 0 },
  above: { textAnchor: 'middle', dx: 0, dy: -11 },
  below: { textAnchor: 'middle', dx: 0, dy: 12 },
} as const;

const params = {
  budget: { kind: 'quantity', default: GOPHER_BUDGET, min: 1e17, max: 1e28, scale: 'log', display: 'scientific' },
  range: { kind: 'list', default: [1e20, 1e26], min: 1e15, max: 1e30, minLength: 2, maxLength: 2, display: 'scientific' },
  kaplan: { kind: 'boolean', default: true },
  approach1: { kind: 'boolean', default: true },
  approach2: { kind: 'boolean', default: true },
  approach3: { kind: 'boolean', default: true },
  epoch: { kind: 'boolean', default: true },
  models: { kind: 'choice', default: 'all', options: [{ value: 'all' }, { value: 'paper' }, { value: 'later' }, { value: 'none' }] },
} satisfies ParamSchema;

/** Each shown line at the axis ends and at the budget, the models in range, and what the readouts and warnings need. Numbers and keys only. */
function model(p: ParamValues<typeof params>) {
  let [lo, hi] = [...p.range].sort((x, y) => x - y);
  if (!(hi > lo * 1.5)) {
    lo /= 10;
    hi *= 10;
  }
  // A budget near or beyond the range's ends widens the axis to the whole decade around it (at least a factor 2 to spare),
  // so a budget moved within that decade keeps the axes and the picture's unmoving part is copied (drawPatching).
  const [around, beyond] = decadeDomain([p.budget / 2, p.budget * 2]);
  lo = Math.min(lo, around);
  hi = Math.max(hi, beyond);
  const shown = LINES.filter((l) => p[l.key]);
  const at = (l: (typeof LINES)[number], flops: number) => ({ key: l.key, flops, ...optimalAllocationFrom(l.source, flops) });
  const lines = shown.flatMap((l) => [lo, hi].map((flops) => at(l, flops)));
  const atBudget = shown.map((l) => at(l, p.budget));
  const placed = PLACED.filter((x) => p.models === 'all' || p.models === x.group)
    .map((x) => ({ ...x, model: MODELS.find((m) => m.id === x.id) as ModelEntry }))
    .filter((x) => x.model && x.model.flops >= lo && x.model.flops <= hi)
    .map(({ id, anchor, model: m }) => ({ id, anchor, name: m.name, flops: m.flops, params: m.params, source: m.source, derived: m.flopsStatus === 'D' }));
  // The y range follows the Chinchilla-type lines and the models; Kaplan's steep line is clipped at the top.
  const yValues = [
    ...lines.filter((d) => d.key !== 'kaplan').map((d) => d.params),
    ...placed.map((x) => x.params),
    ...[lo, hi].map((flops) => optimalAllocationFrom('hoffmann2022', flops).params),
  ];
  const kaplan = atBudget.find((l) => l.key === 'kaplan');
  const a3 = atBudget.find((l) => l.key === 'approach3');
  return {
    budget: p.budget,
    x: [lo, hi] as [number, number],
    y: [Math.min(...yValues) / 2, Math.max(...yValues) * 3] as [number, number],
    keys: shown.map((l) => l.key),
    lines,
    atBudget,
    placed,
    /** The table's line rows: each shown line at the axis ends and the budget. */
    rows: [lo, p.budget, hi].flatMap((flops) => shown.map((l) => ({ ...at(l, flops), cites: l.cites }))),
    kaplanOverApproach3: kaplan && a3 ? kaplan.params / a3.params : null,
    overIsoflop: p.budget > LARGEST_ISOFLOP_BUDGET ? p.budget / LARGEST_ISOFLOP_BUDGET : null,
    beyondKaplan: p.kaplan && p.budget > KAPLAN_BREAKDOWN_FLOPS,
    beyondModels: p.budget > 1e26,
  };
}

type Model = ReturnType<typeof model>;

/** The model names beside their dots, one text mark per anchor side. */
function nameMarks(placed: Model['placed']) {
  return (['left', 'right', 'above', 'below'] as const).map((anchor) =>
    Plot.text(
      placed.filter((p) => p.anchor === anchor),
      { x: 'flops', y: 'params', text: 'name', fontSize: 12, ...ANCHORS[anchor] },
    ),
  );
}

export default defineModelFigure({
  id: 'chinchilla-vs-kaplan',
  home: 'chinchilla',
  width: WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/chinchilla-vs-kaplan'), zh: () => import('../i18n/figures/zh/chinchilla-vs-kaplan') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    const [lo, hi] = m.x;
    const label = (d: { key: LineKey }) => t.line[d.key];
    const atBudget = m.atBudget.map((l) => ({ ...l, name: label(l), colour: COLOUR[l.key] }));
    // Moving the budget moves its rule, its label and the dots on it; the axes, the legend, the lines and the models are
    // copied from the last picture with the same lines, models and axes (drawPatching).
    return drawPatching(
      {
        ...baseOptions({ ...ctx, width: WIDTH }, HEIGHT),
        marginLeft: 56,
        x: logScale(lang, t.axis.flops, 'scientific', { domain: m.x, ticks: decadeTicks(lo, hi), tickFormat: powerOfTen }),
        y: logScale(lang, t.axis.size, 'quantity', { grid: true, domain: m.y, ticks: decadeTicks(m.y[0], m.y[1]) }),
        color: {
          legend: m.keys.length > 0,
          domain: m.keys.map((key) => t.line[key]),
          range: m.keys.map((key) => COLOUR[key]),
          // The swatch legend is HTML; Plot's default 10px is too small.
          style: { fontSize: '13px' },
        } as Plot.ScaleOptions,
        marks: [
          moving(Plot.ruleX([m.budget], { stroke: 'currentColor', strokeOpacity: 0.45, strokeDasharray: '3,3' })),
          moving(
            Plot.text([m.budget], {
              x: (d: number) => d,
              frameAnchor: 'top',
              dy: 2,
              dx: 4,
              textAnchor: 'start',
              text: () => t.budgetLabel(formatScientific(m.budget, { digits: 3 })),
              fontSize: 12,
              fillOpacity: 0.8,
            }),
          ),
          Plot.line(m.lines, { x: 'flops', y: 'params', z: label, stroke: label, strokeWidth: 2, clip: true }),
          moving(Plot.dot(atBudget, { x: 'flops', y: 'params', fill: 'colour', r: 4, stroke: 'var(--bg-card, white)', clip: true })),
          Plot.dot(m.placed, { x: 'flops', y: 'params', fill: 'currentColor', fillOpacity: 0.75, r: 3.5 }),
          ...nameMarks(m.placed),
          tipMark<{ name: string; flops: number; params: number }>([...atBudget, ...m.placed], {
            x: 'flops',
            y: 'params',
            title: (d) =>
              tipText(lang, [
                ['', d.name],
                [t.axis.flops, d.flops, 'scientific'],
                [t.axis.size, d.params, 'quantity'],
              ]),
          }),
        ],
      },
      `chinchilla-vs-kaplan:${lang}:${m.keys}:${m.x}:${m.y}:${m.placed.map((p) => p.id)}`,
    );
  },
  table(m: Model, { t }) {
    return {
      columns: [
        { key: 'what', label: t.column.what, format: 'text' },
        { key: 'flops', label: t.axis.flops, format: 'scientific' },
        { key: 'params', label: t.column.params, format: 'quantity' },
        { key: 'source', label: t.column.source, format: 'text' },
      ],
      rows: [
        ...m.rows.map((r) => ({ what: t.line[r.key], flops: r.flops, params: r.params, source: r.cites })),
        ...m.placed.map((p) => ({ what: p.name, flops: p.flops, params: p.params, source: `${p.source}${p.derived ? t.derivedFlops : ''}` })),
      ],
    };
  },
  readouts(m: Model, { lang, t }) {
    const budget = formatScientific(m.budget, { digits: 3 });
    return [
      ...m.atBudget.map((l) => ({ label: t.readout(t.line[l.key], budget), value: t.readoutValue(formatQuantity(l.params, lang), formatQuantity(l.tokens, lang)) })),
      ...(m.kaplanOverApproach3 === null ? [] : [{ label: t.ratio, value: t.ratioValue(formatNumber(m.kaplanOverApproach3, lang, 3)) }]),
      ...(m.overIsoflop === null ? [] : [{ label: t.extrapolation, value: t.extrapolationValue(formatNumber(m.overIsoflop, lang, 2)) }]),
    ];
  },
  warnings(m: Model, { t }) {
    return [...(m.beyondKaplan ? [t.warning.kaplanBreakdown] : []), ...(m.beyondModels ? [t.warning.beyondModels] : [])];
  },
});

export type { Model as ChinchillaVsKaplanModel };
