/**
 * Kaplan et al. 2020 eq (1.5)/(4.1) with the Table 2 fit: L(N, D) against dataset size for a fixed list of model
 * sizes (like Fig. 4, left). With N fixed, more data stops helping: each curve leaves the infinite-model line
 * L(∞, D) and flattens at the model's converged loss. Rings mark the data eq (4.4) asks for, D ≈ 5×10³·N^0.74.
 */
import * as Plot from '@observablehq/plot';
import { KAPLAN_TABLE2, kaplanJointLoss, overfittingPenalty, tokensToAvoidOverfitting } from '../engine/kaplan-joint';
import { kaplanLossFromTokens } from '../engine/kaplan';
import { formatNumber, formatPercent, formatQuantity } from '../engine/quantities';
import { logSpace } from '../engine/stats';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, pick, SERIES_COLORS, tipText } from './lib/plot';
import { limitMarks, lossAxis, lossColumn, lossCurveMarks, modelSizesParam, outsideStudiedParams, readAtParam, STUDIED_TOKENS } from './lib/loss-curves';

const WIDTH = 640;
const HEIGHT = 400;
const TOKEN_RANGE: [number, number] = [1e7, 1e11];
const CURVE_POINTS = 31;

export default defineFigure({
  id: 'loss-vs-d-by-n',
  home: 'kaplan',
  width: WIDTH,
  height: HEIGHT,
  params: {
    d: readAtParam('D', { zh: '词元', en: 'tokens' }, 1e9, TOKEN_RANGE),
    sizes: modelSizesParam([393.2e3, 3e6, 25e6, 85e6, 302e6, 708e6], 1e13, {
      zh: '默认是 Kaplan 原文图 4（左）图例中的模型规模。最多 8 个，用逗号隔开。',
      en: 'The defaults are the model sizes in the legend of Kaplan Fig. 4 (left). Up to 8, comma-separated.',
    }),
  },
  strings: {
    en: {
      title: 'Loss against dataset size, for fixed model sizes',
      caption:
        'L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D against dataset size D in tokens, one curve per model size N (the sizes of Kaplan Fig. 4, left). A model much larger than its data follows the dashed infinite-model line L(∞, D); once the data outgrows the model, the curve flattens at the model’s converged loss and more data buys almost nothing. Rings mark the data eq. (4.4) asks for to keep overfitting near the 2% run-to-run noise, D ≈ 5×10³·N^0.74.',
      source:
        'Kaplan et al. 2020 (arXiv 2001.08361), eq (1.5)/(4.1) with Table 2 (α_N 0.076, α_D 0.103, N_c 6.4×10¹³, D_c 1.8×10¹³), eqs (4.3) and (4.4); model sizes from the Fig. 4 (left) legend.',
      alt: 'Falling curves of loss against dataset size on a log axis, one per model size; each follows a dashed line at first and then flattens, earlier and higher for smaller models, with a ring on each curve where eq. 4.4 says the data suffices.',
    },
    zh: {
      title: '固定模型规模时，损失与数据量',
      caption:
        'L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D 随数据量 D（词元）的变化，每个模型规模 N 一条曲线（取 Kaplan 原文图 4 左的模型规模）。模型远大于数据时，曲线沿着无限模型的虚线 L(∞, D) 下降；数据一旦超过模型所能利用的量，曲线就趋平于该模型的收敛损失，再加数据几乎没有收益。圆环标出原文式（4.4）要求的数据量 D ≈ 5×10³·N^0.74，此时过拟合约在 2% 的训练间波动以内。',
      source:
        'Kaplan 等 2020（arXiv 2001.08361）原文式（1.5）/（4.1）与原文表 2（α_N 0.076，α_D 0.103，N_c 6.4×10¹³，D_c 1.8×10¹³），原文式（4.3）与（4.4）；模型规模取自原文图 4（左）图例。',
      alt: '对数数据量横轴上的多条下降曲线，每个模型规模一条；每条曲线先沿着一条虚线下降，然后趋平，模型越小趋平得越早、越高；每条曲线上有一个圆环，标出原文式 4.4 认为数据已足够的位置。',
    },
  },
  render(params, lang, ctx) {
    const sizes = [...params.sizes].sort((a, b) => a - b);
    const grid = logSpace(TOKEN_RANGE[0], TOKEN_RANGE[1], CURVE_POINTS);
    const q = (v: number) => formatQuantity(v, lang);
    const infinite = { alphaD: KAPLAN_TABLE2.alphaD, Dc: KAPLAN_TABLE2.Dc };
    const series = sizes.map((n, i) => {
      const enough = tokensToAvoidOverfitting(n);
      return {
        n,
        label: formatQuantity(n, lang, { digits: 4 }),
        color: SERIES_COLORS[i % SERIES_COLORS.length],
        at: kaplanJointLoss(n, params.d),
        penalty: overfittingPenalty(n, params.d),
        enough,
        enoughLoss: kaplanJointLoss(n, enough),
        curve: grid.map((d) => ({ n, d, loss: kaplanJointLoss(n, d) })),
      };
    });
    const limit = grid.map((d) => ({ d, loss: kaplanLossFromTokens(d, infinite) }));
    const rings = series.filter((s) => s.enough >= TOKEN_RANGE[0] && s.enough <= TOKEN_RANGE[1]).map((s) => ({ d: s.enough, loss: s.enoughLoss, color: s.color }));

    const node = Plot.plot({
      ...baseOptions(ctx, HEIGHT),
      marginRight: 60,
      x: logScale(lang, pick(lang, '数据量 D（词元）', 'Dataset size D (tokens)'), 'quantity', { domain: TOKEN_RANGE }),
      y: lossAxis(lang),
      color: { type: 'identity' },
      marks: [
        ...limitMarks(limit, 'd', 'N = ∞'),
        ...lossCurveMarks(series, 'd', 'n', params.d, `D = ${q(params.d)}`, [Plot.dot(rings, { x: 'd', y: 'loss', r: 6, stroke: 'color', strokeWidth: 1.5, fill: 'none' })], (p) =>
          tipText(lang, [
            [pick(lang, '参数量 N', 'Parameters N'), p.n, 'quantity'],
            [pick(lang, '数据量 D（词元）', 'Dataset size D (tokens)'), p.d, 'quantity'],
            [lossColumn(lang).label, p.loss],
          ]),
        ),
      ],
    });

    const warnings: string[] = [];
    if (params.d < STUDIED_TOKENS[0] || params.d > STUDIED_TOKENS[1]) {
      warnings.push(
        pick(
          lang,
          `D = ${q(params.d)} 超出了论文研究的约 2200 万到 230 亿个词元（§3），这里的读数是外推。`,
          `D = ${q(params.d)} lies outside the ~22 million to 23 billion tokens the paper studied (§3); the readouts there are extrapolations.`,
        ),
      );
    }
    warnings.push(...outsideStudiedParams(sizes, q, lang));

    const nats = pick(lang, '奈特', 'nats');
    return {
      node,
      data: {
        columns: [
          { key: 'n', label: pick(lang, '参数量 N', 'Parameters N'), format: 'quantity' },
          { key: 'd', label: pick(lang, '数据量 D（词元）', 'Dataset size D (tokens)'), format: 'quantity' },
          lossColumn(lang),
        ],
        rows: series.flatMap((s) => s.curve.filter((_, i) => i % 3 === 0).map((p) => ({ n: p.n, d: p.d, loss: p.loss }))),
      },
      readouts: series.map((s) => ({
        label: pick(lang, `N = ${s.label}，D = ${q(params.d)}`, `N = ${s.label} at D = ${q(params.d)}`),
        value: pick(
          lang,
          `${formatNumber(s.at, lang, 3)} ${nats}，δL = ${formatPercent(s.penalty, lang, 2)}；原文式 4.4 要求 D ≳ ${q(s.enough)}`,
          `${formatNumber(s.at, lang, 3)} ${nats}, δL = ${formatPercent(s.penalty, lang, 2)}; eq 4.4 asks D ≳ ${q(s.enough)}`,
        ),
      })),
      warnings,
    };
  },
});
