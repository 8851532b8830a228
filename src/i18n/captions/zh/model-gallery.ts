import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: '真实模型与计算最优直线',
  caption:
    '参数量与训练词元数，两轴都取对数。实心圆点是按各自论文的数字放置的模型，名字后的数字是每参数词元数（D/N）；空心菱形是 Observational Scaling Laws 数据发布（Ruan、Maddison 和 Hashimoto，2024）中同时给出参数量和词元数的公开基础模型。可以只看其中一种来源，也可以两种都看。两边都有的模型只画一次，用论文的数字：论文是一手来源，而数据发布汇编的元数据可能与之不同（Llama 3 405B 在数据发布中是 15 万亿词元，Llama 3 论文给出的是 15.6 万亿）。蓝线是所选拟合的计算最优分配 (N_opt(C), D_opt(C))，蓝色星号是所选预算下的最优点，位于该预算的等计算量线（蓝色虚线）上；点线是 D = 20N；灰色虚线是等计算量线 D = C/(6N)。早期模型（GPT-3、Gopher、MT-NLG）每参数只有 1–2 个词元，远在直线下方；Chinchilla 恰在线上；近来的模型远在上方，用更多训练计算换取更小、推理更便宜的模型。数据发布中画出的 113 个模型里，102 个在 D = 20N 上方（最高每参数 8,000 个词元，h2o-danube3-500m），6 个 Cerebras-GPT 模型恰好在线上，5 个在下方（BLOOM 176B、Falcon-180B 和三个 OPT 模型）。DeepSeek-V3 按 370 亿激活参数放置。',
  source:
    'Hoffmann 等（2022，arXiv 2203.15556）原文表 1、原文表 3、原文表 A3、原文式（4）；Besiroglu 等（2024，arXiv 2404.10102）；模型规模与词元数：Brown 等 2020、Touvron 等 2023a/b、Chowdhery 等 2022、Llama 3 论文、DeepSeek-V3 README、Qwen2.5 技术报告（见数据表）；空心菱形：Ruan、Maddison 和 Hashimoto 2024（arXiv 2405.10938），Observational Scaling Laws 数据发布中的 base_llm_benchmark_eval.csv，数值照原样。',
  alt: '参数量与训练词元数的双对数散点图：十三个来自论文的模型画成实心圆点，Observational Scaling Laws 数据发布中的 113 个基础模型画成空心菱形；有一条上升的蓝色计算最优直线、一条每参数 20 词元的点线和若干下降的灰色等计算量虚线；GPT-3、Gopher、MT-NLG 远在最优直线下方，Chinchilla 在线上，Llama 3 与 DeepSeek-V3 远在上方，数据发布中从 7000 万到 1800 亿参数的多数模型也在上方。',
} satisfies FigureStrings;
