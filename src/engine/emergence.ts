/**
 * Emergent abilities: Wei et al. 2022 (arXiv 2206.07682) Table 1, and the "mirage" argument of
 * Schaeffer, Miranda, Koyejo 2023 (arXiv 2304.15004): a smooth per-token loss looks like a sudden jump
 * under a metric such as exact match over many tokens.
 * Units: per-token loss in nats; answer length L in tokens; accuracy as a fraction in [0, 1].
 */
import { median } from 'd3-array';
import { requireFinite, requireInRange, requireNonNegative, requirePositive } from './stats';

/**
 * Probability that one token is right given a per-token cross-entropy, p = exp(−loss) (loss ≥ 0, nats).
 * Schaeffer et al. 2023 §2 (Fig. 2B).
 * Example: 0.1 nats → 0.905.
 */
export function perTokenCorrectProbability(perTokenLoss: number): number {
  requireNonNegative('perTokenLoss', perTokenLoss);
  return Math.exp(-perTokenLoss);
}

/**
 * Exact-match accuracy of an L-token answer with independent tokens, exp(−loss)^L = exp(−L·loss),
 * computed in log space (no underflow of the intermediate power). Schaeffer et al. 2023 §2 (Fig. 2C);
 * App. A eq (17) writes (1 − ε)^L. Loss ≥ 0 in nats, answerTokens > 0 (usually a whole number).
 * Example: 0.1 nats per token, 5-token answer → 0.607; 1 token → 0.905.
 */
export function exactMatchAccuracy(perTokenLoss: number, answerTokens: number): number {
  requireNonNegative('perTokenLoss', perTokenLoss);
  requirePositive('answerTokens', answerTokens);
  return Math.exp(-answerTokens * perTokenLoss);
}

/**
 * Expected token edit distance of an L-token answer, L·(1 − exp(−loss)) (tokens): the linear metric that
 * improves smoothly. Schaeffer et al. 2023 §2 (Fig. 2E). Uses expm1 so tiny losses stay accurate.
 * (App. A.2 prints L(1 − ε), inconsistent with ε being the error probability; the main text form is used.)
 * Example: 0.1 nats per token, 5 tokens → 0.476 tokens wrong.
 */
export function tokenEditDistance(perTokenLoss: number, answerTokens: number): number {
  requireNonNegative('perTokenLoss', perTokenLoss);
  requirePositive('answerTokens', answerTokens);
  return -answerTokens * Math.expm1(-perTokenLoss);
}

/**
 * Smallest non-zero accuracy a test set can show: 1/(number of test items) (fraction).
 * Schaeffer et al. 2023 §2 ("resolution set by 1/test dataset size").
 * Example: 100 test items → 0.01; an accuracy below that reads as 0.
 */
export function metricResolution(testItems: number): number {
  requirePositive('testItems', testItems);
  return 1 / testItems;
}

/**
 * Schaeffer's assumed per-token loss law L_CE(N) = (N/c)^α in nats, with c > 0 (params) and α < 0
 * (their sign convention: the loss falls with N). Schaeffer et al. 2023 §2 (Fig. 2A).
 * Example: N = 1e9, c = 1e4, α = −0.1 → 0.316 nats.
 */
export function schaefferLoss(params: number, c: number, alpha: number): number {
  requirePositive('params', params);
  requirePositive('c', c);
  requireFinite('alpha', alpha);
  if (!(alpha < 0)) throw new RangeError(`alpha must be negative in Schaeffer's convention (N/c)^α, got ${alpha}.`);
  return Math.exp(alpha * (Math.log(params) - Math.log(c)));
}

/** One point of the mirage figure. */
export interface MiragePoint {
  params: number;
  /** Per-token loss, nats. */
  loss: number;
  /** Exact match over the whole answer, in [0, 1]. */
  accuracy: number;
  /** Expected number of wrong tokens in the answer. */
  editDistance: number;
}

/**
 * The mirage in one call: for each model size, the per-token loss (N/c)^α, the exact-match accuracy of an
 * L-token answer (sharp, "emergent"-looking) and the token edit distance (smooth). Schaeffer et al. 2023 Fig. 2.
 * Example: c = 1e4, α = −0.1, L = 5 at N = 1e9 → loss 0.316, accuracy 0.206, edit distance 1.36 tokens.
 */
export function mirageCurves(paramsGrid: readonly number[], options: { c: number; alpha: number; answerTokens: number }): MiragePoint[] {
  return paramsGrid.map((params) => {
    const loss = schaefferLoss(params, options.c, options.alpha);
    return {
      params,
      loss,
      accuracy: exactMatchAccuracy(loss, options.answerTokens),
      editDistance: tokenEditDistance(loss, options.answerTokens),
    };
  });
}

/**
 * Schaeffer et al. 2023 eq (1) "emergence score" of a metric over increasing scales:
 * sign(argmax − argmin)·(max − min)/sqrt(median of squared successive differences). Needs ≥ 2 values;
 * throws RangeError when the median squared step is 0 (the score is undefined).
 * Example: [0, 0.1, 0.2, 1] → 1/sqrt(0.01) = 10; [0, 0, 0, 1] throws (median squared step 0).
 */
export function emergenceScore(values: readonly number[]): number {
  if (values.length < 2) throw new RangeError('emergenceScore needs at least two values.');
  values.forEach((v, i) => requireFinite(`values[${i}]`, v));
  let iMax = 0;
  let iMin = 0;
  values.forEach((v, i) => {
    if (v > values[iMax]) iMax = i;
    if (v < values[iMin]) iMin = i;
  });
  const squaredSteps = values.slice(1).map((v, i) => (v - values[i]) ** 2);
  const med = median(squaredSteps) as number;
  if (!(med > 0)) throw new RangeError('The emergence score is undefined when the median squared step is 0.');
  return (Math.sign(iMax - iMin) * (values[iMax] - values[iMin])) / Math.sqrt(med);
}

/** One row of Wei et al. 2022 Table 1. */
export interface WeiAbility {
  group: 'few-shot' | 'augmented';
  ability: string;
  /** Training FLOPs at which the ability emerges; null for "Many". */
  flops: number | null;
  /** Parameters at emergence; null for "Many". */
  params: number | null;
  model: string;
  reference: string;
  /** The model/reference cell is blank in the table and carries over from the row above. */
  inherited?: true;
}

/**
 * Wei et al. 2022 Table 1, all 23 rows as printed (10 few-shot prompting, 13 augmented prompting):
 * the scale (training FLOPs, parameters) at which each ability emerges. Note that Wei puts both
 * Chinchilla 70B and Gopher 280B at 5.0E+23 FLOPs (Hoffmann: 5.76e23) and GPT-3 at 3.1E+23 (Brown: 3.14e23).
 */
export const WEI_TABLE1: readonly WeiAbility[] = [
  { group: 'few-shot', ability: 'Addition/subtraction (3 digit)', flops: 2.3e22, params: 13e9, model: 'GPT-3', reference: 'Brown et al. (2020)' },
  { group: 'few-shot', ability: 'Addition/subtraction (4-5 digit)', flops: 3.1e23, params: 175e9, model: 'GPT-3', reference: 'Brown et al. (2020)', inherited: true },
  { group: 'few-shot', ability: 'MMLU Benchmark (57 topic avg.)', flops: 3.1e23, params: 175e9, model: 'GPT-3', reference: 'Hendrycks et al. (2021a)' },
  { group: 'few-shot', ability: 'Toxicity classification (CivilComments)', flops: 1.3e22, params: 7.1e9, model: 'Gopher', reference: 'Rae et al. (2021)' },
  { group: 'few-shot', ability: 'Truthfulness (Truthful QA)', flops: 5.0e23, params: 280e9, model: 'Gopher', reference: 'Rae et al. (2021)', inherited: true },
  { group: 'few-shot', ability: 'MMLU Benchmark (26 topics)', flops: 5.0e23, params: 280e9, model: 'Gopher', reference: 'Rae et al. (2021)', inherited: true },
  { group: 'few-shot', ability: 'Grounded conceptual mappings', flops: 3.1e23, params: 175e9, model: 'GPT-3', reference: 'Patel & Pavlick (2022)' },
  { group: 'few-shot', ability: 'MMLU Benchmark (30 topics)', flops: 5.0e23, params: 70e9, model: 'Chinchilla', reference: 'Hoffmann et al. (2022)' },
  { group: 'few-shot', ability: 'Word in Context (WiC) benchmark', flops: 2.5e24, params: 540e9, model: 'PaLM', reference: 'Chowdhery et al. (2022)' },
  { group: 'few-shot', ability: 'Many BIG-Bench tasks (see Appendix E)', flops: null, params: null, model: 'Many', reference: 'BIG-Bench (2022)' },
  { group: 'augmented', ability: 'Instruction following (finetuning)', flops: 1.3e23, params: 68e9, model: 'FLAN', reference: 'Wei et al. (2022a)' },
  { group: 'augmented', ability: 'Scratchpad: 8-digit addition (finetuning)', flops: 8.9e19, params: 40e6, model: 'LaMDA', reference: 'Nye et al. (2021)' },
  { group: 'augmented', ability: 'Using open-book knowledge for fact checking', flops: 1.3e22, params: 7.1e9, model: 'Gopher', reference: 'Rae et al. (2021)' },
  { group: 'augmented', ability: 'Chain-of-thought: Math word problems', flops: 1.3e23, params: 68e9, model: 'LaMDA', reference: 'Wei et al. (2022b)' },
  { group: 'augmented', ability: 'Chain-of-thought: StrategyQA', flops: 2.9e23, params: 62e9, model: 'PaLM', reference: 'Chowdhery et al. (2022)' },
  { group: 'augmented', ability: 'Differentiable search index', flops: 3.3e22, params: 11e9, model: 'T5', reference: 'Tay et al. (2022b)' },
  { group: 'augmented', ability: 'Self-consistency decoding', flops: 1.3e23, params: 68e9, model: 'LaMDA', reference: 'Wang et al. (2022b)' },
  { group: 'augmented', ability: 'Leveraging explanations in prompting', flops: 5.0e23, params: 280e9, model: 'Gopher', reference: 'Lampinen et al. (2022)' },
  { group: 'augmented', ability: 'Least-to-most prompting', flops: 3.1e23, params: 175e9, model: 'GPT-3', reference: 'Zhou et al. (2022)' },
  { group: 'augmented', ability: 'Zero-shot chain-of-thought reasoning', flops: 3.1e23, params: 175e9, model: 'GPT-3', reference: 'Kojima et al. (2022)' },
  { group: 'augmented', ability: 'Calibration via P(True)', flops: 2.6e23, params: 52e9, model: 'Anthropic', reference: 'Kadavath et al. (2022)' },
  { group: 'augmented', ability: 'Multilingual chain-of-thought reasoning', flops: 2.9e23, params: 62e9, model: 'PaLM', reference: 'Shi et al. (2022)' },
  { group: 'augmented', ability: 'Ask me anything prompting', flops: 1.4e22, params: 6e9, model: 'EleutherAI', reference: 'Arora et al. (2022)' },
];

/** Options of the schematic emergence curve. */
export interface EmergentCurveOptions {
  /** FLOPs at the midpoint of the rise. */
  thresholdFlops: number;
  /** Score at small scale (e.g. 0.25 for 4-way multiple choice). Default 0. */
  chance?: number;
  /** Score at large scale. Default 1. */
  ceiling?: number;
  /** Steepness per decade of FLOPs (logistic slope in log10 C). Default 4. */
  sharpness?: number;
}

/**
 * SCHEMATIC emergence curve (not the paper's data): a logistic step in log10 FLOPs from a chance level
 * to a ceiling, score = chance + (ceiling − chance)/(1 + e^(−sharpness·(log10 C − log10 C_threshold))).
 * Used to place Wei et al. 2022 Table 1 thresholds on a plot; the shape is illustrative.
 * Example: threshold 3.1e23, chance 0.25, ceiling 0.75 at C = 3.1e23 → 0.5; at 3.1e21 → 0.25.
 */
export function emergentCurveSchematic(flops: number, options: EmergentCurveOptions): number {
  requirePositive('flops', flops);
  requirePositive('thresholdFlops', options.thresholdFlops);
  const chance = requireInRange('chance', options.chance ?? 0, 0, 1);
  const ceiling = requireInRange('ceiling', options.ceiling ?? 1, 0, 1);
  const sharpness = requirePositive('sharpness', options.sharpness ?? 4);
  const t = sharpness * (Math.log10(flops) - Math.log10(options.thresholdFlops));
  // Logistic computed without overflow for large |t|.
  const logistic = t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
  return chance + (ceiling - chance) * logistic;
}
