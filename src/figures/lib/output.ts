import type { FigureOutput } from './types';

export const BAD = /\b(NaN|Infinity|undefined)\b/;

/**
 * How the browser reads a rendered figure's markup for checkOutput: all of it, unless a module that copies nodes found
 * clean when first drawn reads it without them (reuse.ts, loaded only by the figures that copy).
 */
let markupReader = (root: Element) => root.outerHTML;
export const markupToCheck = (root: Element): string => markupReader(root);
export function readMarkupWith(reader: (root: Element) => string): void {
  markupReader = reader;
}

/**
 * What the browser does once it knows whether a picture just drawn will be shown (it passed its check) or not: a module
 * that lends the new picture parts of the one on screen (reuse.ts's keptChart) gives them back when it is not.
 */
let settle = (_shown: boolean): void => {};
/** Whether a picture is being drawn that drawSettled will settle (the browser's draw, picture.ts). */
let open = false;
export const drawOpen = (): boolean => open;
export function drawStarted(): void {
  open = true;
}
export function drawSettled(shown: boolean): void {
  open = false;
  settle(shown);
}
export function onDrawSettled(f: (shown: boolean) => void): void {
  settle = f;
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
