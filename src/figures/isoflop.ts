/**
 * IsoFLOP profiles (Hoffmann et al. 2022 §3.2, Fig. 3; Approach 2): for each budget, the loss against model size
 * with D = C/(6N) under a fitted Chinchilla law, the parabola in log N through each profile and its minimum; then
 * the minima against FLOPs with the power law through them, next to the closed-form frontier of eq (4).
 */
import { GOPHER_BUDGET } from '../engine/budgets';
import * as Plot from '@observablehq/plot';
import { LAWS, allocationExponents, computeOptimal, type LawKey } from '../engine/chinchilla';
import { isoflopMinimaPowerLaw } from '../engine/isoflop';
import { formatNumber, formatQuantity, formatScientific } from '../lib/numbers';
import { evaluatePowerLaw } from '../engine/stats';
import { isoflopCurves } from '../engine/chinchilla-approaches';
import type en from '../i18n/figures/en/isoflop';
import { type ChartContext, defineModelFigure } from './lib/types';
import { baseOptions, dotsMark, drawPlot, logScale, panels, polylineMark, SERIES_COLORS } from './lib/plot';
import { memo } from './lib/memo';
import { drawPatching, keptChart, moving } from './lib/reuse';
import { niceLogDomain } from './lib/domains';
import { decadeTicks, powerOfTen } from './lib/ticks';
import { lawChoiceSpec } from './lib/chinchilla-fits';
import type { ListSpec, QuantitySpec } from './lib/params';
import { chinchillaTip, chinchillaTipWords } from './lib/chinchilla-tips';

// Equal panel widths: the frame's flex layout gives side-by-side panels equal room.
const LEFT_WIDTH = 450;
const RIGHT_WIDTH = 450;
const HEIGHT = 380;
const POINTS_PER_BUDGET = 15;
/** Approach 2's budgets: "9 different training FLOP counts (ranging from 6 × 10^18 to 3 × 10^21 FLOPs)" (§3.2). */
const PAPER_BUDGETS: [number, number] = [6e18, 3e21];

const params = {
  target: { kind: 'quantity', default: GOPHER_BUDGET, min: 1e18, max: 1e27, scale: 'log', display: 'scientific' } satisfies QuantitySpec,
  law: lawChoiceSpec(),
  budgets: { kind: 'list', default: [6e18, 3e19, 1e20, 3e20, 1e21, 3e21], min: 1e17, max: 1e26, minLength: 2, maxLength: 8, display: 'scientific' } satisfies ListSpec,
  span: { kind: 'quantity', default: 1, min: 0.2, max: 2, scale: 'linear', step: 0.1, display: 'plain' } satisfies QuantitySpec,
};

/** The profiles and the power law through their vertices for one law, set of budgets and span (not the target). */
const profiles = memo((key: string) => {
  const [law, budgets, span] = JSON.parse(key) as [LawKey, number[], number];
  const options = { pointsPerBudget: POINTS_PER_BUDGET, spanDecades: span };
  return {
    curves: isoflopCurves(LAWS[law], budgets, { ...options, curvePoints: 21 }),
    fitted: budgets.length >= 2 ? isoflopMinimaPowerLaw(LAWS[law], budgets, options) : null,
  };
}, 8);

/** The profiles, their parabola vertices, the power law through the vertices and the closed form of eq (4). FLOPs, params, tokens, nats. */
function model({ target, law: key, budgets: typed, span }: { target: number; law: string; budgets: number[]; span: number }) {
  const law = LAWS[key as LawKey];
  // Distinct budgets, smallest first (a reader may type the same budget twice).
  const budgets = [...new Set(typed)].sort((x, y) => x - y);
  // Moving the target changes only the right panel's rule, star and range: the profiles are kept.
  const { curves, fitted } = profiles(JSON.stringify([key, budgets, span]));
  // The budget axis reaches a factor 2 beyond the smallest and largest budget or target, rounded out to the 1-2-5 grid:
  // it stays (and drawPatching copies it, with the lines along it) while the target slider moves inside it.
  const [lo, hi] = niceLogDomain([Math.min(budgets[0], target) / 2, Math.max(budgets[budgets.length - 1], target) * 2]);
  const frontier = [lo, hi].map((flops) => ({ flops, params: computeOptimal(law, flops).params }));
  const fitLine = fitted ? [lo, hi].map((flops) => ({ flops, params: evaluatePowerLaw(fitted.params, flops) })) : [];
  return {
    law: key as LawKey,
    target,
    budgets,
    span,
    curves,
    fitted,
    closedA: allocationExponents(law).a,
    domain: [lo, hi] as [number, number],
    targetOptimum: computeOptimal(law, target),
    projected: fitted ? { flops: target, params: evaluatePowerLaw(fitted.params, target), tokens: evaluatePowerLaw(fitted.tokens, target) } : null,
    frontier,
    fitLine,
    // The parameter axis: the lines' ends and every budget's minimum, on the 1-2-5 grid. The projected star lies on the
    // fitted line inside the budget axis, so it never widens it.
    paramsDomain: niceLogDomain([...frontier, ...fitLine, ...curves.map((c) => c.minimum)].map((d) => d.params)),
    outside: budgets.filter((c) => c < PAPER_BUDGETS[0] || c > PAPER_BUDGETS[1]),
  };
}

type Model = ReturnType<typeof model>;
type Ctx = ChartContext<typeof en>;
type Minimum = { flops: number; params: number; tokens: number; loss: number; colour: string; label: string };

const budgetText = (c: number) => formatScientific(c, { digits: 2 });

/** Left: each budget's profile, its parabola and the vertex (diamond), labelled with the budget. */
function profilesPanel(m: Model, colour: (c: number) => string, minima: Minimum[], ctx: Ctx): Element {
  const { lang, t } = ctx;
  // The target moves only the other panel: this one is kept while its law, budgets and span stay.
  return keptChart(`isoflop:profiles:${lang}:${m.law}:${m.budgets.join()}:${m.span}`, ctx.document ?? document, () => {
    const profile = m.curves.flatMap((c) => c.profile.map((pt) => ({ ...pt, flops: c.flops, colour: colour(c.flops) })));
    return drawPlot({
      ...baseOptions({ ...ctx, width: LEFT_WIDTH }, HEIGHT),
      x: logScale(lang, t.common.column.params, 'quantity', { ticks: 5 }),
      y: { label: t.common.column.loss, grid: true, nice: true },
      marks: [
        polylineMark(
          m.curves.map((c) => ({ lines: [c.parabola], stroke: colour(c.flops) })),
          (p) => p.params,
          (p) => p.loss,
          { 'stroke-width': 1.6, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' },
        ),
        dotsMark(
          profile,
          (d) => d.params,
          (d) => d.loss,
          { r: 2.4, stroke: (d) => d.colour, attributes: { fill: 'none', 'stroke-width': 1.2 } },
        ),
        chinchillaTip(profile, 'params', 'loss', lang, chinchillaTipWords(t)),
        Plot.dot(minima, { x: 'params', y: 'loss', fill: 'colour', stroke: 'var(--bg-card, white)', symbol: 'diamond', r: 5.5 }),
        // Inside each U, just above its vertex: the space between the arms is empty.
        Plot.text(minima, { x: 'params', y: 'loss', text: 'label', fill: 'colour', dy: -13, fontSize: 12, fontWeight: 600 }),
      ],
    });
  });
}

/** Right: the vertices against C, the power law through them (solid), eq (4) (dashed) and the projection (star). */
/** The target's rule and its label at the bottom of the frame (they move with the target slider). */
function targetMarks(target: number) {
  return [
    moving(Plot.ruleX([target], { stroke: 'currentColor', strokeOpacity: 0.4, strokeDasharray: '2,3' })),
    moving(
      Plot.text([target], {
        x: (d: number) => d,
        frameAnchor: 'bottom',
        dy: -4,
        dx: -4,
        textAnchor: 'end',
        text: () => `${formatScientific(target, { digits: 3 })} FLOPs`,
        fontSize: 12,
        fillOpacity: 0.8,
      }),
    ),
  ];
}

/** The fit's projected optimum at the target (none when there is no fit): a star and its size. */
function projectedMarks(star: { flops: number; params: number }[], lang: Ctx['lang']) {
  return [
    moving(Plot.dot(star, { x: 'flops', y: 'params', symbol: 'star', r: 7, fill: SERIES_COLORS[0], stroke: 'var(--bg-card, white)' })),
    moving(
      Plot.text(star, {
        x: 'flops',
        y: 'params',
        text: (d: { params: number }) => formatQuantity(d.params, lang),
        textAnchor: 'end',
        dx: -9,
        fontSize: 12,
        fontWeight: 600,
        stroke: 'var(--bg-card, white)',
        strokeWidth: 3,
        paintOrder: 'stroke',
        fill: 'currentColor',
      }),
    ),
  ];
}

function minimaPanel(m: Model, minima: Minimum[], ctx: Ctx): Element {
  const { lang, t } = ctx;
  const [lo, hi] = m.domain;
  const star = m.projected ? [m.projected] : [];
  const decades = decadeTicks(lo, hi);
  // Only the target's rule, its label and the projected star move with the target slider; the rest is copied
  // (drawPatching) while the axes stay.
  return drawPatching(
    {
      ...baseOptions({ ...ctx, width: RIGHT_WIDTH }, HEIGHT),
      marginLeft: 56,
      x: logScale(lang, t.chinchilla.axis.flops, 'scientific', {
        domain: m.domain,
        ticks: decades.length > 6 ? decades.filter((_, i) => i % 2 === 0) : decades,
        tickFormat: powerOfTen,
      }),
      y: logScale(lang, t.axis.optimalParams, 'quantity', { domain: m.paramsDomain, grid: true, ticks: 5 }),
      marks: [
        ...targetMarks(m.target),
        Plot.line(m.frontier, { x: 'flops', y: 'params', stroke: 'currentColor', strokeDasharray: '5,4', strokeOpacity: 0.7 }),
        Plot.line(m.fitLine, { x: 'flops', y: 'params', stroke: SERIES_COLORS[0], strokeWidth: 1.8 }),
        Plot.dot(minima, { x: 'flops', y: 'params', fill: 'colour', stroke: 'var(--bg-card, white)', symbol: 'diamond', r: 5.5 }),
        chinchillaTip(minima, 'flops', 'params', lang, chinchillaTipWords(t)),
        ...projectedMarks(star, lang),
        Plot.text(m.fitted ? [m.fitted] : [], {
          frameAnchor: 'top-left',
          dx: 6,
          dy: 4,
          text: (f: NonNullable<Model['fitted']>) => t.fitNote(formatNumber(f.params.exponent, lang, 4)),
          fontSize: 12,
        }),
        Plot.text([m.law], { frameAnchor: 'top-left', dx: 6, dy: 22, text: () => t.closedNote(formatNumber(m.closedA, lang, 4)), fontSize: 12 }),
      ],
    },
    `isoflop:minima:${lang}:${m.law}:${m.budgets.join()}:${m.span}`,
  );
}

export default defineModelFigure({
  id: 'isoflop',
  home: 'chinchilla',
  width: LEFT_WIDTH + RIGHT_WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/isoflop'), zh: () => import('../i18n/figures/zh/isoflop') },
  model,
  chart(m: Model, ctx) {
    const colours = new Map(m.budgets.map((c, i) => [c, SERIES_COLORS[i % SERIES_COLORS.length]]));
    const colour = (c: number) => colours.get(c)!;
    const minima = m.curves.map((c) => ({ flops: c.flops, ...c.minimum, colour: colour(c.flops), label: budgetText(c.flops) }));
    return panels(ctx, [profilesPanel(m, colour, minima, ctx), minimaPanel(m, minima, ctx)]);
  },
  table(m: Model, { t }) {
    const rows: Record<string, number | string>[] = m.curves.flatMap((c) => [
      { flops: c.flops, kind: t.kind.vertex, params: c.minimum.params, tokens: c.minimum.tokens, loss: c.minimum.loss },
      { flops: c.flops, kind: t.kind.closedForm, params: c.closedForm.params, tokens: c.closedForm.tokens, loss: c.closedForm.loss },
      ...c.profile.filter((_, i) => i % 2 === 0).map((pt) => ({ flops: c.flops, kind: t.kind.point, params: pt.params, tokens: pt.tokens, loss: pt.loss })),
    ]);
    return {
      columns: [
        { key: 'flops', label: t.column.budget, format: 'scientific' },
        { key: 'kind', label: t.chinchilla.column.point, format: 'text' },
        { key: 'params', label: t.common.column.params, format: 'quantity' },
        { key: 'tokens', label: t.chinchilla.column.tokens, format: 'quantity' },
        { key: 'loss', label: t.common.column.loss },
      ],
      rows,
    };
  },
  readouts(m: Model, { lang, t }) {
    const num = (x: number) => formatNumber(x, lang, 4);
    const q = (x: number) => formatQuantity(x, lang);
    const largest = m.curves[m.curves.length - 1];
    const f = m.fitted;
    const p = m.projected;
    return [
      ...(f
        ? [
            { label: t.readout.exponentA, value: t.readout.exponentAValue(num(f.params.exponent), num(f.closedForm.a), t.laws.law[m.law].shortName) },
            { label: t.readout.exponentB, value: t.readout.exponentBValue(num(f.tokens.exponent), num(f.closedForm.b)) },
          ]
        : []),
      ...(p
        ? [{ label: t.readout.projected(formatScientific(m.target, { digits: 3 })), value: t.readout.projectedValue(q(p.params), q(p.tokens), q(m.targetOptimum.params)) }]
        : []),
      {
        label: t.readout.largest(budgetText(largest.flops)),
        value: t.readout.largestValue(q(largest.minimum.params), q(largest.minimum.tokens), q(largest.closedForm.params), q(largest.closedForm.tokens)),
      },
    ];
  },
  warnings(m: Model, { t }) {
    return [
      ...(m.budgets.length < 2 ? [t.warning.oneBudget] : []),
      ...(m.outside.length ? [t.warning.outside(m.outside.map(budgetText).join(t.common.listSeparator), m.outside.length)] : []),
    ];
  },
});

export type { Model as IsoflopModel };
export type Messages = typeof en;
