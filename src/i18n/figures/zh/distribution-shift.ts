import common from '../../common/zh';
import type en from '../en/distribution-shift';

const zh: typeof en = {
  common,
  params: {
    size: { label: '标出一个模型 N（非嵌入参数）', unit: common.unit.params },
    datasets: {
      label: '数据集',
      options: { all: '原文图 8 左图的五个', right: '只看 Books 和 Wikipedia（如原文图 8 右图）' },
    },
  },
  axis: {
    params: '参数量 N（非嵌入）',
    trainingLoss: '训练分布（WebText2）上的测试损失',
    otherLoss: '其他分布上的损失',
  },
  tip: { trainingLoss: '训练分布上的损失' },
  key: '● 已收敛的模型\n- - 训练中的一个大模型',
  column: {
    dataset: '数据集',
    trainingLoss: 'WebText2 损失（奈特）',
    offset: '示意偏移（奈特）',
    loss: '该数据集上的示意损失（奈特）',
  },
  readout: {
    training: (n) => `N = ${n}：训练分布上的损失`,
    trainingValue: (loss) => `${loss} ${common.unit.nats}（WebText2，原文式 1.1）`,
    others: '其他分布上的示意损失（偏移为虚构）',
    other: (dataset, loss) => `${dataset} ${loss}`,
    separator: '；',
  },
  outside: (n) => `N = ${n} 超出了 Kaplan 训练过的规模（768 到 15 亿非嵌入参数，§3），L(N) 是外推。`,
};
export default zh;
