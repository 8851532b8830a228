/**
 * Kaplan et al. 2020 eq (1.5)/(4.1) with the Table 2 fit: L(N, D) against dataset size for a fixed list of model
 * sizes (like Fig. 4, left). With N fixed, more data stops helping: each curve leaves the infinite-model line
 * L(∞, D) and flattens at the model's converged loss. Rings mark the data eq (4.4) asks for, D ≈ 5×10³·N^0.74.
 */
import * as Plot from '@observablehq/plot';
import {
  formatNumber,
  formatPercent,
  formatQuantity,
  KAPLAN_TABLE2,
  kaplanJointLoss,
  kaplanLossFromTokens,
  logSpace,
  overfittingPenalty,
  tokensToAvoidOverfitting,
} from '../engine';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, pick, SERIES_COLORS } from './lib/plot';

const WIDTH = 640;
const HEIGHT = 400;
const TOKEN_RANGE: [number, number] = [1e7, 1e11];
const CURVE_POINTS = 31;
/** §3: models of 768 to 1.5e9 non-embedding parameters. */
const STUDIED_PARAMS: [number, number] = [768, 1.5e9];
/** §3 says datasets "from 22 million to 23 billion tokens"; Fig. 9's smallest is labelled 21M. */
const STUDIED_TOKENS: [number, number] = [2.1e7, 2.3e10];

export default defineFigure({
  id: 'loss-vs-d-by-n',
  home: 'kaplan',
  width: WIDTH,
  height: HEIGHT,
  params: {
    d: {
      kind: 'quantity',
      label: { zh: '读数位置 D', en: 'Read the curves at D' },
      unit: { zh: '词元', en: 'tokens' },
      default: 1e9,
      min: TOKEN_RANGE[0],
      max: TOKEN_RANGE[1],
      scale: 'log',
      display: 'quantity',
    },
    sizes: {
      kind: 'list',
      label: { zh: '模型规模 N（非嵌入参数）', en: 'Model sizes N (non-embedding)' },
      unit: { zh: '参数', en: 'params' },
      default: [393.2e3, 3e6, 25e6, 85e6, 302e6, 708e6],
      min: 1e3,
      max: 1e13,
      minLength: 1,
      maxLength: 8,
      display: 'quantity',
      help: {
        zh: '默认是 Kaplan 图 4（左）图例中的模型规模。最多 8 个，用逗号隔开。',
        en: 'The defaults are the model sizes in the legend of Kaplan Fig. 4 (left). Up to 8, comma-separated.',
      },
    },
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
        'L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D 随数据量 D（词元）的变化，每个模型规模 N 一条曲线（取 Kaplan 图 4 左的模型规模）。模型远大于数据时，曲线沿着无限模型的虚线 L(∞, D) 下降；数据一旦超过模型所能利用的量，曲线就趋平于该模型的收敛损失，再加数据几乎没有收益。圆环标出式（4.4）要求的数据量 D ≈ 5×10³·N^0.74，此时过拟合约在 2% 的训练间波动以内。',
      source:
        'Kaplan 等 2020（arXiv 2001.08361）式（1.5）/（4.1）与表 2（α_N 0.076，α_D 0.103，N_c 6.4×10¹³，D_c 1.8×10¹³），式（4.3）与（4.4）；模型规模取自图 4（左）图例。',
      alt: '对数数据量横轴上的多条下降曲线，每个模型规模一条；每条曲线先沿着一条虚线下降，然后趋平，模型越小趋平得越早、越高；每条曲线上有一个圆环，标出式 4.4 认为数据已足够的位置。',
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
    const points = series.flatMap((s) => s.curve.map((p) => ({ ...p, color: s.color })));
    const ends = series.map((s) => ({ ...s.curve[s.curve.length - 1], label: s.label, color: s.color }));
    const dots = series.map((s) => ({ d: params.d, loss: s.at, color: s.color }));
    const rings = series
      .filter((s) => s.enough >= TOKEN_RANGE[0] && s.enough <= TOKEN_RANGE[1])
      .map((s) => ({ d: s.enough, loss: s.enoughLoss, color: s.color }));

    const node = Plot.plot({
      ...baseOptions(ctx, HEIGHT),
      marginRight: 60,
      x: logScale(lang, pick(lang, '数据量 D（词元）', 'Dataset size D (tokens)'), 'quantity', { domain: TOKEN_RANGE }),
      y: { label: pick(lang, '测试损失（奈特/词元）', 'Test loss (nats/token)'), grid: true, nice: true },
      color: { type: 'identity' },
      marks: [
        Plot.line(limit, { x: 'd', y: 'loss', stroke: 'currentColor', strokeOpacity: 0.6, strokeDasharray: '5,4', strokeWidth: 1.5 }),
        Plot.text([limit[limit.length - 1]], { x: 'd', y: 'loss', text: () => 'N = ∞', dx: 6, dy: 8, textAnchor: 'start', fontSize: 12, fill: 'currentColor' }),
        Plot.ruleX([params.d], { stroke: 'currentColor', strokeOpacity: 0.5 }),
        Plot.line(points, { x: 'd', y: 'loss', z: 'n', stroke: 'color', strokeWidth: 2 }),
        Plot.dot(rings, { x: 'd', y: 'loss', r: 6, stroke: 'color', strokeWidth: 1.5, fill: 'none' }),
        Plot.dot(dots, { x: 'd', y: 'loss', r: 4, fill: 'color', stroke: 'var(--plot-background, white)', strokeWidth: 1 }),
        Plot.text(ends, { x: 'd', y: 'loss', text: 'label', fill: 'color', dx: 6, textAnchor: 'start', fontSize: 12 }),
        Plot.text([params.d], { x: (d: number) => d, frameAnchor: 'top', text: () => `D = ${q(params.d)}`, dy: -14, fontSize: 12, fill: 'currentColor' }),
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
    const outside = sizes.filter((n) => n < STUDIED_PARAMS[0] || n > STUDIED_PARAMS[1]);
    if (outside.length) {
      warnings.push(
        pick(
          lang,
          `${outside.map(q).join('、')} 超出了论文研究的 768 到 15 亿个非嵌入参数（§3），这些曲线是外推。`,
          `${outside.map(q).join(', ')} lie outside the 768 to 1.5B non-embedding parameters the paper studied (§3); those curves are extrapolations.`,
        ),
      );
    }

    const nats = pick(lang, '奈特', 'nats');
    return {
      node,
      data: {
        columns: [
          { key: 'n', label: pick(lang, '参数量 N', 'Parameters N'), format: 'quantity' },
          { key: 'd', label: pick(lang, '数据量 D（词元）', 'Dataset size D (tokens)'), format: 'quantity' },
          { key: 'loss', label: pick(lang, '损失（奈特/词元）', 'Loss (nats/token)') },
        ],
        rows: series.flatMap((s) => s.curve.filter((_, i) => i % 3 === 0).map((p) => ({ n: p.n, d: p.d, loss: p.loss }))),
      },
      readouts: series.map((s) => ({
        label: pick(lang, `N = ${s.label}，D = ${q(params.d)}`, `N = ${s.label} at D = ${q(params.d)}`),
        value: pick(
          lang,
          `${formatNumber(s.at, lang, 3)} ${nats}，δL = ${formatPercent(s.penalty, lang, 2)}；式 4.4 要求 D ≳ ${q(s.enough)}`,
          `${formatNumber(s.at, lang, 3)} ${nats}, δL = ${formatPercent(s.penalty, lang, 2)}; eq 4.4 asks D ≳ ${q(s.enough)}`,
        ),
      })),
      warnings,
    };
  },
});
