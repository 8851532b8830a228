/**
 * Shared Plot settings so every figure looks like one family, in both themes.
 * Colours that must work on light and dark backgrounds; axes use currentColor and follow the page.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, formatPercent, formatQuantity, formatScientific } from '../../lib/numbers';
import type { RenderContext } from './types';
import { PUNCTUATION } from '../../i18n/frame/punctuation';

/** Series colours, distinguishable in light and dark mode and for common colour-vision deficiencies (Okabe–Ito based). */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#8C7E00', '#7F7F7F'];

export const FONT_SIZE = 13;

/** The options every figure starts from: size, document, font and a transparent background. */
export function baseOptions(ctx: RenderContext, height: number) {
  return {
    document: ctx.document,
    width: ctx.width,
    height,
    style: { fontSize: `${FONT_SIZE}px`, background: 'transparent', overflow: 'visible' },
    marginLeft: 60,
    marginBottom: 44,
    marginTop: 22,
    marginRight: 24,
  } as const;
}

/**
 * Puts several Plot charts side by side in one figure (they wrap to a column on narrow screens).
 * Each panel keeps its own logical size, so a shared link shows the same panels everywhere.
 */
export function panels(ctx: RenderContext, charts: Element[]): Element {
  const doc = ctx.document ?? document;
  const div = doc.createElement('div');
  div.setAttribute('class', 'fig-panels');
  for (const c of charts) div.appendChild(c);
  return div;
}

/** Polylines for polylineMark: each path is drawn as one SVG `<path>` (one subpath per line), in its own colour. */
export interface PolylinePath<T> {
  lines: ReadonlyArray<readonly T[]>;
  /** A CSS colour; the mark's stroke when absent. */
  stroke?: string;
}

/**
 * The last groups polylineMark and dotsMark drew, by their content (the SVG they hold), in the document they were drawn
 * for: an update that leaves those lines or dots alone (a slider that moves something else) clones the group instead of
 * creating hundreds of elements and setting their attributes again. Clones carry no listeners; these groups have none.
 */
const drawnGroups = new Map<string, SVGElement>();
const DRAWN_GROUPS_KEPT = 12;

function reuseDrawn(key: string, doc: Document, draw: () => SVGElement): SVGElement {
  const drawn = drawnGroups.get(key);
  if (drawn && drawn.ownerDocument === doc) return drawn.cloneNode(true) as SVGElement;
  const g = draw();
  if (drawnGroups.size >= DRAWN_GROUPS_KEPT) drawnGroups.delete(drawnGroups.keys().next().value!);
  // The group drawn goes in the picture and stays the one later clones are made from: nothing changes it there.
  drawnGroups.set(key, g);
  return g;
}

/**
 * A render-only Plot mark: polylines through the plot's x and y scales. For lines of many points (contours,
 * families of training curves) it is several times cheaper than Plot's line mark, which builds channels for
 * every point and groups them on each update; lines drawn before are cloned (reuseDrawn). `x` and `y` read a point's
 * data values; `attributes` go on every path (stroke, stroke-width, …). Coordinates are rounded to 0.01 px.
 * Example: polylineMark([{ lines: [[{ c: 1e18, n: 1e8 }, { c: 1e20, n: 1e9 }]] }], (p) => p.c, (p) => p.n, { stroke: 'currentColor' }).
 */
export function polylineMark<T>(
  paths: ReadonlyArray<PolylinePath<T>>,
  x: (point: T) => number,
  y: (point: T) => number,
  attributes: Record<string, string | number>,
): Plot.RenderFunction {
  return (_index, scales, _values, _dimensions, context) => {
    const sx = scales.x!;
    const sy = scales.y!;
    const r = (v: number) => Math.round(v * 100) / 100;
    const drawn: Array<{ d: string; stroke?: string }> = [];
    for (const path of paths) {
      let d = '';
      for (const line of path.lines) line.forEach((p, i) => (d += `${i ? 'L' : 'M'}${r(sx(x(p)))},${r(sy(y(p)))}`));
      if (d) drawn.push({ d, stroke: path.stroke });
    }
    const svg = 'http://www.w3.org/2000/svg';
    const doc = context.document;
    return reuseDrawn(`path|${JSON.stringify(attributes)}|${JSON.stringify(drawn)}`, doc, () => {
      const g = doc.createElementNS(svg, 'g');
      g.setAttribute('aria-hidden', 'true');
      g.setAttribute('fill', 'none');
      for (const [name, value] of Object.entries(attributes)) g.setAttribute(name, String(value));
      for (const { d, stroke } of drawn) {
        const el = doc.createElementNS(svg, 'path');
        el.setAttribute('d', d);
        if (stroke) el.setAttribute('stroke', stroke);
        g.appendChild(el);
      }
      return g;
    });
  };
}

/**
 * A render-only Plot mark: one circle per datum through the plot's x and y scales, filled with the colour `fill(d)`
 * gives (a CSS colour) or outlined with `stroke(d)`, skipping data whose centre falls outside the frame. For the hundreds of points some figures redraw
 * on every input it is several times cheaper than Plot's dot mark, which builds x, y and colour channels and runs the
 * colour scale on each update: it computes the rounded positions, and when the same circles were drawn before (a
 * slider that moves something else) it clones that group (reuseDrawn). A caller computes its colours once
 * (Plot.scale(...).apply) and memoises them.
 * `attributes` go on the group (fill-opacity, stroke-width, `fill: 'none'` for hollow circles).
 * Example: dotsMark(runs, (d) => d.flops, (d) => d.loss, { r: 2.8, fill: (d) => colourOf(d.tokens), attributes: { 'fill-opacity': 0.85 } }).
 */
export function dotsMark<T>(
  data: readonly T[],
  x: (d: T) => number,
  y: (d: T) => number,
  { r, fill, stroke, attributes = {} }: { r: number; fill?: (d: T) => string; stroke?: (d: T) => string; attributes?: Record<string, string | number> },
): Plot.RenderFunction {
  // Each circle's own colour: its fill, else its stroke.
  const paint = fill ? { name: 'fill', of: fill } : stroke ? { name: 'stroke', of: stroke } : null;
  return (_index, scales, _values, dimensions, context) => {
    const sx = scales.x!;
    const sy = scales.y!;
    const { width, height, marginTop, marginRight, marginBottom, marginLeft } = dimensions;
    const round = (v: number) => Math.round(v * 100) / 100;
    const circles: Array<[cx: number, cy: number, fill: string]> = [];
    for (const d of data) {
      const cx = sx(x(d));
      const cy = sy(y(d));
      if (cx >= marginLeft && cx <= width - marginRight && cy >= marginTop && cy <= height - marginBottom) circles.push([round(cx), round(cy), paint ? paint.of(d) : '']);
    }
    const svg = 'http://www.w3.org/2000/svg';
    const doc = context.document;
    return reuseDrawn(`dots|${r}|${paint?.name}|${JSON.stringify(attributes)}|${circles.join(';')}`, doc, () => {
      const g = doc.createElementNS(svg, 'g');
      g.setAttribute('aria-hidden', 'true');
      for (const [name, value] of Object.entries(attributes)) g.setAttribute(name, String(value));
      for (const [cx, cy, f] of circles) {
        const c = doc.createElementNS(svg, 'circle');
        c.setAttribute('cx', String(cx));
        c.setAttribute('cy', String(cy));
        c.setAttribute('r', String(r));
        if (paint) c.setAttribute(paint.name, f);
        g.appendChild(c);
      }
      return g;
    });
  };
}

/** Scale options for a log axis whose ticks read like the site's numbers (7B / 70亿, 1e21 → 10²¹). */
export function logScale(lang: 'zh' | 'en', label: string, style: 'quantity' | 'scientific' = 'quantity', extra: Record<string, unknown> = {}) {
  return {
    type: 'log' as const,
    label,
    // The key drawReusing (reuse.ts) knows this format by: its source is the same for every style and language.
    tickFormat: Object.assign((d: number) => (style === 'quantity' ? formatQuantity(d, lang, { digits: 2 }) : formatScientific(d, { digits: 2 })), {
      cacheKey: `logScale:${style}:${lang}`,
    }),
    ...extra,
  };
}

/** One line of a hover readout: a label from the figure's own per-language labels, a value, and how to write it. */
export type TipPart = readonly [label: string, value: number | string, format?: 'quantity' | 'scientific' | 'number' | 'percent'];

/**
 * The text of a hover/touch readout, one `label value` per line, written the way the site writes numbers in the
 * reader's language (7B / 70亿, 5.9×10²³, 2.03, 46%). Every figure's tips go through here, so they read alike.
 */
export function tipText(lang: 'zh' | 'en', parts: ReadonlyArray<TipPart>): string {
  return parts
    .map(([label, value, format = 'number']) => {
      const v =
        typeof value === 'string'
          ? value
          : format === 'quantity'
            ? formatQuantity(value, lang, { digits: 3 })
            : format === 'scientific'
              ? formatScientific(value, { digits: 3 })
              : format === 'percent'
                ? formatPercent(value, lang, 3)
                : formatNumber(value, lang, 3);
      return label ? PUNCTUATION[lang].tip(label, v) : v;
    })
    .join('\n');
}

/** The tips' look: the site's card colour (Plot's default fill is white, unreadable in dark mode), the page's text colour. */
export const TIP_STYLE = { fill: 'var(--bg-card, var(--plot-background, white))', stroke: 'currentColor', fontSize: FONT_SIZE - 1 } as const;

/** Tip marks (tipMark, onTop): drawPlot draws them after every other mark. */
const TIPS = new WeakSet<object>();

/** Marks `mark` as a tip, to be drawn above the others by drawPlot; returns it. */
export function onTop<M extends Plot.Markish>(mark: M): M {
  if (mark && typeof mark === 'object') TIPS.add(mark);
  return mark;
}

/** Whether `mark` was marked with onTop (a tip). */
export const isTip = (mark: Plot.Markish) => !!mark && typeof mark === 'object' && TIPS.has(mark);

/** The marks of `options`, flattened, with the tips (tipMark, onTop) moved after every other mark. */
export function tipsLast(marks: Plot.PlotOptions['marks'] = []): Plot.Markish[] {
  const flat: Plot.Markish[] = [];
  const add = (m: Plot.Markish) => (Array.isArray(m) ? m.forEach(add) : flat.push(m));
  marks.forEach(add);
  return [...flat.filter((m) => !isTip(m)), ...flat.filter(isTip)];
}

/**
 * A y-axis label drawn as a text mark, where Plot draws one (the frame's top-left corner, 3 px from the chart's edges,
 * with Plot's ↑): for a chart drawn with drawPatching whose label changes with a control while its axes stay (give the
 * scale `label: null`), so the axes are copied and only the label is drawn again. Same markup as Plot's own label.
 */
export function yLabelMark(label: string, margins: { marginLeft: number; marginTop: number }) {
  return Plot.text([label], { frameAnchor: 'top-left', dx: 3 - margins.marginLeft, dy: 3 - margins.marginTop, textAnchor: 'start', lineAnchor: 'top', text: () => `↑ ${label}` });
}

/**
 * Plot.plot for every chart of the site: the same options, with the tips (tipMark, onTop) moved after every other mark,
 * so a readout is never drawn under a label, a dot or a legend that comes later in the figure's list (Plot draws
 * marks in order). A chart whose axes a control does not move can reuse them between updates: drawReusing
 * (src/figures/lib/reuse.ts).
 */
export function drawPlot(options: Plot.PlotOptions): ReturnType<typeof Plot.plot> {
  return Plot.plot({ ...options, marks: tipsLast(options.marks) });
}

/**
 * Plot's own tip, shown for the datum nearest the pointer (mouse or touch); it draws nothing until a reader points,
 * so the build-time SVG is unchanged. The fill follows the site's card colour, so the tip is readable in dark mode
 * (Plot's default is white). The keyboard equivalent is the data table and the readouts.
 * Example: tipMark(points, { x: 'n', y: 'loss', title: (d) => tipText(lang, [[t.common.column.loss, d.loss]]) }).
 */
export function tipMark<T>(
  data: Plot.Data,
  options: { x: Plot.ChannelValueSpec; y: Plot.ChannelValueSpec; title: (d: T) => string; fx?: Plot.ChannelValueSpec; fy?: Plot.ChannelValueSpec } & Record<string, unknown>,
): Plot.Markish {
  // The title channel carries the datum itself and Plot's `format.title` writes it when the tip shows: one datum's
  // text per hover instead of every datum's text on every update (240 runs × 7 numbers on chinchilla-runs).
  const { title, ...rest } = options;
  return onTop(Plot.tip(data, Plot.pointer({ ...TIP_STYLE, ...rest, title: (d: T) => d, format: { title }, render: placeTip(title) } as unknown as Plot.TipOptions)));
}

/** A line's width in ems, roughly as a sans-serif font draws it: full-width (CJK) characters 1 em, the others ~0.6. */
const ems = (line: string) => [...line].reduce((w, c) => w + (c.codePointAt(0)! >= 0x2e80 ? 1 : 0.6), 0);

/**
 * A render transform for the tips (Plot's `render` mark option). Plot turns a tip that fits on neither side of its point
 * to the left, so in a narrow panel a point near the left edge had its readout cut off by the screen's edge
 * (critical-batch, overhead, kaplan-three-laws, training-envelope). For such a tip (its width estimated from its longest
 * line, with Plot's padding, 8 px a side, and pointer, 12 px) this picks above or below the point when the tip fits
 * there centred, else the side with more room. Then, once Plot has placed the tip (its postrender, a microtask when the
 * chart is in the page, else the next frame, both queued before this one's), a tip that still sticks out of its chart
 * sideways is moved back in, or to the chart's left edge if it is wider than the chart.
 */
const placeTip = <T>(title: (d: T) => string): Plot.RenderFunction =>
  function (this: { anchor?: string }, index, scales, values, dimensions, context, next) {
    const i = index[0]!;
    const { x, y, title: data } = values as { x?: ArrayLike<number>; y?: ArrayLike<number>; title?: ArrayLike<T> };
    const [px, W] = [x?.[i] ?? Number.NaN, dimensions.width];
    const w = index.length === 1 && data && y ? Math.max(...title(data[i]!).split('\n').map(ems)) * TIP_STYLE.fontSize + 28 : 0;
    const placed = w > px && w > W - px;
    if (placed) this.anchor = px >= w / 2 && px <= W - w / 2 ? (y![i]! > dimensions.height / 2 ? 'bottom' : 'top') : px < W / 2 ? 'left' : 'right';
    const g = next!(index, scales, values, dimensions, context);
    if (placed) this.anchor = undefined;
    const svg = context.ownerSVGElement;
    const fit = () => {
      const frame = svg.getBoundingClientRect();
      // Screen pixels per unit of the chart's own coordinates (a panel may be drawn larger or smaller than its size).
      const scale = frame.width / svg.viewBox.baseVal.width || 1;
      for (const tip of g!.children) {
        const box = tip.getBoundingClientRect();
        // Back inside on the right if it can be, else to the left edge; in the chart's units, rounded inwards.
        const shift = Math.max(frame.left - box.left, Math.min(0, frame.right - box.right)) / scale;
        if (shift) tip.setAttribute('transform', `${tip.getAttribute('transform')} translate(${shift > 0 ? Math.ceil(shift) + 1 : Math.floor(shift) - 1},0)`);
      }
    };
    if (g && w) svg.isConnected ? Promise.resolve().then(fit) : requestAnimationFrame(fit);
    return g;
  };
