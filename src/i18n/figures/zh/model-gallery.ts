import { MODELS } from '../../../engine/models';
import common from '../../common/zh';
import release from '../../release/zh';
import laws from '../../laws/zh';
import type en from '../en/model-gallery';

const zh: typeof en = {
  common,
  release,
  laws,
  params: {
    budget: {
      label: '计算预算',
      unit: common.unit.flops,
      help: '蓝色星号是这个预算下的计算最优点，粗虚线是它的等计算量线。默认是 Gopher 的预算 5.76e23（Hoffmann 等，原文表 3）。',
    },
    highlight: { label: '突出显示的模型', options: Object.fromEntries(MODELS.map((m) => [m.id, m.name])) },
    show: {
      label: '显示的模型',
      options: {
        both: '两种来源',
        papers: '本站引用的论文',
        release: 'Observational Scaling Laws 数据发布',
      },
      help: '实心圆点：按各自论文给出的数字放置的模型。空心菱形：Observational Scaling Laws 数据发布（Ruan、Maddison 和 Hashimoto，2024）中同时给出参数量和词元数的基础模型。两边都有的模型只画一次，用论文的数字。',
    },
    law: {
      label: '计算最优直线来自',
      options: {
        approach1: '方法一：原文表 3 的幂律（约 20 词元/参数）',
        approach2: '方法二：原文表 A3 的幂律',
        hoffmann2022: '方法三：原文式（4），未舍入常数',
        hoffmann2022Rounded: '方法三：原文式（4），印刷常数',
        besiroglu2024: 'Epoch 重新拟合（Besiroglu 2024）',
      },
      help: '方法一、二只给出 N_opt 与 D_opt 的幂律，没有损失函数；选它们时，损失用方法三的未舍入拟合计算。',
    },
  },
  axis: { tokens: '训练词元数 D' },
  isoLabel: (flops) => `${flops} FLOPs`,
  tipRatio: '词元/参数',
  legend: { paper: '本站引用的论文', release: 'Observational Scaling Laws 数据发布' },
  source: {
    paper: (citation) => `论文：${citation}`,
    alsoInRelease: (names) => `；Observational Scaling Laws 数据发布中也有，名为 ${names}`,
    release: 'Observational Scaling Laws 数据发布（Ruan、Maddison 和 Hashimoto，2024）',
  },
  modelSource: {
    'gpt-3': 'Brown 等 2020，原文表 D.1（3.64e3 PF-days）；Hoffmann 等 2022，原文表 1',
    lamda: 'Hoffmann 等 2022，原文表 1',
    'jurassic-1': 'Hoffmann 等 2022，原文表 1（“Jurassic”）',
    gopher: 'Hoffmann 等 2022，原文表 1 与原文表 3（“Gopher unit” 5.76e23）',
    'mt-nlg': 'Hoffmann 等 2022，原文表 1',
    chinchilla: 'Hoffmann 等 2022，原文表 1 与 §4',
    'palm-540b': 'Chowdhery 等 2022，§1 与 §4',
    'llama-7b': 'Touvron 等 2023a，原文表 2',
    'llama-13b': 'Touvron 等 2023a，原文表 2',
    'llama-33b': 'Touvron 等 2023a，原文表 2',
    'llama-65b': 'Touvron 等 2023a，原文表 2',
    'llama-2-7b': 'Touvron 等 2023b，原文表 1',
    'llama-2-13b': 'Touvron 等 2023b，原文表 1',
    'llama-2-70b': 'Touvron 等 2023b，原文表 1',
    'llama-3-8b': 'Llama 3 论文 §1、原文表 3（“about 15T multilingual tokens”）；模型卡“15T+”',
    'llama-3-70b': 'Llama 3 论文 §1、原文表 3（“about 15T multilingual tokens”）；模型卡“15T+”',
    'llama-3-405b': 'Llama 3 论文 §1 与 §3.2（“3.8 × 10^25 FLOPs”“15.6T text tokens”）',
    'deepseek-llm-7b': 'DeepSeek-AI 2024（arXiv 2401.02954），原文表 2',
    'deepseek-llm-67b': 'DeepSeek-AI 2024（arXiv 2401.02954），原文表 2',
    'deepseek-v3': 'deepseek-ai/DeepSeek-V3 README（总参数 671B，激活 37B，14.8T 词元）',
    'qwen2.5-72b': 'Qwen2.5 技术报告（arXiv 2412.15115），§1',
  },
  column: { model: '模型', ratio: '每参数词元数', flops: '6ND（FLOPs）', optimalParams: '同计算量的最优参数量', loss: (law) => `损失（${law}）`, source: '来源' },
  readout: {
    budget: (budget) => `${budget} FLOPs 的计算最优点（星号）`,
    budgetValue: (n, d, ratio) => `${n} 参数、${d} 词元，每参数 ${ratio} 个`,
    ratio: (name) => `${name}：每参数词元数`,
    ratioValue: (ratio, d, n) => `${ratio}（${d} 词元 / ${n} 参数）`,
    compute: '训练计算量 6ND',
    computeValue: (flops) => `${flops} FLOPs`,
    printed: (flops) => `（原文印刷 ${flops}）`,
    loss: (law) => `预测的损失（${law}）`,
    lossValue: (loss, optimum) => `${loss} 奈特/词元；同样计算量下的最优损失 ${optimum}`,
    optimum: '同样计算量下的计算最优规模',
    optimumValue: (n, d, name, x) => `${n} 参数、${d} 词元；${name} 是它的 ${x} 倍`,
    drawn: '画出的模型',
    drawnValue: (papers, release) => `来自论文 ${papers} 个（实心圆点），来自 Observational Scaling Laws 数据发布 ${release} 个（空心菱形）`,
    release: (rows) => `数据发布中的 ${rows} 个模型`,
    releaseValue: (merged, into, noTokens) => `${merged} 个与 ${into} 个论文点是同一批模型，只按论文画一次；${noTokens} 个没有预训练词元数，不画（从不补值）`,
    setAside: (name, reason, citation) => `；${name} 也不画：${reason}（${citation}）`,
  },
  warning: {
    moe: (name, active, total) =>
      `${name} 是混合专家（MoE）模型：这里按每个词元的 ${active} 激活参数放置（总参数 ${total}）。Chinchilla 的定律是在稠密模型上拟合的，对 MoE 只是粗略的参照。`,
    extreme: (ratio) =>
      `每参数 ${ratio} 个词元远离 Chinchilla 实验的典型比例。Sardana 等（2024）发现，只用典型比例的数据拟合的定律，会高估极端比例下（他们做到每参数 10,000 个词元）多加词元的收益。`,
  },
};
export default zh;
