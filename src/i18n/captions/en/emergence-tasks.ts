import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Few-shot abilities that emerge with scale',
  caption:
    'Each point is the training compute at which Wei et al. list a few-shot ability as emerging (data: Table 1); its height is only the curve’s midpoint. The S-curves through the points are illustrative: Table 1 gives the scale, not the shape, so their steepness and height are yours to set. The dashed line is the chance level. Several abilities share a scale, so their curves coincide. The table’s tenth row, “many BIG-Bench tasks”, has no single scale and is not drawn.',
  source: 'Wei et al. 2022 (arXiv 2206.07682), Table 1, few-shot prompting rows (training FLOPs, parameters, model). Curve shapes: schematic logistic, not from the paper.',
  alt: 'Training FLOPs on a log axis from 10^20 to 10^26 against a task score. S-shaped curves sit at chance and then rise; points mark where each few-shot ability emerges, between 1.3×10^22 FLOPs (Gopher 7.1B, toxicity classification) and 2.5×10^24 FLOPs (PaLM 540B, WiC).',
} satisfies FigureStrings;
