/**
 * Approach 3 of Hoffmann et al. 2022 (§3.3, Fig. 4): contours of the fitted loss L(N, D) = E + A/N^α + B/D^β over
 * (training FLOPs, parameters) with D = C/(6N), the efficient frontier of eq. (4), which passes through every iso-loss
 * contour at its fewest-FLOPs point, and IsoFLOP slices through the landscape.
 */
import { GOPHER_BUDGET } from '../engine/budgets';
import * as Plot from '@observablehq/plot';
import { LAWS, allocationExponents, chinchillaLoss, computeOptimal, optimalLoss, type LawKey } from '../engine/chinchilla';
import { isoflopProfile } from '../engine/isoflop';
import { modelById } from '../engine/models';
import { formatNumber, formatQuantity, formatScientific } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import { computeForOptimalLoss, contourLevels, isoLossCurves, type ContourLine } from '../engine/contours';
import type en from '../i18n/figures/en/parametric-contours';
import { type ChartContext, defineModelFigure } from './lib/types';
import type { ListSpec, QuantitySpec } from './lib/params';
import { baseOptions, logScale, panels, polylineMark, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { drawPatching, moving } from './lib/reuse';
import { decadeTicks, powerOfTen } from './lib/ticks';
import { lawChoiceSpec } from './lib/chinchilla-fits';
import { chinchillaTip, chinchillaTipWords } from './lib/chinchilla-tips';

const PANEL_WIDTH = 450;
const HEIGHT = 420;
const FLOPS_DOMAIN: [number, number] = [1e18, 1e26];
const PARAMS_DOMAIN: [number, number] = [1e7, 1e13];
const TOP_LEVEL = 4;
const FRONTIER = SERIES_COLORS[0];
/** The largest models the fit saw: "over 400 language models ranging from 70 million to over 16 billion parameters" (abstract). */
const FITTED_PARAMS = 16e9;

/**
 * The contour levels and closed-form iso-loss lines of one law over the fixed frame. They depend on the law alone,
 * not on the budget or the slices a reader moves, so each law's are computed once (~1,600 points).
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

const params = {
  budget: { kind: 'quantity', default: GOPHER_BUDGET, min: 1e18, max: 1e26, scale: 'log', display: 'scientific' } satisfies QuantitySpec,
  law: lawChoiceSpec(),
  slices: { kind: 'list', default: [1e19, 1e20, 1e21, 1e22], min: 1e18, max: 1e26, minLength: 1, maxLength: 6, display: 'scientific' } satisfies ListSpec,
};

/** The landscape, where the frontier touches each contour, the slices and Gopher and Chinchilla. FLOPs, params, tokens, nats. */
function model({ budget, law: lawKey, slices: typed }: { budget: number; law: string; slices: number[] }) {
  const key = lawKey as LawKey;
  const law = LAWS[key];
  const slices = [...new Set(typed)].sort((x, y) => x - y);
  const { levels, lines } = landscape(key);
  const touch = levels
    .map((loss) => {
      const flops = computeForOptimalLoss(law, loss);
      return { loss, flops, params: flops >= FLOPS_DOMAIN[0] && flops <= FLOPS_DOMAIN[1] ? computeOptimal(law, flops).params : 0 };
    })
    .filter((d) => d.params > 0 && d.flops > FLOPS_DOMAIN[0] * 3 && d.flops < FLOPS_DOMAIN[1] / 3);
  const optimum = computeOptimal(law, budget);
  const sliceCurves = slices.map((flops) => {
    const centre = computeOptimal(law, flops);
    const grid = logSpace(centre.params / 10 ** 1.5, centre.params * 10 ** 1.5, 25);
    return { flops, centre, loss: chinchillaLoss(law, centre.params, centre.tokens), points: isoflopProfile(law, flops, grid).map((p) => ({ ...p, flops })) };
  });
  return {
    law: key,
    budget,
    slices,
    levels,
    lines,
    touch,
    frontier: FLOPS_DOMAIN.map((flops) => ({ flops, params: computeOptimal(law, flops).params })),
    optimum,
    optimumLoss: chinchillaLoss(law, optimum.params, optimum.tokens),
    /** The lowest loss any budget in the frame reaches, L at 1e26 FLOPs: the slices panel's floor whatever the budget. */
    floorLoss: optimalLoss(law, FLOPS_DOMAIN[1]),
    models: [modelById('gopher'), modelById('chinchilla')].map((m) => ({
      name: m.name,
      flops: m.flops,
      params: m.params,
      tokens: m.tokens,
      loss: chinchillaLoss(law, m.params, m.tokens),
    })),
    sliceCurves,
    budgetSlice: isoflopProfile(law, budget, logSpace(optimum.params / 10 ** 1.5, optimum.params * 10 ** 1.5, 25)),
    exponents: allocationExponents(law),
    extrapolated: optimum.params > FITTED_PARAMS,
  };
}

type Model = ReturnType<typeof model>;
type Ctx = ChartContext<typeof en>;

const halo = { fill: 'currentColor', stroke: 'var(--bg-card, white)', strokeWidth: 3, paintOrder: 'stroke' } as const;
const sliceText = (c: number) => formatScientific(c, { digits: 2 });

/** Left: the iso-loss lines, the frontier through their fewest-FLOPs points, the slices and the marked budget. */
/**
 * Readouts along the frontier (its ends and where it touches each contour, with that loss), at the marked budget's
 * optimum, and at Gopher and Chinchilla.
 */
function landscapeTip(m: Model, { lang, t }: Ctx) {
  return tipMark<{ name?: string; flops: number; params: number; loss?: number }>(
    [...m.frontier, ...m.touch, { flops: m.budget, params: m.optimum.params, loss: m.optimumLoss }, ...m.models],
    {
      x: 'flops',
      y: 'params',
      title: (d) =>
        tipText(lang, [
          ...(d.name ? [['', d.name] as const] : []),
          [t.chinchilla.axis.flops, d.flops, 'scientific'],
          [t.common.column.params, d.params, 'quantity'],
          ...(d.loss === undefined ? [] : [[t.common.column.loss, d.loss] as const]),
        ]),
    },
  );
}

/** The marked budget's optimum: a star and N_opt (they move with the budget). */
function optimumMarks(m: Model, lang: Ctx['lang']) {
  const star = [{ flops: m.budget, params: m.optimum.params }];
  return [
    moving(Plot.dot(star, { x: 'flops', y: 'params', symbol: 'star', fill: FRONTIER, stroke: 'var(--bg-card, white)', r: 7 })),
    moving(
      Plot.text(star, {
        ...halo,
        x: 'flops',
        y: 'params',
        text: () => `N_opt ${formatQuantity(m.optimum.params, lang)}`,
        dx: 8,
        dy: 12,
        textAnchor: 'start',
        fontWeight: 600,
        fontSize: 12,
      }),
    ),
  ];
}

function landscapePanel(m: Model, sliceColour: (c: number) => string | undefined, ctx: Ctx): Element {
  const { lang, t } = ctx;
  // At most seven labelled levels, so the labels along the frontier do not collide.
  const labelled = m.touch.filter((_, i) => m.touch.length <= 7 || (m.touch.length - 1 - i) % 2 === 0);
  // The budget moves its rule, its star and the tips; the landscape, the slices, Gopher and Chinchilla and the axes are
  // copied (drawPatching).
  return drawPatching(
    {
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT),
      marginLeft: 52,
      x: logScale(lang, t.chinchilla.axis.flops, 'scientific', { domain: FLOPS_DOMAIN, ticks: decadeTicks(...FLOPS_DOMAIN).filter((_, i) => i % 2 === 0), tickFormat: powerOfTen }),
      y: logScale(lang, t.common.column.params, 'quantity', { domain: PARAMS_DOMAIN, ticks: decadeTicks(...PARAMS_DOMAIN) }),
      marks: [
        // The engine's closed-form lines as one path (Plot's contour mark needs the map-projection code left out of the browser).
        polylineMark(
          [{ lines: m.lines.map((l) => l.points) }],
          (p) => p.flops,
          (p) => p.params,
          { stroke: 'currentColor', 'stroke-opacity': 0.35, 'stroke-width': 1 },
        ),
        Plot.line(m.frontier, { x: 'flops', y: 'params', stroke: FRONTIER, strokeWidth: 2.5 }),
        Plot.dot(m.touch, { x: 'flops', y: 'params', fill: FRONTIER, r: 3 }),
        Plot.text(labelled, { ...halo, x: 'flops', y: 'params', text: (d: { loss: number }) => formatNumber(d.loss, lang, 3), dx: -6, textAnchor: 'end', fontSize: 12 }),
        Plot.ruleX(m.slices, { stroke: (c: number) => sliceColour(c), strokeDasharray: '4,4', strokeWidth: 1.4 }),
        // The marked budget is a slice too (Gopher and Chinchilla share the default one).
        moving(Plot.ruleX([m.budget], { stroke: FRONTIER, strokeDasharray: '2,3', strokeWidth: 1.4, strokeOpacity: 0.8 })),
        Plot.dot(m.models, { x: 'flops', y: 'params', fill: 'currentColor', r: 4 }),
        landscapeTip(m, ctx),
        Plot.text(m.models, { ...halo, x: 'flops', y: 'params', text: 'name', dx: 7, textAnchor: 'start', fontSize: 12 }),
        ...optimumMarks(m, lang),
      ],
    },
    `parametric-contours/landscape:${lang}:${m.law}:${m.slices}`,
  );
}

/** Right: the loss along each slice, its minimum on the frontier, and Gopher and Chinchilla at the loss the law predicts. */
function slicesPanel(m: Model, sliceColour: (c: number) => string | undefined, ctx: Ctx): Element {
  const { lang, t } = ctx;
  const slicePoints = m.sliceCurves.flatMap((s) => s.points.filter((p) => p.loss <= TOP_LEVEL + 0.5));
  const minima = m.sliceCurves.map((s) => ({ flops: s.flops, params: s.centre.params, loss: s.loss, label: sliceText(s.flops) }));
  // The frame depends on the law and the slices, not the budget: it stays put (and its axes are reused) as the budget moves.
  const yLow = Math.min(...m.levels, m.floorLoss, ...minima.map((d) => d.loss)) - 0.05;
  // The budget moves its IsoFLOP curve and star; the slices, Gopher and Chinchilla and the axes are copied (drawPatching).
  return drawPatching(
    {
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT),
      marginLeft: 48,
      x: logScale(lang, t.common.column.params, 'quantity', { domain: PARAMS_DOMAIN, ticks: decadeTicks(...PARAMS_DOMAIN) }),
      y: { label: t.common.column.loss, grid: true, domain: [yLow, TOP_LEVEL] },
      marks: [
        Plot.line(slicePoints, { x: 'params', y: 'loss', z: 'flops', stroke: (d: { flops: number }) => sliceColour(d.flops), strokeWidth: 1.8, clip: true }),
        moving(Plot.line(m.budgetSlice, { x: 'params', y: 'loss', stroke: FRONTIER, strokeDasharray: '2,3', strokeWidth: 1.8, clip: true })),
        Plot.dot(m.models, { x: 'params', y: 'loss', fill: 'currentColor', r: 4, clip: true }),
        chinchillaTip(slicePoints, 'params', 'loss', lang, chinchillaTipWords(t)),
        moving(
          Plot.dot([{ params: m.optimum.params, loss: m.optimumLoss }], {
            x: 'params',
            y: 'loss',
            symbol: 'star',
            fill: FRONTIER,
            stroke: 'var(--bg-card, white)',
            r: 6,
            clip: true,
          }),
        ),
        Plot.text([m.models[0]], { ...halo, x: 'params', y: 'loss', text: 'name', dx: 7, textAnchor: 'start', fontSize: 12 }),
        Plot.text([m.models[1]], { ...halo, x: 'params', y: 'loss', text: 'name', dy: 13, fontSize: 12 }),
        Plot.dot(minima, { x: 'params', y: 'loss', fill: FRONTIER, r: 3.5, clip: true }),
        Plot.text(minima, {
          ...halo,
          x: 'params',
          y: 'loss',
          text: 'label',
          dy: -12,
          fill: (d: { flops: number }) => sliceColour(d.flops),
          fontSize: 12,
          fontWeight: 600,
          clip: true,
        }),
      ],
    },
    `parametric-contours/slices:${lang}:${m.law}:${m.slices}`,
  );
}

export default defineModelFigure({
  id: 'parametric-contours',
  home: 'chinchilla',
  width: 2 * PANEL_WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/parametric-contours'), zh: () => import('../i18n/figures/zh/parametric-contours') },
  model,
  chart(m: Model, ctx) {
    const colours = new Map(m.slices.map((c, i) => [c, SERIES_COLORS[(i + 1) % SERIES_COLORS.length]]));
    const sliceColour = (c: number) => colours.get(c);
    return panels(ctx, [landscapePanel(m, sliceColour, ctx), slicesPanel(m, sliceColour, ctx)]);
  },
  table(m: Model, { t }) {
    const rows: Record<string, number | string>[] = [
      ...m.touch.map((d) => ({ what: t.what.touch, flops: d.flops, params: d.params, loss: d.loss })),
      { what: t.what.optimum, flops: m.budget, params: m.optimum.params, loss: m.optimumLoss },
      ...m.models.map((d) => ({ what: d.name, flops: d.flops, params: d.params, loss: d.loss })),
      ...m.sliceCurves.flatMap((s) =>
        s.points.filter((_, i) => i % 3 === 0).map((p) => ({ what: t.what.slice(sliceText(s.flops)), flops: s.flops, params: p.params, loss: p.loss })),
      ),
    ];
    return {
      columns: [
        { key: 'what', label: t.chinchilla.column.point, format: 'text' },
        { key: 'flops', label: t.chinchilla.axis.flops, format: 'scientific' },
        { key: 'params', label: t.common.column.params, format: 'quantity' },
        { key: 'loss', label: t.common.column.loss },
      ],
      rows,
    };
  },
  readouts(m: Model, { lang, t }) {
    const q = (x: number) => formatQuantity(x, lang);
    const { params: n, tokens: d } = m.optimum;
    return [
      {
        label: t.readout.optimum(formatScientific(m.budget, { digits: 3 }), t.laws.law[m.law].shortName),
        value: t.readout.optimumValue(q(n), q(d), formatNumber(d / n, lang, 3), formatNumber(m.optimumLoss, lang, 4)),
      },
      { label: t.readout.models, value: m.models.map((x) => `${x.name}${t.common.colon}${formatNumber(x.loss, lang, 4)}`).join(t.readout.modelsSeparator) },
      { label: t.readout.frontier, value: t.readout.frontierValue(formatNumber(m.exponents.G, lang, 4), formatNumber(m.exponents.a, lang, 4)) },
      ...(m.extrapolated ? [{ label: t.readout.extrapolation, value: t.readout.extrapolationValue(q(n)) }] : []),
    ];
  },
});

export type { Model as ParametricContoursModel };
export type Messages = typeof en;
