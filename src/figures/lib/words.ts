/**
 * The words of a figure's controls in the reader's language, whatever shape the figure has: a model figure's come from
 * its catalogue (src/i18n/figures/<lang>/<id>.ts), a legacy figure's from the `Localized` fields of its parameters.
 */
import type { Lang } from '../../i18n';
import { type FigureDef, type FigureMessages, isModelFigure, type ParamWords } from './types';

export type ParamWordsMap = Record<string, ParamWords>;

/** Words for every parameter of `def` in `lang`; `t` is the figure's catalogue (required for model figures). */
export function paramWords(def: FigureDef, lang: Lang, t?: FigureMessages): ParamWordsMap {
  if (isModelFigure(def)) {
    if (!t) throw new Error(`Figure "${def.id}": its catalogue in ${lang} is not loaded.`);
    return t.params;
  }
  const words: ParamWordsMap = {};
  for (const [name, spec] of Object.entries(def.params)) {
    words[name] = {
      label: spec.label?.[lang] ?? name,
      help: spec.help?.[lang],
      unit: spec.kind === 'quantity' || spec.kind === 'list' ? spec.unit?.[lang] : undefined,
      options: spec.kind === 'choice' ? Object.fromEntries(spec.options.map((o) => [o.value, o.label?.[lang] ?? o.value])) : undefined,
    };
  }
  return words;
}
