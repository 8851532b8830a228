/**
 * Real models, real scores: benchmark score against training compute for the 148 public base models of the
 * Observational Scaling Laws release (Ruan, Maddison & Hashimoto 2024, arXiv 2405.10938), as shipped in
 * src/data/obsscaling-benchmarks.ts. Models without training FLOPs cannot be placed on the axis; they are counted, not drawn.
 * Families differ in how much score they get per FLOP, and GSM8K and HumanEval rise later than the knowledge benchmarks.
 */
import * as Plot from '@observablehq/plot';
import { type Benchmark, BENCHMARKS, CHANCE, scoredModels } from '../data/obsscaling-benchmarks';
import { isSetAside } from '../data/obsscaling-set-aside';
import { formatNumber, formatPercent, formatScientific } from '../lib/numbers';
import type en from '../i18n/figures/en/benchmarks-vs-compute';
import { BENCHMARK_FAMILIES, BENCHMARK_HIGHLIGHT } from './lib/obs-families';
import { flopsDomain, modelName, setAsideOf, setAsideWords } from './lib/obs-models';
import { baseOptions, logScale, SERIES_COLORS, tipMark, tipText, yLabelMark } from './lib/plot';
import { drawPatching, moving } from './lib/reuse';
import { defineModelFigure } from './lib/types';

const WIDTH = 640;
const HEIGHT = 420;
const GREY = SERIES_COLORS[SERIES_COLORS.length - 1];

const params = {
  benchmark: { kind: 'choice' as const, default: 'MMLU', options: BENCHMARKS.map((value) => ({ value })) },
  family: { kind: 'choice' as const, default: 'all', options: [{ value: 'all' }, ...BENCHMARK_FAMILIES.map((value) => ({ value }))] },
};

/** The plotted models (the chosen family, or all), the others as context, and what was left out. Numbers only. */
function model({ benchmark, family }: { benchmark: string; family: string }) {
  const b = benchmark as Benchmark;
  const inFamily = (f: string) => family === 'all' || f === family;
  const placed = scoredModels
    .filter((m) => m.flops !== null && m.scores[b] !== null && !isSetAside(m.id))
    .map((m) => ({ id: m.id, name: modelName(m.id), family: m.family, params: m.params ?? 0, tokens: m.tokens ?? 0, flops: m.flops as number, score: m.scores[b] as number }))
    .sort((p, q) => p.flops - q.flops);
  const points = placed.filter((p) => inFamily(p.family));
  const considered = scoredModels.filter((m) => inFamily(m.family));
  const best = points.reduce<(typeof points)[number] | null>((top, p) => (top === null || p.score > top.score ? p : top), null);
  return {
    benchmark: b,
    family,
    chance: CHANCE[b] ?? null,
    points,
    /** The other families' models, drawn faintly behind a single family. */
    context: family === 'all' ? [] : placed.filter((p) => !inFamily(p.family)),
    /** Models of the chosen families with a score but no training FLOPs (not drawn). */
    noFlops: considered.filter((m) => m.flops === null && m.scores[b] !== null).length,
    /** Models with training FLOPs but no score on this benchmark. */
    noScore: considered.filter((m) => m.flops !== null && m.scores[b] === null).length,
    /** Models with FLOPs and a score set aside because their authors contradict the release (OBS_SET_ASIDE), each with
     * the release's number and theirs. */
    setAside: considered.filter((m) => m.flops !== null && m.scores[b] !== null).flatMap((m) => setAsideOf(m) ?? []),
    best,
    domain: flopsDomain(scoredModels),
  };
}

type Model = ReturnType<typeof model>;
type Messages = typeof en;

/** The colour group of a family: its own name if it is highlighted (or the one chosen), else "other families". */
function groups(m: Model, t: Messages) {
  const named: string[] = m.family === 'all' ? [...BENCHMARK_HIGHLIGHT] : [m.family];
  const colorOf = (f: string) => {
    const i = (BENCHMARK_HIGHLIGHT as readonly string[]).indexOf(f);
    return SERIES_COLORS[Math.max(i, 0)];
  };
  const group = (f: string) => (named.includes(f) ? f : t.otherFamilies);
  return { domain: [...named, t.otherFamilies], range: [...named.map(colorOf), GREY], group };
}

export default defineModelFigure({
  id: 'benchmarks-vs-compute',
  home: 'emergence',
  data: ['obsscaling-benchmarks'],
  width: WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/benchmarks-vs-compute'), zh: () => import('../i18n/figures/zh/benchmarks-vs-compute') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    const label = t.params.benchmark.options[m.benchmark];
    const g = groups(m, t);
    const points = m.points.map((p) => ({ ...p, group: g.group(p.family) }));
    const lines = points.filter((p) => p.group !== t.otherFamilies);
    const title = (p: (typeof points)[number]) =>
      tipText(lang, [
        ['', p.name],
        [t.tip.flops, p.flops, 'scientific'],
        [label, p.score],
        [t.tip.family, p.family],
      ]);
    const options = baseOptions(ctx, HEIGHT);
    // Another benchmark redraws the models; the axes, grid and legend are copied (drawPatching) from the last picture
    // of the same family choice, and the axis label, which names the benchmark, is a text mark where Plot puts its own.
    return drawPatching(
      {
        ...options,
        x: logScale(lang, t.axisFlops, 'scientific', { domain: m.domain }),
        y: { domain: [0, 1], label: null, grid: true },
        color: { domain: g.domain, range: g.range, legend: true },
        marks: [
          moving(yLabelMark(t.axisScore(label), options)),
          moving(Plot.dot(m.context, { x: 'flops', y: 'score', r: 2.5, fill: GREY, fillOpacity: 0.3 })),
          ...(m.chance === null
            ? []
            : [
                moving(Plot.ruleY([m.chance], { stroke: 'currentColor', strokeDasharray: '4 3', strokeOpacity: 0.7 })),
                moving(
                  Plot.text([m.chance], {
                    y: (d: number) => d,
                    x: m.domain[1],
                    dy: (m.chance as number) > 0.05 ? 10 : -7,
                    textAnchor: 'end',
                    text: () => t.chanceLine(formatPercent(m.chance as number, lang, 2)),
                  }),
                ),
              ]),
          moving(Plot.line(lines, { x: 'flops', y: 'score', z: 'family', stroke: 'group', strokeOpacity: 0.55 })),
          moving(Plot.dot(points, { x: 'flops', y: 'score', r: 3.5, fill: 'group', stroke: 'var(--bg-card, white)', strokeWidth: 0.6 })),
          tipMark(points, { x: 'flops', y: 'score', title }),
        ],
      },
      `benchmarks-vs-compute:${lang}:${m.family}`,
    );
  },
  table(m: Model, { t }) {
    const c = t.column;
    return {
      columns: [
        { key: 'name', label: c.model, format: 'text' },
        { key: 'family', label: c.family, format: 'text' },
        { key: 'params', label: c.params, format: 'quantity' },
        { key: 'tokens', label: c.tokens, format: 'quantity' },
        { key: 'flops', label: c.flops, format: 'scientific' },
        { key: 'score', label: t.axisScore(t.params.benchmark.options[m.benchmark]) },
      ],
      rows: m.points.map((p) => ({ name: p.name, family: p.family, params: p.params, tokens: p.tokens, flops: p.flops, score: p.score })),
    };
  },
  readouts(m: Model, { lang, t }) {
    const r = t.readout;
    const label = t.params.benchmark.options[m.benchmark];
    return [
      { label: r.plotted, value: r.plottedValue(String(m.points.length), label) },
      {
        label: r.leftOut,
        value: r.leftOutValue(
          String(m.noFlops),
          String(m.noScore),
          m.setAside.map((a) => r.setAside(a.name, ...setAsideWords(a, t.release, lang))),
        ),
      },
      { label: r.chance, value: m.chance === null ? r.noChance : formatPercent(m.chance, lang, 2) },
      ...(m.best ? [{ label: r.best, value: r.bestValue(m.best.name, formatNumber(m.best.score, lang, 3), formatScientific(m.best.flops, { digits: 3 })) }] : []),
    ];
  },
});

export type { Model as BenchmarksVsComputeModel };
