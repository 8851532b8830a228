/**
 * One way to draw a figure, at build time, in tests and in the browser: model → chart, table, readouts and warnings,
 * with the figure's catalogue `t` in the reader's language.
 */
import type { Lang } from '../../i18n';
import type { AnyValue } from './params';
import type { FigureDef, FigureMessages, FigureOutput, RenderContext } from './types';

/** `ctx.context` is what the figure's channel last carried (src/figures/lib/figure-state.ts); absent at build time. */
export function renderFigure(def: FigureDef, values: Record<string, AnyValue>, lang: Lang, ctx: RenderContext & { t?: FigureMessages; context?: unknown }): FigureOutput {
  const words = wordsOf(def, lang, ctx.t);
  const model = modelOf(def, values, ctx.context);
  return { node: def.chart(model, { ...ctx, ...words }), ...textOf(def, model, words) };
}

/** What a reader reads beside the picture (table, readouts, warnings), without drawing it. */
export function describeFigure(def: FigureDef, values: Record<string, AnyValue>, lang: Lang, ctx: { t?: FigureMessages; context?: unknown }): Omit<FigureOutput, 'node'> {
  return textOf(def, modelOf(def, values, ctx.context), wordsOf(def, lang, ctx.t));
}

/** The last models computed, by figure and settings (a model is a pure function of them, and charts only read it). */
const models = new Map<FigureDef, Map<string, unknown>>();
const MODELS_KEPT = 32;

/**
 * def.model(values, context), remembered for the figure's last 32 settings: a slider dragged back over positions it
 * has passed (training-envelope's 22 sizes, a select's few options) reads the model instead of recomputing it. Not
 * with a context (a tool's message, fit-your-runs' runs): that is an object, not a value to key on.
 */
function modelOf(def: FigureDef, values: Record<string, AnyValue>, context: unknown): unknown {
  if (context !== undefined) return def.model(values as never, context as never);
  let byValues = models.get(def);
  if (!byValues) {
    byValues = new Map();
    models.set(def, byValues);
  }
  const key = JSON.stringify(values);
  if (byValues.has(key)) return byValues.get(key);
  const model = def.model(values as never, undefined as never);
  if (byValues.size >= MODELS_KEPT) byValues.delete(byValues.keys().next().value!);
  byValues.set(key, model);
  return model;
}

function wordsOf(def: FigureDef, lang: Lang, t: FigureMessages | undefined): { lang: Lang; t: FigureMessages } {
  if (!t) throw new Error(`Figure "${def.id}": its catalogue in ${lang} is not loaded.`);
  return { lang, t };
}

function textOf(def: FigureDef, model: unknown, words: { lang: Lang; t: FigureMessages }): Omit<FigureOutput, 'node'> {
  return {
    data: def.table(model as never, words),
    readouts: def.readouts?.(model as never, words) ?? [],
    warnings: def.warnings?.(model as never, words) ?? [],
  };
}
