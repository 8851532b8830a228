import { INFERENCE_AWARE_SOURCE as S } from '../../../engine/inference-aware';
import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Smaller and longer: sizing a model for its inference',
  caption: `Every point on the curves reaches the same target loss: a smaller model needs more training tokens. Counting training (6N per token) and inference (2N per token) FLOPs, the cheapest model in total is smaller than the compute-optimal one, and trained on more data. The objective, minimise 6·N·D_tr + 2·N·D_inf subject to L(N, D_tr) = ℓ, follows Sardana et al. 2024 (arXiv ${S.arxiv}). Of the paper we could check only the abstract: the exact form of the objective, and the example in the caption of its Fig. 1 that sets the defaults here (a 13B model expecting 2 trillion tokens of inference), come from secondary sources, descriptions of the paper such as a third-party review on liner.com. Read the numbers as illustrations of the law, not as the paper’s results.`,
  source: `${S.paper} (arXiv ${S.arxiv}), objective as described by secondary sources (not checked against the paper’s text); loss law: Hoffmann et al. 2022 (arXiv 2203.15556) eq (2), (10); Besiroglu et al. 2024 (arXiv 2404.10102).`,
  alt: 'Log-log plot of FLOPs against model size for a fixed target loss: training FLOPs fall and inference FLOPs rise with size, and their total has a minimum to the left of the compute-optimal size.',
} satisfies FigureStrings;
