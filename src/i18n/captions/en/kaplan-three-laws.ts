import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Three power laws: loss against compute, data and parameters',
  caption:
    'Test loss on log-log axes, as in Kaplan et al. Fig. 1. First panel: against compute on the compute-efficient frontier, C_min, in PF-days (1 PF-day = 8.64×10¹⁹ FLOPs). Second: against dataset size D in tokens, for large models stopped early. Third: against non-embedding parameters N (a count of parameters, not of tokens), for models trained to convergence. Dots mark the N, D and C you type. The paper prints two values of C_c^min: 3.1×10⁸ PF-days in eq. (1.3) and Table 5, and 2.3×10⁸ in the Fig. 1 legend; pick either (at 1 PF-day they give 2.658 and 2.619 nats).',
  source:
    'Kaplan et al. 2020 (arXiv 2001.08361), Fig. 1; eqs (1.1)–(1.3) and Table 5: α_N 0.076, N_c 8.8×10¹³; α_D 0.095, D_c 5.4×10¹³ tokens; α_C^min 0.050, C_c^min 3.1×10⁸ PF-days (Fig. 1 legend: 2.3×10⁸).',
  alt: 'Three log-log panels, each a falling straight line: loss against compute in PF-days, against tokens, and against non-embedding parameters, with a dot on each line at the chosen value.',
} satisfies FigureStrings;
