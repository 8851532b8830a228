/**
 * Next-token prediction (chapter 1): a short context, a model's probabilities for six candidate next tokens, and
 * the loss on this one prediction — cross-entropy in nats and bits, and perplexity — for the token that really came.
 * The pre-training loss of every scaling law is this cross-entropy averaged over all tokens (Kaplan et al. 2020 §1.3).
 */
import * as Plot from '@observablehq/plot';
import { crossEntropy, natsToBits, normalise, perplexity } from '../engine/next-token';
import { formatNumber, formatPercent } from '../lib/numbers';
import type en from '../i18n/figures/en/next-token';
import { baseOptions, drawPlot, onTop, SERIES_COLORS, TIP_STYLE, tipText } from './lib/plot';
import { type ChartContext, defineModelFigure, type ParamSchema } from './lib/types';

const HEIGHT = 380;

/** The example has six candidates; their words (`tokens`, in the order of the bars) are in the catalogue. */
const TOKEN_COUNT = 6;

const TRUE_COLOR = SERIES_COLORS[5];
const OTHER_COLOR = SERIES_COLORS[4];

const params = {
  // A checkbox comes first: the figure frame's lazy loader wakes on focus, pointer and key events, which a select
  // changed programmatically never sends (see the report); the true-token select follows.
  showLosses: { kind: 'boolean', default: false },
  target: { kind: 'choice', default: '2', options: Array.from({ length: TOKEN_COUNT }, (_, i) => ({ value: String(i + 1) })) },
  weights: { kind: 'list', default: [45, 30, 8, 7, 6, 4], min: 0.01, max: 1000, minLength: 6, maxLength: 6, display: 'plain' },
} satisfies ParamSchema;

/** The probabilities of the six candidates, the actual one's, and the loss on this prediction. Numbers only. */
function model({ showLosses, target, weights }: { showLosses: boolean; target: string; weights: number[] }) {
  const probabilities = normalise(weights);
  const index = Number(target) - 1;
  const nats = crossEntropy(probabilities, index);
  return {
    showLosses,
    /** Index of the actual next token (0…5). */
    target: index,
    pTrue: probabilities[index],
    nats,
    bits: natsToBits(nats),
    perplexity: perplexity(nats),
    bars: probabilities.map((probability, i) => ({ index: i, weight: weights[i], probability, isTrue: i === index, loss: crossEntropy(probability) })),
  };
}

type Model = ReturnType<typeof model>;

/** The two lines above the frame: the context, and the actual next token with its loss. */
function headline(m: Model, t: typeof en, pct: (p: number) => string) {
  return [
    Plot.text([t.context], { frameAnchor: 'top-left', dy: -60, lineAnchor: 'top', fontSize: 15, fill: 'currentColor' }),
    Plot.text([t.lossLine(t.tokens[m.target], pct(m.pTrue), m.nats.toFixed(2))], {
      frameAnchor: 'top-left',
      dy: -36,
      lineAnchor: 'top',
      fontSize: 14,
      fontWeight: 600,
      fill: TRUE_COLOR,
    }),
  ];
}

/** A bar with its token's word. */
type Bar = Model['bars'][number] & { token: string };

/** Plot.pointer finds the bar nearest the pointer along x (pointerX), so a hover anywhere in a bar's column shows it. */
function barsTip(bars: Bar[], { lang, t }: ChartContext<typeof en>) {
  return onTop(
    Plot.tip(
      bars,
      Plot.pointerX({
        x: 'token',
        y: 'probability',
        title: (d: Bar) =>
          tipText(lang, [
            ['', d.token],
            [t.axis.probability, d.probability, 'percent'],
            [t.tip.loss, -Math.log(d.probability)],
          ]),
        ...TIP_STYLE,
      }),
    ),
  );
}

/** Each bar's probability above it and, when asked, its loss −ln p just under that. */
function barLabels(bars: Bar[], showLosses: boolean, t: typeof en, pct: (p: number) => string) {
  return [
    Plot.text(bars, { x: 'token', y: 'probability', text: (d: Bar) => pct(d.probability), dy: showLosses ? -24 : -8, lineAnchor: 'bottom', fontSize: 13, fill: 'currentColor' }),
    ...(showLosses
      ? [
          Plot.text(bars, {
            x: 'token',
            y: 'probability',
            text: (d: Bar) => t.barLoss(d.loss.toFixed(2)),
            dy: -8,
            lineAnchor: 'bottom',
            fontSize: 12,
            fill: (d: Bar) => (d.isTrue ? TRUE_COLOR : 'currentColor'),
            fillOpacity: 0.85,
          }),
        ]
      : []),
  ];
}

export default defineModelFigure({
  id: 'next-token',
  home: 'what-is-a-scaling-law',
  schematic: true,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/next-token'), zh: () => import('../i18n/figures/zh/next-token') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    const pct = (p: number) => formatPercent(p, lang, 3);
    const bars: Bar[] = m.bars.map((b) => ({ ...b, token: t.tokens[b.index] }));
    return drawPlot({
      ...baseOptions(ctx, HEIGHT),
      marginTop: 72,
      marginLeft: 56,
      x: { domain: t.tokens, label: t.axis.token, padding: 0.25, tickSize: 0 },
      y: { domain: [0, 1], label: t.axis.probability, labelAnchor: 'center', grid: true, ticks: 5, tickFormat: (d: number) => formatPercent(d, lang, 2) },
      marks: [
        // A faint column marks the actual next token even when its bar is tiny.
        Plot.barY(
          bars.filter((d) => d.isTrue),
          { x: 'token', y1: 0, y2: 1, fill: TRUE_COLOR, fillOpacity: 0.1, insetLeft: -6, insetRight: -6 },
        ),
        Plot.barY(bars, { x: 'token', y: 'probability', fill: (d: Bar) => (d.isTrue ? TRUE_COLOR : OTHER_COLOR) }),
        barsTip(bars, ctx),
        Plot.ruleY([0]),
        ...barLabels(bars, m.showLosses, t, pct),
        ...headline(m, t, pct),
      ],
    });
  },
  table(m: Model, { t }) {
    const c = t.column;
    return {
      columns: [
        { key: 'token', label: c.token, format: 'text' },
        { key: 'weight', label: c.weight },
        { key: 'probability', label: c.probability, format: 'percent' },
        { key: 'loss', label: c.loss },
        { key: 'actual', label: c.actual, format: 'text' },
      ],
      rows: m.bars.map((b) => ({ token: t.tokens[b.index], weight: b.weight, probability: b.probability, loss: b.loss, actual: b.isTrue ? c.yes : '' })),
    };
  },
  readouts(m: Model, { lang, t }) {
    return [
      { label: t.readout.probability(t.tokens[m.target]), value: formatPercent(m.pTrue, lang, 3) },
      { label: t.readout.crossEntropy, value: t.readout.crossEntropyValue(formatNumber(m.nats, lang, 4), formatNumber(m.bits, lang, 4)) },
      { label: t.readout.perplexity, value: formatNumber(m.perplexity, lang, 3) },
    ];
  },
});

export type { Model as NextTokenModel };
export type Messages = typeof en;
