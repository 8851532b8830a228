import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Loss against model size, for fixed dataset sizes',
  caption:
    'L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D against non-embedding parameters N, one curve per dataset size D (the sizes of Kaplan Fig. 9). With plenty of data a curve follows the dashed infinite-data line L(N, ∞); once the model outgrows its data it overfits and the curve flattens, so a bigger model buys almost nothing. The readouts give the overfitting penalty δL = L(N, D)/L(N, ∞) − 1 at your N and the data that keeps it near the 2% run-to-run noise, D ≳ 5×10³·N^0.74.',
  source:
    'Kaplan et al. 2020 (arXiv 2001.08361), eq (1.5)/(4.1) with Table 2 (α_N 0.076, α_D 0.103, N_c 6.4×10¹³, D_c 1.8×10¹³), eqs (4.3) and (4.4); dataset sizes from the Fig. 9 legend.',
  alt: 'Falling curves of loss against model size on a log axis, one per dataset size; each curve follows a dashed line at first, then flattens, earlier for smaller datasets.',
} satisfies FigureStrings;
