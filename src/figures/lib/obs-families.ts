/**
 * The model families the real-data figures offer as choices, by the CSV's `Model Family` names (Ruan, Maddison &
 * Hashimoto 2024). Kept here as plain lists so the figures' catalogues can name the options without loading the data;
 * tests/unit/figures/benchmarks-vs-compute.test.ts and real-emergence.test.ts derive each list from src/data/obsscaling.ts
 * and check it equals the one here.
 */

/** Families with at least 4 models that have training FLOPs, in file order (benchmarks-vs-compute). */
export const BENCHMARK_FAMILIES = [
  'Llama',
  'Qwen1.5',
  'Falcon',
  'Pythia',
  'BLOOM',
  'GPT-Neo/J',
  'OPT',
  'XGLM',
  'CodeLlama',
  'StarCoder',
  'StableLM',
  'Cerebras-GPT',
  'H2O-Danube',
] as const;

/** The 7 families with the most models that have training FLOPs (ties in file order), coloured in the all-families view. */
export const BENCHMARK_HIGHLIGHT = ['Pythia', 'OPT', 'Qwen1.5', 'Cerebras-GPT', 'BLOOM', 'GPT-Neo/J', 'Llama'] as const;

/** Families with at least 3 models in the emergent-task file that have training FLOPs, in that file's order (real-emergence). */
export const EMERGENCE_FAMILIES = ['Llama-2', 'Llama', 'Llama-3.1', 'Qwen1.5', 'Qwen', 'Yi-1.5', 'Falcon', 'Pythia', 'BLOOM', 'GPT-Neo/J', 'OPT', 'XGLM', 'StarCoder'] as const;

/** A family's name is the same in every language. */
export function familyOptions(families: readonly string[]): Record<string, string> {
  return Object.fromEntries(families.map((f) => [f, f]));
}
