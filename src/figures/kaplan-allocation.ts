/**
 * Kaplan et al. 2020 Table 6 (eqs 6.1–6.2, Fig. 14): how the compute-efficient allocation grows with C_min —
 * parameters N ∝ C^0.73, critical batch B ∝ C^0.24, steps S ∝ C^0.03, tokens D ∝ C^0.27 — as growth factors
 * relative to C_min = 1 PF-day, with the absolute values read out for a typed budget.
 */
import * as Plot from '@observablehq/plot';
import { kaplanAllocation, KAPLAN_TABLE6 } from '../engine/kaplan-allocation';
import { KAPLAN_BREAKDOWN_POINT } from '../engine/kaplan';
import { pfDaysToFlops } from '../engine/compute';
import { formatNumber, formatQuantity, formatScientific } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import { KAPLAN_ALLOCATION_PARTS, kaplanAllocationGrowth, kaplanComputeForParams, type KaplanAllocationPart } from '../engine/kaplan-allocation';
import { KAPLAN_STUDIED_PARAMS } from '../engine/kaplan-setup';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, pick, SERIES_COLORS, tipMark, tipText } from './lib/plot';

const HEIGHT = 420;
/** A halo in the page background keeps annotations readable where lines cross them. */
// Plot's stylesheet pins --plot-background to white on the svg itself, so halos use the page's --bg-card.
const HALO = { stroke: 'var(--bg-card, white)', strokeWidth: 4, paintOrder: 'stroke' } as const;
const COMPUTE_RANGE: [number, number] = [1e-8, 1e8];
const GROWTH_RANGE: [number, number] = [1e-6, 1e6];

const PART_STYLE: Record<KaplanAllocationPart, { color: string; symbol: string; dy: number }> = {
  params: { color: SERIES_COLORS[0], symbol: 'N', dy: 0 },
  tokens: { color: SERIES_COLORS[5], symbol: 'D', dy: -9 },
  batchTokens: { color: SERIES_COLORS[2], symbol: 'B', dy: 10 },
  steps: { color: SERIES_COLORS[3], symbol: 'S', dy: 0 },
};

const PART_NAME: Record<KaplanAllocationPart, { zh: string; en: string }> = {
  params: { zh: '参数量 N_opt', en: 'Parameters N_opt' },
  tokens: { zh: '训练词元数 D_opt', en: 'Tokens D_opt' },
  batchTokens: { zh: '临界批量大小 B_crit', en: 'Critical batch B_crit' },
  steps: { zh: '最少步数 S_min', en: 'Minimum steps S_min' },
};

export default defineFigure({
  id: 'kaplan-allocation',
  home: 'kaplan',
  height: HEIGHT,
  params: {
    budget: {
      kind: 'quantity',
      label: { zh: '计算预算 C_min', en: 'Compute budget C_min' },
      unit: { zh: 'PF-day', en: 'PF-days' },
      default: 1000,
      min: COMPUTE_RANGE[0],
      max: COMPUTE_RANGE[1],
      scale: 'log',
      display: 'scientific',
      help: {
        zh: '1 PF-day = 8.64×10¹⁹ FLOPs。例如 3.14×10²³ FLOPs（GPT-3）约为 3634 PF-day。',
        en: '1 PF-day = 8.64×10¹⁹ FLOPs. For example 3.14×10²³ FLOPs (GPT-3) is about 3634 PF-days.',
      },
    },
  },
  strings: {
    en: {
      title: 'Where Kaplan’s extra compute goes: mostly into a bigger model',
      caption:
        'Each line is how much one part of the compute-efficient run grows as the budget C_min grows, relative to C_min = 1 PF-day. Parameters grow fastest, N_opt ∝ C_min^0.73; tokens grow slowly, D_opt ∝ C_min^0.27, and so does the critical batch, B ∝ C_min^0.24; the number of steps barely moves, S_min ∝ C_min^0.03 (“may even be consistent with an exponent of zero”). The exponent for N is 0.73 (eq 6.1, Table 6), not the 0.74 sometimes quoted: 0.74 belongs to another relation, the data needed to avoid overfitting, D ∝ N^0.74 (eq 4.4). Hoffmann et al. (2022) later found N and D growing about equally.',
      source:
        'Kaplan et al. 2020 (arXiv 2001.08361), Table 6 (N_e 1.3×10⁹ params, B_e 2.0×10⁶ tokens, S_e 5.4×10³ steps, D_e 2×10¹⁰ tokens), eqs (6.1)–(6.2), Fig. 14; C_min in PF-days (1 PF-day = 8.64×10¹⁹ FLOPs, §1.3); largest model trained 1.5B non-embedding parameters (§3); breakdown point C* ∼ 10⁴ PF-days (eq 6.8).',
      alt: 'Four straight lines on log-log axes through the point (1 PF-day, 1): parameters rise steeply, tokens and batch size rise gently, steps are almost flat; a vertical line marks the chosen budget.',
    },
    zh: {
      title: 'Kaplan 的额外计算量去了哪里：主要用来加大模型',
      caption:
        '每条线表示计算最优训练的一个组成部分随计算预算 C_min 增长了多少倍，以 C_min = 1 PF-day 为基准。参数量增长最快，N_opt ∝ C_min^0.73；训练词元数增长缓慢，D_opt ∝ C_min^0.27，临界批量大小也一样，B ∝ C_min^0.24；步数几乎不变，S_min ∝ C_min^0.03（论文说它“甚至可能与指数为零相容”）。N 的指数是 0.73（原文式 6.1，原文表 6），不是有时被引用的 0.74：0.74 属于另一个关系，即避免过拟合所需的数据量 D ∝ N^0.74（原文式 4.4）。后来 Hoffmann 等（2022）发现 N 和 D 应该大致同步增长。',
      source:
        'Kaplan 等（2020，arXiv 2001.08361）原文表 6（N_e 1.3×10⁹ 参数，B_e 2.0×10⁶ 词元，S_e 5.4×10³ 步，D_e 2×10¹⁰ 词元）、原文式（6.1）–（6.2）、原文图 14；C_min 以 PF-day 计（1 PF-day = 8.64×10¹⁹ FLOPs，§1.3）；训练过的最大模型为 15 亿非嵌入参数（§3）；失效点 C* ∼ 10⁴ PF-day（原文式 6.8）。',
      alt: '双对数坐标上四条穿过点（1 PF-day，1）的直线：参数量陡峭上升，词元数和批量大小平缓上升，步数几乎水平；一条竖线标出所选的计算预算。',
    },
  },
  render(params, lang, ctx) {
    const grid = logSpace(COMPUTE_RANGE[0], COMPUTE_RANGE[1], 33);
    const lines = grid.flatMap((c) => {
      const g = kaplanAllocationGrowth(c);
      return KAPLAN_ALLOCATION_PARTS.map((part) => ({ part, compute: c, growth: g[part] }));
    });
    const budget = params.budget;
    const growth = kaplanAllocationGrowth(budget);
    const alloc = kaplanAllocation(budget);
    const at = KAPLAN_ALLOCATION_PARTS.map((part) => ({ part, compute: budget, growth: growth[part] }));
    const ends = KAPLAN_ALLOCATION_PARTS.map((part) => ({ part, compute: COMPUTE_RANGE[1], growth: kaplanAllocationGrowth(COMPUTE_RANGE[1])[part] }));
    const largestTrained = kaplanComputeForParams(KAPLAN_STUDIED_PARAMS[1]);
    const breakdown = KAPLAN_BREAKDOWN_POINT.computePfDays;
    const sci = (x: number) => formatScientific(x, { digits: 3 });
    const label = (part: KaplanAllocationPart) => `${PART_STYLE[part].symbol} ∝ C^${KAPLAN_TABLE6[part].exponent}`;
    const colorOf = (d: { part: KaplanAllocationPart }) => PART_STYLE[d.part].color;

    const node = Plot.plot({
      ...baseOptions(ctx, HEIGHT),
      marginRight: 92,
      x: logScale(lang, pick(lang, '计算预算 C_min（PF-day）', 'Compute budget C_min (PF-days)'), 'scientific', { domain: COMPUTE_RANGE, ticks: 8 }),
      y: logScale(lang, pick(lang, '相对 C_min = 1 PF-day 的倍数', 'Growth relative to C_min = 1 PF-day (×)'), 'scientific', { domain: GROWTH_RANGE, grid: true, ticks: 7 }),
      marks: [
        Plot.rectX([0], { x1: largestTrained, x2: COMPUTE_RANGE[1], y1: GROWTH_RANGE[0], y2: GROWTH_RANGE[1], fill: 'currentColor', fillOpacity: 0.05 }),
        Plot.text([pick(lang, '→ N_opt 超过 Kaplan\n训练过的最大模型', '→ N_opt larger than any\nmodel Kaplan trained')], {
          x: largestTrained,
          y: GROWTH_RANGE[0],
          dx: 4,
          dy: -6,
          textAnchor: 'start',
          lineAnchor: 'bottom',
          fontSize: 12,
          fill: 'currentColor',
          ...HALO,
        }),
        Plot.ruleX([breakdown], { stroke: 'currentColor', strokeOpacity: 0.5, strokeDasharray: '2,3' }),
        Plot.text([pick(lang, 'C* ≈ 10⁴：趋势\n必然失效（原文式 6.8）', 'C* ≈ 10⁴: trends must\nbreak down (eq 6.8)')], {
          x: breakdown,
          y: GROWTH_RANGE[1],
          dx: -4,
          textAnchor: 'end',
          lineAnchor: 'top',
          fontSize: 12,
          fill: 'currentColor',
          ...HALO,
        }),
        Plot.ruleY([1], { stroke: 'currentColor', strokeOpacity: 0.35 }),
        Plot.line(lines, { x: 'compute', y: 'growth', z: 'part', stroke: colorOf, strokeWidth: 2.2 }),
        Plot.ruleX([budget], { stroke: 'currentColor', strokeWidth: 1.5 }),
        Plot.dot(at, { x: 'compute', y: 'growth', fill: colorOf, stroke: 'var(--bg-card, white)', r: 5 }),
        tipMark<(typeof lines)[number]>(lines, {
          x: 'compute',
          y: 'growth',
          title: (d) =>
            tipText(lang, [
              ['', label(d.part)],
              [pick(lang, '计算预算 C_min（PF-day）', 'Compute budget C_min (PF-days)'), d.compute, 'scientific'],
              [pick(lang, '相对 C_min = 1 PF-day 的倍数', 'Growth relative to C_min = 1 PF-day (×)'), d.growth, 'scientific'],
            ]),
        }),
        // dy is a constant in Plot, so one text mark per line (D and B end close together and are nudged apart).
        ...ends.map((end) =>
          Plot.text([end], {
            x: 'compute',
            y: 'growth',
            text: (d: (typeof ends)[number]) => label(d.part),
            dx: 6,
            dy: PART_STYLE[end.part].dy,
            textAnchor: 'start',
            fill: colorOf,
            fontSize: 13,
            fontWeight: 600,
          }),
        ),
      ],
    });

    const table = logSpace(COMPUTE_RANGE[0], COMPUTE_RANGE[1], 17).map((c) => ({ compute: c, flops: pfDaysToFlops(c), ...kaplanAllocation(c) }));
    const factor = (part: KaplanAllocationPart) => pick(lang, `（${sci(growth[part])} 倍）`, ` (×${sci(growth[part])})`);
    const warnings: string[] = [];
    if (alloc.params > KAPLAN_STUDIED_PARAMS[1]) {
      warnings.push(
        pick(
          lang,
          `N_opt = ${formatQuantity(alloc.params, lang)} 大于 Kaplan 训练过的任何模型（最大 15 亿非嵌入参数，§3）：这是外推。`,
          `N_opt = ${formatQuantity(alloc.params, lang)} is larger than any model Kaplan trained (at most 1.5B non-embedding parameters, §3): this is an extrapolation.`,
        ),
      );
    }
    if (budget > breakdown) {
      warnings.push(
        pick(
          lang,
          '超过 C* ≈ 10⁴ PF-day 后，Kaplan 自己的两条趋势 L(C_min) 与 L(D(C_min)) 相互矛盾，论文预计这些定律在此之前就会失效（原文式 6.8）。',
          'Beyond C* ≈ 10⁴ PF-days Kaplan’s own trends L(C_min) and L(D(C_min)) contradict each other; the paper expects the laws to break down before this point (eq 6.8).',
        ),
      );
    }
    return {
      node,
      data: {
        columns: [
          { key: 'compute', label: pick(lang, 'C_min（PF-day）', 'C_min (PF-days)'), format: 'scientific' },
          { key: 'flops', label: 'FLOPs', format: 'scientific' },
          { key: 'params', label: pick(lang, 'N_opt（非嵌入参数）', 'N_opt (non-embedding params)'), format: 'quantity' },
          { key: 'batchTokens', label: pick(lang, 'B_crit（词元）', 'B_crit (tokens)'), format: 'quantity' },
          { key: 'steps', label: pick(lang, 'S_min（步）', 'S_min (steps)'), format: 'quantity' },
          { key: 'tokens', label: pick(lang, 'D_opt（词元）', 'D_opt (tokens)'), format: 'quantity' },
        ],
        rows: table,
      },
      readouts: [
        {
          label: pick(lang, '计算预算 C_min', 'Compute budget C_min'),
          value: pick(lang, `${sci(budget)} PF-day = ${sci(pfDaysToFlops(budget))} FLOPs`, `${sci(budget)} PF-days = ${sci(pfDaysToFlops(budget))} FLOPs`),
        },
        {
          label: PART_NAME.params[lang],
          value: pick(lang, `${formatQuantity(alloc.params, lang)} 非嵌入参数`, `${formatQuantity(alloc.params, lang)} non-embedding params`) + factor('params'),
        },
        {
          label: PART_NAME.tokens[lang],
          value: pick(lang, `${formatQuantity(alloc.tokens, lang)} 词元（1 个 epoch）`, `${formatQuantity(alloc.tokens, lang)} tokens (1 epoch)`) + factor('tokens'),
        },
        {
          label: PART_NAME.batchTokens[lang],
          value: pick(lang, `${formatQuantity(alloc.batchTokens, lang)} 词元/批`, `${formatQuantity(alloc.batchTokens, lang)} tokens per batch`) + factor('batchTokens'),
        },
        { label: PART_NAME.steps[lang], value: pick(lang, `${formatNumber(alloc.steps, lang, 3)} 步`, `${formatNumber(alloc.steps, lang, 3)} steps`) + factor('steps') },
      ],
      warnings,
    };
  },
});
