/**
 * The loss landscape of the Chinchilla parametric law over (training FLOPs, model size), as drawn in
 * Hoffmann et al. 2022 Fig. 4 (left): L(N, D) = E + A/N^α + B/D^β (eq 2) with D = C/(6N) (§3.3), and where the
 * efficient frontier (eq 4) meets each iso-loss contour.
 *
 * Units: C in FLOPs, N in parameters (all, embeddings included), D in tokens, loss in nats/token.
 * Pure functions; no DOM.
 */
import { ticks } from 'd3-array';
import { allocationExponents, checkChinchillaParams, chinchillaLoss, type ChinchillaParams } from './chinchilla';
import { logSpace, requirePositive, requirePositiveInteger } from './stats';

/** One sample of the loss landscape. */
export interface LossSample {
  flops: number;
  params: number;
  tokens: number;
  loss: number;
}

function checkRange(name: string, range: readonly [number, number]): void {
  if (!Array.isArray(range) || range.length !== 2) throw new RangeError(`${name} must be [low, high].`);
  requirePositive(`${name}[0]`, range[0]);
  requirePositive(`${name}[1]`, range[1]);
  if (!(range[1] > range[0])) throw new RangeError(`${name} must have low < high, got [${range[0]}, ${range[1]}].`);
}

/**
 * Samples L(N, C/(6N)) on a grid that is evenly spaced in log10 C (columns) and log10 N (rows), row by row
 * (C varies fastest), for contour plots of Hoffmann et al. 2022 Fig. 4 (left). C in FLOPs, N in params.
 * Needs ≥ 2 columns and rows; the ranges are inclusive.
 * Example: lossOverComputeAndParams(LAWS.hoffmann2022, [1e18, 1e24], [1e8, 1e11], 7, 4) → 28 samples; the
 * sample at (1e21 FLOPs, 1e9 params) has 1.67e11 tokens and loss 2.31 nats.
 */
export function lossOverComputeAndParams(
  p: ChinchillaParams,
  flopsRange: readonly [number, number],
  paramsRange: readonly [number, number],
  columns: number,
  rows: number,
): LossSample[] {
  checkChinchillaParams(p);
  checkRange('flopsRange', flopsRange);
  checkRange('paramsRange', paramsRange);
  requirePositiveInteger('columns', columns);
  requirePositiveInteger('rows', rows);
  if (columns < 2 || rows < 2) throw new RangeError('A loss grid needs at least 2 columns and 2 rows.');
  const flops = logSpace(flopsRange[0], flopsRange[1], columns);
  const params = logSpace(paramsRange[0], paramsRange[1], rows);
  const out: LossSample[] = [];
  for (const n of params) {
    for (const c of flops) {
      const tokens = Math.exp(Math.log(c) - Math.log(6) - Math.log(n));
      out.push({ flops: c, params: n, tokens, loss: chinchillaLoss(p, n, tokens) });
    }
  }
  return out;
}

/**
 * The loss along the efficient frontier as a power law of compute: L_opt(C) = E + K·(C/6)^(−γ), with
 * γ = αβ/(α+β) and K = A·G^(−α) + B·G^β, G from eq (4). Both reducible terms fall as (C/6)^(−γ) at the optimum,
 * since α·a = β·b = γ (Hoffmann et al. 2022 eqs 2 and 4; derived).
 * Example: hoffmann2022 → γ = 0.1548, K = 814.4; at 5.76e23 FLOPs, E + K·(C/6)^−γ = 1.918 nats (= optimalLoss).
 */
export function optimalLossPowerLaw(p: ChinchillaParams): { E: number; K: number; gamma: number } {
  checkChinchillaParams(p);
  const { G } = allocationExponents(p);
  const gamma = (p.alpha * p.beta) / (p.alpha + p.beta);
  const K = Math.exp(Math.log(p.A) - p.alpha * Math.log(G)) + Math.exp(Math.log(p.B) + p.beta * Math.log(G));
  return { E: p.E, K, gamma };
}

/**
 * The smallest FLOP budget that reaches `loss` (nats) with a compute-optimal model: the point where the
 * efficient frontier touches the iso-loss contour "at the point with the fewest FLOPs" (Hoffmann et al. 2022
 * Fig. 4 caption). Inverts optimalLossPowerLaw: C = 6·(K/(loss − E))^(1/γ). Throws RangeError when loss ≤ E
 * (no budget reaches the irreducible loss) or when C would overflow.
 * Example: hoffmann2022, 1.9184 nats → 5.76e23 FLOPs (the Gopher budget); 2.5 nats → 1.5e20 FLOPs.
 */
export function computeForOptimalLoss(p: ChinchillaParams, loss: number): number {
  const { E, K, gamma } = optimalLossPowerLaw(p);
  requirePositive('loss', loss);
  if (!(loss > E)) throw new RangeError(`No budget reaches a loss of ${loss} nats: the law's irreducible loss E is ${E}.`);
  const flops = Math.exp(Math.log(6) + (Math.log(K) - Math.log(loss - E)) / gamma);
  if (!(flops > 0 && flops < Infinity)) throw new RangeError(`The budget for a loss of ${loss} nats is outside the double range.`);
  return flops;
}

/**
 * Round contour levels (nats) between two losses, from d3's ticks (steps of 1, 2 or 5 × 10^k), keeping only
 * levels strictly above the irreducible loss E so every level has a frontier point.
 * Example: contourLevels(LAWS.hoffmann2022, 1.8, 4, 10) → [1.8, 2, 2.2, …, 4]; with low 1.6, 1.6 is dropped (E = 1.693).
 */
export function contourLevels(p: ChinchillaParams, low: number, high: number, count: number): number[] {
  checkChinchillaParams(p);
  requirePositive('low', low);
  requirePositive('high', high);
  requirePositiveInteger('count', count);
  if (!(high > low)) throw new RangeError(`contourLevels needs low < high, got ${low} and ${high}.`);
  return ticks(low, high, count).filter((t) => t > p.E);
}

/**
 * The loss landscape as a raster for a log-log frame: `columns` × `rows` cells spanning flopsDomain and
 * paramsDomain, each sampled once at its centre in log space (row by row from the largest N down, C varying
 * fastest). With one sample per cell, a contour or raster mark whose grid is `columns` × `rows` over the frame
 * places every sample in its own cell, so no interpolation is needed (Observable Plot: `interpolate: 'none'`).
 * Loss L(N, C/(6N)) in nats (Hoffmann et al. 2022 eq 2, §3.3).
 * `pad` extra cells on every side extend the raster beyond the frame (returned as `bounds`), so contours drawn with
 * clipping do not trace the frame's edges.
 * Example: lossRaster(LAWS.hoffmann2022, [1e18, 1e24], [1e8, 1e11], 6, 3) → 18 samples; the first is centred at
 * C = 10^18.5 FLOPs, N = 10^10.5 params. With pad 1: 8 × 5 = 40 samples, bounds [1e17, 1e25] × [1e7, 1e12].
 */
export function lossRaster(
  p: ChinchillaParams,
  flopsDomain: readonly [number, number],
  paramsDomain: readonly [number, number],
  columns: number,
  rows: number,
  pad = 0,
): { samples: LossSample[]; width: number; height: number; bounds: { flops: [number, number]; params: [number, number] } } {
  checkChinchillaParams(p);
  checkRange('flopsDomain', flopsDomain);
  checkRange('paramsDomain', paramsDomain);
  requirePositiveInteger('columns', columns);
  requirePositiveInteger('rows', rows);
  if (!Number.isInteger(pad) || pad < 0) throw new RangeError(`pad must be a whole number ≥ 0, got ${pad}.`);
  const [f0, f1] = flopsDomain.map(Math.log10);
  const [m0, m1] = paramsDomain.map(Math.log10);
  const cw = (f1 - f0) / columns;
  const rh = (m1 - m0) / rows;
  const [c0, c1, n0, n1] = [f0 - pad * cw, f1 + pad * cw, m0 - pad * rh, m1 + pad * rh];
  const width = columns + 2 * pad;
  const height = rows + 2 * pad;
  const logFlops = Array.from({ length: width }, (_, i) => c0 + (i + 0.5) * cw);
  const samples: LossSample[] = [];
  for (let j = 0; j < height; j++) {
    const logParams = n1 - (j + 0.5) * rh;
    const params = 10 ** logParams;
    for (const lc of logFlops) {
      const tokens = 10 ** (lc - logParams - Math.log10(6));
      samples.push({ flops: 10 ** lc, params, tokens, loss: chinchillaLoss(p, params, tokens) });
    }
  }
  return { samples, width, height, bounds: { flops: [10 ** c0, 10 ** c1], params: [10 ** n0, 10 ** n1] } };
}
