/**
 * The Kaplan Fig. 20 (left) per-position fits as their legend prints them. Shared by the context-position figure and
 * its catalogues (which name a fit's checkbox by its formula), so it imports no Plot and holds no words.
 */
import type { PositionFit } from '../../engine/kaplan-position';

/** The fit as the legend prints it, e.g. "4.0 + 3.2·T^−0.47" (notation, the same in every language). */
export function fitFormula(fit: Pick<PositionFit, 'a' | 'b' | 'c'>): string {
  return `${fit.a.toFixed(1)} + ${fit.b.toFixed(1)}·T^−${fit.c.toFixed(2)}`;
}
