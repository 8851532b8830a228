import { BENCHMARK_FAMILIES, familyOptions } from '../../../figures/lib/obs-families';
import release from '../../release/en';

const en = {
  release,
  params: {
    benchmark: {
      label: 'Benchmark',
      help: 'Scores as the release gives them: the share of items answered right (pass@1 for HumanEval).',
      options: {
        MMLU: 'MMLU',
        'ARC-C': 'ARC-Challenge',
        HellaSwag: 'HellaSwag',
        Winograd: 'Winogrande',
        TruthfulQA: 'TruthfulQA',
        GSM8K: 'GSM8K',
        XWinograd: 'XWinograd',
        HumanEval: 'HumanEval',
      } as Record<string, string>,
    },
    family: {
      label: 'Families',
      help: 'All models, the seven families with the most models in colour; or one family drawn as a line, the rest in grey.',
      options: { all: 'All families', ...familyOptions(BENCHMARK_FAMILIES) } as Record<string, string>,
    },
  },
  axisFlops: 'Training compute C (FLOPs)',
  axisScore: (benchmark: string) => `${benchmark} score`,
  otherFamilies: 'Other families',
  chanceLine: (value: string) => `chance ${value}`,
  column: { model: 'Model', family: 'Family', params: 'Parameters', tokens: 'Pretraining tokens', flops: 'Training FLOPs' },
  tip: { family: 'Family', flops: 'Training FLOPs' },
  readout: {
    plotted: 'Models plotted',
    plottedValue: (n: string, benchmark: string) => `${n} with training FLOPs and a score on ${benchmark}`,
    leftOut: 'Left out',
    /** `setAside`: the models set aside, each already worded with its reason (`setAside` below). */
    leftOutValue: (noFlops: string, noScore: string, setAside: readonly string[]) =>
      `${noFlops} without training FLOPs, ${noScore} without a score${setAside.length ? `; set aside: ${setAside.join('; ')}` : ''}`,
    /** A release row set aside because its model's authors contradict it (src/data/obsscaling-set-aside.ts): `reason`
     * from release.setAsideReason, `citation` from release.setAsidePaper. */
    setAside: (name: string, reason: string, citation: string) => `${name} (${reason}; ${citation})`,
    chance: 'Chance level',
    noChance: 'none given (the score is a share of probability on true answers)',
    best: 'Highest score',
    bestValue: (name: string, score: string, flops: string) => `${name}: ${score} at ${flops} FLOPs`,
  },
};
export default en;
