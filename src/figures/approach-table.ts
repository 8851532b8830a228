/**
 * The allocation exponents a (N_opt ∝ C^a) and b (D_opt ∝ C^b): as printed in Hoffmann et al. 2022 Table 2 (with
 * their 10th/90th percentiles), by Epoch and DeepSeek, next to the engine's recomputation from the paper's own
 * tables and constants. Mainly a table, with a small dot plot beside it.
 */
import * as Plot from '@observablehq/plot';
import { OPTIMAL_TABLE } from '../engine/chinchilla-tables';
import { formatNumber, formatScientific } from '../lib/numbers';
import { approachExponentComparison, type ExponentComparisonRow } from '../engine/chinchilla-approaches';
import { optimalTablePowerLaw, type TypoTreatment } from '../engine/chinchilla-tables';
import type en from '../i18n/figures/en/approach-table';
import { exponentRowMethodIn } from './lib/laws';
import type { ParamValues } from './lib/params';
import { defineModelFigure, type ParamSchema } from './lib/types';
import { baseOptions, drawPlot, panels, SERIES_COLORS, tipMark, tipText } from './lib/plot';

const PANEL_WIDTH = 450;
const HEIGHT = 380;
const PRINTED = SERIES_COLORS[0];
const RECOMPUTED = SERIES_COLORS[5];

/** Decimals as the source prints them: Table 2 gives two (intervals three); Epoch and DeepSeek three. */
const PRINTED_DECIMALS: Record<ExponentComparisonRow['id'], number> = {
  approach1: 2,
  approach2: 2,
  approach3: 2,
  approach3Rounded: 2,
  approach3Unrounded: 2,
  besiroglu2024: 3,
  kaplan: 2,
  deepseek: 3,
};

const params = {
  digits: { kind: 'quantity', default: 4, min: 2, max: 6, scale: 'linear', integer: true, display: 'plain' },
  exponent: { kind: 'choice', default: 'a', options: [{ value: 'a' }, { value: 'b' }] },
  typo: { kind: 'choice', default: 'exclude', options: [{ value: 'exclude' }, { value: 'printed' }, { value: 'corrected' }] },
} satisfies ParamSchema;

const TREATMENTS = ['exclude', 'printed', 'corrected'] as const;

/** Each row of the comparison for the chosen exponent, and the numbers behind the three notes. Numbers and keys only. */
function model(p: ParamValues<typeof params>) {
  const typo = p.typo as TypoTreatment;
  const which: 'a' | 'b' = p.exponent === 'b' ? 'b' : 'a';
  const comparison = approachExponentComparison(typo);
  const byId = (id: ExponentComparisonRow['id']) => comparison.find((r) => r.id === id)!;
  // The paper's own unrounded constants (TeX source) give Approach 3's point estimate to four digits.
  const tex = byId('approach3Unrounded').recomputed;
  const rows = comparison.map((r) => {
    const interval = r.printed ? (which === 'a' ? r.printed.aInterval : r.printed.bInterval) : null;
    return {
      id: r.id,
      row: r,
      printed: r.printed ? r.printed[which] : null,
      interval,
      decimals: PRINTED_DECIMALS[r.id],
      // Approach 3's interval leaves out the estimate its own unrounded constants give (0.4565 / 0.5435).
      excludesOwn: !!(r.id === 'approach3' && interval && (tex[which] < interval[0] || tex[which] > interval[1])),
      recomputed: r.recomputed[which],
    };
  });
  const a3row = OPTIMAL_TABLE.find((r) => r.typo)!;
  const fits = TREATMENTS.map((t) => optimalTablePowerLaw(3, t).params.exponent);
  return {
    which,
    typo,
    digits: p.digits,
    rows,
    rounded: byId('approach3Rounded').recomputed.a,
    tex,
    a3Flops: { printed: a3row.flops, corrected: a3row.correctedFlops! },
    /** Approach 3's a fitted through Table A3 with the 175B row left out, as printed and corrected. */
    fits,
    fit: fits[TREATMENTS.indexOf(typo)],
  };
}

type Model = ReturnType<typeof model>;
type Row = Model['rows'][number] & { short: string; label: string; method: string; printedText: string; intervalText: string; recomputedText: string };

/** The rows in words: the printed value as the source prints it, the recomputed one to `digits` significant digits (trailing zeros kept: 0.50). */
function rowsIn(m: Model, t: typeof en): Row[] {
  return m.rows.map((r) => ({
    ...r,
    short: t.short[r.id],
    label: t.laws.exponentRow[r.id],
    method: exponentRowMethodIn(t.laws, r.row, m.typo),
    printedText: r.printed === null ? '—' : r.printed.toFixed(r.decimals),
    intervalText: r.interval ? `(${r.interval[0].toFixed(3)}, ${r.interval[1].toFixed(3)})` : '',
    recomputedText: r.recomputed.toPrecision(m.digits),
  }));
}

/**
 * The table as an HTML table (it reflows and stays legible on a phone, where an SVG would shrink its text), styled
 * by the site's table rules.
 */
function htmlTable(rows: Row[], which: string, t: typeof en, doc: Document): Element {
  const el = (tag: string, text?: string, cls?: string) => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.setAttribute('class', cls);
    return node;
  };
  const table = el('table', undefined, 'approach-table');
  const head = el('tr');
  head.append(el('th', t.head.source(which)), el('th', t.head.printed, 'num'), el('th', t.head.recomputed, 'num'));
  table.append(el('thead'));
  table.firstChild!.appendChild(head);
  const body = el('tbody');
  for (const r of rows) {
    const tr = el('tr');
    const source = el('td');
    source.append(el('span', r.label), el('br'), el('small', r.method));
    const printed = el('td', undefined, 'num');
    printed.append(el('strong', r.printedText + (r.excludesOwn ? ' †' : '')));
    if (r.intervalText) printed.append(el('br'), el('small', r.intervalText));
    const recomputed = el('td', undefined, 'num');
    recomputed.append(el('strong', r.recomputedText));
    tr.append(source, printed, recomputed);
    body.append(tr);
  }
  table.append(body);
  return table;
}

export default defineModelFigure({
  id: 'approach-table',
  home: 'chinchilla',
  width: 2 * PANEL_WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/approach-table'), zh: () => import('../i18n/figures/zh/approach-table') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    const rows = rowsIn(m, t);
    const values = rows.flatMap((r) => [r.recomputed, ...(r.printed === null ? [] : [r.printed]), ...(r.interval ?? [])]);
    const [lo, hi] = [Math.min(...values), Math.max(...values)];
    const pad = (hi - lo) * 0.08;
    const dots = drawPlot({
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT),
      marginTop: 16,
      marginBottom: 44,
      marginLeft: 120,
      marginRight: 18,
      x: { label: t.axis(m.which), domain: [lo - pad, hi + pad], grid: true, ticks: 5 },
      y: { type: 'band', domain: rows.map((r) => r.short), padding: 0, axis: 'left', label: null, tickSize: 0 },
      marks: [
        Plot.link(
          rows.filter((r) => r.interval),
          { x1: (d: Row) => d.interval![0], x2: (d: Row) => d.interval![1], y1: 'short', y2: 'short', stroke: PRINTED, strokeWidth: 6, strokeOpacity: 0.35 },
        ),
        Plot.dot(
          rows.filter((r) => r.printed !== null),
          { x: 'printed', y: 'short', fill: PRINTED, r: 5 },
        ),
        Plot.dot(rows, { x: 'recomputed', y: 'short', stroke: RECOMPUTED, strokeWidth: 2, symbol: 'diamond', r: 5.5 }),
        tipMark<Row>(rows, {
          x: 'recomputed',
          y: 'short',
          title: (d) =>
            tipText(lang, [
              ['', d.label],
              [t.tip.printed, d.printedText + (d.intervalText ? ` ${d.intervalText}` : '')],
              [t.tip.recomputed, d.recomputedText],
            ]),
        }),
      ],
    });
    return panels(ctx, [htmlTable(rows, m.which, t, ctx.document ?? document), dots]);
  },
  table(m: Model, { t }) {
    const c = t.column;
    const range = (i: [number, number] | null) => (i ? `${i[0]}–${i[1]}` : '—');
    return {
      columns: [
        { key: 'label', label: c.source, format: 'text' },
        { key: 'printedA', label: c.printedA, format: 'text' },
        { key: 'intervalA', label: c.intervalA, format: 'text' },
        { key: 'printedB', label: c.printedB, format: 'text' },
        { key: 'intervalB', label: c.intervalB, format: 'text' },
        { key: 'recomputedA', label: c.recomputedA },
        { key: 'recomputedB', label: c.recomputedB },
        { key: 'method', label: c.method, format: 'text' },
        { key: 'source', label: c.printedIn, format: 'text' },
      ],
      rows: m.rows.map(({ id, row: r, decimals }) => ({
        label: t.laws.exponentRow[id],
        printedA: r.printed ? r.printed.a.toFixed(decimals) : '—',
        intervalA: range(r.printed?.aInterval ?? null),
        printedB: r.printed && r.printed.b !== null ? r.printed.b.toFixed(decimals) : '—',
        intervalB: range(r.printed?.bInterval ?? null),
        recomputedA: r.recomputed.a,
        recomputedB: r.recomputed.b,
        method: exponentRowMethodIn(t.laws, r, m.typo),
        source: r.printed ? r.printed.source : '—',
      })),
    };
  },
  readouts(m: Model, { lang, t }) {
    const r = t.readout;
    const n4 = (x: number) => formatNumber(x, lang, 4);
    const sci = (x: number) => formatScientific(x, { digits: 3 });
    return [
      { label: r.why, value: r.whyValue(n4(m.rounded), n4(m.tex.a)) },
      { label: r.typo, value: r.typoValue(sci(m.a3Flops.printed), sci(m.a3Flops.corrected), t.treatment[m.typo], n4(m.fit), m.fits.map(n4).join(' / ')) },
      { label: r.interval, value: r.intervalValue(n4(m.tex.a), n4(m.tex.b)) },
    ];
  },
});

export type { Model as ApproachTableModel };
