/**
 * Approach 3 of Hoffmann et al. 2022 (§3.3, Fig. 4): contours of the fitted loss L(N, D) = E + A/N^α + B/D^β over
 * (training FLOPs, parameters) with D = C/(6N), the efficient frontier of eq. (4), which passes through every iso-loss
 * contour at its fewest-FLOPs point, and IsoFLOP slices through the landscape.
 */
import * as Plot from '@observablehq/plot';
import { LAWS, allocationExponents, chinchillaLoss, computeOptimal, optimalLoss, type LawKey } from '../engine/chinchilla';
import { LAW_INFO } from './lib/laws';
import { isoflopProfile } from '../engine/isoflop';
import { modelById } from '../engine/models';
import { formatNumber, formatQuantity, formatScientific } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import { computeForOptimalLoss, contourLevels, isoLossCurves, type ContourLine } from '../engine/contours';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, panels, pick, polylineMark, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { decadeTicks, powerOfTen } from './lib/ticks';

const PANEL_WIDTH = 450;
const HEIGHT = 420;
const FLOPS_DOMAIN: [number, number] = [1e18, 1e26];
const PARAMS_DOMAIN: [number, number] = [1e7, 1e13];
const TOP_LEVEL = 4;
const LAW_KEYS: LawKey[] = ['hoffmann2022', 'hoffmann2022Rounded', 'besiroglu2024'];
const LAW_LABELS: Record<LawKey, { zh: string; en: string }> = {
  hoffmann2022: { zh: 'Hoffmann 2022，未舍入（TeX 源码）', en: 'Hoffmann 2022, unrounded (TeX source)' },
  hoffmann2022Rounded: { zh: 'Hoffmann 2022，印刷值（原文式 10）', en: 'Hoffmann 2022, as printed (eq. 10)' },
  besiroglu2024: { zh: 'Besiroglu 2024（Epoch 重新拟合）', en: 'Besiroglu 2024 (Epoch refit)' },
};
const FRONTIER = SERIES_COLORS[0];

/**
 * The contour levels and polylines of one law over the fixed frame. They depend on the law alone, not on the
 * budget or the slices a reader moves, so each law's are computed once (closed form, ~1,600 points).
 */
const LANDSCAPES = new Map<LawKey, { levels: number[]; lines: ContourLine[] }>();
function landscape(key: LawKey) {
  let found = LANDSCAPES.get(key);
  if (!found) {
    const law = LAWS[key];
    const levels = contourLevels(law, optimalLoss(law, FLOPS_DOMAIN[1]), TOP_LEVEL, 12);
    found = { levels, lines: isoLossCurves(law, FLOPS_DOMAIN, PARAMS_DOMAIN, levels) };
    LANDSCAPES.set(key, found);
  }
  return found;
}

export default defineFigure({
  id: 'parametric-contours',
  home: 'chinchilla',
  width: 2 * PANEL_WIDTH,
  height: HEIGHT,
  params: {
    budget: {
      kind: 'quantity',
      label: { zh: '标出的计算预算', en: 'Budget to mark' },
      unit: { zh: 'FLOPs', en: 'FLOPs' },
      default: 5.76e23,
      min: 1e18,
      max: 1e26,
      scale: 'log',
      display: 'scientific',
      help: {
        zh: '默认是 Gopher 的预算 5.76e23：原文图 4 据此预测最优规模为 400 亿参数。',
        en: 'The default is Gopher’s budget, 5.76e23, at which the paper’s Fig. 4 projects a 40B-parameter optimum.',
      },
    },
    law: {
      kind: 'choice',
      label: { zh: '拟合的损失律', en: 'Fitted loss law' },
      default: 'hoffmann2022',
      options: LAW_KEYS.map((key) => ({ value: key, label: LAW_LABELS[key] })),
    },
    slices: {
      kind: 'list',
      label: { zh: 'IsoFLOP 切片', en: 'IsoFLOP slices' },
      unit: { zh: 'FLOPs', en: 'FLOPs' },
      default: [1e19, 1e20, 1e21, 1e22],
      min: 1e18,
      max: 1e26,
      minLength: 1,
      maxLength: 6,
      display: 'scientific',
    },
  },
  strings: {
    en: {
      title: 'Approach 3: the loss landscape and its efficient frontier',
      caption:
        'Left: contours of the fitted loss over training FLOPs and model size, with D = C/(6N) at every point. The efficient frontier of eq. (4) (blue) is a straight line in log-log space; it passes through each iso-loss contour at that contour’s lowest-FLOP point (dots, labelled with the loss). Dashed lines are IsoFLOP slices; the blue dotted one is the marked budget (the star is its optimum), where Gopher and Chinchilla sit. Right: the loss along each slice, with its minimum on the frontier; Gopher and Chinchilla are placed at the loss the law predicts for them.',
      source:
        'Hoffmann et al. 2022 (arXiv 2203.15556), §3.3, eqs. (2), (4) and (10), Fig. 4; unrounded constants from the TeX source (via Epoch’s analyzing-chinchilla); Besiroglu et al. 2024 (arXiv 2404.10102).',
      alt: 'Left: curved iso-loss contours over log FLOPs and log parameters with a straight blue frontier through their leftmost points, dashed vertical slices, and dots for Gopher and Chinchilla. Right: U-shaped loss curves against model size, one per slice, lower for larger budgets.',
    },
    zh: {
      title: '方法三：损失地形与有效前沿',
      caption:
        '左：拟合的损失在训练计算量与模型规模平面上的等高线，每一点都取 D = C/(6N)。原文式（4）的有效前沿（蓝线）在双对数坐标中是一条直线，它穿过每条等损失线上所需 FLOPs 最少的那一点（圆点，标注损失值）。虚线是 IsoFLOP 切片；蓝色点线是标出的计算预算（星号是它的最优点），Gopher 与 Chinchilla 就在这条切片上。右：沿每条切片的损失，最低点落在前沿上；Gopher 与 Chinchilla 按损失律对它们的预测值放置。',
      source:
        'Hoffmann 等（2022，arXiv 2203.15556）§3.3、原文式（2）（4）（10）与原文图 4；未舍入常数取自 TeX 源码（经 Epoch 的 analyzing-chinchilla）；Besiroglu 等（2024，arXiv 2404.10102）。',
      alt: '左：以对数 FLOPs 和对数参数量为坐标的弯曲等损失线，一条蓝色直线前沿穿过它们最左侧的点，若干竖直虚线切片，以及 Gopher 和 Chinchilla 两个点。右：每条切片一条随模型规模变化的 U 形损失曲线，预算越大曲线越低。',
    },
  },
  render(params, lang, ctx) {
    const key = params.law as LawKey;
    const law = LAWS[key];
    const lawName = LAW_INFO[key].shortName[lang];
    const slices = [...new Set(params.slices)].sort((x, y) => x - y);
    const sliceColour = new Map(slices.map((c, i) => [c, SERIES_COLORS[(i + 1) % SERIES_COLORS.length]]));

    const { levels, lines } = landscape(key);
    const touch = levels
      .map((loss) => {
        const flops = computeForOptimalLoss(law, loss);
        return { loss, flops, params: flops >= FLOPS_DOMAIN[0] && flops <= FLOPS_DOMAIN[1] ? computeOptimal(law, flops).params : 0 };
      })
      .filter((d) => d.params > 0 && d.flops > FLOPS_DOMAIN[0] * 3 && d.flops < FLOPS_DOMAIN[1] / 3);
    // At most seven labelled levels, so the labels along the frontier do not collide.
    const labelled = touch.filter((_, i) => touch.length <= 7 || (touch.length - 1 - i) % 2 === 0);
    const frontier = FLOPS_DOMAIN.map((flops) => ({ flops, params: computeOptimal(law, flops).params }));
    const optimum = computeOptimal(law, params.budget);
    const optimumLoss = chinchillaLoss(law, optimum.params, optimum.tokens);
    const gopher = modelById('gopher');
    const chinchilla = modelById('chinchilla');
    const models = [gopher, chinchilla].map((m) => ({ name: m.name, flops: m.flops, params: m.params, tokens: m.tokens, loss: chinchillaLoss(law, m.params, m.tokens) }));

    const flopsLabel = pick(lang, '训练计算量 C（FLOPs）', 'Training compute C (FLOPs)');
    const sizeLabel = pick(lang, '参数量 N', 'Parameters N');
    const lossLabel = pick(lang, '损失（奈特/词元）', 'Loss (nats/token)');
    const halo = { fill: 'currentColor', stroke: 'var(--bg-card, white)', strokeWidth: 3, paintOrder: 'stroke' } as const;
    const left = Plot.plot({
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT),
      marginLeft: 52,
      x: logScale(lang, flopsLabel, 'scientific', { domain: FLOPS_DOMAIN, ticks: decadeTicks(...FLOPS_DOMAIN).filter((_, i) => i % 2 === 0), tickFormat: powerOfTen }),
      y: logScale(lang, sizeLabel, 'quantity', { domain: PARAMS_DOMAIN, ticks: decadeTicks(...PARAMS_DOMAIN) }),
      marks: [
        // The engine's polylines as one path (Plot's contour mark needs the map-projection code left out of the browser).
        polylineMark(
          [{ lines: lines.map((l) => l.points) }],
          (p) => p.flops,
          (p) => p.params,
          { stroke: 'currentColor', 'stroke-opacity': 0.35, 'stroke-width': 1 },
        ),
        Plot.ruleX(slices, { stroke: (c: number) => sliceColour.get(c), strokeDasharray: '4,4', strokeWidth: 1.4 }),
        // The marked budget is a slice too (Gopher and Chinchilla share the default one).
        Plot.ruleX([params.budget], { stroke: FRONTIER, strokeDasharray: '2,3', strokeWidth: 1.4, strokeOpacity: 0.8 }),
        Plot.line(frontier, { x: 'flops', y: 'params', stroke: FRONTIER, strokeWidth: 2.5 }),
        Plot.dot(touch, { x: 'flops', y: 'params', fill: FRONTIER, r: 3 }),
        Plot.text(labelled, { ...halo, x: 'flops', y: 'params', text: (d: { loss: number }) => formatNumber(d.loss, lang, 3), dx: -6, textAnchor: 'end', fontSize: 12 }),
        Plot.dot(models, { x: 'flops', y: 'params', fill: 'currentColor', r: 4 }),
        tipMark<{ name?: string; flops: number; params: number }>([...frontier, ...models], {
          x: 'flops',
          y: 'params',
          title: (d) => tipText(lang, [...(d.name ? [['', d.name] as const] : []), [flopsLabel, d.flops, 'scientific'], [sizeLabel, d.params, 'quantity']]),
        }),
        Plot.text(models, { ...halo, x: 'flops', y: 'params', text: 'name', dx: 7, textAnchor: 'start', fontSize: 12 }),
        Plot.dot([{ flops: params.budget, params: optimum.params }], { x: 'flops', y: 'params', symbol: 'star', fill: FRONTIER, stroke: 'var(--bg-card, white)', r: 7 }),
        Plot.text([{ flops: params.budget, params: optimum.params }], {
          ...halo,
          x: 'flops',
          y: 'params',
          text: () => `N_opt ${formatQuantity(optimum.params, lang)}`,
          dx: 8,
          dy: 12,
          textAnchor: 'start',
          fontWeight: 600,
          fontSize: 12,
        }),
      ],
    });

    const sliceCurves = slices.map((flops) => {
      const centre = computeOptimal(law, flops);
      const grid = logSpace(centre.params / 10 ** 1.5, centre.params * 10 ** 1.5, 25);
      return { flops, centre, points: isoflopProfile(law, flops, grid).map((p) => ({ ...p, flops })) };
    });
    const budgetSlice = isoflopProfile(law, params.budget, logSpace(optimum.params / 10 ** 1.5, optimum.params * 10 ** 1.5, 25));
    const slicePoints = sliceCurves.flatMap((s) => s.points.filter((p) => p.loss <= TOP_LEVEL + 0.5));
    const sliceMinima = sliceCurves.map((s) => ({
      flops: s.flops,
      params: s.centre.params,
      loss: chinchillaLoss(law, s.centre.params, s.centre.tokens),
      label: formatScientific(s.flops, { digits: 2 }),
    }));
    const right = Plot.plot({
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT),
      marginLeft: 48,
      x: logScale(lang, sizeLabel, 'quantity', { domain: PARAMS_DOMAIN, ticks: decadeTicks(...PARAMS_DOMAIN) }),
      y: { label: lossLabel, grid: true, domain: [Math.min(...levels, optimumLoss, ...sliceMinima.map((m) => m.loss)) - 0.05, TOP_LEVEL] },
      marks: [
        Plot.line(slicePoints, { x: 'params', y: 'loss', z: 'flops', stroke: (d: { flops: number }) => sliceColour.get(d.flops), strokeWidth: 1.8, clip: true }),
        Plot.line(budgetSlice, { x: 'params', y: 'loss', stroke: FRONTIER, strokeDasharray: '2,3', strokeWidth: 1.8, clip: true }),
        Plot.dot(models, { x: 'params', y: 'loss', fill: 'currentColor', r: 4, clip: true }),
        tipMark<(typeof slicePoints)[number]>(slicePoints, {
          x: 'params',
          y: 'loss',
          title: (d) =>
            tipText(lang, [
              [flopsLabel, d.flops, 'scientific'],
              [sizeLabel, d.params, 'quantity'],
              [lossLabel, d.loss],
            ]),
        }),
        Plot.dot([{ params: optimum.params, loss: optimumLoss }], { x: 'params', y: 'loss', symbol: 'star', fill: FRONTIER, stroke: 'var(--bg-card, white)', r: 6, clip: true }),
        Plot.text([models[0]], { ...halo, x: 'params', y: 'loss', text: 'name', dx: 7, textAnchor: 'start', fontSize: 12 }),
        Plot.text([models[1]], { ...halo, x: 'params', y: 'loss', text: 'name', dy: 13, fontSize: 12 }),
        Plot.dot(sliceMinima, { x: 'params', y: 'loss', fill: FRONTIER, r: 3.5, clip: true }),
        Plot.text(sliceMinima, {
          ...halo,
          x: 'params',
          y: 'loss',
          text: 'label',
          dy: -12,
          fill: (d: { flops: number }) => sliceColour.get(d.flops),
          fontSize: 12,
          fontWeight: 600,
          clip: true,
        }),
      ],
    });

    const { a, G } = allocationExponents(law);
    const budgetText = formatScientific(params.budget, { digits: 3 });
    const readouts = [
      {
        label: pick(lang, `${budgetText} FLOPs 时的前沿点（${lawName}）`, `On the frontier at ${budgetText} FLOPs (${lawName})`),
        value: pick(
          lang,
          `N_opt ${formatQuantity(optimum.params, lang)}，D_opt ${formatQuantity(optimum.tokens, lang)} 词元（每参数 ${formatNumber(optimum.tokens / optimum.params, lang, 3)} 个），损失 ${formatNumber(optimumLoss, lang, 4)}`,
          `N_opt ${formatQuantity(optimum.params, lang)}, D_opt ${formatQuantity(optimum.tokens, lang)} tokens (${formatNumber(optimum.tokens / optimum.params, lang, 3)} per parameter), loss ${formatNumber(optimumLoss, lang, 4)}`,
        ),
      },
      {
        label: pick(lang, '这条律下的 Gopher 与 Chinchilla', 'Gopher and Chinchilla under this law'),
        value: pick(lang, models.map((m) => `${m.name}：${formatNumber(m.loss, lang, 4)}`).join('；'), models.map((m) => `${m.name}: ${formatNumber(m.loss, lang, 4)}`).join('; ')),
      },
      {
        label: pick(lang, '前沿（原文式 4）', 'Frontier (eq. 4)'),
        value: `N_opt = ${formatNumber(G, lang, 4)} · (C/6)^${formatNumber(a, lang, 4)}`,
      },
    ];

    const rows: Record<string, number | string>[] = [
      ...touch.map((t) => ({
        what: pick(lang, '前沿穿过等损失线处（该线 FLOPs 最少的点）', 'frontier crosses contour (its lowest-FLOP point)'),
        flops: t.flops,
        params: t.params,
        loss: t.loss,
      })),
      { what: pick(lang, '所选预算的最优点', 'optimum at the chosen budget'), flops: params.budget, params: optimum.params, loss: optimumLoss },
      ...models.map((m) => ({ what: m.name, flops: m.flops, params: m.params, loss: m.loss })),
      ...sliceCurves.flatMap((s) =>
        s.points
          .filter((_, i) => i % 3 === 0)
          .map((p) => ({ what: `${pick(lang, '切片', 'slice')} ${formatScientific(s.flops, { digits: 2 })}`, flops: s.flops, params: p.params, loss: p.loss })),
      ),
    ];
    if (optimum.params > 16e9) {
      readouts.push({
        label: pick(lang, '外推', 'Extrapolation'),
        value: pick(
          lang,
          `论文拟合用的模型最大约 160 亿参数（摘要），${formatQuantity(optimum.params, lang)} 已是外推；Chinchilla 正是在 Gopher 预算上对这一外推的检验。`,
          `The fitted runs reach about 16B parameters (abstract), so ${formatQuantity(optimum.params, lang)} is an extrapolation, which Chinchilla tested at the Gopher budget.`,
        ),
      });
    }
    return {
      node: panels(ctx, [left, right]),
      data: {
        columns: [
          { key: 'what', label: pick(lang, '点', 'Point'), format: 'text' },
          { key: 'flops', label: flopsLabel, format: 'scientific' },
          { key: 'params', label: sizeLabel, format: 'quantity' },
          { key: 'loss', label: lossLabel },
        ],
        rows,
      },
      readouts,
    };
  },
});
