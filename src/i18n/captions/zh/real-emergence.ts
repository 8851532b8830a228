import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: '真实模型上的涌现任务：两种评分',
  caption:
    '公开基础模型在 Wei 等（2022）称为涌现的 BIG-bench 任务上的两样本得分，横坐标是训练计算量（对数轴）。IPA 音标转写对同一批模型有两种评分：按完全匹配，所有小模型的得分恰为 0，之后突然跳升；BLEU 按部分正确给分，这些模型的得分全都大于 0。可以一次只看一个系列，连成折线；圆环标出得分低于前一个（更小的）模型的模型。',
  source:
    'Ruan、Maddison、Hashimoto 2024（arXiv 2405.10938），Observational Scaling Laws 数据发布中的 base_llm_emergent_capability_eval.csv 和 base_llm_benchmark_eval.csv（FLOPs）（仓库 ryoungj/ObsScaling，提交 4d6e1e4，Apache-2.0），数值照原样；论证来自 Schaeffer、Miranda、Koyejo 2023。',
  alt: 'BIG-bench 任务得分对训练 FLOPs 的散点图，对数横轴从 10²⁰ 到 10²⁶，每个模型一个点；按完全匹配，约 2×10²² FLOPs 以下的点都落在 0 上，之后上升；按 BLEU，同一批模型略高于 0 并逐渐上升；选定的系列用折线相连。',
} satisfies FigureStrings;
