/**
 * Kaplan et al. 2020 (arXiv 2001.08361) Fig. 20: per-token loss as a power law of the position in a 1024-token
 * context, L(T) = a + b·T^(−c), with the figure's fits. Units: loss in nats/token; T = token index (1-based).
 */
import { requireFinite } from './stats';

/** One Fig. 20 per-position fit, L(T) = a + b·T^(−c), T = token index in a 1024-token context. */
export interface PositionFit {
  /** 1…6 in the legend's order. */
  curve: number;
  a: number;
  b: number;
  /** Decay exponent, printed as T^−c (the minus sign is lost in text copies; facts.md §12e). */
  c: number;
}

/**
 * Kaplan Fig. 20 (left) legend: six per-position fits, in legend order. The order most likely runs
 * from the smallest model to the largest (a falls, c rises, "increasingly large powers for larger
 * models", §3.2.1), but the paper never says which model size each curve belongs to: the sizes are
 * UNVERIFIED (only a 10^6–10^8 colour bar is printed).
 */
export const KAPLAN_FIGURE20_FITS: readonly PositionFit[] = [
  { curve: 1, a: 4.0, b: 3.2, c: 0.47 },
  { curve: 2, a: 3.4, b: 4.0, c: 0.56 },
  { curve: 3, a: 2.9, b: 4.5, c: 0.56 },
  { curve: 4, a: 2.7, b: 4.9, c: 0.6 },
  { curve: 5, a: 2.4, b: 5.1, c: 0.61 },
  { curve: 6, a: 2.3, b: 5.4, c: 0.62 },
];

/**
 * Per-token loss at position T of the context, L(T) = a + b·T^(−c), in nats, from a Fig. 20 fit.
 * T is the 1-based token index (1 ≤ T; the paper's context is 1024 tokens).
 * Example: curve 6 (2.3 + 5.4·T^−0.62) at T = 1024 → 2.37 nats; at T = 1 → 7.7 nats.
 */
export function perPositionLoss(fit: Pick<PositionFit, 'a' | 'b' | 'c'>, position: number): number {
  requireFinite('position', position);
  if (!(position >= 1)) throw new RangeError(`position must be 1 or more, got ${position}.`);
  requireFinite('a', fit.a);
  requireFinite('b', fit.b);
  requireFinite('c', fit.c);
  return fit.a + fit.b * Math.exp(-fit.c * Math.log(position));
}
