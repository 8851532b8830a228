/**
 * Kaplan et al. 2020 eq (1.5)/(4.1) with the Table 2 fit: L(N, D) against dataset size for a fixed list of model
 * sizes (like Fig. 4, left). With N fixed, more data stops helping: each curve leaves the infinite-model line
 * L(∞, D) and flattens at the model's converged loss. Rings mark the data eq (4.4) asks for, D ≈ 5×10³·N^0.74.
 */
import * as Plot from '@observablehq/plot';
import { KAPLAN_TABLE2, kaplanJointLoss, overfittingPenalty, tokensToAvoidOverfitting } from '../engine/kaplan-joint';
import { kaplanLossFromTokens } from '../engine/kaplan';
import { formatNumber, formatPercent, formatQuantity } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import type en from '../i18n/figures/en/loss-vs-d-by-n';
import { defineModelFigure } from './lib/types';
import { baseOptions, logScale, SERIES_COLORS, tipText } from './lib/plot';
import { drawPatching } from './lib/reuse';
import { limitMarks, lossCurveMarks, lossExtent, modelSizesSpec, outsideStudiedWarning, readAtSpec, STUDIED_TOKENS, testLossAxis } from './lib/loss-curves';

const WIDTH = 640;
const HEIGHT = 400;
const TOKEN_RANGE: [number, number] = [1e7, 1e11];
const CURVE_POINTS = 31;

const params = {
  d: readAtSpec(1e9, TOKEN_RANGE),
  sizes: modelSizesSpec([393.2e3, 3e6, 25e6, 85e6, 302e6, 708e6], 1e13),
};

/** The curves L(N, D) for each size, the infinite-model line, and the readings at D = d. Numbers only. */
function model({ d, sizes }: { d: number; sizes: number[] }) {
  const grid = logSpace(TOKEN_RANGE[0], TOKEN_RANGE[1], CURVE_POINTS);
  const infinite = { alphaD: KAPLAN_TABLE2.alphaD, Dc: KAPLAN_TABLE2.Dc };
  const series = [...sizes]
    .sort((a, b) => a - b)
    .map((n) => {
      const enough = tokensToAvoidOverfitting(n);
      return {
        n,
        at: kaplanJointLoss(n, d),
        penalty: overfittingPenalty(n, d),
        enough,
        enoughLoss: kaplanJointLoss(n, enough),
        curve: grid.map((x) => ({ n, d: x, loss: kaplanJointLoss(n, x) })),
      };
    });
  const limit = grid.map((x) => ({ d: x, loss: kaplanLossFromTokens(x, infinite) }));
  return { d, series, limit, outsideTokens: d < STUDIED_TOKENS[0] || d > STUDIED_TOKENS[1] };
}

type Model = ReturnType<typeof model>;

export default defineModelFigure({
  id: 'loss-vs-d-by-n',
  home: 'kaplan',
  width: WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/loss-vs-d-by-n'), zh: () => import('../i18n/figures/zh/loss-vs-d-by-n') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    const c = t.common;
    const q = (v: number) => formatQuantity(v, lang);
    const series = m.series.map((s, i) => ({ ...s, label: formatQuantity(s.n, lang, { digits: 4 }), color: SERIES_COLORS[i % SERIES_COLORS.length] }));
    const rings = series.filter((s) => s.enough >= TOKEN_RANGE[0] && s.enough <= TOKEN_RANGE[1]).map((s) => ({ d: s.enough, loss: s.enoughLoss, color: s.color }));
    return drawPatching(
      {
        ...baseOptions(ctx, HEIGHT),
        marginRight: 60,
        x: logScale(lang, c.axis.tokens, 'quantity', { domain: TOKEN_RANGE }),
        y: testLossAxis(
          c,
          lossExtent(
            m.limit,
            ...m.series.map((s) => s.curve),
            m.series.map((s) => ({ loss: s.at })),
            rings,
          ),
        ),
        color: { type: 'identity' },
        marks: [
          ...limitMarks(m.limit, 'd', 'N = ∞'),
          ...lossCurveMarks(series, 'd', 'n', m.d, `D = ${q(m.d)}`, [Plot.dot(rings, { x: 'd', y: 'loss', r: 6, stroke: 'color', strokeWidth: 1.5, fill: 'none' })], (p) =>
            tipText(lang, [
              [c.column.params, p.n, 'quantity'],
              [c.column.tokens, p.d, 'quantity'],
              [c.column.loss, p.loss],
            ]),
          ),
        ],
      },
      `loss-vs-d-by-n:${lang}:${m.series.map((s) => s.n)}`,
    );
  },
  table(m: Model, { t }) {
    const c = t.common;
    return {
      columns: [
        { key: 'n', label: c.column.params, format: 'quantity' },
        { key: 'd', label: c.column.tokens, format: 'quantity' },
        { key: 'loss', label: c.column.loss },
      ],
      rows: m.series.flatMap((s) => s.curve.filter((_, i) => i % 3 === 0).map((p) => ({ n: p.n, d: p.d, loss: p.loss }))),
    };
  },
  readouts(m: Model, { lang, t }) {
    const q = (v: number) => formatQuantity(v, lang);
    return m.series.map((s) => ({
      label: t.readout(formatQuantity(s.n, lang, { digits: 4 }), q(m.d)),
      value: t.readoutValue(formatNumber(s.at, lang, 3), formatPercent(s.penalty, lang, 2), q(s.enough)),
    }));
  },
  warnings(m: Model, { lang, t }) {
    const q = (v: number) => formatQuantity(v, lang);
    return [
      ...(m.outsideTokens ? [t.common.kaplan.outsideTokens(q(m.d))] : []),
      ...outsideStudiedWarning(
        m.series.map((s) => s.n),
        q,
        t.common,
      ),
    ];
  },
});

export type { Model as LossVsDByNModel };
export type Messages = typeof en;
