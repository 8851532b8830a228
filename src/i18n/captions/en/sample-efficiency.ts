import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Larger models learn more from each token',
  caption:
    'Learning curves against tokens processed, at a batch of 2^19 tokens, for models of several non-embedding sizes N (colour, small to large), from Kaplan’s fit L(N, S_min) = (N_c/N)^α_N + (S_c/S_min)^α_S. At every loss a larger model gets there after fewer tokens, as in Kaplan’s Fig. 2; the dots mark where each curve crosses the target loss. A model whose converged loss (N_c/N)^α_N lies above the target never reaches it. The shaded strip is the 3,000-step warm-up, which the fit leaves out; the dashed line is where Kaplan’s default runs stop (2.5×10⁵ steps).',
  source:
    'Kaplan et al. 2020 (arXiv 2001.08361): eq (1.6)/(5.6) with the Table 3 fit (α_N 0.077, α_S 0.76, N_c 6.5×10¹³, S_c 2.1×10³); B_crit(L) from eq (5.3) and Table 5; S_min from eq (5.4); batch 2^19 tokens (§3); warm-up and run length §2.2, fit after warm-up §5.2. The curves are computed from the fit, not read off Fig. 2.',
  alt: 'Falling learning curves of loss against tokens processed on a log axis, one per model size; larger models lie lower and cross a horizontal target-loss line earlier.',
} satisfies FigureStrings;
