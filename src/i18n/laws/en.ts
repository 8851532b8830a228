/**
 * Words for the engine's laws and tables (the engine speaks numbers and keys, issue 14 §2): each law's name, short
 * name and note keyed like the engine's LAWS, and the row labels of Hoffmann et al. 2022 Table 2 and of the exponent
 * comparison. Figure catalogues include it as `laws`; ./zh.ts is typed by this one.
 */
const en = {
  law: {
    hoffmann2022: {
      name: 'Chinchilla fit (Hoffmann et al. 2022), unrounded',
      shortName: 'Hoffmann 2022',
      note: 'The unrounded constants reproduce the reported a = 0.46 and the 40B-parameter optimum at the Gopher budget.',
    },
    hoffmann2022Rounded: {
      name: 'Chinchilla fit (Hoffmann et al. 2022), as printed',
      shortName: 'Hoffmann 2022 (rounded)',
      note: 'Rounded to E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28; the rounding shifts a to 0.45 and the Gopher-budget optimum to 32B.',
    },
    besiroglu2024: {
      name: 'Epoch replication (Besiroglu et al. 2024)',
      shortName: 'Besiroglu 2024',
      note: 'Refit on 240 points extracted from Hoffmann Fig. 4; the 4th decimal of E is unverified.',
    },
    muennighoff2023: {
      name: 'Data-constrained law (Muennighoff et al. 2023)',
      shortName: 'Muennighoff 2023',
      note: 'Released in the authors’ repository (huggingface/datablations, README); fitted on C4 with 7M–9B parameters and 1–500 epochs. Its losses are on C4 and not comparable with the Chinchilla fits.',
    },
  },
  /** Rows of Hoffmann et al. 2022 Table 2 (and Table A2's IsoFLOP rows), keyed like APPROACH_EXPONENTS. */
  approach: {
    approach1: '1. Minimum over training curves',
    approach2: '2. IsoFLOP profiles',
    approach3: '3. Parametric modelling of the loss',
    kaplan: 'Kaplan et al. (2020)',
    c4: 'IsoFLOP on C4',
    github: 'IsoFLOP on GitHub',
  },
  /** Rows of approachExponentComparison (printed vs recomputed exponents). */
  exponentRow: {
    approach1: 'Approach 1 · training curves',
    approach2: 'Approach 2 · IsoFLOP',
    approach3: 'Approach 3 · parametric',
    approach3Rounded: 'Approach 3 · eq (4), printed constants',
    approach3Unrounded: 'Approach 3 · eq (4), TeX constants',
    besiroglu2024: 'Epoch refit (Besiroglu 2024)',
    kaplan: 'Kaplan et al. 2020',
    deepseek: 'DeepSeek LLM (current data)',
  },
  /** How each row of the comparison was recomputed; `n` is the number of table rows fitted. */
  exponentMethod: {
    typo: { exclude: 'no 175B', printed: '175B as printed', corrected: '175B corrected' },
    approach1: (n: number) => `fit through Table 3 (${n} rows)`,
    approach2: (n: number) => `fit through Table A3 (${n} rows)`,
    approach3: (n: number, typo: string) => `fit through Table A3 (${n} rows, ${typo})`,
    approach3Rounded: 'β/(α+β), α = 0.34, β = 0.28 (eq. 10)',
    approach3Unrounded: 'β/(α+β), α = 0.33917, β = 0.28491',
    besiroglu2024: 'β/(α+β), α = 0.3478, β = 0.3658',
    kaplan: 'his Table 6 (non-embedding N)',
    deepseek: 'their eq. (4); M = FLOPs/token, not N',
  },
  /** The compute planner's allocation rules, keyed like PLANNER_LAW_INFO. */
  planner: {
    hoffmann2022: 'Hoffmann 2022, unrounded',
    hoffmann2022Rounded: 'Hoffmann 2022, as printed',
    besiroglu2024: 'Besiroglu 2024 refit',
    approach1: 'Approach 1 power law',
    approach2: 'Approach 2 power law',
    kaplan: 'Kaplan 2020 (non-embedding)',
  },
};
export default en;
export type LawMessages = typeof en;
