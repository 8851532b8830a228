/**
 * What the Kaplan families of loss curves (loss-vs-d-by-n, loss-vs-n-by-d, loss-vs-steps) share: one curve per
 * series against a log x axis, read at a chosen x (a vertical line, a dot on each curve, the value above the frame),
 * each curve labelled at its right end; the studied ranges and the warning for sizes outside them.
 */
import * as Plot from '@observablehq/plot';
import type { CommonMessages } from '../../i18n/common/en';
import type { ListSpec, QuantitySpec } from './params';
import { tipMark } from './plot';
import { moving } from './reuse';

/** §3: models of 768 to 1.5e9 non-embedding parameters. */
export const STUDIED_PARAMS: [number, number] = [768, 1.5e9];
/** §3 says datasets "from 22 million to 23 billion tokens"; Fig. 9's smallest is labelled 21M. */
export const STUDIED_TOKENS: [number, number] = [2.1e7, 2.3e10];

/** Where the curves are read, on a log slider over `range` (words: common.kaplan.readAt). */
export function readAtSpec(value: number, range: [number, number]): QuantitySpec {
  return { kind: 'quantity', default: value, min: range[0], max: range[1], scale: 'log', display: 'quantity' };
}

/** The model sizes N, one curve each: up to 8, from 1e3 to `max` non-embedding parameters (words: common.kaplan.modelSizes). */
export function modelSizesSpec(value: readonly number[], max: number): ListSpec {
  return { kind: 'list', default: value, min: 1e3, max, minLength: 1, maxLength: 8, display: 'quantity' };
}

/**
 * The y axis: test loss in nats per token, over `domain` (lossExtent of everything drawn against it, as Plot would find
 * it) made nice. Given, so that the axis is copied while the reading moves (drawPatching).
 */
export function testLossAxis(c: CommonMessages, domain: [number, number]) {
  return { label: c.axis.testLoss, grid: true, nice: true, domain };
}

/** The lowest and highest loss in `groups` (nats per token): the extent Plot finds for the marks that draw them. */
export function lossExtent(...groups: ReadonlyArray<ReadonlyArray<{ loss: number }>>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const group of groups) {
    for (const { loss } of group) {
      if (loss < lo) lo = loss;
      if (loss > hi) hi = loss;
    }
  }
  return [lo, hi];
}

/** The warning for model sizes outside those the paper studied (none when all are inside). */
export function outsideStudiedWarning(sizes: number[], q: (v: number) => string, c: CommonMessages): string[] {
  const outside = sizes.filter((n) => n < STUDIED_PARAMS[0] || n > STUDIED_PARAMS[1]);
  return outside.length ? [c.kaplan.outsideParams(outside.map(q).join(c.listSeparator))] : [];
}

/** One curve of the family: its label and colour, its loss at the reading, and its points. */
export interface LossSeries<P> {
  label: string;
  color: string;
  at: number;
  curve: P[];
}

/**
 * The marks of a family of curves read at `x = value` (x is the points' field `x`, z tells the curves apart): the
 * reading line, the curves, `between` (marks drawn over the curves but under the dots), a dot on each curve at the
 * reading, each curve's label at its right end, `text` above the reading line, and a hover tip on the curves whose
 * text is `tip(point, seriesLabel)`. The reading's marks are moving() ones: drawn with drawPatching, the curves, their
 * labels and the axes are copied while the reading moves.
 */
export function lossCurveMarks<P extends { loss: number }>(
  series: LossSeries<P>[],
  x: keyof P & string,
  z: keyof P & string,
  value: number,
  text: string,
  between: Plot.Markish[] = [],
  tip?: (point: P, series: string) => string,
) {
  const points = series.flatMap((s) => s.curve.map((p) => ({ ...p, color: s.color, series: s.label })));
  const ends = series.map((s) => ({ ...s.curve[s.curve.length - 1], label: s.label, color: s.color }));
  const dots = series.map((s) => ({ [x]: value, loss: s.at, color: s.color }));
  return [
    moving(Plot.ruleX([value], { stroke: 'currentColor', strokeOpacity: 0.5 })),
    Plot.line(points, { x, y: 'loss', z, stroke: 'color', strokeWidth: 2 }),
    ...between,
    moving(Plot.dot(dots, { x, y: 'loss', r: 4, fill: 'color', stroke: 'var(--plot-background, white)', strokeWidth: 1 })),
    Plot.text(ends, { x, y: 'loss', text: 'label', fill: 'color', dx: 6, textAnchor: 'start', fontSize: 12 }),
    moving(Plot.text([value], { x: (v: number) => v, frameAnchor: 'top', text: () => text, dy: -14, fontSize: 12, fill: 'currentColor' })),
    ...(tip ? [tipMark<P & { series: string }>(points, { x, y: 'loss', title: (p) => tip(p, p.series) })] : []),
  ];
}

/** The dashed limit curve (infinite model or infinite data) with its label (`N = ∞`) at the right end. */
export function limitMarks<P extends { loss: number }>(limit: P[], x: keyof P & string, text: string) {
  return [
    Plot.line(limit, { x, y: 'loss', stroke: 'currentColor', strokeOpacity: 0.6, strokeDasharray: '5,4', strokeWidth: 1.5 }),
    Plot.text([limit[limit.length - 1]], { x, y: 'loss', text: () => text, dx: 6, dy: 8, textAnchor: 'start', fontSize: 12, fill: 'currentColor' }),
  ];
}
