/**
 * Approach 1 of Hoffmann et al. 2022 (§3.1, Fig. 2), as a schematic: training curves for a range of model sizes,
 * their lower envelope, and the compute-optimal parameters and tokens read off the envelope at each FLOP value.
 * The curves are the fitted law evaluated at D = C/(6N), not the paper's runs.
 */
import * as Plot from '@observablehq/plot';
import { LAWS, allocationExponents, computeOptimal, type LawKey } from '../engine/chinchilla';
import { sizeEnvelope, trainingCurves } from '../engine/training-envelope';
import { formatNumber, formatQuantity, formatScientific } from '../lib/numbers';
import { evaluatePowerLaw, logSpace } from '../engine/stats';
import { envelopeSteps } from '../engine/chinchilla-approaches';
import type en from '../i18n/figures/en/training-envelope';
import { type ChartContext, defineModelFigure } from './lib/types';
import type { ListSpec, QuantitySpec } from './lib/params';
import { baseOptions, logScale, panels, polylineMark, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { decadeTicks, powerOfTen } from './lib/ticks';
import { niceLogDomain } from './lib/domains';
import { drawPatching, moving } from './lib/reuse';
import { lawChoiceSpec } from './lib/chinchilla-fits';

const PANEL_WIDTH = 300;
const HEIGHT = 300;
/** FLOP values per drawn curve, and for the envelope (the paper used 1500 log-spaced values, §3.1). */
const CURVE_POINTS = 24;
const ENVELOPE_POINTS = 240;
const SMALL = '#56B4E9';
const LARGE = '#D55E00';

/** Decade ticks when an axis spans three decades or more; otherwise Plot's own 1-2-3 ticks. */
function logTicks([lo, hi]: readonly [number, number]): number[] | undefined {
  return hi / lo >= 1e3 ? decadeTicks(lo, hi) : undefined;
}

/**
 * The loss axis: from just under the lowest point of the envelope to 0.6 above its highest, on a 0.1 grid, so that
 * adding a size (which moves the envelope by thousandths) keeps the axes and they are copied (drawPatching). Nats.
 */
function lossDomain(losses: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const l of losses) {
    if (l < lo) lo = l;
    if (l > hi) hi = l;
  }
  return [Math.floor((lo - 0.05) * 10) / 10, Math.ceil((hi + 0.6) * 10) / 10];
}

function orderedPair(values: readonly number[]): [number, number] {
  const [lo, hi] = [...values].sort((x, y) => x - y);
  return hi > lo * 1.5 ? [lo, hi] : [lo / 3, hi * 3];
}

/**
 * A training curve cut where it enters the panel from above (loss `ceiling`): a curve's loss falls as its compute
 * grows, so the part above the ceiling is its start; the cut point is interpolated in log C. FLOPs and nats.
 */
function belowCeiling<P extends { flops: number; loss: number }>(points: readonly P[], ceiling: number): Array<{ flops: number; loss: number }> {
  const first = points.findIndex((p) => p.loss <= ceiling);
  if (first < 0) return [];
  if (first === 0) return [...points];
  const [a, b] = [points[first - 1], points[first]];
  const t = (a.loss - ceiling) / (a.loss - b.loss);
  const flops = Math.exp(Math.log(a.flops) + t * (Math.log(b.flops) - Math.log(a.flops)));
  return [{ flops, loss: ceiling }, ...points.slice(first)];
}

const params = {
  sizes: { kind: 'quantity', default: 9, min: 3, max: 24, scale: 'linear', integer: true, display: 'plain' } satisfies QuantitySpec,
  law: lawChoiceSpec(),
  modelRange: { kind: 'list', default: [7e7, 1e10], min: 1e6, max: 1e13, minLength: 2, maxLength: 2, display: 'quantity' } satisfies ListSpec,
  flopRange: { kind: 'list', default: [1e18, 1e22], min: 1e15, max: 1e27, minLength: 2, maxLength: 2, display: 'scientific' } satisfies ListSpec,
};

/** The training curves, their lower envelope, its steps and the power laws through it, and eq (4). FLOPs, params, tokens, nats. */
function model({ sizes: count, law: key, modelRange, flopRange }: { sizes: number; law: string; modelRange: number[]; flopRange: number[] }) {
  const law = LAWS[key as LawKey];
  const [nLo, nHi] = orderedPair(modelRange);
  const [cLo, cHi] = orderedPair(flopRange);
  const sizes = logSpace(nLo, nHi, count);
  const envelope = sizeEnvelope(law, sizes, logSpace(cLo, cHi, ENVELOPE_POINTS));
  const ends = [cLo, cHi];
  const closedForm = ends.map((flops) => ({ flops, ...computeOptimal(law, flops) }));
  const first = envelope.points[0];
  const last = envelope.points[envelope.points.length - 1];
  const steps = envelopeSteps(envelope.points);
  const fitParams = envelope.params ? ends.map((flops) => ({ flops, value: evaluatePowerLaw(envelope.params!, flops) })) : [];
  const fitTokens = envelope.tokens ? ends.map((flops) => ({ flops, value: evaluatePowerLaw(envelope.tokens!, flops) })) : [];
  return {
    law: key as LawKey,
    models: [nLo, nHi] as [number, number],
    flops: [cLo, cHi] as [number, number],
    curves: trainingCurves(law, sizes, logSpace(cLo, cHi, CURVE_POINTS)),
    envelope,
    steps,
    /** Each step's two ends (where its size starts and stops being the best), for the allocation panels' tips. */
    stepEnds: steps.flatMap((d) => [
      { flops: d.fromFlops, params: d.params, tokens: d.fromTokens, loss: d.fromLoss },
      { flops: d.toFlops, params: d.params, tokens: d.toTokens, loss: d.toLoss },
    ]),
    closed: allocationExponents(law),
    closedForm,
    fitParams,
    fitTokens,
    /** The three panels' y domains (nats, params, tokens), rounded out to grids so the axes stay while sizes are added. */
    domains: {
      loss: lossDomain(envelope.points.map((p) => p.loss)),
      params: niceLogDomain([...steps.map((d) => d.params), ...fitParams.map((d) => d.value), ...closedForm.map((d) => d.params)]),
      tokens: niceLogDomain([...steps.flatMap((d) => [d.fromTokens, d.toTokens]), ...fitTokens.map((d) => d.value), ...closedForm.map((d) => d.tokens)]),
    },
    /** The optimum lies below the smallest model at the low end, or above the largest at the high end: the envelope is pinned. */
    pinnedLow: first.params === sizes[0] && computeOptimal(law, first.flops).params < sizes[0],
    pinnedHigh: last.params === sizes[sizes.length - 1] && closedForm[1].params > sizes[sizes.length - 1],
  };
}

type Model = ReturnType<typeof model>;
type Ctx = ChartContext<typeof en>;

/** The FLOP axis the three panels share. */
function flopsAxis(m: Model, ctx: Ctx) {
  const ticks = decadeTicks(...m.flops);
  return logScale(ctx.lang, ctx.t.chinchilla.axis.flops, 'scientific', {
    domain: m.flops,
    ticks: ticks.length > 4 ? ticks.filter((_, i) => i % 2 === 0) : ticks,
    tickFormat: powerOfTen,
  });
}

const panelOptions = (ctx: Ctx) => ({ ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT), marginLeft: 52, marginRight: 16 });

/** A model size's colour, from small (blue) to large (red) on a log scale, the same in the three panels. */
type SizeColour = (params: number) => string;

/** Left: every training curve, coloured by size, over the thick grey envelope, with a two-swatch key. */
function curvesPanel(m: Model, sizeColour: SizeColour, ctx: Ctx): Element {
  const { lang, t } = ctx;
  const [nLo, nHi] = m.models;
  const yHi = m.domains.loss[1];
  const curvePaths = m.curves.map((c) => ({ lines: [belowCeiling(c.points, yHi)], stroke: sizeColour(c.params) }));
  const thinEnvelope = m.envelope.points.filter((_, i) => i % 6 === 0 || i === m.envelope.points.length - 1);
  // Which colour is which size (a swatch and the size): the top right of this panel is always empty.
  const key = [
    { n: nLo, dy: 2, fill: SMALL, text: t.smallest(formatQuantity(nLo, lang, { digits: 2 })) },
    { n: nHi, dy: 18, fill: LARGE, text: t.largest(formatQuantity(nHi, lang, { digits: 2 })) },
  ];
  // Adding a size redraws the curves and the envelope; the axes and the key are copied (drawPatching).
  return drawPatching(
    {
      ...panelOptions(ctx),
      x: flopsAxis(m, ctx),
      y: { label: t.common.column.loss, domain: m.domains.loss, grid: true },
      marks: [
        // The envelope and the curves as paths of our own (polylineMark): no channels or scales for Plot to build on
        // every update. The envelope lies inside the frame (the loss axis is rounded out around it).
        moving(
          polylineMark(
            [{ lines: [thinEnvelope], stroke: 'currentColor' }],
            (p) => p.flops,
            (p) => p.loss,
            { 'stroke-opacity': 0.28, 'stroke-width': 7 },
          ),
        ),
        moving(
          polylineMark(
            curvePaths,
            (p) => p.flops,
            (p) => p.loss,
            { 'stroke-width': 1.3 },
          ),
        ),
        tipMark<(typeof m.envelope.points)[number]>(m.envelope.points, {
          x: 'flops',
          y: 'loss',
          title: (d) =>
            tipText(lang, [
              [t.chinchilla.axis.flops, d.flops, 'scientific'],
              [t.axis.envelopeParams, d.params, 'quantity'],
              [t.chinchilla.column.tokens, d.tokens, 'quantity'],
              [t.common.column.loss, d.loss],
            ]),
        }),
        ...key.map((k) => Plot.dot([k.n], { frameAnchor: 'top-right', dx: -4, dy: k.dy, r: 5, fill: k.fill })),
        ...key.map((k) => Plot.text([k.n], { frameAnchor: 'top-right', dx: -14, dy: k.dy, textAnchor: 'end', text: () => k.text, fontSize: 12 })),
      ],
    },
    `training-envelope/curves:${lang}:${m.models}`,
  );
}

/** Middle or right: the size (or tokens) on the envelope in steps, the power law through it and eq (4). */
function allocationPanel(m: Model, what: 'params' | 'tokens', sizeColour: SizeColour, ctx: Ctx): Element {
  const fit = what === 'params' ? m.fitParams : m.fitTokens;
  // Each step of the envelope, from where a size starts to be the best to where the next one takes over, in its size's colour.
  const steps = m.steps.map((d) => ({
    lines: [
      [
        { flops: d.fromFlops, value: what === 'params' ? d.params : d.fromTokens },
        { flops: d.toFlops, value: what === 'params' ? d.params : d.toTokens },
      ],
    ],
    stroke: sizeColour(d.params),
  }));
  const domain = m.domains[what];
  // Adding a size moves the steps and the fitted line; the axes and eq. (4)'s dashed line are copied (drawPatching).
  // The steps are paths of our own (polylineMark), coloured here: no colour scale for Plot to build on every update.
  return drawPatching(
    {
      ...panelOptions(ctx),
      x: flopsAxis(m, ctx),
      y: logScale(ctx.lang, what === 'params' ? ctx.t.axis.envelopeParams : ctx.t.axis.envelopeTokens, 'quantity', { domain, grid: true, ticks: logTicks(domain) }),
      marks: [
        Plot.line(m.closedForm, { x: 'flops', y: what, stroke: 'currentColor', strokeDasharray: '5,4', strokeOpacity: 0.7 }),
        moving(Plot.line(fit, { x: 'flops', y: 'value', stroke: SERIES_COLORS[0], strokeWidth: 1.6 })),
        moving(
          polylineMark(
            steps,
            (p) => p.flops,
            (p) => p.value,
            { 'stroke-width': 3 },
          ),
        ),
        // Each step's two ends (where its size starts and stops being the best): budget, size, tokens and loss. The
        // ends, not every point of the envelope, so the tip's channels stay small on each update.
        tipMark<(typeof m.stepEnds)[number]>(m.stepEnds, {
          x: 'flops',
          y: what,
          title: (d) =>
            tipText(ctx.lang, [
              [ctx.t.chinchilla.axis.flops, d.flops, 'scientific'],
              [ctx.t.axis.envelopeParams, d.params, 'quantity'],
              [ctx.t.axis.envelopeTokens, d.tokens, 'quantity'],
              [ctx.t.common.column.loss, d.loss],
            ]),
        }),
      ],
    },
    `training-envelope/${what}:${ctx.lang}:${m.law}:${m.flops}`,
  );
}

export default defineModelFigure({
  id: 'training-envelope',
  home: 'chinchilla',
  schematic: true,
  width: 3 * PANEL_WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/training-envelope'), zh: () => import('../i18n/figures/zh/training-envelope') },
  model,
  chart(m: Model, ctx) {
    const scale = Plot.scale({ color: { type: 'log', domain: m.models, range: [SMALL, LARGE], interpolate: 'hcl' } });
    const sizeColour = (params: number) => String(scale.apply(params));
    return panels(ctx, [curvesPanel(m, sizeColour, ctx), allocationPanel(m, 'params', sizeColour, ctx), allocationPanel(m, 'tokens', sizeColour, ctx)]);
  },
  table(m: Model, { lang, t }) {
    // At most ~110 curve rows in the table, however many sizes there are.
    const every = Math.max(3, Math.ceil((CURVE_POINTS * m.curves.length) / 110));
    const rows: Record<string, number | string>[] = [
      ...m.curves.flatMap((c) => c.points.filter((_, i) => i % every === 0).map((p) => ({ series: `N = ${formatQuantity(c.params, lang)}`, ...p, params: c.params }))),
      ...m.envelope.points.filter((_, i) => i % 10 === 0).map((p) => ({ series: t.lowerEnvelope, flops: p.flops, tokens: p.tokens, loss: p.loss, params: p.params })),
    ];
    return {
      columns: [
        { key: 'series', label: t.column.curve, format: 'text' },
        { key: 'flops', label: t.chinchilla.axis.flops, format: 'scientific' },
        { key: 'params', label: t.common.column.params, format: 'quantity' },
        { key: 'tokens', label: t.chinchilla.column.tokens, format: 'quantity' },
        { key: 'loss', label: t.common.column.loss },
      ],
      rows,
    };
  },
  readouts(m: Model, { lang, t }) {
    const { params: a, tokens: b } = m.envelope;
    const q = (x: number) => formatQuantity(x, lang);
    const last = m.envelope.points[m.envelope.points.length - 1];
    return [
      ...(a && b
        ? [
            {
              label: t.readout.exponents,
              value: t.readout.exponentsValue(
                formatNumber(a.exponent, lang, 3),
                formatNumber(b.exponent, lang, 3),
                t.laws.law[m.law].shortName,
                formatNumber(m.closed.a, lang, 4),
                formatNumber(m.closed.b, lang, 4),
              ),
            },
          ]
        : []),
      {
        label: t.readout.atEnd(formatScientific(last.flops, { digits: 2 })),
        value: t.readout.atEndValue(q(last.params), q(last.tokens), formatNumber(last.loss, lang, 4), q(m.closedForm[1].params)),
      },
    ];
  },
  warnings(m: Model, { t }) {
    return [...(m.pinnedLow ? [t.warning.pinnedLow] : []), ...(m.pinnedHigh ? [t.warning.pinnedHigh] : [])];
  },
});

export type { Model as TrainingEnvelopeModel };
export type Messages = typeof en;
