import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: '更小模型的代价',
  caption:
    '比计算最优规模小 k 倍的模型，多训练一些词元仍能达到计算最优的损失。左：所需词元数，以计算最优的 D 为单位。右：它的训练计算量，以预算为单位。两者在 k* 处趋于无穷：那时仅小模型的参数项就用尽了全部损失差距，再多数据也无法弥补。按原文式（4），这些倍数与预算无关。',
  source:
    'Hoffmann 等 2022（arXiv 2203.15556）原文式（2）、（4）、（10），TeX 源文件中的未舍入常数与论文印刷值；Besiroglu 等 2024（arXiv 2404.10102）重新拟合（二手来源）。C = 6ND。分析思路沿用 de Vries 2023 的博客文章“Go smol or go home”（harmdevries.com）。',
  alt: '两幅以对数缩小倍数 k 为横轴的图：数据倍数与计算倍数，三组系数各一条线，都从 k = 1 处的 1 开始上升，并在虚线 k* 附近急剧增大。',
} satisfies FigureStrings;
