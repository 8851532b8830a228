/**
 * Hoffmann et al. 2022, "Training Compute-Optimal Large Language Models" (Chinchilla, arXiv 2203.15556),
 * and the Besiroglu et al. 2024 replication (arXiv 2404.10102).
 *
 * Units: loss in nats/token; N = ALL parameters (Chinchilla counts embeddings, App. F — unlike Kaplan);
 * D = training tokens; C = training FLOPs with C ≈ 6ND (§3.3).
 */
import type { Lang } from './quantities';
import {
  logAddExp,
  parabolaVertex,
  powerLawFit,
  quadraticFit,
  requireFinite,
  requireNonNegative,
  requirePositive,
  type PowerLawFit,
} from './stats';

/** Parameters of the parametric loss L(N,D) = E + A/N^α + B/D^β (Hoffmann eq 2). */
export type ChinchillaParams = { E: number; A: number; B: number; alpha: number; beta: number };

/** Keys of the built-in laws. */
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
 */
export const LAWS: { hoffmann2022: ChinchillaParams; hoffmann2022Rounded: ChinchillaParams; besiroglu2024: ChinchillaParams } =
  {
    hoffmann2022: {
      E: Math.exp(0.5267228),
      A: Math.exp(6.0073404),
      B: Math.exp(6.0179186),
      alpha: 0.33917084,
      beta: 0.2849083,
    },
    hoffmann2022Rounded: { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 },
    besiroglu2024: { E: 1.8172, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658 },
  };

/** Provenance status as in facts.md: P primary, R authors' repository, S secondary, D derived. */
export type SourceStatus = 'P' | 'R' | 'S' | 'D' | 'UNVERIFIED';

/** Bilingual name, citation and status of each law in LAWS. */
export const LAW_INFO: Record<
  LawKey,
  {
    name: { zh: string; en: string };
    shortName: { zh: string; en: string };
    source: { paper: string; arxiv: string; where: string };
    status: SourceStatus;
    note: { zh: string; en: string };
  }
> = {
  hoffmann2022: {
    name: { en: 'Chinchilla fit (Hoffmann et al. 2022), unrounded', zh: 'Chinchilla 拟合（Hoffmann 等，2022），未舍入' },
    shortName: { en: 'Hoffmann 2022', zh: 'Hoffmann 2022' },
    source: {
      paper: 'Hoffmann et al. 2022, Training Compute-Optimal Large Language Models',
      arxiv: '2203.15556',
      where: 'eq (10), App. D.2; unrounded values from the TeX source as used in epoch-research/analyzing-chinchilla',
    },
    status: 'R',
    note: {
      en: 'The unrounded constants reproduce the reported a = 0.46 and the 40B-parameter optimum at the Gopher budget.',
      zh: '未舍入的常数能复现论文报告的 a = 0.46，以及 Gopher 计算预算下 400 亿参数的最优规模。',
    },
  },
  hoffmann2022Rounded: {
    name: { en: 'Chinchilla fit (Hoffmann et al. 2022), as printed', zh: 'Chinchilla 拟合（Hoffmann 等，2022），论文印刷值' },
    shortName: { en: 'Hoffmann 2022 (rounded)', zh: 'Hoffmann 2022（舍入）' },
    source: {
      paper: 'Hoffmann et al. 2022, Training Compute-Optimal Large Language Models',
      arxiv: '2203.15556',
      where: 'eq (10), App. D.2',
    },
    status: 'P',
    note: {
      en: 'Rounded to E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28; the rounding shifts a to 0.45 and the Gopher-budget optimum to 32B.',
      zh: '舍入为 E = 1.69、A = 406.4、B = 410.7、α = 0.34、β = 0.28；舍入使 a 变为 0.45，Gopher 预算下的最优规模变为 320 亿。',
    },
  },
  besiroglu2024: {
    name: { en: 'Epoch replication (Besiroglu et al. 2024)', zh: 'Epoch 复现（Besiroglu 等，2024）' },
    shortName: { en: 'Besiroglu 2024', zh: 'Besiroglu 2024' },
    source: {
      paper: 'Besiroglu, Erdil, Barnett, You 2024, Chinchilla Scaling: A replication attempt',
      arxiv: '2404.10102',
      where: 'headline refit (quoted by secondary sources); repo epoch-research/analyzing-chinchilla prints E = 1.81686',
    },
    status: 'S',
    note: {
      en: 'Refit on 240 points extracted from Hoffmann Fig. 4; the 4th decimal of E is unverified.',
      zh: '基于从 Hoffmann 图 4 提取的 240 个点重新拟合；E 的第 4 位小数未经核实。',
    },
  },
};

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
    throw new RangeError(
      'The compute-optimal allocation for this law and budget is outside the range of double-precision numbers.',
    );
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

// ---------------------------------------------------------------------------
// Table 2, Table 3 and Table A3
// ---------------------------------------------------------------------------

/** One row of Hoffmann Table 2 (or Table A2): N_opt ∝ C^a, D_opt ∝ C^b. */
export interface ApproachExponentRow {
  id: 'approach1' | 'approach2' | 'approach3' | 'kaplan' | 'c4' | 'github';
  label: { zh: string; en: string };
  a: number;
  /** 10th–90th percentile interval (bootstrap), when printed. */
  aInterval: [number, number] | null;
  b: number;
  bInterval: [number, number] | null;
  source: string;
}

/**
 * Hoffmann et al. 2022 Table 2 (exponents a, b with 10th/90th percentiles from 100 bootstraps
 * on 80% of the data), its Kaplan row, and the Table A2 IsoFLOP rows for C4 and GitHub.
 * The Approach 3 interval (0.454, 0.455) excludes its own 0.46 and is implausibly narrow (Besiroglu 2024).
 */
export const APPROACH_EXPONENTS: readonly ApproachExponentRow[] = [
  {
    id: 'approach1',
    label: { en: '1. Minimum over training curves', zh: '1. 训练曲线的最小值' },
    a: 0.5,
    aInterval: [0.488, 0.502],
    b: 0.5,
    bInterval: [0.501, 0.512],
    source: 'Hoffmann et al. 2022, Table 2',
  },
  {
    id: 'approach2',
    label: { en: '2. IsoFLOP profiles', zh: '2. IsoFLOP 剖面' },
    a: 0.49,
    aInterval: [0.462, 0.534],
    b: 0.51,
    bInterval: [0.483, 0.529],
    source: 'Hoffmann et al. 2022, Table 2',
  },
  {
    id: 'approach3',
    label: { en: '3. Parametric modelling of the loss', zh: '3. 损失的参数化建模' },
    a: 0.46,
    aInterval: [0.454, 0.455],
    b: 0.54,
    bInterval: [0.542, 0.543],
    source: 'Hoffmann et al. 2022, Table 2',
  },
  {
    id: 'kaplan',
    label: { en: 'Kaplan et al. (2020)', zh: 'Kaplan 等（2020）' },
    a: 0.73,
    aInterval: null,
    b: 0.27,
    bInterval: null,
    source: 'Hoffmann et al. 2022, Table 2 (Kaplan row); Kaplan et al. 2020 Table 6',
  },
  {
    id: 'c4',
    label: { en: 'IsoFLOP on C4', zh: 'C4 上的 IsoFLOP' },
    a: 0.5,
    aInterval: null,
    b: 0.5,
    bInterval: null,
    source: 'Hoffmann et al. 2022, Table A2',
  },
  {
    id: 'github',
    label: { en: 'IsoFLOP on GitHub', zh: 'GitHub 上的 IsoFLOP' },
    a: 0.53,
    aInterval: null,
    b: 0.47,
    bInterval: null,
    source: 'Hoffmann et al. 2022, Table A2',
  },
];

/** One row of Hoffmann Table 3 (Approach 1) or Table A3 (Approaches 2 and 3). */
export interface OptimalTableRow {
  approach: 1 | 2 | 3;
  params: number;
  /** FLOPs as printed. */
  flops: number;
  /** Tokens as printed. */
  tokens: number;
  /** Table 3 only: FLOPs in units of the Gopher budget (5.76e23). */
  gopherUnits?: number;
  /** The printed FLOPs are a typo (A3, 175B: 1.26e24). */
  typo?: true;
  /** Corrected FLOPs where the printed value is a typo (6 × 175e9 × 12.0e12 = 1.26e25). */
  correctedFlops?: number;
  source: string;
}

const T3 = 'Hoffmann et al. 2022, Table 3';
const A3 = 'Hoffmann et al. 2022, Table A3';

/**
 * Compute-optimal FLOPs and tokens per model size: Hoffmann et al. 2022 Table 3 (Approach 1) and
 * Table A3 (Approaches 2 and 3), as printed. The A3 175B FLOPs are printed as 1.26e24: a typo
 * (6 × 175e9 × 12.0e12 = 1.26e25), kept with `typo: true` and `correctedFlops: 1.26e25`.
 */
export const OPTIMAL_TABLE: readonly OptimalTableRow[] = [
  { approach: 1, params: 400e6, flops: 1.92e19, gopherUnits: 1 / 29968, tokens: 8.0e9, source: T3 },
  { approach: 1, params: 1e9, flops: 1.21e20, gopherUnits: 1 / 4761, tokens: 20.2e9, source: T3 },
  { approach: 1, params: 10e9, flops: 1.23e22, gopherUnits: 1 / 46, tokens: 205.1e9, source: T3 },
  { approach: 1, params: 67e9, flops: 5.76e23, gopherUnits: 1, tokens: 1.5e12, source: T3 },
  { approach: 1, params: 175e9, flops: 3.85e24, gopherUnits: 6.7, tokens: 3.7e12, source: T3 },
  { approach: 1, params: 280e9, flops: 9.9e24, gopherUnits: 17.2, tokens: 5.9e12, source: T3 },
  { approach: 1, params: 520e9, flops: 3.43e25, gopherUnits: 59.5, tokens: 11.0e12, source: T3 },
  { approach: 1, params: 1e12, flops: 1.27e26, gopherUnits: 221.3, tokens: 21.2e12, source: T3 },
  { approach: 1, params: 10e12, flops: 1.3e28, gopherUnits: 22515.9, tokens: 216.2e12, source: T3 },
  { approach: 2, params: 400e6, flops: 1.84e19, tokens: 7.7e9, source: A3 },
  { approach: 2, params: 1e9, flops: 1.2e20, tokens: 20.0e9, source: A3 },
  { approach: 2, params: 10e9, flops: 1.32e22, tokens: 219.5e9, source: A3 },
  { approach: 2, params: 67e9, flops: 6.88e23, tokens: 1.7e12, source: A3 },
  { approach: 2, params: 175e9, flops: 4.54e24, tokens: 4.3e12, source: A3 },
  { approach: 2, params: 280e9, flops: 1.18e25, tokens: 7.1e12, source: A3 },
  { approach: 2, params: 520e9, flops: 4.19e25, tokens: 13.4e12, source: A3 },
  { approach: 2, params: 1e12, flops: 1.59e26, tokens: 26.5e12, source: A3 },
  { approach: 2, params: 10e12, flops: 1.75e28, tokens: 292.0e12, source: A3 },
  { approach: 3, params: 400e6, flops: 2.21e19, tokens: 9.2e9, source: A3 },
  { approach: 3, params: 1e9, flops: 1.62e20, tokens: 27.1e9, source: A3 },
  { approach: 3, params: 10e9, flops: 2.46e22, tokens: 410.1e9, source: A3 },
  { approach: 3, params: 67e9, flops: 1.71e24, tokens: 4.1e12, source: A3 },
  { approach: 3, params: 175e9, flops: 1.26e24, typo: true, correctedFlops: 1.26e25, tokens: 12.0e12, source: A3 },
  { approach: 3, params: 280e9, flops: 3.52e25, tokens: 20.1e12, source: A3 },
  { approach: 3, params: 520e9, flops: 1.36e26, tokens: 43.5e12, source: A3 },
  { approach: 3, params: 1e12, flops: 5.65e26, tokens: 94.1e12, source: A3 },
  { approach: 3, params: 10e12, flops: 8.55e28, tokens: 1425.5e12, source: A3 },
];

/**
 * Power laws N_opt(C) = k_N·C^a and D_opt(C) = k_D·C^b recomputed by log-log least squares through the
 * rows of Table 3 (approach 1) or Table A3 (approaches 2, 3), excluding the A3 175B typo row.
 * C in FLOPs, N in params, D in tokens.
 * Example: approachPowerLaw(1) → params exponent ≈ 0.50, tokens exponent ≈ 0.50 (Table 2 prints 0.50 / 0.50).
 */
export function approachPowerLaw(approach: 1 | 2 | 3): { params: PowerLawFit; tokens: PowerLawFit; rows: number } {
  if (approach !== 1 && approach !== 2 && approach !== 3) {
    throw new RangeError(`approach must be 1, 2 or 3, got ${String(approach)}.`);
  }
  const rows = OPTIMAL_TABLE.filter((r) => r.approach === approach && !r.typo);
  const flops = rows.map((r) => r.flops);
  return {
    params: powerLawFit(
      flops,
      rows.map((r) => r.params),
    ),
    tokens: powerLawFit(
      flops,
      rows.map((r) => r.tokens),
    ),
    rows: rows.length,
  };
}

// ---------------------------------------------------------------------------
// IsoFLOP profiles (Approach 2)
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Training curves and their lower envelope (Approach 1) — schematic
// ---------------------------------------------------------------------------

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
export function trainingCurves(
  p: ChinchillaParams,
  modelSizes: readonly number[],
  flopsGrid: readonly number[],
): TrainingCurve[] {
  checkChinchillaParams(p);
  flopsGrid.forEach((c, i) => requirePositive(`flopsGrid[${i}]`, c));
  return modelSizes.map((params, i) => {
    requirePositive(`modelSizes[${i}]`, params);
    return {
      params,
      points: flopsGrid.map((flops) => {
        const tokens = Math.exp(Math.log(flops) - Math.log(6) - Math.log(params));
        return { flops, tokens, loss: chinchillaLoss(p, params, tokens) };
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
      requirePositive('flops', pt.flops);
      requirePositive('tokens', pt.tokens);
      requireFinite('loss', pt.loss);
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

// ---------------------------------------------------------------------------
// Smaller-than-optimal models
// ---------------------------------------------------------------------------

/** Result of shrinkOverhead. */
export interface ShrinkOverhead {
  /** Whether any amount of data lets the smaller model reach the target loss. */
  feasible: boolean;
  /** The loss to match: L(N_opt, D_opt) at this budget (nats). */
  targetLoss: number;
  /** Compute-optimal params and tokens at the budget. */
  optimal: { params: number; tokens: number };
  /** Params of the smaller model, N_opt/k. */
  params: number;
  /** Tokens it needs to reach the target loss (Infinity when infeasible). */
  tokens: number;
  /** tokens / D_opt (Infinity when infeasible). */
  dataFactor: number;
  /** Compute of the smaller model relative to the budget, (N·D)/(N_opt·D_opt) — the overhead, ≥ 1. */
  computeFactor: number;
  /** computeFactor − 1: the extra compute as a fraction. */
  extraCompute: number;
}

/**
 * For a model k× smaller than compute-optimal at a FLOP budget: the tokens it needs to reach the same
 * loss as the compute-optimal model, the data factor, and the compute factor (the overhead, ≥ 1).
 * Solves E + A/(N/k)^α + B/D^β = L(N_opt, D_opt) for D (Hoffmann et al. 2022 eq 2; C = 6ND).
 * When E + A/(N_opt/k)^α ≥ target loss no amount of data compensates: `feasible: false`, infinite factors.
 * k > 0 (k < 1 means a larger model). Example: hoffmann2022, k = 2 at 5.76e23 FLOPs → 2.42× the data,
 * computeFactor 1.21 (21% more compute).
 */
export function shrinkOverhead(p: ChinchillaParams, k: number, flops: number): ShrinkOverhead {
  checkChinchillaParams(p);
  requirePositive('k', k);
  const optimal = computeOptimal(p, flops);
  const logParamTermOpt = Math.log(p.A) - p.alpha * Math.log(optimal.params);
  const logDataTermOpt = Math.log(p.B) - p.beta * Math.log(optimal.tokens);
  const reducible = Math.exp(logAddExp(logParamTermOpt, logDataTermOpt)); // target − E
  const targetLoss = p.E + reducible;
  const params = optimal.params / k;
  const newParamTerm = Math.exp(Math.log(p.A) - p.alpha * Math.log(params));
  const remaining = reducible - newParamTerm; // what B/D^β must equal
  if (!(remaining > 0)) {
    return {
      feasible: false,
      targetLoss,
      optimal,
      params,
      tokens: Infinity,
      dataFactor: Infinity,
      computeFactor: Infinity,
      extraCompute: Infinity,
    };
  }
  const logTokens = (Math.log(p.B) - Math.log(remaining)) / p.beta;
  const tokens = Math.exp(logTokens);
  const logDataFactor = logTokens - Math.log(optimal.tokens);
  const computeFactor = Math.exp(logDataFactor - Math.log(k));
  return {
    feasible: true,
    targetLoss,
    optimal,
    params,
    tokens,
    dataFactor: Math.exp(logDataFactor),
    computeFactor,
    extraCompute: computeFactor - 1,
  };
}

/**
 * The shrink factor k* beyond which a model N_opt/k can never reach the compute-optimal loss at this
 * budget: E + A/(N_opt/k*)^α = L(N_opt, D_opt). Under eq (4) it equals (1 + α/β)^(1/α) for every budget
 * (≈ 10.1 for hoffmann2022), because αA/N_opt^α = βB/D_opt^β at the optimum.
 * Example: hoffmann2022 at 5.76e23 FLOPs → 10.1.
 */
export function criticalShrinkFactor(p: ChinchillaParams, flops: number): number {
  checkChinchillaParams(p);
  const optimal = computeOptimal(p, flops);
  const logParamTermOpt = Math.log(p.A) - p.alpha * Math.log(optimal.params);
  const logDataTermOpt = Math.log(p.B) - p.beta * Math.log(optimal.tokens);
  const logReducible = logAddExp(logParamTermOpt, logDataTermOpt);
  // A/N*^α = reducible → ln N* = (ln A − ln reducible)/α; k* = N_opt/N*.
  return Math.exp(Math.log(optimal.params) - (Math.log(p.A) - logReducible) / p.alpha);
}

/**
 * Bilingual display name of a law key (short form). Example: lawName('besiroglu2024', 'en') → "Besiroglu 2024".
 */
export function lawName(key: LawKey, lang: Lang): string {
  const info = LAW_INFO[key];
  if (!info) throw new RangeError(`Unknown law "${String(key)}".`);
  return info.shortName[lang];
}
