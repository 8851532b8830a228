import emergence from '../../emergence/en';

const en = {
  emergence,
  params: {
    compute: {
      ...emergence.params.compute,
      help: 'The vertical line marks this budget; the readout lists the techniques of Table 1 that had started to help at or below it.',
    },
    technique: {
      label: 'Technique (Wei et al. 2022, Table 1)',
      /** The thirteen augmented-prompting rows of Table 1, named as the table prints them. */
      options: {
        instruction: 'Instruction following (finetuning)',
        scratchpad: 'Scratchpad: 8-digit addition (finetuning)',
        'open-book': 'Using open-book knowledge for fact checking',
        'cot-math': 'Chain-of-thought: Math word problems',
        'cot-strategyqa': 'Chain-of-thought: StrategyQA',
        dsi: 'Differentiable search index',
        'self-consistency': 'Self-consistency decoding',
        explanations: 'Leveraging explanations in prompting',
        'least-to-most': 'Least-to-most prompting',
        'zero-shot-cot': 'Zero-shot chain-of-thought reasoning',
        calibration: 'Calibration via P(True)',
        'multilingual-cot': 'Multilingual chain-of-thought reasoning',
        ama: 'Ask me anything prompting',
      },
    },
    chance: {
      ...emergence.params.chance,
      help: 'What guessing scores: 0 for a math word problem with a numeric answer, 50% for a yes/no question.',
    },
    sharpness: {
      ...emergence.params.sharpness,
      help: 'Slope, in log₁₀ FLOPs, of the rise with the technique. The paper gives no curve shape.',
    },
    baseline: {
      label: 'Climb without the technique (illustrative)',
      help: 'How far ordinary prompting climbs from chance towards the ceiling over the whole range (a gentle slope of 1 per decade). 0 is a flat line.',
    },
    others: { label: 'Mark the other techniques of Table 1 on the axis' },
  },
  with: 'with the technique',
  without: 'without (ordinary prompting)',
  column: { technique: 'Technique', without: 'Without (schematic)', with: 'With (schematic)' },
  readout: {
    by: (compute: string) => `Helping by C = ${compute} FLOPs (Table 1)`,
    sameScale: 'Other techniques at the same scale in Table 1',
  },
};
export default en;
