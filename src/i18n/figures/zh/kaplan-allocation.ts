import common from '../../common/zh';
import type en from '../en/kaplan-allocation';

const budget = '计算预算 C_min';
const computeAxis = '计算预算 C_min（PF-day）';
const growthAxis = '相对 C_min = 1 PF-day 的倍数';

const zh: typeof en = {
  common,
  params: {
    budget: { label: budget, unit: 'PF-day', help: '1 PF-day = 8.64×10¹⁹ FLOPs。例如 3.14×10²³ FLOPs（GPT-3）约为 3634 PF-day。' },
  },
  axis: { compute: computeAxis, growth: growthAxis },
  note: {
    largest: '→ N_opt 超过 Kaplan\n训练过的最大模型',
    breakdown: 'C* ≈ 10⁴：趋势\n必然失效（原文式 6.8）',
  },
  column: {
    compute: 'C_min（PF-day）',
    flops: 'FLOPs',
    params: 'N_opt（非嵌入参数）',
    batchTokens: 'B_crit（词元）',
    steps: 'S_min（步）',
    tokens: 'D_opt（词元）',
  },
  part: { params: '参数量 N_opt', tokens: '训练词元数 D_opt', batchTokens: '临界批量大小 B_crit', steps: '最少步数 S_min' },
  readout: {
    budget,
    budgetValue: (pfDays, flops) => `${pfDays} PF-day = ${flops} FLOPs`,
    params: (n, growth) => `${n} 非嵌入参数（${growth} 倍）`,
    tokens: (d, growth) => `${d} 词元（1 个 epoch）（${growth} 倍）`,
    batchTokens: (b, growth) => `${b} 词元/批（${growth} 倍）`,
    steps: (s, growth) => `${s} 步（${growth} 倍）`,
  },
  largerThanTrained: (n) => `N_opt = ${n} 大于 Kaplan 训练过的任何模型（最大 15 亿非嵌入参数，§3）：这是外推。`,
  beyondBreakdown: '超过 C* ≈ 10⁴ PF-day 后，Kaplan 自己的两条趋势 L(C_min) 与 L(D(C_min)) 相互矛盾，论文预计这些定律在此之前就会失效（原文式 6.8）。',
};
export default zh;
