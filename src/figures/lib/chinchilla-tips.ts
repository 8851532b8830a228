/**
 * The hover/touch readout the Chinchilla figures (isoflop, parametric-contours) put on points of an IsoFLOP profile:
 * budget, model size and loss, three lines in the reader's language, e.g. "Training compute C (FLOPs): 1×10²¹ /
 * Parameters N: 3.69B / Loss (nats/token): 2.2".
 */
import type * as Plot from '@observablehq/plot';
import type { Lang } from '../../i18n';
import type { ChinchillaMessages } from '../../i18n/chinchilla/en';
import type { CommonMessages } from '../../i18n/common/en';
import { tipMark, tipText } from './plot';

/** The three labels, from the figure's catalogue. */
export interface ChinchillaTipWords {
  flops: string;
  params: string;
  loss: string;
}

/** The three labels from a catalogue that includes `chinchilla` and `common`: the FLOP axis, and the size and loss columns. */
export function chinchillaTipWords(t: { chinchilla: ChinchillaMessages; common: CommonMessages }): ChinchillaTipWords {
  return { flops: t.chinchilla.axis.flops, params: t.common.column.params, loss: t.common.column.loss };
}

/** A point with its budget C (FLOPs), its model size N (parameters) and its loss (nats/token). */
export interface ChinchillaPoint {
  flops: number;
  params: number;
  loss: number;
}

/** The three-line tip for `data`, placed at channels `x` and `y` of each point. */
export function chinchillaTip<T extends ChinchillaPoint>(data: readonly T[], x: keyof T & string, y: keyof T & string, lang: Lang, words: ChinchillaTipWords): Plot.Markish {
  return tipMark<T>(data as T[], {
    x,
    y,
    title: (d) =>
      tipText(lang, [
        [words.flops, d.flops, 'scientific'],
        [words.params, d.params, 'quantity'],
        [words.loss, d.loss],
      ]),
  });
}
