import common from '../../common/en';

const en = {
  common,
  params: {
    uniqueTokens: {
      label: 'Unique tokens U_D',
      unit: common.unit.tokens,
      help: 'The text you have, each token counted once. Training on more tokens than this repeats it.',
    },
    budget: {
      label: 'Compute budget C',
      unit: common.unit.flops,
      help: 'Training FLOPs; every point of the curves spends it all, C = 6ND.',
    },
    x: {
      label: 'Horizontal axis',
      options: { epochs: 'Epochs D/U_D', tokens: 'Training tokens D' },
    },
  },
  series: { constrained: 'Data-constrained (U_D fixed)', fresh: 'Unlimited fresh data' },
  point: { constrained: 'optimum', fresh: 'fresh-data optimum', floor: 'floor for U_D' },
  axis: { epochs: 'Epochs D/U_D (model N = C/6D)', tokens: 'Training tokens D (model N = C/6D)', loss: 'Loss (nats/token, C4)' },
  /** Label of a reference line at 1, 4 (the paper's abstract) and 1 + R_D* ≈ 16.4 epochs. */
  reference: (epochs: string) => (epochs === '1' ? '1 epoch' : `${epochs} epochs`),
  tip: { epochs: 'Epochs', tokens: 'Tokens D', params: 'Parameters N', loss: 'Loss', effectiveData: 'Effective data D′' },
  column: { epochs: 'Epochs', tokens: 'Training tokens D', effectiveData: 'Effective data D′', loss: 'Loss, data-constrained', freshLoss: 'Loss, fresh data' },
  readout: {
    constrained: (unique: string, budget: string) => `Optimum with ${unique} unique tokens at ${budget} FLOPs`,
    allocation: (n: string, d: string, loss: string) => `${n} params on ${d} tokens, loss ${loss} nats`,
    epochs: 'Epochs at the optimum',
    epochsValue: (epochs: string, repeats: string) => `${epochs}, that is R_D = ${repeats} repetitions`,
    epochsBelowOne: (epochs: string) => `${epochs}: the unique tokens are not used up, nothing is repeated`,
    effective: 'Effective data D′ and parameters N′ at the optimum',
    effectiveValue: (dEff: string, dShare: string, nEff: string, nShare: string) => `D′ ${dEff} tokens (${dShare} of D), N′ ${nEff} params (${nShare} of N)`,
    fresh: 'With unlimited fresh data (same budget)',
    penalty: 'Loss penalty of the data limit',
    penaltyValue: (nats: string, percent: string) => `+${nats} nats (+${percent})`,
    noPenalty: (tokens: string) => `none: the unique tokens cover the ${tokens} tokens of the fresh-data optimum`,
  },
  warning: {
    paramsAbove: (n: string) =>
      `The optimum has ${n} parameters, more than the largest models (9B) the law was fitted on (Muennighoff et al., derivation appendix: 7M–9B parameters, 1–500 epochs); its numbers are an extrapolation.`,
    paramsBelow: (n: string) =>
      `The optimum has ${n} parameters, fewer than the smallest models (7M) the law was fitted on (Muennighoff et al., derivation appendix: 7M–9B parameters, 1–500 epochs); its numbers are an extrapolation.`,
    floor: (floor: string, unique: string, gap: string) =>
      `With this much compute the optimum lies within ${gap} nats of ${floor} nats, the lowest loss ${unique} unique tokens can give: effective data and parameters have reached their ceilings, D′ → U_D·(1 + R_D*) and N′ → U_N·(1 + R_N*). More compute buys almost nothing, and where along the flat bottom the optimum falls means little.`,
    epochsAbove: (epochs: string) =>
      `The optimum repeats the data for ${epochs} epochs, more than the 500 the law was fitted on (Muennighoff et al., derivation appendix); its numbers are an extrapolation.`,
  },
};
export default en;
