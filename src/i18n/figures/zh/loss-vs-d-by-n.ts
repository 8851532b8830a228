import common from '../../common/zh';
import type en from '../en/loss-vs-d-by-n';

const zh: typeof en = {
  common,
  params: {
    d: { label: common.kaplan.readAt('D'), unit: common.unit.tokens },
    sizes: {
      label: common.kaplan.modelSizes,
      unit: common.unit.params,
      help: '默认是 Kaplan 原文图 4（左）图例中的模型规模。最多 8 个，用逗号隔开。',
    },
  },
  readout: (n, d) => `N = ${n}，D = ${d}`,
  readoutValue: (loss, penalty, enough) => `${loss} ${common.unit.nats}，δL = ${penalty}；原文式 4.4 要求 D ≳ ${enough}`,
};
export default zh;
