/**
 * Next-token prediction basics for the first chapter: softmax, cross-entropy in nats,
 * bits and perplexity. The loss in every scaling law on this site is this cross-entropy,
 * averaged over tokens, in nats (Kaplan et al. 2020 §1.3: "L – the cross entropy loss in nats").
 */
import { requireFinite, requireInRange, requireNonNegative } from './stats';

/** ln 2, to convert nats to bits. */
const LN2 = Math.LN2;

function requireNonEmpty(name: string, values: readonly number[]): void {
  if (!Array.isArray(values) || values.length === 0) throw new RangeError(`${name} must be a non-empty list.`);
}

/**
 * Softmax: turns logits (any real numbers) into probabilities that sum to 1, with an optional
 * temperature > 0 (dimensionless). Subtracts the largest logit first, so huge logits do not overflow.
 * Example: softmax([2, 1, 0]) → [0.665, 0.245, 0.090].
 */
export function softmax(logits: readonly number[], temperature = 1): number[] {
  requireNonEmpty('logits', logits);
  requireFinite('temperature', temperature);
  if (!(temperature > 0)) throw new RangeError(`temperature must be greater than 0, got ${temperature}.`);
  logits.forEach((v, i) => requireFinite(`logits[${i}]`, v));
  const scaled = logits.map((v) => v / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((v) => Math.exp(v - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/**
 * Rescales non-negative weights so they sum to 1 (a probability distribution).
 * Throws RangeError if a weight is negative or non-finite, or if all are zero.
 * Example: normalise([2, 1, 1]) → [0.5, 0.25, 0.25].
 */
export function normalise(weights: readonly number[]): number[] {
  requireNonEmpty('weights', weights);
  weights.forEach((w, i) => requireNonNegative(`weights[${i}]`, w));
  const max = Math.max(...weights);
  if (max === 0) throw new RangeError('At least one weight must be greater than 0.');
  // Divide by the max first so a sum of huge weights cannot overflow.
  const scaled = weights.map((w) => w / max);
  const total = scaled.reduce((a, b) => a + b, 0);
  return scaled.map((w) => w / total);
}

/**
 * Cross-entropy of one prediction, in nats: −ln p(true next token).
 * Either pass the probability the model gave the true token (0 < p ≤ 1), or a distribution
 * (summing to 1 within 1e-6) and the index of the true token.
 * Example: crossEntropy(0.25) → 1.386 nats (= 2 bits); crossEntropy([0.5, 0.25, 0.25], 0) → 0.693 nats.
 */
export function crossEntropy(probability: number): number;
export function crossEntropy(distribution: readonly number[], targetIndex: number): number;
export function crossEntropy(arg: number | readonly number[], targetIndex?: number): number {
  let p: number;
  if (typeof arg === 'number') {
    p = arg;
  } else {
    requireNonEmpty('distribution', arg);
    arg.forEach((q, i) => requireInRange(`distribution[${i}]`, q, 0, 1));
    const total = arg.reduce((a, b) => a + b, 0);
    if (Math.abs(total - 1) > 1e-6) {
      throw new RangeError(`The probabilities must sum to 1 (they sum to ${total}); use normalise() first.`);
    }
    if (targetIndex === undefined || !Number.isInteger(targetIndex) || targetIndex < 0 || targetIndex >= arg.length) {
      throw new RangeError(`targetIndex must be a whole number from 0 to ${arg.length - 1}, got ${targetIndex}.`);
    }
    p = arg[targetIndex];
  }
  requireFinite('probability', p);
  if (!(p > 0 && p <= 1)) {
    throw new RangeError(p === 0 ? 'The true token has probability 0: the cross-entropy is infinite.' : `probability must be in (0, 1], got ${p}.`);
  }
  const nats = -Math.log(p);
  return nats === 0 ? 0 : nats; // no −0 for p = 1
}

/**
 * Entropy of a distribution, in nats: −Σ p ln p (terms with p = 0 contribute 0).
 * Example: entropy([0.25, 0.25, 0.25, 0.25]) → ln 4 = 1.386 nats.
 */
export function entropy(distribution: readonly number[]): number {
  requireNonEmpty('distribution', distribution);
  let h = 0;
  distribution.forEach((p, i) => {
    requireInRange(`distribution[${i}]`, p, 0, 1);
    if (p > 0) h -= p * Math.log(p);
  });
  return h === 0 ? 0 : h;
}

/**
 * Converts nats to bits (divide by ln 2). Example: natsToBits(1.386) → 2.0 bits.
 */
export function natsToBits(nats: number): number {
  return requireFinite('nats', nats) / LN2;
}

/**
 * Converts bits to nats (multiply by ln 2). Example: bitsToNats(1) → 0.693 nats.
 */
export function bitsToNats(bits: number): number {
  return requireFinite('bits', bits) * LN2;
}

/**
 * Perplexity = e^(cross-entropy in nats): the effective number of equally likely choices.
 * Cross-entropy must be ≥ 0; above ≈ 709.78 nats the answer exceeds the double range and is Infinity.
 * Example: perplexity(1.386) → 4.0 (a uniform guess among 4 tokens); 1.937 nats (Chinchilla under the rounded eq 10 fit) → 6.94.
 */
export function perplexity(nats: number): number {
  requireNonNegative('nats', nats);
  return Math.exp(nats);
}
