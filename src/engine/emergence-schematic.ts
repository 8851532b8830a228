/**
 * SCHEMATIC curves for augmented prompting (Wei et al. 2022, arXiv 2206.07682, §4 and the lower half of Table 1):
 * a task score with and without a technique such as chain of thought, instruction tuning, a scratchpad or
 * P(True) calibration. Table 1 prints only the scale at which each technique starts to help; the shapes drawn
 * here are illustrative, not the paper's measurements. Scores are fractions in [0, 1]; FLOPs are training FLOPs.
 */
import { emergentCurveSchematic } from './emergence';
import { requireInRange, requirePositive } from './stats';

/** Options of the with/without schematic. */
export interface AugmentedSchematicOptions {
  /** Training FLOPs at which the technique starts to help (Wei et al. 2022 Table 1): the midpoint of its rise. */
  thresholdFlops: number;
  /** Score at small scale, e.g. 0 for a free-form answer, 0.25 for four-way multiple choice. Default 0. */
  chance?: number;
  /** Score the technique reaches at large scale; must be ≥ chance. Default 1. */
  ceiling?: number;
  /** Steepness of the technique's rise per decade of FLOPs (logistic slope in log10 C). Default 4. */
  sharpness?: number;
  /**
   * How far the baseline (no technique) climbs from chance towards the ceiling over the whole range, as a share
   * of (ceiling − chance), along a gentle slope of 1 per decade centred on the same threshold. Default 0.15.
   */
  baselineShare?: number;
}

/** One point of the schematic: the score without and with the technique, and the gap between them. */
export interface AugmentedSchematicPoint {
  /** Training FLOPs. */
  flops: number;
  /** Score with ordinary prompting (no technique). */
  withoutTechnique: number;
  /** Score with the technique. */
  withTechnique: number;
  /** withTechnique − withoutTechnique, ≥ 0. */
  gain: number;
}

/**
 * SCHEMATIC score without and with an augmented-prompting technique at one training-FLOPs value.
 * Without: a slow logistic rise (1 per decade) from chance to chance + baselineShare·(ceiling − chance).
 * With: the baseline plus (ceiling − baseline)·σ(sharpness·(log10 C − log10 C_threshold)), so the technique adds
 * almost nothing below the threshold and closes most of the gap to the ceiling above it (Wei et al. 2022 §4:
 * such techniques help only past a certain scale; the threshold is Table 1's, the shape is illustrative).
 * Example: threshold 1.3e23 (chain of thought, LaMDA 68B), chance 0, ceiling 1, defaults → at 1.3e23:
 * without 0.075, with 0.5375, gain 0.4625; at 1.3e21: without 0.0179, gain 0.000330.
 */
export function augmentedPromptingSchematic(flops: number, options: AugmentedSchematicOptions): AugmentedSchematicPoint {
  requirePositive('flops', flops);
  requirePositive('thresholdFlops', options.thresholdFlops);
  const chance = requireInRange('chance', options.chance ?? 0, 0, 1);
  const ceiling = requireInRange('ceiling', options.ceiling ?? 1, chance, 1);
  const sharpness = requirePositive('sharpness', options.sharpness ?? 4);
  const share = requireInRange('baselineShare', options.baselineShare ?? 0.15, 0, 1);
  const withoutTechnique = emergentCurveSchematic(flops, {
    thresholdFlops: options.thresholdFlops,
    chance,
    ceiling: chance + share * (ceiling - chance),
    sharpness: 1,
  });
  const onset = emergentCurveSchematic(flops, { thresholdFlops: options.thresholdFlops, chance: 0, ceiling: 1, sharpness });
  const gain = (ceiling - withoutTechnique) * onset;
  return { flops, withoutTechnique, withTechnique: withoutTechnique + gain, gain };
}
