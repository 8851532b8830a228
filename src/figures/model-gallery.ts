/**
 * Real models on the parameters–tokens plane (log-log) against the compute-optimal line of a chosen Chinchilla fit,
 * with iso-compute lines D = C/(6N). Each dot is labelled with the model's tokens per parameter.
 */
import * as Plot from '@observablehq/plot';
import { LAWS, chinchillaLoss, optimalLoss, tokensPerParameter, type LawKey } from '../engine/chinchilla';
import { LAW_INFO } from './lib/laws';
import { trainingFlops } from '../engine/compute';
import { modelById } from '../engine/models';
import { formatNumber, formatQuantity, formatScientific } from '../engine/quantities';
import { isoComputeSegment, optimalAllocationFrom, type AllocationSource } from '../engine/chinchilla-approaches';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, pick, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { decadeTicks, powerOfTen } from './lib/ticks';

const WIDTH = 640;
const HEIGHT = 440;
const PARAMS_DOMAIN: [number, number] = [3e9, 1.5e12];
const TOKENS_DOMAIN: [number, number] = [1e11, 4e13];
const ISO_FLOPS = [1e22, 1e23, 1e24, 1e25, 1e26];
const OPTIMAL = SERIES_COLORS[0];
const HIGHLIGHT = SERIES_COLORS[5];
/** Tokens per parameter beyond which a model is far from the Chinchilla runs' typical ratios (see warnings). */
const FAR_FROM_OPTIMAL = 100;

/** The models shown (engine MODELS ids) and where each label sits. */
const SHOWN: Array<{ id: string; anchor: 'left' | 'right' | 'above' | 'below' }> = [
  { id: 'gpt-3', anchor: 'below' },
  { id: 'gopher', anchor: 'above' },
  { id: 'mt-nlg', anchor: 'below' },
  { id: 'palm-540b', anchor: 'above' },
  { id: 'chinchilla', anchor: 'left' },
  { id: 'llama-65b', anchor: 'below' },
  { id: 'llama-2-7b', anchor: 'right' },
  { id: 'llama-2-70b', anchor: 'right' },
  { id: 'llama-3-8b', anchor: 'above' },
  { id: 'llama-3-70b', anchor: 'right' },
  { id: 'llama-3-405b', anchor: 'right' },
  { id: 'deepseek-v3', anchor: 'below' },
  { id: 'qwen2.5-72b', anchor: 'above' },
];

const ANCHORS = {
  left: { textAnchor: 'end', dx: -12, dy: 0 },
  right: { textAnchor: 'start', dx: 12, dy: 0 },
  above: { textAnchor: 'middle', dx: 0, dy: -12 },
  below: { textAnchor: 'middle', dx: 0, dy: 13 },
} as const;

type Source = 'approach1' | 'approach2' | LawKey;
const SOURCES: Array<{ value: Source; label: { zh: string; en: string } }> = [
  { value: 'approach1', label: { zh: '方法一：原文表 3 的幂律（约 20 词元/参数）', en: 'Approach 1: Table 3 power laws (≈20 tokens/param)' } },
  { value: 'approach2', label: { zh: '方法二：原文表 A3 的幂律', en: 'Approach 2: Table A3 power laws' } },
  { value: 'hoffmann2022', label: { zh: '方法三：原文式（4），未舍入常数', en: 'Approach 3: eq. (4), unrounded constants' } },
  { value: 'hoffmann2022Rounded', label: { zh: '方法三：原文式（4），印刷常数', en: 'Approach 3: eq. (4), printed constants' } },
  { value: 'besiroglu2024', label: { zh: 'Epoch 重新拟合（Besiroglu 2024）', en: 'Epoch refit (Besiroglu 2024)' } },
];

export default defineFigure({
  id: 'model-gallery',
  home: 'chinchilla',
  width: WIDTH,
  height: HEIGHT,
  params: {
    budget: {
      kind: 'quantity',
      label: { zh: '计算预算', en: 'Compute budget' },
      unit: { zh: 'FLOPs', en: 'FLOPs' },
      default: 5.76e23,
      min: 1e21,
      max: 1e27,
      scale: 'log',
      display: 'scientific',
      help: {
        zh: '蓝色星号是这个预算下的计算最优点，粗虚线是它的等计算量线。默认是 Gopher 的预算 5.76e23（Hoffmann 等，原文表 3）。',
        en: 'The blue star is the compute-optimal point for this budget, on its own iso-compute line. The default is Gopher’s budget, 5.76e23 (Hoffmann et al., Table 3).',
      },
    },
    highlight: {
      kind: 'choice',
      label: { zh: '突出显示的模型', en: 'Model to highlight' },
      default: 'chinchilla',
      options: SHOWN.map(({ id }) => ({ value: id, label: { zh: modelById(id).name, en: modelById(id).name } })),
    },
    law: {
      kind: 'choice',
      label: { zh: '计算最优直线来自', en: 'Compute-optimal line from' },
      default: 'approach1',
      options: SOURCES.map((s) => ({ value: s.value, label: s.label })),
      help: {
        zh: '方法一、二只给出 N_opt 与 D_opt 的幂律，没有损失函数；选它们时，损失用方法三的未舍入拟合计算。',
        en: 'Approaches 1 and 2 give power laws for N_opt and D_opt but no loss function; with them, losses use Approach 3’s unrounded fit.',
      },
    },
  },
  strings: {
    en: {
      title: 'Real models against the compute-optimal line',
      caption:
        'Parameters against training tokens, both on log axes. Each dot is a model; the number after its name is tokens per parameter (D/N). The blue line is the compute-optimal allocation (N_opt(C), D_opt(C)) of the chosen fit, and the blue star its point at the chosen budget, on that budget’s iso-compute line (blue dashes); the dotted line is D = 20N; grey dashed lines are iso-compute lines D = C/(6N). Early models (GPT-3, Gopher, MT-NLG) sit far below the line with 1–2 tokens per parameter; Chinchilla sits on it; recent models sit far above it, trading training compute for a smaller model that is cheaper to serve. DeepSeek-V3 is placed by its 37B activated parameters.',
      source:
        'Hoffmann et al. 2022 (arXiv 2203.15556) Table 1, Table 3, Table A3, eq. (4); Besiroglu et al. 2024 (arXiv 2404.10102); model sizes and tokens: Brown et al. 2020, Touvron et al. 2023a/b, Chowdhery et al. 2022, Llama 3 paper, DeepSeek-V3 README, Qwen2.5 report (see the data table).',
      alt: 'Log-log scatter of parameters against training tokens for thirteen models, with a rising blue compute-optimal line, a dotted 20-tokens-per-parameter line and falling dashed iso-compute lines; GPT-3, Gopher and MT-NLG lie well below the optimal line, Chinchilla on it, Llama 3 and DeepSeek-V3 far above it.',
    },
    zh: {
      title: '真实模型与计算最优直线',
      caption:
        '参数量与训练词元数，两轴都取对数。每个点是一个模型，名字后的数字是每参数词元数（D/N）。蓝线是所选拟合的计算最优分配 (N_opt(C), D_opt(C))，蓝色星号是所选预算下的最优点，位于该预算的等计算量线（蓝色虚线）上；点线是 D = 20N；灰色虚线是等计算量线 D = C/(6N)。早期模型（GPT-3、Gopher、MT-NLG）每参数只有 1–2 个词元，远在直线下方；Chinchilla 恰在线上；近来的模型远在上方，用更多训练计算换取更小、推理更便宜的模型。DeepSeek-V3 按 370 亿激活参数放置。',
      source:
        'Hoffmann 等（2022，arXiv 2203.15556）原文表 1、原文表 3、原文表 A3、原文式（4）；Besiroglu 等（2024，arXiv 2404.10102）；模型规模与词元数：Brown 等 2020、Touvron 等 2023a/b、Chowdhery 等 2022、Llama 3 论文、DeepSeek-V3 README、Qwen2.5 技术报告（见数据表）。',
      alt: '十三个模型的参数量与训练词元数双对数散点图，有一条上升的蓝色计算最优直线、一条每参数 20 词元的点线和若干下降的灰色等计算量虚线；GPT-3、Gopher、MT-NLG 远在最优直线下方，Chinchilla 在线上，Llama 3 与 DeepSeek-V3 远在上方。',
    },
  },
  render(params, lang, ctx) {
    const source = params.law as Source;
    const lossLaw: LawKey = source === 'approach1' || source === 'approach2' ? 'hoffmann2022' : source;
    const law = LAWS[lossLaw];
    /** Tokens per parameter as the facts table writes them: 0.51, 1.07, 21.5, 286, 1,875. */
    const ratioText = (r: number) => formatNumber(r, lang, r < 1 ? 2 : r < 1000 ? 3 : 4);
    const models = SHOWN.map(({ id, anchor }) => {
      const m = modelById(id);
      const ratio = tokensPerParameter(m.params, m.tokens);
      return {
        id,
        anchor,
        name: m.name,
        params: m.params,
        tokens: m.tokens,
        ratio,
        label: `${m.name} · ${ratioText(ratio)}`,
        model: m,
      };
    });
    const chosen = models.find((m) => m.id === params.highlight) ?? models.find((m) => m.id === 'chinchilla')!;

    const optimalLine = [1e20, 1e28].map((flops) => ({ flops, ...optimalAllocationFrom(source as AllocationSource, flops) }));
    const twenty = PARAMS_DOMAIN.map((n) => ({ params: n, tokens: 20 * n }));
    const iso = ISO_FLOPS.flatMap((flops) => {
      const seg = isoComputeSegment(flops, PARAMS_DOMAIN, TOKENS_DOMAIN);
      return seg ? seg.map((p, i) => ({ ...p, flops, end: i })) : [];
    });
    const isoLabels = iso.filter((p) => p.end === 0);
    const budgetLine = isoComputeSegment(params.budget, PARAMS_DOMAIN, TOKENS_DOMAIN) ?? [];
    const budgetOptimum = optimalAllocationFrom(source as AllocationSource, params.budget);
    const budgetText = formatScientific(params.budget, { digits: 3 });

    const sizeLabel = pick(lang, '参数量 N', 'Parameters N');
    const tokensLabel = pick(lang, '训练词元数 D', 'Training tokens D');
    const node = Plot.plot({
      ...baseOptions({ ...ctx, width: WIDTH }, HEIGHT),
      marginLeft: 56,
      marginRight: 30,
      x: logScale(lang, sizeLabel, 'quantity', { domain: PARAMS_DOMAIN, ticks: [...decadeTicks(...PARAMS_DOMAIN), 3e9, 3e10, 3e11] }),
      y: logScale(lang, tokensLabel, 'quantity', { domain: TOKENS_DOMAIN, ticks: [...decadeTicks(...TOKENS_DOMAIN), 3e11, 3e12, 3e13], grid: true }),
      marks: [
        Plot.line(iso, { x: 'params', y: 'tokens', z: 'flops', stroke: 'currentColor', strokeOpacity: 0.35, strokeDasharray: '4,4' }),
        Plot.text(isoLabels, {
          x: 'params',
          y: 'tokens',
          text: (d: { flops: number }) => `${powerOfTen(d.flops)} FLOPs`,
          textAnchor: 'start',
          dx: 4,
          dy: 10,
          fontSize: 12,
          fillOpacity: 0.6,
        }),
        Plot.line(twenty, { x: 'params', y: 'tokens', stroke: 'currentColor', strokeOpacity: 0.55, strokeDasharray: '1,3', strokeWidth: 1.5 }),
        Plot.text([twenty[1]], { x: 'params', y: 'tokens', text: () => 'D = 20N', textAnchor: 'end', dx: -4, dy: 12, fontSize: 12, fillOpacity: 0.7, clip: true }),
        Plot.line(optimalLine, { x: 'params', y: 'tokens', stroke: OPTIMAL, strokeWidth: 2.2, clip: true }),
        Plot.line(budgetLine, { x: 'params', y: 'tokens', stroke: OPTIMAL, strokeOpacity: 0.7, strokeWidth: 1.6, strokeDasharray: '6,3' }),
        Plot.dot([chosen], { x: 'params', y: 'tokens', r: 10, stroke: HIGHLIGHT, strokeWidth: 2.5 }),
        Plot.dot(models, { x: 'params', y: 'tokens', r: 4, fill: (d: { id: string }) => (d.id === chosen.id ? HIGHLIGHT : 'currentColor') }),
        tipMark<(typeof models)[number]>(models, {
          x: 'params',
          y: 'tokens',
          title: (d) =>
            tipText(lang, [
              ['', d.name],
              [sizeLabel, d.params, 'quantity'],
              [tokensLabel, d.tokens, 'quantity'],
              [pick(lang, '词元/参数', 'Tokens per parameter'), d.ratio],
            ]),
        }),
        // The budget's optimum above the model dots (by default it sits on Chinchilla).
        Plot.dot([budgetOptimum], { x: 'params', y: 'tokens', symbol: 'star', r: 8, fill: OPTIMAL, stroke: 'var(--bg-card, white)', clip: true }),
        ...(['left', 'right', 'above', 'below'] as const).map((anchor) =>
          Plot.text(
            models.filter((m) => m.anchor === anchor && m.id !== chosen.id),
            {
              x: 'params',
              y: 'tokens',
              text: 'label',
              fontSize: 12,
              fill: 'currentColor',
              stroke: 'var(--bg-card, white)',
              strokeWidth: 3,
              paintOrder: 'stroke',
              ...ANCHORS[anchor],
            },
          ),
        ),
        // The highlighted model's label, bold and in colour.
        Plot.text([chosen], {
          x: 'params',
          y: 'tokens',
          text: 'label',
          fontSize: 12,
          fill: HIGHLIGHT,
          fontWeight: 700,
          stroke: 'var(--bg-card, white)',
          strokeWidth: 3,
          paintOrder: 'stroke',
          ...ANCHORS[chosen.anchor],
        }),
      ],
    });

    const flops = trainingFlops(chosen.params, chosen.tokens);
    const optimum = optimalAllocationFrom(source as AllocationSource, flops);
    const loss = chinchillaLoss(law, chosen.params, chosen.tokens);
    const lawLoss = optimalLoss(law, flops);
    const lossLawName = LAW_INFO[lossLaw].shortName[lang];
    const printed = chosen.model.flopsStatus === 'P' ? chosen.model.flops : null;
    const ratioToOptimal = chosen.params / optimum.params;
    const readouts = [
      {
        label: pick(lang, `${budgetText} FLOPs 的计算最优点（星号）`, `Compute-optimal at ${budgetText} FLOPs (star)`),
        value: pick(
          lang,
          `${formatQuantity(budgetOptimum.params, lang)} 参数、${formatQuantity(budgetOptimum.tokens, lang)} 词元，每参数 ${ratioText(tokensPerParameter(budgetOptimum.params, budgetOptimum.tokens))} 个`,
          `${formatQuantity(budgetOptimum.params, lang)} params, ${formatQuantity(budgetOptimum.tokens, lang)} tokens, ${ratioText(tokensPerParameter(budgetOptimum.params, budgetOptimum.tokens))} per parameter`,
        ),
      },
      {
        label: pick(lang, `${chosen.name}：每参数词元数`, `${chosen.name}: tokens per parameter`),
        value: pick(
          lang,
          `${ratioText(chosen.ratio)}（${formatQuantity(chosen.tokens, lang)} 词元 / ${formatQuantity(chosen.params, lang)} 参数）`,
          `${ratioText(chosen.ratio)} (${formatQuantity(chosen.tokens, lang)} tokens / ${formatQuantity(chosen.params, lang)} params)`,
        ),
      },
      {
        label: pick(lang, '训练计算量 6ND', 'Training compute 6ND'),
        value:
          `${formatScientific(flops, { digits: 3 })} FLOPs` +
          (printed && formatScientific(printed, { digits: 3 }) !== formatScientific(flops, { digits: 3 })
            ? pick(lang, `（原文印刷 ${formatScientific(printed, { digits: 3 })}）`, ` (the source prints ${formatScientific(printed, { digits: 3 })})`)
            : ''),
      },
      {
        label: pick(lang, `预测的损失（${lossLawName}）`, `Predicted loss (${lossLawName})`),
        value: pick(
          lang,
          `${formatNumber(loss, lang, 4)} 奈特/词元；同样计算量下的最优损失 ${formatNumber(lawLoss, lang, 4)}`,
          `${formatNumber(loss, lang, 4)} nats/token; the optimum for the same compute reaches ${formatNumber(lawLoss, lang, 4)}`,
        ),
      },
      {
        label: pick(lang, '同样计算量下的计算最优规模', 'Compute-optimal size for the same FLOPs'),
        value: pick(
          lang,
          `${formatQuantity(optimum.params, lang)} 参数、${formatQuantity(optimum.tokens, lang)} 词元；${chosen.name} 是它的 ${formatNumber(ratioToOptimal, lang, 3)} 倍`,
          `${formatQuantity(optimum.params, lang)} params, ${formatQuantity(optimum.tokens, lang)} tokens; ${chosen.name} is ${formatNumber(ratioToOptimal, lang, 3)}× that size`,
        ),
      },
    ];

    const warnings: string[] = [];
    if (chosen.model.totalParams) {
      warnings.push(
        pick(
          lang,
          `${chosen.name} 是混合专家（MoE）模型：这里按每个词元的 ${formatQuantity(chosen.params, lang)} 激活参数放置（总参数 ${formatQuantity(chosen.model.totalParams, lang)}）。Chinchilla 的定律是在稠密模型上拟合的，对 MoE 只是粗略的参照。`,
          `${chosen.name} is a mixture of experts: it is placed by its ${formatQuantity(chosen.params, lang)} activated parameters per token (${formatQuantity(chosen.model.totalParams, lang)} in total). The Chinchilla laws were fitted on dense models, so for MoE they are only a rough guide.`,
        ),
      );
    }
    if (chosen.ratio >= FAR_FROM_OPTIMAL) {
      warnings.push(
        pick(
          lang,
          `每参数 ${ratioText(chosen.ratio)} 个词元远离 Chinchilla 实验的典型比例。Sardana 等（2024）发现，只用典型比例的数据拟合的定律，会高估极端比例下（他们做到每参数 10,000 个词元）多加词元的收益。`,
          `${ratioText(chosen.ratio)} tokens per parameter is far from the typical ratios of the Chinchilla runs. Sardana et al. (2024) find that laws fitted only at typical ratios overestimate what extra tokens buy at extreme ratios (they went up to 10,000 tokens per parameter).`,
        ),
      );
    }

    return {
      node,
      data: {
        columns: [
          { key: 'name', label: pick(lang, '模型', 'Model'), format: 'text' },
          { key: 'params', label: sizeLabel, format: 'quantity' },
          { key: 'tokens', label: tokensLabel, format: 'quantity' },
          { key: 'ratio', label: pick(lang, '每参数词元数', 'Tokens per parameter') },
          { key: 'flops', label: pick(lang, '6ND（FLOPs）', '6ND (FLOPs)'), format: 'scientific' },
          { key: 'optimalParams', label: pick(lang, '同计算量的最优参数量', 'Optimal params, same FLOPs'), format: 'quantity' },
          { key: 'loss', label: pick(lang, `损失（${lossLawName}）`, `Loss (${lossLawName})`) },
          { key: 'source', label: pick(lang, '来源', 'Source'), format: 'text' },
        ],
        rows: models.map((m) => {
          const c = trainingFlops(m.params, m.tokens);
          return {
            name: m.name,
            params: m.params,
            tokens: m.tokens,
            ratio: m.ratio,
            flops: c,
            optimalParams: optimalAllocationFrom(source as AllocationSource, c).params,
            loss: chinchillaLoss(law, m.params, m.tokens),
            source: m.model.source,
          };
        }),
      },
      readouts,
      warnings,
    };
  },
});
