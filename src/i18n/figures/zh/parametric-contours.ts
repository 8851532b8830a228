import chinchilla from '../../chinchilla/zh';
import common from '../../common/zh';
import laws from '../../laws/zh';
import type en from '../en/parametric-contours';

const zh: typeof en = {
  common,
  laws,
  chinchilla,
  params: {
    budget: {
      label: '标出的计算预算',
      unit: common.unit.flops,
      help: '默认是 Gopher 的预算 5.76e23：原文图 4 据此预测最优规模为 400 亿参数。',
    },
    law: { label: chinchilla.fittedLaw, options: chinchilla.lawOption },
    slices: { label: 'IsoFLOP 切片', unit: common.unit.flops },
  },
  what: {
    touch: '前沿穿过等损失线处（该线 FLOPs 最少的点）',
    optimum: '所选预算的最优点',
    slice: (budget) => `切片 ${budget}`,
  },
  readout: {
    optimum: (budget, law) => `${budget} FLOPs 时的前沿点（${law}）`,
    optimumValue: (n, d, perParam, loss) => `N_opt ${n}，D_opt ${d} 词元（每参数 ${perParam} 个），损失 ${loss}`,
    models: '这条律下的 Gopher 与 Chinchilla',
    modelsSeparator: '；',
    frontier: '前沿（原文式 4）',
    frontierValue: (g, a) => `N_opt = ${g} · (C/6)^${a}`,
    extrapolation: '外推',
    extrapolationValue: (n) => `论文拟合用的模型最大约 160 亿参数（摘要），${n} 已是外推；Chinchilla 正是在 Gopher 预算上对这一外推的检验。`,
  },
};
export default zh;
