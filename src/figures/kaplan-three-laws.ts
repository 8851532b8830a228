/**
 * Kaplan et al. 2020, Fig. 1: test loss falls as a power law in compute (C_min, PF-days), dataset size (tokens) and
 * non-embedding parameters, each drawn on log-log axes with the single-variable fits of Table 5 (eqs 1.1–1.3).
 * The reader types an N, a D and a C and reads the loss each law predicts; exponents and constants can be moved.
 */
import * as Plot from '@observablehq/plot';
import { KAPLAN_FIGURE1_CRITICAL_COMPUTE, KAPLAN_TABLE5, kaplanLossFromCompute, kaplanLossFromParams, kaplanLossFromTokens } from '../engine/kaplan';
import { pfDaysToFlops } from '../engine/compute';
import { formatNumber, formatQuantity, formatScientific } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import type en from '../i18n/figures/en/kaplan-three-laws';
import type { ChoiceSpec, QuantitySpec } from './lib/params';
import { type ChartContext, defineModelFigure } from './lib/types';
import { baseOptions, logScale, panels, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { decadeDomain } from './lib/domains';
import { drawPatching, keptChart, moving } from './lib/reuse';
import { decadePowers } from './lib/ticks';

const PANEL_WIDTH = 300;
const HEIGHT = 300;
const CURVE_POINTS = 46;

/** Axis ranges like Kaplan Fig. 1; widened when the reader's value lies outside. */
const RANGES = {
  compute: [1e-9, 1e2],
  tokens: [1e7, 1e11],
  params: [1e5, 1e10],
} as const;

/** What Kaplan et al. studied (§3): models of 768 to 1.5e9 non-embedding parameters, datasets of 22M to 23B tokens. */
const STUDIED = { params: [768, 1.5e9], tokens: [2.2e7, 2.3e10] } as const;
/** Eq (6.8): near C* ~ 1e4 PF-days the L(C_min) and L(D) trends meet, so L(C_min) cannot continue beyond it. */
const BREAKDOWN_PF_DAYS = 1e4;

/**
 * The axis for a law: Kaplan's range, widened to the whole decade around a value near or beyond its ends (at least a
 * factor 3 to spare), so a value moved within that decade keeps the axes and the panel's unmoving part is copied.
 */
function domainAround(range: readonly [number, number], value: number): [number, number] {
  const [around, beyond] = decadeDomain([value / 3, value * 3]);
  return [Math.min(range[0], around), Math.max(range[1], beyond)];
}

/** Nice loss ticks on a log axis spanning [lo, hi] nats, at most five. */
function lossTicks(lo: number, hi: number): number[] {
  const nice = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50, 100, 200, 500, 1000, 1e4, 1e5, 1e6];
  let ticks = nice.filter((v) => v >= lo && v <= hi);
  while (ticks.length > 5) ticks = ticks.filter((_, i) => i % 2 === 0);
  return ticks;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Axis labels as Kaplan Fig. 1 writes them: 10⁻⁹, 10⁻³, 10⁰, 10² (exact powers of ten); other values in scientific form. */
function powerLabel(v: number): string {
  const e = Math.round(Math.log10(v));
  if (Math.abs(v / 10 ** e - 1) > 1e-9) return formatScientific(v, { digits: 2 });
  const digits = [...String(Math.abs(e))].map((d) => SUPERSCRIPT[Number(d)]).join('');
  return `10${e < 0 ? '⁻' : ''}${digits}`;
}

const sci = (v: number) => formatScientific(v, { digits: 2 });

/** A log-scaled quantity the reader types (its words are in the catalogue). */
function logQuantity(value: number, min: number, max: number, display: QuantitySpec['display']): QuantitySpec {
  return { kind: 'quantity', default: value, min, max, scale: 'log', display };
}

/** An exponent on a linear slider from 0.01 to 0.2. */
function exponent(value: number): QuantitySpec {
  return { kind: 'quantity', default: value, min: 0.01, max: 0.2, scale: 'linear', step: 0.001, display: 'plain' };
}

const params = {
  n: logQuantity(1.5e9, 1e3, 1e15, 'quantity'),
  d: logQuantity(2.29e10, 1e5, 1e15, 'quantity'),
  c: logQuantity(1, 1e-12, 1e8, 'scientific'),
  ccMin: { kind: 'choice', default: 'table5', options: [{ value: 'table5' }, { value: 'figure1' }] } satisfies ChoiceSpec,
  alphaC: exponent(KAPLAN_TABLE5.alphaCMin),
  alphaD: exponent(KAPLAN_TABLE5.alphaD),
  dc: logQuantity(KAPLAN_TABLE5.Dc, 1e11, 1e16, 'scientific'),
  alphaN: exponent(KAPLAN_TABLE5.alphaN),
  nc: logQuantity(KAPLAN_TABLE5.Nc, 1e11, 1e16, 'scientific'),
};

/** One panel's law L = (x/constant)^−exponent: its curve over `domain`, and the loss `at` the reader's `x`. */
function law(range: readonly [number, number], x: number, constant: number, exponent: number, loss: (x: number) => number) {
  const domain = domainAround(range, x);
  const curve = logSpace(domain[0], domain[1], CURVE_POINTS).map((v) => ({ x: v, loss: loss(v) }));
  return { domain, curve, x, at: loss(x), constant, exponent };
}

type Law = ReturnType<typeof law>;

interface Values {
  n: number;
  d: number;
  c: number;
  ccMin: string;
  alphaC: number;
  alphaD: number;
  dc: number;
  alphaN: number;
  nc: number;
}

/** The three laws of Fig. 1 (eqs 1.1–1.3) at the reader's N, D and C, and L(C_min) with the other printed C_c^min. Numbers only. */
function model(p: Values) {
  const critical = p.ccMin === 'figure1' ? KAPLAN_FIGURE1_CRITICAL_COMPUTE : KAPLAN_TABLE5.CcMin;
  const otherCritical = p.ccMin === 'figure1' ? KAPLAN_TABLE5.CcMin : KAPLAN_FIGURE1_CRITICAL_COMPUTE;
  const lossC = (c: number, cc = critical) => kaplanLossFromCompute(c, { criticalCompute: cc, alpha: p.alphaC });
  return {
    compute: law(RANGES.compute, p.c, critical, p.alphaC, (c) => lossC(c)),
    tokens: law(RANGES.tokens, p.d, p.dc, p.alphaD, (d) => kaplanLossFromTokens(d, { alphaD: p.alphaD, Dc: p.dc })),
    params: law(RANGES.params, p.n, p.nc, p.alphaN, (n) => kaplanLossFromParams(n, { alphaN: p.alphaN, Nc: p.nc })),
    otherCritical,
    atOtherCritical: lossC(p.c, otherCritical),
    outsideParams: p.n < STUDIED.params[0] || p.n > STUDIED.params[1],
    outsideTokens: p.d < STUDIED.tokens[0] || p.d > STUDIED.tokens[1],
    beyondBreakdown: p.c > BREAKDOWN_PF_DAYS,
  };
}

type Model = ReturnType<typeof model>;
type Ctx = ChartContext<typeof en>;

/** One log-log panel of Fig. 1: the law's line, a dot with its loss at the reader's value, a hover tip, the fit in the corner. */
function lawPanel(ctx: Ctx, l: Law, xLabel: string, style: 'quantity' | 'scientific', color: string, legend: string): Element {
  const { lang } = ctx;
  const yLabel = ctx.t.common.axis.testLoss;
  const losses = l.curve.map((p) => p.loss);
  const [lo, hi] = [Math.min(...losses), Math.max(...losses)];
  const point = { x: l.x, loss: l.at };
  // The reader's point, its label and the tip move with a slider; the line, the axes and the fit are copied while the
  // law and its domain stay (this panel, until the point leaves the studied range). A panel whose point stays too (the
  // other two, when one slider moves) is kept whole.
  const key = `kaplan-three-laws:${lang}:${xLabel}:${color}:${legend}:${l.domain.join()}:${l.constant}:${l.exponent}`;
  return keptChart(`${key}:${l.x}`, ctx.document ?? document, () =>
    drawPatching(
      {
        ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT),
        marginLeft: 44,
        marginRight: 24,
        marginTop: 26,
        x: logScale(lang, xLabel, style, { domain: l.domain, ticks: decadePowers(l.domain), ...(style === 'scientific' ? { tickFormat: powerLabel } : {}) }),
        y: {
          type: 'log' as const,
          // The curve's extent, as Plot would take it from the marks (the point lies on the curve).
          domain: [lo, hi],
          label: yLabel,
          grid: true,
          ticks: lossTicks(lo, hi),
          tickFormat: (v: number) => formatNumber(v, lang, 3),
        },
        marks: [
          Plot.line(l.curve, { x: 'x', y: 'loss', stroke: color, strokeWidth: 2 }),
          moving(Plot.dot([point], { x: 'x', y: 'loss', r: 5, fill: color, stroke: 'var(--plot-background, white)', strokeWidth: 1.5 })),
          tipMark<{ x: number; loss: number }>(l.curve, {
            x: 'x',
            y: 'loss',
            title: (d) =>
              tipText(lang, [
                [xLabel, d.x, style],
                [yLabel, d.loss],
              ]),
          }),
          moving(
            Plot.text([point], {
              x: 'x',
              y: 'loss',
              text: (p: { loss: number }) => formatNumber(p.loss, lang, 4),
              dx: 8,
              dy: -10,
              textAnchor: 'start',
              fontSize: 12,
              fill: 'currentColor',
            }),
          ),
          Plot.text([legend], { frameAnchor: 'top-right', dy: 4, dx: -2, fontSize: 12, fill: 'currentColor' }),
        ],
      },
      key,
    ),
  );
}

/** The fit as Fig. 1 prints it, e.g. L = (N/8.8×10¹³)^−0.076. */
const fit = (symbol: string, l: Law) => `L = (${symbol}/${sci(l.constant)})^−${l.exponent.toFixed(3)}`;

export default defineModelFigure({
  id: 'kaplan-three-laws',
  home: 'kaplan',
  width: 3 * PANEL_WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/kaplan-three-laws'), zh: () => import('../i18n/figures/zh/kaplan-three-laws') },
  model,
  chart(m: Model, ctx) {
    const { t } = ctx;
    return panels(ctx, [
      lawPanel(ctx, m.compute, t.axis.compute, 'scientific', SERIES_COLORS[0], fit('C_min', m.compute)),
      lawPanel(ctx, m.tokens, t.common.axis.tokens, 'quantity', SERIES_COLORS[2], fit('D', m.tokens)),
      lawPanel(ctx, m.params, t.axis.params, 'quantity', SERIES_COLORS[5], fit('N', m.params)),
    ]);
  },
  table(m: Model, { t }) {
    const rows = (name: string, l: Law, unit: string) => l.curve.filter((_, i) => i % 3 === 0).map((p) => ({ law: name, x: p.x, unit, loss: p.loss }));
    return {
      columns: [
        { key: 'law', label: t.column.law, format: 'text' },
        { key: 'x', label: t.column.x, format: 'scientific' },
        { key: 'unit', label: t.column.unit, format: 'text' },
        { key: 'loss', label: t.common.column.loss },
      ],
      rows: [...rows('L(C_min)', m.compute, t.rowUnit.compute), ...rows('L(D)', m.tokens, t.rowUnit.tokens), ...rows('L(N)', m.params, t.rowUnit.params)],
    };
  },
  readouts(m: Model, { lang, t }) {
    const q = (v: number) => formatQuantity(v, lang);
    const loss = (v: number) => formatNumber(v, lang, 4);
    return [
      { label: t.readout.n(q(m.params.x)), value: t.readout.value(loss(m.params.at)) },
      { label: t.readout.d(q(m.tokens.x)), value: t.readout.value(loss(m.tokens.at)) },
      {
        label: t.readout.c(sci(m.compute.x), formatScientific(pfDaysToFlops(m.compute.x), { digits: 3 })),
        value: t.readout.cValue(loss(m.compute.at), sci(m.otherCritical), loss(m.atOtherCritical)),
      },
    ];
  },
  warnings(m: Model, { lang, t }) {
    const q = (v: number) => formatQuantity(v, lang);
    return [
      ...(m.outsideParams ? [t.outsideN(q(m.params.x))] : []),
      ...(m.outsideTokens ? [t.outsideD(q(m.tokens.x))] : []),
      ...(m.beyondBreakdown ? [t.beyondBreakdown(sci(m.compute.x))] : []),
    ];
  },
});

export type { Model as KaplanThreeLawsModel };
export type Messages = typeof en;
