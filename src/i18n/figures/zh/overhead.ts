import common from '../../common/zh';
import laws from '../../laws/zh';
import type en from '../en/overhead';

const zh: typeof en = {
  common,
  laws,
  params: {
    k: {
      label: '缩小倍数 k',
      unit: '倍',
      help: '模型是计算最优规模的 1/k。k = 1 即计算最优模型。',
    },
    budget: {
      label: '计算预算 C',
      unit: common.unit.flops,
      help: '决定要追平的损失和模型的绝对规模；倍数本身与预算无关。',
    },
    law: {
      label: '系数',
      options: { hoffmann2022: laws.law.hoffmann2022.name, hoffmann2022Rounded: laws.law.hoffmann2022Rounded.name, besiroglu2024: laws.law.besiroglu2024.name },
    },
  },
  axis: { k: '缩小倍数 k' },
  facet: { data: '所需词元数 ÷ 计算最优 D', compute: '训练计算量 ÷ 预算' },
  column: { law: '系数', tokens: '所需词元数', dataFactor: '数据倍数', computeFactor: '计算倍数' },
  unreachable: '达不到',
  summary: (data, compute, extra) => `数据 ${data}，计算 ${compute}（多 ${extra}）`,
  unreachableSummary: '无论多少数据都达不到',
  readout: {
    optimal: (budget) => `计算最优（${budget} FLOPs）`,
    optimalValue: (n, d, loss) => `${n} 参数，${d} 词元，损失 ${loss} 奈特`,
    smaller: (k) => `小 ${k} 倍的模型`,
    smallerValue: (n, d) => `${n} 参数，需 ${d} 词元`,
    smallerUnreachable: (n) => `${n} 参数：达不到这个损失`,
    extra: '额外数据与计算',
    kStar: '数据不再能弥补的倍数 k*',
  },
  warning: {
    beyond: (k, kStar) => `k = ${k} 超过了 k* = ${kStar}：这么小的模型即使有无限数据，损失也降不到目标值。`,
  },
};
export default zh;
