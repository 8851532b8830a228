import chinchilla from '../../chinchilla/zh';
import common from '../../common/zh';
import laws from '../../laws/zh';
import type en from '../en/training-envelope';

const zh: typeof en = {
  common,
  laws,
  chinchilla,
  params: {
    sizes: {
      label: '模型规模的个数',
      help: '规模越多，包络上的“台阶”越细，读出的指数越接近闭式值。',
    },
    law: { label: '生成曲线的损失律', options: chinchilla.lawOption },
    modelRange: {
      label: '最小与最大模型',
      unit: common.unit.params,
      help: '论文方法一的模型从 7000 万到 100 多亿参数（§3.1）。',
    },
    flopRange: { label: '计算量范围', unit: common.unit.flops },
  },
  axis: { envelopeParams: '包络上的参数量 N', envelopeTokens: '包络上的词元数 D' },
  smallest: (n) => `最小 ${n}`,
  largest: (n) => `最大 ${n}`,
  column: { curve: '曲线' },
  lowerEnvelope: '下包络',
  readout: {
    exponents: '从包络读出的指数',
    exponentsValue: (a, b, law, closedA, closedB) => `a = ${a}，b = ${b}；闭式（${law}）a = ${closedA}，b = ${closedB}`,
    atEnd: (flops) => `${flops} FLOPs 时包络上的模型`,
    atEndValue: (n, d, loss, closedN) => `${n} 参数、${d} 词元、损失 ${loss}；闭式最优 ${closedN} 参数`,
  },
  warning: {
    pinnedLow: '在计算量范围的低端，最优模型比最小的模型还小：包络被最小模型“卡住”，读出的指数会偏。请加入更小的模型或提高计算量下限。',
    pinnedHigh: '在计算量范围的高端，最优模型比最大的模型还大：包络被最大模型“卡住”，读出的指数会偏。请加入更大的模型或降低计算量上限。',
  },
};
export default zh;
