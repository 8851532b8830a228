import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: '真实模型的基准测试得分与训练计算量',
  caption:
    '每个点是一个公开的基础模型，横坐标是训练计算量（C ≈ 6ND，对数轴），纵坐标是所选基准测试的得分；每个系列一种颜色。计算量相同时，不同系列的得分相差很大；知识和常识类基准测试很早就开始上升，而 GSM8K 和 HumanEval 要到很晚才离开零附近。虚线是该基准测试的随机水平。缺训练 FLOPs 的模型不画出，只在读数中计数。',
  source:
    'Ruan、Maddison、Hashimoto 2024（arXiv 2405.10938），Observational Scaling Laws 数据发布中的 base_llm_benchmark_eval.csv（仓库 ryoungj/ObsScaling，提交 4d6e1e4，Apache-2.0），数值照原样；随机水平取自各基准测试自己的论文。',
  alt: '基准测试得分对训练 FLOPs 的散点图，对数横轴从 10¹⁸ 到 10²⁶，每个模型系列一种颜色，着色系列的模型用折线相连，另有一条表示随机水平的虚线；得分随计算量上升，但计算量相同时，有些系列的得分远高于其他系列。',
} satisfies FigureStrings;
