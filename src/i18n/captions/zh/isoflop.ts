import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'IsoFLOP 曲线：固定计算预算下的损失谷',
  caption:
    '左：在每个固定的计算预算 C 下，模型越小，训练词元数越多（D = C/6N），反之越少，于是损失形成一个谷。对每条曲线按 log N 拟合一条抛物线，其顶点（菱形）就是计算最优规模的估计。右：这些顶点随 C 的变化、穿过它们拟合的幂律（实线），以及原文式（4）的闭式前沿（虚线）；星号把幂律外推到更大的预算，默认是 Gopher 的 5.76×10²³ FLOPs，与原文图 3 相同。曲线来自拟合出的损失律，不是论文的训练数据。',
  source:
    'Hoffmann 等（2022，arXiv 2203.15556）§3.2、原文图 3 与原文式（4）；损失律：原文式（10）的舍入值与未舍入值（TeX 源码，经 Epoch 的 analyzing-chinchilla），以及 Besiroglu 等（2024，arXiv 2404.10102）。',
  alt: '左：以对数模型规模为横轴的若干 U 形损失曲线，每个计算预算一条，附拟合抛物线并标出最低点；预算越大，曲线越低、越靠右。右：在双对数坐标中，这些最低点落在一条直线上，其斜率与虚线表示的闭式前沿一致。',
} satisfies FigureStrings;
