/**
 * Few-shot emergent abilities (Wei et al. 2022, arXiv 2206.07682, Table 1, upper half): the training FLOPs at which
 * each ability emerges are the paper's numbers and are drawn as points; the S-shaped curves through them are a
 * SCHEMATIC (the engine's emergentCurveSchematic), because Table 1 gives only the scale, not the curves.
 */
import * as Plot from '@observablehq/plot';
import { emergentCurveSchematic } from '../engine/emergence';
import { logSpace } from '../engine/stats';
import { defineFigure } from './lib/types';
import { pick, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import {
  chanceAndComputeMarks,
  chanceParam,
  computeParam,
  FLOPS_LABEL,
  optionNames,
  scaleLabelMark,
  scoreFrame,
  sharpnessParam,
  SCORE_LABEL,
  table1Readouts,
  table1Rows,
} from './lib/emergence-plot';

const HEIGHT = 380;
const X_MIN = 1e20;
const X_MAX = 1e26;
/** Score the schematic curves reach at large scale (illustrative: real tasks top out at very different heights). */
const CEILING = 0.8;

/** The nine few-shot rows of Table 1 that have a single scale (the tenth, "many BIG-Bench tasks", has none). */
const TASKS = [
  { value: 'arith-3', ability: 'Addition/subtraction (3 digit)', zh: '三位数加减法' },
  { value: 'arith-4-5', ability: 'Addition/subtraction (4-5 digit)', zh: '四到五位数加减法' },
  { value: 'mmlu-57', ability: 'MMLU Benchmark (57 topic avg.)', zh: 'MMLU 基准（57 个主题平均）' },
  { value: 'toxicity', ability: 'Toxicity classification (CivilComments)', zh: '毒性分类（CivilComments）' },
  { value: 'truthfulqa', ability: 'Truthfulness (Truthful QA)', zh: '真实性（TruthfulQA）' },
  { value: 'mmlu-26', ability: 'MMLU Benchmark (26 topics)', zh: 'MMLU 基准（26 个主题）' },
  { value: 'concepts', ability: 'Grounded conceptual mappings', zh: '把概念与现实世界对应起来' },
  { value: 'mmlu-30', ability: 'MMLU Benchmark (30 topics)', zh: 'MMLU 基准（30 个主题）' },
  { value: 'wic', ability: 'Word in Context (WiC) benchmark', zh: '语境中的词义（WiC）基准' },
] as const;

/** The Table 1 row behind each option (throws at load time if the engine's table and this list ever disagree). */
export const TASK_ROWS = table1Rows('emergence-tasks', 'few-shot', TASKS);

const taskName = optionNames(TASKS);

export default defineFigure({
  id: 'emergence-tasks',
  home: 'emergence',
  schematic: true,
  height: HEIGHT,
  params: {
    compute: computeParam(X_MIN, X_MAX, {
      zh: '竖线标出这个计算量；读数列出原文表 1 中在这个规模或更小规模上已经涌现的能力。',
      en: 'The vertical line marks this budget; the readout lists the abilities of Table 1 that had emerged at or below it.',
    }),
    task: {
      kind: 'choice',
      label: { zh: '突出显示的能力（Wei 等 2022 原文表 1）', en: 'Highlighted ability (Wei et al. 2022, Table 1)' },
      default: 'mmlu-57',
      options: TASKS.map((t) => ({ value: t.value, label: { zh: t.zh, en: t.ability } })),
    },
    chance: chanceParam(0.25, {
      zh: '瞎猜能得的分数：自由作答的算术题为 0，四选一（如 MMLU）为 25%，二选一为 50%。',
      en: 'What guessing scores: 0 for free-form arithmetic, 25% for four-way multiple choice (e.g. MMLU), 50% for a yes/no task.',
    }),
    sharpness: sharpnessParam({
      zh: '逻辑斯蒂曲线在 log₁₀ FLOPs 上的斜率。论文没有给出曲线形状，这个数只决定示意曲线有多陡。',
      en: 'Slope of the logistic in log₁₀ FLOPs. The paper gives no curve shape; this only sets how steep the schematic is.',
    }),
    others: {
      kind: 'boolean',
      label: { zh: '显示原文表 1 中其余的少样本能力', en: 'Show the other few-shot abilities of Table 1' },
      default: true,
    },
  },
  strings: {
    en: {
      title: 'Few-shot abilities that emerge with scale',
      caption:
        'Each point is the training compute at which Wei et al. list a few-shot ability as emerging (data: Table 1); its height is only the curve’s midpoint. The S-curves through the points are illustrative: Table 1 gives the scale, not the shape, so their steepness and height are yours to set. The dashed line is the chance level. Several abilities share a scale, so their curves coincide. The table’s tenth row, “many BIG-Bench tasks”, has no single scale and is not drawn.',
      source: 'Wei et al. 2022 (arXiv 2206.07682), Table 1, few-shot prompting rows (training FLOPs, parameters, model). Curve shapes: schematic logistic, not from the paper.',
      alt: 'Training FLOPs on a log axis from 10^20 to 10^26 against a task score. S-shaped curves sit at chance and then rise; points mark where each few-shot ability emerges, between 1.3×10^22 FLOPs (Gopher 7.1B, toxicity classification) and 2.5×10^24 FLOPs (PaLM 540B, WiC).',
    },
    zh: {
      title: '随规模涌现的少样本能力',
      caption:
        '每个点是 Wei 等人列出的某项少样本能力开始涌现时的训练计算量（数据：原文表 1）；点的高度只是曲线的中点。穿过这些点的 S 形曲线是示意：原文表 1 只给出规模，不给形状，曲线的陡峭程度和高度可以自己调。虚线是随机水平。有几项能力的规模相同，它们的曲线重合。表中第十行“许多 BIG-Bench 任务”没有单一规模，图中不画。',
      source: 'Wei 等 2022（arXiv 2206.07682），原文表 1 少样本提示各行（训练 FLOPs、参数量、模型）。曲线形状：示意用的逻辑斯蒂曲线，并非来自论文。',
      alt: '横轴是对数刻度的训练 FLOPs（10^20 到 10^26），纵轴是任务得分。几条 S 形曲线先停在随机水平，然后上升；点标出每项少样本能力涌现的位置，从 1.3×10^22 FLOPs（Gopher 71 亿，毒性分类）到 2.5×10^24 FLOPs（PaLM 5400 亿，WiC）。',
    },
  },
  render(params, lang, ctx) {
    const task = TASK_ROWS.has(params.task) ? params.task : 'mmlu-57';
    const selected = TASK_ROWS.get(task)!;
    const curveOptions = (thresholdFlops: number) => ({ thresholdFlops, chance: params.chance, ceiling: CEILING, sharpness: params.sharpness });
    const grid = logSpace(X_MIN, X_MAX, 49);
    const scales = [...new Set([...TASK_ROWS.values()].map((r) => r.flops))].sort((a, b) => a - b);
    const background = params.others
      ? scales.filter((s) => s !== selected.flops).flatMap((s) => grid.map((flops) => ({ flops, score: emergentCurveSchematic(flops, curveOptions(s)), scale: s })))
      : [];
    const curve = grid.map((flops) => ({ flops, score: emergentCurveSchematic(flops, curveOptions(selected.flops)) }));
    const points = [...TASK_ROWS.entries()].map(([value, r]) => ({
      value,
      flops: r.flops,
      params: r.params,
      model: r.model,
      score: emergentCurveSchematic(r.flops, curveOptions(r.flops)),
    }));
    const mine = points.find((p) => p.value === task)!;
    const xLabel = FLOPS_LABEL[lang];
    const yLabel = SCORE_LABEL[lang];
    const node = Plot.plot({
      ...scoreFrame(ctx, HEIGHT, X_MIN, X_MAX, 7, lang),
      marks: [
        ...chanceAndComputeMarks(params.chance, params.compute, X_MIN, X_MAX, lang),
        Plot.line(background, { x: 'flops', y: 'score', z: 'scale', stroke: 'currentColor', strokeOpacity: 0.28, strokeWidth: 1.3, curve: 'monotone-x' }),
        Plot.dot(params.others ? points.filter((p) => p.flops !== selected.flops) : [], { x: 'flops', y: 'score', r: 3.5, fill: 'currentColor', fillOpacity: 0.45 }),
        Plot.ruleX([mine], { x: 'flops', y1: 0, y2: 'score', stroke: SERIES_COLORS[0], strokeDasharray: '3 3', strokeOpacity: 0.9 }),
        Plot.line(curve, { x: 'flops', y: 'score', stroke: SERIES_COLORS[0], strokeWidth: 2.5, curve: 'monotone-x' }),
        Plot.dot([mine], { x: 'flops', y: 'score', r: 6, fill: SERIES_COLORS[0], stroke: 'var(--bg-card, var(--plot-background, white))', strokeWidth: 1.5 }),
        scaleLabelMark(mine, 'score', selected, X_MIN, X_MAX, lang),
        tipMark<(typeof curve)[number]>(curve, {
          x: 'flops',
          y: 'score',
          title: (d) =>
            tipText(lang, [
              [xLabel, d.flops, 'scientific'],
              [yLabel, d.score, 'percent'],
            ]),
        }),
      ],
    });

    const dataKind = pick(lang, '原文表 1', 'Table 1');
    const curveKind = pick(lang, '示意曲线', 'schematic curve');
    const rows: Record<string, number | string>[] = [
      ...[...TASK_ROWS.entries()].map(([v, r]) => ({
        kind: dataKind,
        ability: taskName(v, lang),
        model: r.model,
        params: r.params,
        flops: r.flops,
        score: emergentCurveSchematic(r.flops, curveOptions(r.flops)),
      })),
      ...curve.filter((_, i) => i % 3 === 0).map((p) => ({ kind: curveKind, ability: taskName(task, lang), model: '', params: '', flops: p.flops, score: p.score })),
    ];
    return {
      node,
      data: {
        columns: [
          { key: 'kind', label: pick(lang, '来源', 'Source'), format: 'text' },
          { key: 'ability', label: pick(lang, '能力', 'Ability'), format: 'text' },
          { key: 'model', label: pick(lang, '模型', 'Model'), format: 'text' },
          { key: 'params', label: pick(lang, '参数量', 'Parameters'), format: 'quantity' },
          { key: 'flops', label: xLabel, format: 'scientific' },
          { key: 'score', label: yLabel, format: 'percent' },
        ],
        rows,
      },
      readouts: table1Readouts(
        TASK_ROWS,
        task,
        params.compute,
        taskName,
        { by: { zh: '已涌现', en: 'Emerged by' }, sameScale: { zh: '原文表 1 中同一规模的其他能力', en: 'Other abilities at the same scale in Table 1' } },
        lang,
      ),
    };
  },
});
