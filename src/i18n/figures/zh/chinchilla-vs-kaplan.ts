import common from '../../common/zh';
import type en from '../en/chinchilla-vs-kaplan';

const zh: typeof en = {
  common,
  params: {
    budget: {
      label: '计算预算',
      unit: common.unit.flops,
      help: '默认是 Gopher 的计算预算 5.76e23（Hoffmann 等，原文表 3），Chinchilla 也用了同样的计算量。',
    },
    range: { label: '横轴范围', unit: common.unit.flops },
    kaplan: { label: 'Kaplan 等 2020' },
    approach1: { label: '方法一：训练曲线包络' },
    approach2: { label: '方法二：IsoFLOP 曲线' },
    approach3: { label: '方法三：参数化拟合' },
    epoch: { label: 'Epoch 重新拟合（Besiroglu 2024）' },
    models: {
      label: '标出的模型',
      options: { all: '全部', paper: '原文表 1 中的模型', later: '2022 年以后的模型', none: '不显示' },
    },
  },
  line: {
    kaplan: 'Kaplan 等 2020（C^0.73）',
    approach1: '方法一（原文表 3）',
    approach2: '方法二（原文表 A3）',
    approach3: '方法三（原文式 4）',
    epoch: 'Epoch 重新拟合 2024',
  },
  axis: { flops: '训练计算量 C（FLOPs）', size: '最优参数量 N_opt' },
  column: { what: '直线或模型', params: '参数量', source: '来源' },
  derivedFlops: ' (FLOPs = 6ND)',
  budgetLabel: (budget) => `${budget} FLOPs`,
  readout: (line, budget) => `${line}，${budget} FLOPs 时`,
  readoutValue: (n, d) => `N_opt ${n}，D_opt ${d} 词元`,
  ratio: 'Kaplan 与方法三之比',
  ratioValue: (x) => `同样的预算下，Kaplan 的模型大 ${x} 倍`,
  extrapolation: '外推倍数',
  extrapolationValue: (x) => `比论文最大的 IsoFLOP 预算（3×10²¹）大 ${x} 倍；Chinchilla 本身就是在 5.76×10²³ 检验这一外推`,
  warning: {
    kaplanBreakdown: 'Kaplan 等预计他们的定律在 C* ∼ 10⁴ PF-day（约 8.6×10²³ FLOPs，原文式 6.8）附近失效；这个预算已超过该点。',
    beyondModels: '这个预算超过了图中最大的模型（Llama 3 405B，3.8×10²⁵ FLOPs）的计算量，没有任何训练检验过这里的预测。',
  },
};
export default zh;
