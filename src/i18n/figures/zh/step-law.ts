import common from '../../common/zh';
import type en from '../en/step-law';

const zh: typeof en = {
  common,
  params: {
    params: { label: '非嵌入参数量 N', unit: common.unit.params },
    tokens: { label: '训练词元数 D', unit: common.unit.tokens },
    seqLen: { label: '序列长度', unit: common.unit.tokens, help: '只用来把以词元计的批量大小换算成序列条数。' },
    compute: {
      label: 'DeepSeek 规则所用的计算量 C',
      options: { '6nd': 'C ≈ 6ND（忽略注意力的计算量）', shape: 'C = M·D，M 由层数和宽度算出（DeepSeek 原文式 2）' },
    },
    layers: { label: '层数 n_layer（仅用于 C = M·D）', unit: '' },
    dModel: { label: '模型宽度 d_model（仅用于 C = M·D）', unit: '' },
  },
  rule: { stepLaw: 'Step Law', deepseek: 'DeepSeek' },
  axis: { tokens: '训练词元数 D', learningRate: '最优峰值学习率 η', batch: '最优批量大小 B（词元）' },
  legend: { stepLaw: '▬ Step Law（N, D）', deepseek: '▬ DeepSeek（C）', fitted: '阴影：拟合范围' },
  column: {
    tokens: '训练词元数 D',
    flops: '计算量 C（FLOPs）',
    stepLr: 'Step Law η',
    stepBatch: 'Step Law B（词元）',
    deepseekLr: 'DeepSeek η',
    deepseekBatch: 'DeepSeek B（词元）',
  },
  readout: {
    stepLr: 'Step Law：峰值学习率 η',
    stepBatch: 'Step Law：批量大小 B',
    compute: '计算量 C（DeepSeek 规则的输入）',
    deepseekLr: 'DeepSeek：峰值学习率 η',
    deepseekBatch: 'DeepSeek：批量大小 B',
    batchValue: (tokens, sequences) => `${tokens} ${common.unit.tokens} ≈ ${sequences}`,
    sequences: (count, seqLen) => `${count} 条长 ${seqLen} 的序列`,
    computeValue: (flops, note) => `${flops} FLOPs (${note})`,
    sixND: 'C ≈ 6ND',
    shapeNote: (m) => `C = M·D，M = ${m} FLOPs/词元`,
    shapeParams: '这个形状的非嵌入参数量（12·n_layer·d_model²）',
    shapeParamsValue: (shape, n) => `${shape}（Step Law 用的是上面填的 N = ${n}）`,
  },
  warning: {
    stepLawParams: (n, lo, hi) => `N = ${n} 超出 Step Law 拟合所用的模型规模（${lo} 到 ${hi} 非嵌入参数）：学习率是外推。`,
    stepLawTokens: (d, lo, hi) => `D = ${d} 超出 Step Law 拟合所用的词元数（${lo} 到 ${hi}）：学习率和批量大小都是外推。`,
    deepseekCompute: (c, lo, hi) => `C = ${c} FLOPs 超出 DeepSeek 拟合所用的计算预算（${lo} 到 ${hi} FLOPs）：它的两个值都是外推。`,
  },
};
export default zh;
