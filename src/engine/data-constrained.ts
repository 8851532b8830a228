/**
 * Muennighoff et al. 2023, "Scaling Data-Constrained Language Models" (arXiv 2305.16264, NeurIPS 2023):
 * the Chinchilla form with repeated tokens and excess parameters worth less than fresh ones.
 *
 * Units: loss in nats/token (cross-entropy on C4 validation, as fitted by the authors); N = parameters;
 * D = total training tokens (all epochs); U_D = unique tokens; C = training FLOPs with C = 6ND.
 *
 * Sources (read for this module):
 * - The authors' repository huggingface/datablations, README.md section "Parametric Fit" (commit 1370131):
 *   the constants list `a, b, e, alpha, beta, rd_star, rn_star`, the functions `D_to_N`, `scaling_law`
 *   and the grid search `optimal_allocation`, with printed example outputs.
 * - The paper's appendix "Derivation of Data-Constrained Scaling Laws" (TeX labels eq:dterm, eq:fin,
 *   eq:optunud, eq:finvals; read in a transcription of the TeX, so the printed equation NUMBERS are not
 *   verified here): D′ = U + U·R_D*·(1 − e^(−R_D/R_D*)); the loss with N′ built the same way;
 *   U_N = min{((U_D·G)^(β/α))·G, N}; the fitted R_N* = 5.309743, R_D* = 15.387756 (fit on 182 runs,
 *   7M–9B parameters, 1–500 epochs); and the rounded form 521/N′^0.35 + 1488/D′^0.35 + 1.87, U_N = 0.051·U_D.
 */
import { allocationExponents, checkChinchillaParams, computeOptimal, LAWS, type ChinchillaParams } from './chinchilla';
import { goldenSectionMinimum, requirePositive } from './stats';

/** A Chinchilla-form law plus the two repetition constants (dimensionless, in repetitions). */
export type DataConstrainedLaw = ChinchillaParams & {
  /** R_D*: repetitions of the unique data after which extra epochs add little (D′ plateaus at U_D·(1 + R_D*)). */
  rdStar: number;
  /** R_N*: the same for parameters beyond U_N (N′ plateaus at U_N·(1 + R_N*)). */
  rnStar: number;
};

/**
 * The released data-constrained law: the same object as LAWS.muennighoff2023 (chinchilla.ts, where the constants and
 * their sources are listed; defined there so that LAWS holds it without an import cycle). The datablations README
 * "Parametric Fit" list `a, b, e, alpha, beta, rd_star, rn_star = [6.255414, 7.3049974, 0.6254804, 0.3526596,
 * 0.3526596, 15.387756, 5.309743]` with A = e^a, B = e^b, E = e^e (A ≈ 520.8, B ≈ 1487.7, E ≈ 1.869, α = β ≈ 0.353);
 * rounded in the paper as 521, 1488, 1.87, 0.35, 5.3 and 15.4 (eq:finvals).
 * `chinchillaLoss(MUENNIGHOFF2023, N, D)` gives the same law with unlimited fresh data.
 */
export const MUENNIGHOFF2023: DataConstrainedLaw = LAWS.muennighoff2023;

/**
 * The ranges the law was fitted on (paper, derivation appendix: "182 samples with parameters varying from
 * 7 million up to 9 billion and epochs ranging from 1 to 500"). For range warnings; units: parameters, epochs.
 */
export const MUENNIGHOFF2023_FIT_RANGE = { minParams: 7e6, maxParams: 9e9, minEpochs: 1, maxEpochs: 500 } as const;

/**
 * Validates a DataConstrainedLaw (the Chinchilla part as in checkChinchillaParams; R_D*, R_N* > 0 and finite)
 * and returns it; throws RangeError otherwise.
 * Example: checkDataConstrainedLaw(MUENNIGHOFF2023) → the same object; { …, rdStar: 0 } throws.
 */
export function checkDataConstrainedLaw(law: DataConstrainedLaw): DataConstrainedLaw {
  checkChinchillaParams(law);
  requirePositive('rdStar', law.rdStar);
  requirePositive('rnStar', law.rnStar);
  return law;
}

/** x + x·R*·(1 − e^(−R/R*)), the decayed-repetition value shared by D′ and N′; 1 − e^(−y) via expm1. */
function decayed(unique: number, repeats: number, rStar: number): number {
  return unique + unique * rStar * -Math.expm1(-repeats / rStar);
}

/**
 * Effective data D′ in tokens: the number of fresh tokens worth as much as `tokens` drawn from `uniqueTokens`
 * unique ones. D′ = U_D + U_D·R_D*·(1 − e^(−R_D/R_D*)) with R_D = max(D/U_D − 1, 0) (paper eq:dterm;
 * README `scaling_law`). U_D = min(uniqueTokens, tokens): unique tokens available beyond those trained on
 * are not seen (the README's `optimal_allocation` takes `U = min(U_BASE, D)` the same way).
 * Properties: D′ ≤ D, D′ = D with no repetition, D′ < U_D·(1 + R_D*).
 * Example: MUENNIGHOFF2023, 100e9 unique tokens trained for 4 epochs (400e9 tokens) → 3.73e11 tokens.
 */
export function effectiveData(tokens: number, uniqueTokens: number, law: DataConstrainedLaw = MUENNIGHOFF2023): number {
  requirePositive('tokens', tokens);
  requirePositive('uniqueTokens', uniqueTokens);
  checkDataConstrainedLaw(law);
  const u = Math.min(uniqueTokens, tokens);
  const repeats = Math.max(tokens / u - 1, 0);
  return decayed(u, repeats, law.rdStar);
}

/**
 * Base ("unique") parameters U_N for a number of unique tokens, before the min with N: the Chinchilla-optimal
 * parameter count for D_opt = U_D, (U_D·G)^(β/α)·G with G = (αA/(βB))^(1/(α+β)) (paper eq:optunud;
 * README `D_to_N`). Units: parameters. For MUENNIGHOFF2023 (α = β) this is U_D·G² ≈ 0.0508·U_D
 * (the paper rounds it to 0.051, eq:finvals).
 * Example: 25e9 unique tokens → 1.27e9 parameters.
 */
export function uniqueParams(uniqueTokens: number, law: DataConstrainedLaw = MUENNIGHOFF2023): number {
  requirePositive('uniqueTokens', uniqueTokens);
  checkDataConstrainedLaw(law);
  const { G } = allocationExponents(law);
  return Math.exp((law.beta / law.alpha) * (Math.log(uniqueTokens) + Math.log(G)) + Math.log(G));
}

/**
 * Effective parameters N′ in parameters: U_N + U_N·R_N*·(1 − e^(−R_N/R_N*)), with U_N = min(uniqueParams(U_D), N)
 * and R_N = max(N/U_N − 1, 0) (paper eq:fin and eq:optunud; README `scaling_law`). `uniqueTokens` is U_D, the
 * unique tokens actually trained on (dataConstrainedLoss passes min(uniqueTokens, tokens)).
 * N′ = N while N ≤ U_N; above it, extra parameters are worth less and N′ < U_N·(1 + R_N*).
 * Example: MUENNIGHOFF2023, 8.67e9 parameters with 25e9 unique tokens → U_N 1.27e9, N′ 5.77e9 effective parameters.
 */
export function effectiveParams(params: number, uniqueTokens: number, law: DataConstrainedLaw = MUENNIGHOFF2023): number {
  requirePositive('params', params);
  const un = Math.min(params, uniqueParams(uniqueTokens, law));
  const repeats = Math.max(params / un - 1, 0);
  return decayed(un, repeats, law.rnStar);
}

/**
 * Data-constrained loss in nats/token: L = E + A/N′^α + B/D′^β (paper eq:fin; README `scaling_law`, the same
 * clamps: R_D = max(D/U − 1, 0), U_N = min(N, D_to_N(U)), R_N = max(N/U_N − 1, 0)). `uniqueTokens` is the
 * unique-token budget; when it exceeds `tokens` only `tokens` of it are seen (U_D = min(uniqueTokens, tokens)).
 * With no repetition and N ≤ U_N this equals chinchillaLoss(law, N, D). Terms computed in log space.
 * Example: README "Models in Figure 1 (right)": (6.34e9, 242e9, 25e9) → 2.22564; (8.67e9, 178e9, 25e9) → 2.22696.
 */
export function dataConstrainedLoss(params: number, tokens: number, uniqueTokens: number, law: DataConstrainedLaw = MUENNIGHOFF2023): number {
  const dEff = effectiveData(tokens, uniqueTokens, law);
  const nEff = effectiveParams(params, Math.min(uniqueTokens, tokens), law);
  return law.E + Math.exp(Math.log(law.A) - law.alpha * Math.log(nEff)) + Math.exp(Math.log(law.B) - law.beta * Math.log(dEff));
}

/**
 * The lowest loss any model and training length reach with `uniqueTokens` unique tokens, in nats/token: the limit of
 * dataConstrainedLoss as N and D grow without bound, where D′ → U_D·(1 + R_D*) and N′ → U_N·(1 + R_N*) with
 * U_N = uniqueParams(U_D) (paper eq:fin and eq:dterm: both decay terms saturate). The loss is non-increasing in N and D,
 * so it never goes below this; with enough compute the curve along 6ND = C lies flat just above it.
 * Example: MUENNIGHOFF2023, 25e9 unique tokens → 2.156 nats (the optimum at 1e22 FLOPs is 2.222, at 1e24 within 1e-4 of it).
 */
export function dataConstrainedLossFloor(uniqueTokens: number, law: DataConstrainedLaw = MUENNIGHOFF2023): number {
  requirePositive('uniqueTokens', uniqueTokens);
  checkDataConstrainedLaw(law);
  const nEff = uniqueParams(uniqueTokens, law) * (1 + law.rnStar);
  const dEff = uniqueTokens * (1 + law.rdStar);
  return law.E + Math.exp(Math.log(law.A) - law.alpha * Math.log(nEff)) + Math.exp(Math.log(law.B) - law.beta * Math.log(dEff));
}

/** Result of dataConstrainedOptimum. */
export interface DataConstrainedOptimum {
  /** Parameters N at the optimum. */
  params: number;
  /** Total training tokens D at the optimum (6·N·D = flops). */
  tokens: number;
  /** D / uniqueTokens (README convention; below 1 when the unique budget is not used up). */
  epochs: number;
  /** Loss at the optimum, nats/token. */
  loss: number;
  /** The Chinchilla optimum of the same law at the same budget (unlimited fresh data), for comparison. */
  chinchilla: { params: number; tokens: number };
}

/** Search half-width in ln(D/D_opt): tokens from 1e-4× to 1e4× the Chinchilla optimum. */
const SEARCH_HALF_WIDTH = Math.log(1e4);
/** Coarse grid over that range: a step of 0.023 in ln D, i.e. 2.3 % in D. */
const COARSE_POINTS = 801;
/** Fine grid across the best coarse point's two neighbouring intervals: a step of 0.0023 in ln D (0.23 % in D). */
const FINE_POINTS = 21;

/** Index and loss of the smallest of f over `points` evenly spaced x from lo to hi (the first, on ties). */
function gridMinimum(f: (x: number) => number, lo: number, hi: number, points: number): { x: number; loss: number; step: number } {
  const step = (hi - lo) / (points - 1);
  let best = 0;
  let bestLoss = Infinity;
  for (let i = 0; i < points; i++) {
    const l = f(lo + i * step);
    if (l < bestLoss) {
      bestLoss = l;
      best = i;
    }
  }
  return { x: lo + best * step, loss: bestLoss, step };
}

/**
 * Compute-optimal allocation under a unique-token budget: minimises dataConstrainedLoss(N, D, U) along
 * 6·N·D = flops. Search: a log-spaced grid of 801 points in D from 1e-4× to 1e4× the Chinchilla optimum
 * of the same law (step 2.3 % in D), a grid of 21 points across the best point's neighbouring intervals (step
 * 0.23 % in D), then golden-section refinement between the best fine point's neighbours to 1e-12 in ln D. The loss
 * is flat at its minimum, so double precision locates it to about 1e-7 relative (loss exact to ~1e-15) — finer
 * than the README's grid (`optimal_allocation`: 500 factors in [1.0001, 3] each way, step ≈ 0.4 %), whose answer it
 * matches to 0.1 % and may beat slightly in loss. (One grid of 8001 points at 0.23 % gave the same optima to 1e-12
 * in loss over 10¹⁵–10²⁷ FLOPs and 10⁸–10¹⁴ unique tokens, at ten times the cost: ~5 ms per figure update.)
 * Units: flops in FLOPs, uniqueTokens in tokens; returns parameters, tokens, epochs (dimensionless), loss in nats.
 * Example: 1e22 FLOPs, 25e9 unique tokens → 7.026e9 parameters, 2.372e11 tokens, 9.488 epochs, 2.22213 nats
 * (README grid: 7022364735.9 parameters, 237336955477.6 tokens, 9.49 epochs); with unlimited unique tokens it
 * returns the law's Chinchilla optimum (9.22e9 parameters, 1.81e11 tokens at 1e22).
 */
export function dataConstrainedOptimum(flops: number, uniqueTokens: number, law: DataConstrainedLaw = MUENNIGHOFF2023): DataConstrainedOptimum {
  requirePositive('flops', flops);
  requirePositive('uniqueTokens', uniqueTokens);
  checkDataConstrainedLaw(law);
  const chinchilla = computeOptimal(law, flops);
  const logD0 = Math.log(chinchilla.tokens);
  const logN0 = Math.log(chinchilla.params);
  const at = (x: number) => dataConstrainedLoss(Math.exp(logN0 - x), Math.exp(logD0 + x), uniqueTokens, law);
  const coarse = gridMinimum(at, -SEARCH_HALF_WIDTH, SEARCH_HALF_WIDTH, COARSE_POINTS);
  const fine = gridMinimum(at, Math.max(coarse.x - coarse.step, -SEARCH_HALF_WIDTH), Math.min(coarse.x + coarse.step, SEARCH_HALF_WIDTH), FINE_POINTS);
  let x = goldenSectionMinimum(at, Math.max(fine.x - fine.step, -SEARCH_HALF_WIDTH), Math.min(fine.x + fine.step, SEARCH_HALF_WIDTH), 1e-12, Infinity);
  let loss = at(x);
  if (fine.loss < loss) {
    x = fine.x;
    loss = fine.loss;
  }
  const params = Math.exp(logN0 - x);
  const tokens = Math.exp(logD0 + x);
  return { params, tokens, epochs: tokens / uniqueTokens, loss, chinchilla };
}
