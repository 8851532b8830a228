/**
 * Rows of the Observational Scaling Laws release (src/data/obsscaling.ts) that the figures leave out although they have
 * the numbers a plot needs, because the model's own authors contradict the row: drawing them would put a point where the
 * model never was, and correcting a released value by hand is not ours to do, so each row is counted and named instead,
 * with its authors' number, cited. Browser-safe: plain data.
 */
export interface SetAsideRow {
  /** The release's `Model` column. */
  id: string;
  /** The released number the model's authors contradict: its pretraining tokens, or its parameter count. */
  field: 'tokens' | 'params';
  /** That number as the model's authors give it (tokens, or parameters); the release's own value is in obsscaling.ts. */
  source: number;
}

export const OBS_SET_ASIDE = [
  // The release gives 627 in its "Pretraining Data Size (T)" column (627T tokens, 209,000 per parameter; its FLOPs column,
  // 1.1286e25, is 6·N·D of that). Dey et al. 2023, "BTLM-3B-8K: 7B Parameter Performance in a 3B Parameter Model"
  // (arXiv 2309.11568), abstract: "trained on 627B tokens from the SlimPajama dataset".
  { id: 'cerebras/btlm-3b-8k-base', field: 'tokens', source: 627e9 },
  // The release gives 13.0 in its "Model Size (B)" column (and 78.0e21 FLOPs, 6·N·D with N = 13B, D = 1T). The authors
  // release it as "OpenLLaMA 7Bv2" and follow "exactly the same ... model architecture" as the original LLaMA (Geng & Liu
  // 2023, github.com/openlm-research/open_llama, README: v2 models and "Dataset and Training"); LLaMA 7B has 6.7B
  // parameters (Touvron et al. 2023a, arXiv 2302.13971, Table 2).
  { id: 'openlm-research/open_llama_7b_v2', field: 'params', source: 6.7e9 },
] as const satisfies readonly SetAsideRow[];

/** The release names of the rows set aside: the keys of their citations in src/i18n/release/. */
export type SetAsideId = (typeof OBS_SET_ASIDE)[number]['id'];

/** True when a release row is set aside (see OBS_SET_ASIDE). */
export function isSetAside(id: string): boolean {
  return OBS_SET_ASIDE.some((r) => r.id === id);
}

/** The row set aside under this release name, if any. */
export function setAsideRow(id: string): (typeof OBS_SET_ASIDE)[number] | undefined {
  return OBS_SET_ASIDE.find((r) => r.id === id);
}
