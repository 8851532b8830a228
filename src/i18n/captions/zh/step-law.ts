import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: '最优学习率与批量大小：Step Law 与 DeepSeek 对照',
  caption:
    '同一次训练，两条拟合规则。Step Law 由非嵌入参数量 N 和训练词元数 D 给出最优峰值学习率 η = 1.79·N^−0.713·D^0.307 和批量大小 B = 0.58·D^0.571（批量大小与 N 无关）。DeepSeek 的规则只用计算预算：η = 0.3118·C^−0.125，B = 0.2920·C^0.3271，其中 DeepSeek 的 C = M·D，M 是每个词元的非嵌入 FLOPs（含注意力）；默认我们用 C ≈ 6ND，它忽略了注意力的计算量，也可以给出模型形状来算 M。峰值学习率是学习率调度的最高点：预热之后、衰减之前；批量大小以词元计（每批序列条数 × 序列长度）。图中的阴影带是在这个 N 下各条拟合覆盖的词元数范围，超出后两条规则都是外推。',
  source:
    'Li 等 2025，“Predictable Scale: Part I”（Step Law，arXiv 2503.04715）；批量大小以词元计、N 为非嵌入参数，依据其代码库 step-law/steplaw（code/fit_tool.py；data/dense_lr_bs_loss.csv：N 2.1×10⁸–1.07×10⁹，D 4×10⁹–10¹¹）。DeepSeek-AI 2024，DeepSeek LLM（arXiv 2401.02954）原文式（1），拟合范围 10¹⁷–2×10¹⁹ FLOPs，M 见原文式（2）。',
  alt: '两幅以训练词元数为横轴的双对数图：左图是 Step Law 和 DeepSeek 规则给出的峰值学习率，右图是两者给出的以词元计的批量大小；阴影带表示各规则的拟合范围，竖线标出所选的训练。',
} satisfies FigureStrings;
