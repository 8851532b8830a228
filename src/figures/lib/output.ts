import type { FigureOutput } from './types';

const BAD = /\b(NaN|Infinity|undefined)\b/;

/**
 * Nodes known to be free of NaN, Infinity and `undefined`: copies a figure puts in its SVG of nodes found clean when
 * they were first drawn (the unmoving parts src/figures/lib/reuse.ts copies). The browser's check of an update skips
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
 * The markup checkOutput reads for a rendered figure: all of it but the copies of clean nodes (copiesOfClean), which
 * sit directly in a chart's <svg>. They are taken out for the reading and put back in their places.
 */
export function markupToCheck(root: Element): string {
  const svgs = root.nodeName.toLowerCase() === 'svg' ? [root] : [...root.querySelectorAll('svg')];
  const out: Array<[parent: Element, node: Node, before: Node | null]> = [];
  for (const svg of svgs) for (const n of svg.childNodes) if (clean.has(n)) out.push([svg, n, n.nextSibling]);
  if (!out.length) return root.outerHTML;
  for (const [, n] of out) (n as ChildNode).remove();
  const html = root.outerHTML;
  for (let i = out.length - 1; i >= 0; i--) {
    const [parent, n, before] = out[i]!;
    parent.insertBefore(n, before);
  }
  return html;
}

/**
 * Says what is wrong with a rendered figure, or returns null when it is fit to show: no NaN, Infinity or
 * `undefined` may reach the SVG, the readouts or the data table. The browser keeps the last good figure instead.
 */
export function checkOutput(html: string, output: FigureOutput): string | null {
  const m = BAD.exec(html);
  if (m) return `would draw "${m[1]}" in its SVG`;
  for (const r of output.readouts ?? []) {
    if (BAD.test(r.value) || BAD.test(r.label)) return `would show "${r.value}" in a readout`;
  }
  for (const row of output.data.rows) {
    for (const v of Object.values(row)) {
      if (typeof v === 'number' ? !Number.isFinite(v) : BAD.test(v)) return `would put "${v}" in its data table`;
    }
  }
  for (const w of output.warnings ?? []) if (BAD.test(w)) return `would show "${w}" in a warning`;
  return null;
}

/**
 * The plot sits in a container with role="img" and a full text alternative, so the ARIA labels Plot puts on its
 * inner <g> groups (prohibited on elements without a role) are removed; the picture is announced once, as a whole.
 */
export function quietPlotAria(node: Element): Element {
  for (const el of [node, ...node.querySelectorAll('[aria-label], [aria-description]')]) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  return node;
}
