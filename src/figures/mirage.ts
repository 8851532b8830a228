/**
 * The "mirage" of emergence (Schaeffer et al. 2023, Fig. 2): a per-token loss that falls smoothly with scale
 * makes exact-match accuracy on an L-token answer look sudden, while token edit distance stays smooth.
 */
import * as Plot from '@observablehq/plot';
import { formatQuantity, logSpace, mirageCurves, formatNumber } from '../engine';
import { defineFigure } from './lib/types';
import { baseOptions, panels, pick, SERIES_COLORS } from './lib/plot';

const PANEL_WIDTH = 300;
const HEIGHT = 260;

export default defineFigure({
  id: 'mirage',
  home: 'emergence',
  width: 3 * PANEL_WIDTH,
  height: HEIGHT,
  params: {
    answerTokens: {
      kind: 'quantity',
      label: { zh: '答案长度 L', en: 'Answer length L' },
      unit: { zh: '词元', en: 'tokens' },
      default: 5,
      min: 1,
      max: 50,
      scale: 'linear',
      integer: true,
      display: 'plain',
    },
    alpha: {
      kind: 'quantity',
      label: { zh: '损失指数 α（< 0）', en: 'Loss exponent α (< 0)' },
      unit: { zh: '', en: '' },
      default: -0.3,
      min: -1,
      max: -0.02,
      scale: 'linear',
      step: 0.01,
      allowNegative: true,
      display: 'plain',
    },
    c: {
      kind: 'quantity',
      label: { zh: '尺度常数 c', en: 'Scale constant c' },
      unit: { zh: '参数', en: 'params' },
      default: 1e8,
      min: 1e3,
      max: 1e12,
      scale: 'log',
      display: 'scientific',
      help: {
        zh: '每词元损失 L_CE(N) = (N/c)^α：c 越大，同样规模下损失越高。',
        en: 'Per-token loss L_CE(N) = (N/c)^α: a larger c means a higher loss at the same size.',
      },
    },
  },
  strings: {
    en: {
      title: 'A smooth loss, a sudden-looking accuracy',
      caption:
        'Left: per-token loss falls as a power law in model size. Middle: exact match on an L-token answer, exp(−L·loss), stays near zero and then shoots up. Right: token edit distance, L·(1 − exp(−loss)), improves smoothly. The model is the same in all three panels; only the metric differs.',
      source: 'Schaeffer, Miranda & Koyejo 2023 (arXiv 2304.15004), §2 and Fig. 2; the loss law (N/c)^α with α < 0 is their assumption, the constants are illustrative.',
      alt: 'Three panels against model size on a log axis: a straight falling loss line, an S-shaped accuracy curve that jumps late, and a smoothly falling edit-distance curve.',
    },
    zh: {
      title: '平滑的损失，看似突变的准确率',
      caption:
        '左：每词元损失随模型规模按幂律下降。中：L 个词元的答案完全匹配的概率 exp(−L·损失)，先长期贴近零，然后陡然上升。右：词元编辑距离 L·(1 − exp(−损失)) 平滑改善。三幅图是同一个模型，只是评测指标不同。',
      source: 'Schaeffer、Miranda、Koyejo 2023（arXiv 2304.15004）§2 与图 2；损失律 (N/c)^α（α < 0）是他们的假设，常数仅作示意。',
      alt: '三幅以对数模型规模为横轴的图：一条下降的损失直线，一条很晚才跃升的 S 形准确率曲线，一条平滑下降的编辑距离曲线。',
    },
  },
  render(params, lang, ctx) {
    const points = mirageCurves(logSpace(1e6, 1e13, 57), { c: params.c, alpha: params.alpha, answerTokens: params.answerTokens });
    const sizeLabel = pick(lang, '参数量 N', 'Parameters N');
    const x = { type: 'log' as const, label: sizeLabel, tickFormat: (d: number) => formatQuantity(d, lang, { digits: 2 }), ticks: 4 };
    const opts = { ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT), marginLeft: 52 };
    const loss = Plot.plot({
      ...opts,
      x,
      y: { label: pick(lang, '每词元损失（奈特）', 'Per-token loss (nats)'), grid: true, zero: true },
      marks: [Plot.line(points, { x: 'params', y: 'loss', stroke: SERIES_COLORS[0], strokeWidth: 2 })],
    });
    const accuracy = Plot.plot({
      ...opts,
      x,
      y: { label: pick(lang, `完全匹配准确率（L = ${params.answerTokens}）`, `Exact match (L = ${params.answerTokens})`), domain: [0, 1], grid: true, percent: false },
      marks: [Plot.ruleY([0]), Plot.line(points, { x: 'params', y: 'accuracy', stroke: SERIES_COLORS[5], strokeWidth: 2 })],
    });
    const edit = Plot.plot({
      ...opts,
      x,
      y: { label: pick(lang, '词元编辑距离', 'Token edit distance'), grid: true, zero: true },
      marks: [Plot.line(points, { x: 'params', y: 'editDistance', stroke: SERIES_COLORS[2], strokeWidth: 2 })],
    });
    const table = points.filter((_, i) => i % 4 === 0);
    const at = points.find((p) => p.params >= 1e10) ?? points[points.length - 1];
    return {
      node: panels(ctx, [loss, accuracy, edit]),
      data: {
        columns: [
          { key: 'params', label: sizeLabel, format: 'quantity' },
          { key: 'loss', label: pick(lang, '每词元损失（奈特）', 'Per-token loss (nats)') },
          { key: 'accuracy', label: pick(lang, '完全匹配准确率', 'Exact-match accuracy'), format: 'percent' },
          { key: 'editDistance', label: pick(lang, '词元编辑距离', 'Token edit distance') },
        ],
        rows: table.map((p) => ({ params: p.params, loss: p.loss, accuracy: p.accuracy, editDistance: p.editDistance })),
      },
      readouts: [
        {
          label: pick(lang, `N = ${formatQuantity(at.params, lang)} 时`, `At N = ${formatQuantity(at.params, lang)}`),
          value: pick(
            lang,
            `损失 ${formatNumber(at.loss, lang, 3)} 奈特，完全匹配 ${formatNumber(at.accuracy * 100, lang, 3)}%，编辑距离 ${formatNumber(at.editDistance, lang, 3)}`,
            `loss ${formatNumber(at.loss, lang, 3)} nats, exact match ${formatNumber(at.accuracy * 100, lang, 3)}%, edit distance ${formatNumber(at.editDistance, lang, 3)}`,
          ),
        },
      ],
    };
  },
});
