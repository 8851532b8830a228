import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: '平滑的损失，看似突变的准确率',
  caption:
    '左：每词元损失随模型规模按幂律下降。中：L 个词元的答案完全匹配的概率 exp(−L·损失)，先长期贴近零，然后陡然上升；虚线是 n 道题的测试集的分辨率 1/n，低于它的准确率通常记为 0（把纵轴换成对数，就能看到那一段曲线）。右：词元编辑距离 L·(1 − exp(−损失)) 平滑改善。三幅图是同一个模型，只是评测指标不同。',
  source: 'Schaeffer、Miranda、Koyejo 2023（arXiv 2304.15004）§2 与原文图 2（分辨率 = 1/测试集大小：§2 第二个原因）；损失律 (N/c)^α（α < 0）是他们的假设，常数仅作示意。',
  alt: '三幅以对数模型规模为横轴的图：一条下降的损失直线，一条很晚才跃升的 S 形准确率曲线，一条平滑下降的编辑距离曲线。',
} satisfies FigureStrings;
