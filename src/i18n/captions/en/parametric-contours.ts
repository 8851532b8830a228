import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Approach 3: the loss landscape and its efficient frontier',
  caption:
    'Left: contours of the fitted loss over training FLOPs and model size, with D = C/(6N) at every point. The efficient frontier of eq. (4) (blue) is a straight line in log-log space; it passes through each iso-loss contour at that contour’s lowest-FLOP point (dots, labelled with the loss). Dashed lines are IsoFLOP slices; the blue dotted one is the marked budget (the star is its optimum), where Gopher and Chinchilla sit. Right: the loss along each slice, with its minimum on the frontier; Gopher and Chinchilla are placed at the loss the law predicts for them.',
  source:
    'Hoffmann et al. 2022 (arXiv 2203.15556), §3.3, eqs. (2), (4) and (10), Fig. 4; unrounded constants from the TeX source (via Epoch’s analyzing-chinchilla); Besiroglu et al. 2024 (arXiv 2404.10102).',
  alt: 'Left: curved iso-loss contours over log FLOPs and log parameters with a straight blue frontier through their leftmost points, dashed vertical slices, and dots for Gopher and Chinchilla. Right: U-shaped loss curves against model size, one per slice, lower for larger budgets.',
} satisfies FigureStrings;
