import emergence from '../../emergence/en';

const en = {
  emergence,
  params: {
    compute: {
      ...emergence.params.compute,
      help: 'The vertical line marks this budget; the readout lists the abilities of Table 1 that had emerged at or below it.',
    },
    task: {
      label: 'Highlighted ability (Wei et al. 2022, Table 1)',
      /** The nine few-shot rows of Table 1 that have a single scale, named as the table prints them. */
      options: {
        'arith-3': 'Addition/subtraction (3 digit)',
        'arith-4-5': 'Addition/subtraction (4-5 digit)',
        'mmlu-57': 'MMLU Benchmark (57 topic avg.)',
        toxicity: 'Toxicity classification (CivilComments)',
        truthfulqa: 'Truthfulness (Truthful QA)',
        'mmlu-26': 'MMLU Benchmark (26 topics)',
        concepts: 'Grounded conceptual mappings',
        'mmlu-30': 'MMLU Benchmark (30 topics)',
        wic: 'Word in Context (WiC) benchmark',
      },
    },
    chance: {
      ...emergence.params.chance,
      help: 'What guessing scores: 0 for free-form arithmetic, 25% for four-way multiple choice (e.g. MMLU), 50% for a yes/no task.',
    },
    sharpness: {
      ...emergence.params.sharpness,
      help: 'Slope of the logistic in log₁₀ FLOPs. The paper gives no curve shape; this only sets how steep the schematic is.',
    },
    others: { label: 'Show the other few-shot abilities of Table 1' },
  },
  column: { ability: 'Ability' },
  readout: {
    by: (compute: string) => `Emerged by C = ${compute} FLOPs (Table 1)`,
    sameScale: 'Other abilities at the same scale in Table 1',
  },
};
export default en;
