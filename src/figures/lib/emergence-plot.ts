/**
 * What the two Wei et al. 2022 Table 1 figures (emergence-tasks, augmented-prompting) share: the Table 1 rows behind
 * their options, the compute / chance / sharpness parameters, and the marks and readouts around the highlighted scale.
 */
import * as Plot from '@observablehq/plot';
import { WEI_TABLE1, type WeiAbility } from '../../engine/emergence';
import { formatPercent, formatQuantity, formatScientific } from '../../engine/quantities';
import { logSpace } from '../../engine/stats';
import type { Lang, Localized } from '../../i18n';
import type { EmergenceMessages } from '../../i18n/emergence/en';
import type { QuantitySpec } from './params';
import { powerOfTen } from './ticks';
import { baseOptions, pick } from './plot';
import type { Readout, RenderContext } from './types';

/** A Table 1 row with a single scale. */
export type Table1Row = WeiAbility & { flops: number; params: number };

/** An option of a figure's select: its value, the ability as Table 1 prints it, and the Chinese name. */
export interface Table1Option {
  value: string;
  ability: string;
  zh: string;
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

/** The name of an option in a language: Table 1's words in English. */
export function optionNames(options: readonly Table1Option[]): (value: string, lang: Lang) => string {
  const labels: Record<string, Localized> = Object.fromEntries(options.map((t) => [t.value, { zh: t.zh, en: t.ability }]));
  return (value, lang) => labels[value][lang];
}

/** The training compute C whose vertical line the figure draws, on the figure's x range. */
export function computeParam(min: number, max: number, help: Localized): QuantitySpec {
  return {
    kind: 'quantity',
    label: { zh: '训练计算量 C', en: 'Training compute C' },
    unit: { zh: 'FLOPs', en: 'FLOPs' },
    default: 1e23,
    min,
    max,
    scale: 'log',
    display: 'scientific',
    help,
  };
}

/** The chance level (what guessing scores), 0 to 50%. */
export function chanceParam(value: number, help: Localized): QuantitySpec {
  return {
    kind: 'quantity',
    label: { zh: '随机水平', en: 'Chance level' },
    unit: { zh: '', en: '' },
    default: value,
    min: 0,
    max: 0.5,
    scale: 'linear',
    step: 0.01,
    display: 'percent',
    help,
  };
}

/** How steeply the schematic curve rises, per decade of FLOPs. */
export function sharpnessParam(help: Localized): QuantitySpec {
  return {
    kind: 'quantity',
    label: { zh: '陡峭程度（示意）', en: 'Sharpness (illustrative)' },
    unit: { zh: '每个数量级', en: 'per decade' },
    default: 4,
    min: 0.5,
    max: 12,
    scale: 'linear',
    step: 0.1,
    display: 'plain',
    help,
  };
}

/** FLOPs as 2.5×10²⁴. */
export const flopsText = (x: number) => formatScientific(x, { digits: 2 });

/** The axis titles. */
export const FLOPS_LABEL: Localized = { zh: '训练计算量（FLOPs）', en: 'Training compute (FLOPs)' };
export const SCORE_LABEL: Localized = { zh: '任务得分（示意）', en: 'Task score (schematic)' };

/** Plot options for a task score (0…100%) against training FLOPs on a log axis from xMin to xMax with `xTicks` ticks. */
export function scoreFrame(ctx: RenderContext, height: number, xMin: number, xMax: number, xTicks: number, lang: Lang) {
  return {
    ...baseOptions(ctx, height),
    marginLeft: 56,
    x: {
      type: 'log' as const,
      domain: [xMin, xMax],
      label: FLOPS_LABEL[lang],
      ticks: logSpace(xMin, xMax, xTicks),
      tickFormat: powerOfTen,
    },
    y: { domain: [0, 1], label: SCORE_LABEL[lang], grid: true, ticks: 5, tickFormat: (d: number) => formatPercent(d, lang, 2) },
  };
}

/** The dashed chance line with its label at the left edge, and the vertical line at the compute C with its label. */
export function chanceAndComputeMarks(chance: number, compute: number, xMin: number, xMax: number, lang: Lang) {
  const chanceText = pick(lang, `随机水平 ${formatPercent(chance, lang, 2)}`, `chance ${formatPercent(chance, lang, 2)}`);
  const computeText = `C = ${powerOfTen(compute)}`;
  const computeRight = Math.log10(compute) > Math.log10(xMax) - 1;
  return [
    Plot.ruleY([chance], { stroke: 'currentColor', strokeDasharray: '5 4', strokeOpacity: 0.8 }),
    Plot.text([chance], { x: xMin, y: (d: number) => d, text: () => chanceText, dx: 4, dy: -7, textAnchor: 'start', fill: 'currentColor', fillOpacity: 0.85 }),
    Plot.ruleX([compute], { stroke: 'currentColor', strokeWidth: 1.2, strokeOpacity: 0.75 }),
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
  ];
}

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

/**
 * The readouts: the rows whose scale is at or below the compute C (`words.by` says what they did by then), then about
 * the picked row: its emergence scale, the original result, and the other rows at the same scale (`words.sameScale`).
 */
export function table1Readouts(
  rows: ReadonlyMap<string, Table1Row>,
  value: string,
  compute: number,
  name: (value: string, lang: Lang) => string,
  words: { by: Localized; sameScale: Localized },
  lang: Lang,
): Readout[] {
  const n = rows.size;
  const by = [...rows.entries()].filter(([, r]) => r.flops <= compute).sort((a, b) => a[1].flops - b[1].flops);
  const row = rows.get(value)!;
  const sameScale = [...rows.entries()].filter(([v, r]) => r.flops === row.flops && v !== value).map(([v, r]) => `${name(v, lang)} (${r.model})`);
  return [
    {
      label: pick(lang, `C = ${flopsText(compute)} FLOPs 时${words.by.zh}（原文表 1）`, `${words.by.en} C = ${flopsText(compute)} FLOPs (Table 1)`),
      value: by.length
        ? pick(
            lang,
            by.length === n ? `全部 ${n} 项` : `${n} 项中的 ${by.length} 项：${by.map(([v]) => name(v, lang)).join('；')}`,
            by.length === n ? `all ${n}` : `${by.length} of ${n}: ${by.map(([v]) => name(v, lang)).join('; ')}`,
          )
        : pick(lang, `${n} 项中一项也没有`, `none of the ${n}`),
    },
    {
      label: pick(lang, `“${name(value, lang)}”的涌现规模（原文表 1）`, `Emergence scale of “${name(value, lang)}” (Table 1)`),
      value: pick(
        lang,
        `${flopsText(row.flops)} 训练 FLOPs，${row.model} ${formatQuantity(row.params, lang)} 参数`,
        `${flopsText(row.flops)} training FLOPs, ${row.model} with ${formatQuantity(row.params, lang)} parameters`,
      ),
    },
    { label: pick(lang, '原始出处', 'Original result'), value: row.reference },
    {
      label: words.sameScale[lang],
      value: sameScale.length ? sameScale.join(pick(lang, '；', '; ')) : pick(lang, '无', 'none'),
    },
  ];
}

// ---- Words-free pieces for model figures (words: src/i18n/emergence/<lang>.ts, included as `emergence`). ----

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

/** The dashed chance line labelled at the left edge, and the vertical line at the compute C with its label. */
export function chanceComputeMarks(chance: number, compute: number, xMin: number, xMax: number, lang: Lang, e: EmergenceMessages) {
  const chanceText = e.chance(formatPercent(chance, lang, 2));
  const computeText = `C = ${powerOfTen(compute)}`;
  const computeRight = Math.log10(compute) > Math.log10(xMax) - 1;
  return [
    Plot.ruleY([chance], { stroke: 'currentColor', strokeDasharray: '5 4', strokeOpacity: 0.8 }),
    Plot.text([chance], { x: xMin, y: (d: number) => d, text: () => chanceText, dx: 4, dy: -7, textAnchor: 'start', fill: 'currentColor', fillOpacity: 0.85 }),
    Plot.ruleX([compute], { stroke: 'currentColor', strokeWidth: 1.2, strokeOpacity: 0.75 }),
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
  ];
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
