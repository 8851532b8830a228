/**
 * SCHEMATIC of Kaplan et al. 2020, Fig. 8 / §3.2.2: models trained on WebText2 and tested on other text improve
 * "in direct parallel" with their training-distribution loss, with a roughly constant offset. The paper prints no
 * offsets (facts §12b), so the offsets here are illustrative (engine distributionShiftSchematic).
 */
import * as Plot from '@observablehq/plot';
import { kaplanLossFromParams } from '../engine/kaplan';
import { distributionShiftSchematic, type KaplanFigure8Dataset } from '../engine/kaplan-distribution-shift';
import { KAPLAN_STUDIED_PARAMS } from '../engine/kaplan-setup';
import { formatNumber, formatQuantity } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import type en from '../i18n/figures/en/distribution-shift';
import { baseOptions, logScale, panels, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { drawPatching, moving } from './lib/reuse';
import { type ChartContext, defineModelFigure } from './lib/types';

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
const colorOf = (d: { dataset: KaplanFigure8Dataset }) => DATASET_COLOR[d.dataset];

/** Fig. 8 right shows only Books and Wikipedia (facts §12b); the left panel has all five. */
const SUBSETS: Record<string, readonly KaplanFigure8Dataset[]> = {
  all: ['WebText2 (Test)', 'Internet Books', 'Books', 'Wikipedia', 'Common Crawl'],
  right: ['WebText2 (Test)', 'Books', 'Wikipedia'],
};

const params = {
  size: { kind: 'quantity', default: 1e8, min: 1e3, max: 1e10, scale: 'log', display: 'quantity' } as const,
  datasets: { kind: 'choice', default: 'all', options: [{ value: 'all' }, { value: 'right' }] } as const,
};

/** The chosen datasets' lines against N and against the training loss, the converged dots and the marked model. Numbers and dataset names only. */
function model({ size, datasets }: { size: number; datasets: string }) {
  const chosen = SUBSETS[datasets] ?? SUBSETS.all;
  const flat = (sizes: number[]) =>
    distributionShiftSchematic(sizes)
      .series.filter((s) => chosen.includes(s.dataset))
      .flatMap((s) => s.points.map((p) => ({ dataset: s.dataset, offset: s.offset, ...p })));
  const here = flat([size]);
  return {
    size,
    chosen,
    lines: flat(logSpace(SIZE_RANGE[0], SIZE_RANGE[1], 13)),
    // Against the training loss every dataset is a straight line: its two ends are enough.
    segments: flat([SIZE_RANGE[0], SIZE_RANGE[1]]),
    dots: flat(logSpace(SIZE_RANGE[0], 1e9, 6)),
    here,
    training: kaplanLossFromParams(size),
    others: here.filter((d) => d.offset > 0),
    outside: size < KAPLAN_STUDIED_PARAMS[0] || size > KAPLAN_STUDIED_PARAMS[1],
  };
}

type Model = ReturnType<typeof model>;
type Messages = typeof en;

/** Left panel: loss on every dataset against model size, with an in-plot legend. */
/** What the size slider leaves alone in both panels (the lines, the axes, the key): copied while the datasets stay. */
const unmovingKey = (panel: string, m: Model, lang: string) => `distribution-shift:${panel}:${lang}:${m.chosen.join()}`;

function bySize(m: Model, { lang, t }: ChartContext<Messages>, opts: Plot.PlotOptions) {
  return drawPatching(
    {
      ...opts,
      x: logScale(lang, t.axis.params, 'quantity', { domain: SIZE_RANGE }),
      y: { domain: LOSS_RANGE, label: t.common.axis.testLoss, grid: true },
      marks: [
        Plot.line(m.lines, { x: 'params', y: 'loss', z: 'dataset', stroke: colorOf, strokeWidth: 2, curve: 'monotone-x' }),
        moving(Plot.ruleX([m.size], { stroke: 'currentColor', strokeWidth: 1.5 })),
        moving(Plot.dot(m.here, { x: 'params', y: 'loss', fill: colorOf, stroke: 'var(--bg-card, white)', r: 4.5 })),
        tipMark<Model['lines'][number]>(m.lines, {
          x: 'params',
          y: 'loss',
          title: (d) =>
            tipText(lang, [
              ['', d.dataset],
              [t.axis.params, d.params, 'quantity'],
              [t.common.axis.testLoss, d.loss],
            ]),
        }),
        ...m.chosen.map((dataset, i) =>
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
    },
    unmovingKey('size', m, lang),
  );
}

/** Right panel: loss elsewhere against the training loss, converged dots on the lines a training run follows. */
function byTrainingLoss(m: Model, { lang, t }: ChartContext<Messages>, opts: Plot.PlotOptions) {
  return drawPatching(
    {
      ...opts,
      x: { domain: LOSS_RANGE, label: t.axis.trainingLoss },
      y: { domain: LOSS_RANGE, label: t.axis.otherLoss, grid: true },
      marks: [
        Plot.line(m.segments, { x: 'trainingLoss', y: 'loss', z: 'dataset', stroke: colorOf, strokeWidth: 1.6, strokeDasharray: '6,4' }),
        Plot.dot(m.dots, { x: 'trainingLoss', y: 'loss', fill: colorOf, r: 3.5 }),
        moving(Plot.dot(m.here, { x: 'trainingLoss', y: 'loss', stroke: colorOf, strokeWidth: 2, r: 7 })),
        tipMark<Model['dots'][number]>(m.dots, {
          x: 'trainingLoss',
          y: 'loss',
          title: (d) =>
            tipText(lang, [
              ['', d.dataset],
              [t.axis.params, d.params, 'quantity'],
              [t.tip.trainingLoss, d.trainingLoss],
              [t.axis.otherLoss, d.loss],
            ]),
        }),
        Plot.text([t.key], { frameAnchor: 'top-left', dx: 6, dy: 4, lineAnchor: 'top', fontSize: 12, fill: 'currentColor', ...HALO }),
      ],
    },
    unmovingKey('training', m, lang),
  );
}

export default defineModelFigure({
  id: 'distribution-shift',
  home: 'kaplan',
  schematic: true,
  width: 2 * PANEL_WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/distribution-shift'), zh: () => import('../i18n/figures/zh/distribution-shift') },
  model,
  chart(m: Model, ctx) {
    const opts = { ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT), marginLeft: 52 };
    return panels(ctx, [bySize(m, ctx, opts), byTrainingLoss(m, ctx, opts)]);
  },
  table(m: Model, { t }) {
    return {
      columns: [
        { key: 'dataset', label: t.column.dataset, format: 'text' },
        { key: 'params', label: t.common.column.params, format: 'quantity' },
        { key: 'trainingLoss', label: t.column.trainingLoss },
        { key: 'offset', label: t.column.offset },
        { key: 'loss', label: t.column.loss },
      ],
      rows: m.dots.map((d) => ({ dataset: d.dataset, params: d.params, trainingLoss: d.trainingLoss, offset: d.offset, loss: d.loss })),
    };
  },
  readouts(m: Model, { lang, t }) {
    const nats = (x: number) => formatNumber(x, lang, 3);
    return [
      { label: t.readout.training(formatQuantity(m.size, lang, { digits: 3 })), value: t.readout.trainingValue(nats(m.training)) },
      { label: t.readout.others, value: m.others.map((d) => t.readout.other(d.dataset, nats(d.loss))).join(t.readout.separator) },
    ];
  },
  warnings(m: Model, { lang, t }) {
    return m.outside ? [t.outside(formatQuantity(m.size, lang, { digits: 3 }))] : [];
  },
});

export type { Model as DistributionShiftModel };
export type { Messages };
