import common from '../../common/en';

const en = {
  common,
  params: {
    targetLoss: { label: 'Target loss L', unit: 'nats/token' },
    sizes: {
      label: 'Model sizes N (non-embedding parameters)',
      unit: common.unit.params,
      help: 'Up to six, separated by commas, e.g. 1M, 100M, 1.5B.',
    },
    adjust: {
      label: 'Correct the steps for the critical batch (eq 5.4)',
      help: 'When the 2^19-token batch is below the critical batch, the steps taken S exceed the law’s minimum S_min = S/(1 + B_crit/B).',
    },
  },
  axis: { tokens: 'Tokens processed' },
  note: { warmup: 'warm-up', runEnd: 'default run ends' },
  column: {
    tokens: 'Tokens processed',
    steps: (batch: string) => `Steps (batch ${batch} tokens)`,
  },
  readout: (n: string, loss: string) => `N = ${n}: to reach L = ${loss}`,
  never: (converged: string) => `never: its converged loss is ${converged} ${common.unit.nats}`,
  needs: (tokens: string, steps: string) => `needs ${tokens} tokens (${steps} steps)`,
  /** Appended to `needs` when the crossing falls in the warm-up (§5.2). */
  inWarmup: ', inside the warm-up, where the fit does not apply',
  outside: (sizes: string, count: number) =>
    `${sizes} lie${count === 1 ? 's' : ''} outside the sizes Kaplan trained (768 to 1.5B non-embedding parameters, §3): ${count === 1 ? 'its curve is' : 'their curves are'} extrapolated.`,
};
export default en;
