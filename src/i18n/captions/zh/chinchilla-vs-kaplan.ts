import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: '模型该多大？Kaplan 与 Chinchilla 的对比',
  caption:
    '计算最优参数量随训练计算量的变化。Kaplan 等让模型规模几乎与计算预算同步增长（N ∝ C^0.73）；Chinchilla 的三种方法和 Epoch 的重新拟合都让模型与数据大致同速增长（N ∝ C^0.46–0.51）。Kaplan 的直线取自原文表 6：N = 1.3×10⁹·(C/1 PF-day)^0.73，其中 N 是非嵌入参数，C 是以 PF-day 计的 C_min（1 PF-day = 8.64×10¹⁹ FLOPs）；像 Hoffmann 等原文图 1 那样把它画在总 FLOPs 和总参数量的坐标上，就是把两者当成一回事。圆点是真实模型：论文印有计算量的用印刷值，否则用 6ND；DeepSeek-V3 按 370 亿激活参数放置。',
  source:
    'Hoffmann 等（2022，arXiv 2203.15556）原文图 1、原文表 1、原文表 2、原文表 3、原文表 A3 与原文式（4）；Kaplan 等（2020，arXiv 2001.08361）原文表 6；Besiroglu 等（2024，arXiv 2404.10102）；模型数据：Brown 等 2020、Touvron 等 2023、Llama 3 论文、DeepSeek-V3 README（见数据表）。',
  alt: '双对数图：最优参数量随 FLOPs 变化。Kaplan 的直线较陡，另外四条 Chinchilla 类直线较平且几乎平行；GPT-3、Gopher、MT-NLG 等模型点靠近 Kaplan 直线，Chinchilla 和后来的模型靠近较平的直线；一条竖线标出所选的计算预算。',
} satisfies FigureStrings;
