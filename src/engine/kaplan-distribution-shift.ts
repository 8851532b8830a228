/**
 * Kaplan et al. 2020 (arXiv 2001.08361) Fig. 8 (§3.2.2) — SCHEMATIC: loss on other data sets as the training
 * (WebText2) loss plus a roughly constant offset. The paper prints no offsets (facts.md §12b).
 * Units: loss in nats/token; N = non-embedding parameters.
 */
import { kaplanLossFromParams } from './kaplan';
import { requireFinite, requirePositive } from './stats';

/** Dataset names in the Fig. 8 (left) legend, in legend order. */
export const KAPLAN_FIGURE8_DATASETS = ['WebText2 (Test)', 'Internet Books', 'Books', 'Wikipedia', 'Common Crawl'] as const;

export type KaplanFigure8Dataset = (typeof KAPLAN_FIGURE8_DATASETS)[number];

/** Illustrative offsets (nats) used by distributionShiftSchematic. NOT from the paper. */
export const DISTRIBUTION_SHIFT_ILLUSTRATIVE_OFFSETS: Readonly<Record<KaplanFigure8Dataset, number>> = {
  'WebText2 (Test)': 0,
  'Internet Books': 0.1,
  Books: 0.2,
  Wikipedia: 0.3,
  'Common Crawl': 0.4,
};

/** One dataset's line in the distribution-shift schematic. */
export interface DistributionShiftSeries {
  dataset: KaplanFigure8Dataset;
  /** Illustrative offset in nats (schematic). */
  offset: number;
  points: Array<{ params: number; trainingLoss: number; loss: number }>;
}

/**
 * SCHEMATIC of Kaplan Fig. 8: loss on other datasets = training-distribution (WebText2) loss + a constant
 * offset, for models of the given non-embedding sizes (training loss from L(N), eq 1.1, Table 5).
 * The paper prints NO offsets, slopes or ordering (facts.md §12b): the offsets here are illustrative
 * only, and the result carries `schematic: true`. The shape — parallel lines, "roughly constant offset"
 * (§1.1; the Fig. 8 caption says "small and very slowly growing") — is what the paper reports.
 * Example: 1e8 params → WebText2 2.83 nats, "Common Crawl" 3.23 nats with the default 0.4 offset.
 */
export function distributionShiftSchematic(
  paramsGrid: readonly number[],
  options: { offsets?: Partial<Record<KaplanFigure8Dataset, number>> } = {},
): {
  schematic: true;
  source: string;
  series: DistributionShiftSeries[];
} {
  if (paramsGrid.length === 0) throw new RangeError('paramsGrid must not be empty.');
  paramsGrid.forEach((n, i) => requirePositive(`paramsGrid[${i}]`, n));
  const offsets = { ...DISTRIBUTION_SHIFT_ILLUSTRATIVE_OFFSETS, ...(options.offsets ?? {}) };
  const series = KAPLAN_FIGURE8_DATASETS.map((dataset) => {
    const offset = requireFinite(`offsets.${dataset}`, offsets[dataset]);
    return {
      dataset,
      offset,
      points: paramsGrid.map((params) => {
        const trainingLoss = kaplanLossFromParams(params);
        return { params, trainingLoss, loss: trainingLoss + offset };
      }),
    };
  });
  return {
    schematic: true,
    source: 'Kaplan et al. 2020 (arXiv 2001.08361), §3.2.2 and Fig. 8; dataset names from the Fig. 8 legend',
    series,
  };
}
