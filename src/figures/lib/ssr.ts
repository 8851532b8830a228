/**
 * Build-time rendering: a figure's SVG as a string, drawn by the same render function the browser uses,
 * on a linkedom document (Plot's `document` option).
 */
import { parseHTML } from 'linkedom';
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

/** Renders a figure for the given values; throws if the result would show NaN, Infinity or undefined. */
export function renderToString(
  def: FigureDef,
  values: Record<string, AnyValue>,
  lang: Lang,
  width = def.width ?? DEFAULT_WIDTH,
  /** For pages: drop Plot's inner ARIA labels (the frame gives the picture one text alternative). Snapshots keep them. */
  quietAria = false,
): { html: string; output: FigureOutput } {
  const output = renderFigure(def, values, lang, { width, document: newDocument(), t: messagesOf(def, lang) });
  const node = quietAria ? quietPlotAria(output.node) : output.node;
  const html = (node as unknown as { outerHTML: string }).outerHTML;
  const problem = checkOutput(html, output);
  if (problem) throw new Error(`Figure "${def.id}" (${lang}) ${problem} with ${JSON.stringify(values)}.`);
  return { html, output };
}
