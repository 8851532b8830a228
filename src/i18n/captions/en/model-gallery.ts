import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Real models against the compute-optimal line',
  caption:
    'Parameters against training tokens, both on log axes. Each dot is a model; the number after its name is tokens per parameter (D/N). The blue line is the compute-optimal allocation (N_opt(C), D_opt(C)) of the chosen fit, and the blue star its point at the chosen budget, on that budget’s iso-compute line (blue dashes); the dotted line is D = 20N; grey dashed lines are iso-compute lines D = C/(6N). Early models (GPT-3, Gopher, MT-NLG) sit far below the line with 1–2 tokens per parameter; Chinchilla sits on it; recent models sit far above it, trading training compute for a smaller model that is cheaper to serve. DeepSeek-V3 is placed by its 37B activated parameters.',
  source:
    'Hoffmann et al. 2022 (arXiv 2203.15556) Table 1, Table 3, Table A3, eq. (4); Besiroglu et al. 2024 (arXiv 2404.10102); model sizes and tokens: Brown et al. 2020, Touvron et al. 2023a/b, Chowdhery et al. 2022, Llama 3 paper, DeepSeek-V3 README, Qwen2.5 report (see the data table).',
  alt: 'Log-log scatter of parameters against training tokens for thirteen models, with a rising blue compute-optimal line, a dotted 20-tokens-per-parameter line and falling dashed iso-compute lines; GPT-3, Gopher and MT-NLG lie well below the optimal line, Chinchilla on it, Llama 3 and DeepSeek-V3 far above it.',
} satisfies FigureStrings;
