import common from '../../common/en';

const stepsAxis = 'Training steps S_min';

const en = {
  common,
  params: {
    steps: { label: common.kaplan.readAt('S_min'), unit: common.unit.steps },
    sizes: { label: common.kaplan.modelSizes, unit: common.unit.params, help: 'Up to 8, comma-separated, e.g. 10M, 100M, 1B.' },
    constants: {
      label: 'Fitted constants',
      options: { table3: 'Table 3: the fit of L(N,S)', table5: 'Table 5: single-variable fits' },
    },
  },
  /** The x axis and the tip's steps line. */
  axis: { steps: stepsAxis },
  column: { size: 'Model size N', steps: 'Steps S_min' },
  readout: (n: string, steps: string) => `N = ${n} at S_min = ${steps}`,
  readoutValue: (loss: string, converged: string) => `${loss} ${common.unit.nats} (converged ${converged})`,
  /** §5.2: the fit of L(N, S) leaves out the 3,000-step warm-up. */
  warmup: (steps: string) => `S_min = ${steps} lies in the 3,000-step learning-rate warm-up, which the paper left out of its L(N,S) fit (§5.2).`,
  /** §2.2: most runs took 2.5×10⁵ steps. */
  beyondRuns: (steps: string) => `S_min = ${steps} is beyond the 2.5×10⁵ steps of most of the paper’s runs (§2.2); the curves are extrapolated there.`,
};
export default en;
