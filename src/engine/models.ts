/**
 * Real models with their parameters, training tokens and training compute (facts.md §9).
 * Only primary-sourced (P) parameter and token counts are listed. Compute is the printed figure when a
 * primary source prints one (`flopsStatus: 'P'`), otherwise 6·N·D (`flopsStatus: 'D'`).
 */
import type { SourceStatus } from './provenance';
import { requirePositive, requirePositiveInteger } from './stats';

/** One model in the catalogue. */
export interface ModelEntry {
  id: string;
  name: string;
  organisation: string;
  /** Parameters (for a mixture-of-experts model: ACTIVATED parameters per token). */
  params: number;
  /** Total parameters of a mixture-of-experts model. */
  totalParams?: number;
  /** Training tokens. */
  tokens: number;
  /** Training FLOPs: printed (P) or derived as 6·params·tokens (D). */
  flops: number;
  flopsStatus: 'P' | 'D';
  source: string;
  status: SourceStatus;
  note?: string;
  /**
   * The same model's rows in the Observational Scaling Laws release (Ruan, Maddison & Hashimoto 2024), by their Hugging
   * Face names. A figure that draws both sources draws it once, from this entry: its numbers are read from the model's
   * own paper, the release's metadata columns are a compilation (for Llama 3 405B the release gives 15T tokens where the
   * paper gives 15.6T). Llama 3 8B and 70B stand for both the April 2024 checkpoints (Meta-Llama-3-*) and the Llama 3.1
   * ones: same N and D in the release, and the entry's source cites both the Llama 3 paper and the model card.
   */
  obsScalingIds?: readonly string[];
}

const sixND = (n: number, d: number) => 6 * n * d;

function derived(entry: Omit<ModelEntry, 'flops' | 'flopsStatus'>): ModelEntry {
  return { ...entry, flops: sixND(entry.params, entry.tokens), flopsStatus: 'D' };
}

/**
 * The model catalogue (facts.md §9). Params and tokens are primary (P). FLOPs are printed (P) for GPT-3
 * (3.14e23, Brown et al. Table D.1), Gopher (5.76e23, Hoffmann Table 3) and Llama 3 405B (3.8e25, Llama 3
 * paper §1); 6ND (D) elsewhere. DeepSeek-V3 is listed with its 37B ACTIVATED params (671B total).
 */
export const MODELS: readonly ModelEntry[] = [
  {
    id: 'gpt-3',
    name: 'GPT-3 175B',
    organisation: 'OpenAI',
    params: 175e9,
    tokens: 300e9,
    flops: 3.14e23,
    flopsStatus: 'P',
    source: 'Brown et al. 2020, Table D.1 (3.64e3 PF-days); Hoffmann et al. 2022 Table 1',
    status: 'P',
  },
  derived({
    id: 'lamda',
    name: 'LaMDA 137B',
    organisation: 'Google',
    params: 137e9,
    tokens: 168e9,
    source: 'Hoffmann et al. 2022, Table 1',
    status: 'P',
  }),
  derived({
    id: 'jurassic-1',
    name: 'Jurassic-1 178B',
    organisation: 'AI21 Labs',
    params: 178e9,
    tokens: 300e9,
    source: 'Hoffmann et al. 2022, Table 1 ("Jurassic")',
    status: 'P',
  }),
  {
    id: 'gopher',
    name: 'Gopher 280B',
    organisation: 'DeepMind',
    params: 280e9,
    tokens: 300e9,
    flops: 5.76e23,
    flopsStatus: 'P',
    source: 'Hoffmann et al. 2022, Table 1 and Table 3 ("Gopher unit" 5.76e23)',
    status: 'P',
    note: 'Hoffmann App. F recounts 6.3e23; 6ND gives 5.04e23.',
  },
  derived({
    id: 'mt-nlg',
    name: 'MT-NLG 530B',
    organisation: 'Microsoft / NVIDIA',
    params: 530e9,
    tokens: 270e9,
    source: 'Hoffmann et al. 2022, Table 1',
    status: 'P',
  }),
  derived({
    id: 'chinchilla',
    name: 'Chinchilla 70B',
    organisation: 'DeepMind',
    params: 70e9,
    tokens: 1.4e12,
    source: 'Hoffmann et al. 2022, Table 1 and §4',
    status: 'P',
    note: 'Trained with "the same number of FLOPs" as Gopher (5.76e23); 6ND gives 5.88e23.',
  }),
  derived({
    id: 'palm-540b',
    name: 'PaLM 540B',
    organisation: 'Google',
    params: 540e9,
    tokens: 780e9,
    source: 'Chowdhery et al. 2022, §1 and §4',
    status: 'P',
    note: 'The 2.56e24 FLOPs quoted elsewhere is secondary; Wei et al. Table 1 uses 2.5e24.',
  }),
  derived({
    id: 'llama-7b',
    name: 'LLaMA 7B',
    organisation: 'Meta',
    params: 6.7e9,
    tokens: 1.0e12,
    source: 'Touvron et al. 2023a, Table 2',
    status: 'P',
    obsScalingIds: ['huggyllama/llama-7b'],
  }),
  derived({
    id: 'llama-13b',
    name: 'LLaMA 13B',
    organisation: 'Meta',
    params: 13.0e9,
    tokens: 1.0e12,
    source: 'Touvron et al. 2023a, Table 2',
    status: 'P',
    obsScalingIds: ['huggyllama/llama-13b'],
  }),
  derived({
    id: 'llama-33b',
    name: 'LLaMA 33B',
    organisation: 'Meta',
    params: 32.5e9,
    tokens: 1.4e12,
    source: 'Touvron et al. 2023a, Table 2',
    status: 'P',
    obsScalingIds: ['huggyllama/llama-30b'],
  }),
  derived({
    id: 'llama-65b',
    name: 'LLaMA 65B',
    organisation: 'Meta',
    params: 65.2e9,
    tokens: 1.4e12,
    source: 'Touvron et al. 2023a, Table 2',
    status: 'P',
    obsScalingIds: ['huggyllama/llama-65b'],
  }),
  derived({
    id: 'llama-2-7b',
    name: 'Llama 2 7B',
    organisation: 'Meta',
    params: 7e9,
    tokens: 2.0e12,
    source: 'Touvron et al. 2023b, Table 1',
    status: 'P',
    obsScalingIds: ['meta-llama/Llama-2-7b-hf'],
  }),
  derived({
    id: 'llama-2-13b',
    name: 'Llama 2 13B',
    organisation: 'Meta',
    params: 13e9,
    tokens: 2.0e12,
    source: 'Touvron et al. 2023b, Table 1',
    status: 'P',
    obsScalingIds: ['meta-llama/Llama-2-13b-hf'],
  }),
  derived({
    id: 'llama-2-70b',
    name: 'Llama 2 70B',
    organisation: 'Meta',
    params: 70e9,
    tokens: 2.0e12,
    source: 'Touvron et al. 2023b, Table 1',
    status: 'P',
    obsScalingIds: ['meta-llama/Llama-2-70b-hf'],
    note: 'The Llama 3 paper says "1.8T tokens for Llama 2"; the Llama 2 paper says 2.0T.',
  }),
  derived({
    id: 'llama-3-8b',
    name: 'Llama 3 8B',
    organisation: 'Meta',
    params: 8e9,
    tokens: 15e12,
    source: 'Llama 3 paper §1, Table 3 ("about 15T multilingual tokens"); model card "15T+"',
    status: 'P',
    obsScalingIds: ['meta-llama/Meta-Llama-3-8B', 'meta-llama/Meta-Llama-3.1-8B'],
  }),
  derived({
    id: 'llama-3-70b',
    name: 'Llama 3 70B',
    organisation: 'Meta',
    params: 70e9,
    tokens: 15e12,
    source: 'Llama 3 paper §1, Table 3 ("about 15T multilingual tokens"); model card "15T+"',
    status: 'P',
    obsScalingIds: ['meta-llama/Meta-Llama-3-70B', 'meta-llama/Meta-Llama-3.1-70B'],
  }),
  {
    id: 'llama-3-405b',
    name: 'Llama 3 405B',
    organisation: 'Meta',
    params: 405e9,
    tokens: 15.6e12,
    flops: 3.8e25,
    flopsStatus: 'P',
    source: 'Llama 3 paper §1 and §3.2 ("3.8 × 10^25 FLOPs", "15.6T text tokens")',
    status: 'P',
    obsScalingIds: ['meta-llama/Meta-Llama-3.1-405B-FP8'],
    note: '6ND gives 3.79e25.',
  },
  derived({
    id: 'deepseek-llm-7b',
    name: 'DeepSeek LLM 7B',
    organisation: 'DeepSeek',
    params: 7e9,
    tokens: 2.0e12,
    source: 'DeepSeek-AI 2024 (arXiv 2401.02954), Table 2',
    status: 'P',
    obsScalingIds: ['deepseek-ai/deepseek-llm-7b-base'],
  }),
  derived({
    id: 'deepseek-llm-67b',
    name: 'DeepSeek LLM 67B',
    organisation: 'DeepSeek',
    params: 67e9,
    tokens: 2.0e12,
    source: 'DeepSeek-AI 2024 (arXiv 2401.02954), Table 2',
    status: 'P',
    obsScalingIds: ['deepseek-ai/deepseek-llm-67b-base'],
  }),
  derived({
    id: 'deepseek-v3',
    name: 'DeepSeek-V3 (MoE)',
    organisation: 'DeepSeek',
    params: 37e9,
    totalParams: 671e9,
    tokens: 14.8e12,
    source: 'deepseek-ai/DeepSeek-V3 README (671B total, 37B activated, 14.8T tokens)',
    status: 'P',
    note: 'Mixture of experts: params = 37B activated per token; FLOPs = 6·N_active·D = 3.29e24.',
  }),
  derived({
    id: 'qwen2.5-72b',
    name: 'Qwen2.5 72B',
    organisation: 'Alibaba',
    params: 72e9,
    tokens: 18e12,
    source: 'Qwen2.5 Technical Report (arXiv 2412.15115), §1',
    status: 'P',
    note: 'The report gives 18T tokens of pre-training data for the Qwen2.5 series as a whole.',
  }),
];

/**
 * Looks up a model by id; throws RangeError for an unknown id.
 * Example: modelById('chinchilla').tokens → 1.4e12.
 */
export function modelById(id: string): ModelEntry {
  const found = MODELS.find((m) => m.id === id);
  if (!found) throw new RangeError(`Unknown model "${id}".`);
  return found;
}

/**
 * The k catalogue models closest to (params, tokens), by Euclidean distance in (log10 N, log10 D)
 * (decades), nearest first. Example: nearestModels(70e9, 1.4e12, 1)[0].model.id → "chinchilla".
 */
export function nearestModels(params: number, tokens: number, k: number, models: readonly ModelEntry[] = MODELS): Array<{ model: ModelEntry; distance: number }> {
  requirePositive('params', params);
  requirePositive('tokens', tokens);
  requirePositiveInteger('k', k);
  const x = Math.log10(params);
  const y = Math.log10(tokens);
  return models
    .map((model) => ({
      model,
      distance: Math.hypot(Math.log10(model.params) - x, Math.log10(model.tokens) - y),
    }))
    .sort((a, b) => a.distance - b.distance || a.model.id.localeCompare(b.model.id))
    .slice(0, k);
}
