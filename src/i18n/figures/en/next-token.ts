import common from '../../common/en';

/** The example's six candidates, in the order of the bars (the same order in every language: weights travel in the URL). */
const tokens = ['coffee', 'tea', 'hot', 'milk', 'water', 'cocoa'];

const en = {
  common,
  tokens,
  params: {
    showLosses: {
      label: 'Show −ln p for every candidate',
      help: 'The loss the model would pay if that token were the one that came next.',
    },
    target: {
      label: 'The token that actually comes next',
      options: Object.fromEntries(tokens.map((token, i) => [String(i + 1), `“${token}”`])),
    },
    weights: {
      label: 'The model’s weights for the six candidates',
      unit: 'relative; normalised to probabilities',
      help: 'Six positive numbers in the order of the bars, separated by commas; each is divided by their sum, so the probabilities add up to 1.',
    },
  },
  context: 'Context: “This morning I drank a cup of …”',
  lossLine: (token: string, p: string, loss: string) => `Actual next token: “${token}” (p = ${p}), loss −ln p = ${loss} ${common.unit.nats}`,
  axis: { token: 'Candidate next token', probability: 'Probability given by the model' },
  tip: { loss: 'Loss −ln p (nats)' },
  barLoss: (loss: string) => `${loss} ${common.unit.nats}`,
  column: {
    token: 'Candidate token',
    weight: 'Weight',
    probability: 'Probability',
    loss: 'If it came next: −ln p (nats)',
    actual: 'Actually next?',
    yes: 'yes',
  },
  readout: {
    probability: (token: string) => `Probability p of “${token}”`,
    crossEntropy: 'Cross-entropy −ln p',
    crossEntropyValue: (nats: string, bits: string) => `${nats} ${common.unit.nats} = ${bits} bits`,
    perplexity: 'Perplexity e^(−ln p) = 1/p',
  },
};
export default en;
