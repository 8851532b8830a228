/**
 * SCHEMATIC of Kaplan et al. 2020, Fig. 8 / §3.2.2: models trained on WebText2 and tested on other text improve
 * "in direct parallel" with their training-distribution loss, with a roughly constant offset. The paper prints no
 * offsets (facts §12b), so the offsets here are illustrative (engine distributionShiftSchematic).
 */
import * as Plot from '@observablehq/plot';
import { distributionShiftSchematic, type KaplanFigure8Dataset } from '../engine/kaplan-distribution-shift';
import { kaplanLossFromParams } from '../engine/kaplan';
import { formatNumber, formatQuantity } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import { KAPLAN_STUDIED_PARAMS } from '../engine/kaplan-setup';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, panels, pick, SERIES_COLORS, tipMark, tipText } from './lib/plot';

const PANEL_WIDTH = 440;
const HEIGHT = 380;
const SIZE_RANGE: [number, number] = [1e4, 1e10];
const LOSS_RANGE: [number, number] = [1.8, 6.4];
// Plot's stylesheet pins --plot-background to white on the svg itself, so halos use the page's --bg-card.
const HALO = { stroke: 'var(--bg-card, white)', strokeWidth: 4, paintOrder: 'stroke' } as const;

const DATASET_COLOR: Record<KaplanFigure8Dataset, string> = {
  'WebText2 (Test)': SERIES_COLORS[7],
  'Internet Books': SERIES_COLORS[0],
  Books: SERIES_COLORS[2],
  Wikipedia: SERIES_COLORS[1],
  'Common Crawl': SERIES_COLORS[3],
};

/** Fig. 8 right shows only Books and Wikipedia (facts §12b); the left panel has all five. */
const SUBSETS: Record<string, readonly KaplanFigure8Dataset[]> = {
  all: ['WebText2 (Test)', 'Internet Books', 'Books', 'Wikipedia', 'Common Crawl'],
  right: ['WebText2 (Test)', 'Books', 'Wikipedia'],
};

export default defineFigure({
  id: 'distribution-shift',
  home: 'kaplan',
  schematic: true,
  width: 2 * PANEL_WIDTH,
  height: HEIGHT,
  params: {
    size: {
      kind: 'quantity',
      label: { zh: '标出一个模型 N（非嵌入参数）', en: 'Mark a model N (non-embedding parameters)' },
      unit: { zh: '参数', en: 'params' },
      default: 1e8,
      min: 1e3,
      max: 1e10,
      scale: 'log',
      display: 'quantity',
    },
    datasets: {
      kind: 'choice',
      label: { zh: '数据集', en: 'Datasets' },
      default: 'all',
      options: [
        { value: 'all', label: { zh: '原文图 8 左图的五个', en: 'All five of Fig. 8 (left)' } },
        { value: 'right', label: { zh: '只看 Books 和 Wikipedia（如原文图 8 右图）', en: 'Books and Wikipedia only (as in Fig. 8, right)' } },
      ],
    },
  },
  strings: {
    en: {
      title: 'Other text, same trend: loss under distribution shift',
      caption:
        'Kaplan’s models were trained only on WebText2 and also tested on Books, Common Crawl, Wikipedia and Internet Books. Left: the loss on every dataset falls with model size as a power law with nearly the same exponent, so the lines run parallel. Right: plotted against the loss on the training distribution, each dataset is a straight line with a small offset, and a model lands on that line whether it is fully trained (dots) or still training (dashed) — generalisation “depends almost exclusively on the in-distribution validation loss”. The paper calls the offset “roughly constant” (§1.1) and, in the Fig. 8 caption, “small and very slowly growing”. It prints no values for the offsets and does not say which dataset is hardest: the offsets and their order here are invented; only the shape is the paper’s.',
      source:
        'Kaplan et al. 2020 (arXiv 2001.08361), §1.1, §3.2, §3.2.2 and Fig. 8 (dataset names from its legend); WebText2 loss from L(N) = (N_c/N)^α_N, eq (1.1), Table 5. Offsets illustrative (0.1 to 0.4 nats).',
      alt: 'Schematic in two panels: left, five parallel falling lines of test loss against model size; right, five parallel rising straight lines of loss on another dataset against loss on the training distribution, with dots and dashed segments on the same lines.',
    },
    zh: {
      title: '换一种文本，趋势不变：分布偏移下的损失',
      caption:
        'Kaplan 的模型只在 WebText2 上训练，也在 Books、Common Crawl、Wikipedia 和 Internet Books 上测试。左：每个数据集上的损失都随模型规模按幂律下降，指数几乎相同，所以几条线彼此平行。右：以训练分布上的损失为横轴，每个数据集都是一条带小偏移的直线；模型不论已训练完（圆点）还是仍在训练中（虚线），都落在同一条线上——泛化能力“几乎只取决于分布内验证损失”。论文说这个偏移“大致恒定”（§1.1），原文图 8 的图注又说它“很小且增长得非常慢”。论文没有给出偏移的数值，也没有说哪个数据集最难：这里的偏移大小和先后顺序都是虚构的，只有形状来自论文。',
      source:
        'Kaplan 等（2020，arXiv 2001.08361）§1.1、§3.2、§3.2.2 与原文图 8（数据集名称取自其图例）；WebText2 上的损失按 L(N) = (N_c/N)^α_N 计算，原文式（1.1），原文表 5。偏移量仅为示意（0.1 到 0.4 奈特）。',
      alt: '两幅示意图：左图是五条平行下降的直线，表示测试损失随模型规模变化；右图是五条平行上升的直线，表示其他数据集上的损失与训练分布损失的关系，圆点和虚线落在同一条线上。',
    },
  },
  render(params, lang, ctx) {
    const chosen = SUBSETS[params.datasets] ?? SUBSETS.all;
    const dense = distributionShiftSchematic(logSpace(SIZE_RANGE[0], SIZE_RANGE[1], 13));
    // Against the training loss every dataset is a straight line: its two ends are enough.
    const straight = distributionShiftSchematic([SIZE_RANGE[0], SIZE_RANGE[1]]);
    const converged = distributionShiftSchematic(logSpace(SIZE_RANGE[0], 1e9, 6));
    const marked = distributionShiftSchematic([params.size]);
    const keep = <T extends { dataset: KaplanFigure8Dataset }>(series: T[]) => series.filter((s) => chosen.includes(s.dataset));
    const flat = (series: ReturnType<typeof distributionShiftSchematic>['series']) =>
      keep(series).flatMap((s) => s.points.map((p) => ({ dataset: s.dataset, offset: s.offset, ...p })));
    const lines = flat(dense.series);
    const segments = flat(straight.series);
    const dots = flat(converged.series);
    const here = flat(marked.series);
    const colorOf = (d: { dataset: KaplanFigure8Dataset }) => DATASET_COLOR[d.dataset];
    const lossLabel = pick(lang, '测试损失（奈特/词元）', 'Test loss (nats/token)');
    const opts = { ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT), marginLeft: 52 };
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    const nats = (x: number) => formatNumber(x, lang, 3);

    const bySize = Plot.plot({
      ...opts,
      x: logScale(lang, pick(lang, '参数量 N（非嵌入）', 'Parameters N (non-embedding)'), 'quantity', { domain: SIZE_RANGE }),
      y: { domain: LOSS_RANGE, label: lossLabel, grid: true },
      marks: [
        Plot.line(lines, { x: 'params', y: 'loss', z: 'dataset', stroke: colorOf, strokeWidth: 2, curve: 'monotone-x' }),
        Plot.ruleX([params.size], { stroke: 'currentColor', strokeWidth: 1.5 }),
        Plot.dot(here, { x: 'params', y: 'loss', fill: colorOf, stroke: 'var(--bg-card, white)', r: 4.5 }),
        tipMark<(typeof lines)[number]>(lines, {
          x: 'params',
          y: 'loss',
          title: (d) =>
            tipText(lang, [
              ['', d.dataset],
              [pick(lang, '参数量 N（非嵌入）', 'Parameters N (non-embedding)'), d.params, 'quantity'],
              [lossLabel, d.loss],
            ]),
        }),
        ...chosen.map((dataset, i) =>
          Plot.text([dataset], {
            frameAnchor: 'top-right',
            dx: -4,
            dy: 4 + 17 * i,
            lineAnchor: 'top',
            textAnchor: 'end',
            text: (d: string) => `▬ ${d}`,
            fill: DATASET_COLOR[dataset],
            fontSize: 12,
            fontWeight: 600,
            ...HALO,
          }),
        ),
      ],
    });
    const byTrainingLoss = Plot.plot({
      ...opts,
      x: { domain: LOSS_RANGE, label: pick(lang, '训练分布（WebText2）上的测试损失', 'Test loss on the training distribution (WebText2)') },
      y: { domain: LOSS_RANGE, label: pick(lang, '其他分布上的损失', 'Loss on the other distribution'), grid: true },
      marks: [
        Plot.line(segments, { x: 'trainingLoss', y: 'loss', z: 'dataset', stroke: colorOf, strokeWidth: 1.6, strokeDasharray: '6,4' }),
        Plot.dot(dots, { x: 'trainingLoss', y: 'loss', fill: colorOf, r: 3.5 }),
        Plot.dot(here, { x: 'trainingLoss', y: 'loss', stroke: colorOf, strokeWidth: 2, r: 7 }),
        tipMark<(typeof dots)[number]>(dots, {
          x: 'trainingLoss',
          y: 'loss',
          title: (d) =>
            tipText(lang, [
              ['', d.dataset],
              [pick(lang, '参数量 N（非嵌入）', 'Parameters N (non-embedding)'), d.params, 'quantity'],
              [pick(lang, '训练分布上的损失', 'Training-distribution loss'), d.trainingLoss],
              [pick(lang, '其他分布上的损失', 'Loss on the other distribution'), d.loss],
            ]),
        }),
        Plot.text([pick(lang, '● 已收敛的模型\n- - 训练中的一个大模型', '● converged models\n- - one large model while it trains')], {
          frameAnchor: 'top-left',
          dx: 6,
          dy: 4,
          lineAnchor: 'top',
          fontSize: 12,
          fill: 'currentColor',
          ...HALO,
        }),
      ],
    });

    const training = kaplanLossFromParams(params.size);
    const others = here.filter((d) => d.offset > 0);
    const outside = params.size < KAPLAN_STUDIED_PARAMS[0] || params.size > KAPLAN_STUDIED_PARAMS[1];
    return {
      node: panels(ctx, [bySize, byTrainingLoss]),
      data: {
        columns: [
          { key: 'dataset', label: pick(lang, '数据集', 'Dataset'), format: 'text' },
          { key: 'params', label: pick(lang, '参数量 N', 'Parameters N'), format: 'quantity' },
          { key: 'trainingLoss', label: pick(lang, 'WebText2 损失（奈特）', 'WebText2 loss (nats)') },
          { key: 'offset', label: pick(lang, '示意偏移（奈特）', 'Illustrative offset (nats)') },
          { key: 'loss', label: pick(lang, '该数据集上的示意损失（奈特）', 'Illustrative loss on this dataset (nats)') },
        ],
        rows: dots.map((d) => ({ dataset: d.dataset, params: d.params, trainingLoss: d.trainingLoss, offset: d.offset, loss: d.loss })),
      },
      readouts: [
        {
          label: pick(lang, `N = ${q(params.size)}：训练分布上的损失`, `N = ${q(params.size)}: loss on the training distribution`),
          value: pick(lang, `${nats(training)} 奈特（WebText2，原文式 1.1）`, `${nats(training)} nats (WebText2, eq 1.1)`),
        },
        {
          label: pick(lang, '其他分布上的示意损失（偏移为虚构）', 'Illustrative losses elsewhere (offsets invented)'),
          value: others.map((d) => `${d.dataset} ${nats(d.loss)}`).join(pick(lang, '；', '; ')),
        },
      ],
      warnings: outside
        ? [
            pick(
              lang,
              `N = ${q(params.size)} 超出了 Kaplan 训练过的规模（768 到 15 亿非嵌入参数，§3），L(N) 是外推。`,
              `N = ${q(params.size)} lies outside the sizes Kaplan trained (768 to 1.5B non-embedding parameters, §3): L(N) is extrapolated.`,
            ),
          ]
        : [],
    };
  },
});
