import common from '../../common/en';
import laws from '../../laws/en';

const en = {
  common,
  laws,
  params: {
    digits: {
      label: 'Significant digits of the recomputed values',
      unit: 'digits',
      help: 'At 2 digits you can see that the printed constants give 0.45, not the 0.46 of Table 2.',
    },
    exponent: { label: 'Exponent', options: { a: 'a: N_opt ∝ C^a', b: 'b: D_opt ∝ C^b' } },
    typo: {
      label: 'Table A3, 175B row (a typo)',
      options: { exclude: 'Leave it out', printed: 'As printed, 1.26e24', corrected: 'Corrected, 1.26e25' },
    },
  },
  /** Row names on the dot plot's axis, keyed like the engine's approachExponentComparison rows. */
  short: {
    approach1: 'Approach 1',
    approach2: 'Approach 2',
    approach3: 'Approach 3',
    approach3Rounded: 'Eq. (4), printed',
    approach3Unrounded: 'Eq. (4), TeX',
    besiroglu2024: 'Epoch 2024',
    kaplan: 'Kaplan 2020',
    deepseek: 'DeepSeek',
  },
  head: { source: (which: string) => `Source · exponent ${which}`, printed: 'Printed', recomputed: 'Recomputed' },
  axis: (which: string) => `Exponent ${which} (● printed, bar 10th–90th pct.; ◇ recomputed)`,
  tip: { printed: 'Printed', recomputed: 'Recomputed' },
  column: {
    source: 'Source',
    printedA: 'a printed',
    intervalA: 'a, 10th–90th pct.',
    printedB: 'b printed',
    intervalB: 'b, 10th–90th pct.',
    recomputedA: 'a recomputed',
    recomputedB: 'b recomputed',
    method: 'How recomputed',
    printedIn: 'Printed in',
  },
  /** What was done with Table A3's 175B row, in a sentence. */
  treatment: { exclude: 'left out', printed: 'as printed', corrected: 'corrected' },
  readout: {
    why: 'Why 0.46 and not 0.45',
    whyValue: (rounded: string, tex: string) =>
      `The printed α = 0.34, β = 0.28 of eq. (10) give a = 0.28/0.62 = ${rounded}, which rounds to 0.45; the TeX-source α = 0.33917, β = 0.28491 give ${tex}, the 0.46 of Table 2. The rounding of α and β, not the fit, moves a.`,
    typo: 'The typo in Table A3',
    typoValue: (printed: string, corrected: string, treatment: string, a: string, all: string) =>
      `Approach 3’s 175B row prints ${printed} FLOPs, but 6 × 175B × 12.0T = ${corrected} (the printed value is below the 67B row’s). With the row ${treatment}, a = ${a} (left out / as printed / corrected: ${all}): it barely matters.`,
    interval: '† Approach 3’s interval',
    intervalValue: (a: string, b: string) =>
      `The paper’s own unrounded constants give a = ${a} and b = ${b}, just outside the printed intervals (0.454, 0.455) and (0.542, 0.543). Besiroglu et al. (2024) note that intervals this narrow would need over 600,000 experiments, while the paper likely ran fewer than 500.`,
  },
};
export default en;
