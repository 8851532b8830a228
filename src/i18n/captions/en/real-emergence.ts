import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Emergent tasks on real models, scored two ways',
  caption:
    'Two-shot scores of public base models on BIG-bench tasks that Wei et al. (2022) call emergent, against training compute (log axis). IPA transliteration is scored for the same models by exact match and by BLEU: by exact match every small model scores exactly 0 and the score then jumps; BLEU gives partial credit and is above 0 for all of them. One family at a time can be drawn as a line; a ring marks a model that scores lower than the smaller one before it.',
  source:
    'Ruan, Maddison & Hashimoto 2024 (arXiv 2405.10938), files base_llm_emergent_capability_eval.csv and base_llm_benchmark_eval.csv (FLOPs) of the Observational Scaling Laws release (repository ryoungj/ObsScaling, commit 4d6e1e4, Apache-2.0), values as published; the argument is Schaeffer, Miranda & Koyejo 2023.',
  alt: 'Scores on a BIG-bench task against training FLOPs on a log axis from 10²⁰ to 10²⁶, one dot per model; by exact match the dots lie on zero up to about 2×10²² FLOPs and then rise, by BLEU the same models sit just above zero and rise; a chosen family is joined by a line.',
} satisfies FigureStrings;
