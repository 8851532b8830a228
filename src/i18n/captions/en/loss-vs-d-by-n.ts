import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Loss against dataset size, for fixed model sizes',
  caption:
    'L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D against dataset size D in tokens, one curve per model size N (the sizes of Kaplan Fig. 4, left). A model much larger than its data follows the dashed infinite-model line L(∞, D); once the data outgrows the model, the curve flattens at the model’s converged loss and more data buys almost nothing. Rings mark the data eq. (4.4) asks for to keep overfitting near the 2% run-to-run noise, D ≈ 5×10³·N^0.74.',
  source:
    'Kaplan et al. 2020 (arXiv 2001.08361), eq (1.5)/(4.1) with Table 2 (α_N 0.076, α_D 0.103, N_c 6.4×10¹³, D_c 1.8×10¹³), eqs (4.3) and (4.4); model sizes from the Fig. 4 (left) legend.',
  alt: 'Falling curves of loss against dataset size on a log axis, one per model size; each follows a dashed line at first and then flattens, earlier and higher for smaller models, with a ring on each curve where eq. 4.4 says the data suffices.',
} satisfies FigureStrings;
