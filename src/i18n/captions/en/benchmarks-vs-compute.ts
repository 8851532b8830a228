import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Benchmark scores of real models against training compute',
  caption:
    'Each dot is a public base model, placed by its training compute (C ≈ 6ND, log axis) and its score on the chosen benchmark; each family has its own colour. At the same compute, families differ widely in score; knowledge and commonsense benchmarks climb from early on, while GSM8K and HumanEval stay near zero until late. The dashed line is the benchmark’s chance level. Models without training FLOPs are counted in the readouts, not drawn.',
  source:
    'Ruan, Maddison & Hashimoto 2024 (arXiv 2405.10938), file base_llm_benchmark_eval.csv of the Observational Scaling Laws release (repository ryoungj/ObsScaling, commit 4d6e1e4, Apache-2.0), values as published; chance levels from each benchmark’s own paper.',
  alt: 'A scatter of benchmark score against training FLOPs on a log axis from 10¹⁸ to 10²⁶, one colour per model family, with lines joining the models of each coloured family and a dashed chance line; scores rise with compute, but at equal compute some families score far higher than others.',
} satisfies FigureStrings;
