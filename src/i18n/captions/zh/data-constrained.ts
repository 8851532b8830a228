import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: '文本就这么多：训练几轮？',
  caption:
    '每一点都用完整个计算预算 C = 6ND：越往左，模型越大、读的词元越少；越往右，模型越小、把独有词元重复读很多轮。实线是 Muennighoff 等的数据受限定律，其中重复的词元和超出数据所能利用的参数都要打折（有效数据量 D′、有效参数量 N′）；虚线是同一组常数在新数据不限时的结果。点线标出 1 轮（从这里开始重复）、4 轮（论文发现重复到这里几乎和新数据一样好）和 1 + R_D* ≈ 16.4 轮（此后再加轮数收益很小）。计算量远超数据所能支撑时，实线会贴到一条水平点线上，那是这些独有词元所能达到的最低损失。损失在 C4 上测得，不能与第 3 章的损失直接比较。',
  source:
    'Muennighoff 等 2023，“Scaling Data-Constrained Language Models”（arXiv 2305.16264）：D′、N′ 和损失公式见原文推导附录，4 轮见原文摘要。常数 a、b、e、α、β、R_D*、R_N* 取自作者仓库 huggingface/datablations 的 README “Parametric Fit” 一节（拟合范围：参数量 700 万–90 亿，1–500 轮）。最优点：沿 C = 6ND 搜索（README 的 optimal_allocation 是同一搜索的较粗网格）。',
  alt: '固定计算预算下，损失随训练轮数（对数轴）变化：一条实线（数据受限）和一条虚线（新数据不限），各标出最小值；数据受限的最小值位于更多轮数处，损失更高。',
} satisfies FigureStrings;
