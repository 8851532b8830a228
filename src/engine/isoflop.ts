/**
 * IsoFLOP profiles (Hoffmann et al. 2022 §3.2, Approach 2, Fig. 3): the loss of every model size at a fixed FLOP
 * budget under the parametric law eq (2), the parabola fitted through each profile and the power law through
 * their minima. Units: C in FLOPs, N in params, D in tokens, loss in nats/token.
 */
import { checkChinchillaParams, chinchillaLoss, allocationExponents, computeOptimal, type ChinchillaParams } from './chinchilla';
import { parabolaVertex, powerLawFit, quadraticFit, requireFinite, requirePositive, type PowerLawFit } from './stats';

/** A point on an IsoFLOP curve. */
export interface IsoflopPoint {
  params: number;
  tokens: number;
  loss: number;
}

/**
 * IsoFLOP profile: for a fixed budget C (FLOPs), each model size N (params) trains on D = C/(6N) tokens
 * and reaches L(N,D) (nats). Hoffmann et al. 2022 §3.2 (Fig. 3) with the parametric law eq (2).
 * Example: hoffmann2022, 1e21 FLOPs, N = 1e9 → D = 1.67e11 tokens, loss 2.31 nats.
 */
export function isoflopProfile(p: ChinchillaParams, flops: number, paramsGrid: readonly number[]): IsoflopPoint[] {
  checkChinchillaParams(p);
  requirePositive('flops', flops);
  return paramsGrid.map((params, i) => {
    requirePositive(`paramsGrid[${i}]`, params);
    const tokens = Math.exp(Math.log(flops) - Math.log(6) - Math.log(params));
    return { params, tokens, loss: chinchillaLoss(p, params, tokens) };
  });
}

/**
 * Fits a parabola loss = c0 + c1·x + c2·x² with x = log10(params) through IsoFLOP points, as in
 * Hoffmann et al. 2022 §3.2 ("we fit a parabola to each IsoFLOPs curve"), and returns its minimum.
 * Throws RangeError when the points do not open upwards (c2 ≤ 0: no valley).
 * Example: 15 points of hoffmann2022 at 1e21 FLOPs spanning ±1 decade around 2.2e9 → minimum at 2.3e9 params.
 */
export function fitIsoflopParabola(points: ReadonlyArray<{ params: number; loss: number }>): {
  minimumParams: number;
  minimumLoss: number;
  /** [c0, c1, c2] in loss = c0 + c1·x + c2·x², x = log10(params). */
  coefficients: [number, number, number];
  rSquared: number;
} {
  points.forEach((pt, i) => {
    requirePositive(`points[${i}].params`, pt.params);
    requireFinite(`points[${i}].loss`, pt.loss);
  });
  const fit = quadraticFit(
    points.map((pt) => Math.log10(pt.params)),
    points.map((pt) => pt.loss),
  );
  if (!(fit.coefficients[2] > 0)) {
    throw new RangeError('These IsoFLOP points do not form a valley (the fitted parabola opens downwards).');
  }
  const v = parabolaVertex(fit.coefficients);
  return { minimumParams: 10 ** v.x, minimumLoss: v.y, coefficients: fit.coefficients, rSquared: fit.rSquared };
}

/**
 * Approach 2 end to end: for each budget (FLOPs), an IsoFLOP profile of the law on a log grid (by default
 * ±1 decade around the closed-form optimum, 15 points; or a fixed `paramsGrid` for every budget), a parabola
 * fit for its minimum, then power laws N_opt ∝ C^a and D_opt ∝ C^b through the minima (D = C/(6N)).
 * Returns the minima, the fits and the closed-form exponents of eq (4) for comparison. Needs ≥ 2 budgets.
 * Example: hoffmann2022, budgets 6e18…3e21 → fitted a = 0.4565 = closed-form a.
 */
export function isoflopMinimaPowerLaw(
  p: ChinchillaParams,
  budgets: readonly number[],
  options: { pointsPerBudget?: number; spanDecades?: number; paramsGrid?: readonly number[] } = {},
): {
  minima: Array<{ flops: number; params: number; tokens: number; loss: number }>;
  params: PowerLawFit;
  tokens: PowerLawFit;
  closedForm: { a: number; b: number };
} {
  checkChinchillaParams(p);
  if (budgets.length < 2) throw new RangeError('At least two budgets are needed to fit a power law.');
  const count = options.pointsPerBudget ?? 15;
  if (!Number.isInteger(count) || count < 3) throw new RangeError('pointsPerBudget must be a whole number ≥ 3.');
  const span = requirePositive('spanDecades', options.spanDecades ?? 1);
  const minima = budgets.map((flops, i) => {
    requirePositive(`budgets[${i}]`, flops);
    let grid: readonly number[];
    if (options.paramsGrid) {
      grid = options.paramsGrid;
    } else {
      const centre = Math.log10(computeOptimal(p, flops).params);
      grid = Array.from({ length: count }, (_, j) => 10 ** (centre - span + (2 * span * j) / (count - 1)));
    }
    const fit = fitIsoflopParabola(isoflopProfile(p, flops, grid));
    const params = fit.minimumParams;
    return { flops, params, tokens: flops / (6 * params), loss: fit.minimumLoss };
  });
  const { a, b } = allocationExponents(p);
  return {
    minima,
    params: powerLawFit(
      minima.map((m) => m.flops),
      minima.map((m) => m.params),
    ),
    tokens: powerLawFit(
      minima.map((m) => m.flops),
      minima.map((m) => m.tokens),
    ),
    closedForm: { a, b },
  };
}
