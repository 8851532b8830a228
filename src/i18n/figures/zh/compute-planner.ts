import { ACCELERATORS, REPORTED_MFU } from '../../../engine/compute';
import { formatNumber } from '../../../lib/numbers';
import common from '../../common/zh';
import laws from '../../laws/zh';
import type en from '../en/compute-planner';

const palm = REPORTED_MFU.find((m) => m.id === 'palm-540b')!;
const llama = REPORTED_MFU.find((m) => m.id === 'llama-3-405b')!;
const pct = (x: number) => `${+(x * 100).toPrecision(3)}%`;

const zh: typeof en = {
  common,
  laws,
  params: {
    budget: {
      label: '计算预算 C',
      unit: common.unit.flops,
      help: '默认值 5.76×10²³ 是 Gopher 与 Chinchilla 的训练预算（Hoffmann 等 2022 原文表 3）。用于“我有计算预算”。',
    },
    mode: {
      label: '问题',
      options: { budget: '我有一个计算预算', hardware: '我有硬件和时间', params: '我想要这个规模的模型', tokens: '我有这么多训练词元' },
    },
    law: { label: '突出显示的定律', options: laws.planner },
    params: { label: '想要的参数量 N', unit: common.unit.params, help: '用于“我想要这个规模的模型”。可写 7B 或 70亿。' },
    tokens: { label: '已有训练词元数 D', unit: common.unit.tokens, help: '用于“我有这么多训练词元”。可写 2T 或 2万亿。' },
    accelerator: {
      label: '加速器',
      options: {
        ...Object.fromEntries(
          ACCELERATORS.map((a) => [a.id, `${a.name}（${formatNumber(a.peakFlops / 1e12, 'zh', 4)} TFLOP/s ${a.precision}${a.status === 'S' ? '，二手来源' : ''}）`]),
        ),
        custom: '自定义峰值（见下）',
      },
    },
    chips: { label: '芯片数量', unit: '' },
    days: { label: '训练天数', unit: '天', help: '用于“我有硬件和时间”；其他问题会算出所需天数。' },
    utilisation: {
      label: '利用率（MFU）',
      unit: '',
      help: `已发表的 MFU：PaLM 540B 为 ${pct(palm.mfu)}（PaLM 原文表 3），Llama 3 405B 为 ${pct(llama.mfu)}–${pct(llama.high!)}（Llama 3 原文表 4）。`,
    },
    customPeak: { label: '自定义峰值吞吐', unit: 'FLOP/s/芯片', help: '加速器选“自定义”时使用。' },
  },
  axis: { flops: '训练计算量 C（FLOPs）', params: '计算最优参数量 N' },
  isoflopRuns: 'IsoFLOP 实验范围',
  customChips: '自定义芯片',
  days: (d) => `${d} 天`,
  loss: {
    none: '不预测损失',
    kaplan: (loss) => `${loss} 奈特（WebText2，不可直接比较）`,
    chinchilla: (loss) => `${loss} 奈特/词元`,
  },
  readout: {
    params: (law) => `${law}：参数量`,
    nonEmbedding: '（非嵌入）',
    tokens: '训练词元数',
    ratio: '每参数词元数 D/N',
    flops: '计算量 C = 6ND',
    flopsValue: (c) => `${c} FLOPs`,
    loss: '预测损失',
    time: (chips, chip, utilisation) => `训练时间（${chips} × ${chip}，利用率 ${utilisation}）`,
    given: (days) => `${days}（给定）`,
    nearest: '最接近的真实模型',
    nearModel: (name, params, tokens) => `${name}（${params}，${tokens} 词元）`,
    nearSeparator: '；',
    otherLaw: (params, tokens, ratio) => `${params} 参数 · ${tokens} 词元 · D/N ${ratio}`,
    otherLawTail: (flops, days) => ` · ${flops} FLOPs · ${days}`,
  },
  column: {
    law: '定律',
    tokens: '训练词元数 D',
    flops: '计算量 C（FLOPs）',
    loss: '预测损失（奈特）',
    days: '训练天数',
  },
  warning: {
    kaplanBreakdown: (c) => `这个预算（${c} FLOPs）超过了约 10⁴ PF-days（8.64×10²³ FLOPs）：Kaplan 等指出他们的定律必须在此附近失效（原文式 6.8）。`,
    kaplanParams: (f) => `Kaplan 等的模型从 768 到 15 亿非嵌入参数；这个答案超出该范围 ${f} 倍，是外推。`,
    isoflopAbove: (c, f, lo, hi) => `这个预算（${c} FLOPs）是 Chinchilla IsoFLOP 实验最大预算的 ${f} 倍（实验范围 ${lo}–${hi} FLOPs，模型 7000 万–160 亿参数）：答案是外推。`,
    isoflopBelow: (c, f, lo, hi) => `这个预算（${c} FLOPs）只有 Chinchilla IsoFLOP 实验最小预算的 1/${f}（实验范围 ${lo}–${hi} FLOPs，模型 7000 万–160 亿参数）：答案是外推。`,
  },
};
export default zh;
