/**
 * Augmented prompting (Wei et al. 2022, arXiv 2206.07682, §4 and Table 1, lower half): a technique such as chain of
 * thought, instruction tuning, a scratchpad or P(True) calibration helps only past a certain scale. The scale is the
 * paper's number (drawn as a point); the with/without curves are a SCHEMATIC from the engine
 * (augmentedPromptingSchematic), because Table 1 gives only the scale, not the curves.
 */
import * as Plot from '@observablehq/plot';
import { logSpace } from '../engine/stats';
import { augmentedPromptingSchematic } from '../engine/emergence-schematic';
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
  table1Readouts,
  table1Rows,
} from './lib/emergence-plot';

const HEIGHT = 380;
const X_MIN = 1e18;
const X_MAX = 1e26;
/** Score the technique reaches at large scale (illustrative). */
const CEILING = 0.8;
const WITH_COLOR = SERIES_COLORS[0];
const WITHOUT_COLOR = SERIES_COLORS[7];

/** The thirteen augmented-prompting rows of Table 1, in the table's order. */
const TECHNIQUES = [
  { value: 'instruction', ability: 'Instruction following (finetuning)', zh: '遵循指令（指令微调）' },
  { value: 'scratchpad', ability: 'Scratchpad: 8-digit addition (finetuning)', zh: '草稿本：8 位数加法（微调）' },
  { value: 'open-book', ability: 'Using open-book knowledge for fact checking', zh: '借助开卷知识做事实核查' },
  { value: 'cot-math', ability: 'Chain-of-thought: Math word problems', zh: '思维链：数学应用题' },
  { value: 'cot-strategyqa', ability: 'Chain-of-thought: StrategyQA', zh: '思维链：StrategyQA' },
  { value: 'dsi', ability: 'Differentiable search index', zh: '可微搜索索引' },
  { value: 'self-consistency', ability: 'Self-consistency decoding', zh: '自一致性解码' },
  { value: 'explanations', ability: 'Leveraging explanations in prompting', zh: '在提示中利用解释' },
  { value: 'least-to-most', ability: 'Least-to-most prompting', zh: '由易到难（least-to-most）提示' },
  { value: 'zero-shot-cot', ability: 'Zero-shot chain-of-thought reasoning', zh: '零样本思维链推理' },
  { value: 'calibration', ability: 'Calibration via P(True)', zh: '用 P(True) 校准' },
  { value: 'multilingual-cot', ability: 'Multilingual chain-of-thought reasoning', zh: '多语言思维链推理' },
  { value: 'ama', ability: 'Ask me anything prompting', zh: 'Ask Me Anything 提示' },
] as const;

const DEFAULT = 'cot-math';

/** The Table 1 row behind each option (throws at load time if the engine's table and this list ever disagree). */
export const TECHNIQUE_ROWS = table1Rows('augmented-prompting', 'augmented', TECHNIQUES);

const name = optionNames(TECHNIQUES);

export default defineFigure({
  id: 'augmented-prompting',
  home: 'emergence',
  schematic: true,
  height: HEIGHT,
  params: {
    compute: computeParam(X_MIN, X_MAX, {
      zh: '竖线标出这个计算量；读数列出原文表 1 中在这个规模或更小规模上已经开始起作用的技术。',
      en: 'The vertical line marks this budget; the readout lists the techniques of Table 1 that had started to help at or below it.',
    }),
    technique: {
      kind: 'choice',
      label: { zh: '技术（Wei 等 2022 原文表 1）', en: 'Technique (Wei et al. 2022, Table 1)' },
      default: DEFAULT,
      options: TECHNIQUES.map((t) => ({ value: t.value, label: { zh: t.zh, en: t.ability } })),
    },
    chance: chanceParam(0, {
      zh: '瞎猜能得的分数：数学应用题要写出数字答案，为 0；二选一的问题为 50%。',
      en: 'What guessing scores: 0 for a math word problem with a numeric answer, 50% for a yes/no question.',
    }),
    sharpness: sharpnessParam({
      zh: '用上这项技术后，分数在 log₁₀ FLOPs 上上升的斜率。论文没有给出曲线形状。',
      en: 'Slope, in log₁₀ FLOPs, of the rise with the technique. The paper gives no curve shape.',
    }),
    baseline: {
      kind: 'quantity',
      label: { zh: '不用该技术时的爬升（示意）', en: 'Climb without the technique (illustrative)' },
      unit: { zh: '', en: '' },
      default: 0.15,
      min: 0,
      max: 0.6,
      scale: 'linear',
      step: 0.01,
      display: 'percent',
      help: {
        zh: '普通提示在整个范围内从随机水平向上限爬升的比例（每个数量级斜率为 1 的缓坡）。0 表示一条平线。',
        en: 'How far ordinary prompting climbs from chance towards the ceiling over the whole range (a gentle slope of 1 per decade). 0 is a flat line.',
      },
    },
    others: {
      kind: 'boolean',
      label: { zh: '在横轴上标出原文表 1 中其余技术的规模', en: 'Mark the other techniques of Table 1 on the axis' },
      default: true,
    },
  },
  strings: {
    en: {
      title: 'Prompting techniques that help only past a scale',
      caption:
        'The point is the training compute at which Wei et al. list the technique as emerging (data: Table 1); the short ticks along the bottom mark the other twelve techniques of the table. The two curves, score with and without the technique, and the shaded gain between them are illustrative: Table 1 gives the scale, not the curves. Below the scale the technique adds almost nothing; above it the gap opens. The dashed line is the chance level. For calibration, read the score as “how well calibrated”.',
      source:
        'Wei et al. 2022 (arXiv 2206.07682), §4 and Table 1, augmented prompting rows (training FLOPs, parameters, model, original paper). Curve shapes: schematic, not from the paper.',
      alt: 'Training FLOPs on a log axis from 10^18 to 10^26 against a task score. A dashed baseline without the technique rises only slightly; the curve with the technique leaves it at the emergence scale from Table 1 (by default 1.3×10^23 FLOPs, LaMDA 68B, chain of thought on math word problems) and climbs steeply; the gap between them is shaded.',
    },
    zh: {
      title: '只在越过某个规模后才起作用的提示技术',
      caption:
        '点是 Wei 等人列出的这项技术开始涌现时的训练计算量（数据：原文表 1）；横轴底部的短竖线标出表中其余 12 项技术。用与不用这项技术的两条曲线，以及两者之间着色的增益，都是示意：原文表 1 只给出规模，不给曲线。低于这个规模，技术几乎没有帮助；越过之后，差距才拉开。虚线是随机水平。对校准一项，把得分理解为“校准得有多好”。',
      source: 'Wei 等 2022（arXiv 2206.07682），§4 与原文表 1 增强提示各行（训练 FLOPs、参数量、模型、原始论文）。曲线形状：示意，并非来自论文。',
      alt: '横轴是对数刻度的训练 FLOPs（10^18 到 10^26），纵轴是任务得分。不用该技术的虚线基线只略微上升；用了该技术的曲线在原文表 1 给出的涌现规模处（默认 1.3×10^23 FLOPs，LaMDA 680 亿，数学应用题上的思维链）与基线分开并陡然上升，两者之间的差距着色。',
    },
  },
  render(params, lang, ctx) {
    const technique = TECHNIQUE_ROWS.has(params.technique) ? params.technique : DEFAULT;
    const row = TECHNIQUE_ROWS.get(technique)!;
    const options = { thresholdFlops: row.flops, chance: params.chance, ceiling: CEILING, sharpness: params.sharpness, baselineShare: params.baseline };
    const curve = logSpace(X_MIN, X_MAX, 81).map((flops) => augmentedPromptingSchematic(flops, options));
    const at = augmentedPromptingSchematic(row.flops, options);
    const xLabel = FLOPS_LABEL[lang];
    const withText = pick(lang, '用该技术', 'with the technique');
    const withoutText = pick(lang, '不用（普通提示）', 'without (ordinary prompting)');
    const rug = params.others ? [...TECHNIQUE_ROWS.entries()].filter(([v]) => v !== technique).map(([, r]) => ({ flops: r.flops })) : [];
    const last = curve[curve.length - 1];
    const node = Plot.plot({
      ...scoreFrame(ctx, HEIGHT, X_MIN, X_MAX, 5, lang),
      marks: [
        Plot.ruleX(rug, { x: 'flops', y1: 0, y2: 0.05, stroke: 'currentColor', strokeOpacity: 0.55, strokeWidth: 1.5 }),
        ...chanceAndComputeMarks(params.chance, params.compute, X_MIN, X_MAX, lang),
        Plot.areaY(curve, { x: 'flops', y1: 'withoutTechnique', y2: 'withTechnique', fill: WITH_COLOR, fillOpacity: 0.14, curve: 'monotone-x' }),
        Plot.line(curve, { x: 'flops', y: 'withoutTechnique', stroke: WITHOUT_COLOR, strokeWidth: 2, strokeDasharray: '6 4', curve: 'monotone-x' }),
        Plot.line(curve, { x: 'flops', y: 'withTechnique', stroke: WITH_COLOR, strokeWidth: 2.5, curve: 'monotone-x' }),
        Plot.text([last], { x: 'flops', y: 'withTechnique', text: () => withText, textAnchor: 'end', dy: -10, fill: WITH_COLOR, fontWeight: 600 }),
        Plot.text([last], { x: 'flops', y: 'withoutTechnique', text: () => withoutText, textAnchor: 'end', dy: -10, fill: 'currentColor', fillOpacity: 0.85 }),
        Plot.ruleX([at], { x: 'flops', y1: 0, y2: 'withTechnique', stroke: WITH_COLOR, strokeDasharray: '3 3', strokeOpacity: 0.9 }),
        Plot.dot([at], { x: 'flops', y: 'withTechnique', r: 6, fill: WITH_COLOR, stroke: 'var(--bg-card, var(--plot-background, white))', strokeWidth: 1.5 }),
        scaleLabelMark(at, 'withTechnique', row, X_MIN, X_MAX, lang),
        tipMark<(typeof curve)[number]>(curve, {
          x: 'flops',
          y: 'withTechnique',
          title: (d) =>
            tipText(lang, [
              [xLabel, d.flops, 'scientific'],
              [withText, d.withTechnique, 'percent'],
              [withoutText, d.withoutTechnique, 'percent'],
            ]),
        }),
      ],
    });

    const dataKind = pick(lang, '原文表 1', 'Table 1');
    const curveKind = pick(lang, '示意曲线', 'schematic curve');
    const rows: Record<string, number | string>[] = [
      ...[...TECHNIQUE_ROWS.entries()].map(([v, r]) => ({ kind: dataKind, technique: name(v, lang), model: r.model, params: r.params, flops: r.flops, without: '', with: '' })),
      ...curve
        .filter((_, i) => i % 4 === 0)
        .map((p) => ({ kind: curveKind, technique: name(technique, lang), model: '', params: '', flops: p.flops, without: p.withoutTechnique, with: p.withTechnique })),
    ];
    return {
      node,
      data: {
        columns: [
          { key: 'kind', label: pick(lang, '来源', 'Source'), format: 'text' },
          { key: 'technique', label: pick(lang, '技术', 'Technique'), format: 'text' },
          { key: 'model', label: pick(lang, '模型', 'Model'), format: 'text' },
          { key: 'params', label: pick(lang, '参数量', 'Parameters'), format: 'quantity' },
          { key: 'flops', label: xLabel, format: 'scientific' },
          { key: 'without', label: pick(lang, '不用该技术（示意）', 'Without (schematic)'), format: 'percent' },
          { key: 'with', label: pick(lang, '用该技术（示意）', 'With (schematic)'), format: 'percent' },
        ],
        rows,
      },
      readouts: table1Readouts(
        TECHNIQUE_ROWS,
        technique,
        params.compute,
        name,
        { by: { zh: '已起作用', en: 'Helping by' }, sameScale: { zh: '原文表 1 中同一规模的其他技术', en: 'Other techniques at the same scale in Table 1' } },
        lang,
      ),
    };
  },
});
