import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Optimal learning rate and batch size: Step Law next to DeepSeek',
  caption:
    'Two fitted rules for the same run. Step Law gives the optimal peak learning rate η = 1.79·N^−0.713·D^0.307 and batch B = 0.58·D^0.571 from the non-embedding parameters N and the training tokens D (the batch does not depend on N). DeepSeek’s rule uses the compute budget alone: η = 0.3118·C^−0.125, B = 0.2920·C^0.3271, where DeepSeek’s C = M·D counts M, the non-embedding FLOPs per token including attention; by default we use C ≈ 6ND, which leaves attention out, or you can give a shape for M. The peak learning rate is the top of the schedule, reached after warm-up and before decay; the batch size is in tokens (sequences per batch × sequence length). The shaded bands on the plots are the token counts each fit covered for this N: beyond them both rules extrapolate.',
  source:
    'Li et al. 2025, “Predictable Scale: Part I” (Step Law, arXiv 2503.04715); batch in tokens and N non-embedding as in the repo step-law/steplaw (code/fit_tool.py, data/dense_lr_bs_loss.csv: N 2.1×10⁸–1.07×10⁹, D 4×10⁹–10¹¹). DeepSeek-AI 2024, DeepSeek LLM (arXiv 2401.02954), eq (1) fitted on 10¹⁷–2×10¹⁹ FLOPs, M from eq (2).',
  alt: 'Two log-log panels against training tokens: left, the peak learning rate from Step Law and from DeepSeek’s rule; right, the batch size in tokens from both; shaded bands show each rule’s fitted range and a vertical line marks the chosen run.',
} satisfies FigureStrings;
