import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: '预测下一个词元：交叉熵与困惑度',
  caption:
    '语言模型读入一段上下文，给每个可能的下一个词元一个概率；这里假设只有六个候选词元分掉全部概率（真实的词表有几万个词元）。这一次预测的损失是交叉熵 −ln p，p 是模型给“真正出现的那个词元”的概率：模型很确定且猜对时接近 0，给真实词元的概率越小，损失越大。除以 ln 2 就换成比特；困惑度 e^(−ln p) = 1/p 表示模型的不确定程度相当于在几个等可能的选项里瞎猜。所有缩放定律里的预训练损失，就是把这个以奈特为单位的交叉熵在文本的全部词元上取平均。',
  source:
    '损失的定义见 Kaplan 等（2020，arXiv 2001.08361）§1.3：“L – the cross entropy loss in nats. Typically it will be averaged over the tokens in a context”。上下文和概率都是为说明而虚构的。',
  alt: '柱状图：一段短上下文之后，模型给六个候选下一个词元的概率；真正出现的词元那一根柱子被突出显示，并标出它的交叉熵。',
} satisfies FigureStrings;
