/**
 * Compute-optimal model size against training FLOPs (Hoffmann et al. 2022 Fig. 1): Kaplan et al. 2020 (N ∝ C^0.73),
 * the three Chinchilla approaches, and Epoch's refit, with real models placed by their size and compute.
 */
import * as Plot from '@observablehq/plot';
import { MODELS, type ModelEntry } from '../engine/models';
import { formatNumber, formatQuantity, formatScientific } from '../engine/quantities';
import { optimalAllocationFrom, type AllocationSource } from '../engine/chinchilla-approaches';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, pick, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { decadeTicks, powerOfTen } from './lib/ticks';

const WIDTH = 640;
const HEIGHT = 420;
/** Approach 2's largest budget (§3.2): beyond it every Chinchilla line is an extrapolation. */
const LARGEST_ISOFLOP_BUDGET = 3e21;
/** Kaplan eq. (6.8): C* ∼ 10^4 PF-days, where the paper expects its laws to break down (8.64e23 FLOPs). */
const KAPLAN_BREAKDOWN_FLOPS = 1e4 * 8.64e19;

type LineKey = 'kaplan' | 'approach1' | 'approach2' | 'approach3' | 'epoch';
const LINES: Array<{ key: LineKey; source: AllocationSource; colour: string; label: { zh: string; en: string } }> = [
  { key: 'kaplan', source: 'kaplan', colour: SERIES_COLORS[5], label: { zh: 'Kaplan 等 2020（C^0.73）', en: 'Kaplan et al. 2020 (C^0.73)' } },
  { key: 'approach1', source: 'approach1', colour: SERIES_COLORS[0], label: { zh: '方法一（原文表 3）', en: 'Approach 1 (Table 3)' } },
  { key: 'approach2', source: 'approach2', colour: SERIES_COLORS[1], label: { zh: '方法二（原文表 A3）', en: 'Approach 2 (Table A3)' } },
  { key: 'approach3', source: 'hoffmann2022', colour: SERIES_COLORS[2], label: { zh: '方法三（原文式 4）', en: 'Approach 3 (eq. 4)' } },
  { key: 'epoch', source: 'besiroglu2024', colour: SERIES_COLORS[3], label: { zh: 'Epoch 重新拟合 2024', en: 'Epoch refit 2024' } },
];

/** Models of Hoffmann Table 1 (the models of Fig. 1) and later ones; where each label sits. */
const PLACED: Array<{ id: string; group: 'paper' | 'later'; anchor: 'left' | 'right' | 'above' | 'below' }> = [
  { id: 'gpt-3', group: 'paper', anchor: 'above' },
  { id: 'jurassic-1', group: 'paper', anchor: 'right' },
  { id: 'lamda', group: 'paper', anchor: 'left' },
  { id: 'gopher', group: 'paper', anchor: 'right' },
  { id: 'mt-nlg', group: 'paper', anchor: 'left' },
  { id: 'chinchilla', group: 'paper', anchor: 'left' },
  { id: 'palm-540b', group: 'later', anchor: 'right' },
  { id: 'llama-65b', group: 'later', anchor: 'below' },
  { id: 'llama-3-70b', group: 'later', anchor: 'right' },
  { id: 'llama-3-405b', group: 'later', anchor: 'right' },
  { id: 'deepseek-v3', group: 'later', anchor: 'below' },
];

const ANCHORS = {
  left: { textAnchor: 'end', dx: -7, dy: 0 },
  right: { textAnchor: 'start', dx: 7, dy: 0 },
  above: { textAnchor: 'middle', dx: 0, dy: -11 },
  below: { textAnchor: 'middle', dx: 0, dy: 12 },
} as const;

export default defineFigure({
  id: 'chinchilla-vs-kaplan',
  home: 'chinchilla',
  width: WIDTH,
  height: HEIGHT,
  params: {
    budget: {
      kind: 'quantity',
      label: { zh: '计算预算', en: 'Compute budget' },
      unit: { zh: 'FLOPs', en: 'FLOPs' },
      default: 5.76e23,
      min: 1e17,
      max: 1e28,
      scale: 'log',
      display: 'scientific',
      help: {
        zh: '默认是 Gopher 的计算预算 5.76e23（Hoffmann 等，原文表 3），Chinchilla 也用了同样的计算量。',
        en: 'The default is Gopher’s budget, 5.76e23 (Hoffmann et al., Table 3), which Chinchilla used as well.',
      },
    },
    range: {
      kind: 'list',
      label: { zh: '横轴范围', en: 'FLOP range of the axis' },
      unit: { zh: 'FLOPs', en: 'FLOPs' },
      default: [1e20, 1e26],
      min: 1e15,
      max: 1e30,
      minLength: 2,
      maxLength: 2,
      display: 'scientific',
    },
    kaplan: { kind: 'boolean', label: { zh: 'Kaplan 等 2020', en: 'Kaplan et al. 2020' }, default: true },
    approach1: { kind: 'boolean', label: { zh: '方法一：训练曲线包络', en: 'Approach 1: training-curve envelope' }, default: true },
    approach2: { kind: 'boolean', label: { zh: '方法二：IsoFLOP 曲线', en: 'Approach 2: IsoFLOP profiles' }, default: true },
    approach3: { kind: 'boolean', label: { zh: '方法三：参数化拟合', en: 'Approach 3: parametric fit' }, default: true },
    epoch: { kind: 'boolean', label: { zh: 'Epoch 重新拟合（Besiroglu 2024）', en: 'Epoch refit (Besiroglu 2024)' }, default: true },
    models: {
      kind: 'choice',
      label: { zh: '标出的模型', en: 'Models shown' },
      default: 'all',
      options: [
        { value: 'all', label: { zh: '全部', en: 'All' } },
        { value: 'paper', label: { zh: '原文表 1 中的模型', en: 'Those in the paper’s Table 1' } },
        { value: 'later', label: { zh: '2022 年以后的模型', en: 'Later models' } },
        { value: 'none', label: { zh: '不显示', en: 'None' } },
      ],
    },
  },
  strings: {
    en: {
      title: 'How big should the model be? Kaplan against Chinchilla',
      caption:
        'Compute-optimal parameters against training FLOPs. Kaplan et al. scale the model almost as fast as the budget (N ∝ C^0.73); all three Chinchilla approaches, and Epoch’s refit, grow it about as fast as the data (N ∝ C^0.46–0.51). Kaplan’s line is N = 1.3×10⁹·(C/1 PF-day)^0.73 from his Table 6, where N counts non-embedding parameters and C is C_min in PF-days (1 PF-day = 8.64×10¹⁹ FLOPs); drawing it on total FLOPs and total parameters, as Hoffmann et al. Fig. 1 does, treats the two as the same. Dots are real models; compute is printed where the paper prints it, 6ND otherwise; DeepSeek-V3 is placed by its 37B activated parameters.',
      source:
        'Hoffmann et al. 2022 (arXiv 2203.15556) Fig. 1, Table 1, Table 2, Table 3, Table A3 and eq. (4); Kaplan et al. 2020 (arXiv 2001.08361) Table 6; Besiroglu et al. 2024 (arXiv 2404.10102); models: Brown et al. 2020, Touvron et al. 2023, Llama 3 paper, DeepSeek-V3 README (see the data table).',
      alt: 'Log-log chart of optimal parameters against FLOPs: a steep Kaplan line and four shallower, nearly parallel Chinchilla-style lines; model dots such as GPT-3, Gopher and MT-NLG sit near the Kaplan line, Chinchilla and later models near the shallower ones; a vertical line marks the chosen budget.',
    },
    zh: {
      title: '模型该多大？Kaplan 与 Chinchilla 的对比',
      caption:
        '计算最优参数量随训练计算量的变化。Kaplan 等让模型规模几乎与计算预算同步增长（N ∝ C^0.73）；Chinchilla 的三种方法和 Epoch 的重新拟合都让模型与数据大致同速增长（N ∝ C^0.46–0.51）。Kaplan 的直线取自原文表 6：N = 1.3×10⁹·(C/1 PF-day)^0.73，其中 N 是非嵌入参数，C 是以 PF-day 计的 C_min（1 PF-day = 8.64×10¹⁹ FLOPs）；像 Hoffmann 等原文图 1 那样把它画在总 FLOPs 和总参数量的坐标上，就是把两者当成一回事。圆点是真实模型：论文印有计算量的用印刷值，否则用 6ND；DeepSeek-V3 按 370 亿激活参数放置。',
      source:
        'Hoffmann 等（2022，arXiv 2203.15556）原文图 1、原文表 1、原文表 2、原文表 3、原文表 A3 与原文式（4）；Kaplan 等（2020，arXiv 2001.08361）原文表 6；Besiroglu 等（2024，arXiv 2404.10102）；模型数据：Brown 等 2020、Touvron 等 2023、Llama 3 论文、DeepSeek-V3 README（见数据表）。',
      alt: '双对数图：最优参数量随 FLOPs 变化。Kaplan 的直线较陡，另外四条 Chinchilla 类直线较平且几乎平行；GPT-3、Gopher、MT-NLG 等模型点靠近 Kaplan 直线，Chinchilla 和后来的模型靠近较平的直线；一条竖线标出所选的计算预算。',
    },
  },
  render(params, lang, ctx) {
    const sorted = [...params.range].sort((x, y) => x - y);
    let [lo, hi] = sorted;
    if (!(hi > lo * 1.5)) {
      lo /= 10;
      hi *= 10;
    }
    lo = Math.min(lo, params.budget / 2);
    hi = Math.max(hi, params.budget * 2);
    const shown = LINES.filter((l) => params[l.key]);
    const lineData = shown.flatMap((l) => [lo, hi].map((flops) => ({ flops, params: optimalAllocationFrom(l.source, flops).params, series: l.label[lang] })));
    const atBudget = shown.map((l) => ({ ...l, ...optimalAllocationFrom(l.source, params.budget), flops: params.budget }));

    const placed = PLACED.filter((p) => params.models === 'all' || params.models === p.group)
      .map((p) => ({ ...p, model: MODELS.find((m) => m.id === p.id) as ModelEntry }))
      .filter((p) => p.model && p.model.flops >= lo && p.model.flops <= hi)
      .map((p) => ({ ...p, flops: p.model.flops, params: p.model.params, name: p.model.name }));

    // The y range follows the Chinchilla-type lines and the models; Kaplan's steep line is clipped at the top.
    const yValues = [
      ...lineData.filter((d) => d.series !== LINES[0].label[lang]).map((d) => d.params),
      ...placed.map((p) => p.params),
      ...[lo, hi].map((flops) => optimalAllocationFrom('hoffmann2022', flops).params),
    ];
    const yDomain = [Math.min(...yValues) / 2, Math.max(...yValues) * 3];
    const flopsLabel = pick(lang, '训练计算量 C（FLOPs）', 'Training compute C (FLOPs)');
    const sizeLabel = pick(lang, '最优参数量 N_opt', 'Optimal parameters N_opt');
    const budgetText = formatScientific(params.budget, { digits: 3 });
    const node = Plot.plot({
      ...baseOptions({ ...ctx, width: WIDTH }, HEIGHT),
      marginLeft: 56,
      x: logScale(lang, flopsLabel, 'scientific', { domain: [lo, hi], ticks: decadeTicks(lo, hi), tickFormat: powerOfTen }),
      y: logScale(lang, sizeLabel, 'quantity', { grid: true, domain: yDomain, ticks: decadeTicks(yDomain[0], yDomain[1]) }),
      color: {
        legend: shown.length > 0,
        domain: shown.map((l) => l.label[lang]),
        range: shown.map((l) => l.colour),
        // The swatch legend is HTML; Plot's default 10px is too small.
        style: { fontSize: '13px' },
      } as Plot.ScaleOptions,
      marks: [
        Plot.ruleX([params.budget], { stroke: 'currentColor', strokeOpacity: 0.45, strokeDasharray: '3,3' }),
        Plot.text([params.budget], {
          x: (d: number) => d,
          frameAnchor: 'top',
          dy: 2,
          dx: 4,
          textAnchor: 'start',
          text: () => `${budgetText} FLOPs`,
          fontSize: 12,
          fillOpacity: 0.8,
        }),
        Plot.line(lineData, { x: 'flops', y: 'params', z: 'series', stroke: 'series', strokeWidth: 2, clip: true }),
        Plot.dot(atBudget, { x: 'flops', y: 'params', fill: 'colour', r: 4, stroke: 'var(--bg-card, white)', clip: true }),
        Plot.dot(placed, { x: 'flops', y: 'params', fill: 'currentColor', fillOpacity: 0.75, r: 3.5 }),
        ...(['left', 'right', 'above', 'below'] as const).map((anchor) =>
          Plot.text(
            placed.filter((p) => p.anchor === anchor),
            { x: 'flops', y: 'params', text: 'name', fontSize: 12, ...ANCHORS[anchor] },
          ),
        ),
        tipMark<{ name: string; flops: number; params: number }>([...atBudget.map((l) => ({ name: l.label[lang], flops: l.flops, params: l.params })), ...placed], {
          x: 'flops',
          y: 'params',
          title: (d) =>
            tipText(lang, [
              ['', d.name],
              [flopsLabel, d.flops, 'scientific'],
              [sizeLabel, d.params, 'quantity'],
            ]),
        }),
      ],
    });

    const readouts = atBudget.map((l) => ({
      label: pick(lang, `${l.label.zh}，${budgetText} FLOPs 时`, `${l.label.en} at ${budgetText} FLOPs`),
      value: pick(
        lang,
        `N_opt ${formatQuantity(l.params, lang)}，D_opt ${formatQuantity(l.tokens, lang)} 词元`,
        `N_opt ${formatQuantity(l.params, lang)}, D_opt ${formatQuantity(l.tokens, lang)} tokens`,
      ),
    }));
    const kaplan = atBudget.find((l) => l.key === 'kaplan');
    const a3 = atBudget.find((l) => l.key === 'approach3');
    if (kaplan && a3) {
      readouts.push({
        label: pick(lang, 'Kaplan 与方法三之比', 'Kaplan over Approach 3'),
        value: pick(
          lang,
          `同样的预算下，Kaplan 的模型大 ${formatNumber(kaplan.params / a3.params, lang, 3)} 倍`,
          `${formatNumber(kaplan.params / a3.params, lang, 3)}× larger model at the same budget`,
        ),
      });
    }
    if (params.budget > LARGEST_ISOFLOP_BUDGET) {
      readouts.push({
        label: pick(lang, '外推倍数', 'Extrapolation'),
        value: pick(
          lang,
          `比论文最大的 IsoFLOP 预算（3×10²¹）大 ${formatNumber(params.budget / LARGEST_ISOFLOP_BUDGET, lang, 2)} 倍；Chinchilla 本身就是在 5.76×10²³ 检验这一外推`,
          `${formatNumber(params.budget / LARGEST_ISOFLOP_BUDGET, lang, 2)}× the paper’s largest IsoFLOP budget (3×10²¹); Chinchilla itself tested the extrapolation at 5.76×10²³`,
        ),
      });
    }

    const warnings: string[] = [];
    if (params.kaplan && params.budget > KAPLAN_BREAKDOWN_FLOPS) {
      warnings.push(
        pick(
          lang,
          'Kaplan 等预计他们的定律在 C* ∼ 10⁴ PF-day（约 8.6×10²³ FLOPs，原文式 6.8）附近失效；这个预算已超过该点。',
          'Kaplan et al. expect their laws to break down near C* ∼ 10⁴ PF-days (about 8.6×10²³ FLOPs, eq. 6.8); this budget is beyond it.',
        ),
      );
    }
    if (params.budget > 1e26) {
      warnings.push(
        pick(
          lang,
          '这个预算超过了图中最大的模型（Llama 3 405B，3.8×10²⁵ FLOPs）的计算量，没有任何训练检验过这里的预测。',
          'This budget is beyond the compute of the largest model here (Llama 3 405B, 3.8×10²⁵ FLOPs); no training run has tested these predictions.',
        ),
      );
    }

    const rows: Record<string, number | string>[] = [
      ...[lo, params.budget, hi].flatMap((flops) =>
        shown.map((l) => ({
          what: l.label[lang],
          flops,
          params: optimalAllocationFrom(l.source, flops).params,
          source:
            l.key === 'kaplan'
              ? 'Kaplan 2020 Table 6'
              : l.key === 'epoch'
                ? 'Besiroglu 2024'
                : l.key === 'approach3'
                  ? 'Hoffmann 2022 eq. (4)'
                  : `Hoffmann 2022 ${l.key === 'approach1' ? 'Table 3' : 'Table A3'}`,
        })),
      ),
      ...placed.map((p) => ({ what: p.name, flops: p.flops, params: p.params, source: `${p.model.source}${p.model.flopsStatus === 'D' ? ' (FLOPs = 6ND)' : ''}` })),
    ];
    return {
      node,
      data: {
        columns: [
          { key: 'what', label: pick(lang, '直线或模型', 'Line or model'), format: 'text' },
          { key: 'flops', label: flopsLabel, format: 'scientific' },
          { key: 'params', label: pick(lang, '参数量', 'Parameters'), format: 'quantity' },
          { key: 'source', label: pick(lang, '来源', 'Source'), format: 'text' },
        ],
        rows,
      },
      readouts,
      warnings,
    };
  },
});
