import common from '../../common/zh';
import type en from '../en/loss-vs-n-by-d';

const zh: typeof en = {
  common,
  params: {
    n: { label: common.kaplan.readAt('N'), unit: common.unit.params },
    datasets: {
      label: '数据量 D',
      unit: common.unit.tokens,
      help: '默认是 Kaplan 原文图 9 图例中的数据量。最多 8 个，用逗号隔开。',
    },
  },
  axis: { params: '非嵌入参数量 N' },
  enoughLabel: (n) => `N = ${n} 不过拟合所需的数据（原文式 4.4）`,
  enoughValue: (d) => `D ≳ ${d} ${common.unit.tokens}`,
  readout: (d, n) => `D = ${d}，N = ${n}`,
  readoutValue: (loss, penalty) => `${loss} ${common.unit.nats}，δL = ${penalty}`,
  outsideN: (n) => `N = ${n} 超出了论文研究的 768 到 15 亿个非嵌入参数（§3），这里的读数是外推。`,
  outsideDatasets: (datasets) => `${datasets} 个词元超出了论文研究的约 2200 万到 230 亿个词元（§3），这些曲线是外推。`,
};
export default zh;
