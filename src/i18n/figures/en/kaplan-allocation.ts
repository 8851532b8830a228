import common from '../../common/en';

const budget = 'Compute budget C_min';
const computeAxis = 'Compute budget C_min (PF-days)';
const growthAxis = 'Growth relative to C_min = 1 PF-day (×)';

const en = {
  common,
  params: {
    budget: { label: budget, unit: 'PF-days', help: '1 PF-day = 8.64×10¹⁹ FLOPs. For example 3.14×10²³ FLOPs (GPT-3) is about 3634 PF-days.' },
  },
  /** The axes, also the lines of the hover tip. */
  axis: { compute: computeAxis, growth: growthAxis },
  /** Notes on the chart; \n breaks the line. */
  note: {
    largest: '→ N_opt larger than any\nmodel Kaplan trained',
    breakdown: 'C* ≈ 10⁴: trends must\nbreak down (eq 6.8)',
  },
  column: {
    compute: 'C_min (PF-days)',
    flops: 'FLOPs',
    params: 'N_opt (non-embedding params)',
    batchTokens: 'B_crit (tokens)',
    steps: 'S_min (steps)',
    tokens: 'D_opt (tokens)',
  },
  /** The name of each part of the allocation, keyed like KAPLAN_ALLOCATION_PARTS. */
  part: { params: 'Parameters N_opt', tokens: 'Tokens D_opt', batchTokens: 'Critical batch B_crit', steps: 'Minimum steps S_min' },
  readout: {
    budget,
    budgetValue: (pfDays: string, flops: string) => `${pfDays} PF-days = ${flops} FLOPs`,
    /** Each part's value and its growth factor relative to C_min = 1 PF-day. */
    params: (n: string, growth: string) => `${n} non-embedding params (×${growth})`,
    tokens: (d: string, growth: string) => `${d} tokens (1 epoch) (×${growth})`,
    batchTokens: (b: string, growth: string) => `${b} tokens per batch (×${growth})`,
    steps: (s: string, growth: string) => `${s} steps (×${growth})`,
  },
  /** §3: the largest model trained had 1.5B non-embedding parameters. */
  largerThanTrained: (n: string) => `N_opt = ${n} is larger than any model Kaplan trained (at most 1.5B non-embedding parameters, §3): this is an extrapolation.`,
  /** Eq (6.8). */
  beyondBreakdown:
    'Beyond C* ≈ 10⁴ PF-days Kaplan’s own trends L(C_min) and L(D(C_min)) contradict each other; the paper expects the laws to break down before this point (eq 6.8).',
};
export default en;
