/**
 * Words the engine used to carry with its schematic results (issue 14 §2): a figure that draws one shows its note.
 */
import type { Localized } from '../../i18n';

/** The caveat for Kaplan et al. 2020 Fig. 8 drawn from the engine's distributionShiftSchematic (illustrative offsets). */
export const DISTRIBUTION_SHIFT_NOTE: Localized = {
  en: 'Schematic: the offsets are illustrative. Kaplan et al. (2020, Fig. 8) print no offset values; they report a roughly constant offset from the training distribution.',
  zh: '示意图：偏移量仅为示意。Kaplan 等（2020，原文图 8）没有给出偏移量的数值，只说与训练分布相比有一个大致恒定的偏移。',
};
