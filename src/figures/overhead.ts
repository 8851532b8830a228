/**
 * Overhead calculator: train a model k times smaller than compute-optimal — how much more data and compute does it
 * need to reach the compute-optimal loss, under each Chinchilla coefficient set, and from which k on can no amount
 * of data compensate?
 */
import * as Plot from '@observablehq/plot';
import { criticalShrinkFactor, shrinkOverhead, type ShrinkOverhead } from '../engine/shrink-overhead';
import { LAW_INFO } from './lib/laws';
import { LAWS, type LawKey } from '../engine/chinchilla';
import { formatNumber, formatPercent, formatQuantity, formatScientific } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import { GOPHER_BUDGET } from '../engine/budgets';
import { defineFigure } from './lib/types';
import { baseOptions, pick, SERIES_COLORS, tipMark, tipText } from './lib/plot';

const WIDTH = 640;
const HEIGHT = 360;
const KEYS: readonly LawKey[] = ['hoffmann2022', 'hoffmann2022Rounded', 'besiroglu2024'];
const K_MAX = 20;
/** Compute and data factors above this are off the chart (the curves run to infinity at k*). */
const Y_MAX = 16;

export default defineFigure({
  id: 'overhead',
  home: 'chinchilla',
  kind: 'calculator',
  width: WIDTH,
  height: HEIGHT,
  params: {
    k: {
      kind: 'quantity',
      label: { zh: '缩小倍数 k', en: 'Shrink factor k' },
      unit: { zh: '倍', en: '×' },
      default: 2,
      min: 1,
      max: K_MAX,
      scale: 'log',
      display: 'plain',
      help: {
        zh: '模型是计算最优规模的 1/k。k = 1 即计算最优模型。',
        en: 'The model has 1/k of the compute-optimal parameters. k = 1 is the compute-optimal model.',
      },
    },
    budget: {
      kind: 'quantity',
      label: { zh: '计算预算 C', en: 'Compute budget C' },
      unit: { zh: 'FLOPs', en: 'FLOPs' },
      default: GOPHER_BUDGET,
      min: 1e15,
      max: 1e30,
      scale: 'log',
      display: 'scientific',
      help: {
        zh: '决定要追平的损失和模型的绝对规模；倍数本身与预算无关。',
        en: 'Sets the loss to match and the absolute sizes; the factors themselves do not depend on it.',
      },
    },
    law: {
      kind: 'choice',
      label: { zh: '系数', en: 'Coefficients' },
      default: 'hoffmann2022',
      options: KEYS.map((key) => ({ value: key, label: LAW_INFO[key].name })),
    },
  },
  strings: {
    en: {
      title: 'The price of a smaller model',
      caption:
        'A model k× smaller than compute-optimal can still reach the compute-optimal loss by training on more tokens. Left: the tokens it needs, as a multiple of the compute-optimal D. Right: its training compute as a multiple of the budget. Both run to infinity at k*, where the smaller model’s parameter term alone uses up the whole loss gap: beyond it no amount of data compensates. Under eq (4) the factors do not depend on the budget.',
      source:
        'Hoffmann et al. 2022 (arXiv 2203.15556) eq (2), (4) and (10), unrounded TeX constants and as printed; Besiroglu et al. 2024 (arXiv 2404.10102) refit (secondary-sourced). C = 6ND. The analysis follows de Vries 2023, “Go smol or go home” (blog post, harmdevries.com).',
      alt: 'Two panels against the shrink factor k on a log axis: the data factor and the compute factor, each rising from 1 at k = 1 and shooting up near a dashed vertical line at k*, for three coefficient sets.',
    },
    zh: {
      title: '更小模型的代价',
      caption:
        '比计算最优规模小 k 倍的模型，多训练一些词元仍能达到计算最优的损失。左：所需词元数，以计算最优的 D 为单位。右：它的训练计算量，以预算为单位。两者在 k* 处趋于无穷：那时仅小模型的参数项就用尽了全部损失差距，再多数据也无法弥补。按原文式（4），这些倍数与预算无关。',
      source:
        'Hoffmann 等 2022（arXiv 2203.15556）原文式（2）、（4）、（10），TeX 源文件中的未舍入常数与论文印刷值；Besiroglu 等 2024（arXiv 2404.10102）重新拟合（二手来源）。C = 6ND。分析思路沿用 de Vries 2023 的博客文章“Go smol or go home”（harmdevries.com）。',
      alt: '两幅以对数缩小倍数 k 为横轴的图：数据倍数与计算倍数，三组系数各一条线，都从 k = 1 处的 1 开始上升，并在虚线 k* 附近急剧增大。',
    },
  },
  render(p, lang, ctx) {
    const law = p.law as LawKey;
    const name = (key: LawKey) => LAW_INFO[key].shortName[lang];
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    const times = (x: number) => `${formatNumber(x, lang, 3)}×`;

    // Curves: log-spaced k, plus points crowding towards k* so the climb is drawn.
    const curves = KEYS.flatMap((key) => {
      const kStar = criticalShrinkFactor(LAWS[key], p.budget);
      const ks = [...logSpace(1, K_MAX, 40), ...[0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995].map((f) => 1 + f * (kStar - 1))]
        .filter((k) => k < kStar && k <= K_MAX)
        .sort((a, b) => a - b);
      return ks.flatMap((k) => {
        const r = shrinkOverhead(LAWS[key], k, p.budget);
        if (!r.feasible) return [];
        return [{ law: name(key), key, k, dataFactor: r.dataFactor, computeFactor: r.computeFactor }];
      });
    });
    const stars = KEYS.map((key) => ({ law: name(key), key, kStar: criticalShrinkFactor(LAWS[key], p.budget) }));
    const results = KEYS.map((key) => ({ key, r: shrinkOverhead(LAWS[key], p.k, p.budget) }));
    const chosen = results.find((x) => x.key === law)!.r;
    const names = KEYS.map(name);
    const color = { domain: names, range: SERIES_COLORS.slice(0, 3) };
    const x = {
      type: 'log' as const,
      domain: [1, K_MAX],
      label: pick(lang, '缩小倍数 k', 'Shrink factor k'),
      ticks: [1, 2, 5, 10, 20],
      tickFormat: (d: number) => String(d),
    };
    // One chart with two facets sharing the k and factor axes: data needed (left), compute (right).
    const facets = {
      data: pick(lang, '所需词元数 ÷ 计算最优 D', 'Tokens needed ÷ compute-optimal D'),
      compute: pick(lang, '训练计算量 ÷ 预算', 'Training compute ÷ budget'),
    };
    // Keep each curve until just past the top of the chart; the clip cuts it at the frame.
    const long = curves.flatMap((c) => [
      ...(c.dataFactor <= Y_MAX * 3 ? [{ ...c, facet: facets.data, value: c.dataFactor }] : []),
      ...(c.computeFactor <= Y_MAX * 3 ? [{ ...c, facet: facets.compute, value: c.computeFactor }] : []),
    ]);
    const dots = chosen.feasible
      ? [
          { facet: facets.data, k: p.k, value: chosen.dataFactor, law: name(law) },
          { facet: facets.compute, k: p.k, value: chosen.computeFactor, law: name(law) },
        ].filter((d) => d.value <= Y_MAX)
      : [];
    const starsShown = stars.filter((s) => s.kStar <= K_MAX);
    const node = Plot.plot({
      ...baseOptions(ctx, HEIGHT),
      marginLeft: 44,
      marginTop: 34,
      x,
      y: { type: 'log', domain: [1, Y_MAX], label: pick(lang, '倍数', 'Factor'), ticks: [1, 2, 4, 8, 16], tickFormat: (d: number) => `${d}×`, grid: true },
      fx: { domain: [facets.data, facets.compute], label: null, padding: 0.12 },
      color: { ...color, legend: true },
      marks: [
        Plot.ruleX(starsShown, { x: 'kStar', stroke: 'law', strokeDasharray: '4,3', strokeOpacity: 0.8 }),
        Plot.text(
          starsShown.filter((s) => s.key === law),
          { x: 'kStar', frameAnchor: 'top', dy: 4, dx: -4, textAnchor: 'end', text: () => 'k*', fontSize: 12, fill: 'currentColor' },
        ),
        Plot.ruleX([p.k], { strokeOpacity: 0.35 }),
        Plot.line(
          long.filter((c) => c.key !== law),
          { fx: 'facet', x: 'k', y: 'value', z: 'law', stroke: 'law', strokeWidth: 1.3, strokeOpacity: 0.75, clip: true },
        ),
        Plot.line(
          long.filter((c) => c.key === law),
          { fx: 'facet', x: 'k', y: 'value', stroke: 'law', strokeWidth: 2.6, clip: true },
        ),
        Plot.dot(dots, { fx: 'facet', x: 'k', y: 'value', r: 5.5, fill: 'law', stroke: 'var(--plot-background, white)' }),
        tipMark<(typeof long)[number]>(long, {
          fx: 'facet',
          x: 'k',
          y: 'value',
          title: (d) =>
            tipText(lang, [
              ['', d.law],
              [pick(lang, '缩小倍数 k', 'Shrink factor k'), d.k],
              [d.facet, d.value],
            ]),
        }),
      ],
    });

    const kStarChosen = stars.find((s) => s.key === law)!.kStar;
    const summary = (r: ShrinkOverhead) =>
      r.feasible
        ? pick(
            lang,
            `数据 ${times(r.dataFactor)}，计算 ${times(r.computeFactor)}（多 ${formatPercent(r.extraCompute, lang, 3)}）`,
            `data ${times(r.dataFactor)}, compute ${times(r.computeFactor)} (${formatPercent(r.extraCompute, lang, 3)} more)`,
          )
        : pick(lang, '无论多少数据都达不到', 'unreachable with any amount of data');
    const readouts = [
      {
        label: pick(lang, `计算最优（${formatScientific(p.budget, { digits: 3 })} FLOPs）`, `Compute-optimal at ${formatScientific(p.budget, { digits: 3 })} FLOPs`),
        value: pick(
          lang,
          `${q(chosen.optimal.params)} 参数，${q(chosen.optimal.tokens)} 词元，损失 ${formatNumber(chosen.targetLoss, lang, 4)} 奈特`,
          `${q(chosen.optimal.params)} params, ${q(chosen.optimal.tokens)} tokens, loss ${formatNumber(chosen.targetLoss, lang, 4)} nats`,
        ),
      },
      {
        label: pick(lang, `小 ${formatNumber(p.k, lang, 3)} 倍的模型`, `The model ${formatNumber(p.k, lang, 3)}× smaller`),
        value: chosen.feasible
          ? pick(lang, `${q(chosen.params)} 参数，需 ${q(chosen.tokens)} 词元`, `${q(chosen.params)} params, needs ${q(chosen.tokens)} tokens`)
          : pick(lang, `${q(chosen.params)} 参数：达不到这个损失`, `${q(chosen.params)} params: cannot reach this loss`),
        tone: chosen.feasible ? ('normal' as const) : ('warn' as const),
      },
      { label: pick(lang, '额外数据与计算', 'Extra data and compute'), value: summary(chosen), tone: chosen.feasible ? ('normal' as const) : ('warn' as const) },
      {
        label: pick(lang, '数据不再能弥补的倍数 k*', 'k* beyond which data cannot compensate'),
        value: `${formatNumber(kStarChosen, lang, 3)}×`,
      },
      ...results
        .filter((x) => x.key !== law)
        .map(({ key, r }) => ({
          label: `${name(key)} · k* = ${formatNumber(stars.find((s) => s.key === key)!.kStar, lang, 3)}`,
          value: summary(r),
        })),
    ];
    const table = KEYS.flatMap((key) =>
      [1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 12, 15, 20].map((k) => {
        const r = shrinkOverhead(LAWS[key], k, p.budget);
        return {
          law: name(key),
          k,
          params: r.params,
          tokens: r.feasible ? r.tokens : '—',
          dataFactor: r.feasible ? r.dataFactor : '—',
          computeFactor: r.feasible ? r.computeFactor : pick(lang, '达不到', 'unreachable'),
        };
      }),
    );
    return {
      node,
      data: {
        columns: [
          { key: 'law', label: pick(lang, '系数', 'Coefficients'), format: 'text' },
          { key: 'k', label: 'k', format: 'scientific' },
          { key: 'params', label: pick(lang, '参数量 N', 'Parameters N'), format: 'quantity' },
          { key: 'tokens', label: pick(lang, '所需词元数', 'Tokens needed'), format: 'quantity' },
          { key: 'dataFactor', label: pick(lang, '数据倍数', 'Data factor'), format: 'scientific' },
          { key: 'computeFactor', label: pick(lang, '计算倍数', 'Compute factor'), format: 'scientific' },
        ],
        rows: table,
      },
      readouts,
      warnings: chosen.feasible
        ? []
        : [
            pick(
              lang,
              `k = ${formatNumber(p.k, lang, 3)} 超过了 k* = ${formatNumber(kStarChosen, lang, 3)}：这么小的模型即使有无限数据，损失也降不到目标值。`,
              `k = ${formatNumber(p.k, lang, 3)} is beyond k* = ${formatNumber(kStarChosen, lang, 3)}: even with unlimited data a model this small stays above the target loss.`,
            ),
          ],
    };
  },
});
