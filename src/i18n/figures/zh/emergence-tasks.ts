import emergence from '../../emergence/zh';
import type en from '../en/emergence-tasks';

const zh: typeof en = {
  emergence,
  params: {
    compute: {
      ...emergence.params.compute,
      help: '竖线标出这个计算量；读数列出原文表 1 中在这个规模或更小规模上已经涌现的能力。',
    },
    task: {
      label: '突出显示的能力（Wei 等 2022 原文表 1）',
      options: {
        'arith-3': '三位数加减法',
        'arith-4-5': '四到五位数加减法',
        'mmlu-57': 'MMLU 基准（57 个主题平均）',
        toxicity: '毒性分类（CivilComments）',
        truthfulqa: '真实性（TruthfulQA）',
        'mmlu-26': 'MMLU 基准（26 个主题）',
        concepts: '把概念与现实世界对应起来',
        'mmlu-30': 'MMLU 基准（30 个主题）',
        wic: '语境中的词义（WiC）基准',
      },
    },
    chance: {
      ...emergence.params.chance,
      help: '瞎猜能得的分数：自由作答的算术题为 0，四选一（如 MMLU）为 25%，二选一为 50%。',
    },
    sharpness: {
      ...emergence.params.sharpness,
      help: '逻辑斯蒂曲线在 log₁₀ FLOPs 上的斜率。论文没有给出曲线形状，这个数只决定示意曲线有多陡。',
    },
    others: { label: '显示原文表 1 中其余的少样本能力' },
  },
  column: { ability: '能力' },
  readout: {
    by: (compute) => `C = ${compute} FLOPs 时已涌现（原文表 1）`,
    sameScale: '原文表 1 中同一规模的其他能力',
  },
};
export default zh;
