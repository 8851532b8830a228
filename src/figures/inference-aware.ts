/**
 * Inference-aware sizing (calculator): expected lifetime inference tokens + a target loss (or a reference model
 * whose loss sets it) → the model size and training tokens that minimise training + inference FLOPs, following
 * the objective of Sardana et al. 2024, and the saving against the compute-optimal model.
 */
import * as Plot from '@observablehq/plot';
import { chinchillaLoss, LAWS, type LawKey } from '../engine/chinchilla';
import { LAW_INFO } from './lib/laws';
import { costCurve, INFERENCE_AWARE_SOURCE, inferenceAwareOptimal, smallestModelForLoss } from '../engine/inference-aware';
import { modelById, MODELS } from '../engine/models';
import { formatNumber, formatPercent, formatQuantity, formatScientific } from '../engine/quantities';
import { logSpace } from '../engine/stats';
import { decadeTicks, logTicks, powerOfTen } from './lib/ticks';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, pick, SERIES_COLORS, tipMark, tipText } from './lib/plot';

const WIDTH = 640;
const HEIGHT = 380;
const KEYS: readonly LawKey[] = ['hoffmann2022', 'hoffmann2022Rounded', 'besiroglu2024'];
/**
 * The largest tokens-per-parameter ratio among the 240 Fig. 4 runs of Hoffmann et al. 2022 as extracted by
 * Besiroglu et al. 2024 (src/data/chinchilla-runs.ts): 341 (derived; checked in tests/unit/figures/inference-aware.test.ts).
 */
export const FIG4_MAX_TOKENS_PER_PARAM = 341;
/** Dense models of the catalogue (a mixture of experts does not follow the dense law). */
const REFERENCE_MODELS = MODELS.filter((m) => m.totalParams === undefined);
const S = INFERENCE_AWARE_SOURCE;

export default defineFigure({
  id: 'inference-aware',
  home: 'chinchilla',
  kind: 'calculator',
  width: WIDTH,
  height: HEIGHT,
  params: {
    inferenceTokens: {
      kind: 'quantity',
      label: { zh: '预期推理词元总数 D_inf', en: 'Expected inference tokens D_inf' },
      unit: { zh: '词元', en: 'tokens' },
      default: 2e12,
      min: 1e8,
      max: 1e17,
      scale: 'log',
      display: 'quantity',
      help: {
        zh: '模型整个服务期内处理的词元数（输入加输出）。推理每词元约 2N FLOPs，训练约 6N。',
        en: 'All tokens the model will process while it is served (input and output). Inference costs about 2N FLOPs per token, training 6N.',
      },
    },
    reference: {
      kind: 'choice',
      label: { zh: '目标损失来自', en: 'Target loss from' },
      default: 'custom',
      options: [
        { value: 'custom', label: { zh: '一个参考模型：下面的 N 和 D', en: 'A reference model: N and D below' } },
        { value: 'loss', label: { zh: '直接给出的目标损失（下面）', en: 'A target loss typed below' } },
        ...REFERENCE_MODELS.map((m) => ({
          value: m.id,
          label: {
            zh: `${m.name}（${formatQuantity(m.params, 'zh')} 参数，${formatQuantity(m.tokens, 'zh')} 词元）`,
            en: `${m.name} (${formatQuantity(m.params, 'en')} params, ${formatQuantity(m.tokens, 'en')} tokens)`,
          },
        })),
      ],
    },
    refParams: {
      kind: 'quantity',
      label: { zh: '参考模型参数量 N', en: 'Reference parameters N' },
      unit: { zh: '参数', en: 'params' },
      default: 13e9,
      min: 1e7,
      max: 1e13,
      scale: 'log',
      display: 'quantity',
      usedWhen: { param: 'reference', values: ['custom'] },
    },
    refTokens: {
      kind: 'quantity',
      label: { zh: '参考模型训练词元数 D', en: 'Reference training tokens D' },
      unit: { zh: '词元', en: 'tokens' },
      default: 260e9,
      min: 1e8,
      max: 1e15,
      scale: 'log',
      display: 'quantity',
      help: {
        zh: '默认是以每参数 20 个词元训练的 130 亿参数模型。',
        en: 'The default is a 13B model trained on 20 tokens per parameter.',
      },
      usedWhen: { param: 'reference', values: ['custom'] },
    },
    targetLoss: {
      kind: 'quantity',
      label: { zh: '目标损失 ℓ', en: 'Target loss ℓ' },
      unit: { zh: '奈特/词元', en: 'nats/token' },
      default: 2,
      min: 1.82,
      max: 5,
      scale: 'linear',
      step: 0.001,
      display: 'plain',
      help: {
        zh: '必须高于所选定律的不可约损失 E（1.69–1.82）。',
        en: 'Must lie above the chosen law’s irreducible loss E (1.69–1.82).',
      },
      usedWhen: { param: 'reference', values: ['loss'] },
    },
    law: {
      kind: 'choice',
      label: { zh: '损失定律', en: 'Loss law' },
      default: 'hoffmann2022',
      options: KEYS.map((key) => ({ value: key, label: LAW_INFO[key].name })),
    },
  },
  strings: {
    en: {
      title: 'Smaller and longer: sizing a model for its inference',
      caption: `Every point on the curves reaches the same target loss: a smaller model needs more training tokens. Counting training (6N per token) and inference (2N per token) FLOPs, the cheapest model in total is smaller than the compute-optimal one, and trained on more data. The objective, minimise 6·N·D_tr + 2·N·D_inf subject to L(N, D_tr) = ℓ, follows Sardana et al. 2024 (arXiv ${S.arxiv}). Of the paper we could check only the abstract: the exact form of the objective, and the example in the caption of its Fig. 1 that sets the defaults here (a 13B model expecting 2 trillion tokens of inference), come from secondary sources, descriptions of the paper such as a third-party review on liner.com. Read the numbers as illustrations of the law, not as the paper’s results.`,
      source: `${S.paper} (arXiv ${S.arxiv}), objective as described by secondary sources (not checked against the paper’s text); loss law: Hoffmann et al. 2022 (arXiv 2203.15556) eq (2), (10); Besiroglu et al. 2024 (arXiv 2404.10102).`,
      alt: 'Log-log plot of FLOPs against model size for a fixed target loss: training FLOPs fall and inference FLOPs rise with size, and their total has a minimum to the left of the compute-optimal size.',
    },
    zh: {
      title: '更小、训练更久：为推理而定的模型规模',
      caption: `曲线上每一点都达到同一个目标损失：模型越小，所需训练词元越多。把训练（每词元 6N）和推理（每词元 2N）的 FLOPs 一起算，总量最小的模型比计算最优模型更小、训练数据更多。目标函数“在 L(N, D_tr) = ℓ 的约束下最小化 6·N·D_tr + 2·N·D_inf”遵循 Sardana 等 2024（arXiv ${S.arxiv}）。这篇论文我们只核实了摘要：目标函数的确切形式，以及这里默认值所取的原文图 1 图注中的例子（一个预期有 2 万亿推理词元的 130 亿参数模型），都来自二手来源，即对该论文的介绍，例如 liner.com 上的一篇第三方评述。因此这些数字只是该定律的示例，而非论文本身的结果。`,
      source: `${S.paper}（arXiv ${S.arxiv}），目标函数取自二手来源的介绍（未与论文原文核对）；损失定律：Hoffmann 等 2022（arXiv 2203.15556）原文式（2）、（10）；Besiroglu 等 2024（arXiv 2404.10102）。`,
      alt: '固定目标损失下，FLOPs 随模型规模变化的双对数图：训练 FLOPs 随规模下降，推理 FLOPs 随规模上升，两者之和的最小值位于计算最优规模的左侧。',
    },
  },
  render(p, lang, ctx) {
    const key = p.law as LawKey;
    const law = LAWS[key];
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    const sci = (x: number) => formatScientific(x, { digits: 3 });
    const reference = p.reference === 'custom' ? { params: p.refParams, tokens: p.refTokens, name: null } : p.reference === 'loss' ? null : modelById(p.reference);
    // Every target is reachable: a reference model's loss lies above E, and typed targets start at 1.82 nats,
    // above the largest E of the three laws (1.8172, Besiroglu et al.).
    const target = reference ? chinchillaLoss(law, reference.params, reference.tokens) : p.targetLoss;
    const best = inferenceAwareOptimal(law, target, p.inferenceTokens);
    const co = best.computeOptimal;
    const nMin = smallestModelForLoss(law, target);
    const grid = logSpace(nMin * 1.05, Math.max(co.params * 4, nMin * 10), 60);
    const curve = costCurve(law, target, p.inferenceTokens, grid);
    const yTop = best.totalFlops * 30;
    const yBottom = best.totalFlops / 30;
    const series = curve
      .flatMap((pt) => [
        { params: pt.params, flops: pt.trainingFlops, kind: pick(lang, '训练', 'Training') },
        { params: pt.params, flops: pt.inferenceFlops, kind: pick(lang, '推理', 'Inference') },
        { params: pt.params, flops: pt.totalFlops, kind: pick(lang, '总计', 'Total') },
      ])
      .filter((d) => d.flops > 0);
    const kinds = [pick(lang, '训练', 'Training'), pick(lang, '推理', 'Inference'), pick(lang, '总计', 'Total')];
    const marks = [
      { params: best.params, flops: best.totalFlops, label: pick(lang, '推理感知最优', 'Inference-aware optimum') },
      { params: co.params, flops: co.totalFlops, label: pick(lang, '计算最优', 'Compute-optimal') },
    ];
    // The reference model itself, when it sets the target: what it costs to train and serve.
    const refPoint = reference ? costCurve(law, target, p.inferenceTokens, [reference.params])[0] : undefined;
    const refMarks = refPoint ? [{ params: refPoint.params, flops: refPoint.totalFlops, label: reference?.name ?? pick(lang, '参考模型', 'Reference model') }] : [];
    const xDomain: [number, number] = [grid[0], grid[grid.length - 1]];
    const node = Plot.plot({
      ...baseOptions(ctx, HEIGHT),
      marginLeft: 64,
      x: logScale(lang, pick(lang, '参数量 N', 'Parameters N'), 'quantity', { domain: xDomain, ticks: logTicks(xDomain[0], xDomain[1], 6) }),
      y: logScale(lang, pick(lang, '计算量（FLOPs）', 'Compute (FLOPs)'), 'scientific', {
        domain: [yBottom, yTop],
        grid: true,
        ticks: decadeTicks(yBottom, yTop, 6),
        tickFormat: powerOfTen,
      }),
      color: { domain: kinds, range: [SERIES_COLORS[0], SERIES_COLORS[1], SERIES_COLORS[5]], legend: true },
      marks: [
        Plot.line(
          series.filter((d) => d.kind !== kinds[2]),
          { x: 'params', y: 'flops', z: 'kind', stroke: 'kind', strokeWidth: 1.4, clip: true },
        ),
        Plot.line(
          series.filter((d) => d.kind === kinds[2]),
          { x: 'params', y: 'flops', stroke: 'kind', strokeWidth: 2.6, clip: true },
        ),
        Plot.ruleX([nMin], { strokeDasharray: '3,3', strokeOpacity: 0.5 }),
        Plot.dot(marks.slice(1), { x: 'params', y: 'flops', r: 5, fill: 'currentColor', stroke: 'var(--plot-background, white)' }),
        Plot.dot(marks.slice(0, 1), { x: 'params', y: 'flops', r: 6, fill: SERIES_COLORS[5], stroke: 'var(--plot-background, white)' }),
        Plot.dot(refMarks, { x: 'params', y: 'flops', r: 4.5, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, clip: true }),
        Plot.text(refMarks, { x: 'params', y: 'flops', text: 'label', dx: 8, dy: 10, textAnchor: 'start', fontSize: 12, fill: 'currentColor', clip: true }),
        Plot.text(marks, { x: 'params', y: 'flops', text: 'label', dy: -12, fontSize: 12, fill: 'currentColor' }),
        tipMark<(typeof series)[number]>(series, {
          x: 'params',
          y: 'flops',
          title: (d) =>
            tipText(lang, [
              ['', d.kind],
              [pick(lang, '参数量 N', 'Parameters N'), d.params, 'quantity'],
              [pick(lang, '计算量（FLOPs）', 'Compute (FLOPs)'), d.flops, 'scientific'],
            ]),
        }),
      ],
    });

    const lossLabel = reference
      ? reference.name
        ? pick(lang, `目标损失（${reference.name} 的损失）`, `Target loss (that of ${reference.name})`)
        : pick(lang, `目标损失（${q(reference.params)} 参数、${q(reference.tokens)} 词元的模型）`, `Target loss (a ${q(reference.params)} model on ${q(reference.tokens)} tokens)`)
      : pick(lang, '目标损失', 'Target loss');
    const readouts = [
      { label: lossLabel, value: pick(lang, `${formatNumber(target, lang, 4)} 奈特/词元`, `${formatNumber(target, lang, 4)} nats/token`) },
      {
        label: pick(lang, '推理感知最优', 'Inference-aware optimum'),
        value: pick(
          lang,
          `${q(best.params)} 参数，${q(best.tokens)} 训练词元（每参数 ${formatNumber(best.tokens / best.params, lang, 3)} 个）`,
          `${q(best.params)} params on ${q(best.tokens)} training tokens (${formatNumber(best.tokens / best.params, lang, 3)} per parameter)`,
        ),
      },
      {
        label: pick(lang, '同一损失的计算最优模型', 'Compute-optimal model for the same loss'),
        value: pick(
          lang,
          `${q(co.params)} 参数，${q(co.tokens)} 训练词元（每参数 ${formatNumber(co.tokens / co.params, lang, 3)} 个）`,
          `${q(co.params)} params on ${q(co.tokens)} training tokens (${formatNumber(co.tokens / co.params, lang, 3)} per parameter)`,
        ),
      },
      {
        label: pick(lang, '训练 + 推理总计算量', 'Total training + inference compute'),
        value: pick(lang, `${sci(best.totalFlops)}，对比 ${sci(co.totalFlops)} FLOPs`, `${sci(best.totalFlops)} vs ${sci(co.totalFlops)} FLOPs`),
      },
      ...(refPoint
        ? [
            {
              label: pick(lang, '参考模型本身的总计算量', 'Total compute of the reference model itself'),
              value: pick(lang, `${sci(refPoint.totalFlops)} FLOPs`, `${sci(refPoint.totalFlops)} FLOPs`),
            },
          ]
        : []),
      {
        label: pick(lang, '相对计算最优模型的节省', 'Saving against the compute-optimal model'),
        value: pick(
          lang,
          `${formatPercent(best.saving, lang, 3)}（${sci(co.totalFlops - best.totalFlops)} FLOPs）`,
          `${formatPercent(best.saving, lang, 3)} (${sci(co.totalFlops - best.totalFlops)} FLOPs)`,
        ),
      },
      {
        label: pick(lang, '目标函数', 'Objective'),
        value: pick(lang, `Sardana 等 2024（arXiv ${S.arxiv}），形式取自二手来源`, `Sardana et al. 2024 (arXiv ${S.arxiv}), form from secondary sources`),
      },
    ];
    const warnings: string[] = [];
    const ratio = best.tokens / best.params;
    if (ratio > FIG4_MAX_TOKENS_PER_PARAM) {
      warnings.push(
        pick(
          lang,
          `最优方案以每参数 ${formatNumber(ratio, lang, 3)} 个词元训练，超过 Hoffmann 原文图 4 各次训练的最大值（约 ${FIG4_MAX_TOKENS_PER_PARAM}）。Sardana 等指出，只用常见比例的数据拟合的定律会高估极端比例下额外词元的作用（摘要），所以真实的最优模型可能更大。`,
          `The optimum trains on ${formatNumber(ratio, lang, 3)} tokens per parameter, beyond the largest ratio among Hoffmann’s Fig. 4 runs (about ${FIG4_MAX_TOKENS_PER_PARAM}). Sardana et al. report that laws fitted at typical ratios overestimate what extra tokens buy at extreme ratios (abstract), so the real optimum may be larger.`,
        ),
      );
    }
    const table = curve.filter((_, i) => i % 2 === 0 || i === curve.length - 1);
    return {
      node,
      data: {
        columns: [
          { key: 'params', label: pick(lang, '参数量 N', 'Parameters N'), format: 'quantity' },
          { key: 'tokens', label: pick(lang, '训练词元数', 'Training tokens'), format: 'quantity' },
          { key: 'training', label: pick(lang, '训练 FLOPs', 'Training FLOPs'), format: 'scientific' },
          { key: 'inference', label: pick(lang, '推理 FLOPs', 'Inference FLOPs'), format: 'scientific' },
          { key: 'total', label: pick(lang, '总 FLOPs', 'Total FLOPs'), format: 'scientific' },
        ],
        rows: table.map((pt) => ({ params: pt.params, tokens: pt.tokens, training: pt.trainingFlops, inference: pt.inferenceFlops, total: pt.totalFlops })),
      },
      readouts,
      warnings,
    };
  },
});
