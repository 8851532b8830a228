/**
 * Inference-aware model sizing: the model size and training tokens that reach a target loss ℓ with the
 * least TOTAL compute once expected inference is counted (Sardana et al. 2024, arXiv 2401.00448).
 *
 *   minimise 6·N·D_tr + 2·N·D_inf   subject to   L(N, D_tr) = ℓ   (Chinchilla-form L)
 *
 * The objective's exact form is taken from secondary sources (facts.md §8: status S); only the paper's
 * abstract was verified. Units: N params, tokens, FLOPs, loss in nats/token.
 */
import { checkChinchillaParams, type ChinchillaParams } from './chinchilla';
import type { SourceStatus } from './provenance';
import { goldenSectionMinimum, logAddExp, requireFinite, requireNonNegative, requirePositive } from './stats';

/** Where the inference-aware objective comes from, and how sure we are. */
export const INFERENCE_AWARE_SOURCE: {
  paper: string;
  arxiv: string;
  where: string;
  status: SourceStatus;
} = {
  paper: 'Sardana, Portes, Doubov, Frankle 2024, Beyond Chinchilla-Optimal: Accounting for Inference in Language Model Scaling Laws',
  arxiv: '2401.00448',
  where: 'Objective min 6·N·D_tr + 2·N·D_inf subject to L(N, D_tr) = ℓ, as given by secondary sources (equation number not verified); the paper solves it numerically.',
  status: 'S',
};

/** Compute budget of one way to reach the target loss. */
export interface SizingPoint {
  params: number;
  tokens: number;
  trainingFlops: number;
  inferenceFlops: number;
  totalFlops: number;
}

function checkTarget(p: ChinchillaParams, targetLoss: number): void {
  checkChinchillaParams(p);
  requireFinite('targetLoss', targetLoss);
  if (!(targetLoss > p.E)) {
    throw new RangeError(`A loss of ${targetLoss} nats is unreachable: it must be above the irreducible loss E = ${p.E.toFixed(4)} nats.`);
  }
}

/**
 * The smallest model that can ever reach loss ℓ (with infinite data): A/N^α = ℓ − E, in params.
 * Hoffmann et al. 2022 eq (2). Throws RangeError when ℓ ≤ E.
 * Example: hoffmann2022, ℓ = 2.0 nats → 1.61e9 params.
 */
export function smallestModelForLoss(p: ChinchillaParams, targetLoss: number): number {
  checkTarget(p, targetLoss);
  return Math.exp((Math.log(p.A) - Math.log(targetLoss - p.E)) / p.alpha);
}

/**
 * Training tokens a model of N params needs to reach loss ℓ: D_tr = (B/(ℓ − E − A/N^α))^(1/β).
 * Returns Infinity when N is at or below smallestModelForLoss (unreachable with any data).
 * Example: hoffmann2022, 7e9 params, ℓ = 2.0 → 2.5e12 tokens.
 */
export function tokensForLoss(p: ChinchillaParams, targetLoss: number, params: number): number {
  checkTarget(p, targetLoss);
  requirePositive('params', params);
  return Math.exp(logTokensForLoss(p, targetLoss, Math.log(params)));
}

/** ln D_tr at ln N = x, precise near the smallest reachable size (uses expm1). */
function logTokensForLoss(p: ChinchillaParams, targetLoss: number, x: number): number {
  const gap = targetLoss - p.E;
  const xMin = (Math.log(p.A) - Math.log(gap)) / p.alpha;
  const u = x - xMin;
  if (!(u > 0)) return Infinity;
  // R = ℓ − E − A/N^α = gap·(1 − e^{−α u})
  const logR = Math.log(gap) + Math.log(-Math.expm1(-p.alpha * u));
  return (Math.log(p.B) - logR) / p.beta;
}

function sizingAt(p: ChinchillaParams, targetLoss: number, inferenceTokens: number, x: number): SizingPoint & { logTotal: number } {
  const logTokens = logTokensForLoss(p, targetLoss, x);
  const params = Math.exp(x);
  const tokens = Math.exp(logTokens);
  const logTraining = Math.log(6) + x + logTokens;
  const logInference = inferenceTokens > 0 ? Math.log(2) + x + Math.log(inferenceTokens) : -Infinity;
  const logTotal = logAddExp(logTraining, logInference);
  return {
    params,
    tokens,
    trainingFlops: Math.exp(logTraining),
    inferenceFlops: inferenceTokens > 0 ? Math.exp(logInference) : 0,
    totalFlops: Math.exp(logTotal),
    logTotal,
  };
}

/**
 * The compute-optimal (Chinchilla) way to reach loss ℓ: the N, D minimising 6ND with L(N,D) = ℓ.
 * Closed form: N = (A(1 + α/β)/(ℓ − E))^(1/α), D = (B(1 + β/α)/(ℓ − E))^(1/β) (from αA/N^α = βB/D^β,
 * the optimality condition behind Hoffmann et al. 2022 eq 4). Throws RangeError when ℓ ≤ E.
 * Example: hoffmann2022, ℓ = 1.9184 (the optimum at the Gopher budget) → 4.04e10 params, 2.38e12 tokens, 5.76e23 FLOPs.
 */
export function computeOptimalForLoss(p: ChinchillaParams, targetLoss: number): { params: number; tokens: number; flops: number } {
  checkTarget(p, targetLoss);
  const logGap = Math.log(targetLoss - p.E);
  const logParams = (Math.log(p.A) + Math.log1p(p.alpha / p.beta) - logGap) / p.alpha;
  const logTokens = (Math.log(p.B) + Math.log1p(p.beta / p.alpha) - logGap) / p.beta;
  return {
    params: Math.exp(logParams),
    tokens: Math.exp(logTokens),
    flops: Math.exp(Math.log(6) + logParams + logTokens),
  };
}

/** Result of inferenceAwareOptimal. */
export interface InferenceAwareResult extends SizingPoint {
  /** The Chinchilla compute-optimal model for the same loss, serving the same inference tokens. */
  computeOptimal: SizingPoint;
  /** Fraction of total FLOPs saved against computeOptimal, 1 − total/total_opt (≥ 0). */
  saving: number;
  source: typeof INFERENCE_AWARE_SOURCE;
}

/**
 * Inference-aware sizing (Sardana et al. 2024): the N and D_tr that reach loss ℓ (nats) with the fewest
 * total FLOPs 6·N·D_tr + 2·N·D_inf, for D_inf lifetime inference tokens (≥ 0), under a Chinchilla-form
 * law. ln(total) is convex in ln N on (ln N_min, ∞), and its minimum lies between the smallest reachable
 * size and the compute-optimal size for ℓ, so a golden-section search on that interval finds it.
 * Throws RangeError when ℓ ≤ E. The objective's form is secondary-sourced (status S).
 * Example: hoffmann2022, ℓ = L(13e9, 260e9) = 2.074 nats, D_inf = 2e12 tokens → 4.1e9 params on 9.8e11
 * tokens, 4.05e22 FLOPs in total vs 5.36e22 for the compute-optimal 8.6e9 params: a 24% saving.
 */
export function inferenceAwareOptimal(p: ChinchillaParams, targetLoss: number, inferenceTokens: number): InferenceAwareResult {
  checkTarget(p, targetLoss);
  requireNonNegative('inferenceTokens', inferenceTokens);
  const optimal = computeOptimalForLoss(p, targetLoss);
  const xHigh = Math.log(optimal.params);
  const xLow = (Math.log(p.A) - Math.log(targetLoss - p.E)) / p.alpha;
  const objective = (x: number) => sizingAt(p, targetLoss, inferenceTokens, x).logTotal;

  let best: number;
  if (inferenceTokens === 0) {
    best = xHigh;
  } else {
    // Golden-section search on (xLow, xHigh]; the objective is +∞ at xLow and convex.
    best = goldenSectionMinimum(objective, xLow, xHigh, 1e-13 * Math.max(1, Math.abs(xHigh)));
    // The convex minimum may sit on the upper bound (tiny D_inf): compare with it explicitly.
    if (objective(xHigh) <= objective(best)) best = xHigh;
  }

  const chosen = sizingAt(p, targetLoss, inferenceTokens, best);
  const reference = sizingAt(p, targetLoss, inferenceTokens, xHigh);
  const saving = Math.max(0, -Math.expm1(chosen.logTotal - reference.logTotal));
  const strip = ({ logTotal: _ignored, ...rest }: SizingPoint & { logTotal: number }): SizingPoint => rest;
  return {
    ...strip(chosen),
    computeOptimal: strip(reference),
    saving,
    source: INFERENCE_AWARE_SOURCE,
  };
}

/**
 * Total-compute curve over model sizes for a target loss ℓ and D_inf inference tokens: for each N in
 * the grid, the training tokens that reach ℓ and the training, inference and total FLOPs.
 * Sizes at or below the smallest reachable size (no amount of data reaches ℓ) are left out.
 * Example: hoffmann2022, ℓ = 2.0, D_inf = 1e12, N = 1e10 → D_tr = 1.42e12 tokens, total 1.05e23 FLOPs.
 */
export function costCurve(p: ChinchillaParams, targetLoss: number, inferenceTokens: number, paramsGrid: readonly number[]): SizingPoint[] {
  checkTarget(p, targetLoss);
  requireNonNegative('inferenceTokens', inferenceTokens);
  const out: SizingPoint[] = [];
  paramsGrid.forEach((params, i) => {
    requirePositive(`paramsGrid[${i}]`, params);
    const x = Math.log(params);
    if (!Number.isFinite(logTokensForLoss(p, targetLoss, x))) return;
    const { logTotal: _ignored, ...point } = sizingAt(p, targetLoss, inferenceTokens, x);
    out.push({ ...point, params }); // keep the caller's grid value exactly
  });
  return out;
}
