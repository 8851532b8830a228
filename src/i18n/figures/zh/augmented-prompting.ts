import emergence from '../../emergence/zh';
import type en from '../en/augmented-prompting';

const zh: typeof en = {
  emergence,
  params: {
    compute: {
      ...emergence.params.compute,
      help: '竖线标出这个计算量；读数列出原文表 1 中在这个规模或更小规模上已经开始起作用的技术。',
    },
    technique: {
      label: '技术（Wei 等 2022 原文表 1）',
      options: {
        instruction: '遵循指令（指令微调）',
        scratchpad: '草稿本：8 位数加法（微调）',
        'open-book': '借助开卷知识做事实核查',
        'cot-math': '思维链：数学应用题',
        'cot-strategyqa': '思维链：StrategyQA',
        dsi: '可微搜索索引',
        'self-consistency': '自一致性解码',
        explanations: '在提示中利用解释',
        'least-to-most': '由易到难（least-to-most）提示',
        'zero-shot-cot': '零样本思维链推理',
        calibration: '用 P(True) 校准',
        'multilingual-cot': '多语言思维链推理',
        ama: 'Ask Me Anything 提示',
      },
    },
    chance: {
      ...emergence.params.chance,
      help: '瞎猜能得的分数：数学应用题要写出数字答案，为 0；二选一的问题为 50%。',
    },
    sharpness: {
      ...emergence.params.sharpness,
      help: '用上这项技术后，分数在 log₁₀ FLOPs 上上升的斜率。论文没有给出曲线形状。',
    },
    baseline: {
      label: '不用该技术时的爬升（示意）',
      help: '普通提示在整个范围内从随机水平向上限爬升的比例（每个数量级斜率为 1 的缓坡）。0 表示一条平线。',
    },
    others: { label: '在横轴上标出原文表 1 中其余技术的规模' },
  },
  with: '用该技术',
  without: '不用（普通提示）',
  column: { technique: '技术', without: '不用该技术（示意）', with: '用该技术（示意）' },
  readout: {
    by: (compute) => `C = ${compute} FLOPs 时已起作用（原文表 1）`,
    sameScale: '原文表 1 中同一规模的其他技术',
  },
};
export default zh;
