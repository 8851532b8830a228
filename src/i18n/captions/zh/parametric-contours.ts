import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: '方法三：损失地形与有效前沿',
  caption:
    '左：拟合的损失在训练计算量与模型规模平面上的等高线，每一点都取 D = C/(6N)。原文式（4）的有效前沿（蓝线）在双对数坐标中是一条直线，它穿过每条等损失线上所需 FLOPs 最少的那一点（圆点，标注损失值）。虚线是 IsoFLOP 切片；蓝色点线是标出的计算预算（星号是它的最优点），Gopher 与 Chinchilla 就在这条切片上。右：沿每条切片的损失，最低点落在前沿上；Gopher 与 Chinchilla 按损失律对它们的预测值放置。',
  source:
    'Hoffmann 等（2022，arXiv 2203.15556）§3.3、原文式（2）（4）（10）与原文图 4；未舍入常数取自 TeX 源码（经 Epoch 的 analyzing-chinchilla）；Besiroglu 等（2024，arXiv 2404.10102）。',
  alt: '左：以对数 FLOPs 和对数参数量为坐标的弯曲等损失线，一条蓝色直线前沿穿过它们最左侧的点，若干竖直虚线切片，以及 Gopher 和 Chinchilla 两个点。右：每条切片一条随模型规模变化的 U 形损失曲线，预算越大曲线越低。',
} satisfies FigureStrings;
