/**
 * Kaplan et al. 2020 eq (1.5)/(4.1) with the Table 2 fit: L(N, D) against model size for a fixed list of dataset
 * sizes (like Fig. 9, left). With D fixed, growing the model stops helping: each curve leaves the infinite-data line
 * L(N, ∞) and flattens. Readouts: the overfitting penalty δL (eq 4.3) at a chosen N and the data needed to keep it
 * small, D ≳ 5×10³·N^0.74 (eq 4.4).
 */
import { KAPLAN_TABLE2, kaplanJointLoss, overfittingPenalty, tokensToAvoidOverfitting } from '../engine/kaplan-joint';
import { kaplanLossFromParams } from '../engine/kaplan';
import { formatNumber, formatPercent, formatQuantity } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import type en from '../i18n/figures/en/loss-vs-n-by-d';
import type { ListSpec } from './lib/params';
import { defineModelFigure } from './lib/types';
import { baseOptions, logScale, SERIES_COLORS, tipText } from './lib/plot';
import { drawPatching } from './lib/reuse';
import { limitMarks, lossCurveMarks, lossExtent, readAtSpec, STUDIED_PARAMS, STUDIED_TOKENS, testLossAxis } from './lib/loss-curves';

const WIDTH = 640;
const HEIGHT = 400;
const PARAM_RANGE: [number, number] = [1e5, 1e10];
const CURVE_POINTS = 31;

const params = {
  n: readAtSpec(1e8, PARAM_RANGE),
  datasets: {
    kind: 'list',
    default: [2.1e7, 4.3e7, 8.6e7, 1.72e8, 3.44e8, 6.88e8, 1.4e9, 2.2e10],
    min: 1e5,
    max: 1e15,
    minLength: 1,
    maxLength: 8,
    display: 'quantity',
  } satisfies ListSpec,
};

/** The curves L(N, D) for each dataset size, the infinite-data line, and the readings at N = n. Numbers only. */
function model({ n, datasets }: { n: number; datasets: number[] }) {
  const grid = logSpace(PARAM_RANGE[0], PARAM_RANGE[1], CURVE_POINTS);
  const infinite = { alphaN: KAPLAN_TABLE2.alphaN, Nc: KAPLAN_TABLE2.Nc };
  const series = [...datasets]
    .sort((a, b) => a - b)
    .map((d) => ({
      d,
      at: kaplanJointLoss(n, d),
      penalty: overfittingPenalty(n, d),
      curve: grid.map((x) => ({ d, n: x, loss: kaplanJointLoss(x, d) })),
    }));
  const limit = grid.map((x) => ({ n: x, loss: kaplanLossFromParams(x, infinite) }));
  return {
    n,
    enough: tokensToAvoidOverfitting(n),
    series,
    limit,
    outsideParams: n < STUDIED_PARAMS[0] || n > STUDIED_PARAMS[1],
    outsideDatasets: series.map((s) => s.d).filter((d) => d < STUDIED_TOKENS[0] || d > STUDIED_TOKENS[1]),
  };
}

type Model = ReturnType<typeof model>;

export default defineModelFigure({
  id: 'loss-vs-n-by-d',
  home: 'kaplan',
  width: WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/loss-vs-n-by-d'), zh: () => import('../i18n/figures/zh/loss-vs-n-by-d') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    const c = t.common;
    const q = (v: number) => formatQuantity(v, lang);
    const series = m.series.map((s, i) => ({ ...s, label: q(s.d), color: SERIES_COLORS[i % SERIES_COLORS.length] }));
    return drawPatching(
      {
        ...baseOptions(ctx, HEIGHT),
        marginRight: 56,
        x: logScale(lang, t.axis.params, 'quantity', { domain: PARAM_RANGE }),
        y: testLossAxis(
          c,
          lossExtent(
            m.limit,
            ...m.series.map((s) => s.curve),
            m.series.map((s) => ({ loss: s.at })),
          ),
        ),
        color: { type: 'identity' },
        marks: [
          ...limitMarks(m.limit, 'n', 'D = ∞'),
          ...lossCurveMarks(series, 'n', 'd', m.n, `N = ${q(m.n)}`, [], (p) =>
            tipText(lang, [
              [c.column.params, p.n, 'quantity'],
              [c.column.tokens, p.d, 'quantity'],
              [c.column.loss, p.loss],
            ]),
          ),
        ],
      },
      `loss-vs-n-by-d:${lang}:${m.series.map((s) => s.d)}`,
    );
  },
  table(m: Model, { t }) {
    const c = t.common;
    return {
      columns: [
        { key: 'd', label: c.column.tokens, format: 'quantity' },
        { key: 'n', label: c.column.params, format: 'quantity' },
        { key: 'loss', label: c.column.loss },
      ],
      rows: m.series.flatMap((s) => s.curve.filter((_, i) => i % 3 === 0).map((p) => ({ d: p.d, n: p.n, loss: p.loss }))),
    };
  },
  readouts(m: Model, { lang, t }) {
    const q = (v: number) => formatQuantity(v, lang);
    return [
      { label: t.enoughLabel(q(m.n)), value: t.enoughValue(q(m.enough)) },
      ...m.series.map((s) => ({
        label: t.readout(q(s.d), q(m.n)),
        value: t.readoutValue(formatNumber(s.at, lang, 3), formatPercent(s.penalty, lang, 2)),
      })),
    ];
  },
  warnings(m: Model, { lang, t }) {
    const q = (v: number) => formatQuantity(v, lang);
    return [...(m.outsideParams ? [t.outsideN(q(m.n))] : []), ...(m.outsideDatasets.length ? [t.outsideDatasets(m.outsideDatasets.map(q).join(t.common.listSeparator))] : [])];
  },
});

export type { Model as LossVsNByDModel };
export type Messages = typeof en;
