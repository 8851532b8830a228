/**
 * Reusing the unmoving part of a chart between updates: its axes, grids and the marks a control does not move.
 */
import * as Plot from '@observablehq/plot';
import { tipsLast } from './plot';

/** What drawReusing may reuse from earlier charts. */
export interface DrawReuse {
  /**
   * Reuse the axes and grids (and the `under` marks) of an earlier chart drawn with the same key and the same options
   * instead of drawing them again. Only for charts whose x and y domains are given in the options, so the axes do not
   * depend on the data; the key must name whatever the options' functions capture (the reader's language, for a tick
   * format) and all four margins must be given (Plot's defaults depend on the axes it draws). Otherwise the chart is
   * drawn whole, as without a key.
   */
  axesKey?: string;
  /**
   * Marks drawn under all the others (just above the axes and grids), with a key that names everything they show: with
   * `axesKey`, they are drawn once per key and copied after. For the part of a chart a control does not move (the runs
   * and the law when only the slice moves). Drawn under the others with or without a key, so the picture is the same.
   * They must not share a scale fitted to the data (colour, radius, symbol) with the other marks: give them colours.
   * `marks` is called only when they are drawn, so an update that copies them does not build them.
   */
  under?: { key: string; marks: () => Plot.Markish[] };
}

/** Axes, grids and `under` marks drawn before (the nodes Plot put before the other marks), in the document drawn for. */
const drawnBase = new Map<string, { doc: Document; nodes: Node[] }>();
const BASES_KEPT = 24;

/** Plot's default margins make room for the axes it draws: a chart drawn without them must be given all four. */
const hasMargins = (o: Plot.PlotOptions) => o.margin !== undefined || [o.marginTop, o.marginRight, o.marginBottom, o.marginLeft].every((m) => m !== undefined);
const hasDomain = (scale: unknown) => !!scale && typeof scale === 'object' && Array.isArray((scale as { domain?: unknown }).domain);
const svgOf = (chart: Element) => (chart.nodeName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg'));

/** The options as a key: functions by their cache key (logScale's tick formats) or their source. */
function optionsKey(options: Plot.PlotOptions): string {
  const { marks: _marks, document: _document, ...rest } = options;
  return JSON.stringify(rest, (_k, v) => (typeof v === 'function' ? ((v as { cacheKey?: string }).cacheKey ?? String(v)) : v));
}

/**
 * drawPlot (Plot.plot with the tips above every other mark) for a chart whose frame a control does not move: the axes,
 * grids and `reuse.under` marks come from an earlier chart with the same keys and options. Plot draws the other marks
 * alone (x and y axis: null) and a copy of that base goes where Plot puts axes, before the marks, so the SVG is the one
 * Plot draws whole (tests/unit/figures/marks.test.ts, reuse.test.ts). A module of its own, so the figures that do not
 * use it do not download it.
 */
export function drawReusing(options: Plot.PlotOptions, reuse: DrawReuse = {}): ReturnType<typeof Plot.plot> {
  const ordered = tipsLast(options.marks);
  const { axesKey, under } = reuse;
  if (axesKey === undefined || !hasMargins(options) || !hasDomain(options.x) || !hasDomain(options.y) || options.fx || options.fy || options.facet || options.projection) {
    return Plot.plot({ ...options, marks: [...(under?.marks() ?? []), ...ordered] });
  }
  const doc = options.document ?? document;
  const key = `${axesKey}\u0000${under?.key ?? ''}\u0000${optionsKey(options)}`;
  let base = drawnBase.get(key);
  if (!base || base.doc !== doc) {
    const underMarks = under?.marks() ?? [];
    const bare = svgOf(Plot.plot({ ...options, marks: underMarks }));
    if (!bare) return Plot.plot({ ...options, marks: [...underMarks, ...ordered] });
    base = { doc, nodes: [...bare.childNodes].filter((n) => n.nodeName.toLowerCase() !== 'style') };
    if (drawnBase.size >= BASES_KEPT) drawnBase.delete(drawnBase.keys().next().value!);
    drawnBase.set(key, base);
  }
  const chart = Plot.plot({ ...options, x: { ...options.x, axis: null, grid: false }, y: { ...options.y, axis: null, grid: false }, marks: ordered });
  const svg = svgOf(chart);
  if (svg) {
    let at = svg.firstChild;
    while (at && at.nodeName.toLowerCase() === 'style') at = at.nextSibling;
    for (const n of base.nodes) svg.insertBefore(n.cloneNode(true), at);
  }
  return chart;
}
