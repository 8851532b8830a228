/**
 * Calculator: the optimal peak learning rate and batch size for one training run, from Step Law (Li et al. 2025,
 * η and B from N and D) next to DeepSeek LLM's compute-based rule (DeepSeek-AI 2024 eq 1, η and B from C), with
 * both plotted across D for the chosen N and warnings where the run lies outside either fit.
 */
import * as Plot from '@observablehq/plot';
import { DEEPSEEK_FIT_RANGE, STEP_LAW_FIT_RANGE } from '../engine/hyperparameters';
import { formatNumber, formatQuantity, formatScientific } from '../engine/quantities';
import { logSpace } from '../engine/stats';
import { compareHyperparameterRules, deepseekTokenRange, type RunShape } from '../engine/hyperparameter-rules';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, panels, pick, SERIES_COLORS, tipMark, tipText } from './lib/plot';

const PANEL_WIDTH = 440;
const HEIGHT = 340;
const TOKEN_RANGE: [number, number] = [1e8, 1e15];
const STEP_COLOR = SERIES_COLORS[0];
const DEEPSEEK_COLOR = SERIES_COLORS[5];
// Plot's stylesheet pins --plot-background to white on the svg itself, so halos use the page's --bg-card.
const HALO = { stroke: 'var(--bg-card, white)', strokeWidth: 4, paintOrder: 'stroke' } as const;

export default defineFigure({
  id: 'step-law',
  home: 'kaplan',
  kind: 'calculator',
  width: 2 * PANEL_WIDTH,
  height: HEIGHT,
  params: {
    params: {
      kind: 'quantity',
      label: { zh: '非嵌入参数量 N', en: 'Non-embedding parameters N' },
      unit: { zh: '参数', en: 'params' },
      default: 7e9,
      min: 1e7,
      max: 1e13,
      scale: 'log',
      display: 'quantity',
    },
    tokens: {
      kind: 'quantity',
      label: { zh: '训练词元数 D', en: 'Training tokens D' },
      unit: { zh: '词元', en: 'tokens' },
      default: 1.4e12,
      min: TOKEN_RANGE[0],
      max: TOKEN_RANGE[1],
      scale: 'log',
      display: 'quantity',
    },
    seqLen: {
      kind: 'quantity',
      label: { zh: '序列长度', en: 'Sequence length' },
      unit: { zh: '词元', en: 'tokens' },
      default: 2048,
      min: 128,
      max: 131072,
      scale: 'log',
      integer: true,
      display: 'plain',
      help: {
        zh: '只用来把以词元计的批量大小换算成序列条数。',
        en: 'Only converts the batch from tokens to sequences (and enters DeepSeek’s M when a shape is given).',
      },
    },
    compute: {
      kind: 'choice',
      label: { zh: 'DeepSeek 规则所用的计算量 C', en: 'Compute C for DeepSeek’s rule' },
      default: '6nd',
      options: [
        { value: '6nd', label: { zh: 'C ≈ 6ND（忽略注意力的计算量）', en: 'C ≈ 6ND (ignores attention FLOPs)' } },
        { value: 'shape', label: { zh: 'C = M·D，M 由层数和宽度算出（DeepSeek 原文式 2）', en: 'C = M·D with M from layers and width (DeepSeek eq 2)' } },
      ],
    },
    layers: {
      kind: 'quantity',
      label: { zh: '层数 n_layer（仅用于 C = M·D）', en: 'Layers n_layer (for C = M·D only)' },
      unit: { zh: '', en: '' },
      default: 32,
      min: 1,
      max: 256,
      scale: 'log',
      integer: true,
      display: 'plain',
      usedWhen: { param: 'compute', values: ['shape'] },
    },
    dModel: {
      kind: 'quantity',
      label: { zh: '模型宽度 d_model（仅用于 C = M·D）', en: 'Width d_model (for C = M·D only)' },
      unit: { zh: '', en: '' },
      default: 4096,
      min: 64,
      max: 65536,
      scale: 'log',
      integer: true,
      display: 'plain',
      usedWhen: { param: 'compute', values: ['shape'] },
    },
  },
  strings: {
    en: {
      title: 'Optimal learning rate and batch size: Step Law next to DeepSeek',
      caption:
        'Two fitted rules for the same run. Step Law gives the optimal peak learning rate η = 1.79·N^−0.713·D^0.307 and batch B = 0.58·D^0.571 from the non-embedding parameters N and the training tokens D (the batch does not depend on N). DeepSeek’s rule uses the compute budget alone: η = 0.3118·C^−0.125, B = 0.2920·C^0.3271, where DeepSeek’s C = M·D counts M, the non-embedding FLOPs per token including attention; by default we use C ≈ 6ND, which leaves attention out, or you can give a shape for M. The peak learning rate is the top of the schedule, reached after warm-up and before decay; the batch size is in tokens (sequences per batch × sequence length). The shaded bands on the plots are the token counts each fit covered for this N: beyond them both rules extrapolate.',
      source:
        'Li et al. 2025, “Predictable Scale: Part I” (Step Law, arXiv 2503.04715); batch in tokens and N non-embedding as in the repo step-law/steplaw (code/fit_tool.py, data/dense_lr_bs_loss.csv: N 2.1×10⁸–1.07×10⁹, D 4×10⁹–10¹¹). DeepSeek-AI 2024, DeepSeek LLM (arXiv 2401.02954), eq (1) fitted on 10¹⁷–2×10¹⁹ FLOPs, M from eq (2).',
      alt: 'Two log-log panels against training tokens: left, the peak learning rate from Step Law and from DeepSeek’s rule; right, the batch size in tokens from both; shaded bands show each rule’s fitted range and a vertical line marks the chosen run.',
    },
    zh: {
      title: '最优学习率与批量大小：Step Law 与 DeepSeek 对照',
      caption:
        '同一次训练，两条拟合规则。Step Law 由非嵌入参数量 N 和训练词元数 D 给出最优峰值学习率 η = 1.79·N^−0.713·D^0.307 和批量大小 B = 0.58·D^0.571（批量大小与 N 无关）。DeepSeek 的规则只用计算预算：η = 0.3118·C^−0.125，B = 0.2920·C^0.3271，其中 DeepSeek 的 C = M·D，M 是每个词元的非嵌入 FLOPs（含注意力）；默认我们用 C ≈ 6ND，它忽略了注意力的计算量，也可以给出模型形状来算 M。峰值学习率是学习率调度的最高点：预热之后、衰减之前；批量大小以词元计（每批序列条数 × 序列长度）。图中的阴影带是在这个 N 下各条拟合覆盖的词元数范围，超出后两条规则都是外推。',
      source:
        'Li 等 2025，“Predictable Scale: Part I”（Step Law，arXiv 2503.04715）；批量大小以词元计、N 为非嵌入参数，依据其代码库 step-law/steplaw（code/fit_tool.py；data/dense_lr_bs_loss.csv：N 2.1×10⁸–1.07×10⁹，D 4×10⁹–10¹¹）。DeepSeek-AI 2024，DeepSeek LLM（arXiv 2401.02954）原文式（1），拟合范围 10¹⁷–2×10¹⁹ FLOPs，M 见原文式（2）。',
      alt: '两幅以训练词元数为横轴的双对数图：左图是 Step Law 和 DeepSeek 规则给出的峰值学习率，右图是两者给出的以词元计的批量大小；阴影带表示各规则的拟合范围，竖线标出所选的训练。',
    },
  },
  render(params, lang, ctx) {
    const shape: RunShape | undefined = params.compute === 'shape' ? { nLayer: params.layers, dModel: params.dModel } : undefined;
    const options = { seqLen: params.seqLen, shape };
    const run = compareHyperparameterRules(params.params, params.tokens, options);
    const curves = logSpace(TOKEN_RANGE[0], TOKEN_RANGE[1], 29).map((d) => compareHyperparameterRules(params.params, d, options));
    // Power laws are straight on log-log axes: every fourth row of the table draws them exactly.
    const series = curves
      .filter((_, i) => i % 4 === 0)
      .flatMap((r) => [
        { rule: 'Step Law', tokens: r.tokens, learningRate: r.stepLaw.learningRate, batchTokens: r.stepLaw.batchTokens },
        { rule: 'DeepSeek', tokens: r.tokens, learningRate: r.deepseek.learningRate, batchTokens: r.deepseek.batchTokens },
      ]);
    const here = [
      { rule: 'Step Law', tokens: run.tokens, learningRate: run.stepLaw.learningRate, batchTokens: run.stepLaw.batchTokens },
      { rule: 'DeepSeek', tokens: run.tokens, learningRate: run.deepseek.learningRate, batchTokens: run.deepseek.batchTokens },
    ];
    const colorOf = (d: { rule: string }) => (d.rule === 'Step Law' ? STEP_COLOR : DEEPSEEK_COLOR);
    const deepseekTokens = deepseekTokenRange(run.flopsPerToken);
    const bands = [
      { rule: 'Step Law', x1: STEP_LAW_FIT_RANGE.tokens[0], x2: STEP_LAW_FIT_RANGE.tokens[1] },
      { rule: 'DeepSeek', x1: deepseekTokens[0], x2: deepseekTokens[1] },
    ];
    const sci = (x: number) => formatScientific(x, { digits: 3 });
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    const opts = { ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT), marginLeft: 64 };
    const x = logScale(lang, pick(lang, '训练词元数 D', 'Training tokens D'), 'quantity', { domain: TOKEN_RANGE });
    const legend = [
      Plot.text([pick(lang, '▬ Step Law（N, D）', '▬ Step Law (N, D)')], {
        frameAnchor: 'top-left',
        dx: 6,
        dy: 4,
        lineAnchor: 'top',
        fill: STEP_COLOR,
        fontSize: 12,
        fontWeight: 600,
        ...HALO,
      }),
      Plot.text([pick(lang, '▬ DeepSeek（C）', '▬ DeepSeek (C)')], {
        frameAnchor: 'top-left',
        dx: 6,
        dy: 21,
        lineAnchor: 'top',
        fill: DEEPSEEK_COLOR,
        fontSize: 12,
        fontWeight: 600,
        ...HALO,
      }),
      Plot.text([pick(lang, '阴影：拟合范围', 'shaded: fitted range')], { frameAnchor: 'top-left', dx: 6, dy: 38, lineAnchor: 'top', fill: 'currentColor', fontSize: 12, ...HALO }),
    ];
    const common = (y: 'learningRate' | 'batchTokens') => [
      Plot.rectX(bands, { x1: 'x1', x2: 'x2', fill: colorOf, fillOpacity: 0.12, clip: true }),
      Plot.line(series, { x: 'tokens', y, z: 'rule', stroke: colorOf, strokeWidth: 2 }),
      Plot.ruleX([run.tokens], { stroke: 'currentColor', strokeWidth: 1.5 }),
      Plot.dot(here, { x: 'tokens', y, fill: colorOf, stroke: 'var(--bg-card, white)', r: 5 }),
      tipMark<(typeof series)[number]>(series, {
        x: 'tokens',
        y,
        title: (d) =>
          tipText(lang, [
            ['', d.rule],
            [pick(lang, '训练词元数 D', 'Training tokens D'), d.tokens, 'quantity'],
            y === 'learningRate'
              ? [pick(lang, '最优峰值学习率 η', 'Optimal peak learning rate η'), d.learningRate, 'scientific']
              : [pick(lang, '最优批量大小 B（词元）', 'Optimal batch B (tokens)'), d.batchTokens, 'quantity'],
          ]),
      }),
    ];
    const lrPanel = Plot.plot({
      ...opts,
      x,
      y: logScale(lang, pick(lang, '最优峰值学习率 η', 'Optimal peak learning rate η'), 'scientific', { grid: true }),
      marks: [...common('learningRate'), ...legend],
    });
    const batchPanel = Plot.plot({
      ...opts,
      x,
      y: logScale(lang, pick(lang, '最优批量大小 B（词元）', 'Optimal batch B (tokens)'), 'quantity', { grid: true }),
      marks: common('batchTokens'),
    });

    // Whole sequences once there is at least one (2,441, not 2,440.8); two digits below that.
    const count = (n: number) => (n >= 1 ? formatNumber(Math.round(n), lang, 17) : formatNumber(n, lang, 2));
    const sequences = (n: number) =>
      pick(lang, `${count(n)} 条长 ${formatNumber(params.seqLen, lang, 6)} 的序列`, `${count(n)} sequences of ${formatNumber(params.seqLen, lang, 6)}`);
    const computeNote =
      run.computeRule === '6ND'
        ? pick(lang, 'C ≈ 6ND', 'C ≈ 6ND')
        : pick(lang, `C = M·D，M = ${sci(run.flopsPerToken)} FLOPs/词元`, `C = M·D, M = ${sci(run.flopsPerToken)} FLOPs/token`);
    const readouts = [
      { label: pick(lang, 'Step Law：峰值学习率 η', 'Step Law: peak learning rate η'), value: sci(run.stepLaw.learningRate) },
      {
        label: pick(lang, 'Step Law：批量大小 B', 'Step Law: batch B'),
        value: pick(
          lang,
          `${q(run.stepLaw.batchTokens)} 词元 ≈ ${sequences(run.stepLaw.batchSequences)}`,
          `${q(run.stepLaw.batchTokens)} tokens ≈ ${sequences(run.stepLaw.batchSequences)}`,
        ),
      },
      { label: pick(lang, '计算量 C（DeepSeek 规则的输入）', 'Compute C (input to DeepSeek’s rule)'), value: `${sci(run.flops)} FLOPs (${computeNote})` },
      { label: pick(lang, 'DeepSeek：峰值学习率 η', 'DeepSeek: peak learning rate η'), value: sci(run.deepseek.learningRate) },
      {
        label: pick(lang, 'DeepSeek：批量大小 B', 'DeepSeek: batch B'),
        value: pick(
          lang,
          `${q(run.deepseek.batchTokens)} 词元 ≈ ${sequences(run.deepseek.batchSequences)}`,
          `${q(run.deepseek.batchTokens)} tokens ≈ ${sequences(run.deepseek.batchSequences)}`,
        ),
      },
    ];
    if (run.shapeParams !== undefined) {
      readouts.push({
        label: pick(lang, '这个形状的非嵌入参数量（12·n_layer·d_model²）', 'Non-embedding params of this shape (12·n_layer·d_model²)'),
        value: pick(lang, `${q(run.shapeParams)}（Step Law 用的是上面填的 N = ${q(run.params)}）`, `${q(run.shapeParams)} (Step Law uses the N above, ${q(run.params)})`),
      });
    }
    const warnings: string[] = [];
    if (run.outside.stepLawParams) {
      warnings.push(
        pick(
          lang,
          `N = ${q(run.params)} 超出 Step Law 拟合所用的模型规模（${q(STEP_LAW_FIT_RANGE.params[0])} 到 ${q(STEP_LAW_FIT_RANGE.params[1])} 非嵌入参数）：学习率是外推。`,
          `N = ${q(run.params)} lies outside the model sizes Step Law was fitted on (${q(STEP_LAW_FIT_RANGE.params[0])} to ${q(STEP_LAW_FIT_RANGE.params[1])} non-embedding parameters): its learning rate is extrapolated.`,
        ),
      );
    }
    if (run.outside.stepLawTokens) {
      warnings.push(
        pick(
          lang,
          `D = ${q(run.tokens)} 超出 Step Law 拟合所用的词元数（${q(STEP_LAW_FIT_RANGE.tokens[0])} 到 ${q(STEP_LAW_FIT_RANGE.tokens[1])}）：学习率和批量大小都是外推。`,
          `D = ${q(run.tokens)} lies outside the token counts Step Law was fitted on (${q(STEP_LAW_FIT_RANGE.tokens[0])} to ${q(STEP_LAW_FIT_RANGE.tokens[1])}): its learning rate and batch are extrapolated.`,
        ),
      );
    }
    if (run.outside.deepseekCompute) {
      warnings.push(
        pick(
          lang,
          `C = ${sci(run.flops)} FLOPs 超出 DeepSeek 拟合所用的计算预算（${sci(DEEPSEEK_FIT_RANGE.flops[0])} 到 ${sci(DEEPSEEK_FIT_RANGE.flops[1])} FLOPs）：它的两个值都是外推。`,
          `C = ${sci(run.flops)} FLOPs lies outside the budgets DeepSeek’s rule was fitted on (${sci(DEEPSEEK_FIT_RANGE.flops[0])} to ${sci(DEEPSEEK_FIT_RANGE.flops[1])} FLOPs): both of its values are extrapolated.`,
        ),
      );
    }
    return {
      node: panels(ctx, [lrPanel, batchPanel]),
      data: {
        columns: [
          { key: 'tokens', label: pick(lang, '训练词元数 D', 'Training tokens D'), format: 'quantity' },
          { key: 'flops', label: pick(lang, '计算量 C（FLOPs）', 'Compute C (FLOPs)'), format: 'scientific' },
          { key: 'stepLr', label: pick(lang, 'Step Law η', 'Step Law η'), format: 'scientific' },
          { key: 'stepBatch', label: pick(lang, 'Step Law B（词元）', 'Step Law B (tokens)'), format: 'quantity' },
          { key: 'deepseekLr', label: pick(lang, 'DeepSeek η', 'DeepSeek η'), format: 'scientific' },
          { key: 'deepseekBatch', label: pick(lang, 'DeepSeek B（词元）', 'DeepSeek B (tokens)'), format: 'quantity' },
        ],
        rows: curves.map((r) => ({
          tokens: r.tokens,
          flops: r.flops,
          stepLr: r.stepLaw.learningRate,
          stepBatch: r.stepLaw.batchTokens,
          deepseekLr: r.deepseek.learningRate,
          deepseekBatch: r.deepseek.batchTokens,
        })),
      },
      readouts,
      warnings,
    };
  },
});
