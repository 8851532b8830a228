/**
 * One way to draw any figure, at build time, in tests and in the browser: a model figure runs model → chart, table,
 * readouts and warnings with its catalogue `t`; a legacy figure runs its render function.
 */
import type { Lang } from '../../i18n';
import type { AnyValue } from './params';
import { type FigureDef, type FigureMessages, type FigureOutput, isLegacyFigure, isModelFigure, type RenderContext } from './types';

/** `ctx.context` is what the figure's channel last carried (src/figures/lib/figure-state.ts); absent at build time. */
export function renderFigure(def: FigureDef, values: Record<string, AnyValue>, lang: Lang, ctx: RenderContext & { t?: FigureMessages; context?: unknown }): FigureOutput {
  if (isLegacyFigure(def)) return def.render(values as never, lang, ctx);
  if (!isModelFigure(def)) throw new Error('unreachable');
  const t = ctx.t;
  if (!t) throw new Error(`Figure "${def.id}": its catalogue in ${lang} is not loaded.`);
  const model = def.model(values as never, ctx.context as never);
  const words = { lang, t };
  return {
    node: def.chart(model, { ...ctx, ...words }),
    data: def.table(model, words),
    readouts: def.readouts?.(model, words) ?? [],
    warnings: def.warnings?.(model, words) ?? [],
  };
}
