/**
 * SCHEMATIC: why a larger batch gives a better gradient direction. On a 2-D quadratic bowl, seeded minibatch gradient
 * estimates scatter around the true descent direction with noise ∝ 1/√B, so a 16× larger batch points about 4× more
 * tightly. The idea behind Kaplan et al. 2020 §5.1 (critical batch size, after McCandlish et al. 2018); the bowl and
 * the noise level are invented.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../lib/numbers';
import { bowlContour, compareBatchNoise, radiansToDegrees, SCHEMATIC_BOWL, SCHEMATIC_POINT, type BatchNoiseSample } from '../engine/gradient-noise';
import type en from '../i18n/figures/en/gradient-noise';
import { type ChartContext, defineModelFigure } from './lib/types';
import { baseOptions, panels, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { drawPatching, keptChart, moving } from './lib/reuse';

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

const batchSpec = (value: number, max: number) => ({ kind: 'quantity', default: value, min: 1, max, scale: 'log', integer: true, display: 'plain' }) as const;

const params = {
  smallBatch: batchSpec(4, 1024),
  largeBatch: batchSpec(64, 4096),
  seed: { kind: 'quantity', default: 1, min: 1, max: 1000, scale: 'linear', integer: true, display: 'plain' } as const,
};

/** Seeded minibatch estimates for both batch sizes, the bowl's contours and the true direction. Numbers only. */
function model({ smallBatch, largeBatch, seed }: { smallBatch: number; largeBatch: number; seed: number }) {
  const result = compareBatchNoise(SCHEMATIC_BOWL, SCHEMATIC_POINT, { smallBatch, largeBatch, count: ESTIMATES, seed });
  const contours = CONTOUR_LEVELS.flatMap((level) => bowlContour(SCHEMATIC_BOWL, level, CONTOUR_POINTS).map((p) => ({ ...p, level })));
  return { smallBatch, largeBatch, seed, result, contours };
}

type Model = ReturnType<typeof model>;
type Ctx = ChartContext<typeof en>;

const p0 = SCHEMATIC_POINT;
/** The arrow from the current point along a direction. */
const arrowTo = (d: { x: number; y: number }) => ({ x1: p0.x, y1: p0.y, x2: p0.x + ARROW * d.x, y2: p0.y + ARROW * d.y });
const degrees = (v: number, lang: Ctx['lang']) => `${formatNumber(v, lang, 2)}°`;

/**
 * One panel: the bowl, the sampled directions of one batch size, the true direction, its title and RMS angle. The
 * bowl, its centre, the point and the true direction are the same in every picture: only the sampled arrows, their
 * tips and the two texts are drawn on each update, over a copy of the rest (drawPatching).
 */
function panel(m: Model, sample: BatchNoiseSample, color: string, title: string, ctx: Ctx) {
  const { lang, t } = ctx;
  // Equal units on both axes, so the bowl's ellipses and the angles between arrows are drawn true.
  const halfHeight = (HALF_WIDTH * (HEIGHT - MARGIN.top - MARGIN.bottom)) / (PANEL_WIDTH - MARGIN.left - MARGIN.right);
  const arrows = sample.estimates.map((e, i) => ({ ...arrowTo(e.descent), draw: i + 1, angle: radiansToDegrees(e.angle) }));
  const corner = { frameAnchor: 'bottom-right', dx: -6, dy: -6, textAnchor: 'end', fontSize: 12, fill: 'currentColor' } as const;
  return drawPatching(
    {
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT),
      marginTop: MARGIN.top,
      marginRight: MARGIN.right,
      marginBottom: MARGIN.bottom,
      marginLeft: MARGIN.left,
      x: { domain: [-HALF_WIDTH, HALF_WIDTH], axis: null },
      y: { domain: [-halfHeight, halfHeight], axis: null },
      marks: [
        Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.25 }),
        Plot.line(m.contours, { x: 'x', y: 'y', z: 'level', curve: 'catmull-rom', stroke: 'currentColor', strokeOpacity: 0.35, strokeWidth: 1 }),
        Plot.dot([{ x: 0, y: 0 }], { x: 'x', y: 'y', symbol: 'times', r: 4, stroke: 'currentColor', strokeOpacity: 0.7 }),
        moving(Plot.arrow(arrows, { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: color, strokeWidth: 1.5, strokeOpacity: 0.85, headLength: 7 })),
        Plot.arrow([arrowTo(m.result.descent)], { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: 'currentColor', strokeWidth: 2.5, headLength: 9 }),
        Plot.dot([p0], { x: 'x', y: 'y', r: 4, fill: 'currentColor' }),
        // A tip at each sampled gradient's arrow head: which draw, and how far it points from the true direction, in short
        // words: a panel is 320 px wide, and a tip wider than the room on either side of a point would stick out of it.
        tipMark<(typeof arrows)[number]>(arrows, {
          x: 'x2',
          y: 'y2',
          title: (d) =>
            tipText(lang, [
              [t.tip.draw, d.draw],
              [t.tip.angle, d.angle],
            ]),
        }),
        moving(Plot.text([title], { frameAnchor: 'top-left', dy: -22, dx: 0, textAnchor: 'start', fontSize: 13, fontWeight: 600, fill: color })),
        moving(Plot.text([t.rmsAngle(degrees(sample.spreadDegrees, lang))], corner)),
      ],
    },
    'gradient-noise:bowl',
  );
}

export default defineModelFigure({
  id: 'gradient-noise',
  home: 'kaplan',
  schematic: true,
  width: 2 * PANEL_WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/gradient-noise'), zh: () => import('../i18n/figures/zh/gradient-noise') },
  model,
  chart(m: Model, ctx) {
    const { t } = ctx;
    const small = panel(m, m.result.small, SERIES_COLORS[5], t.panel.small(String(m.smallBatch)), ctx);
    // The large batch's estimates come after the small one's from the same seeded stream and do not depend on the
    // small batch's size: moving that slider keeps the panel drawn before (keptChart).
    const large = keptChart(`gradient-noise:large:${ctx.lang}:${m.largeBatch}:${m.seed}`, ctx.document ?? document, () =>
      panel(m, m.result.large, SERIES_COLORS[0], t.panel.large(String(m.largeBatch)), ctx),
    );
    return panels(ctx, [small, large]);
  },
  table(m: Model, { t }) {
    const rows = (['small', 'large'] as const).flatMap((which) =>
      m.result[which].estimates.map((e, i) => ({
        batch: m.result[which].batchSize,
        draw: i + 1,
        angle: radiansToDegrees(e.angle),
        gx: e.gradient.x,
        gy: e.gradient.y,
      })),
    );
    const c = t.column;
    return {
      columns: [
        { key: 'batch', label: c.batch },
        { key: 'draw', label: c.draw },
        { key: 'angle', label: c.angle },
        { key: 'gx', label: c.gx },
        { key: 'gy', label: c.gy },
      ],
      rows,
    };
  },
  readouts(m: Model, { lang, t }) {
    const r = t.readout;
    const { small, large } = m.result;
    return [
      { label: r.rmsAt(String(m.smallBatch)), value: r.rmsValue(degrees(small.spreadDegrees, lang), degrees(small.expectedSpreadDegrees, lang)) },
      { label: r.rmsAt(String(m.largeBatch)), value: r.rmsValue(degrees(large.spreadDegrees, lang), degrees(large.expectedSpreadDegrees, lang)) },
      {
        label: r.ratio,
        value: r.ratioValue(formatNumber(m.result.spreadRatio, lang, 2), String(m.largeBatch), String(m.smallBatch), formatNumber(m.result.expectedRatio, lang, 2)),
      },
    ];
  },
  warnings(m: Model, { t }) {
    return m.smallBatch >= m.largeBatch ? [t.notSmaller] : [];
  },
});

export type { Model as GradientNoiseModel };
