import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'A fixed stock of text: how many epochs?',
  caption:
    'Every point spends the whole compute budget C = 6ND: to the left a large model sees few tokens, to the right a small model repeats the unique tokens for many epochs. The solid curve is Muennighoff et al.’s data-constrained law, in which repeated tokens and parameters beyond what the data can use are worth less (effective data D′ and parameters N′); the dashed curve is the same constants with unlimited fresh data. Dotted lines mark 1 epoch, where repetition starts; 4 epochs, up to which the paper finds repetition nearly as good as new data; and 1 + R_D* ≈ 16.4 epochs, beyond which extra epochs add little. When compute far outruns the data, the solid curve flattens onto a dotted floor: the lowest loss the unique tokens allow. Losses are on C4 and not comparable with chapter 3’s.',
  source:
    'Muennighoff et al. 2023, “Scaling Data-Constrained Language Models” (arXiv 2305.16264): D′, N′ and the loss from the derivation appendix; 4 epochs from the abstract. Constants a, b, e, α, β, R_D*, R_N* as released in the authors’ repository huggingface/datablations, README “Parametric Fit” (fitted on 7M–9B parameters, 1–500 epochs). Optimum: search along C = 6ND (the README’s optimal_allocation is a coarser grid of the same search).',
  alt: 'Loss against epochs on a log axis for a fixed compute budget: a solid data-constrained curve and a dashed fresh-data curve, each with a marked minimum; the data-constrained minimum lies at more epochs and a higher loss.',
} satisfies FigureStrings;
