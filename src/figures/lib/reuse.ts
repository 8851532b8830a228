/**
 * Reusing the unmoving part of a chart between updates: its axes, grids and the marks a control does not move.
 * drawReusing copies what lies under the moving marks; drawPatching copies everything around the marks wrapped in moving().
 */
import * as Plot from '@observablehq/plot';
import { BAD, drawOpen, onDrawSettled, readMarkupWith } from './output';
import { isTip, tipsLast } from './plot';

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

/**
 * Nodes drawn once and copied into every picture that shows them, with whether they were drawn clean (no NaN: output.ts;
 * undefined until looked at) and a spare set of copies made ahead. The nodes are the ones first drawn, which went on
 * screen in that picture: nothing changes them there (quietPlotAria only removes labels it removes from every copy too),
 * and they are only ever copied from.
 */
interface Copied {
  nodes: Node[];
  clean?: boolean;
  spare?: Node[];
}

const inBrowser = typeof window !== 'undefined';

/**
 * In the browser, the spare copies of `source` and whether it is clean are made in a task of their own after this
 * update (a timer), so the update after it, if it comes a few milliseconds later, as a slider's next step does, finds
 * them made: on chinchilla-runs the copies are ~500 nodes, ~1 ms of each update, and reading a picture's markup for the
 * check costs about as much again. An update that finds them not yet made makes them itself.
 */
function prepareLater(source: Copied): void {
  if (!inBrowser) return;
  setTimeout(() => {
    source.spare ??= source.nodes.map((n) => n.cloneNode(true));
    source.clean ??= drawnClean(source.nodes);
  }, 0);
}

/** Copies of `source.nodes` for a new picture, marked clean when they are (the browser's check then skips them). */
function copiesOf(source: Copied): Node[] {
  const copies = source.spare ?? source.nodes.map((n) => n.cloneNode(true));
  source.spare = undefined;
  // Outside the browser (the build, the tests) there is no next update to prepare for: looked at once, now.
  if (!inBrowser) source.clean ??= drawnClean(source.nodes);
  prepareLater(source);
  return source.clean ? copiesOfClean(copies) : copies;
}

/** Axes, grids and `under` marks drawn before (the nodes Plot put before the other marks), in the document drawn for. */
const drawnBase = new Map<string, Copied & { doc: Document }>();
const BASES_KEPT = 24;

/**
 * Nodes known to be free of NaN, Infinity and `undefined`: copies a figure puts in its SVG of nodes found clean when
 * they were first drawn (the unmoving parts this module copies). The browser's check of an update skips
 * them: on chinchilla-runs they are most of the picture.
 */
const clean = new WeakSet<Node>();

/** Whether `nodes` are free of NaN, Infinity and `undefined` (their markup, once, when first drawn). */
export function drawnClean(nodes: readonly Node[]): boolean {
  return !nodes.some((n) => BAD.test(n.nodeType === 1 ? (n as Element).outerHTML : (n.textContent ?? '')));
}

/** Marks copies of nodes drawnClean found clean, so the check of the picture they go in skips them; returns them. */
export function copiesOfClean<N extends Node>(copies: N[]): N[] {
  for (const n of copies) clean.add(n);
  return copies;
}

/**
 * The markup checkOutput reads for a rendered figure (output.ts): all of it but the copies of clean nodes (copiesOfClean),
 * which sit directly in a chart's <svg>. They are taken out for the reading and put back in their places.
 */
function markupWithoutClean(root: Element): string {
  // Copies sit in a chart's <svg>; kept charts (keptChart) in the <div>s that hold the panels.
  const parents = root.nodeName.toLowerCase() === 'svg' ? [root] : [root, ...root.querySelectorAll('svg, div')];
  const out: Array<[parent: Element, node: Node, before: Node | null]> = [];
  for (const parent of parents) for (const n of parent.childNodes) if (clean.has(n)) out.push([parent, n, n.nextSibling]);
  if (!out.length) return root.outerHTML;
  for (const [, n] of out) (n as ChildNode).remove();
  const html = root.outerHTML;
  for (let i = out.length - 1; i >= 0; i--) {
    const [parent, n, before] = out[i]!;
    parent.insertBefore(n, before);
  }
  return html;
}

readMarkupWith(markupWithoutClean);

/** What Plot draws for a tip (or any mark) that follows the pointer while it shows: a group that lets the pointer through
 * (`pointer-events="none"`, which Plot leaves off a tip a click has pinned), with something in it. */
const FOLLOWING_POINTER = '[pointer-events=none]>*';

/** Charts keptChart drew, by key, in the document drawn for; at most CHARTS_KEPT, the least recently used dropped first. */
const keptCharts = new Map<string, { doc: Document; chart: Element }>();
/** chinchilla-runs alone keeps four panels for each of its ten windows. */
const CHARTS_KEPT = 48;

/**
 * Charts the picture being drawn took from the picture on screen, each with the empty node that holds its place there
 * until the browser knows whether the new picture is shown (output.ts, drawSettled): if it is not (it failed its check),
 * each chart goes back to its place, with Plot's pointer still listening for its tips.
 */
let taken: Array<{ chart: Element; placeholder: Node }> = [];
onDrawSettled((shown) => {
  if (!shown) for (let i = taken.length - 1; i >= 0; i--) taken[i]!.placeholder.parentNode?.replaceChild(taken[i]!.chart, taken[i]!.placeholder);
  taken = [];
});

/**
 * A whole chart (one panel of a figure) that an update leaves as it was: the chart drawn before for the same key, in the
 * document drawn for, is taken as it is, with the pointer Plot's tips listen with, instead of being drawn again; else
 * `draw()` draws it and it is kept. The key must name everything the chart shows (the reader's language, the data or
 * the inputs the data comes from). A chart found clean when first drawn (no NaN: output.ts) is skipped by the browser's
 * check of the pictures it goes in. The chart may still be in the picture on screen: an empty node holds its place
 * there until the new picture is shown, which replaces that picture, or is not, and the chart goes back (see `taken`).
 * (A copy of the chart left in its place, as until 2026-12-06, was 0.37 ms of mirage's 5.5 ms update in Chromium.)
 * A chart showing a tip that follows the pointer is drawn again instead, as every chart a control changes is: the
 * browser forgets that the pointer is over a node moved from one place to another, so the moved chart would not hear the
 * pointer leave, and its tip would stay after the reader's pointer has gone (found 2026-12-08: mirage's first panel,
 * pointed at while a slider moved the others). A tip pinned with a click stays, as Plot means it to.
 */
export function keptChart(key: string, doc: Document, draw: () => Element): Element {
  const kept = keptCharts.get(key);
  if (kept && kept.doc === doc && !kept.chart.querySelector(FOLLOWING_POINTER)) {
    if (kept.chart.isConnected) {
      const placeholder = doc.createTextNode('');
      kept.chart.replaceWith(placeholder);
      // Outside a draw that will be settled (the build, the tests) the picture the chart was in keeps a copy.
      if (drawOpen()) taken.push({ chart: kept.chart, placeholder });
      else placeholder.replaceWith(kept.chart.cloneNode(true));
    }
    // Most recently used last, so the oldest is dropped first.
    keptCharts.delete(key);
    keptCharts.set(key, kept);
    return kept.chart;
  }
  const chart = draw();
  // Whether it is clean is looked at after this update in the browser (the check of this picture reads it whole anyway).
  const look = () => {
    if (drawnClean([chart])) clean.add(chart);
  };
  if (inBrowser) setTimeout(look, 0);
  else look();
  keptCharts.delete(key);
  if (keptCharts.size >= CHARTS_KEPT) keptCharts.delete(keptCharts.keys().next().value!);
  keptCharts.set(key, { doc, chart });
  return chart;
}

/** Plot's default margins make room for the axes it draws: a chart drawn without them must be given all four. */
const hasMargins = (o: Plot.PlotOptions) => o.margin !== undefined || [o.marginTop, o.marginRight, o.marginBottom, o.marginLeft].every((m) => m !== undefined);
const hasDomain = (scale: unknown) => !!scale && typeof scale === 'object' && Array.isArray((scale as { domain?: unknown }).domain);
/** The chart's own SVG: the root, or the <figure>'s child (a legend's swatches are SVGs too, nested deeper). */
const ownSvg = (chart: Element) => (chart.nodeName.toLowerCase() === 'svg' ? chart : ([...chart.children].find((c) => c.nodeName.toLowerCase() === 'svg') ?? null));

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
    const bare = ownSvg(Plot.plot({ ...options, marks: underMarks }));
    if (!bare) return Plot.plot({ ...options, marks: [...underMarks, ...ordered] });
    const nodes = [...bare.childNodes].filter((n) => n.nodeName.toLowerCase() !== 'style');
    base = { doc, nodes };
    prepareLater(base);
    if (drawnBase.size >= BASES_KEPT) drawnBase.delete(drawnBase.keys().next().value!);
    drawnBase.set(key, base);
  }
  const chart = Plot.plot({ ...options, x: { ...options.x, axis: null, grid: false }, y: { ...options.y, axis: null, grid: false }, marks: ordered });
  const svg = ownSvg(chart);
  if (svg) {
    let at = svg.firstChild;
    while (at && at.nodeName.toLowerCase() === 'style') at = at.nextSibling;
    for (const n of copiesOf(base)) svg.insertBefore(n, at);
  }
  return chart;
}

/** Marks wrapped in moving(): what changes between updates of a chart drawn with drawPatching. */
const MOVING = new WeakSet<object>();

/** Marks `mark` as one that moves between updates of a drawPatching chart (the tips always do); returns it. */
export function moving<M extends Plot.Markish>(mark: M): M {
  // A render function (polylineMark) is a mark too.
  if (mark && (typeof mark === 'object' || typeof mark === 'function')) MOVING.add(mark);
  return mark;
}

/**
 * A chart drawn before with the same key: its wrapper (Plot's <figure> with the legends, or null) and its SVG's
 * children in order, as runs of unmoving nodes (copied on every use) and the numbers of the moving marks' slots.
 */
interface Template {
  doc: Document;
  wrapper: Element | null;
  parts: Array<Copied | number>;
  /** The frame's clip path, `url(#…)` (Plot makes one per chart, where the first clipped mark is drawn), or null. */
  clip: string | null;
  /** How many moving marks it has slots for (part of its key: a chart with another number of them has a template of its own). */
  slots: number;
}
const templates = new Map<string, Template>();
const SVG_NS = 'http://www.w3.org/2000/svg';
const isStyle = (n: Node) => n.nodeName.toLowerCase() === 'style';

const isClipPath = (n: Node) => n.nodeName.toLowerCase() === 'clippath';

/**
 * A moving mark's nodes drawn alone, with the frame clip path Plot made for them (a new id) left out and their
 * references pointing at the template's: the chart keeps one clip path, as Plot draws it whole.
 */
function sharingClip(slots: Node[][], clip: string): Node[][] {
  const own = slots
    .flat()
    .filter(isClipPath)
    .map((n) => `url(#${(n as Element).getAttribute('id')})`);
  if (!own.length) return slots;
  return slots.map((nodes) => {
    const kept = nodes.filter((n) => !isClipPath(n));
    for (const n of kept) {
      if (n.nodeType !== 1) continue;
      for (const el of [n as Element, ...(n as Element).querySelectorAll('[clip-path]')]) {
        if (own.includes(el.getAttribute('clip-path') ?? '')) el.setAttribute('clip-path', clip);
      }
    }
    return kept;
  });
}

/**
 * drawPlot for a chart of which only a few marks change between updates (a slider moves a line and a point over a
 * fixed picture): the marks wrapped in moving(), and the tips, are drawn on every call; everything else (axes, grids,
 * legends, the other marks) is drawn once per `key` and options and copied, in its place between the moving marks.
 * The key must name everything the unmoving marks show; x and y need their domains and all four margins must be given
 * (as for drawReusing's axesKey), and a moving mark must not share a scale fitted to the data with the others.
 * Without a key, or without those, the chart is drawn whole. The SVG is the one Plot draws whole
 * (tests/unit/figures/marks.test.ts); the returned SVG is the moving marks' own, so the tips' pointer listens on it.
 */
export function drawPatching(options: Plot.PlotOptions, key?: string): ReturnType<typeof Plot.plot> {
  const ordered = tipsLast(options.marks);
  if (key === undefined || !hasMargins(options) || !hasDomain(options.x) || !hasDomain(options.y) || options.fx || options.fy || options.facet || options.projection) {
    return Plot.plot({ ...options, marks: ordered });
  }
  const isMoving = (m: Plot.Markish) => isTip(m) || (!!m && (typeof m === 'object' || typeof m === 'function') && MOVING.has(m));
  const doc = options.document ?? document;
  // Empty groups drawn just before and after each moving mark, so its nodes (none, one or several) can be found.
  const starts: Element[] = [];
  const ends: Element[] = [];
  const marker = (list: Element[]) => () => {
    const g = doc.createElementNS(SVG_NS, 'g');
    list.push(g);
    return g as unknown as SVGElement;
  };
  const bracketed = (marks: Plot.Markish[]) => marks.flatMap((m) => (isMoving(m) ? [marker(starts), m, marker(ends)] : [m]));
  /** The nodes of each moving mark, taken out of `svg` with their markers. */
  const takeSlots = (svg: Element) =>
    starts.map((start, i) => {
      const nodes: Node[] = [];
      for (let n = start.nextSibling; n && n !== ends[i]; n = n.nextSibling) nodes.push(n);
      start.remove();
      ends[i]!.remove();
      for (const n of nodes) svg.removeChild(n);
      return nodes;
    });
  const moves = ordered.filter(isMoving);
  // A chart that shows a moving mark only for some values (benchmarks-vs-compute's chance line) has a template for each
  // number of them: keyed by the key alone, each change between the two drew the chart whole and replaced the other's
  // template (24 of the bench's 100 changes of benchmark).
  const fullKey = `${key}\u0000${moves.length}\u0000${optionsKey(options)}`;
  const template = templates.get(fullKey);
  if (template && template.doc === doc && template.slots === moves.length) {
    // No legend either: the copy of the template's wrapper brings it (Plot's legend was 0.26 ms of chinchilla-vs-kaplan's update).
    const legendless = options.color ? { color: { ...options.color, legend: false } } : {};
    const chart = Plot.plot({
      ...options,
      ...legendless,
      x: { ...options.x, axis: null, grid: false },
      y: { ...options.y, axis: null, grid: false },
      marks: bracketed(moves),
    });
    const svg = ownSvg(chart);
    if (svg && starts.length === ends.length) {
      const slots = template.clip ? sharingClip(takeSlots(svg), template.clip) : takeSlots(svg);
      const styles = [...svg.childNodes].filter(isStyle);
      svg.replaceChildren(...styles, ...template.parts.flatMap((p) => (typeof p === 'number' ? (slots[p] ?? []) : copiesOf(p))));
      if (!template.wrapper) return svg as unknown as ReturnType<typeof Plot.plot>;
      const wrapper = template.wrapper.cloneNode(true) as Element;
      const placeholder = ownSvg(wrapper);
      if (placeholder) placeholder.replaceWith(svg);
      return wrapper as unknown as ReturnType<typeof Plot.plot>;
    }
  }
  starts.length = 0;
  ends.length = 0;
  const chart = Plot.plot({ ...options, marks: bracketed(ordered) });
  const svg = ownSvg(chart);
  if (!svg || starts.length !== ends.length) return chart;
  // Keep the unmoving nodes (the ones drawn, copied from on later updates: see Copied), in runs between the moving
  // marks' slots, then take the markers out.
  const runs: Array<Node[] | number> = [];
  let run: Node[] = [];
  let slot = -1;
  let clip: string | null = null;
  for (const n of svg.childNodes) {
    if (isClipPath(n)) clip = `url(#${(n as Element).getAttribute('id')})`;
    if (slot >= 0) {
      if (n === ends[slot]) slot = -1;
      // A clip path a moving mark made stays, before its slot: the unmoving marks after it may use it too.
      else if (isClipPath(n)) (runs.at(-2) as Node[]).push(n);
      continue;
    }
    const at = starts.indexOf(n as Element);
    if (at >= 0) {
      runs.push(run, at);
      run = [];
      slot = at;
    } else if (!isStyle(n)) run.push(n);
  }
  runs.push(run);
  for (const m of [...starts, ...ends]) m.remove();
  const parts = runs.map((r) => (typeof r === 'number' ? r : { nodes: r }));
  for (const p of parts) if (typeof p !== 'number') prepareLater(p);
  let wrapper: Element | null = null;
  if (chart !== svg) {
    // Plot's <figure> with its legends around an empty <svg>, the placeholder a later picture's SVG replaces.
    wrapper = chart.cloneNode(false) as Element;
    for (const c of chart.childNodes) wrapper.appendChild(c === svg ? c.cloneNode(false) : c.cloneNode(true));
  }
  if (templates.size >= BASES_KEPT) templates.delete(templates.keys().next().value!);
  templates.set(fullKey, { doc, wrapper, parts, clip, slots: moves.length });
  return chart;
}
