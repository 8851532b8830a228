import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Critical batch size and the steps–data trade-off',
  caption:
    'First panel: the critical batch size B_crit(L) = B_*/L^(1/α_B) against the loss reached (falling to the right, as in training); it roughly doubles for every 13% drop in loss. The horizontal line is your batch size B. Second panel: every batch size lies on the curve (S/S_min − 1)(E/E_min − 1) = 1: a batch much smaller than B_crit needs few examples but many steps, a much larger one few steps but many examples. The dot is your B at your loss; the ring marks B = B_crit, which costs 2× the minimum steps and 2× the minimum data.',
  source:
    'Kaplan et al. 2020 (arXiv 2001.08361), §5.1: eqs (1.4)/(5.3) with Table 5 (B_* 2.1×10⁸ tokens, α_B 0.21), eqs (5.1), (5.4), (5.5); the 13% rule from the Fig. 10 caption.',
  alt: 'First: a log-log line of critical batch size rising as the loss falls, with a horizontal line at the chosen batch size and a dot at the chosen loss. Second: a hyperbola of steps over minimum steps against examples over minimum examples, with a ring at (2, 2) and a dot for the chosen batch size.',
} satisfies FigureStrings;
