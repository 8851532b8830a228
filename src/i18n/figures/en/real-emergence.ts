import { EMERGENCE_FAMILIES, familyOptions } from '../../../figures/lib/obs-families';

const en = {
  params: {
    task: {
      label: 'BIG-bench task',
      help: 'Tasks Wei et al. (2022) list as emergent, two-shot, as scored in the release.',
      options: {
        ipa_transliterate: 'IPA transliteration',
        word_unscrambling: 'Word unscrambling',
        arithmetic_2da: '2-digit addition',
        arithmetic_2dm: '2-digit multiplication',
        arithmetic_3da: '3-digit addition',
        arithmetic_3ds: '3-digit subtraction',
      } as Record<string, string>,
    },
    metric: {
      label: 'Metric',
      help: 'IPA transliteration is scored both ways for the same models: all or nothing, or with partial credit.',
      options: { exact: 'Exact match', bleu: 'BLEU' } as Record<string, string>,
    },
    family: {
      label: 'Family',
      help: 'One family drawn as a line (a ring marks a model that scores below the one before it); the other models in grey.',
      options: { all: 'All families', ...familyOptions(EMERGENCE_FAMILIES) } as Record<string, string>,
    },
  },
  axisFlops: 'Training compute C (FLOPs)',
  metric: { exact: 'Exact match', bleu: 'BLEU (0–100)', accuracy: 'Accuracy' },
  listSeparator: '; ',
  column: { model: 'Model', family: 'Family', params: 'Parameters', flops: 'Training FLOPs' },
  tip: { family: 'Family', flops: 'Training FLOPs' },
  readout: {
    plotted: 'Models plotted',
    plottedValue: (n: string, families: string) => `${n}, from ${families} families`,
    leftOut: 'Left out',
    leftOutValue: (noFlops: string, noScore: string) => `${noFlops} without training FLOPs, ${noScore} without the score`,
    zeros: 'Scoring exactly 0',
    zerosValue: (k: string, n: string, flops: string) => `${k} of ${n}, all at or below ${flops} FLOPs`,
    noZeros: 'none',
    steps: 'More compute, lower score',
    noDrops: 'never: the score never falls from one model to the next',
    drop: (from: string, a: string, to: string, b: string) => `${from} ${a} → ${to} ${b}`,
  },
};
export default en;
