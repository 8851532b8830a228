/**
 * Compute planning under several published allocation laws, side by side: for a FLOP budget, a model size or a
 * token count, the compute-optimal parameters N, tokens D and budget C of each law, with C = 6·N·D throughout.
 *
 * Every law here gives N_opt(C) as a power law N_opt = k·C^a (FLOPs → params); tokens follow from D = C/(6N),
 * so each law answers the three questions of a planner ("I have C FLOPs", "I want an N-parameter model",
 * "I have D tokens") consistently:
 *   - Chinchilla-form laws (Hoffmann et al. 2022 eq 4): k = G·6^(−a), a = β/(α+β);
 *   - Approaches 1 and 2 (Hoffmann Table 3 / Table A3): least-squares power laws through the printed rows;
 *   - Kaplan et al. 2020 Table 6: N_opt = 1.3e9·C_min^0.73 with C_min in PF-days; Kaplan's N is NON-EMBEDDING
 *     parameters and its compute non-embedding compute (facts.md §11 trap 5), so the answer is not comparable
 *     one-for-one with Chinchilla's all-parameter count. Tokens here are C/(6N) (b = 1 − 0.73 = 0.27, as in
 *     Hoffmann Table 2's Kaplan row), not Table 6's one-epoch D_opt = 2e10·C^0.27.
 * Units: C in FLOPs, N in parameters, D in tokens, loss in nats/token.
 */
import { allocationExponents, chinchillaLoss, computeOptimal, LAWS, type ChinchillaParams, type LawKey } from './chinchilla';
import { approachPowerLaw } from './chinchilla-tables';
import { KAPLAN_BREAKDOWN_POINT, kaplanLossFromCompute } from './kaplan';
import { KAPLAN_TABLE6 } from './kaplan-allocation';
import { PF_DAY_FLOPS } from './compute';
import { requirePositive } from './stats';

/** The laws a planner compares. */
export type PlannerLawKey = LawKey | 'approach1' | 'approach2' | 'kaplan';

/** All planner laws, in the order a table lists them. */
export const PLANNER_LAW_KEYS: readonly PlannerLawKey[] = ['hoffmann2022', 'hoffmann2022Rounded', 'besiroglu2024', 'approach1', 'approach2', 'kaplan'];

/** Bilingual names and sources of the planner laws. */
export const PLANNER_LAW_INFO: Record<PlannerLawKey, { source: string; nonEmbedding: boolean; predictsLoss: boolean }> = {
  hoffmann2022: {
    source: 'Hoffmann et al. 2022 eq (10) with the TeX-source constants (App. D.2), frontier eq (4)',
    nonEmbedding: false,
    predictsLoss: true,
  },
  hoffmann2022Rounded: {
    source: 'Hoffmann et al. 2022 eq (10) as printed (E 1.69, A 406.4, B 410.7, α 0.34, β 0.28), frontier eq (4)',
    nonEmbedding: false,
    predictsLoss: true,
  },
  besiroglu2024: {
    source: 'Besiroglu et al. 2024 (arXiv 2404.10102), headline refit (secondary-sourced)',
    nonEmbedding: false,
    predictsLoss: true,
  },
  approach1: {
    source: 'Power law through Hoffmann et al. 2022 Table 3 (Approach 1)',
    nonEmbedding: false,
    predictsLoss: false,
  },
  approach2: {
    source: 'Power law through Hoffmann et al. 2022 Table A3 (Approach 2)',
    nonEmbedding: false,
    predictsLoss: false,
  },
  kaplan: {
    source: 'Kaplan et al. 2020 Table 6 (N_opt = 1.3e9·C_min^0.73, C_min in PF-days; non-embedding N)',
    nonEmbedding: true,
    predictsLoss: true,
  },
};

/** N_opt(C) = exp(logCoefficient)·C^exponent, C in FLOPs, N in params. */
export interface AllocationPowerLaw {
  logCoefficient: number;
  exponent: number;
}

const cache = new Map<PlannerLawKey, AllocationPowerLaw>();

function isChinchillaKey(key: PlannerLawKey): key is LawKey {
  return key === 'hoffmann2022' || key === 'hoffmann2022Rounded' || key === 'besiroglu2024';
}

/**
 * The allocation of a planner law as a power law N_opt = k·C^a (C in FLOPs, N in params); throws RangeError for
 * an unknown key. Chinchilla-form laws: Hoffmann eq (4); approaches: fits through Table 3 / A3; Kaplan: Table 6.
 * Example: allocationPowerLaw('hoffmann2022').exponent → 0.4565; allocationPowerLaw('kaplan').exponent → 0.73.
 */
export function allocationPowerLaw(key: PlannerLawKey): AllocationPowerLaw {
  const hit = cache.get(key);
  if (hit) return hit;
  let law: AllocationPowerLaw;
  if (isChinchillaKey(key)) {
    const { a, G } = allocationExponents(LAWS[key]);
    law = { logCoefficient: Math.log(G) - a * Math.log(6), exponent: a };
  } else if (key === 'approach1' || key === 'approach2') {
    const fit = approachPowerLaw(key === 'approach1' ? 1 : 2).params;
    law = { logCoefficient: fit.logCoefficient, exponent: fit.exponent };
  } else if (key === 'kaplan') {
    const { coefficient, exponent } = KAPLAN_TABLE6.params;
    law = { logCoefficient: Math.log(coefficient) - exponent * Math.log(PF_DAY_FLOPS), exponent };
  } else {
    throw new RangeError(`Unknown planner law "${String(key)}". Known: ${PLANNER_LAW_KEYS.join(', ')}.`);
  }
  cache.set(key, law);
  return law;
}

/** One law's answer to a planning question. */
export interface Plan {
  law: PlannerLawKey;
  /** Training FLOPs C = 6·N·D. */
  flops: number;
  /** Compute-optimal parameters (non-embedding for Kaplan). */
  params: number;
  /** Training tokens D = C/(6N). */
  tokens: number;
  /** D/N. */
  tokensPerParameter: number;
  /**
   * Predicted final loss in nats/token, or null when the law predicts none (the approach power laws).
   * Chinchilla-form laws: L(N, D) of eq (2) on MassiveText. Kaplan: L(C_min) of eq (1.3) on WebText2 with the
   * budget read as C_min — a different dataset and tokenizer, so not comparable with the others.
   */
  loss: number | null;
}

function planAt(key: PlannerLawKey, logFlops: number): Plan {
  const law = allocationPowerLaw(key);
  let logParams = law.logCoefficient + law.exponent * logFlops;
  let logTokens = logFlops - Math.log(6) - logParams;
  const flops = Math.exp(logFlops);
  if (isChinchillaKey(key)) {
    // The engine's own closed form (identical to the power law above up to rounding).
    const opt = computeOptimal(LAWS[key], flops);
    logParams = Math.log(opt.params);
    logTokens = Math.log(opt.tokens);
  }
  const params = Math.exp(logParams);
  const tokens = Math.exp(logTokens);
  if (!(params > 0 && params < Infinity && tokens > 0 && tokens < Infinity && flops > 0 && flops < Infinity)) {
    throw new RangeError('This plan lies outside the range of double-precision numbers.');
  }
  let loss: number | null = null;
  if (isChinchillaKey(key)) loss = chinchillaLoss(LAWS[key] as ChinchillaParams, params, tokens);
  else if (key === 'kaplan') loss = kaplanLossFromCompute(flops / PF_DAY_FLOPS);
  return { law: key, flops, params, tokens, tokensPerParameter: Math.exp(logTokens - logParams), loss };
}

/**
 * Compute-optimal plan for a budget of `flops` FLOPs under one law: N_opt(C), D = C/(6N), loss.
 * Example: planForBudget('hoffmann2022', 5.76e23) → 4.04e10 params, 2.38e12 tokens, loss 1.918 nats
 * (Hoffmann Fig. 4 caption: "40B parameters" at the Gopher budget).
 */
export function planForBudget(key: PlannerLawKey, flops: number): Plan {
  requirePositive('flops', flops);
  return planAt(key, Math.log(flops));
}

/**
 * The budget at which an N-parameter model is compute-optimal under one law, and its tokens:
 * C = (N/k)^(1/a), D = C/(6N).
 * Example: planForParams('hoffmann2022', 7e9) → 1.24e22 FLOPs, 2.95e11 tokens (42 tokens per parameter).
 */
export function planForParams(key: PlannerLawKey, params: number): Plan {
  requirePositive('params', params);
  const law = allocationPowerLaw(key);
  return planAt(key, (Math.log(params) - law.logCoefficient) / law.exponent);
}

/**
 * The budget and model size for which D tokens are compute-optimal under one law: from D = C^(1−a)/(6k),
 * C = (6kD)^(1/(1−a)), N = k·C^a.
 * Example: planForTokens('hoffmann2022', 2e12) → 4.19e23 FLOPs, 3.49e10 params.
 */
export function planForTokens(key: PlannerLawKey, tokens: number): Plan {
  requirePositive('tokens', tokens);
  const law = allocationPowerLaw(key);
  return planAt(key, (Math.log(tokens) + Math.log(6) + law.logCoefficient) / (1 - law.exponent));
}

/** A planning question: a budget, a model size or a token count. */
export type PlanQuestion = { flops: number } | { params: number } | { tokens: number };

/**
 * Answers one planning question under every law in `keys` (default: all), in that order.
 * Example: planAllLaws({ flops: 5.76e23 }).map((p) => p.params) → 4.04e10, 3.22e10, 7.22e10, 6.78e10, 6.34e10, 8.0e11.
 */
export function planAllLaws(question: PlanQuestion, keys: readonly PlannerLawKey[] = PLANNER_LAW_KEYS): Plan[] {
  return keys.map((key) =>
    'flops' in question ? planForBudget(key, question.flops) : 'params' in question ? planForParams(key, question.params) : planForTokens(key, question.tokens),
  );
}

/**
 * The range of Hoffmann et al. 2022's IsoFLOP runs that the Chinchilla laws were fitted on:
 * budgets 6e18–3e21 FLOPs ("9 different training FLOP counts (ranging from 6 × 10^18 to 3 × 10^21 FLOPs)", §3.2)
 * and models of 70M to 16B parameters ("from 70 million to over 16 billion parameters", abstract).
 */
export const CHINCHILLA_FIT_RANGE: { flops: [number, number]; params: [number, number] } = {
  flops: [6e18, 3e21],
  params: [70e6, 16e9],
};

/**
 * Kaplan et al. 2020's fitted range: models "from 768 to 1.5 billion non-embedding parameters" (§3), and the
 * compute C* ∼ 1e4 PF-days (8.64e23 FLOPs) where its laws must break down (eq 6.8).
 */
export const KAPLAN_FIT_RANGE: { params: [number, number]; breakdownFlops: number } = {
  params: [768, 1.5e9],
  breakdownFlops: KAPLAN_BREAKDOWN_POINT.computePfDays * PF_DAY_FLOPS,
};

/**
 * How far a value lies outside [low, high], as a factor ≥ 1: 1 inside, value/high above, low/value below.
 * Example: extrapolationFactor(5.76e23, [6e18, 3e21]) → 192 (the Gopher budget is 192× the largest IsoFLOP budget).
 */
export function extrapolationFactor(value: number, range: readonly [number, number]): number {
  requirePositive('value', value);
  const [low, high] = range;
  if (value > high) return value / high;
  if (value < low) return low / value;
  return 1;
}
