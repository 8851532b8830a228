/**
 * What counts as a parameter, and which compute-optimal exponent each count sees: Pearce & Song 2024, "Reconciling
 * Kaplan and Chinchilla Scaling Laws" (arXiv 2406.12907; TMLR 2024), followed as in the authors' analysis script
 * (github.com/TeaPearce/Reconciling_Kaplan_Chinchilla_Scaling_Laws, script_analysis_kaplan_chinchilla.py).
 *
 * The set-up:
 * - one Chinchilla-form law written in TOTAL parameters, L(N_T, D) = E + A/N_T^α + B/D^β (Hoffmann et al. 2022 eq 2);
 * - non-embedding parameters N_E ≈ 12·n_layer·d² (Kaplan et al. 2020 eq 2.1) at a fixed aspect ratio a = d/n_layer,
 *   so d = (a·N_E/12)^(1/3); the embedding matrix has V·d entries (V the vocabulary; position embeddings and a
 *   separate output matrix are not counted, as in the script), so N_T = N_E + ω·N_E^(1/3) with ω = V·(a/12)^(1/3);
 *   the authors fit ω = 47,491 to Chinchilla's own model configurations (V = 32,000), i.e. a = 12·(ω/V)³ = 39.23;
 * - Chinchilla's view: total compute C_T = 6·N_T·D and the optimum N_T,opt(C_T);
 *   Kaplan's view: non-embedding compute C_E = 6·N_E·D (Kaplan §2.1, "C ≈ 6N") and the optimum N_E,opt(C_E),
 *   both from the same law (the script's `C_T_approx` and `C_nonE_approx`).
 * The local exponent d ln N_opt / d ln C is β/(α+β) for the total count at every budget; for the non-embedding count it
 * tends to β/(α/3+β) for tiny models, peaks above it where embedding and non-embedding parameters are comparable,
 * and falls to β/(α+β) for large ones.
 *
 * Units: parameters (counts), tokens, FLOPs, loss in nats/token; exponents and the aspect ratio are dimensionless.
 */
import { checkChinchillaParams, type ChinchillaParams } from './chinchilla';
import { goldenSectionMinimum, logSpace, requirePositive } from './stats';

/** The shape that ties embedding size to width: vocabulary V (tokens) and aspect ratio d_model / n_layer. */
export interface ModelShape {
  vocab: number;
  aspectRatio: number;
}

/**
 * ω of N_T = N_E + ω·N_E^(1/3), fitted by Pearce & Song to the sizes and widths of Chinchilla's 50 models (the
 * script's `parameters`, `d_model` lists, from Hoffmann et al. 2022's appendix table of all models) with a 32,000-token vocabulary: `gamma = 47491` in the authors' script, plotted as
 * "N_T = N_E + 47491 N_E^(1/3)".
 */
export const PEARCE_SONG_OMEGA = 47491;

/**
 * The shape behind ω = 47,491: Chinchilla's vocabulary of 32,000 tokens and the aspect ratio 12·(ω/V)³ = 39.23 that the
 * script derives from ω (`aspect_ratio = 12*(gamma / vocab_size)**3`; its comment reads "d/L = 40, 39.2").
 */
export const PEARCE_SONG_SHAPE: ModelShape = { vocab: 32000, aspectRatio: 12 * (PEARCE_SONG_OMEGA / 32000) ** 3 };

function checkShape(shape: ModelShape): ModelShape {
  if (shape === null || typeof shape !== 'object') throw new RangeError('A model shape must be an object {vocab, aspectRatio}.');
  requirePositive('vocab', shape.vocab);
  requirePositive('aspectRatio', shape.aspectRatio);
  return shape;
}

/**
 * ω = V·(a/12)^(1/3): embedding parameters per cube root of a non-embedding parameter (parameters^(2/3)), from
 * N_E = 12·n_layer·d² with n_layer = d/a and an embedding of V·d entries (Pearce & Song's set-up, see the module note).
 * Example: PEARCE_SONG_SHAPE → 47,491; V = 32,000 and a = 39.2 → 47,481.
 */
export function embeddingCoefficient(shape: ModelShape): number {
  checkShape(shape);
  return shape.vocab * Math.cbrt(shape.aspectRatio / 12);
}

/**
 * Width d_model of the model with N_E non-embedding parameters at the shape's aspect ratio: d = (a·N_E/12)^(1/3).
 * Example: 1.5e9 non-embedding parameters at a = 39.23 → d = 1,699 (then n_layer = d/a = 43.3).
 */
export function widthFromNonEmbedding(nonEmbedding: number, shape: ModelShape): number {
  requirePositive('nonEmbedding', nonEmbedding);
  checkShape(shape);
  return Math.cbrt((shape.aspectRatio * nonEmbedding) / 12);
}

/**
 * Total parameters N_T = N_E + ω·N_E^(1/3) of the model with N_E non-embedding parameters (Pearce & Song's fit).
 * Example: 1e6 non-embedding parameters → 5.75e6 total (83% of it embedding); 1e9 → 1.047e9 (4.5%).
 */
export function totalFromNonEmbedding(nonEmbedding: number, shape: ModelShape): number {
  requirePositive('nonEmbedding', nonEmbedding);
  return nonEmbedding + embeddingCoefficient(shape) * Math.cbrt(nonEmbedding);
}

/**
 * The inverse: non-embedding parameters N_E of the model with N_T total parameters. Exact (Cardano): x = N_E^(1/3)
 * solves x³ + ω·x − N_T = 0, whose only real root is p − q with p³ = N_T/2 + R, q = ω/(3p), R = √(N_T²/4 + ω³/27);
 * written as x = N_T/(p² + pq + q²) so that no digits cancel when N_E ≪ ω^(3/2).
 * Example: 5,749,100 total → 1e6 non-embedding (PEARCE_SONG_SHAPE).
 */
export function nonEmbeddingFromTotal(total: number, shape: ModelShape): number {
  requirePositive('total', total);
  const omega = embeddingCoefficient(shape);
  const r = Math.sqrt((total / 2) ** 2 + omega ** 3 / 27);
  const p = Math.cbrt(total / 2 + r);
  const q = omega / (3 * p);
  const x = total / (p * p + p * q + q * q);
  return x * x * x;
}

/** A compute-optimal model under one way of counting: its sizes, tokens and loss at a budget. */
export interface CountingOptimum {
  /** The budget, in the counting's own FLOPs: 6·N_T·D for the total count, 6·N_E·D for the non-embedding count. */
  flops: number;
  /** Total parameters N_T. */
  total: number;
  /** Non-embedding parameters N_E. */
  nonEmbedding: number;
  /** Training tokens D. */
  tokens: number;
  /** L(N_T, D) in nats/token. */
  loss: number;
}

/**
 * The law's reducible loss A/N_T^α + B/D^β along a budget, as a function of x = ln N (N = N_T, or N_E with
 * N_T = N_E + ω·N_E^(1/3) when ω > 0) with ln D = ln(C/6) − x. E is left out: it moves no minimum and adds rounding.
 */
function lossAlongBudget(law: ChinchillaParams, omega: number, logBudget: number) {
  const logA = Math.log(law.A);
  const logB = Math.log(law.B);
  const { alpha, beta } = law;
  const logTotal = omega > 0 ? (x: number) => x + Math.log1p(omega * Math.exp((-2 * x) / 3)) : (x: number) => x;
  return { logTotal, loss: (x: number) => Math.exp(logA - alpha * logTotal(x)) + Math.exp(logB - beta * (logBudget - x)) };
}

/**
 * Golden-section tolerance in ln N. The loss is flat at its minimum, so double precision locates the minimum to ~4e-8
 * in ln N whatever the tolerance; a finer one only adds iterations.
 */
const LOG_TOLERANCE = 1e-10;

/**
 * The search runs over ln N from −MARGIN to ln(C/6) + MARGIN: wide enough that the optimum is never at an end, even for
 * toy budgets where it lies below one parameter (the law is a smooth function of positive reals; ~55 iterations).
 */
const MARGIN = 20;

/** ln N at the minimum of the loss along the budget, searched in [lo, hi] (golden section, engine/stats). */
function searchOptimum(law: ChinchillaParams, omega: number, logBudget: number, lo: number, hi: number): number {
  return goldenSectionMinimum(lossAlongBudget(law, omega, logBudget).loss, lo, hi, LOG_TOLERANCE);
}

function optimumAt(law: ChinchillaParams, flops: number, omega: number, x: number): Omit<CountingOptimum, 'nonEmbedding' | 'total'> & { logTotal: number } {
  const logBudget = Math.log(flops / 6);
  const f = lossAlongBudget(law, omega, logBudget);
  return { flops, logTotal: f.logTotal(x), tokens: Math.exp(logBudget - x), loss: law.E + f.loss(x) };
}

/**
 * Chinchilla's view: the total parameter count N_T,opt that minimises L(N_T, D) along 6·N_T·D = C_T. Search: golden
 * section (engine/stats) in ln N_T over [−20, ln(C_T/6) + 20], where the reducible loss is convex; no closed form is
 * used, so the result can be checked against Hoffmann eq (4) (it agrees to ~1e-7).
 * Units: flops = total FLOPs C_T; returns parameters, tokens, loss in nats/token.
 * Example: besiroglu2024, 5.76e23 FLOPs → 7.22e10 total parameters, 1.33e12 tokens (eq 4 with the same constants).
 */
export function optimumTotalCount(law: ChinchillaParams, flops: number, shape: ModelShape): CountingOptimum {
  checkChinchillaParams(law);
  requirePositive('flops', flops);
  checkShape(shape);
  const logBudget = Math.log(flops / 6);
  const x = searchOptimum(law, 0, logBudget, -MARGIN, logBudget + MARGIN);
  const { logTotal: _, ...rest } = optimumAt(law, flops, 0, x);
  const total = Math.exp(x);
  return { ...rest, total, nonEmbedding: nonEmbeddingFromTotal(total, shape) };
}

/**
 * Kaplan's view: the non-embedding count N_E,opt that minimises L(N_T(N_E), D) along 6·N_E·D = C_E, with
 * N_T(N_E) = N_E + ω·N_E^(1/3). Search: golden section in ln N_E over [−20, ln(C_E/6) + 20]. The loss along the budget
 * has one minimum whenever β + α/3 > 0.18 (true of every fitted law here: the first-order condition's two sides cross
 * once), so the search cannot stop at a wrong one.
 * Units: flops = non-embedding FLOPs C_E; returns parameters, tokens, loss in nats/token.
 * Example: besiroglu2024 with PEARCE_SONG_SHAPE, 1e18 FLOPs → 5.43e7 non-embedding (7.23e7 total) parameters, 3.07e9 tokens.
 */
export function optimumNonEmbeddingCount(law: ChinchillaParams, flops: number, shape: ModelShape): CountingOptimum {
  checkChinchillaParams(law);
  requirePositive('flops', flops);
  const omega = embeddingCoefficient(shape);
  const logBudget = Math.log(flops / 6);
  const x = searchOptimum(law, omega, logBudget, -MARGIN, logBudget + MARGIN);
  const { logTotal, ...rest } = optimumAt(law, flops, omega, x);
  return { ...rest, total: Math.exp(logTotal), nonEmbedding: Math.exp(x) };
}

/** The local exponents d ln N_opt / d ln C of both counts at one budget (each against its own compute). */
export interface CountingExponents {
  /** Budget in FLOPs (C_T for `total`, C_E for `nonEmbedding`). */
  flops: number;
  /** d ln N_T,opt / d ln C_T. */
  total: number;
  /** d ln N_E,opt / d ln C_E. */
  nonEmbedding: number;
}

/** Half-step of the central difference, in ln C: truncation error ~h²/6·(third derivative) ≈ 1e-5, rounding ≈ 1e-6. */
const LOG_STEP = 0.02;

/**
 * Local exponents of the compute-optimal size: a central difference of ln N_opt in ln C (step ±0.02, i.e. ±2% in C)
 * around the budget, for the total count (N_T,opt against C_T) and Kaplan's non-embedding count (N_E,opt against C_E).
 * Accurate to ~1e-5 (checked against Pearce & Song's closed form, nonEmbeddingExponentAt).
 * Units: flops in FLOPs; exponents dimensionless.
 * Example: besiroglu2024, PEARCE_SONG_SHAPE, 1e18 FLOPs → total 0.5126 (= β/(α+β)), non-embedding 0.658.
 */
export function countingExponents(law: ChinchillaParams, flops: number, shape: ModelShape): CountingExponents {
  requirePositive('flops', flops);
  const up = flops * Math.exp(LOG_STEP);
  const down = flops * Math.exp(-LOG_STEP);
  const slope = (f: (c: number) => number) => (Math.log(f(up)) - Math.log(f(down))) / (2 * LOG_STEP);
  return {
    flops,
    total: slope((c) => optimumTotalCount(law, c, shape).total),
    nonEmbedding: slope((c) => optimumNonEmbeddingCount(law, c, shape).nonEmbedding),
  };
}

/**
 * ln N_opt at increasing log-spaced budgets (ratio e^step). Each search starts from the previous optimum: both exponents
 * lie in (0, 1), so ln N_opt moves up by less than one step per step; a result at an end of that narrow bracket (never
 * seen for the fitted laws) is searched again over the full range.
 */
function frontier(law: ChinchillaParams, omega: number, budgets: readonly number[], step: number): number[] {
  const out: number[] = [];
  for (const c of budgets) {
    const logBudget = Math.log(c / 6);
    const prev = out.length ? out[out.length - 1] : undefined;
    const slack = 0.05 * step + 1e-6;
    let x = prev === undefined ? Number.NaN : searchOptimum(law, omega, logBudget, prev - slack, prev + step + slack);
    if (prev === undefined || Math.abs(x - (prev - slack)) < 1e-6 || Math.abs(x - (prev + step + slack)) < 1e-6) {
      x = searchOptimum(law, omega, logBudget, -MARGIN, logBudget + MARGIN);
    }
    out.push(x);
  }
  return out;
}

/** One budget of a curve: the exponents of both counts and the two optima they come from. */
export interface CountingCurvePoint extends CountingExponents {
  /** N_T,opt at C_T = flops (Chinchilla's view). */
  totalOptimum: number;
  /** N_E,opt at C_E = flops (Kaplan's view). */
  nonEmbeddingOptimum: number;
}

/**
 * Both counts' exponents at `count` log-spaced budgets from `from` to `to` FLOPs: the optima at those budgets (and one
 * step beyond each end) by the same golden-section search, the exponents by central differences between neighbouring
 * budgets — two searches per budget, each started next to the previous optimum, instead of countingExponents' four
 * over the full range: fast enough to redraw on every input. With 10 budgets per decade
 * (a step of ln 10/10 in ln C) the exponents agree with countingExponents to ~1e-3.
 * Units: FLOPs in; parameters and dimensionless exponents out.
 * Example: besiroglu2024, PEARCE_SONG_SHAPE, 1e15…1e25 in 101 budgets → non-embedding 0.844 at 1e15, 0.968 at 1e16,
 * 0.513 at 1e25; total 0.5126 throughout.
 */
export function countingExponentCurve(law: ChinchillaParams, shape: ModelShape, from: number, to: number, count: number): CountingCurvePoint[] {
  requirePositive('from', from);
  requirePositive('to', to);
  if (!(Number.isInteger(count) && count >= 2)) throw new RangeError(`count must be a whole number ≥ 2, got ${count}.`);
  checkChinchillaParams(law);
  const omega = embeddingCoefficient(shape);
  const step = Math.log(to / from) / (count - 1);
  // The drawn budgets exactly as logSpace gives them (1e15, …, 1e25), plus one step beyond each end.
  const budgets = [from * Math.exp(-step), ...logSpace(from, to, count), to * Math.exp(step)];
  const logTotal = frontier(law, 0, budgets, step);
  const logNonEmbedding = frontier(law, omega, budgets, step);
  const out: CountingCurvePoint[] = [];
  for (let i = 1; i <= count; i++) {
    out.push({
      flops: budgets[i],
      total: (logTotal[i + 1] - logTotal[i - 1]) / (2 * step),
      nonEmbedding: (logNonEmbedding[i + 1] - logNonEmbedding[i - 1]) / (2 * step),
      totalOptimum: Math.exp(logTotal[i]),
      nonEmbeddingOptimum: Math.exp(logNonEmbedding[i]),
    });
  }
  return out;
}

/**
 * Pearce & Song's closed form of Kaplan's view, read the other way: the non-embedding compute C_E at which N_E is
 * compute-optimal, from the first-order condition of L(N_T(N_E), C_E/(6N_E)):
 * C_E = 6·N_E·(N_E + ω/3·N_E^(1/3))^(−1/β)·(N_E + ω·N_E^(1/3))^((1+α)/β)·(βB/(αA))^(1/β)
 * (the script's `C_pred` / `fn_Nopt_to_C`). Units: parameters in, FLOPs out.
 * Example: besiroglu2024, PEARCE_SONG_SHAPE: 768 → 1.33e12 FLOPs, 1.5e9 → 3.31e20 FLOPs (Kaplan's smallest and largest
 * models, §3, placed where this law makes them compute-optimal).
 */
export function nonEmbeddingComputeAtOptimum(law: ChinchillaParams, nonEmbedding: number, shape: ModelShape): number {
  checkChinchillaParams(law);
  requirePositive('nonEmbedding', nonEmbedding);
  const { alpha, beta, A, B } = law;
  const omega = embeddingCoefficient(shape);
  const cube = Math.cbrt(nonEmbedding);
  const logC =
    Math.log(6 * nonEmbedding) -
    Math.log(nonEmbedding + (omega / 3) * cube) / beta +
    ((1 + alpha) / beta) * Math.log(nonEmbedding + omega * cube) +
    (Math.log(beta * B) - Math.log(alpha * A)) / beta;
  return Math.exp(logC);
}

/**
 * Pearce & Song's closed-form local exponent of Kaplan's view at the model with N_E non-embedding parameters:
 * d ln N_E,opt / d ln C_E = 1/g with g = 1 − (1/β)·(u + ω/9)/(u + ω/3) + ((1+α)/β)·(u + ω/3)/(u + ω), u = N_E^(2/3)
 * (the script's `fn_g`, the reciprocal of d ln C_E/d ln N_E). Limits: β/(α/3+β) as N_E → 0, β/(α+β) as N_E → ∞.
 * Example: besiroglu2024, PEARCE_SONG_SHAPE: 1e3 → 0.763, 1e6 → 0.963, 1e9 → 0.535, 1e12 → 0.513.
 */
export function nonEmbeddingExponentAt(law: ChinchillaParams, nonEmbedding: number, shape: ModelShape): number {
  checkChinchillaParams(law);
  requirePositive('nonEmbedding', nonEmbedding);
  const { alpha, beta } = law;
  const omega = embeddingCoefficient(shape);
  const u = Math.cbrt(nonEmbedding) ** 2;
  const g = 1 - (u + omega / 9) / (u + omega / 3) / beta + ((1 + alpha) / beta) * ((u + omega / 3) / (u + omega));
  return 1 / g;
}

/**
 * The two limits of the non-embedding exponent (dimensionless): β/(α/3+β) for models made almost entirely of
 * embedding, β/(α+β) (= Chinchilla's a, Hoffmann eq 4) for models with negligible embedding.
 * Example: besiroglu2024 → small 0.759, large 0.513; hoffmann2022 → 0.716, 0.456.
 */
export function nonEmbeddingExponentLimits(law: ChinchillaParams): { small: number; large: number } {
  checkChinchillaParams(law);
  return { small: law.beta / (law.alpha / 3 + law.beta), large: law.beta / (law.alpha + law.beta) };
}
