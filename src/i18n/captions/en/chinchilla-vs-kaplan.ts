import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'How big should the model be? Kaplan against Chinchilla',
  caption:
    'Compute-optimal parameters against training FLOPs. Kaplan et al. scale the model almost as fast as the budget (N ∝ C^0.73); all three Chinchilla approaches, and Epoch’s refit, grow it about as fast as the data (N ∝ C^0.46–0.51). Kaplan’s line is N = 1.3×10⁹·(C/1 PF-day)^0.73 from his Table 6, where N counts non-embedding parameters and C is C_min in PF-days (1 PF-day = 8.64×10¹⁹ FLOPs); drawing it on total FLOPs and total parameters, as Hoffmann et al. Fig. 1 does, treats the two as the same. Dots are real models; compute is printed where the paper prints it, 6ND otherwise; DeepSeek-V3 is placed by its 37B activated parameters.',
  source:
    'Hoffmann et al. 2022 (arXiv 2203.15556) Fig. 1, Table 1, Table 2, Table 3, Table A3 and eq. (4); Kaplan et al. 2020 (arXiv 2001.08361) Table 6; Besiroglu et al. 2024 (arXiv 2404.10102); models: Brown et al. 2020, Touvron et al. 2023, Llama 3 paper, DeepSeek-V3 README (see the data table).',
  alt: 'Log-log chart of optimal parameters against FLOPs: a steep Kaplan line and four shallower, nearly parallel Chinchilla-style lines; model dots such as GPT-3, Gopher and MT-NLG sit near the Kaplan line, Chinchilla and later models near the shallower ones; a vertical line marks the chosen budget.',
} satisfies FigureStrings;
