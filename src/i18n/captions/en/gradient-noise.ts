import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Gradient noise: small and large batches',
  caption:
    'This schematic uses an invented bowl and noise level. Ellipses are contours of a 2-D quadratic loss; the black arrow at the current point is the true descent direction, the coloured arrows are 12 seeded minibatch estimates of it. Each estimate averages B noisy per-example gradients, so its noise shrinks like 1/√B: the large batch’s directions cluster far more tightly. Beyond a certain batch size the estimate is already good and more examples per step buy little — the intuition behind the critical batch size.',
  source:
    'Schematic of the argument in Kaplan et al. 2020 (arXiv 2001.08361) §5.1, which builds on McCandlish et al. 2018 (arXiv 1812.06162); not the papers’ data. Noise per example: one gradient length per component (σ = 1).',
  alt: 'Two panels with the same elliptical contours and current point: on the left a wide fan of arrows for the small batch, on the right a narrow fan for the large batch, both around a black arrow for the true descent direction.',
} satisfies FigureStrings;
