/**
 * Kaplan et al. 2020 eq (1.5)/(4.1) with the Table 2 fit: L(N, D) against model size for a fixed list of dataset
 * sizes (like Fig. 9, left). With D fixed, growing the model stops helping: each curve leaves the infinite-data line
 * L(N, ∞) and flattens. Readouts: the overfitting penalty δL (eq 4.3) at a chosen N and the data needed to keep it
 * small, D ≳ 5×10³·N^0.74 (eq 4.4).
 */
import * as Plot from '@observablehq/plot';
import { KAPLAN_TABLE2, kaplanJointLoss, overfittingPenalty, tokensToAvoidOverfitting } from '../engine/kaplan-joint';
import { kaplanLossFromParams } from '../engine/kaplan';
import { formatNumber, formatPercent, formatQuantity } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, pick, SERIES_COLORS, tipText } from './lib/plot';
import { limitMarks, lossAxis, lossColumn, lossCurveMarks, readAtParam, STUDIED_PARAMS, STUDIED_TOKENS } from './lib/loss-curves';

const WIDTH = 640;
const HEIGHT = 400;
const PARAM_RANGE: [number, number] = [1e5, 1e10];
const CURVE_POINTS = 31;

export default defineFigure({
  id: 'loss-vs-n-by-d',
  home: 'kaplan',
  width: WIDTH,
  height: HEIGHT,
  params: {
    n: readAtParam('N', { zh: '参数', en: 'params' }, 1e8, PARAM_RANGE),
    datasets: {
      kind: 'list',
      label: { zh: '数据量 D', en: 'Dataset sizes D' },
      unit: { zh: '词元', en: 'tokens' },
      default: [2.1e7, 4.3e7, 8.6e7, 1.72e8, 3.44e8, 6.88e8, 1.4e9, 2.2e10],
      min: 1e5,
      max: 1e15,
      minLength: 1,
      maxLength: 8,
      display: 'quantity',
      help: {
        zh: '默认是 Kaplan 原文图 9 图例中的数据量。最多 8 个，用逗号隔开。',
        en: 'The defaults are the dataset sizes in the legend of Kaplan Fig. 9. Up to 8, comma-separated.',
      },
    },
  },
  strings: {
    en: {
      title: 'Loss against model size, for fixed dataset sizes',
      caption:
        'L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D against non-embedding parameters N, one curve per dataset size D (the sizes of Kaplan Fig. 9). With plenty of data a curve follows the dashed infinite-data line L(N, ∞); once the model outgrows its data it overfits and the curve flattens, so a bigger model buys almost nothing. The readouts give the overfitting penalty δL = L(N, D)/L(N, ∞) − 1 at your N and the data that keeps it near the 2% run-to-run noise, D ≳ 5×10³·N^0.74.',
      source:
        'Kaplan et al. 2020 (arXiv 2001.08361), eq (1.5)/(4.1) with Table 2 (α_N 0.076, α_D 0.103, N_c 6.4×10¹³, D_c 1.8×10¹³), eqs (4.3) and (4.4); dataset sizes from the Fig. 9 legend.',
      alt: 'Falling curves of loss against model size on a log axis, one per dataset size; each curve follows a dashed line at first, then flattens, earlier for smaller datasets.',
    },
    zh: {
      title: '固定数据量时，损失与模型规模',
      caption:
        'L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D 随非嵌入参数量 N 的变化，每个数据量 D 一条曲线（取 Kaplan 原文图 9 的数据量）。数据充足时，曲线沿着无限数据的虚线 L(N, ∞) 下降；模型一旦超过数据所能支撑的规模就会过拟合，曲线趋平，再加大模型几乎没有收益。读数给出所选 N 处的过拟合惩罚 δL = L(N, D)/L(N, ∞) − 1，以及把它压到约 2% 的训练间波动以内所需的数据量 D ≳ 5×10³·N^0.74。',
      source:
        'Kaplan 等 2020（arXiv 2001.08361）原文式（1.5）/（4.1）与原文表 2（α_N 0.076，α_D 0.103，N_c 6.4×10¹³，D_c 1.8×10¹³），原文式（4.3）与（4.4）；数据量取自原文图 9 图例。',
      alt: '对数模型规模横轴上的多条下降曲线，每个数据量一条；每条曲线先沿着一条虚线下降，然后趋平，数据量越小趋平得越早。',
    },
  },
  render(params, lang, ctx) {
    const datasets = [...params.datasets].sort((a, b) => a - b);
    const grid = logSpace(PARAM_RANGE[0], PARAM_RANGE[1], CURVE_POINTS);
    const q = (v: number) => formatQuantity(v, lang);
    const infinite = { alphaN: KAPLAN_TABLE2.alphaN, Nc: KAPLAN_TABLE2.Nc };
    const series = datasets.map((d, i) => ({
      d,
      label: q(d),
      color: SERIES_COLORS[i % SERIES_COLORS.length],
      at: kaplanJointLoss(params.n, d),
      penalty: overfittingPenalty(params.n, d),
      curve: grid.map((n) => ({ d, n, loss: kaplanJointLoss(n, d) })),
    }));
    const limit = grid.map((n) => ({ n, loss: kaplanLossFromParams(n, infinite) }));

    const node = Plot.plot({
      ...baseOptions(ctx, HEIGHT),
      marginRight: 56,
      x: logScale(lang, pick(lang, '非嵌入参数量 N', 'Non-embedding parameters N'), 'quantity', { domain: PARAM_RANGE }),
      y: lossAxis(lang),
      color: { type: 'identity' },
      marks: [
        ...limitMarks(limit, 'n', 'D = ∞'),
        ...lossCurveMarks(series, 'n', 'd', params.n, `N = ${q(params.n)}`, [], (p) =>
          tipText(lang, [
            [pick(lang, '参数量 N', 'Parameters N'), p.n, 'quantity'],
            [pick(lang, '数据量 D（词元）', 'Dataset size D (tokens)'), p.d, 'quantity'],
            [lossColumn(lang).label, p.loss],
          ]),
        ),
      ],
    });

    const warnings: string[] = [];
    if (params.n < STUDIED_PARAMS[0] || params.n > STUDIED_PARAMS[1]) {
      warnings.push(
        pick(
          lang,
          `N = ${q(params.n)} 超出了论文研究的 768 到 15 亿个非嵌入参数（§3），这里的读数是外推。`,
          `N = ${q(params.n)} lies outside the 768 to 1.5B non-embedding parameters the paper studied (§3); the readouts there are extrapolations.`,
        ),
      );
    }
    const outside = datasets.filter((d) => d < STUDIED_TOKENS[0] || d > STUDIED_TOKENS[1]);
    if (outside.length) {
      warnings.push(
        pick(
          lang,
          `${outside.map(q).join('、')} 个词元超出了论文研究的约 2200 万到 230 亿个词元（§3），这些曲线是外推。`,
          `${outside.map(q).join(', ')} tokens lie outside the ~22 million to 23 billion tokens the paper studied (§3); those curves are extrapolations.`,
        ),
      );
    }

    const nats = pick(lang, '奈特', 'nats');
    return {
      node,
      data: {
        columns: [
          { key: 'd', label: pick(lang, '数据量 D（词元）', 'Dataset size D (tokens)'), format: 'quantity' },
          { key: 'n', label: pick(lang, '参数量 N', 'Parameters N'), format: 'quantity' },
          lossColumn(lang),
        ],
        rows: series.flatMap((s) => s.curve.filter((_, i) => i % 3 === 0).map((p) => ({ d: p.d, n: p.n, loss: p.loss }))),
      },
      readouts: [
        {
          label: pick(lang, `N = ${q(params.n)} 不过拟合所需的数据（原文式 4.4）`, `Data to avoid overfitting at N = ${q(params.n)} (eq 4.4)`),
          value: pick(lang, `D ≳ ${q(tokensToAvoidOverfitting(params.n))} 词元`, `D ≳ ${q(tokensToAvoidOverfitting(params.n))} tokens`),
        },
        ...series.map((s) => ({
          label: pick(lang, `D = ${s.label}，N = ${q(params.n)}`, `D = ${s.label} at N = ${q(params.n)}`),
          value: pick(
            lang,
            `${formatNumber(s.at, lang, 3)} ${nats}，δL = ${formatPercent(s.penalty, lang, 2)}`,
            `${formatNumber(s.at, lang, 3)} ${nats}, δL = ${formatPercent(s.penalty, lang, 2)}`,
          ),
        })),
      ],
      warnings,
    };
  },
});
