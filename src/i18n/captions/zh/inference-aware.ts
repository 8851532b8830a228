import { INFERENCE_AWARE_SOURCE as S } from '../../../engine/inference-aware';
import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: '更小、训练更久：为推理而定的模型规模',
  caption: `曲线上每一点都达到同一个目标损失：模型越小，所需训练词元越多。把训练（每词元 6N）和推理（每词元 2N）的 FLOPs 一起算，总量最小的模型比计算最优模型更小、训练数据更多。目标函数“在 L(N, D_tr) = ℓ 的约束下最小化 6·N·D_tr + 2·N·D_inf”遵循 Sardana 等 2024（arXiv ${S.arxiv}）。这篇论文我们只核实了摘要：目标函数的确切形式，以及这里默认值所取的原文图 1 图注中的例子（一个预期有 2 万亿推理词元的 130 亿参数模型），都来自二手来源，即对该论文的介绍，例如 liner.com 上的一篇第三方评述。因此这些数字只是该定律的示例，而非论文本身的结果。`,
  source: `${S.paper}（arXiv ${S.arxiv}），目标函数取自二手来源的介绍（未与论文原文核对）；损失定律：Hoffmann 等 2022（arXiv 2203.15556）原文式（2）、（10）；Besiroglu 等 2024（arXiv 2404.10102）。`,
  alt: '固定目标损失下，FLOPs 随模型规模变化的双对数图：训练 FLOPs 随规模下降，推理 FLOPs 随规模上升，两者之和的最小值位于计算最优规模的左侧。',
} satisfies FigureStrings;
