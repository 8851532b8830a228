import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Compute planner: how big, how long, how much data',
  caption:
    'For a compute budget — typed, or from hardware × chips × days × utilisation — or for a model size or token count you already have, the compute-optimal parameters N and tokens D under each law, with C = 6ND. Lines: N_opt against FLOPs; dots: each law’s answer; grey dots: real models; shaded: the budgets of Chinchilla’s IsoFLOP runs.',
  source:
    'Hoffmann et al. 2022 (arXiv 2203.15556) eq (4) and (10), Tables 3 and A3, §3.2; Besiroglu et al. 2024 (arXiv 2404.10102); Kaplan et al. 2020 (arXiv 2001.08361) Table 6 and eq (1.3), non-embedding N, tokens taken as C/(6N). Accelerator peaks and MFU: vendor pages, PaLM Table 3, Llama 3 Table 4.',
  alt: 'Log-log plot of compute-optimal parameters against training FLOPs: one line per law, the Kaplan line much steeper, a dot on each line at the chosen budget, and real models as grey dots.',
} satisfies FigureStrings;
