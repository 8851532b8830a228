import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'The price of a smaller model',
  caption:
    'A model k× smaller than compute-optimal can still reach the compute-optimal loss by training on more tokens. Left: the tokens it needs, as a multiple of the compute-optimal D. Right: its training compute as a multiple of the budget. Both run to infinity at k*, where the smaller model’s parameter term alone uses up the whole loss gap: beyond it no amount of data compensates. Under eq (4) the factors do not depend on the budget.',
  source:
    'Hoffmann et al. 2022 (arXiv 2203.15556) eq (2), (4) and (10), unrounded TeX constants and as printed; Besiroglu et al. 2024 (arXiv 2404.10102) refit (secondary-sourced). C = 6ND. The analysis follows de Vries 2023, “Go smol or go home” (blog post, harmdevries.com).',
  alt: 'Two panels against the shrink factor k on a log axis: the data factor and the compute factor, each rising from 1 at k = 1 and shooting up near a dashed vertical line at k*, for three coefficient sets.',
} satisfies FigureStrings;
