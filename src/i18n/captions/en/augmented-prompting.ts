import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Prompting techniques that help only past a scale',
  caption:
    'The point is the training compute at which Wei et al. list the technique as emerging (data: Table 1); the short ticks along the bottom mark the other twelve techniques of the table. The two curves, score with and without the technique, and the shaded gain between them are illustrative: Table 1 gives the scale, not the curves. Below the scale the technique adds almost nothing; above it the gap opens. The dashed line is the chance level. For calibration, read the score as “how well calibrated”.',
  source:
    'Wei et al. 2022 (arXiv 2206.07682), §4 and Table 1, augmented prompting rows (training FLOPs, parameters, model, original paper). Curve shapes: schematic, not from the paper.',
  alt: 'Training FLOPs on a log axis from 10^18 to 10^26 against a task score. A dashed baseline without the technique rises only slightly; the curve with the technique leaves it at the emergence scale from Table 1 (by default 1.3×10^23 FLOPs, LaMDA 68B, chain of thought on math word problems) and climbs steeply; the gap between them is shaded.',
} satisfies FigureStrings;
