/**
 * What the figures need about the engine's laws besides their words (those are in src/i18n/laws/<lang>.ts): each
 * law's citation and provenance status, and the method column of the exponent comparison, worded from a catalogue.
 */
import type { ExponentComparisonRow } from '../../engine/chinchilla-approaches';
import type { TypoTreatment } from '../../engine/chinchilla-tables';
import type { LAWS } from '../../engine/chinchilla';
import type { SourceStatus } from '../../engine/provenance';
import type { LawMessages } from '../../i18n/laws/en';

/** Keys of every law in LAWS: the three Chinchilla fits (LawKey) and the data-constrained law. */
type AnyLawKey = keyof typeof LAWS;

/** Citation of each law in LAWS (not words: paper titles and places stay as published). */
export const LAW_SOURCES: Record<AnyLawKey, { paper: string; arxiv: string; where: string }> = {
  hoffmann2022: {
    paper: 'Hoffmann et al. 2022, Training Compute-Optimal Large Language Models',
    arxiv: '2203.15556',
    where: 'eq (10), App. D.2; unrounded values from the TeX source as used in epoch-research/analyzing-chinchilla',
  },
  hoffmann2022Rounded: {
    paper: 'Hoffmann et al. 2022, Training Compute-Optimal Large Language Models',
    arxiv: '2203.15556',
    where: 'eq (10), App. D.2',
  },
  besiroglu2024: {
    paper: 'Besiroglu, Erdil, Barnett, You 2024, Chinchilla Scaling: A replication attempt',
    arxiv: '2404.10102',
    where: 'headline refit (quoted by secondary sources); repo epoch-research/analyzing-chinchilla prints E = 1.81686',
  },
  muennighoff2023: {
    paper: 'Muennighoff et al. 2023, Scaling Data-Constrained Language Models',
    arxiv: '2305.16264',
    where: 'repo huggingface/datablations, README “Parametric Fit”; rounded in the paper’s derivation appendix',
  },
};

export const LAW_STATUS: Record<AnyLawKey, SourceStatus> = { hoffmann2022: 'R', hoffmann2022Rounded: 'P', besiroglu2024: 'S', muennighoff2023: 'R' };

/** How the engine recomputed a row of approachExponentComparison, in one catalogue's words. */
export function exponentRowMethodIn(m: LawMessages, row: Pick<ExponentComparisonRow, 'id' | 'recomputed'>, typo: TypoTreatment): string {
  const n = row.recomputed.rows ?? 0;
  const w = m.exponentMethod;
  switch (row.id) {
    case 'approach1':
      return w.approach1(n);
    case 'approach2':
      return w.approach2(n);
    case 'approach3':
      return w.approach3(n, w.typo[typo]);
    default:
      return w[row.id];
  }
}
