/**
 * Training curves and their lower envelope (Hoffmann et al. 2022 §3.1, Approach 1, Fig. 2) — schematic: curves of
 * the parametric law eq (2) for fixed model sizes, and the minimum over them at every FLOP count.
 * Units: C in FLOPs, N in params, D in tokens, loss in nats/token.
 */
import { checkChinchillaParams, uncheckedLoss, type ChinchillaParams } from './chinchilla';
import { powerLawFit, requireFinite, requirePositive, type PowerLawFit } from './stats';

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
export function lowerEnvelope(curves: readonly TrainingCurve[]): {
  points: Array<{ flops: number; loss: number; params: number; tokens: number }>;
  params: PowerLawFit | null;
  tokens: PowerLawFit | null;
} {
  const best = new Map<number, { flops: number; loss: number; params: number; tokens: number }>();
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
  const points = [...best.values()].sort((x, y) => x.flops - y.flops);
  if (points.length < 2) return { points, params: null, tokens: null };
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
