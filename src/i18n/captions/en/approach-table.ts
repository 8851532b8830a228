import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Approaches 1–3 and the others: the exponents, printed and recomputed',
  caption:
    'For each approach, the exponent as printed (with the 10th–90th percentile interval where Table 2 gives one) and as the engine recomputes it: a log-log fit through the paper’s Table 3 and Table A3 rows for Approaches 1–3, β/(α+β) from eq. (4) for the fitted laws, Kaplan’s Table 6 and DeepSeek’s eq. (4). Right: the same numbers as dots (filled: printed, with its interval; open: recomputed). The printed constants of eq. (10) give 0.4516, which rounds to 0.45; the unrounded TeX constants give 0.4565, the 0.46 of Table 2.',
  source:
    'Hoffmann et al. 2022 (arXiv 2203.15556) Table 2, Table 3, Table A3, eqs. (4) and (10); Besiroglu et al. 2024 (arXiv 2404.10102) and epoch-research/analyzing-chinchilla; Kaplan et al. 2020 (arXiv 2001.08361) Table 6; DeepSeek-AI 2024 (arXiv 2401.02954) Table 4 and eq. (4).',
  alt: 'A table of eight rows (Approaches 1, 2 and 3, eq. 4 with printed and with TeX constants, Epoch 2024, Kaplan 2020, DeepSeek) giving the printed and the recomputed exponent, and beside it a dot plot where the Chinchilla-type values cluster between 0.45 and 0.53 and Kaplan stands apart at 0.73.',
} satisfies FigureStrings;
