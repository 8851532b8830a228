/**
 * Words about the Observational Scaling Laws release (src/data/obsscaling.ts) that the figures drawing it share, in
 * English: why a release row is set aside, and whose numbers say so. The model gallery and the benchmarks figure include
 * it as `release`; the Chinese one (./zh.ts) is typed by this one, so a key missing in either fails the type check, and
 * so does a row of OBS_SET_ASIDE without its citation here.
 */
import type { SetAsideId } from '../../data/obsscaling-set-aside';

const en = {
  /** Why a row is set aside, by the number its model's authors contradict: the release's value, then theirs (formatted). */
  setAsideReason: {
    tokens: (released: string, source: string) => `the release gives ${released} tokens, its paper ${source}`,
    params: (released: string, source: string) => `the release gives ${released} parameters, its authors’ model ${source}`,
  },
  /** The source of the authors' number, by the row's Hugging Face name (src/data/obsscaling-set-aside.ts). */
  setAsidePaper: {
    'cerebras/btlm-3b-8k-base': 'Dey et al. 2023, arXiv 2309.11568',
    'openlm-research/open_llama_7b_v2': 'Geng & Liu 2023: OpenLLaMA 7Bv2, LLaMA 7B’s architecture; Touvron et al. 2023a, Table 2',
  } satisfies Record<SetAsideId, string>,
};
export default en;
export type ReleaseMessages = typeof en;
