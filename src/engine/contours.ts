/**
 * The loss landscape of the Chinchilla parametric law over (training FLOPs, model size), as drawn in
 * Hoffmann et al. 2022 Fig. 4 (left): L(N, D) = E + A/N^α + B/D^β (eq 2) with D = C/(6N) (§3.3), its iso-loss
 * curves in closed form (no raster, no marching squares), and where the efficient frontier (eq 4) meets each one.
 *
 * Units: C in FLOPs, N in parameters (all, embeddings included), D in tokens, loss in nats/token.
 * Pure functions; no DOM.
 */
import { ticks } from 'd3-array';
import { allocationExponents, checkChinchillaParams, type ChinchillaParams } from './chinchilla';
import { requirePositive, requirePositiveInteger, softplus } from './stats';

function checkRange(name: string, range: readonly [number, number]): void {
  if (!Array.isArray(range) || range.length !== 2) throw new RangeError(`${name} must be [low, high].`);
  requirePositive(`${name}[0]`, range[0]);
  requirePositive(`${name}[1]`, range[1]);
  if (!(range[1] > range[0])) throw new RangeError(`${name} must have low < high, got [${range[0]}, ${range[1]}].`);
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

/** One iso-loss line: a polyline in (FLOPs, params). */
export interface ContourLine {
  /** The loss of the contour, nats/token. */
  level: number;
  /** Points along the line, in order of decreasing N. */
  points: Array<{ flops: number; params: number }>;
}

/** logit(e^v) = v − ln(1 − e^v) for v = ln u < 0 (dimensionless); +∞ when v ≥ 0. */
function logitOfLog(v: number): number {
  return v >= 0 ? Infinity : v - Math.log(-Math.expm1(v));
}

/**
 * Iso-loss curves of L(N, C/(6N)) over (C, N), as in Hoffmann et al. 2022 Fig. 4 (left), in closed form. For a loss
 * ℓ > E, eq (2) with D = C/(6N) (§3.3) gives D(N) = (B/(ℓ − E − A·N^−α))^(1/β), so C(N) = 6·N·D(N), defined where
 * ℓ − E − A·N^−α > 0. The curve is walked by the share u = A·N^−α/(ℓ − E) of the reducible loss held by the
 * parameter term, N = (A/(u(ℓ−E)))^(1/α) and D = (B/((1−u)(ℓ−E)))^(1/β), at even steps of logit u: unlike even
 * steps of log N, these stay short (≤ `maxStep` decades in log10 C and log10 N) on both arms, including the arm
 * that flattens towards N = (A/(ℓ−E))^(1/α) as D grows without bound. Every point is on the curve to rounding; one
 * point is the curve's fewest-FLOPs point, where the frontier of eq (4) touches it (u = β/(α+β), i.e. αA/N^α =
 * βB/D^β); where a curve leaves the frame its end point is found by bisection on the frame's edge. A curve can
 * give two lines when its fewest-FLOPs point lies left of the frame. Levels ≤ E give no line.
 * C in FLOPs, N in params, levels in nats/token, maxStep in decades.
 * Example: isoLossCurves(LAWS.hoffmann2022, [1e18, 1e26], [1e7, 1e13], [2.2]) → one line of 141 points, from
 * (1.09e24 FLOPs, 1e13 params) on the frame's top edge, through its fewest-FLOPs point (3.05e21 FLOPs, 3.69e9 params
 * = computeOptimal at computeForOptimalLoss(2.2)), to (1e26 FLOPs, 3.82e8 params) on the right edge.
 */
export function isoLossCurves(
  p: ChinchillaParams,
  flopsDomain: readonly [number, number],
  paramsDomain: readonly [number, number],
  levels: readonly number[],
  maxStep = 0.1,
): ContourLine[] {
  checkChinchillaParams(p);
  checkRange('flopsDomain', flopsDomain);
  checkRange('paramsDomain', paramsDomain);
  levels.forEach((l, i) => requirePositive(`levels[${i}]`, l));
  requirePositive('maxStep', maxStep);
  const { E, A, B, alpha, beta } = p;
  const lnA = Math.log(A);
  const lnB = Math.log(B);
  const ln6 = Math.log(6);
  const [lnCmin, lnCmax] = [Math.log(flopsDomain[0]), Math.log(flopsDomain[1])];
  const [lnNmin, lnNmax] = [Math.log(paramsDomain[0]), Math.log(paramsDomain[1])];
  // Along t = logit u, |d ln N/dt| = (1−u)/α and d ln C/dt = u/β − (1−u)/α; the plot-space speed is largest at
  // u → 0 (√2/α) or u → 1 (1/β), so this step keeps consecutive points within maxStep decades on both axes.
  const step = (maxStep * Math.LN10) / Math.max(Math.SQRT2 / alpha, 1 / beta);
  const tStar = Math.log(beta / alpha);
  const out: ContourLine[] = [];
  for (const level of levels) {
    if (!(level > E)) continue;
    const lnR = Math.log(level - E);
    // ln u = −softplus(−t), ln(1 − u) = −softplus(t).
    const lnN = (t: number) => (lnA - lnR + softplus(-t)) / alpha;
    const lnD = (t: number) => (lnB - lnR + softplus(t)) / beta;
    const lnC = (t: number) => ln6 + lnN(t) + lnD(t);
    // The frame in t. N ≤ N_max and, on the upper arm, C ≥ 6·N·D_inf with D_inf = (B/(ℓ−E))^(1/β), so also
    // N ≤ C_max/(6·D_inf): both bound u from below. N ≥ N_min bounds u from above; on the lower arm
    // C ≥ 6·max(N_min, N_inf)·D with N_inf = (A/(ℓ−E))^(1/α), which bounds 1 − u from below.
    const lnDinf = (lnB - lnR) / beta;
    const lnNinf = (lnA - lnR) / alpha;
    const lnNcap = Math.min(lnNmax, lnCmax - ln6 - lnDinf);
    const lnDcap = lnCmax - ln6 - Math.max(lnNmin, lnNinf);
    const tLo = logitOfLog(lnA - lnR - alpha * lnNcap);
    const tHi = Math.min(logitOfLog(lnA - lnR - alpha * lnNmin), -logitOfLog(lnB - lnR - beta * lnDcap));
    if (!(tLo < tHi)) continue;
    // Knots at t* + k·step (t* = the fewest-FLOPs point), plus the two ends; ln C is monotone between knots.
    const ts = [tLo];
    for (let k = Math.floor((tLo - tStar) / step) + 1; tStar + k * step < tHi; k++) ts.push(tStar + k * step);
    ts.push(tHi);
    const inside = (lc: number) => lc >= lnCmin && lc <= lnCmax;
    // Where ln C crosses the frame's edge between an inside knot a and an outside knot b.
    const edge = (a: number, b: number, lcB: number) => {
      const target = lcB > lnCmax ? lnCmax : lnCmin;
      const below = lnC(a) < target;
      for (let i = 0; i < 200; i++) {
        const mid = (a + b) / 2;
        if (mid === a || mid === b) break;
        if (lnC(mid) < target === below) a = mid;
        else b = mid;
      }
      return a;
    };
    const point = (t: number) => {
      const n = lnN(t);
      return { flops: Math.exp(ln6 + n + lnD(t)), params: Math.exp(n) };
    };
    let current: Array<{ flops: number; params: number }> | null = null;
    let previous = NaN;
    let previousIn = false;
    for (const t of ts) {
      const lc = lnC(t);
      const isIn = inside(lc);
      if (isIn && !current) {
        current = [];
        if (!Number.isNaN(previous)) current.push(point(edge(t, previous, lnC(previous))));
      } else if (!isIn && current && previousIn) {
        current.push(point(edge(previous, t, lc)));
        if (current.length > 1) out.push({ level, points: current });
        current = null;
      }
      if (isIn) current!.push(point(t));
      previous = t;
      previousIn = isIn;
    }
    if (current && current.length > 1) out.push({ level, points: current });
  }
  return out;
}
