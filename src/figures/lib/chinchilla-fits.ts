/**
 * The Chinchilla fits a reader can choose between in the isoflop, training-envelope and parametric-contours figures:
 * the keys (the engine's LAWS) and the choice parameter. Words: the catalogue src/i18n/chinchilla/<lang>.ts (lawOption).
 */
import type { LawKey } from '../../engine/chinchilla';
import type { ChoiceSpec } from './params';

/** Hoffmann et al. 2022 eq (10) unrounded and as printed, and the Besiroglu et al. 2024 refit. */
export const CHINCHILLA_FITS: readonly LawKey[] = ['hoffmann2022', 'hoffmann2022Rounded', 'besiroglu2024'];

/** The law choice, defaulting to the unrounded Hoffmann constants. */
export function lawChoiceSpec(): ChoiceSpec {
  return { kind: 'choice', default: 'hoffmann2022', options: CHINCHILLA_FITS.map((value) => ({ value })) };
}
