import common from '../../common/en';

const en = {
  common,
  params: {
    size: { label: 'Mark a model N (non-embedding parameters)', unit: common.unit.params },
    datasets: {
      label: 'Datasets',
      options: { all: 'All five of Fig. 8 (left)', right: 'Books and Wikipedia only (as in Fig. 8, right)' },
    },
  },
  axis: {
    params: 'Parameters N (non-embedding)',
    trainingLoss: 'Test loss on the training distribution (WebText2)',
    otherLoss: 'Loss on the other distribution',
  },
  tip: { trainingLoss: 'Training-distribution loss' },
  /** The key of the right panel: dots and the dashed line. */
  key: '● converged models\n- - one large model while it trains',
  column: {
    dataset: 'Dataset',
    trainingLoss: 'WebText2 loss (nats)',
    offset: 'Illustrative offset (nats)',
    loss: 'Illustrative loss on this dataset (nats)',
  },
  readout: {
    training: (n: string) => `N = ${n}: loss on the training distribution`,
    trainingValue: (loss: string) => `${loss} ${common.unit.nats} (WebText2, eq 1.1)`,
    others: 'Illustrative losses elsewhere (offsets invented)',
    /** One dataset's loss in the list of the others. */
    other: (dataset: string, loss: string) => `${dataset} ${loss}`,
    separator: '; ',
  },
  outside: (n: string) => `N = ${n} lies outside the sizes Kaplan trained (768 to 1.5B non-embedding parameters, §3): L(N) is extrapolated.`,
};
export default en;
