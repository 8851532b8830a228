import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'IsoFLOP profiles: the loss valley at a fixed budget',
  caption:
    'Left: at each fixed budget C, a smaller model sees more tokens (D = C/6N) and a larger one fewer; the loss has a valley. A parabola in log N is fitted through each profile, and its vertex (diamond) estimates the compute-optimal size. Right: the vertices against C, with the power law fitted through them (solid) and the closed-form frontier of eq. (4) (dashed); the star projects the power law to a larger budget, by default Gopher’s 5.76×10²³ FLOPs as in the paper’s Fig. 3. The curves are the fitted law, not the paper’s training runs.',
  source:
    'Hoffmann et al. 2022 (arXiv 2203.15556), §3.2, Fig. 3 and eq. (4); laws: eq. (10) rounded and unrounded (TeX source via Epoch’s analyzing-chinchilla), and Besiroglu et al. 2024 (arXiv 2404.10102).',
  alt: 'Left: U-shaped curves of loss against model size on a log axis, one per compute budget, each with a fitted parabola and its minimum marked; larger budgets sit lower and further right. Right: the minima on log-log axes lie on a straight line, which matches the dashed closed-form frontier in slope.',
} satisfies FigureStrings;
