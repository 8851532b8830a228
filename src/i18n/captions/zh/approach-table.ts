import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: '方法一至三及其他：指数的印刷值与重算值',
  caption:
    '每种方法的指数：论文印刷的值（原文表 2 给出区间的，附第 10 到第 90 百分位区间），以及本站引擎的重算值——方法一至三用原文表 3、原文表 A3 各行做对数–对数拟合，拟合出的损失律用原文式（4）的 β/(α+β)，Kaplan 用原文表 6，DeepSeek 用原文式（4）。右：同样的数字画成点（实心为印刷值及其区间，空心为重算值）。原文式（10）印刷的常数给出 0.4516，四舍五入是 0.45；未舍入的 TeX 常数给出 0.4565，才是原文表 2 的 0.46。',
  source:
    'Hoffmann 等（2022，arXiv 2203.15556）原文表 2、原文表 3、原文表 A3、原文式（4）（10）；Besiroglu 等（2024，arXiv 2404.10102）及 epoch-research/analyzing-chinchilla；Kaplan 等（2020，arXiv 2001.08361）原文表 6；DeepSeek-AI（2024，arXiv 2401.02954）原文表 4 与原文式（4）。',
  alt: '一张八行的表（方法一、二、三，用印刷常数和用 TeX 常数的原文式 4，Epoch 2024，Kaplan 2020，DeepSeek），列出印刷的指数和重算的指数；旁边的点图中，Chinchilla 一类的值集中在 0.45 到 0.53 之间，Kaplan 的 0.73 远离其他。',
} satisfies FigureStrings;
