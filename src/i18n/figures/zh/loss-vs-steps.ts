import common from '../../common/zh';
import type en from '../en/loss-vs-steps';

const stepsAxis = '训练步数 S_min';

const zh: typeof en = {
  common,
  params: {
    steps: { label: common.kaplan.readAt('S_min'), unit: common.unit.steps },
    sizes: { label: common.kaplan.modelSizes, unit: common.unit.params, help: '最多 8 个，用逗号隔开，例如 1000万, 1亿, 10亿。' },
    constants: {
      label: '拟合常数',
      options: { table3: '原文表 3：L(N,S) 的拟合', table5: '原文表 5：单变量拟合' },
    },
  },
  axis: { steps: stepsAxis },
  column: { size: '模型规模 N', steps: '步数 S_min' },
  readout: (n, steps) => `N = ${n}，S_min = ${steps}`,
  readoutValue: (loss, converged) => `${loss} ${common.unit.nats}（收敛后 ${converged}）`,
  warmup: (steps) => `S_min = ${steps} 落在 3000 步的学习率预热期内，论文拟合 L(N,S) 时去掉了这一段（§5.2）。`,
  beyondRuns: (steps) => `S_min = ${steps} 超过了论文多数训练的 2.5×10⁵ 步（§2.2），曲线在这里是外推。`,
};
export default zh;
