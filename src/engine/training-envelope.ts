/**
 * Training curves and their lower envelope (Hoffmann et al. 2022 §3.1, Approach 1, Fig. 2) — schematic: curves of
 * the parametric law eq (2) for fixed model sizes, and the minimum over them at every FLOP count.
 * Units: C in FLOPs, N in params, D in tokens, loss in nats/token.
 */
import { checkChinchillaParams, uncheckedLoss, type ChinchillaParams } from './chinchilla';
import { powerLawFit, requireFinite, requirePositive, type PowerLawFit } from './stats';

/** A point of a lower envelope: the lowest loss at a FLOP count and the size (and tokens) that reach it. */
export interface EnvelopePoint {
  flops: number;
  loss: number;
  params: number;
  tokens: number;
}

/** A lower envelope (sorted by FLOPs) and the power laws N_opt(C), D_opt(C) fitted through it (null below two budgets). */
export interface Envelope {
  points: EnvelopePoint[];
  params: PowerLawFit | null;
  tokens: PowerLawFit | null;
}

/** One synthetic training curve: a model of `params` trained for increasing FLOPs. */
export interface TrainingCurve {
  params: number;
  points: Array<{ flops: number; tokens: number; loss: number }>;
}

/**
 * SCHEMATIC training curves for Approach 1 (Hoffmann et al. 2022 §3.1, Fig. 2): a model of N params
 * that has used C FLOPs has seen D = C/(6N) tokens and is drawn at L(N, D) of the parametric law.
 * This approximates the paper's runs, each of which used a cosine schedule matched to its own horizon
 * (a real run stopped early sits above L(N, D)); it is not the paper's data.
 * Example: hoffmann2022, N = 1e9, C = 1e20 FLOPs → D = 1.67e10 tokens, loss 2.56 nats.
 */
export function trainingCurves(p: ChinchillaParams, modelSizes: readonly number[], flopsGrid: readonly number[]): TrainingCurve[] {
  checkChinchillaParams(p);
  // The law and every size checked once, not at each of the thousands of points a figure evaluates per update.
  flopsGrid.forEach((c, i) => requirePositive(`flopsGrid[${i}]`, c));
  const log6 = Math.log(6);
  return modelSizes.map((params, i) => {
    requirePositive(`modelSizes[${i}]`, params);
    const logN = Math.log(params);
    return {
      params,
      points: flopsGrid.map((flops) => {
        const tokens = Math.exp(Math.log(flops) - log6 - logN);
        return { flops, tokens, loss: uncheckedLoss(p, params, tokens) };
      }),
    };
  });
}

/**
 * Lower envelope of training curves: for each FLOP value present, the lowest loss over all curves and
 * the model size that reaches it (Hoffmann Approach 1), plus power-law fits N_opt(C) and D_opt(C)
 * through the envelope (null when fewer than two distinct budgets). FLOPs, params, tokens, nats.
 * Example: curves for N = 1e8…1e10 over 1e18…1e22 FLOPs under hoffmann2022 → params exponent ≈ 0.46.
 */
export function lowerEnvelope(curves: readonly TrainingCurve[]): Envelope {
  const best = new Map<number, EnvelopePoint>();
  curves.forEach((curve, i) => {
    requirePositive(`curves[${i}].params`, curve.params);
    for (const pt of curve.points) {
      // The checks' messages only when one fails: thousands of points per update.
      if (!(Number.isFinite(pt.flops) && pt.flops > 0)) requirePositive('flops', pt.flops);
      if (!(Number.isFinite(pt.tokens) && pt.tokens > 0)) requirePositive('tokens', pt.tokens);
      if (!Number.isFinite(pt.loss)) requireFinite('loss', pt.loss);
      const current = best.get(pt.flops);
      if (!current || pt.loss < current.loss) {
        best.set(pt.flops, { flops: pt.flops, loss: pt.loss, params: curve.params, tokens: pt.tokens });
      }
    }
  });
  return withFits([...best.values()].sort((x, y) => x.flops - y.flops));
}

/**
 * An envelope's points (sorted by FLOPs) with the power laws N_opt(C) and D_opt(C) through them; null below two budgets
 * whose logarithms differ (two doubles a few units apart in the last place, e.g. 1e30 and its neighbour, have the same
 * ln, and no line goes through them).
 */
function withFits(points: EnvelopePoint[]): Envelope {
  if (points.length < 2 || Math.log(points[0]!.flops) === Math.log(points[points.length - 1]!.flops)) return { points, params: null, tokens: null };
  const flops = points.map((q) => q.flops);
  return {
    points,
    params: powerLawFit(
      flops,
      points.map((q) => q.params),
    ),
    tokens: powerLawFit(
      flops,
      points.map((q) => q.tokens),
    ),
  };
}

/**
 * The lower envelope of the training curves of `modelSizes` at every value of `flopsGrid`: exactly
 * lowerEnvelope(trainingCurves(p, modelSizes, flopsGrid)) (same points, same arithmetic, ties to the earlier size),
 * without evaluating every curve at every budget. At a fixed C, L(N, C/(6N)) = E + A·N^−α + B·(6N/C)^β is convex in
 * log N with its minimum at eq (4)'s N_opt(C) (Hoffmann et al. 2022), so the lowest size is one of the two that
 * bracket N_opt; the sizes are read outward from there while the loss does not rise. About 2–4 evaluations per
 * budget instead of one per size (the figure's 240 budgets × up to 24 sizes were most of its model's time).
 * FLOPs, params, tokens, nats. Throws RangeError for a bad law, size or budget, or a lowest loss that is not finite.
 * Example: hoffmann2022, sizes logSpace(7e7, 1e10, 9), budgets logSpace(1e18, 1e22, 240) → params exponent ≈ 0.46.
 */
export function sizeEnvelope(p: ChinchillaParams, modelSizes: readonly number[], flopsGrid: readonly number[]): Envelope {
  checkChinchillaParams(p);
  modelSizes.forEach((n, i) => requirePositive(`modelSizes[${i}]`, n));
  flopsGrid.forEach((c, i) => requirePositive(`flopsGrid[${i}]`, c));
  if (!modelSizes.length) return withFits([]);
  // The sizes in increasing order (the earlier one first among equals), with their logs as trainingCurves takes them.
  const order = modelSizes.map((_, i) => i).sort((i, j) => modelSizes[i]! - modelSizes[j]! || i - j);
  const logs = order.map((i) => Math.log(modelSizes[i]!));
  const log6 = Math.log(6);
  const s = p.alpha + p.beta;
  const logG = (Math.log(p.alpha * p.A) - Math.log(p.beta * p.B)) / s;
  const budgets = [...new Set(flopsGrid)].sort((x, y) => x - y);
  // N_opt grows with C, so with the budgets in increasing order the first size at or above it only moves up.
  let hi = 0;
  const points = budgets.map((flops) => {
    const logC = Math.log(flops);
    // Where N_opt(C) = G·(C/6)^a falls among the sizes (eq. 4, in logs): the first size at or above it.
    const logOpt = logG + (p.beta / s) * (logC - log6);
    while (hi < logs.length && logs[hi]! < logOpt) hi++;
    const lossAt = (k: number) => uncheckedLoss(p, modelSizes[order[k]!]!, Math.exp(logC - log6 - logs[k]!));
    let best = -1;
    let bestLoss = Infinity;
    const consider = (k: number, loss: number) => {
      if (loss < bestLoss || (loss === bestLoss && order[k]! < order[best]!)) [best, bestLoss] = [k, loss];
    };
    // Outward from the bracketing pair, each side while the loss does not rise above the lowest so far (the loss falls
    // towards N_opt and rises past it, so a rounding error in where N_opt falls costs a step, not the answer).
    for (let k = hi; k < logs.length; k++) {
      const loss = lossAt(k);
      if (loss > bestLoss) break;
      consider(k, loss);
    }
    for (let k = hi - 1; k >= 0; k--) {
      const loss = lossAt(k);
      if (loss > bestLoss) break;
      consider(k, loss);
    }
    // No size found (every loss NaN) leaves bestLoss at Infinity: this throws for that too.
    requireFinite('loss', bestLoss);
    const params = modelSizes[order[best]!]!;
    return { flops, loss: bestLoss, params, tokens: Math.exp(logC - log6 - logs[best]!) };
  });
  return withFits(points);
}
