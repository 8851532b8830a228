/**
 * Approach 1 of Hoffmann et al. 2022 (§3.1, Fig. 2), as a schematic: training curves for a range of model sizes,
 * their lower envelope, and the compute-optimal parameters and tokens read off the envelope at each FLOP value.
 * The curves are the fitted law evaluated at D = C/(6N), not the paper's runs.
 */
import * as Plot from '@observablehq/plot';
import { LAWS, allocationExponents, computeOptimal, type LawKey } from '../engine/chinchilla';
import { LAW_INFO } from './lib/laws';
import { lowerEnvelope, trainingCurves } from '../engine/training-envelope';
import { formatNumber, formatQuantity, formatScientific } from '../lib/numbers';
import { evaluatePowerLaw, logSpace } from '../engine/stats';
import { envelopeSteps } from '../engine/chinchilla-approaches';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, panels, pick, polylineMark, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { decadeTicks, powerOfTen } from './lib/ticks';

const PANEL_WIDTH = 300;
const HEIGHT = 300;
/** FLOP values per drawn curve, and for the envelope (the paper used 1500 log-spaced values, §3.1). */
const CURVE_POINTS = 24;
const ENVELOPE_POINTS = 240;
const LAW_KEYS: LawKey[] = ['hoffmann2022', 'hoffmann2022Rounded', 'besiroglu2024'];
const LAW_LABELS: Record<LawKey, { zh: string; en: string }> = {
  hoffmann2022: { zh: 'Hoffmann 2022，未舍入（TeX 源码）', en: 'Hoffmann 2022, unrounded (TeX source)' },
  hoffmann2022Rounded: { zh: 'Hoffmann 2022，印刷值（原文式 10）', en: 'Hoffmann 2022, as printed (eq. 10)' },
  besiroglu2024: { zh: 'Besiroglu 2024（Epoch 重新拟合）', en: 'Besiroglu 2024 (Epoch refit)' },
};
const SMALL = '#56B4E9';
const LARGE = '#D55E00';

/** Decade ticks when an axis spans three decades or more; otherwise Plot's own 1-2-3 ticks. */
function logTicks(values: readonly number[]): number[] | undefined {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return hi / lo >= 1e3 ? decadeTicks(lo, hi) : undefined;
}

function orderedPair(values: readonly number[]): [number, number] {
  const [lo, hi] = [...values].sort((x, y) => x - y);
  return hi > lo * 1.5 ? [lo, hi] : [lo / 3, hi * 3];
}

/**
 * A training curve cut where it enters the panel from above (loss `ceiling`): a curve's loss falls as its compute
 * grows, so the part above the ceiling is its start; the cut point is interpolated in log C. FLOPs and nats.
 */
function belowCeiling<P extends { flops: number; loss: number }>(points: readonly P[], ceiling: number): Array<{ flops: number; loss: number }> {
  const first = points.findIndex((p) => p.loss <= ceiling);
  if (first < 0) return [];
  if (first === 0) return [...points];
  const [a, b] = [points[first - 1], points[first]];
  const t = (a.loss - ceiling) / (a.loss - b.loss);
  const flops = Math.exp(Math.log(a.flops) + t * (Math.log(b.flops) - Math.log(a.flops)));
  return [{ flops, loss: ceiling }, ...points.slice(first)];
}

export default defineFigure({
  id: 'training-envelope',
  home: 'chinchilla',
  schematic: true,
  width: 3 * PANEL_WIDTH,
  height: HEIGHT,
  params: {
    sizes: {
      kind: 'quantity',
      label: { zh: '模型规模的个数', en: 'Number of model sizes' },
      unit: { zh: '', en: '' },
      default: 9,
      min: 3,
      max: 24,
      scale: 'linear',
      integer: true,
      display: 'plain',
      help: {
        zh: '规模越多，包络上的“台阶”越细，读出的指数越接近闭式值。',
        en: 'More sizes make the envelope’s steps finer, and the exponent read from it moves towards the closed form.',
      },
    },
    law: {
      kind: 'choice',
      label: { zh: '生成曲线的损失律', en: 'Law that draws the curves' },
      default: 'hoffmann2022',
      options: LAW_KEYS.map((key) => ({ value: key, label: LAW_LABELS[key] })),
    },
    modelRange: {
      kind: 'list',
      label: { zh: '最小与最大模型', en: 'Smallest and largest model' },
      unit: { zh: '参数', en: 'params' },
      default: [7e7, 1e10],
      min: 1e6,
      max: 1e13,
      minLength: 2,
      maxLength: 2,
      display: 'quantity',
      help: { zh: '论文方法一的模型从 7000 万到 100 多亿参数（§3.1）。', en: 'The paper’s Approach 1 models range from 70M to over 10B parameters (§3.1).' },
    },
    flopRange: {
      kind: 'list',
      label: { zh: '计算量范围', en: 'FLOP range' },
      unit: { zh: 'FLOPs', en: 'FLOPs' },
      default: [1e18, 1e22],
      min: 1e15,
      max: 1e27,
      minLength: 2,
      maxLength: 2,
      display: 'scientific',
    },
  },
  strings: {
    en: {
      title: 'Approach 1: the lower envelope of training curves',
      caption:
        'Left: loss against training FLOPs for models from small (blue) to large (red); each model has seen D = C/(6N) tokens. At every FLOP value one model is lowest: together these points form the lower envelope (thick grey). Middle and right: the model size and the tokens on the envelope, with power laws fitted through them (solid) and the closed form of eq. (4) (dashed). With a handful of sizes N_opt climbs in steps, which tilts the fitted exponent; more sizes bring it towards the closed form. Unlike these idealised curves, the paper’s runs each used a cosine schedule matched to its horizon, and a run cut short sits above them.',
      source:
        'Hoffmann et al. 2022 (arXiv 2203.15556), §3.1 and Fig. 2; curves from the parametric law of eq. (2) with eq. (10) constants (unrounded from the TeX source, or rounded), or Besiroglu et al. 2024 (arXiv 2404.10102).',
      alt: 'Three panels. Left: falling loss curves against FLOPs, one per model size, with their lower envelope highlighted. Middle: the envelope’s model size against FLOPs rising in steps along a straight fitted line. Right: the envelope’s token count against FLOPs, a sawtooth along a straight fitted line.',
    },
    zh: {
      title: '方法一：训练曲线的下包络',
      caption:
        '左：从小模型（蓝）到大模型（红），损失随训练计算量下降；每个模型见过 D = C/(6N) 个词元。在每个计算量上总有一个模型最低，这些点连起来就是下包络（灰色粗线）。中、右：包络上的模型规模与词元数，以及穿过它们拟合的幂律（实线）和原文式（4）的闭式解（虚线）。模型规模只有少数几个时，N_opt 呈台阶式上升，会使拟合的指数偏斜；规模越多，越接近闭式值。与这些理想化的曲线不同，论文的每次训练都用与其训练长度匹配的余弦学习率调度，提前截断的训练会高于这里的曲线。',
      source:
        'Hoffmann 等（2022，arXiv 2203.15556）§3.1 与原文图 2；曲线来自原文式（2）的参数化损失律，常数取原文式（10）（TeX 源码中的未舍入值或论文的舍入值），或 Besiroglu 等（2024，arXiv 2404.10102）。',
      alt: '三幅图。左：每个模型规模一条随 FLOPs 下降的损失曲线，下包络被突出显示。中：包络上的模型规模随 FLOPs 台阶式上升，沿一条拟合直线。右：包络上的词元数随 FLOPs 呈锯齿状，沿一条拟合直线。',
    },
  },
  render(params, lang, ctx) {
    const key = params.law as LawKey;
    const law = LAWS[key];
    const [nLo, nHi] = orderedPair(params.modelRange);
    const [cLo, cHi] = orderedPair(params.flopRange);
    const sizes = logSpace(nLo, nHi, params.sizes);
    const curves = trainingCurves(law, sizes, logSpace(cLo, cHi, CURVE_POINTS));
    const envelope = lowerEnvelope(trainingCurves(law, sizes, logSpace(cLo, cHi, ENVELOPE_POINTS)));
    const steps = envelopeSteps(envelope.points);
    const closed = allocationExponents(law);

    const flopsLabel = pick(lang, '训练计算量 C（FLOPs）', 'Training compute C (FLOPs)');
    const lossLabel = pick(lang, '损失（奈特/词元）', 'Loss (nats/token)');
    const xTicks = decadeTicks(cLo, cHi);
    const x = logScale(lang, flopsLabel, 'scientific', {
      domain: [cLo, cHi],
      ticks: xTicks.length > 4 ? xTicks.filter((_, i) => i % 2 === 0) : xTicks,
      tickFormat: powerOfTen,
    });
    const opts = { ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT), marginLeft: 52, marginRight: 16 };

    const envLosses = envelope.points.map((p) => p.loss);
    const yLo = Math.min(...envLosses) - 0.05;
    const yHi = Math.max(...envLosses) + 0.6;
    // One colour per model size, from small (blue) to large (red) on a log scale.
    const sizeColour = Plot.scale({ color: { type: 'log', domain: [nLo, nHi], range: [SMALL, LARGE], interpolate: 'hcl' } });
    const curvePaths = curves.map((c) => ({ lines: [belowCeiling(c.points, yHi)], stroke: String(sizeColour.apply(c.params)) }));
    const thinEnvelope = envelope.points.filter((_, i) => i % 6 === 0 || i === envelope.points.length - 1);
    const left = Plot.plot({
      ...opts,
      x,
      y: { label: lossLabel, domain: [yLo, yHi], grid: true },
      marks: [
        Plot.line(thinEnvelope, { x: 'flops', y: 'loss', stroke: 'currentColor', strokeOpacity: 0.28, strokeWidth: 7, clip: true }),
        polylineMark(
          curvePaths,
          (p) => p.flops,
          (p) => p.loss,
          { 'stroke-width': 1.3 },
        ),
        tipMark<(typeof envelope.points)[number]>(envelope.points, {
          x: 'flops',
          y: 'loss',
          title: (d) =>
            tipText(lang, [
              [flopsLabel, d.flops, 'scientific'],
              [pick(lang, '包络上的参数量 N', 'Parameters N on the envelope'), d.params, 'quantity'],
              [pick(lang, '词元数 D', 'Tokens D'), d.tokens, 'quantity'],
              [lossLabel, d.loss],
            ]),
        }),
        // Which colour is which size (a swatch and the size): the top right of this panel is always empty.
        Plot.dot([nLo], { frameAnchor: 'top-right', dx: -4, dy: 2, r: 5, fill: SMALL }),
        Plot.dot([nHi], { frameAnchor: 'top-right', dx: -4, dy: 18, r: 5, fill: LARGE }),
        Plot.text([nLo], {
          frameAnchor: 'top-right',
          dx: -14,
          dy: 2,
          textAnchor: 'end',
          text: () => pick(lang, `最小 ${formatQuantity(nLo, lang, { digits: 2 })}`, `smallest ${formatQuantity(nLo, lang, { digits: 2 })}`),
          fontSize: 12,
        }),
        Plot.text([nHi], {
          frameAnchor: 'top-right',
          dx: -14,
          dy: 18,
          textAnchor: 'end',
          text: () => pick(lang, `最大 ${formatQuantity(nHi, lang, { digits: 2 })}`, `largest ${formatQuantity(nHi, lang, { digits: 2 })}`),
          fontSize: 12,
        }),
      ],
    });

    const flopsEnds = [cLo, cHi];
    const fitParams = envelope.params ? flopsEnds.map((flops) => ({ flops, value: evaluatePowerLaw(envelope.params!, flops) })) : [];
    const fitTokens = envelope.tokens ? flopsEnds.map((flops) => ({ flops, value: evaluatePowerLaw(envelope.tokens!, flops) })) : [];
    const closedForm = flopsEnds.map((flops) => ({ flops, ...computeOptimal(law, flops) }));
    const stepColour = (d: { params: number }) => d.params;
    const sizePanel = Plot.plot({
      ...opts,
      x,
      y: logScale(lang, pick(lang, '包络上的参数量 N', 'Parameters N on the envelope'), 'quantity', {
        grid: true,
        ticks: logTicks([...steps.map((d) => d.params), ...fitParams.map((d) => d.value), ...closedForm.map((d) => d.params)]),
      }),
      color: { type: 'log', domain: [nLo, nHi], range: [SMALL, LARGE], interpolate: 'hcl' },
      marks: [
        Plot.line(closedForm, { x: 'flops', y: 'params', stroke: 'currentColor', strokeDasharray: '5,4', strokeOpacity: 0.7 }),
        Plot.line(fitParams, { x: 'flops', y: 'value', stroke: SERIES_COLORS[0], strokeWidth: 1.6 }),
        Plot.link(steps, { x1: 'fromFlops', x2: 'toFlops', y1: 'params', y2: 'params', stroke: stepColour, strokeWidth: 3 }),
      ],
    });
    const tokenPanel = Plot.plot({
      ...opts,
      x,
      y: logScale(lang, pick(lang, '包络上的词元数 D', 'Tokens D on the envelope'), 'quantity', {
        grid: true,
        ticks: logTicks([...steps.flatMap((d) => [d.fromTokens, d.toTokens]), ...fitTokens.map((d) => d.value), ...closedForm.map((d) => d.tokens)]),
      }),
      color: { type: 'log', domain: [nLo, nHi], range: [SMALL, LARGE], interpolate: 'hcl' },
      marks: [
        Plot.line(closedForm, { x: 'flops', y: 'tokens', stroke: 'currentColor', strokeDasharray: '5,4', strokeOpacity: 0.7 }),
        Plot.line(fitTokens, { x: 'flops', y: 'value', stroke: SERIES_COLORS[0], strokeWidth: 1.6 }),
        Plot.link(steps, { x1: 'fromFlops', x2: 'toFlops', y1: 'fromTokens', y2: 'toTokens', stroke: stepColour, strokeWidth: 3 }),
      ],
    });

    const lawName = LAW_INFO[key].shortName[lang];
    const readouts = [];
    if (envelope.params && envelope.tokens) {
      readouts.push({
        label: pick(lang, '从包络读出的指数', 'Exponents read from the envelope'),
        value: pick(
          lang,
          `a = ${formatNumber(envelope.params.exponent, lang, 3)}，b = ${formatNumber(envelope.tokens.exponent, lang, 3)}；闭式（${lawName}）a = ${formatNumber(closed.a, lang, 4)}，b = ${formatNumber(closed.b, lang, 4)}`,
          `a = ${formatNumber(envelope.params.exponent, lang, 3)}, b = ${formatNumber(envelope.tokens.exponent, lang, 3)}; closed form (${lawName}) a = ${formatNumber(closed.a, lang, 4)}, b = ${formatNumber(closed.b, lang, 4)}`,
        ),
      });
    }
    const last = envelope.points[envelope.points.length - 1];
    readouts.push({
      label: pick(lang, `${formatScientific(last.flops, { digits: 2 })} FLOPs 时包络上的模型`, `On the envelope at ${formatScientific(last.flops, { digits: 2 })} FLOPs`),
      value: pick(
        lang,
        `${formatQuantity(last.params, lang)} 参数、${formatQuantity(last.tokens, lang)} 词元、损失 ${formatNumber(last.loss, lang, 4)}；闭式最优 ${formatQuantity(closedForm[1].params, lang)} 参数`,
        `${formatQuantity(last.params, lang)} params, ${formatQuantity(last.tokens, lang)} tokens, loss ${formatNumber(last.loss, lang, 4)}; closed-form optimum ${formatQuantity(closedForm[1].params, lang)} params`,
      ),
    });

    const warnings: string[] = [];
    const first = envelope.points[0];
    if (first.params === sizes[0] && computeOptimal(law, first.flops).params < sizes[0]) {
      warnings.push(
        pick(
          lang,
          '在计算量范围的低端，最优模型比最小的模型还小：包络被最小模型“卡住”，读出的指数会偏。请加入更小的模型或提高计算量下限。',
          'At the low end of the FLOP range the optimum is smaller than the smallest model: the envelope is pinned to it and the exponent read from it is biased. Add smaller models or raise the lowest FLOPs.',
        ),
      );
    }
    if (last.params === sizes[sizes.length - 1] && closedForm[1].params > sizes[sizes.length - 1]) {
      warnings.push(
        pick(
          lang,
          '在计算量范围的高端，最优模型比最大的模型还大：包络被最大模型“卡住”，读出的指数会偏。请加入更大的模型或降低计算量上限。',
          'At the high end of the FLOP range the optimum is larger than the largest model: the envelope is pinned to it and the exponent read from it is biased. Add larger models or lower the highest FLOPs.',
        ),
      );
    }

    const rows: Record<string, number | string>[] = [];
    // At most ~110 curve rows in the table, however many sizes there are.
    const every = Math.max(3, Math.ceil((CURVE_POINTS * curves.length) / 110));
    for (const c of curves) {
      c.points.forEach((p, i) => {
        if (i % every === 0) rows.push({ series: `N = ${formatQuantity(c.params, lang)}`, ...p, params: c.params });
      });
    }
    for (const p of envelope.points.filter((_, i) => i % 10 === 0)) {
      rows.push({ series: pick(lang, '下包络', 'lower envelope'), flops: p.flops, tokens: p.tokens, loss: p.loss, params: p.params });
    }

    return {
      node: panels(ctx, [left, sizePanel, tokenPanel]),
      data: {
        columns: [
          { key: 'series', label: pick(lang, '曲线', 'Curve'), format: 'text' },
          { key: 'flops', label: flopsLabel, format: 'scientific' },
          { key: 'params', label: pick(lang, '参数量 N', 'Parameters N'), format: 'quantity' },
          { key: 'tokens', label: pick(lang, '词元数 D', 'Tokens D'), format: 'quantity' },
          { key: 'loss', label: lossLabel },
        ],
        rows,
      },
      readouts,
      warnings,
    };
  },
});
