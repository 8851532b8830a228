import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Where Kaplan’s extra compute goes: mostly into a bigger model',
  caption:
    'Each line is how much one part of the compute-efficient run grows as the budget C_min grows, relative to C_min = 1 PF-day. Parameters grow fastest, N_opt ∝ C_min^0.73; tokens grow slowly, D_opt ∝ C_min^0.27, and so does the critical batch, B ∝ C_min^0.24; the number of steps barely moves, S_min ∝ C_min^0.03 (“may even be consistent with an exponent of zero”). The exponent for N is 0.73 (eq 6.1, Table 6), not the 0.74 sometimes quoted: 0.74 belongs to another relation, the data needed to avoid overfitting, D ∝ N^0.74 (eq 4.4). Hoffmann et al. (2022) later found N and D growing about equally.',
  source:
    'Kaplan et al. 2020 (arXiv 2001.08361), Table 6 (N_e 1.3×10⁹ params, B_e 2.0×10⁶ tokens, S_e 5.4×10³ steps, D_e 2×10¹⁰ tokens), eqs (6.1)–(6.2), Fig. 14; C_min in PF-days (1 PF-day = 8.64×10¹⁹ FLOPs, §1.3); largest model trained 1.5B non-embedding parameters (§3); breakdown point C* ∼ 10⁴ PF-days (eq 6.8).',
  alt: 'Four straight lines on log-log axes through the point (1 PF-day, 1): parameters rise steeply, tokens and batch size rise gently, steps are almost flat; a vertical line marks the chosen budget.',
} satisfies FigureStrings;
