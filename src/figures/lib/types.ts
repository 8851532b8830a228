import type { Lang, Localized } from '../../i18n';
import type { ParamSpec, ParamValues } from './params';

/** Where a figure lives: a chapter slug, or the tools page for calculators that no chapter embeds. */
export type FigureHome = 'what-is-a-scaling-law' | 'kaplan' | 'chinchilla' | 'emergence' | 'summary' | 'tools';

/** The words of a figure, in one language. */
export interface FigureStrings {
  /** Short title shown above the figure and in citations. */
  title: string;
  /** One or two sentences saying what the figure shows. */
  caption: string;
  /** Where the numbers come from: paper, table or equation. Shown after the caption. */
  source: string;
  /** Text alternative summarising the picture for screen readers (the data table is the full alternative). */
  alt: string;
}

/** One column of the data behind a figure (for the data table and the CSV download). */
export interface DataColumn {
  key: string;
  label: string;
  /** How to show numbers in the table: SI-style quantity (7B, 700亿), scientific (5.9×10²³), plain number, or percent. */
  format?: 'quantity' | 'scientific' | 'number' | 'percent' | 'text';
}

export interface DataTable {
  columns: DataColumn[];
  rows: Record<string, number | string>[];
}

/** A number worth reading off the figure, e.g. "Loss at N = 7B: 2.13 nats". */
export interface Readout {
  label: string;
  value: string;
  /** 'warn' for extrapolation warnings and the like. */
  tone?: 'normal' | 'warn';
}

/** What a figure's render function returns. */
export interface FigureOutput {
  /** The Plot figure (an SVG element, or a <figure> element when Plot adds a legend). */
  node: Element;
  data: DataTable;
  readouts?: Readout[];
  /** Sentences about the current settings a reader must see (e.g. "this budget lies outside the fitted range"). */
  warnings?: string[];
}

export interface RenderContext {
  /** Logical width in px; the SVG scales down with CSS on narrow screens, so a shared link shows the same picture. */
  width: number;
  /** A DOM document; at build time a linkedom document, in the browser the page's own. */
  document?: Document;
}

export type ParamSchema = Record<string, ParamSpec>;

/** A live figure: a stable id, its parameters, its words in both languages and a render function that calls the engine. */
export interface FigureDef<S extends ParamSchema = ParamSchema> {
  /** Stable id: the anchor `#fig-<id>`, the URL prefix `<id>.`, the standalone page `/<lang>/figures/<id>/`. Never changes once published. */
  id: string;
  /** The chapter that embeds it (its standalone page links there), or 'tools'. */
  home: FigureHome;
  /** A calculator shows readouts first and may have many inputs; the figure system treats both alike. */
  kind?: 'figure' | 'calculator';
  /** True when the picture is a schematic rather than the paper's data; the frame says so. */
  schematic?: boolean;
  params: S;
  strings: Localized<FigureStrings>;
  /** Logical size in px; the default is 640 × 400. */
  width?: number;
  height?: number;
  /** Draws the figure for validated parameters. Calls the engine; does no maths itself. */
  render(params: ParamValues<S>, lang: Lang, ctx: RenderContext): FigureOutput;
}

/** Helper that keeps the parameter types of a figure definition precise. */
export function defineFigure<S extends ParamSchema>(def: FigureDef<S>): FigureDef<S> {
  return def;
}
