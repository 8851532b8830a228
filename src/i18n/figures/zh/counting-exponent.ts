import common from '../../common/zh';
import laws from '../../laws/zh';
import type en from '../en/counting-exponent';

const zh: typeof en = {
  common,
  laws,
  params: {
    budget: {
      label: '计算预算 C',
      unit: common.unit.flops,
      help: '读数取在这里。两种数法各用各的计算量：全部参数用 6·N_T·D，非嵌入参数用 6·N_E·D（Kaplan 的 C）。',
    },
    law: {
      label: '损失定律（按全部参数）',
      options: { hoffmann2022: laws.law.hoffmann2022.name, hoffmann2022Rounded: laws.law.hoffmann2022Rounded.name, besiroglu2024: laws.law.besiroglu2024.name },
    },
    vocab: {
      label: '词表大小 V',
      unit: common.unit.tokens,
      help: '嵌入有 V·d_model 个参数。Chinchilla 用的是 32,000。',
    },
    aspect: {
      label: '宽深比 d_model / n_layer',
      help: '所有规模用同一个形状，于是 d_model = (宽深比·N_E/12)^(1/3)。默认值 39.2 对应 Pearce 和 Song 的 ω = 47,491。',
    },
  },
  series: {
    total: '全部参数 N_T，C = 6·N_T·D',
    nonEmbedding: '非嵌入参数 N_E，C = 6·N_E·D（Kaplan）',
  },
  axis: { compute: '训练计算量 C（FLOPs）', exponent: '局部指数 d ln N_opt / d ln C' },
  reference: {
    kaplan: (a) => `Kaplan 等 ${a}`,
    chinchilla: (a) => `Chinchilla ${a}`,
  },
  band: 'Kaplan 的模型规模',
  tip: { compute: '计算量 C', total: '指数（全部参数）', nonEmbedding: '指数（非嵌入参数）' },
  column: {
    flops: '计算量 C（FLOPs）',
    total: '指数（按全部参数）',
    nonEmbedding: '指数（按非嵌入参数）',
    totalOptimum: 'C = 6·N_T·D 时的 N_T,opt',
    nonEmbeddingOptimum: 'C = 6·N_E·D 时的 N_E,opt',
  },
  readout: {
    exponentTotal: (c) => `${c} FLOPs 处的局部指数，按全部参数`,
    exponentNonEmbedding: (c) => `${c} FLOPs 处的局部指数，按非嵌入参数`,
    optimumTotal: (c) => `C = 6·N_T·D = ${c} 时的计算最优模型`,
    optimumNonEmbedding: (c) => `C = 6·N_E·D = ${c} 时的计算最优模型`,
    optimumValue: (total, nonEmbedding, share, tokens) => `N_T ${total}，N_E ${nonEmbedding}（嵌入占 ${share}），${tokens} 词元`,
    kaplanRange: (lo, hi) => `Kaplan 的 768 到 15 亿非嵌入参数，在 ${lo} 到 ${hi} FLOPs 处计算最优`,
    kaplanRangeValue: (nonEmbedding, total) => `平均指数：非嵌入 ${nonEmbedding}，全部 ${total}`,
    limits: '非嵌入指数：极小模型与大模型',
    limitsValue: (small, large) => `β/(α/3+β) = ${small} → β/(α+β) = ${large}`,
    omega: 'N_T = N_E + ω·N_E^(1/3) 中的 ω，ω = V·(宽深比/12)^(1/3)',
  },
};
export default zh;
