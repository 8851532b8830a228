/**
 * Measured runs against a Chinchilla law, and Approach 2 on measured runs: each run's residual in nats, the IsoFLOP
 * slices the runs group into, the parabola in log10 N through each slice (Hoffmann et al. 2022 §3.2, fitted with
 * fitIsoflopParabola) and the power law N_opt ∝ C^a through the slices' vertices.
 *
 * Written for the 240 runs Epoch AI read off Hoffmann et al. 2022 Fig. 4 (Besiroglu et al. 2024, arXiv 2404.10102;
 * src/data/chinchilla-runs.ts), which carry no budget column: a run belongs to a slice when its compute 6ND lies
 * within a chosen number of decades of one of the nine budgets. Units: N in parameters, D in tokens, C in FLOPs,
 * loss in nats/token. Pure functions; no DOM.
 */
import type { ChinchillaParams } from './chinchilla';
import { runResiduals } from './fit-report';
import { fitIsoflopParabola } from './isoflop';
import { powerLawFit, requireFinite, requireInRange, requirePositive, type PowerLawFit } from './stats';

/**
 * The nine IsoFLOP budgets of Approach 2, FLOPs: "9 different training FLOP counts (ranging from 6 × 10^18 to
 * 3 × 10^21 FLOPs)" (Hoffmann et al. 2022 §3.2). The values between the two ends are the labels of the paper's
 * Fig. 3; the extracted Fig. 4 runs cluster on them (tests/unit/engine/isoflop-slices.test.ts).
 */
export const ISOFLOP_BUDGETS: readonly number[] = [6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21];

/**
 * Widest half-width of a slice, in decades of compute, that keeps neighbouring slices apart: half the smallest
 * gap between two budgets, log10(1e20/6e19)/2 = 0.1109, rounded down.
 */
export const MAX_SLICE_HALF_WIDTH = 0.11;

/** A measured training run: parameters, training tokens, final loss (nats/token). */
export interface MeasuredRun {
  params: number;
  tokens: number;
  loss: number;
}

/** A run next to a law's prediction for it. */
export interface RunAgainstLaw extends MeasuredRun {
  /** C = 6·N·D, FLOPs. */
  flops: number;
  /** L̂(N, D) of the law, nats/token (Hoffmann et al. 2022 eq 2). */
  predicted: number;
  /** Observed minus predicted, L − L̂, nats/token: positive when the run is worse than the law says. */
  residual: number;
}

/**
 * Each run's compute C = 6ND and its residual L − L̂(N, D) in nats against a Chinchilla-form law (eq 2).
 * Throws RangeError on a non-positive size, token count or loss.
 * Example: hoffmann2022 and a run of 1e9 params, 2e10 tokens, loss 2.6 → C 1.2e20, predicted 2.531, residual +0.069.
 */
export function residualsAgainstLaw(law: ChinchillaParams, runs: readonly MeasuredRun[]): RunAgainstLaw[] {
  // runResiduals (fit-report.ts) validates the law and the runs and computes C and L̂; its residual is in log units.
  return runResiduals(law, runs).map((r, i) => ({ ...runs[i], flops: r.flops, predicted: r.predicted, residual: runs[i].loss - r.predicted }));
}

/**
 * Count, mean, root mean square and largest absolute value of residuals (nats/token); all 0 for none.
 * Example: residuals 0.03 and −0.01 → count 2, mean 0.01, rms 0.02236, maxAbs 0.03.
 */
export function residualStatistics(residuals: ReadonlyArray<{ residual: number }>): { count: number; mean: number; rms: number; maxAbs: number } {
  let sum = 0;
  let squares = 0;
  let maxAbs = 0;
  residuals.forEach((r, i) => {
    requireFinite(`residuals[${i}]`, r.residual);
    sum += r.residual;
    squares += r.residual * r.residual;
    maxAbs = Math.max(maxAbs, Math.abs(r.residual));
  });
  const count = residuals.length;
  return count === 0 ? { count, mean: 0, rms: 0, maxAbs: 0 } : { count, mean: sum / count, rms: Math.sqrt(squares / count), maxAbs };
}

function checkHalfWidth(halfWidth: number): number {
  return requireInRange('halfWidth', halfWidth, 0, MAX_SLICE_HALF_WIDTH);
}

/**
 * The budget (FLOPs) whose slice holds a run of `flops` FLOPs: the nearest of `budgets` in log10, if it lies within
 * `halfWidth` decades (inclusive); else null. halfWidth is in [0, MAX_SLICE_HALF_WIDTH].
 * Example: 9.6e20 FLOPs with a half-width of 0.05 decades → 1e21 (0.018 decades away); 1.3e21 → null.
 */
export function sliceOf(flops: number, halfWidth: number, budgets: readonly number[] = ISOFLOP_BUDGETS): number | null {
  requirePositive('flops', flops);
  checkHalfWidth(halfWidth);
  let best: number | null = null;
  let distance = Infinity;
  for (const [i, budget] of budgets.entries()) {
    requirePositive(`budgets[${i}]`, budget);
    const d = Math.abs(Math.log10(flops) - Math.log10(budget));
    if (d < distance) {
      distance = d;
      best = budget;
    }
  }
  return distance <= halfWidth + 1e-12 ? best : null;
}

/** Why a slice has no vertex: fewer than three distinct model sizes, or a parabola that opens downwards. */
export type SliceProblem = 'tooFew' | 'noValley';

/** One IsoFLOP slice of measured runs and the parabola through it. */
export interface SliceFit {
  /** The slice's budget C, FLOPs. */
  budget: number;
  /** Its runs, in input order. */
  runs: MeasuredRun[];
  /** Smallest and largest model size among them, params (0, 0 when empty). */
  paramsRange: [number, number];
  /** The parabola loss = c0 + c1·x + c2·x², x = log10 N, and its vertex; null with a problem otherwise. */
  fit: {
    coefficients: [number, number, number];
    rSquared: number;
    /** Vertex: the Approach 2 estimate of N_opt at this budget, params, its D = C/(6N) and loss. */
    params: number;
    tokens: number;
    loss: number;
    /** The vertex lies outside the slice's own model sizes: the parabola extrapolates there. */
    extrapolated: boolean;
  } | null;
  problem: SliceProblem | null;
}

/**
 * Approach 2 on measured runs at one budget: the runs whose compute lies within `halfWidth` decades of `budget`,
 * a least-squares parabola in log10 N through their losses (fitIsoflopParabola, Hoffmann et al. 2022 §3.2) and its
 * vertex. Needs three distinct sizes and a parabola that opens upwards; otherwise `fit` is null and `problem` says why.
 * Example: the 240 Fig. 4 runs at 1e21 FLOPs, ±0.05 decades → 16 runs, vertex at 2.83e9 params.
 */
export function fitSlice(runs: readonly MeasuredRun[], budget: number, halfWidth: number): SliceFit {
  requirePositive('budget', budget);
  checkHalfWidth(halfWidth);
  const inSlice = runs.filter((run, i) => {
    requirePositive(`runs[${i}].params`, run.params);
    requirePositive(`runs[${i}].tokens`, run.tokens);
    return Math.abs(Math.log10(6 * run.params * run.tokens) - Math.log10(budget)) <= halfWidth + 1e-12;
  });
  const sizes = inSlice.map((r) => r.params);
  const paramsRange: [number, number] = sizes.length ? [Math.min(...sizes), Math.max(...sizes)] : [0, 0];
  const base = { budget, runs: inSlice, paramsRange };
  if (new Set(sizes).size < 3) return { ...base, fit: null, problem: 'tooFew' };
  let parabola: ReturnType<typeof fitIsoflopParabola>;
  try {
    parabola = fitIsoflopParabola(inSlice);
  } catch {
    return { ...base, fit: null, problem: 'noValley' };
  }
  const params = parabola.minimumParams;
  return {
    ...base,
    fit: {
      coefficients: parabola.coefficients,
      rSquared: parabola.rSquared,
      params,
      tokens: Math.exp(Math.log(budget) - Math.log(6) - Math.log(params)),
      loss: parabola.minimumLoss,
      extrapolated: params < paramsRange[0] || params > paramsRange[1],
    },
    problem: null,
  };
}

/**
 * Approach 2 end to end on measured runs: a slice and its parabola at every budget (fitSlice), then power laws
 * N_opt ∝ C^a and D_opt ∝ C^b by log-log least squares through the vertices found (the second step of §3.2; Table 2
 * prints a = 0.49, b = 0.51 for the paper's own runs). The power laws are null when fewer than two slices have a vertex.
 * Example: the 240 Fig. 4 runs, the nine budgets, ±0.05 decades → nine vertices, a = 0.514, b = 0.486.
 */
export function sliceVertexPowerLaw(
  runs: readonly MeasuredRun[],
  halfWidth: number,
  budgets: readonly number[] = ISOFLOP_BUDGETS,
): { slices: SliceFit[]; params: PowerLawFit | null; tokens: PowerLawFit | null; vertices: number } {
  const slices = budgets.map((budget) => fitSlice(runs, budget, halfWidth));
  const found = slices.filter((s) => s.fit !== null);
  if (found.length < 2) return { slices, params: null, tokens: null, vertices: found.length };
  const flops = found.map((s) => s.budget);
  return {
    slices,
    params: powerLawFit(
      flops,
      found.map((s) => s.fit!.params),
    ),
    tokens: powerLawFit(
      flops,
      found.map((s) => s.fit!.tokens),
    ),
    vertices: found.length,
  };
}

/**
 * Points of a slice's parabola loss = c0 + c1·x + c2·x², x = log10 N (the coefficients of SliceFit.fit), at each
 * model size of `paramsGrid` (params), for drawing. Loss in nats/token.
 * Example: coefficients [2, 0, 0.01] at 1e10 params → loss 3.
 */
export function sliceParabola(coefficients: readonly [number, number, number], paramsGrid: readonly number[]): Array<{ params: number; loss: number }> {
  const [c0, c1, c2] = coefficients;
  return paramsGrid.map((params, i) => {
    requirePositive(`paramsGrid[${i}]`, params);
    const x = Math.log10(params);
    return { params, loss: c0 + c1 * x + c2 * x * x };
  });
}
