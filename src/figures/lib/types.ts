import type { DatasetId } from '../../data/sources';
import type { Lang } from '../../i18n';
import type { FigureChannel } from './figure-state';
import type { ParamSpec, ParamValues } from './params';

/** Where a figure lives: a chapter slug, or the tools page for calculators that no chapter embeds. */
export type FigureHome = 'what-is-a-scaling-law' | 'kaplan' | 'chinchilla' | 'emergence' | 'beyond-chinchilla' | 'summary' | 'tools';

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
  /** Makes the value a link (a path with the site's base), e.g. another figure with this figure's numbers filled in. */
  href?: string;
}

/** A combination of values a figure cannot draw, the parameters it involves, and a sentence from the catalogue. */
export interface Clash {
  params: string[];
  message: string;
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

/** The words of one parameter's control, in one language (from the figure's catalogue, src/i18n/figures/<lang>/<id>.ts). */
export interface ParamWords {
  label: string;
  /** A short help text shown under the control. */
  help?: string;
  /** Unit shown next to the field ("FLOPs", "参数"); empty or absent for dimensionless numbers. */
  unit?: string;
  /** The name of each option of a choice, by option value. */
  options?: Record<string, string>;
}

/**
 * A figure's catalogue in one language: the words of its controls (one entry per parameter) and whatever else its
 * chart, table, readouts and warnings say. English is the reference: the Chinese catalogue is typed `typeof en`, so a
 * key missing in either language fails the type check. Sentences with numbers are functions of formatted strings.
 */
export interface FigureMessages {
  params: Record<string, ParamWords>;
}

/** What a figure's chart, table, readouts and warnings get besides the model: the language and its catalogue. */
export interface WordsContext<T extends FigureMessages = FigureMessages> {
  lang: Lang;
  t: T;
}

export interface ChartContext<T extends FigureMessages = FigureMessages> extends WordsContext<T>, RenderContext {}

/** A catalogue module, loaded by a plain dynamic import() so that a reader downloads only their language. */
export type MessagesLoader<T> = () => Promise<{ default: T }>;

interface FigureBase<S extends ParamSchema> {
  /** Stable id: the anchor `#fig-<id>`, the URL prefix `<id>.`, the standalone page `/<lang>/figures/<id>/`. Never changes once published. */
  id: string;
  /** The chapter that embeds it (its standalone page links there), or 'tools'. */
  home: FigureHome;
  /** A calculator shows readouts first and may have many inputs; the figure system treats both alike. */
  kind?: 'figure' | 'calculator';
  /** True when the picture is a schematic rather than the paper's data; the frame says so. */
  schematic?: boolean;
  /**
   * The shipped data sets the figure plots (src/data/sources.ts), if it is built on real data: the frame links its source
   * line to each one's entry on the data page (`/<lang>/data/#<id>`) and "cite this figure" names them.
   */
  data?: readonly DatasetId[];
  params: S;
  /** Logical size in px; the default is 640 × 400. */
  width?: number;
  height?: number;
}

/**
 * A live figure in pieces: `model` calls the engine and returns plain data (no words, no DOM), `chart` draws it with
 * Plot, `table`, `readouts` and `warnings` put it in words. Its words live in per-language catalogues
 * (src/i18n/figures/<lang>/<id>.ts, loaded by `messages`), its caption in src/i18n/captions/<lang>/<id>.ts (build time only).
 */
export interface ModelFigureDef<S extends ParamSchema = ParamSchema, M = unknown, T extends FigureMessages = FigureMessages, C = never> extends FigureBase<S> {
  messages: Record<Lang, MessagesLoader<T>>;
  /**
   * Optional: the channel through which a tool on the same page sends the figure state that is not in the URL
   * (src/figures/lib/figure-state.ts). The island passes the latest context to `model`; at build time it is absent.
   */
  context?: FigureChannel<C>;
  model(params: ParamValues<S>, context?: C): M;
  chart(model: M, ctx: ChartContext<T>): Element;
  table(model: M, ctx: WordsContext<T>): DataTable;
  readouts?(model: M, ctx: WordsContext<T>): Readout[];
  warnings?(model: M, ctx: WordsContext<T>): string[];
  /**
   * Optional: combinations of values that are each valid alone but cannot be drawn together (more KV heads than
   * heads). The island does not take an edit that makes one: the field keeps the reader's text with the sentence
   * next to it, and the figure and the URL keep the last good state; a URL value that makes one is shown the same
   * way. `model` must still draw something for such values (build-time renders and the fuzz tests pass any values).
   */
  check?(params: ParamValues<S>, ctx: WordsContext<T>): Clash[];
}

/** A live figure: a stable id, its parameters, and how it turns them into a picture, a table and readouts. */
// biome-ignore lint/suspicious/noExplicitAny: a registry holds figures of every model and catalogue type
export type FigureDef<S extends ParamSchema = ParamSchema> = ModelFigureDef<S, any, any, any>;

/**
 * Defines a figure as model → chart. Its catalogue must give words for every parameter (a missing one is a type error).
 *   export default defineModelFigure({ id, home, params, messages: { en: () => import(…), zh: () => import(…) }, model, chart, table })
 */
export function defineModelFigure<S extends ParamSchema, M, T extends FigureMessages & { params: { [K in keyof S]: ParamWords } }, C = never>(
  def: ModelFigureDef<S, M, T, C>,
): ModelFigureDef<S, M, T, C> {
  return def;
}
