/**
 * The changelog's entries in English (src/pages/[lang]/changelog.astro): what changed in formulas, constants and
 * coefficient sets, by site version and change, in the order src/data/changelog.ts lists them. The Chinese catalogue
 * (./zh.ts) is typed by this one, and this one by that list, so a change missing in either language fails the type check.
 */
import type { ChangelogWords } from '../../data/changelog';

const en = {
  '0.1.0': {
    engine:
      'First release of the engine. Kaplan et al. 2020: single-variable laws with the Table 5 constants (C_c^min = 3.1×10⁸ PF-days; the Fig. 1 legend value 2.3×10⁸ is offered as an option), the joint law L(N, D) with the Table 2 constants, L(N, S) with the Table 3 constants, the critical batch size and the Table 6 allocation.',
    chinchilla:
      'Chinchilla coefficient sets: hoffmann2022 (unrounded values from the paper’s TeX source: E = 1.69337, A = 406.401, B = 410.723, α = 0.33917, β = 0.28491), hoffmann2022Rounded (eq. 10 as printed: E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28) and besiroglu2024 (E = 1.8172, A = 482.01, B = 2085.43, α = 0.3478, β = 0.3658).',
    hyperparameters:
      'Hyperparameter rules: Step Law (Li et al. 2025: η = 1.79·N^−0.713·D^0.307, B = 0.58·D^0.571 tokens) and DeepSeek LLM (η = 0.3118·C^−0.125, B = 0.2920·C^0.3271 tokens). Approach-3 fitter: Huber loss with δ = 10⁻³ over Hoffmann’s grid of 4,500 starting points, L-BFGS with a strong Wolfe line search.',
  },
} satisfies ChangelogWords;
export default en;
export type ChangelogMessages = typeof en;
