import common from '../../common/en';

const en = {
  common,
  params: {
    answerTokens: { label: 'Answer length L', unit: common.unit.tokens },
    alpha: { label: 'Loss exponent α (< 0)' },
    c: {
      label: 'Scale constant c',
      unit: common.unit.params,
      help: 'Per-token loss L_CE(N) = (N/c)^α: a larger c means a higher loss at the same size.',
    },
    testItems: {
      label: 'Test items n',
      unit: 'items',
      help: 'Accuracy has a resolution of 1/n: below it a model gets fewer than one of the n items right on average, which usually reads as 0.',
    },
    accuracyAxis: {
      label: 'Accuracy axis',
      options: { linear: 'Linear (looks sudden)', log: 'Log (shows what lies below 1/n)' },
    },
  },
  axis: {
    loss: 'Per-token loss (nats)',
    exactMatch: (answerTokens: string) => `Exact match (L = ${answerTokens})`,
    editDistance: 'Token edit distance',
  },
  column: { accuracy: 'Exact-match accuracy' },
  readout: {
    at: (n: string) => `At N = ${n}`,
    atValue: (loss: string, accuracy: string, edit: string) => `loss ${loss} ${common.unit.nats}, exact match ${accuracy}%, edit distance ${edit}`,
    resolved: (items: string) => `Exact match first above 1/n (n = ${items})`,
    resolvedAt: (n: string, items: string) => `at about N = ${n}; smaller models get fewer than one of the ${items} items right on average, so they usually score 0`,
    never: (from: string, to: string) => `not between ${from} and ${to}`,
  },
};
export default en;
