/**
 * Rows of the Observational Scaling Laws release (src/data/obsscaling.ts) that the figures leave out although they have
 * the numbers a plot needs, because the model's own paper contradicts the row by a factor of 1000. Drawing them would put
 * a point where the model never was, and correcting a released value by hand is not ours to do, so each row is counted
 * and named instead, with the paper's number, cited. Browser-safe: plain data.
 */
export interface SetAsideRow {
  /** The release's `Model` column. */
  id: string;
  /** Pretraining tokens as the model's paper reports them (the release's value is in obsscaling.ts). */
  paperTokens: number;
}

export const OBS_SET_ASIDE: readonly SetAsideRow[] = [
  // The release gives 627 in its "Pretraining Data Size (T)" column (627T tokens, 209,000 per parameter; its FLOPs column,
  // 1.1286e25, is 6·N·D of that). Dey et al. 2023, "BTLM-3B-8K: 7B Parameter Performance in a 3B Parameter Model"
  // (arXiv 2309.11568), abstract: "trained on 627B tokens from the SlimPajama dataset".
  { id: 'cerebras/btlm-3b-8k-base', paperTokens: 627e9 },
];

/** True when a release row is set aside (see OBS_SET_ASIDE). */
export function isSetAside(id: string): boolean {
  return OBS_SET_ASIDE.some((r) => r.id === id);
}
