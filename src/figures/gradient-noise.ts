/**
 * SCHEMATIC: why a larger batch gives a better gradient direction. On a 2-D quadratic bowl, seeded minibatch gradient
 * estimates scatter around the true descent direction with noise ∝ 1/√B, so a 16× larger batch points about 4× more
 * tightly. The idea behind Kaplan et al. 2020 §5.1 (critical batch size, after McCandlish et al. 2018); the bowl and
 * the noise level are invented.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../engine/quantities';
import { bowlContour, compareBatchNoise, radiansToDegrees, SCHEMATIC_BOWL, SCHEMATIC_POINT, type BatchNoiseSample } from '../engine/gradient-noise';
import { defineFigure } from './lib/types';
import { baseOptions, panels, pick, SERIES_COLORS, tipMark, tipText } from './lib/plot';

const PANEL_WIDTH = 320;
const HEIGHT = 270;
const MARGIN = { top: 30, right: 10, bottom: 10, left: 10 };
/** Half-width of the drawn region in bowl units; the height follows so that circles stay round. */
const HALF_WIDTH = 2.3;
const ESTIMATES = 12;
/** Arrow length in bowl units: every arrow shows a direction, not a step size. */
const ARROW = 1.35;
const CONTOUR_LEVELS = [0.25, 0.75, 1.5, 2.5];
const CONTOUR_POINTS = 28;

export default defineFigure({
  id: 'gradient-noise',
  home: 'kaplan',
  schematic: true,
  width: 2 * PANEL_WIDTH,
  height: HEIGHT,
  params: {
    smallBatch: {
      kind: 'quantity',
      label: { zh: '小批量 B', en: 'Small batch B' },
      unit: { zh: '样本', en: 'examples' },
      default: 4,
      min: 1,
      max: 1024,
      scale: 'log',
      integer: true,
      display: 'plain',
    },
    largeBatch: {
      kind: 'quantity',
      label: { zh: '大批量 B', en: 'Large batch B' },
      unit: { zh: '样本', en: 'examples' },
      default: 64,
      min: 1,
      max: 4096,
      scale: 'log',
      integer: true,
      display: 'plain',
    },
    seed: {
      kind: 'quantity',
      label: { zh: '随机种子', en: 'Random seed' },
      unit: { zh: '', en: '' },
      default: 1,
      min: 1,
      max: 1000,
      scale: 'linear',
      integer: true,
      display: 'plain',
      help: { zh: '换一个种子，抽到另一组小批量。', en: 'Another seed draws another set of minibatches.' },
    },
  },
  strings: {
    en: {
      title: 'Gradient noise: small and large batches',
      caption:
        'This schematic uses an invented bowl and noise level. Ellipses are contours of a 2-D quadratic loss; the black arrow at the current point is the true descent direction, the coloured arrows are 12 seeded minibatch estimates of it. Each estimate averages B noisy per-example gradients, so its noise shrinks like 1/√B: the large batch’s directions cluster far more tightly. Beyond a certain batch size the estimate is already good and more examples per step buy little — the intuition behind the critical batch size.',
      source:
        'Schematic of the argument in Kaplan et al. 2020 (arXiv 2001.08361) §5.1, which builds on McCandlish et al. 2018 (arXiv 1812.06162); not the papers’ data. Noise per example: one gradient length per component (σ = 1).',
      alt: 'Two panels with the same elliptical contours and current point: on the left a wide fan of arrows for the small batch, on the right a narrow fan for the large batch, both around a black arrow for the true descent direction.',
    },
    zh: {
      title: '梯度噪声：小批量与大批量',
      caption:
        '这幅示意图里的碗形和噪声大小都是虚构的。椭圆是二维二次损失的等高线；当前点上的黑色箭头是真实的下降方向，彩色箭头是用固定随机种子抽出的 12 个小批量估计。每个估计是 B 个带噪声的单样本梯度的平均，噪声按 1/√B 缩小：大批量的方向聚得紧得多。批量大到一定程度后，估计已经够准，每步再多用样本收效甚微——这就是临界批量大小背后的直觉。',
      source:
        '示意 Kaplan 等 2020（arXiv 2001.08361）§5.1 的论证，该节建立在 McCandlish 等 2018（arXiv 1812.06162）之上；不是论文数据。单样本噪声：每个分量一个梯度长度（σ = 1）。',
      alt: '两幅图有相同的椭圆等高线和当前点：左边小批量的箭头散成宽扇形，右边大批量的箭头聚成窄扇形，都围绕着代表真实下降方向的黑色箭头。',
    },
  },
  render(params, lang, ctx) {
    const result = compareBatchNoise(SCHEMATIC_BOWL, SCHEMATIC_POINT, {
      smallBatch: params.smallBatch,
      largeBatch: params.largeBatch,
      count: ESTIMATES,
      seed: params.seed,
    });
    const contours = CONTOUR_LEVELS.flatMap((level) => bowlContour(SCHEMATIC_BOWL, level, CONTOUR_POINTS).map((p) => ({ ...p, level })));
    // Equal units on both axes, so the bowl's ellipses and the angles between arrows are drawn true.
    const innerWidth = PANEL_WIDTH - MARGIN.left - MARGIN.right;
    const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
    const halfHeight = (HALF_WIDTH * innerHeight) / innerWidth;
    const p0 = SCHEMATIC_POINT;
    const tip = (d: { x: number; y: number }) => ({ x1: p0.x, y1: p0.y, x2: p0.x + ARROW * d.x, y2: p0.y + ARROW * d.y });
    const deg = (v: number) => `${formatNumber(v, lang, 2)}°`;

    const panel = (sample: BatchNoiseSample, color: string, title: string) =>
      Plot.plot({
        ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT),
        marginTop: MARGIN.top,
        marginRight: MARGIN.right,
        marginBottom: MARGIN.bottom,
        marginLeft: MARGIN.left,
        x: { domain: [-HALF_WIDTH, HALF_WIDTH], axis: null },
        y: { domain: [-halfHeight, halfHeight], axis: null },
        marks: [
          Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.25 }),
          Plot.line(contours, { x: 'x', y: 'y', z: 'level', curve: 'catmull-rom', stroke: 'currentColor', strokeOpacity: 0.35, strokeWidth: 1 }),
          Plot.dot([{ x: 0, y: 0 }], { x: 'x', y: 'y', symbol: 'times', r: 4, stroke: 'currentColor', strokeOpacity: 0.7 }),
          Plot.arrow(
            sample.estimates.map((e) => tip(e.descent)),
            {
              x1: 'x1',
              y1: 'y1',
              x2: 'x2',
              y2: 'y2',
              stroke: color,
              strokeWidth: 1.5,
              strokeOpacity: 0.85,
              headLength: 7,
            },
          ),
          Plot.arrow([tip(result.descent)], { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: 'currentColor', strokeWidth: 2.5, headLength: 9 }),
          Plot.dot([p0], { x: 'x', y: 'y', r: 4, fill: 'currentColor' }),
          // A tip at each sampled gradient's arrow head: which draw, and how far it points from the true direction.
          tipMark<{ x2: number; y2: number; draw: number; angle: number }>(
            sample.estimates.map((e, i) => ({ ...tip(e.descent), draw: i + 1, angle: radiansToDegrees(e.angle) })),
            {
              x: 'x2',
              y: 'y2',
              title: (d) =>
                tipText(lang, [
                  [pick(lang, '第几次抽样', 'Draw'), d.draw],
                  [pick(lang, '与真实方向的夹角（度）', 'Angle from true direction (°)'), d.angle],
                ]),
            },
          ),
          Plot.text([title], { frameAnchor: 'top-left', dy: -22, dx: 0, textAnchor: 'start', fontSize: 13, fontWeight: 600, fill: color }),
          Plot.text([pick(lang, `均方根偏角 ${deg(sample.spreadDegrees)}`, `RMS angle ${deg(sample.spreadDegrees)}`)], {
            frameAnchor: 'bottom-right',
            dx: -6,
            dy: -6,
            textAnchor: 'end',
            fontSize: 12,
            fill: 'currentColor',
          }),
        ],
      });

    const small = panel(result.small, SERIES_COLORS[5], pick(lang, `小批量 B = ${params.smallBatch}`, `Small batch B = ${params.smallBatch}`));
    const large = panel(result.large, SERIES_COLORS[0], pick(lang, `大批量 B = ${params.largeBatch}`, `Large batch B = ${params.largeBatch}`));

    const warnings: string[] = [];
    if (params.smallBatch >= params.largeBatch) {
      warnings.push(
        pick(lang, '“小批量”不比“大批量”小：把两个批量大小对调一下，对比会更清楚。', 'The “small” batch is not smaller than the “large” one: swap them for a clearer comparison.'),
      );
    }

    const rows = (['small', 'large'] as const).flatMap((which) =>
      result[which].estimates.map((e, i) => ({
        batch: result[which].batchSize,
        draw: i + 1,
        angle: radiansToDegrees(e.angle),
        gx: e.gradient.x,
        gy: e.gradient.y,
      })),
    );
    return {
      node: panels(ctx, [small, large]),
      data: {
        columns: [
          { key: 'batch', label: pick(lang, '批量大小 B', 'Batch size B') },
          { key: 'draw', label: pick(lang, '第几次抽样', 'Draw') },
          { key: 'angle', label: pick(lang, '与真实方向的夹角（度）', 'Angle from true direction (°)') },
          { key: 'gx', label: pick(lang, '梯度 x 分量', 'Gradient x') },
          { key: 'gy', label: pick(lang, '梯度 y 分量', 'Gradient y') },
        ],
        rows,
      },
      readouts: [
        {
          label: pick(lang, `B = ${params.smallBatch} 的均方根偏角`, `RMS angle at B = ${params.smallBatch}`),
          value: pick(
            lang,
            `${deg(result.small.spreadDegrees)}（σ/√B 预测 ${deg(result.small.expectedSpreadDegrees)}）`,
            `${deg(result.small.spreadDegrees)} (σ/√B predicts ${deg(result.small.expectedSpreadDegrees)})`,
          ),
        },
        {
          label: pick(lang, `B = ${params.largeBatch} 的均方根偏角`, `RMS angle at B = ${params.largeBatch}`),
          value: pick(
            lang,
            `${deg(result.large.spreadDegrees)}（σ/√B 预测 ${deg(result.large.expectedSpreadDegrees)}）`,
            `${deg(result.large.spreadDegrees)} (σ/√B predicts ${deg(result.large.expectedSpreadDegrees)})`,
          ),
        },
        {
          label: pick(lang, '偏角之比（小批量 / 大批量）', 'Ratio of the angles (small / large)'),
          value: pick(
            lang,
            `${formatNumber(result.spreadRatio, lang, 2)}；√(${params.largeBatch}/${params.smallBatch}) = ${formatNumber(result.expectedRatio, lang, 2)}`,
            `${formatNumber(result.spreadRatio, lang, 2)}; √(${params.largeBatch}/${params.smallBatch}) = ${formatNumber(result.expectedRatio, lang, 2)}`,
          ),
        },
      ],
      warnings,
    };
  },
});
