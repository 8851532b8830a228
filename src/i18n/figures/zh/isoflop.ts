import chinchilla from '../../chinchilla/zh';
import common from '../../common/zh';
import laws from '../../laws/zh';
import type en from '../en/isoflop';

const zh: typeof en = {
  common,
  laws,
  chinchilla,
  params: {
    target: {
      label: '把幂律外推到这个预算',
      unit: common.unit.flops,
      help: '论文用 6e18 到 3e21 的曲线拟合幂律，再外推到 Gopher 的预算 5.76e23（原文图 3）。',
    },
    law: {
      label: chinchilla.fittedLaw,
      options: chinchilla.lawOption,
      help: '未舍入的 Hoffmann 常数给出 a = 0.4565；论文印刷的舍入常数给出 0.4516；Epoch 的重新拟合给出 0.5126。',
    },
    budgets: {
      label: '计算预算',
      unit: common.unit.flops,
      help: '2 到 8 个预算，用逗号隔开，如 1e19, 1e21。论文的 IsoFLOP 实验覆盖 6e18 到 3e21。',
    },
    span: {
      label: '每个预算的模型规模范围（最优点两侧）',
      unit: '个数量级',
      help: '每条曲线取 15 个模型规模，在闭式最优点两侧按对数均匀分布。范围越宽，抛物线的最低点偏离真正的最优点越多。',
    },
  },
  axis: { optimalParams: '最优参数量 N_opt' },
  fitNote: (a) => `实线：穿过顶点的幂律，a = ${a}`,
  closedNote: (a) => `虚线：原文式（4）闭式前沿，a = ${a}`,
  column: { budget: '预算 C（FLOPs）' },
  kind: { vertex: '抛物线顶点', closedForm: '闭式最优（原文式 4）', point: 'IsoFLOP 点' },
  readout: {
    exponentA: '穿过顶点拟合的指数 a（N_opt ∝ C^a）',
    exponentAValue: (a, closed, law) => `${a}；闭式 β/(α+β) = ${closed}（${law}）`,
    exponentB: '数据指数 b（D_opt ∝ C^b）',
    exponentBValue: (b, closed) => `${b}；闭式 ${closed}`,
    projected: (target) => `外推到 ${target} FLOPs（星号）`,
    projectedValue: (n, d, closed) => `幂律给出 N_opt ${n}，D_opt ${d} 词元；闭式 ${closed}`,
    largest: (budget) => `最大预算 ${budget} FLOPs 下的 N_opt`,
    largestValue: (n, d, closedN, closedD) => `抛物线顶点 ${n}（${d} 词元）；闭式 ${closedN}（${closedD} 词元）`,
  },
  warning: {
    oneBudget: '只有一个不同的预算，无法拟合幂律；请至少给出两个不同的预算。',
    outside: (budgets) => `预算 ${budgets} 超出论文 IsoFLOP 实验的范围（6×10¹⁸ 到 3×10²¹ FLOPs，§3.2），这里的曲线是损失律的外推。`,
  },
};
export default zh;
