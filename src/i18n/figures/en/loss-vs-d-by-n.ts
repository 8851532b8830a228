import common from '../../common/en';

const en = {
  common,
  params: {
    d: { label: common.kaplan.readAt('D'), unit: common.unit.tokens },
    sizes: {
      label: common.kaplan.modelSizes,
      unit: common.unit.params,
      help: 'The defaults are the model sizes in the legend of Kaplan Fig. 4 (left). Up to 8, comma-separated.',
    },
  },
  readout: (n: string, d: string) => `N = ${n} at D = ${d}`,
  readoutValue: (loss: string, penalty: string, enough: string) => `${loss} ${common.unit.nats}, δL = ${penalty}; eq 4.4 asks D ≳ ${enough}`,
};
export default en;
