/**
 * The "mirage" of emergence (Schaeffer et al. 2023, Fig. 2): a per-token loss that falls smoothly with scale
 * makes exact-match accuracy on an L-token answer look sudden, while token edit distance stays smooth.
 * The metric's resolution, 1/(number of test items) (§2), is drawn on the accuracy panel; on a log axis the same
 * accuracy curve shows no jump at all, only the point where it climbs above what the test set can resolve.
 */
import * as Plot from '@observablehq/plot';
import { metricResolution, mirageCurves } from '../engine/emergence';
import { formatQuantity, formatScientific, formatNumber, formatPercent } from '../engine/quantities';
import { logSpace } from '../engine/stats';
import { defineFigure } from './lib/types';
import { baseOptions, panels, pick, SERIES_COLORS, tipMark, tipText } from './lib/plot';

const PANEL_WIDTH = 300;
const HEIGHT = 260;
const N_MIN = 1e6;
const N_MAX = 1e13;
/** Bottom of the log accuracy axis. */
const LOG_FLOOR = 1e-7;

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
    testItems: {
      kind: 'quantity',
      label: { zh: '测试集题目数 n', en: 'Test items n' },
      unit: { zh: '题', en: 'items' },
      default: 100,
      min: 10,
      max: 1e6,
      scale: 'log',
      integer: true,
      help: {
        zh: '准确率的分辨率是 1/n：低于它的准确率，在 n 道题上平均答对不到一道，通常记为 0。',
        en: 'Accuracy has a resolution of 1/n: below it a model gets fewer than one of the n items right on average, which usually reads as 0.',
      },
    },
    accuracyAxis: {
      kind: 'choice',
      label: { zh: '准确率纵轴', en: 'Accuracy axis' },
      default: 'linear',
      options: [
        { value: 'linear', label: { zh: '线性（看起来像突变）', en: 'Linear (looks sudden)' } },
        { value: 'log', label: { zh: '对数（看得见小于 1/n 的部分）', en: 'Log (shows what lies below 1/n)' } },
      ],
    },
  },
  strings: {
    en: {
      title: 'A smooth loss, a sudden-looking accuracy',
      caption:
        'Left: per-token loss falls as a power law in model size. Middle: exact match on an L-token answer, exp(−L·loss), stays near zero and then shoots up; the dashed line is the resolution 1/n of a test set with n items, below which an accuracy usually reads as 0 (switch the axis to log to see the curve there). Right: token edit distance, L·(1 − exp(−loss)), improves smoothly. The model is the same in all three panels; only the metric differs.',
      source:
        'Schaeffer, Miranda & Koyejo 2023 (arXiv 2304.15004), §2 and Fig. 2 (resolution 1/test-set size: §2, cause 2); the loss law (N/c)^α with α < 0 is their assumption, the constants are illustrative.',
      alt: 'Three panels against model size on a log axis: a straight falling loss line, an S-shaped accuracy curve that jumps late, and a smoothly falling edit-distance curve.',
    },
    zh: {
      title: '平滑的损失，看似突变的准确率',
      caption:
        '左：每词元损失随模型规模按幂律下降。中：L 个词元的答案完全匹配的概率 exp(−L·损失)，先长期贴近零，然后陡然上升；虚线是 n 道题的测试集的分辨率 1/n，低于它的准确率通常记为 0（把纵轴换成对数，就能看到那一段曲线）。右：词元编辑距离 L·(1 − exp(−损失)) 平滑改善。三幅图是同一个模型，只是评测指标不同。',
      source: 'Schaeffer、Miranda、Koyejo 2023（arXiv 2304.15004）§2 与原文图 2（分辨率 = 1/测试集大小：§2 第二个原因）；损失律 (N/c)^α（α < 0）是他们的假设，常数仅作示意。',
      alt: '三幅以对数模型规模为横轴的图：一条下降的损失直线，一条很晚才跃升的 S 形准确率曲线，一条平滑下降的编辑距离曲线。',
    },
  },
  render(params, lang, ctx) {
    const points = mirageCurves(logSpace(N_MIN, N_MAX, 57), { c: params.c, alpha: params.alpha, answerTokens: params.answerTokens });
    const sizeLabel = pick(lang, '参数量 N', 'Parameters N');
    const x = { type: 'log' as const, label: sizeLabel, tickFormat: (d: number) => formatQuantity(d, lang, { digits: 2 }), ticks: 4 };
    const opts = { ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT), marginLeft: 52 };
    const loss = Plot.plot({
      ...opts,
      x,
      y: { label: pick(lang, '每词元损失（奈特）', 'Per-token loss (nats)'), grid: true, zero: true },
      marks: [
        Plot.line(points, { x: 'params', y: 'loss', stroke: SERIES_COLORS[0], strokeWidth: 2 }),
        tipMark<(typeof points)[number]>(points, {
          x: 'params',
          y: 'loss',
          title: (d) =>
            tipText(lang, [
              [sizeLabel, d.params, 'quantity'],
              [pick(lang, '每词元损失（奈特）', 'Per-token loss (nats)'), d.loss],
            ]),
        }),
      ],
    });
    const resolution = metricResolution(params.testItems);
    const logAxis = params.accuracyAxis === 'log';
    const bottom = logAxis ? LOG_FLOOR : 0;
    // On the log axis, accuracies far below the floor (down to exp(−huge) = 0) are off the chart; the line is clipped at the floor.
    const shown = logAxis ? points.filter((p) => p.accuracy >= LOG_FLOOR / 100) : points;
    const accuracyLabel = pick(lang, `完全匹配准确率（L = ${params.answerTokens}）`, `Exact match (L = ${params.answerTokens})`);
    const resolutionText = `1/n = ${formatPercent(resolution, lang, 2)}`;
    const accuracy = Plot.plot({
      ...opts,
      x,
      y: logAxis
        ? { type: 'log', label: accuracyLabel, domain: [LOG_FLOOR, 1], grid: true, ticks: [1e-6, 1e-4, 1e-2, 1], tickFormat: (d: number) => formatScientific(d).replace(/^1×/, '') }
        : { label: accuracyLabel, domain: [0, 1], grid: true, percent: false },
      marks: [
        Plot.areaY([{ params: N_MIN }, { params: N_MAX }], { x: 'params', y1: bottom, y2: resolution, fill: 'currentColor', fillOpacity: 0.07 }),
        Plot.ruleY([bottom]),
        Plot.ruleY([resolution], { stroke: 'currentColor', strokeDasharray: '4 3', strokeOpacity: 0.8 }),
        Plot.text([resolution], {
          x: N_MIN,
          y: (d: number) => d,
          text: () => resolutionText,
          textAnchor: 'start',
          dx: 4,
          dy: logAxis ? 10 : -7,
          fill: 'currentColor',
          stroke: 'var(--bg-card, var(--plot-background, white))',
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
        Plot.line(shown, { x: 'params', y: 'accuracy', stroke: SERIES_COLORS[5], strokeWidth: 2, clip: true }),
        tipMark<(typeof points)[number]>(shown, {
          x: 'params',
          y: 'accuracy',
          title: (d) =>
            tipText(lang, [
              [sizeLabel, d.params, 'quantity'],
              [accuracyLabel, d.accuracy, d.accuracy < 1e-3 ? 'scientific' : 'percent'],
            ]),
        }),
      ],
    });
    const edit = Plot.plot({
      ...opts,
      x,
      y: { label: pick(lang, '词元编辑距离', 'Token edit distance'), grid: true, zero: true },
      marks: [
        Plot.line(points, { x: 'params', y: 'editDistance', stroke: SERIES_COLORS[2], strokeWidth: 2 }),
        tipMark<(typeof points)[number]>(points, {
          x: 'params',
          y: 'editDistance',
          title: (d) =>
            tipText(lang, [
              [sizeLabel, d.params, 'quantity'],
              [pick(lang, '词元编辑距离', 'Token edit distance'), d.editDistance],
            ]),
        }),
      ],
    });
    const table = points.filter((_, i) => i % 4 === 0);
    const at = points.find((p) => p.params >= 1e10) ?? points[points.length - 1];
    const resolved = points.find((p) => p.accuracy >= resolution);
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
        {
          label: pick(
            lang,
            `完全匹配首次超过 1/n（n = ${formatNumber(params.testItems, lang, 7)}）`,
            `Exact match first above 1/n (n = ${formatNumber(params.testItems, lang, 7)})`,
          ),
          value: resolved
            ? pick(
                lang,
                `约在 N = ${formatQuantity(resolved.params, lang, { digits: 2 })} 处；更小的模型在 ${formatNumber(params.testItems, lang, 7)} 道题上平均答对不到一道，通常记为 0`,
                `at about N = ${formatQuantity(resolved.params, lang, { digits: 2 })}; smaller models get fewer than one of the ${formatNumber(params.testItems, lang, 7)} items right on average, so they usually score 0`,
              )
            : pick(
                lang,
                `在 ${formatQuantity(N_MIN, lang)} 到 ${formatQuantity(N_MAX, lang)} 之间没有超过`,
                `not between ${formatQuantity(N_MIN, lang)} and ${formatQuantity(N_MAX, lang)}`,
              ),
        },
      ],
    };
  },
});
