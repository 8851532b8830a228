import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Learning curves: loss against training steps',
  caption:
    'L(N, S_min) = (N_c/N)^α_N + (S_c/S_min)^α_S for several model sizes N, against steps on a log axis. S_min is the number of steps a run would need at a batch much larger than the critical batch size; a run at a smaller batch needs more steps S to reach the same loss. Dashed lines: the converged loss (N_c/N)^α_N each curve approaches; the gap above it, (S_c/S_min)^α_S, is the same for every size. The constants are Table 3’s fit of this equation (α_N 0.077, N_c 6.5×10¹³); they differ slightly from the single-variable fits of Table 5 (α_N 0.076, N_c 8.8×10¹³), which you can switch to.',
  source:
    'Kaplan et al. 2020 (arXiv 2001.08361), eq (1.6)/(5.6) and Table 3: α_N 0.077, N_c 6.5×10¹³, α_S 0.76, S_c 2.1×10³ steps; S_min from eq (5.4); Table 5 for the alternative constants.',
  alt: 'Falling learning curves, one per model size, against training steps on a log axis; larger models sit lower and each curve flattens toward a dashed horizontal line.',
} satisfies FigureStrings;
