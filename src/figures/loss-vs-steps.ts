/**
 * Kaplan et al. 2020 eq (1.6)/(5.6): learning curves L(N, S_min) = (N_c/N)^α_N + (S_c/S_min)^α_S for several model
 * sizes against the number of steps (log axis), with the Table 3 fit; each curve approaches its converged loss.
 */
import * as Plot from '@observablehq/plot';
import { KAPLAN_TABLE3, kaplanLossParamsSteps, type KaplanStepsConstants } from '../engine/kaplan-joint';
import { KAPLAN_TABLE5, kaplanLossFromParams } from '../engine/kaplan';
import { formatNumber, formatQuantity } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, pick, SERIES_COLORS, tipText } from './lib/plot';
import { lossAxis, lossColumn, lossCurveMarks, modelSizesParam, outsideStudiedParams, readAtParam } from './lib/loss-curves';

const WIDTH = 640;
const HEIGHT = 400;
const STEP_RANGE: [number, number] = [1e3, 1e6];
const CURVE_POINTS = 34;

/** Fitted constants the reader can pick: Table 3 (the fit of eq 1.6) or the single-variable fits of Table 5. */
const CONSTANTS: Record<string, KaplanStepsConstants> = {
  table3: KAPLAN_TABLE3,
  table5: { alphaN: KAPLAN_TABLE5.alphaN, Nc: KAPLAN_TABLE5.Nc, alphaS: KAPLAN_TABLE5.alphaS, Sc: KAPLAN_TABLE5.Sc },
};

/** Kaplan §5.2 fits L(N, S) only after the 3,000-step warm-up; §2.2: most runs took 2.5e5 steps. */
const WARMUP_STEPS = 3000;
const RUN_STEPS = 2.5e5;

export default defineFigure({
  id: 'loss-vs-steps',
  home: 'kaplan',
  width: WIDTH,
  height: HEIGHT,
  params: {
    steps: readAtParam('S_min', { zh: '步', en: 'steps' }, 1e5, STEP_RANGE),
    sizes: modelSizesParam([1e6, 3e6, 1e7, 3e7, 1e8, 3e8, 1e9], 1e12, {
      zh: '最多 8 个，用逗号隔开，例如 1000万, 1亿, 10亿。',
      en: 'Up to 8, comma-separated, e.g. 10M, 100M, 1B.',
    }),
    constants: {
      kind: 'choice',
      label: { zh: '拟合常数', en: 'Fitted constants' },
      default: 'table3',
      options: [
        { value: 'table3', label: { zh: '原文表 3：L(N,S) 的拟合', en: 'Table 3: the fit of L(N,S)' } },
        { value: 'table5', label: { zh: '原文表 5：单变量拟合', en: 'Table 5: single-variable fits' } },
      ],
    },
  },
  strings: {
    en: {
      title: 'Learning curves: loss against training steps',
      caption:
        'L(N, S_min) = (N_c/N)^α_N + (S_c/S_min)^α_S for several model sizes N, against steps on a log axis. S_min is the number of steps a run would need at a batch much larger than the critical batch size; a run at a smaller batch needs more steps S to reach the same loss. Dashed lines: the converged loss (N_c/N)^α_N each curve approaches; the gap above it, (S_c/S_min)^α_S, is the same for every size. The constants are Table 3’s fit of this equation (α_N 0.077, N_c 6.5×10¹³); they differ slightly from the single-variable fits of Table 5 (α_N 0.076, N_c 8.8×10¹³), which you can switch to.',
      source:
        'Kaplan et al. 2020 (arXiv 2001.08361), eq (1.6)/(5.6) and Table 3: α_N 0.077, N_c 6.5×10¹³, α_S 0.76, S_c 2.1×10³ steps; S_min from eq (5.4); Table 5 for the alternative constants.',
      alt: 'Falling learning curves, one per model size, against training steps on a log axis; larger models sit lower and each curve flattens toward a dashed horizontal line.',
    },
    zh: {
      title: '学习曲线：损失与训练步数',
      caption:
        '几个模型规模 N 的 L(N, S_min) = (N_c/N)^α_N + (S_c/S_min)^α_S，横轴是对数刻度的步数。S_min 是批量远大于临界批量大小时所需的步数；批量较小时，要多走一些步数 S 才能达到同样的损失。虚线是每条曲线趋近的收敛损失 (N_c/N)^α_N；曲线高出虚线的部分 (S_c/S_min)^α_S 对所有规模都一样。常数取自原文表 3 对这个式子的拟合（α_N 0.077，N_c 6.5×10¹³），与原文表 5 的单变量拟合（α_N 0.076，N_c 8.8×10¹³）略有不同，可以切换。',
      source: 'Kaplan 等 2020（arXiv 2001.08361）原文式（1.6）/（5.6）与原文表 3：α_N 0.077，N_c 6.5×10¹³，α_S 0.76，S_c 2.1×10³ 步；S_min 见原文式（5.4）；另一组常数见原文表 5。',
      alt: '对数步数横轴上的多条下降学习曲线，每个模型规模一条；模型越大曲线越低，每条曲线都逐渐趋平，接近一条水平虚线。',
    },
  },
  render(params, lang, ctx) {
    const constants = CONSTANTS[params.constants] ?? KAPLAN_TABLE3;
    const sizes = [...params.sizes].sort((a, b) => a - b);
    const grid = logSpace(STEP_RANGE[0], STEP_RANGE[1], CURVE_POINTS);
    const q = (v: number) => formatQuantity(v, lang);
    const series = sizes.map((n, i) => ({
      n,
      label: q(n),
      color: SERIES_COLORS[i % SERIES_COLORS.length],
      converged: kaplanLossFromParams(n, constants),
      at: kaplanLossParamsSteps(n, params.steps, constants),
      curve: grid.map((s) => ({ n, steps: s, loss: kaplanLossParamsSteps(n, s, constants) })),
    }));
    const rules = series.map((s) => ({ loss: s.converged, color: s.color }));

    const node = Plot.plot({
      ...baseOptions(ctx, HEIGHT),
      marginRight: 56,
      x: logScale(lang, pick(lang, '训练步数 S_min', 'Training steps S_min'), 'quantity', { domain: STEP_RANGE }),
      y: lossAxis(lang),
      marks: [
        Plot.ruleY(rules, { y: 'loss', stroke: 'color', strokeDasharray: '4,4', strokeOpacity: 0.7 }),
        ...lossCurveMarks(series, 'steps', 'n', params.steps, `S_min = ${q(params.steps)}`, [], (p) =>
          tipText(lang, [
            [pick(lang, '参数量 N', 'Parameters N'), p.n, 'quantity'],
            [pick(lang, '训练步数 S_min', 'Training steps S_min'), p.steps, 'quantity'],
            [lossColumn(lang).label, p.loss],
          ]),
        ),
      ],
      color: { type: 'identity' },
    });

    const warnings: string[] = [];
    if (params.steps < WARMUP_STEPS) {
      warnings.push(
        pick(
          lang,
          `S_min = ${q(params.steps)} 落在 3000 步的学习率预热期内，论文拟合 L(N,S) 时去掉了这一段（§5.2）。`,
          `S_min = ${q(params.steps)} lies in the 3,000-step learning-rate warm-up, which the paper left out of its L(N,S) fit (§5.2).`,
        ),
      );
    } else if (params.steps > RUN_STEPS) {
      warnings.push(
        pick(
          lang,
          `S_min = ${q(params.steps)} 超过了论文多数训练的 2.5×10⁵ 步（§2.2），曲线在这里是外推。`,
          `S_min = ${q(params.steps)} is beyond the 2.5×10⁵ steps of most of the paper’s runs (§2.2); the curves are extrapolated there.`,
        ),
      );
    }
    warnings.push(...outsideStudiedParams(sizes, q, lang));

    const nats = pick(lang, '奈特', 'nats');
    return {
      node,
      data: {
        columns: [
          { key: 'n', label: pick(lang, '模型规模 N', 'Model size N'), format: 'quantity' },
          { key: 'steps', label: pick(lang, '步数 S_min', 'Steps S_min'), format: 'quantity' },
          lossColumn(lang),
        ],
        rows: series.flatMap((s) => s.curve.filter((_, i) => i % 3 === 0 || i === s.curve.length - 1).map((p) => ({ n: p.n, steps: p.steps, loss: p.loss }))),
      },
      readouts: series.map((s) => ({
        label: pick(lang, `N = ${s.label}，S_min = ${q(params.steps)}`, `N = ${s.label} at S_min = ${q(params.steps)}`),
        value: pick(
          lang,
          `${formatNumber(s.at, lang, 3)} ${nats}（收敛后 ${formatNumber(s.converged, lang, 3)}）`,
          `${formatNumber(s.at, lang, 3)} ${nats} (converged ${formatNumber(s.converged, lang, 3)})`,
        ),
      })),
      warnings,
    };
  },
});
