/**
 * The punctuation that code every figure shares writes between a reader's words when it has only the page's language
 * to go by, not a catalogue: the `label: value` lines of a hover/touch readout (src/figures/lib/plot.ts, tipText) and
 * the settings' summary in a figure's text alternative (src/figures/lib/format.ts, describeValues). Those run
 * synchronously, in the browser and at build time, so both languages are in this one small module (a few bytes, in the
 * code that draws a figure); the words themselves stay in the per-language catalogues. The Chinese is typed by the
 * English, so a template missing in either fails the type check.
 */
import type { Lang } from '..';

const en = {
  /** One line of a hover/touch readout: a label and its value. */
  tip: (label: string, value: string) => `${label}: ${value}`,
  /** One setting in a figure's text alternative, after "Parameters: ". */
  setting: (label: string, value: string) => `${label}: ${value}`,
  /** Between two settings there. */
  settingSeparator: '; ',
};
export type Punctuation = typeof en;

const zh: Punctuation = {
  tip: (label, value) => `${label}：${value}`,
  // The summary follows "参数: ", which the frame writes with an ASCII colon in both languages (Figure.astro, picture.ts,
  // whose marker finds the summary by it); its settings keep that colon too, so the text alternative reads alike.
  setting: (label, value) => `${label}: ${value}`,
  settingSeparator: '；',
};

/** The punctuation of each language. */
export const PUNCTUATION: Record<Lang, Punctuation> = { en, zh };
