import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'A smooth loss, a sudden-looking accuracy',
  caption:
    'Left: per-token loss falls as a power law in model size. Middle: exact match on an L-token answer, exp(−L·loss), stays near zero and then shoots up; the dashed line is the resolution 1/n of a test set with n items, below which an accuracy usually reads as 0 (switch the axis to log to see the curve there). Right: token edit distance, L·(1 − exp(−loss)), improves smoothly. The model is the same in all three panels; only the metric differs.',
  source:
    'Schaeffer, Miranda & Koyejo 2023 (arXiv 2304.15004), §2 and Fig. 2 (resolution 1/test-set size: §2, cause 2); the loss law (N/c)^α with α < 0 is their assumption, the constants are illustrative.',
  alt: 'Three panels against model size on a log axis: a straight falling loss line, an S-shaped accuracy curve that jumps late, and a smoothly falling edit-distance curve.',
} satisfies FigureStrings;
