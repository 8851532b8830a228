/**
 * Hoffmann et al. 2022, "Training Compute-Optimal Large Language Models" (Chinchilla, arXiv 2203.15556),
 * and the Besiroglu et al. 2024 replication (arXiv 2404.10102); LAWS also holds the constants of Muennighoff et al.'s
 * data-constrained law (arXiv 2305.16264), whose functions live in ./data-constrained.ts.
 *
 * Units: loss in nats/token; N = ALL parameters (Chinchilla counts embeddings, App. F — unlike Kaplan);
 * D = training tokens; C = training FLOPs with C ≈ 6ND (§3.3).
 */
import { requireNonNegative, requirePositive } from './stats';

/** Parameters of the parametric loss L(N,D) = E + A/N^α + B/D^β (Hoffmann eq 2). */
export type ChinchillaParams = { E: number; A: number; B: number; alpha: number; beta: number };

/**
 * Keys of the built-in Chinchilla fits of chapter 3, the laws a reader chooses between in its figures and the planner.
 * LAWS also holds `muennighoff2023`, the data-constrained law, which is not one of these choices (its loss needs the
 * unique-token budget too: ./data-constrained.ts).
 */
export type LawKey = 'hoffmann2022' | 'hoffmann2022Rounded' | 'besiroglu2024';

/**
 * The fitted Chinchilla-form laws.
 * - hoffmann2022: unrounded values from the paper's TeX source (log A = 6.0073404, log B = 6.0179186,
 *   log E = 0.5267228, α = 0.33917084, β = 0.2849083), as used by Epoch's analyzing-chinchilla notebook.
 *   They give a = 0.4565 and reproduce the Fig. 4 caption's "40B parameters" at the Gopher budget.
 * - hoffmann2022Rounded: eq (10) as printed (E 1.69, A 406.4, B 410.7, α 0.34, β 0.28). Note that
 *   these give a = 0.4516 (0.45, not the reported 0.46) and 32B at the Gopher budget (facts.md §2d, §11 trap 6).
 * - besiroglu2024: the replication's headline refit (E 1.8172, A 482.01, B 2085.43, α 0.3478, β 0.3658).
 *   Secondary-sourced; the repo's final run prints E = 1.81686, so E's 4th decimal is UNVERIFIED.
 * - muennighoff2023: Muennighoff et al. 2023, "Scaling Data-Constrained Language Models" (arXiv 2305.16264), exactly as
 *   released in the authors' repository huggingface/datablations, README "Parametric Fit" (commit 1370131):
 *   `a, b, e, alpha, beta, rd_star, rn_star = [6.255414, 7.3049974, 0.6254804, 0.3526596, 0.3526596, 15.387756, 5.309743]`
 *   with A = e^a, B = e^b, E = e^e (A ≈ 520.8, B ≈ 1487.7, E ≈ 1.869, α = β ≈ 0.353; the paper rounds them to 521,
 *   1488, 1.87, 0.35, R_N* 5.3, R_D* 15.4 in eq:finvals). a, b, e, α (= β, tied) were fitted on C4; R_D*, R_N* in the
 *   paper's derivation appendix (table of fit variants, row "eq:fin": R_D* 15.3878, R_N* 5.3097). Losses are on C4
 *   with the GPT-2 tokenizer. Its Chinchilla part alone, chinchillaLoss(LAWS.muennighoff2023, N, D), is the same law
 *   with unlimited fresh data; with repetition use dataConstrainedLoss (./data-constrained.ts, MUENNIGHOFF2023 is
 *   this object). Not a LawKey: chapter 3's choices stay the three Chinchilla fits.
 */
export const LAWS: {
  hoffmann2022: ChinchillaParams;
  hoffmann2022Rounded: ChinchillaParams;
  besiroglu2024: ChinchillaParams;
  /** The data-constrained law: a Chinchilla form plus R_D* and R_N* (repetitions, dimensionless). */
  muennighoff2023: ChinchillaParams & { rdStar: number; rnStar: number };
} = {
  hoffmann2022: {
    E: Math.exp(0.5267228),
    A: Math.exp(6.0073404),
    B: Math.exp(6.0179186),
    alpha: 0.33917084,
    beta: 0.2849083,
  },
  hoffmann2022Rounded: { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 },
  besiroglu2024: { E: 1.8172, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658 },
  muennighoff2023: {
    E: Math.exp(0.6254804),
    A: Math.exp(6.255414),
    B: Math.exp(7.3049974),
    alpha: 0.3526596,
    beta: 0.3526596,
    rdStar: 15.387756,
    rnStar: 5.309743,
  },
};

/** The keys of the three Chinchilla fits in LAWS (every LawKey, in LAWS order; not muennighoff2023). Example: LAWS[CHINCHILLA_LAW_KEYS[0]] is the unrounded Hoffmann fit. */
export const CHINCHILLA_LAW_KEYS: readonly LawKey[] = ['hoffmann2022', 'hoffmann2022Rounded', 'besiroglu2024'];

/**
 * Validates a ChinchillaParams object (E ≥ 0; A, B, α, β > 0; all finite) and returns it; throws RangeError otherwise.
 * Example: checkChinchillaParams(LAWS.hoffmann2022) → the same object; { …, alpha: 0 } throws.
 */
export function checkChinchillaParams(p: ChinchillaParams): ChinchillaParams {
  if (p === null || typeof p !== 'object') throw new RangeError('Chinchilla parameters must be an object {E, A, B, alpha, beta}.');
  requireNonNegative('E', p.E);
  requirePositive('A', p.A);
  requirePositive('B', p.B);
  requirePositive('alpha', p.alpha);
  requirePositive('beta', p.beta);
  return p;
}

/**
 * Parametric loss L(N,D) = E + A/N^α + B/D^β in nats/token (N params, D tokens).
 * Hoffmann et al. 2022 eq (2), constants from eq (10) / LAWS. Terms are computed in log space.
 * Example: 70e9 params, 1.4e12 tokens (Chinchilla) → 1.921 nats with hoffmann2022, 1.937 with hoffmann2022Rounded.
 */
export function chinchillaLoss(p: ChinchillaParams, params: number, tokens: number): number {
  checkChinchillaParams(p);
  requirePositive('params', params);
  requirePositive('tokens', tokens);
  return uncheckedLoss(p, params, tokens);
}

/**
 * chinchillaLoss without its checks, for callers that have checked the law and the sizes once and evaluate many points
 * (trainingCurves). Same units and arithmetic.
 */
export function uncheckedLoss(p: ChinchillaParams, params: number, tokens: number): number {
  return p.E + paramTerm(p, params) + dataTerm(p, tokens);
}

function paramTerm(p: ChinchillaParams, params: number): number {
  return Math.exp(Math.log(p.A) - p.alpha * Math.log(params));
}
function dataTerm(p: ChinchillaParams, tokens: number): number {
  return Math.exp(Math.log(p.B) - p.beta * Math.log(tokens));
}

/**
 * Exponents and prefactor of the closed-form frontier: a = β/(α+β), b = α/(α+β),
 * G = (αA/(βB))^(1/(α+β)). Hoffmann et al. 2022 eq (4).
 * Example: hoffmann2022 → a 0.4565, b 0.5435, G 1.300; hoffmann2022Rounded → a 0.4516, G 1.345.
 */
export function allocationExponents(p: ChinchillaParams): { a: number; b: number; G: number } {
  checkChinchillaParams(p);
  const s = p.alpha + p.beta;
  const logG = (Math.log(p.alpha * p.A) - Math.log(p.beta * p.B)) / s;
  return { a: p.beta / s, b: p.alpha / s, G: Math.exp(logG) };
}

/**
 * Compute-optimal parameters and tokens for a FLOP budget C under C = 6ND:
 * N_opt = G·(C/6)^a, D_opt = G^−1·(C/6)^b. Hoffmann et al. 2022 eq (4). Log space, so 6·N·D = C
 * to ~1e-15 for C from 1 to 1e35 FLOPs. Throws RangeError if N or D would leave the double range
 * (only for unphysical laws, e.g. α, β ≈ 1e-6).
 * Example: hoffmann2022, 5.76e23 FLOPs (Gopher) → 4.04e10 params, 2.38e12 tokens ("40B", Fig. 4 caption);
 * hoffmann2022Rounded → 3.22e10 params, 2.98e12 tokens.
 */
export function computeOptimal(p: ChinchillaParams, flops: number): { params: number; tokens: number } {
  checkChinchillaParams(p);
  requirePositive('flops', flops);
  const s = p.alpha + p.beta;
  const logG = (Math.log(p.alpha * p.A) - Math.log(p.beta * p.B)) / s;
  const logC6 = Math.log(flops) - Math.log(6);
  const params = Math.exp(logG + (p.beta / s) * logC6);
  const tokens = Math.exp(-logG + (p.alpha / s) * logC6);
  if (!(params > 0 && params < Infinity && tokens > 0 && tokens < Infinity)) {
    throw new RangeError('The compute-optimal allocation for this law and budget is outside the range of double-precision numbers.');
  }
  return { params, tokens };
}

/**
 * Loss at the compute-optimal point for a FLOP budget, L(N_opt(C), D_opt(C)) in nats/token.
 * Hoffmann et al. 2022 eqs (2) and (4).
 * Example: hoffmann2022 at 5.76e23 FLOPs → 1.918 nats.
 */
export function optimalLoss(p: ChinchillaParams, flops: number): number {
  const { params, tokens } = computeOptimal(p, flops);
  return chinchillaLoss(p, params, tokens);
}

/**
 * Tokens per parameter D/N (dimensionless).
 * Example: Chinchilla, 70e9 params and 1.4e12 tokens → 20.
 */
export function tokensPerParameter(params: number, tokens: number): number {
  requirePositive('params', params);
  requirePositive('tokens', tokens);
  return Math.exp(Math.log(tokens) - Math.log(params));
}

/**
 * Compute-optimal tokens per parameter D_opt/N_opt at a FLOP budget (dimensionless), Hoffmann eq (4).
 * Example: hoffmann2022 at 5.76e23 → 59; hoffmann2022Rounded → 93; besiroglu2024 → 18.
 */
export function optimalTokensPerParameter(p: ChinchillaParams, flops: number): number {
  const { params, tokens } = computeOptimal(p, flops);
  return tokensPerParameter(params, tokens);
}
