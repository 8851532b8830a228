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
  const model = def.model(values as never, ctx.context as never);
  return { node: def.chart(model, { ...ctx, ...words }), ...textOf(def, model, words) };
}

/** What a reader reads beside the picture (table, readouts, warnings), without drawing it. */
export function describeFigure(def: FigureDef, values: Record<string, AnyValue>, lang: Lang, ctx: { t?: FigureMessages; context?: unknown }): Omit<FigureOutput, 'node'> {
  return textOf(def, def.model(values as never, ctx.context as never), wordsOf(def, lang, ctx.t));
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
