/**
 * Overhead calculator: train a model k times smaller than compute-optimal — how much more data and compute does it
 * need to reach the compute-optimal loss, under each Chinchilla coefficient set, and from which k on can no amount
 * of data compensate?
 */
import * as Plot from '@observablehq/plot';
import { criticalShrinkFactor, shrinkOverhead, type ShrinkOverhead } from '../engine/shrink-overhead';
import { LAWS, type LawKey } from '../engine/chinchilla';
import { formatNumber, formatPercent, formatQuantity, formatScientific } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import { GOPHER_BUDGET } from '../engine/budgets';
import type { Lang } from '../i18n';
import type en from '../i18n/figures/en/overhead';
import { type ChartContext, defineModelFigure, type WordsContext } from './lib/types';
import type { QuantitySpec } from './lib/params';
import { baseOptions, panels, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { drawPatching, moving } from './lib/reuse';
import { CHINCHILLA_FITS, lawChoiceSpec } from './lib/chinchilla-fits';

const PANEL_WIDTH = 320;
const WIDTH = 2 * PANEL_WIDTH;
const HEIGHT = 360;
const KEYS = CHINCHILLA_FITS;
const K_MAX = 20;
/** Compute and data factors above this are off the chart (the curves run to infinity at k*). */
const Y_MAX = 16;
/** The shrink factors of the data table. */
const TABLE_KS = [1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 12, 15, 20];

const params = {
  k: { kind: 'quantity', default: 2, min: 1, max: K_MAX, scale: 'log', display: 'plain' } satisfies QuantitySpec,
  budget: { kind: 'quantity', default: GOPHER_BUDGET, min: 1e15, max: 1e30, scale: 'log', display: 'scientific' } satisfies QuantitySpec,
  law: lawChoiceSpec(),
};

/** The overhead of a k× smaller model under each law: curves over k up to k*, the chosen k, and the table's k. */
function model({ k, budget, law }: { k: number; budget: number; law: string }) {
  const chosenKey = law as LawKey;
  // Curves: log-spaced k, plus points crowding towards k* so the climb is drawn.
  const curves = KEYS.flatMap((key) => {
    const kStar = criticalShrinkFactor(LAWS[key], budget);
    const ks = [...logSpace(1, K_MAX, 40), ...[0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995].map((f) => 1 + f * (kStar - 1))]
      .filter((x) => x < kStar && x <= K_MAX)
      .sort((a, b) => a - b);
    return ks.flatMap((x) => {
      const r = shrinkOverhead(LAWS[key], x, budget);
      return r.feasible ? [{ key, k: x, dataFactor: r.dataFactor, computeFactor: r.computeFactor }] : [];
    });
  });
  const stars = KEYS.map((key) => ({ key, kStar: criticalShrinkFactor(LAWS[key], budget) }));
  const results = KEYS.map((key) => ({ key, r: shrinkOverhead(LAWS[key], k, budget), kStar: stars.find((s) => s.key === key)!.kStar }));
  return {
    law: chosenKey,
    k,
    budget,
    curves,
    stars,
    results,
    chosen: results.find((x) => x.key === chosenKey)!,
    table: KEYS.flatMap((key) => TABLE_KS.map((x) => ({ key, k: x, r: shrinkOverhead(LAWS[key], x, budget) }))),
  };
}

type Model = ReturnType<typeof model>;

const times = (x: number, lang: Lang) => `${formatNumber(x, lang, 3)}×`;

/** The extra data and compute of one result, or that no data suffices. */
function summary(r: ShrinkOverhead, { lang, t }: WordsContext<typeof en>): string {
  return r.feasible ? t.summary(times(r.dataFactor, lang), times(r.computeFactor, lang), formatPercent(r.extraCompute, lang, 3)) : t.unreachableSummary;
}

type Ctx = ChartContext<typeof en>;

/**
 * One panel: the extra data (or compute) a k× smaller model needs under each law, against k, with each law's k* and the
 * chosen k. The k slider moves its rule and dot; the curves, the k* lines and the axes are copied (drawPatching).
 */
function factorPanel(m: Model, ctx: Ctx, which: 'data' | 'compute'): Element {
  const { lang, t } = ctx;
  const name = (key: LawKey) => t.laws.law[key].shortName;
  const field = which === 'data' ? 'dataFactor' : 'computeFactor';
  const title = t.facet[which];
  // Keep each curve until just past the top of the chart; the clip cuts it at the frame.
  const long = m.curves.filter((c) => c[field] <= Y_MAX * 3).map((c) => ({ ...c, law: name(c.key), value: c[field] }));
  const r = m.chosen.r;
  const dots = r.feasible ? [{ k: m.k, value: r[field], law: name(m.law) }].filter((d) => d.value <= Y_MAX) : [];
  const starsShown = m.stars.filter((s) => s.kStar <= K_MAX).map((s) => ({ ...s, law: name(s.key) }));
  return drawPatching(
    {
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT),
      marginLeft: 44,
      marginTop: 34,
      x: { type: 'log', domain: [1, K_MAX], label: t.axis.k, ticks: [1, 2, 5, 10, 20], tickFormat: (d: number) => String(d) },
      y: { type: 'log', domain: [1, Y_MAX], label: title, ticks: [1, 2, 4, 8, 16], tickFormat: (d: number) => `${d}×`, grid: true },
      color: { domain: KEYS.map(name), range: SERIES_COLORS.slice(0, 3) },
      marks: [
        Plot.ruleX(starsShown, { x: 'kStar', stroke: 'law', strokeDasharray: '4,3', strokeOpacity: 0.8 }),
        Plot.text(
          starsShown.filter((s) => s.key === m.law),
          { x: 'kStar', frameAnchor: 'top', dy: 4, dx: -4, textAnchor: 'end', text: () => 'k*', fontSize: 12, fill: 'currentColor' },
        ),
        moving(Plot.ruleX([m.k], { strokeOpacity: 0.35 })),
        Plot.line(
          long.filter((c) => c.key !== m.law),
          { x: 'k', y: 'value', z: 'law', stroke: 'law', strokeWidth: 1.3, strokeOpacity: 0.75, clip: true },
        ),
        Plot.line(
          long.filter((c) => c.key === m.law),
          { x: 'k', y: 'value', stroke: 'law', strokeWidth: 2.6, clip: true },
        ),
        moving(Plot.dot(dots, { x: 'k', y: 'value', r: 5.5, fill: 'law', stroke: 'var(--plot-background, white)' })),
        tipMark<(typeof long)[number]>(long, {
          x: 'k',
          y: 'value',
          title: (d) =>
            tipText(lang, [
              ['', d.law],
              [t.axis.k, d.k],
              [title, d.value],
            ]),
        }),
      ],
    },
    `overhead/${which}:${lang}:${m.law}:${m.budget}`,
  );
}

export default defineModelFigure({
  id: 'overhead',
  home: 'chinchilla',
  kind: 'calculator',
  width: WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/overhead'), zh: () => import('../i18n/figures/zh/overhead') },
  model,
  chart(m: Model, ctx) {
    const names = KEYS.map((key) => ctx.t.laws.law[key].shortName);
    // The laws' key above both panels (HTML swatches, as Plot draws a legend), then data needed (left) and compute (right).
    const div = (ctx.document ?? document).createElement('div');
    // Plot.legend takes the document to draw in as Plot.plot does (its types leave the option out).
    const key: Parameters<typeof Plot.legend>[0] & { document?: Document } = {
      color: { domain: names, range: SERIES_COLORS.slice(0, 3) },
      // The swatch legend is HTML; Plot's default 10px is too small.
      style: { fontSize: '13px' },
      document: ctx.document,
    };
    div.appendChild(Plot.legend(key));
    div.appendChild(panels(ctx, [factorPanel(m, ctx, 'data'), factorPanel(m, ctx, 'compute')]));
    return div;
  },
  table(m: Model, { t }) {
    return {
      columns: [
        { key: 'law', label: t.column.law, format: 'text' },
        { key: 'k', label: 'k', format: 'scientific' },
        { key: 'params', label: t.common.column.params, format: 'quantity' },
        { key: 'tokens', label: t.column.tokens, format: 'quantity' },
        { key: 'dataFactor', label: t.column.dataFactor, format: 'scientific' },
        { key: 'computeFactor', label: t.column.computeFactor, format: 'scientific' },
      ],
      rows: m.table.map(({ key, k, r }) => ({
        law: t.laws.law[key].shortName,
        k,
        params: r.params,
        tokens: r.feasible ? r.tokens : '—',
        dataFactor: r.feasible ? r.dataFactor : '—',
        computeFactor: r.feasible ? r.computeFactor : t.unreachable,
      })),
    };
  },
  readouts(m: Model, words) {
    const { lang, t } = words;
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    const r = m.chosen.r;
    const tone = r.feasible ? ('normal' as const) : ('warn' as const);
    return [
      {
        label: t.readout.optimal(formatScientific(m.budget, { digits: 3 })),
        value: t.readout.optimalValue(q(r.optimal.params), q(r.optimal.tokens), formatNumber(r.targetLoss, lang, 4)),
      },
      {
        label: t.readout.smaller(formatNumber(m.k, lang, 3)),
        value: r.feasible ? t.readout.smallerValue(q(r.params), q(r.tokens)) : t.readout.smallerUnreachable(q(r.params)),
        tone,
      },
      { label: t.readout.extra, value: summary(r, words), tone },
      { label: t.readout.kStar, value: times(m.chosen.kStar, lang) },
      ...m.results.filter((x) => x.key !== m.law).map((x) => ({ label: `${t.laws.law[x.key].shortName} · k* = ${formatNumber(x.kStar, lang, 3)}`, value: summary(x.r, words) })),
    ];
  },
  warnings(m: Model, { lang, t }) {
    return m.chosen.r.feasible ? [] : [t.warning.beyond(formatNumber(m.k, lang, 3), formatNumber(m.chosen.kStar, lang, 3))];
  },
});

export type { Model as OverheadModel };
export type Messages = typeof en;
