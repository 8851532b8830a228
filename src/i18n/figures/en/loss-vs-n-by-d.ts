import common from '../../common/en';

const en = {
  common,
  params: {
    n: { label: common.kaplan.readAt('N'), unit: common.unit.params },
    datasets: {
      label: 'Dataset sizes D',
      unit: common.unit.tokens,
      help: 'The defaults are the dataset sizes in the legend of Kaplan Fig. 9. Up to 8, comma-separated.',
    },
  },
  axis: { params: 'Non-embedding parameters N' },
  enoughLabel: (n: string) => `Data to avoid overfitting at N = ${n} (eq 4.4)`,
  enoughValue: (d: string) => `D ≳ ${d} ${common.unit.tokens}`,
  readout: (d: string, n: string) => `D = ${d} at N = ${n}`,
  readoutValue: (loss: string, penalty: string) => `${loss} ${common.unit.nats}, δL = ${penalty}`,
  /** §3: 768 to 1.5B non-embedding parameters. */
  outsideN: (n: string) => `N = ${n} lies outside the 768 to 1.5B non-embedding parameters the paper studied (§3); the readouts there are extrapolations.`,
  /** §3: 22 million to 23 billion tokens. */
  outsideDatasets: (datasets: string) => `${datasets} tokens lie outside the ~22 million to 23 billion tokens the paper studied (§3); those curves are extrapolations.`,
};
export default en;
