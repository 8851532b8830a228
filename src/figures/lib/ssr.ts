/**
 * Build-time rendering: a figure's SVG as a string, drawn by the same render function the browser uses,
 * on a linkedom document (Plot's `document` option).
 */
import { parseHTML } from 'linkedom';
import simplify from 'simplify-js';
import type { Lang } from '../../i18n';
import type { AnyValue } from './params';
import type { FigureDef, FigureOutput } from './types';
import { checkOutput, quietPlotAria } from './output';
import { messagesOf } from './catalogue';
import { renderFigure } from './render';

export const DEFAULT_WIDTH = 640;
export const DEFAULT_HEIGHT = 400;

function newDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

/** The SVG attributes that hold coordinates and lengths in the chart's own units. */
const GEOMETRY = ['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'points', 'transform'];
/** A decimal number with two or more digits after the point, not followed by a unit (`0.32em` stays as it is; a path's
 * commands are letters too, so only the units Plot writes are excluded). */
const LONG_DECIMAL = /-?\d*\.\d{2,}(?:e[-+]?\d+)?(?![\d.%]|em|ex|px)/g;

/**
 * Rounds the coordinates of a picture drawn for a page to a tenth of the chart's unit (a chart unit is about one CSS
 * pixel; a tenth is below what a screen shows even at 3 device pixels per CSS pixel). Plot writes its axes' positions at
 * full double precision (`translate(52,233.7142857142857)`): on a chapter, rounding them takes ~9 % off the page's
 * compressed size (zh/chinchilla 125.6 -> 113.4 KB gzip), which a phone downloads before its first paint. Only the picture
 * on the page: the browser draws its own once the figure wakes; snapshots keep Plot's output as it is.
 */
export function roundGeometry(root: Element): Element {
  const round = (m: string) => {
    const v = Math.round(Number(m) * 10) / 10;
    return Object.is(v, -0) ? '0' : String(v);
  };
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const name of GEOMETRY) {
      const value = el.getAttribute(name);
      if (value?.includes('.')) el.setAttribute(name, value.replace(LONG_DECIMAL, round));
    }
  }
  return root;
}

/** How far (chart units, ~CSS px) a page's polyline may stray from the points Plot or our marks drew: below what a screen shows. */
export const THIN_TOLERANCE = 0.2;
/** A path of straight segments only: absolute moves and lines, as Plot's line mark (curve 'linear') and polylineMark write. */
const POLYLINE_D = /^(?:[ML]-?[\d.]+(?:[eE][-+]?\d+)?,-?[\d.]+(?:[eE][-+]?\d+)?)+$/;

/**
 * Thins the polylines of a picture drawn for a page with Douglas–Peucker (simplify-js, its exact mode): every point
 * dropped lies within THIN_TOLERANCE of the path drawn, each subpath apart, its ends kept. The lines of a figure are
 * sampled densely for the browser's redraws, most of all where they are nearly straight: parametric-contours' iso-loss
 * lines are one path of ~1,600 points (18 KB in every chapter that shows it), which a page draws with ~300. Only paths
 * of moves and lines, without markers (a marker sits on every vertex); curves and closed areas stay as drawn. Before
 * roundGeometry, on the full-precision points. Build time only: the browser draws its own picture when the figure wakes.
 */
export function thinPaths(root: Element): Element {
  for (const path of root.querySelectorAll('path')) {
    const d = path.getAttribute('d');
    if (!d || !POLYLINE_D.test(d) || path.closest('[marker-start],[marker-mid],[marker-end]')) continue;
    const thinned = d
      .split(/(?=M)/)
      .map((sub) => {
        const points = [...sub.matchAll(/(-?[\d.]+(?:[eE][-+]?\d+)?),(-?[\d.]+(?:[eE][-+]?\d+)?)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
        return simplify(points, THIN_TOLERANCE, true)
          .map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`)
          .join('');
      })
      .join('');
    path.setAttribute('d', thinned);
  }
  return root;
}

/** Renders a figure for the given values; throws if the result would show NaN, Infinity or undefined. */
export function renderToString(
  def: FigureDef,
  values: Record<string, AnyValue>,
  lang: Lang,
  width = def.width ?? DEFAULT_WIDTH,
  /**
   * For pages: drop Plot's inner ARIA labels (the frame gives the picture one text alternative), thin its polylines
   * (thinPaths) and round its coordinates (roundGeometry). Snapshots keep Plot's picture as drawn.
   */
  forPage = false,
): { html: string; output: FigureOutput } {
  const output = renderFigure(def, values, lang, { width, document: newDocument(), t: messagesOf(def, lang) });
  const node = forPage ? roundGeometry(thinPaths(quietPlotAria(output.node))) : output.node;
  const html = (node as unknown as { outerHTML: string }).outerHTML;
  const problem = checkOutput(html, output);
  if (problem) throw new Error(`Figure "${def.id}" (${lang}) ${problem} with ${JSON.stringify(values)}.`);
  return { html, output };
}
