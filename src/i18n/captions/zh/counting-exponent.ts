import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: '参数的数法如何改变指数',
  caption:
    '同一个按全部参数写出的损失定律，用两种方法来读。把所有参数都算上、计算量记为 6·N_T·D，计算最优的规模在任何预算下都按 C^(β/(α+β)) 增长（蓝线），接近 Chinchilla 的 0.50。像 Kaplan 等那样只数非嵌入参数、计算量记为 6·N_E·D，同一批最优模型在嵌入占比大的区间长得更快（橙线）；嵌入可以忽略之后，指数又回到同一个值。嵌入有 V·d_model 个参数，d_model 通过固定的宽深比与规模挂钩。阴影带是 Kaplan 的模型规模成为计算最优时对应的预算；默认设置下，非嵌入指数在这一段的平均值是 0.75。Pearce 和 Song 在类似的区间上拟合，得到 0.78，而按全部参数是 0.51。数法并不是唯一原因：Porian 等把差距归结为最后一层的计算量、预热长度和随规模而变的优化器调参。',
  source:
    'Pearce 与 Song 2024（arXiv 2406.12907）：设定、ω = 47,491 以及非嵌入指数的闭式解，均按作者的分析脚本（github.com/TeaPearce/Reconciling_Kaplan_Chinchilla_Scaling_Laws）；0.78 与 0.51 见原文图 1。损失定律：Hoffmann 等 2022 原文式（2）、（10）；Besiroglu 等 2024 重新拟合，即 Pearce 和 Song 的默认选择。参考线：Kaplan 等 2020 原文式（6.1）与原文表 6（0.73）；Hoffmann 等 2022 原文表 2，方法一（0.50）。Kaplan 的模型规模：非嵌入参数 768 到 15 亿（Kaplan 原文第 3 节）。Porian 等 2024（arXiv 2406.19146），原文摘要。',
  alt: '两条局部指数曲线，横轴为对数刻度的训练计算量，从 10¹⁵ 到 10²⁵ FLOPs。按全部参数的曲线平坦，约为 0.51。按非嵌入参数的曲线从 0.84 开始，在 2×10¹⁶ FLOPs 附近达到约 0.97 的峰值，到 10²² 时回落到 0.51 左右。虚线标出 Kaplan 的 0.73 和 Chinchilla 的 0.50；一条延伸到 3×10²⁰ FLOPs 的阴影带标出 Kaplan 的模型规模。',
} satisfies FigureStrings;
