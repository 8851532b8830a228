import common from '../../common/zh';
import type en from '../en/data-constrained';

const zh: typeof en = {
  common,
  params: {
    uniqueTokens: {
      label: '独有词元 U_D',
      unit: common.unit.tokens,
      help: '手头的文本，每个词元只计一次。训练词元多于这个数，就要重复读。',
    },
    budget: {
      label: '计算预算 C',
      unit: common.unit.flops,
      help: '训练 FLOPs；曲线上每一点都把它全部用完，C = 6ND。',
    },
    x: {
      label: '横轴',
      options: { epochs: '训练轮数 D/U_D', tokens: '训练词元数 D' },
    },
  },
  series: { constrained: '数据受限（U_D 固定）', fresh: '新数据不限' },
  point: { constrained: '最优点', fresh: '新数据最优点', floor: 'U_D 下的损失下限' },
  axis: { epochs: '训练轮数 D/U_D（模型 N = C/6D）', tokens: '训练词元数 D（模型 N = C/6D）', loss: '损失（奈特/词元，C4）' },
  reference: (epochs) => `${epochs} 轮`,
  tip: { epochs: '轮数', tokens: '词元数 D', params: '参数量 N', loss: '损失', effectiveData: '有效数据量 D′' },
  column: { epochs: '轮数', tokens: '训练词元数 D', effectiveData: '有效数据量 D′', loss: '损失（数据受限）', freshLoss: '损失（新数据）' },
  readout: {
    constrained: (unique, budget) => `${unique} 个独有词元、${budget} FLOPs 下的最优点`,
    allocation: (n, d, loss) => `${n} 参数，${d} 词元，损失 ${loss} 奈特`,
    epochs: '最优点的训练轮数',
    epochsValue: (epochs, repeats) => `${epochs}，即重复 R_D = ${repeats} 次`,
    epochsBelowOne: (epochs) => `${epochs}：独有词元没有用完，没有重复`,
    effective: '最优点的有效数据量 D′ 与有效参数量 N′',
    effectiveValue: (dEff, dShare, nEff, nShare) => `D′ ${dEff} 词元（D 的 ${dShare}），N′ ${nEff} 参数（N 的 ${nShare}）`,
    fresh: '新数据不限时（同一预算）',
    penalty: '数据上限带来的损失增加',
    penaltyValue: (nats, percent) => `+${nats} 奈特（+${percent}）`,
    noPenalty: (tokens) => `没有：独有词元足够新数据最优点所需的 ${tokens} 词元`,
  },
  warning: {
    paramsAbove: (n) => `最优点有 ${n} 参数，超过了拟合这个定律所用的最大模型（90 亿；Muennighoff 等，原文推导附录：参数量 700 万–90 亿，1–500 轮），这些数字是外推。`,
    paramsBelow: (n) => `最优点只有 ${n} 参数，小于拟合这个定律所用的最小模型（700 万；Muennighoff 等，原文推导附录：参数量 700 万–90 亿，1–500 轮），这些数字是外推。`,
    floor: (floor, unique, gap) =>
      `计算量这么大时，最优点与 ${floor} 奈特相差不到 ${gap} 奈特，这是 ${unique} 个独有词元所能达到的最低损失：有效数据量和有效参数量都已到顶，D′ → U_D·(1 + R_D*)，N′ → U_N·(1 + R_N*)。再加计算几乎没有收益，最优点落在平坦谷底的哪个位置也没有多大意义。`,
    epochsAbove: (epochs) => `最优点要把数据重复 ${epochs} 轮，超过了拟合时的 500 轮（Muennighoff 等，原文推导附录），这些数字是外推。`,
  },
};
export default zh;
