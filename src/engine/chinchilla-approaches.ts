/**
 * The three Chinchilla approaches side by side, for the figures of the Chinchilla chapter: IsoFLOP profiles with
 * their fitted parabolas (Approach 2), the lower envelope of training curves read as steps (Approach 1),
 * compute-optimal allocations from each approach, from Kaplan et al. 2020 and from Besiroglu et al. 2024,
 * and a comparison of the printed exponents a, b with the engine's recomputation.
 *
 * Sources: Hoffmann et al. 2022 (arXiv 2203.15556) Tables 2, 3, A3, eq (4), §3.1–3.2; Kaplan et al. 2020
 * (arXiv 2001.08361) Table 6; Besiroglu et al. 2024 (arXiv 2404.10102); DeepSeek-AI 2024 (arXiv 2401.02954) Table 4, eq (4).
 * Units: C in FLOPs, N in parameters, D in tokens, loss in nats/token. Pure functions; no DOM.
 */
import { APPROACH_EXPONENTS, approachPowerLaw, optimalTablePowerLaw, type TypoTreatment } from './chinchilla-tables';
import { LAWS, allocationExponents, checkChinchillaParams, chinchillaLoss, computeOptimal, type ChinchillaParams, type LawKey } from './chinchilla';
import { fitIsoflopParabola, isoflopProfile, type IsoflopPoint } from './isoflop';
import { DEEPSEEK_ALLOCATION } from './hyperparameters';
import { KAPLAN_TABLE6 } from './kaplan-allocation';
import { flopsToPfDays } from './compute';
import { evaluatePowerLaw, logSpace, requirePositive, requirePositiveInteger, type PowerLawFit } from './stats';

// ---------------------------------------------------------------------------
// Approach 2: IsoFLOP profiles and their parabolas
// ---------------------------------------------------------------------------

/** One budget's IsoFLOP profile, its fitted parabola and the closed-form optimum, ready to draw. */
export interface IsoflopCurve {
  flops: number;
  /** The model sizes that were "trained" (the law evaluated), with D = C/(6N). */
  profile: IsoflopPoint[];
  /** The fitted parabola loss = c0 + c1·log10 N + c2·(log10 N)², sampled over the same span. */
  parabola: Array<{ params: number; loss: number }>;
  /** Vertex of the parabola (the Approach 2 estimate of N_opt) and its loss. */
  minimum: { params: number; tokens: number; loss: number };
  /** N_opt, D_opt of eq (4) for the same law and budget, and the law's loss there. */
  closedForm: { params: number; tokens: number; loss: number };
}

/**
 * IsoFLOP profiles as Hoffmann et al. 2022 §3.2 (Fig. 3) draw them: for each budget C (FLOPs), `pointsPerBudget`
 * model sizes evenly spaced in log10 N over ±`spanDecades` around the closed-form optimum (the same grid that
 * isoflopMinimaPowerLaw uses by default), the loss of each under the law with D = C/(6N), the parabola in log10 N
 * fitted through them (fitIsoflopParabola) sampled at `curvePoints` sizes, and its vertex.
 * Example: hoffmann2022, [1e21] → vertex at 2.29e9 params (closed form 2.22e9), loss 2.295 nats.
 */
export function isoflopCurves(
  p: ChinchillaParams,
  budgets: readonly number[],
  options: { pointsPerBudget?: number; spanDecades?: number; curvePoints?: number } = {},
): IsoflopCurve[] {
  checkChinchillaParams(p);
  const count = options.pointsPerBudget ?? 15;
  if (!Number.isInteger(count) || count < 3) throw new RangeError('pointsPerBudget must be a whole number ≥ 3.');
  const span = requirePositive('spanDecades', options.spanDecades ?? 1);
  const curvePoints = requirePositiveInteger('curvePoints', options.curvePoints ?? 25);
  if (curvePoints < 2) throw new RangeError('curvePoints must be at least 2.');
  return budgets.map((flops, i) => {
    requirePositive(`budgets[${i}]`, flops);
    const optimum = computeOptimal(p, flops);
    const closedForm = { ...optimum, loss: chinchillaLoss(p, optimum.params, optimum.tokens) };
    const centre = Math.log10(closedForm.params);
    // Same grid as isoflopMinimaPowerLaw, so the vertex drawn is the one fitted there.
    const grid = Array.from({ length: count }, (_, j) => 10 ** (centre - span + (2 * span * j) / (count - 1)));
    const profile = isoflopProfile(p, flops, grid);
    const fit = fitIsoflopParabola(profile);
    const [c0, c1, c2] = fit.coefficients;
    const parabola = logSpace(grid[0], grid[grid.length - 1], curvePoints).map((params) => {
      const x = Math.log10(params);
      return { params, loss: c0 + c1 * x + c2 * x * x };
    });
    const params = fit.minimumParams;
    return {
      flops,
      profile,
      parabola,
      minimum: { params, tokens: Math.exp(Math.log(flops) - Math.log(6) - Math.log(params)), loss: fit.minimumLoss },
      closedForm,
    };
  });
}

// ---------------------------------------------------------------------------
// Approach 1: the lower envelope read as steps
// ---------------------------------------------------------------------------

/** A run of consecutive envelope points won by the same model size. */
export interface EnvelopeStep {
  params: number;
  fromFlops: number;
  toFlops: number;
  fromTokens: number;
  toTokens: number;
  fromLoss: number;
  toLoss: number;
}

/**
 * Groups the points of a lower envelope (lowerEnvelope(...).points, sorted by FLOPs) into steps: consecutive
 * FLOP values at which the same model size is best. With a handful of model sizes N_opt(C) is a staircase
 * (Hoffmann et al. 2022 §3.1 fit their power law through such per-FLOP minima). FLOPs, params, tokens, nats.
 * Example: three points won by 1e8, 1e8, 1e9 params → two steps, [1e8 from C0 to C1], [1e9 at C2].
 */
export function envelopeSteps(points: ReadonlyArray<{ flops: number; params: number; tokens: number; loss: number }>): EnvelopeStep[] {
  const steps: EnvelopeStep[] = [];
  for (const pt of points) {
    requirePositive('flops', pt.flops);
    requirePositive('params', pt.params);
    const last = steps[steps.length - 1];
    if (last && last.params === pt.params) {
      last.toFlops = pt.flops;
      last.toTokens = pt.tokens;
      last.toLoss = pt.loss;
    } else {
      steps.push({
        params: pt.params,
        fromFlops: pt.flops,
        toFlops: pt.flops,
        fromTokens: pt.tokens,
        toTokens: pt.tokens,
        fromLoss: pt.loss,
        toLoss: pt.loss,
      });
    }
  }
  return steps;
}

// ---------------------------------------------------------------------------
// Compute-optimal allocations from every source
// ---------------------------------------------------------------------------

/** Where an allocation N_opt(C), D_opt(C) comes from. */
export type AllocationSource = LawKey | 'approach1' | 'approach2' | 'approach3Table' | 'kaplan';

const tableFits = new Map<1 | 2 | 3, { params: PowerLawFit; tokens: PowerLawFit }>();
function tableFit(approach: 1 | 2 | 3) {
  let fit = tableFits.get(approach);
  if (!fit) {
    fit = approachPowerLaw(approach);
    tableFits.set(approach, fit);
  }
  return fit;
}

/**
 * Compute-optimal parameters and tokens for a budget C (FLOPs) from one source:
 * - a law key (hoffmann2022, hoffmann2022Rounded, besiroglu2024): the closed form of eq (4);
 * - 'approach1', 'approach2', 'approach3Table': the power laws fitted by log-log least squares through the rows
 *   of Hoffmann Table 3 / Table A3 (approachPowerLaw; the A3 175B typo row left out);
 * - 'kaplan': Kaplan et al. 2020 Table 6, N_opt = 1.3e9·C^0.73 and D_opt = 2e10·C^0.27 with C in PF-days
 *   (C converted from FLOPs, 1 PF-day = 8.64e19). Kaplan's N is NON-EMBEDDING parameters and his C is C_min, so
 *   placing it on a total-parameter, total-FLOP axis (as Hoffmann Fig. 1 does) is an approximation.
 * Example: optimalAllocationFrom('approach1', 5.76e23).params → 6.8e10 (Table 3 prints 67B at 5.76e23);
 * optimalAllocationFrom('kaplan', 5.76e23).params → 8.0e11.
 */
export function optimalAllocationFrom(source: AllocationSource, flops: number): { params: number; tokens: number } {
  requirePositive('flops', flops);
  switch (source) {
    case 'hoffmann2022':
    case 'hoffmann2022Rounded':
    case 'besiroglu2024':
      return computeOptimal(LAWS[source], flops);
    case 'approach1':
    case 'approach2':
    case 'approach3Table': {
      const fit = tableFit(source === 'approach1' ? 1 : source === 'approach2' ? 2 : 3);
      return { params: evaluatePowerLaw(fit.params, flops), tokens: evaluatePowerLaw(fit.tokens, flops) };
    }
    case 'kaplan': {
      const pfDays = flopsToPfDays(flops);
      const lnC = Math.log(pfDays);
      const t = KAPLAN_TABLE6;
      return {
        params: Math.exp(Math.log(t.params.coefficient) + t.params.exponent * lnC),
        tokens: Math.exp(Math.log(t.tokens.coefficient) + t.tokens.exponent * lnC),
      };
    }
    default:
      throw new RangeError(`Unknown allocation source "${String(source)}".`);
  }
}

// ---------------------------------------------------------------------------
// Table A3 with and without its typo
// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// Printed exponents next to the engine's recomputation
// ---------------------------------------------------------------------------

/** Row keys of DeepSeek-AI 2024 Table 4 (its data sets), in printed order; src/figures/lib/laws.ts words them. */
export type DeepseekTable4Id = 'openai' | 'chinchilla' | 'early' | 'current' | 'openwebtext2';

/**
 * DeepSeek-AI 2024 (arXiv 2401.02954) Table 4: exponents a (model scale; DeepSeek's own rows use M, non-embedding
 * FLOPs per token, instead of N) and b (tokens) in M_opt/N_opt ∝ C^a, D_opt ∝ C^b, as printed.
 */
export const DEEPSEEK_TABLE4: ReadonlyArray<{ id: DeepseekTable4Id; a: number; b: number }> = [
  { id: 'openai', a: 0.73, b: 0.27 },
  { id: 'chinchilla', a: 0.49, b: 0.51 },
  { id: 'early', a: 0.45, b: 0.55 },
  { id: 'current', a: 0.524, b: 0.476 },
  { id: 'openwebtext2', a: 0.578, b: 0.422 },
];

/** One row of the exponent comparison: what a paper printed and what the engine recomputes. */
export interface ExponentComparisonRow {
  id: 'approach1' | 'approach2' | 'approach3' | 'approach3Rounded' | 'approach3Unrounded' | 'besiroglu2024' | 'kaplan' | 'deepseek';
  /** As printed, with the 10th–90th percentile interval when the paper gives one; null when nothing is printed (b is
   * null when only a is printed). */
  printed: { a: number; b: number | null; aInterval: [number, number] | null; bInterval: [number, number] | null; source: string } | null;
  /** The engine's value; `rows` is the number of table rows fitted, for the log-log fits through Table 3 / A3. */
  recomputed: { a: number; b: number; rows?: number };
}

function printedRow(id: 'approach1' | 'approach2' | 'approach3' | 'kaplan') {
  const r = APPROACH_EXPONENTS.find((x) => x.id === id)!;
  return { a: r.a, b: r.b, aInterval: r.aInterval, bInterval: r.bInterval, source: r.source };
}

/**
 * The exponents a (N_opt ∝ C^a) and b (D_opt ∝ C^b) as printed in Hoffmann et al. 2022 Table 2 (with their
 * 10th/90th percentiles), by Epoch (Besiroglu et al. 2024) and DeepSeek Table 4, next to the engine's
 * recomputation: log-log regression through Table 3 / Table A3 rows for Approaches 1–3 (`typo` says what to do with
 * the A3 175B row), the closed form of eq (4) with the rounded eq-10 constants (0.4516) and the unrounded TeX
 * constants (0.4565), Epoch's refit (0.5126), Kaplan Table 6 (0.73) and DeepSeek eq (4) (0.5243).
 * Example: approachExponentComparison()[0] → Approach 1, printed a 0.50 (0.488, 0.502), recomputed 0.4981.
 */
export function approachExponentComparison(typo: TypoTreatment = 'exclude'): ExponentComparisonRow[] {
  const table = (approach: 1 | 2 | 3, t: TypoTreatment) => {
    const fit = optimalTablePowerLaw(approach, t);
    return { a: fit.params.exponent, b: fit.tokens.exponent, rows: fit.rows };
  };
  const t1 = table(1, 'exclude');
  const t2 = table(2, 'exclude');
  const t3 = table(3, typo);
  const rounded = allocationExponents(LAWS.hoffmann2022Rounded);
  const unrounded = allocationExponents(LAWS.hoffmann2022);
  const epoch = allocationExponents(LAWS.besiroglu2024);
  return [
    {
      id: 'approach1',
      printed: printedRow('approach1'),
      recomputed: { a: t1.a, b: t1.b, rows: t1.rows },
    },
    {
      id: 'approach2',
      printed: printedRow('approach2'),
      recomputed: { a: t2.a, b: t2.b, rows: t2.rows },
    },
    {
      id: 'approach3',
      printed: printedRow('approach3'),
      recomputed: { a: t3.a, b: t3.b, rows: t3.rows },
    },
    {
      id: 'approach3Rounded',
      printed: null,
      recomputed: { a: rounded.a, b: rounded.b },
    },
    {
      id: 'approach3Unrounded',
      printed: null,
      recomputed: { a: unrounded.a, b: unrounded.b },
    },
    {
      id: 'besiroglu2024',
      printed: { a: 0.513, b: null, aInterval: null, bInterval: null, source: 'epoch-research/analyzing-chinchilla notebook: a = 0.513 (SE 0.020)' },
      recomputed: { a: epoch.a, b: epoch.b },
    },
    {
      id: 'kaplan',
      printed: printedRow('kaplan'),
      recomputed: { a: KAPLAN_TABLE6.params.exponent, b: KAPLAN_TABLE6.tokens.exponent },
    },
    {
      id: 'deepseek',
      printed: { a: 0.524, b: 0.476, aInterval: null, bInterval: null, source: 'DeepSeek-AI 2024, Table 4' },
      recomputed: { a: DEEPSEEK_ALLOCATION.modelScale.exponent, b: DEEPSEEK_ALLOCATION.tokens.exponent },
    },
  ];
}

// ---------------------------------------------------------------------------
// Iso-compute lines on the N–D plane
// ---------------------------------------------------------------------------

/**
 * The part of the iso-compute line D = C/(6N) (C in FLOPs; Kaplan et al. 2020 §2.1, Hoffmann et al. 2022 §3.3) that
 * lies inside the box paramsRange × tokensRange, as its two end points, or null when the line misses the box.
 * On log-log axes the line is straight with slope −1.
 * Example: isoComputeSegment(5.88e23, [1e9, 1e12], [1e11, 1e13]) → from (9.8e9 params, 1e13 tokens) to
 * (9.8e11 params, 1e11 tokens).
 */
export function isoComputeSegment(
  flops: number,
  paramsRange: readonly [number, number],
  tokensRange: readonly [number, number],
): [{ params: number; tokens: number }, { params: number; tokens: number }] | null {
  requirePositive('flops', flops);
  for (const [name, r] of [
    ['paramsRange', paramsRange],
    ['tokensRange', tokensRange],
  ] as const) {
    requirePositive(`${name}[0]`, r[0]);
    requirePositive(`${name}[1]`, r[1]);
    if (!(r[1] > r[0])) throw new RangeError(`${name} must have low < high.`);
  }
  const product = flops / 6; // N·D along the line
  const lo = Math.max(paramsRange[0], product / tokensRange[1]);
  const hi = Math.min(paramsRange[1], product / tokensRange[0]);
  if (!(hi > lo)) return null;
  return [
    { params: lo, tokens: product / lo },
    { params: hi, tokens: product / hi },
  ];
}
