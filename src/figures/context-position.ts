/**
 * Per-token loss against position T in the 1024-token context (Kaplan et al. 2020, Fig. 20 left): the six fitted
 * curves L(T) = a + b·T^(−c) printed in that figure's legend. The paper does not say which model size each curve
 * belongs to, so they are labelled by legend order, "fit 1 (smallest)" … "fit 6 (largest)".
 */
import * as Plot from '@observablehq/plot';
import { KAPLAN_FIGURE20_FITS, type PositionFit, perPositionLoss } from '../engine/kaplan-position';
import { formatNumber } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import type en from '../i18n/figures/en/context-position';
import { baseOptions, tipMark, tipText } from './lib/plot';
import { drawPatching, moving } from './lib/reuse';
import { fitFormula } from './lib/position-fits';
import { defineModelFigure } from './lib/types';

const HEIGHT = 400;
const CONTEXT = 1024;
const LOSS_RANGE: [number, number] = [2, 8];
const POSITION_TICKS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];
// Plot's stylesheet pins --plot-background to white on the svg itself, so halos use the page's --bg-card.
const HALO = { stroke: 'var(--bg-card, white)', strokeWidth: 4, paintOrder: 'stroke' } as const;
/** Legend order, most likely smallest → largest model; the same mid-lightness ramp as the other size-coloured figures. */
const FIT_COLORS = ['#0072B2', '#0F9AA0', '#009E73', '#9FA12E', '#E69F00', '#D55E00'];
const colorOf = (d: { curve: number }) => FIT_COLORS[d.curve - 1];

const show = { kind: 'boolean', default: true } as const;
const params = {
  position: { kind: 'quantity', default: 8, min: 1, max: CONTEXT, scale: 'log', integer: true, display: 'plain' } as const,
  fit1: show,
  fit2: show,
  fit3: show,
  fit4: show,
  fit5: show,
  fit6: show,
};
type FitKey = `fit${1 | 2 | 3 | 4 | 5 | 6}`;

/** The shown fits' curves and their values at T = position, and every fit at the power-of-two positions. Numbers only. */
function model(p: { position: number } & Record<FitKey, boolean>) {
  const shown = KAPLAN_FIGURE20_FITS.filter((fit) => p[`fit${fit.curve}` as FitKey]);
  const grid = logSpace(1, CONTEXT, 41);
  const T = p.position;
  return {
    position: T,
    shown,
    lines: shown.flatMap((fit) => grid.map((t) => ({ curve: fit.curve, position: t, loss: perPositionLoss(fit, t) }))),
    at: shown.map((fit) => ({ curve: fit.curve, position: T, loss: perPositionLoss(fit, T) })),
    rows: POSITION_TICKS.map((t) => {
      const row: Record<string, number> = { position: t };
      for (const fit of KAPLAN_FIGURE20_FITS) row[`fit${fit.curve}`] = perPositionLoss(fit, t);
      return row;
    }),
  };
}

type Model = ReturnType<typeof model>;

/** An in-plot legend, one line per shown fit (the curves end too close together for direct labels). */
function legendMarks(shown: readonly PositionFit[], name: (curve: number) => string) {
  return shown.map((fit, i) =>
    Plot.text([fit], {
      frameAnchor: 'top-right',
      dy: 4 + 17 * i,
      dx: -4,
      lineAnchor: 'top',
      textAnchor: 'end',
      text: (d: PositionFit) => `▬ ${name(d.curve)}  ${fitFormula(d)}`,
      fill: colorOf,
      fontSize: 12,
      fontWeight: 600,
      ...HALO,
    }),
  );
}

export default defineModelFigure({
  id: 'context-position',
  home: 'kaplan',
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/context-position'), zh: () => import('../i18n/figures/zh/context-position') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    const T = m.position;
    // The position moves its line, label and dots; the curves, the legend and the axes are copied (drawPatching).
    return drawPatching(
      {
        ...baseOptions(ctx, HEIGHT),
        // Base 2: every power-of-two tick keeps its label (d3 blanks base-10 log labels whose leading digit is large).
        x: { type: 'log', base: 2, domain: [1, CONTEXT], label: t.axis.position, ticks: POSITION_TICKS, tickFormat: (d: number) => String(d) },
        y: { domain: LOSS_RANGE, label: t.axis.loss, grid: true },
        marks: [
          Plot.line(m.lines, { x: 'position', y: 'loss', z: 'curve', stroke: colorOf, strokeWidth: 2 }),
          moving(Plot.ruleX([T], { stroke: 'currentColor', strokeWidth: 1.5 })),
          moving(
            Plot.text([`T = ${T}`], {
              x: T,
              y: LOSS_RANGE[0],
              dx: T > 200 ? -5 : 5,
              dy: -6,
              textAnchor: T > 200 ? 'end' : 'start',
              lineAnchor: 'bottom',
              fontSize: 12,
              fill: 'currentColor',
              ...HALO,
            }),
          ),
          moving(Plot.dot(m.at, { x: 'position', y: 'loss', fill: colorOf, stroke: 'var(--bg-card, white)', r: 4.5 })),
          tipMark<Model['lines'][number]>(m.lines, {
            x: 'position',
            y: 'loss',
            title: (d) =>
              tipText(lang, [
                ['', t.fitName(d.curve)],
                [t.column.position, d.position],
                [t.column.loss, d.loss],
              ]),
          }),
          ...legendMarks(m.shown, t.fitName),
        ],
      },
      `context-position:${lang}:${m.shown.map((fit) => fit.curve)}`,
    );
  },
  table(m: Model, { t }) {
    return {
      columns: [
        { key: 'position', label: t.column.position, format: 'number' },
        ...KAPLAN_FIGURE20_FITS.map((fit) => ({ key: `fit${fit.curve}`, label: t.fitColumn(t.fitName(fit.curve), fitFormula(fit)) })),
      ],
      rows: m.rows,
    };
  },
  readouts(m: Model, { lang, t }) {
    return m.at.map((d) => ({ label: t.readout(t.fitName(d.curve), String(m.position)), value: t.readoutValue(formatNumber(d.loss, lang, 3)) }));
  },
  warnings(m: Model, { t }) {
    return m.shown.length ? [] : [t.noneShown];
  },
});

export type { Model as ContextPositionModel };
export type Messages = typeof en;
