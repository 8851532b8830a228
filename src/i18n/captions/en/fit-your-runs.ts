import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Fit your runs: residuals and the compute-optimal frontier',
  caption:
    'Left: how far each run lies from the law, ln L − ln L̂, against its compute C = 6ND; a good fit scatters evenly around zero. Right: the compute-optimal model size N_opt(C) of the law (thick), the 95% bootstrap band of the fit, the published laws (thin) and the runs (grey). Until you fit your own runs, the runs are a built-in example generated from Hoffmann’s law with 1% noise.',
  source:
    'Approach 3 of Hoffmann et al. 2022 (arXiv 2203.15556) §3.3, eq (2), (4), (11), App. D.2 (Huber δ = 10⁻³, L-BFGS from a grid of starts); bootstrap as in Besiroglu et al. 2024 (arXiv 2404.10102). The example data are synthetic (ours).',
  alt: 'Two panels: residuals scattered around zero against training compute on a log axis; and compute-optimal model size against compute, a thick line with a shaded band, two thin published-law lines and grey run points.',
} satisfies FigureStrings;
