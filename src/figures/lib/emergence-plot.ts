/**
 * What the two Wei et al. 2022 Table 1 figures (emergence-tasks, augmented-prompting) share: the Table 1 rows behind
 * their options, the compute / chance / sharpness parameters, the score frame, the marks around the highlighted scale
 * and the readouts about Table 1. Words-free: their words are in src/i18n/emergence/<lang>.ts (the figures' catalogues
 * include it as `emergence`), passed in as `e`.
 */
import * as Plot from '@observablehq/plot';
import { WEI_TABLE1, type WeiAbility } from '../../engine/emergence';
import { formatPercent, formatQuantity, formatScientific } from '../../lib/numbers';
import { logSpace } from '../../engine/stats';
import type { Lang } from '../../i18n';
import type { EmergenceMessages } from '../../i18n/emergence/en';
import { moving } from './reuse';
import type { QuantitySpec } from './params';
import { baseOptions } from './plot';
import { powerOfTen } from './ticks';
import type { Readout, RenderContext } from './types';

/** A Table 1 row with a single scale. */
export type Table1Row = WeiAbility & { flops: number; params: number };

/** An option of a figure's select: its value and the ability as Table 1 prints it (the key of its row). */
export interface Table1Option {
  value: string;
  ability: string;
}

/** The Table 1 row behind each option (throws at load time if the engine's table and the list ever disagree). */
export function table1Rows(figureId: string, group: WeiAbility['group'], options: readonly Table1Option[]): ReadonlyMap<string, Table1Row> {
  return new Map(
    options.map((t) => {
      const row = WEI_TABLE1.find((r) => r.group === group && r.ability === t.ability);
      if (!row || row.flops === null || row.params === null) throw new Error(`${figureId}: no Table 1 row "${t.ability}"`);
      return [t.value, row as Table1Row];
    }),
  );
}

/** FLOPs as 2.5×10²⁴. */
export const flopsText = (x: number) => formatScientific(x, { digits: 2 });

/** The label of the highlighted point (model, parameters, FLOPs) at `datum`'s flops and its `y` field. */
export function scaleLabelMark<T extends { flops: number }>(datum: T, y: keyof T & string, row: Table1Row, xMin: number, xMax: number, lang: Lang) {
  const label = `${row.model} ${formatQuantity(row.params, lang)}\n${flopsText(row.flops)} FLOPs`;
  // Put the label on the side of the point where the curve is not: left and above in the right half, right and below in the left half.
  const rightHalf = Math.log10(row.flops) > (Math.log10(xMin) + Math.log10(xMax)) / 2;
  return Plot.text([datum], {
    x: 'flops',
    y,
    text: () => label,
    textAnchor: rightHalf ? 'end' : 'start',
    dx: rightHalf ? -12 : 12,
    dy: rightHalf ? -22 : 22,
    lineHeight: 1.15,
    fill: 'currentColor',
    fontWeight: 600,
    stroke: 'var(--bg-card, var(--plot-background, white))',
    strokeWidth: 4,
    paintOrder: 'stroke',
  });
}

/** The training compute C whose vertical line the figure draws, on the figure's x range (words: emergence.params.compute). */
export function computeSpec(min: number, max: number): QuantitySpec {
  return { kind: 'quantity', default: 1e23, min, max, scale: 'log', display: 'scientific' };
}

/** The chance level (what guessing scores), 0 to 50% (words: emergence.params.chance). */
export function chanceSpec(value: number): QuantitySpec {
  return { kind: 'quantity', default: value, min: 0, max: 0.5, scale: 'linear', step: 0.01, display: 'percent' };
}

/** How steeply the schematic curve rises, per decade of FLOPs (words: emergence.params.sharpness). */
export function sharpnessSpec(): QuantitySpec {
  return { kind: 'quantity', default: 4, min: 0.5, max: 12, scale: 'linear', step: 0.1, display: 'plain' };
}

/** Plot options for a task score (0…100%) against training FLOPs on a log axis from xMin to xMax with `xTicks` ticks. */
export function scoreAxes(ctx: RenderContext & { lang: Lang }, e: EmergenceMessages, height: number, xMin: number, xMax: number, xTicks: number) {
  return {
    ...baseOptions(ctx, height),
    marginLeft: 56,
    x: { type: 'log' as const, domain: [xMin, xMax], label: e.axis.flops, ticks: logSpace(xMin, xMax, xTicks), tickFormat: powerOfTen },
    y: { domain: [0, 1], label: e.axis.score, grid: true, ticks: 5, tickFormat: (d: number) => formatPercent(d, ctx.lang, 2) },
  };
}

/** The dashed chance line, labelled at the left edge. */
export function chanceMarks(chance: number, xMin: number, lang: Lang, e: EmergenceMessages) {
  const chanceText = e.chance(formatPercent(chance, lang, 2));
  return [
    Plot.ruleY([chance], { stroke: 'currentColor', strokeDasharray: '5 4', strokeOpacity: 0.8 }),
    Plot.text([chance], { x: xMin, y: (d: number) => d, text: () => chanceText, dx: 4, dy: -7, textAnchor: 'start', fill: 'currentColor', fillOpacity: 0.85 }),
  ];
}

/**
 * The vertical line at the compute C with its label: all the compute slider moves, so the figures draw these two with
 * moving() and copy the rest of the chart (drawPatching).
 */
export function computeMarks(compute: number, xMax: number) {
  const computeText = `C = ${powerOfTen(compute)}`;
  const computeRight = Math.log10(compute) > Math.log10(xMax) - 1;
  return [
    moving(Plot.ruleX([compute], { stroke: 'currentColor', strokeWidth: 1.2, strokeOpacity: 0.75 })),
    moving(
      Plot.text([compute], {
        x: (d: number) => d,
        y: 1,
        text: () => computeText,
        textAnchor: computeRight ? 'end' : 'start',
        dx: computeRight ? -5 : 5,
        dy: 4,
        lineAnchor: 'top',
        fill: 'currentColor',
      }),
    ),
  ];
}

/** A figure's parameters but the compute C, as text: with the language, the key of what the unmoving marks show. */
export function withoutCompute(p: { compute: number }): string {
  const { compute: _compute, ...rest } = p;
  return JSON.stringify(rest);
}

/** What Table 1 says at the compute C about the picked row: numbers and option values only. */
export interface Table1Reading {
  compute: number;
  /** How many rows the figure offers. */
  total: number;
  /** The options whose scale is at or below C, smallest scale first. */
  by: string[];
  /** The picked option and its row. */
  value: string;
  row: Table1Row;
  /** The other options at the picked row's scale, with their models. */
  sameScale: { value: string; model: string }[];
}

export function table1Reading(rows: ReadonlyMap<string, Table1Row>, value: string, compute: number): Table1Reading {
  const row = rows.get(value)!;
  return {
    compute,
    total: rows.size,
    by: [...rows.entries()]
      .filter(([, r]) => r.flops <= compute)
      .sort((a, b) => a[1].flops - b[1].flops)
      .map(([v]) => v),
    value,
    row,
    sameScale: [...rows.entries()].filter(([v, r]) => r.flops === row.flops && v !== value).map(([v, r]) => ({ value: v, model: r.model })),
  };
}

/**
 * The readouts of a Table 1 reading: the rows at or below C (`words.by` words the label), then about the picked row: its
 * emergence scale, the original result, and the other rows at the same scale (`words.sameScale`). `names` are the
 * options' names in the reader's language (the figure's catalogue).
 */
export function table1Words(
  r: Table1Reading,
  names: Record<string, string>,
  words: { by: (compute: string) => string; sameScale: string },
  lang: Lang,
  e: EmergenceMessages,
): Readout[] {
  const n = String(r.total);
  const list = (values: string[]) => values.map((v) => names[v]).join(e.separator);
  const by = r.by.length === 0 ? e.readout.none(n) : r.by.length === r.total ? e.readout.all(n) : e.readout.some(String(r.by.length), n, list(r.by));
  const same = r.sameScale.map((s) => `${names[s.value]} (${s.model})`);
  return [
    { label: words.by(flopsText(r.compute)), value: by },
    { label: e.readout.scaleOf(names[r.value]), value: e.readout.scale(flopsText(r.row.flops), r.row.model, formatQuantity(r.row.params, lang)) },
    { label: e.readout.original, value: r.row.reference },
    { label: words.sameScale, value: same.length ? same.join(e.separator) : e.readout.noneAtScale },
  ];
}
