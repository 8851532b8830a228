/**
 * Sample efficiency (Kaplan et al. 2020, Fig. 2): learning curves against tokens processed, one per model size,
 * from the L(N, S_min) fit (eq 1.6, Table 3) at a batch of 2^19 tokens. Larger models reach the same loss after
 * fewer tokens; the target-loss line marks where each curve crosses it.
 */
import * as Plot from '@observablehq/plot';
import { KAPLAN_DEFAULT_BATCH_TOKENS } from '../engine/kaplan-batch';
import { sampleEfficiencyCurve } from '../engine/sample-efficiency';
import { formatNumber, formatQuantity } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import { convergedLoss, learningCurveByLoss, tokensToReachLoss } from '../engine/sample-efficiency';
import { KAPLAN_STUDIED_PARAMS, kaplanDefaultRunTokens, kaplanWarmupTokens } from '../engine/kaplan-setup';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, pick, tipMark, tipText } from './lib/plot';

const HEIGHT = 400;
const TOKEN_RANGE: [number, number] = [1e8, 1e12];
/** Wide enough for the converged loss of the largest size allowed (1e11 params → 1.65 nats). */
const LOSS_RANGE: [number, number] = [1.5, 8];
/** Colour by model size on a log scale, small → large; mid-lightness stops that read on light and dark pages. */
const SIZE_RAMP = ['#0072B2', '#009E73', '#E69F00', '#D55E00'];

export default defineFigure({
  id: 'sample-efficiency',
  home: 'kaplan',
  height: HEIGHT,
  params: {
    targetLoss: {
      kind: 'quantity',
      label: { zh: '目标损失 L', en: 'Target loss L' },
      unit: { zh: '奈特/词元', en: 'nats/token' },
      default: 3.5,
      min: 2,
      max: 7,
      scale: 'linear',
      step: 0.05,
      display: 'plain',
    },
    sizes: {
      kind: 'list',
      label: { zh: '模型规模 N（非嵌入参数）', en: 'Model sizes N (non-embedding parameters)' },
      unit: { zh: '参数', en: 'params' },
      default: [1e6, 1e7, 1e8, 1.5e9],
      min: 1e3,
      max: 1e11,
      minLength: 1,
      maxLength: 6,
      display: 'quantity',
      help: { zh: '最多 6 个，用逗号隔开，例如 1M, 1亿, 15亿。', en: 'Up to six, separated by commas, e.g. 1M, 100M, 1.5B.' },
    },
    adjust: {
      kind: 'boolean',
      label: { zh: '按临界批量大小修正步数（原文式 5.4）', en: 'Correct the steps for the critical batch (eq 5.4)' },
      default: true,
      help: {
        zh: '批量大小 2^19 个词元小于临界批量大小时，实际步数 S 多于定律里的最少步数 S_min = S/(1 + B_crit/B)。',
        en: 'When the 2^19-token batch is below the critical batch, the steps taken S exceed the law’s minimum S_min = S/(1 + B_crit/B).',
      },
    },
  },
  strings: {
    en: {
      title: 'Larger models learn more from each token',
      caption:
        'Learning curves against tokens processed, at a batch of 2^19 tokens, for models of several non-embedding sizes N (colour, small to large), from Kaplan’s fit L(N, S_min) = (N_c/N)^α_N + (S_c/S_min)^α_S. At every loss a larger model gets there after fewer tokens, as in Kaplan’s Fig. 2; the dots mark where each curve crosses the target loss. A model whose converged loss (N_c/N)^α_N lies above the target never reaches it. The shaded strip is the 3,000-step warm-up, which the fit leaves out; the dashed line is where Kaplan’s default runs stop (2.5×10⁵ steps).',
      source:
        'Kaplan et al. 2020 (arXiv 2001.08361): eq (1.6)/(5.6) with the Table 3 fit (α_N 0.077, α_S 0.76, N_c 6.5×10¹³, S_c 2.1×10³); B_crit(L) from eq (5.3) and Table 5; S_min from eq (5.4); batch 2^19 tokens (§3); warm-up and run length §2.2, fit after warm-up §5.2. The curves are computed from the fit, not read off Fig. 2.',
      alt: 'Falling learning curves of loss against tokens processed on a log axis, one per model size; larger models lie lower and cross a horizontal target-loss line earlier.',
    },
    zh: {
      title: '模型越大，每个词元学到的越多',
      caption:
        '批量大小为 2^19 个词元时，几种非嵌入参数量 N（颜色从小到大）的学习曲线：损失随已处理词元数下降，按 Kaplan 的拟合 L(N, S_min) = (N_c/N)^α_N + (S_c/S_min)^α_S 计算。无论看哪个损失值，模型越大，达到它所需的词元越少，与 Kaplan 原文图 2 一致；圆点标出每条曲线穿过目标损失的位置。收敛损失 (N_c/N)^α_N 高于目标的模型永远达不到目标。阴影区是 3000 步的预热阶段，拟合没有包括这段；虚线是 Kaplan 默认训练结束的位置（2.5×10⁵ 步）。',
      source:
        'Kaplan 等（2020，arXiv 2001.08361）：原文式（1.6）/（5.6）与原文表 3 的拟合（α_N 0.077，α_S 0.76，N_c 6.5×10¹³，S_c 2.1×10³）；B_crit(L) 见原文式（5.3）与原文表 5；S_min 见原文式（5.4）；批量 2^19 个词元（§3）；预热与训练长度见 §2.2，拟合只用预热之后的步数（§5.2）。曲线由拟合公式算出，不是从原文图 2 上读取的。',
      alt: '以对数横轴表示已处理词元数的下降学习曲线，每个模型规模一条；模型越大曲线越低，也越早穿过水平的目标损失线。',
    },
  },
  render(params, lang, ctx) {
    const opts = { adjustForCriticalBatch: params.adjust };
    const sizes = params.sizes;
    // Drawn by loss (closed form, cheap on every input); the table samples round token counts.
    const curves = sizes.map((n) => ({ params: n, points: learningCurveByLoss(n, TOKEN_RANGE, 49, opts) }));
    const tableTokens = logSpace(TOKEN_RANGE[0], TOKEN_RANGE[1], 13);
    const lines = curves.flatMap((c) => c.points.map((p) => ({ params: c.params, tokens: p.tokens, loss: p.loss })));
    const crossings = sizes.map((n) => ({ params: n, converged: convergedLoss(n), crossing: tokensToReachLoss(n, params.targetLoss, opts) }));
    const onPlot = crossings.filter((c) => c.crossing && c.crossing.tokens >= TOKEN_RANGE[0] && c.crossing.tokens <= TOKEN_RANGE[1]);
    const warmup = kaplanWarmupTokens();
    const runEnd = kaplanDefaultRunTokens();
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    const L = formatNumber(params.targetLoss, lang, 3);
    const smallest = Math.min(...sizes);
    const largest = Math.max(...sizes);
    const sizeDomain = smallest < largest ? [smallest, largest] : [smallest / 10, largest * 10];
    const ends = curves.map((c) => ({ params: c.params, ...c.points[c.points.length - 1] }));

    const node = Plot.plot({
      ...baseOptions(ctx, HEIGHT),
      marginRight: 56,
      x: logScale(lang, pick(lang, '已处理的词元数', 'Tokens processed'), 'quantity', { domain: TOKEN_RANGE }),
      y: { domain: LOSS_RANGE, label: pick(lang, '测试损失（奈特/词元）', 'Test loss (nats/token)'), grid: true },
      // The chosen sizes span the whole ramp, so neighbouring curves stay distinguishable.
      color: { type: 'log', domain: sizeDomain, range: SIZE_RAMP, interpolate: 'hcl' },
      marks: [
        Plot.rectX([0], { x1: TOKEN_RANGE[0], x2: warmup, y1: LOSS_RANGE[0], y2: LOSS_RANGE[1], fill: 'currentColor', fillOpacity: 0.07 }),
        Plot.text([pick(lang, '预热', 'warm-up')], {
          x: Math.sqrt(TOKEN_RANGE[0] * warmup),
          y: LOSS_RANGE[0],
          dy: -8,
          lineAnchor: 'bottom',
          fontSize: 12,
          fill: 'currentColor',
          fillOpacity: 0.8,
        }),
        Plot.ruleX([runEnd], { stroke: 'currentColor', strokeOpacity: 0.5, strokeDasharray: '4,3' }),
        Plot.text([pick(lang, '默认训练结束', 'default run ends')], {
          x: runEnd,
          y: LOSS_RANGE[1],
          dx: 4,
          textAnchor: 'start',
          lineAnchor: 'top',
          fontSize: 12,
          fill: 'currentColor',
          fillOpacity: 0.8,
        }),
        Plot.ruleY([params.targetLoss], { stroke: 'currentColor', strokeDasharray: '6,4' }),
        Plot.text([`L = ${L}`], { x: TOKEN_RANGE[1], y: params.targetLoss, dy: -7, textAnchor: 'end', lineAnchor: 'bottom', fontSize: 12, fill: 'currentColor' }),
        Plot.line(lines, { x: 'tokens', y: 'loss', z: 'params', stroke: 'params', strokeWidth: 2, clip: true }),
        tipMark<(typeof lines)[number]>(lines, {
          x: 'tokens',
          y: 'loss',
          title: (d) =>
            tipText(lang, [
              [pick(lang, '参数量 N', 'Parameters N'), d.params, 'quantity'],
              [pick(lang, '已处理的词元数', 'Tokens processed'), d.tokens, 'quantity'],
              [pick(lang, '测试损失（奈特/词元）', 'Test loss (nats/token)'), d.loss],
            ]),
        }),
        Plot.dot(onPlot, { x: (d: (typeof onPlot)[number]) => d.crossing!.tokens, y: params.targetLoss, fill: 'params', stroke: 'var(--bg-card, white)', r: 5 }),
        Plot.text(ends, { x: 'tokens', y: 'loss', text: (d: (typeof ends)[number]) => q(d.params), dx: 5, textAnchor: 'start', fill: 'params', fontSize: 12, fontWeight: 600 }),
      ],
    });

    const table = sizes.flatMap((n) => sampleEfficiencyCurve(n, tableTokens, opts).map((p) => ({ params: n, tokens: p.tokens, steps: p.steps, loss: p.loss })));
    const readouts = crossings.map(({ params: n, converged, crossing }) => {
      const label = pick(lang, `N = ${q(n)}：达到 L = ${L}`, `N = ${q(n)}: to reach L = ${L}`);
      if (!crossing) {
        return {
          label,
          value: pick(lang, `永远达不到：它的收敛损失是 ${formatNumber(converged, lang, 3)} 奈特`, `never: its converged loss is ${formatNumber(converged, lang, 3)} nats`),
        };
      }
      const inWarmup = crossing.tokens < warmup;
      return {
        label,
        value:
          pick(
            lang,
            `需要 ${q(crossing.tokens)} 个词元（${formatNumber(crossing.steps, lang, 3)} 步）`,
            `needs ${q(crossing.tokens)} tokens (${formatNumber(crossing.steps, lang, 3)} steps)`,
          ) + (inWarmup ? pick(lang, '，落在预热阶段内，拟合不适用', ', inside the warm-up, where the fit does not apply') : ''),
      };
    });
    const outside = sizes.filter((n) => n < KAPLAN_STUDIED_PARAMS[0] || n > KAPLAN_STUDIED_PARAMS[1]);
    const warnings = outside.length
      ? [
          pick(
            lang,
            `${outside.map(q).join('、')} 超出了 Kaplan 训练过的规模（768 到 15 亿非嵌入参数，§3），这些曲线是外推。`,
            `${outside.map(q).join(', ')} lie${outside.length === 1 ? 's' : ''} outside the sizes Kaplan trained (768 to 1.5B non-embedding parameters, §3): ${outside.length === 1 ? 'its curve is' : 'their curves are'} extrapolated.`,
          ),
        ]
      : [];
    return {
      node,
      data: {
        columns: [
          { key: 'params', label: pick(lang, '参数量 N', 'Parameters N'), format: 'quantity' },
          { key: 'tokens', label: pick(lang, '已处理词元数', 'Tokens processed'), format: 'quantity' },
          {
            key: 'steps',
            label: pick(
              lang,
              `训练步数（批量大小 ${formatNumber(KAPLAN_DEFAULT_BATCH_TOKENS, lang, 6)} 词元）`,
              `Steps (batch ${formatNumber(KAPLAN_DEFAULT_BATCH_TOKENS, lang, 6)} tokens)`,
            ),
          },
          { key: 'loss', label: pick(lang, '损失（奈特/词元）', 'Loss (nats/token)') },
        ],
        rows: table,
      },
      readouts,
      warnings,
    };
  },
});
