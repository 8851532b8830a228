/**
 * Compute planner (calculator): a FLOP budget — typed, or from accelerators × chips × days × utilisation — or a
 * wanted model size or token count → the compute-optimal parameters, tokens, loss and training time under every
 * published allocation law, side by side, with the real models nearest to the answer.
 */
import * as Plot from '@observablehq/plot';
import { ACCELERATORS, acceleratorById, flopsFromHardware, SECONDS_PER_DAY, trainingTime } from '../engine/compute';
import { MODELS, nearestModels } from '../engine/models';
import { formatNumber, formatPercent, formatQuantity, formatScientific } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import { GOPHER_BUDGET } from '../engine/budgets';
import {
  CHINCHILLA_FIT_RANGE,
  extrapolationFactor,
  KAPLAN_FIT_RANGE,
  planAllLaws,
  planForBudget,
  PLANNER_LAW_INFO,
  PLANNER_LAW_KEYS,
  type Plan,
  type PlannerLawKey,
  type PlanQuestion,
} from '../engine/planner';
import type en from '../i18n/figures/en/compute-planner';
import { decadeTicks, powerOfTen } from './lib/ticks';
import { type ChartContext, defineModelFigure, type WordsContext } from './lib/types';
import { baseOptions, logScale, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { drawPatching, moving } from './lib/reuse';
import { decadeDomain } from './lib/domains';

const WIDTH = 640;
const HEIGHT = 400;

const ifMode = (...values: string[]) => ({ usedWhen: { param: 'mode', values } });

const params = {
  budget: { kind: 'quantity', default: GOPHER_BUDGET, min: 1e15, max: 1e30, scale: 'log', display: 'scientific', ...ifMode('budget') },
  mode: { kind: 'choice', default: 'budget', options: [{ value: 'budget' }, { value: 'hardware' }, { value: 'params' }, { value: 'tokens' }] },
  law: { kind: 'choice', default: 'hoffmann2022', options: PLANNER_LAW_KEYS.map((value) => ({ value })) },
  params: { kind: 'quantity', default: 7e9, min: 1e6, max: 1e14, scale: 'log', display: 'quantity', ...ifMode('params') },
  tokens: { kind: 'quantity', default: 2e12, min: 1e8, max: 1e16, scale: 'log', display: 'quantity', ...ifMode('tokens') },
  accelerator: { kind: 'choice', default: 'h100-sxm', options: [...ACCELERATORS.map((a) => ({ value: a.id })), { value: 'custom' }] },
  chips: { kind: 'quantity', default: 1024, min: 1, max: 1e6, scale: 'log', integer: true, display: 'plain' },
  days: { kind: 'quantity', default: 30, min: 0.01, max: 3650, scale: 'log', display: 'plain', ...ifMode('hardware') },
  utilisation: { kind: 'quantity', default: 0.4, min: 0.01, max: 1, scale: 'linear', step: 0.001, display: 'percent' },
  customPeak: {
    kind: 'quantity',
    default: 1e15,
    min: 1e11,
    max: 1e17,
    scale: 'log',
    display: 'scientific',
    usedWhen: { param: 'accelerator', values: ['custom'] },
  },
} as const;

interface Values {
  budget: number;
  mode: string;
  law: string;
  params: number;
  tokens: number;
  accelerator: string;
  chips: number;
  days: number;
  utilisation: number;
  customPeak: number;
}

/**
 * Every law's plan for the reader's question, the days each takes on the reader's hardware, N_opt(C) along a budget
 * range around the answers, and the real models in that range and nearest the highlighted answer. Numbers and keys only.
 */
function model(p: Values) {
  const law = p.law as PlannerLawKey;
  const custom = p.accelerator === 'custom';
  const peak = custom ? p.customPeak : acceleratorById(p.accelerator).peakFlops;
  const hardwareFlops = flopsFromHardware(p.chips, peak, p.utilisation, p.days * SECONDS_PER_DAY);
  const question: PlanQuestion =
    p.mode === 'hardware' ? { flops: hardwareFlops } : p.mode === 'params' ? { params: p.params } : p.mode === 'tokens' ? { tokens: p.tokens } : { flops: p.budget };
  const plans = planAllLaws(question).map((plan) => ({
    ...plan,
    days: p.mode === 'hardware' ? p.days : trainingTime(plan.flops, p.chips, peak, p.utilisation) / SECONDS_PER_DAY,
  }));
  const chosen = plans.find((x) => x.law === law)!;
  // The budget axis: 10¹⁸–10²⁶ FLOPs, widened to whole decades 30× beyond the answers (within 10¹⁴–10³³). Whole decades
  // keep the axis, the laws' lines and the real models the same while an answer moves inside one (drawPatching).
  const [around, beyond] = decadeDomain(plans.flatMap((x) => [x.flops / 30, x.flops * 30]));
  const lowC = Math.max(1e14, Math.min(1e18, around));
  const highC = Math.min(1e33, Math.max(1e26, beyond));
  const lines = PLANNER_LAW_KEYS.flatMap((key) => logSpace(lowC, highC, 25).map((c) => planForBudget(key, c)));
  const near = nearestModels(chosen.params, chosen.tokens, 3);
  const nearIds = new Set(near.map((n) => n.model.id));
  const models = MODELS.filter((m) => m.flops >= lowC && m.flops <= highC);
  return {
    law,
    mode: p.mode,
    /** The accelerator's name, or null for a custom peak. */
    chip: custom ? null : acceleratorById(p.accelerator).name,
    chips: p.chips,
    utilisation: p.utilisation,
    givenDays: p.mode === 'hardware' ? p.days : null,
    plans,
    chosen,
    nonEmbedding: !!PLANNER_LAW_INFO[law].nonEmbedding,
    lowC,
    highC,
    lines,
    models,
    near,
    nearSorted: models.filter((m) => nearIds.has(m.id)).sort((a, b) => b.params - a.params),
  };
}

type Model = ReturnType<typeof model>;
type Ctx = ChartContext<typeof en>;
type Words = WordsContext<typeof en>;

const sci = (x: number) => formatScientific(x, { digits: 3 });

/** N_opt(C) for every law: the others thin (Kaplan dashed), the highlighted one thick. */
function lawLines(m: Model, name: (key: PlannerLawKey) => string) {
  const lines = m.lines.map((d) => ({ ...d, name: name(d.law) }));
  const lineMark = (rows: typeof lines, width: number, dashed: boolean) =>
    Plot.line(rows, { x: 'flops', y: 'params', z: 'name', stroke: 'name', strokeWidth: width, strokeOpacity: width > 2 ? 1 : 0.75, strokeDasharray: dashed ? '5,3' : undefined });
  return [
    lineMark(
      lines.filter((d) => d.law !== m.law && d.law !== 'kaplan'),
      1.2,
      false,
    ),
    lineMark(
      lines.filter((d) => d.law !== m.law && d.law === 'kaplan'),
      1.2,
      true,
    ),
    lineMark(
      lines.filter((d) => d.law === m.law),
      2.6,
      m.law === 'kaplan',
    ),
  ];
}

/** Real models in range, the nearest ones named (staggered vertically, largest on top). */
function modelMarks(m: Model) {
  const stagger = (i: number) => (i - (m.nearSorted.length - 1) / 2) * 14;
  return [
    Plot.dot(m.models, { x: 'flops', y: 'params', r: 2.5, fill: 'currentColor', fillOpacity: 0.3 }),
    moving(Plot.dot(m.nearSorted, { x: 'flops', y: 'params', r: 3, fill: 'currentColor', fillOpacity: 0.75 })),
    ...m.nearSorted.map((d, i) =>
      moving(Plot.text([d], { x: 'flops', y: 'params', text: 'name', dx: 8, dy: stagger(i), textAnchor: 'start', fontSize: 12, fill: 'currentColor' })),
    ),
  ];
}

/** "16.5 days"; beyond 10⁵ days in scientific notation. */
function daysText(d: number, { lang, t }: Words) {
  return t.days(d < 1e5 ? formatNumber(d, lang, 3) : sci(d));
}

function lossText(plan: Plan, { lang, t }: Words) {
  if (plan.loss === null) return t.loss.none;
  return plan.law === 'kaplan' ? t.loss.kaplan(formatNumber(plan.loss, lang, 3)) : t.loss.chinchilla(formatNumber(plan.loss, lang, 4));
}

export default defineModelFigure({
  id: 'compute-planner',
  home: 'chinchilla',
  kind: 'calculator',
  width: WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/compute-planner'), zh: () => import('../i18n/figures/zh/compute-planner') },
  model,
  chart(m: Model, ctx: Ctx) {
    const { lang, t } = ctx;
    const name = (key: PlannerLawKey) => t.laws.planner[key];
    const names = PLANNER_LAW_KEYS.map(name);
    const yValues = [...m.lines.map((d) => d.params), ...m.models.map((d) => d.params)];
    const yDomain: [number, number] = [Math.min(...yValues), Math.max(...yValues)];
    const fit = [CHINCHILLA_FIT_RANGE.flops];
    const tips = [...m.plans.map((p) => ({ name: name(p.law), flops: p.flops, params: p.params })), ...m.models];
    // The answers move; the axes, the fitted range, the laws' lines and the real models are a function of the language,
    // the highlighted law and the budget axis, and are copied from the last picture with the same ones (drawPatching).
    return drawPatching(
      {
        ...baseOptions(ctx, HEIGHT),
        marginLeft: 56,
        x: logScale(lang, t.axis.flops, 'scientific', { domain: [m.lowC, m.highC], ticks: decadeTicks(m.lowC, m.highC, 7), tickFormat: powerOfTen }),
        y: logScale(lang, t.axis.params, 'quantity', { domain: yDomain, grid: true, ticks: decadeTicks(yDomain[0], yDomain[1], 7) }),
        color: { domain: names, range: SERIES_COLORS.slice(0, names.length), legend: true },
        marks: [
          Plot.rectX(fit, { x1: (d: number[]) => d[0], x2: (d: number[]) => d[1], fill: 'currentColor', fillOpacity: 0.07 }),
          ...lawLines(m, name),
          Plot.text(fit, {
            x: (d: number[]) => Math.sqrt(d[0] * d[1]),
            frameAnchor: 'top',
            dy: 4,
            text: () => t.isoflopRuns,
            fontSize: 12,
            fill: 'currentColor',
            fillOpacity: 0.7,
          }),
          ...modelMarks(m),
          moving(
            Plot.dot(m.plans, {
              x: 'flops',
              y: 'params',
              r: (d: Plan) => (d.law === m.law ? 6 : 3.5),
              fill: (d: Plan) => name(d.law),
              stroke: 'var(--plot-background, white)',
              strokeWidth: 1,
            }),
          ),
          tipMark<(typeof tips)[number]>(tips, {
            x: 'flops',
            y: 'params',
            title: (d) =>
              tipText(lang, [
                ['', d.name],
                [t.axis.flops, d.flops, 'scientific'],
                [t.axis.params, d.params, 'quantity'],
              ]),
          }),
        ],
      },
      `compute-planner:${lang}:${m.law}:${m.lowC}:${m.highC}`,
    );
  },
  table(m: Model, { t }) {
    const c = t.column;
    return {
      columns: [
        { key: 'law', label: c.law, format: 'text' },
        { key: 'params', label: t.common.column.params, format: 'quantity' },
        { key: 'tokens', label: c.tokens, format: 'quantity' },
        { key: 'ratio', label: 'D/N', format: 'number' },
        { key: 'flops', label: c.flops, format: 'scientific' },
        { key: 'loss', label: c.loss, format: 'number' },
        { key: 'days', label: c.days, format: 'number' },
      ],
      rows: m.plans.map((x) => ({
        law: t.laws.planner[x.law],
        params: x.params,
        tokens: x.tokens,
        ratio: x.tokensPerParameter,
        flops: x.flops,
        loss: x.loss === null ? '—' : x.loss,
        days: x.days,
      })),
    };
  },
  // The highlighted law in detail, then every other law in one line.
  readouts(m: Model, words) {
    const { lang, t } = words;
    const r = t.readout;
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    const { chosen } = m;
    const time = r.time(formatNumber(m.chips, lang, 7), m.chip ?? t.customChips, formatPercent(m.utilisation, lang, 3));
    // With a budget or hardware the FLOPs and days are the same for all laws.
    const sameBudget = m.mode === 'budget' || m.mode === 'hardware';
    return [
      { label: r.params(t.laws.planner[m.law]), value: `${q(chosen.params)}${m.nonEmbedding ? r.nonEmbedding : ''}` },
      { label: r.tokens, value: q(chosen.tokens) },
      { label: r.ratio, value: formatNumber(chosen.tokensPerParameter, lang, 3) },
      { label: r.flops, value: r.flopsValue(sci(chosen.flops)) },
      { label: r.loss, value: lossText(chosen, words) },
      { label: time, value: m.givenDays !== null ? r.given(daysText(m.givenDays, words)) : daysText(chosen.days, words) },
      { label: r.nearest, value: m.near.map((n) => r.nearModel(n.model.name, q(n.model.params), q(n.model.tokens))).join(r.nearSeparator) },
      ...m.plans
        .filter((x) => x.law !== m.law)
        .map((x) => ({
          label: t.laws.planner[x.law],
          value: r.otherLaw(q(x.params), q(x.tokens), formatNumber(x.tokensPerParameter, lang, 3)) + (sameBudget ? '' : r.otherLawTail(sci(x.flops), daysText(x.days, words))),
        })),
    ];
  },
  // Extrapolation warnings for the highlighted law's answer.
  warnings(m: Model, { lang, t }) {
    const w = t.warning;
    const plan = m.chosen;
    const times = (f: number) => formatNumber(f, lang, 3);
    if (plan.law === 'kaplan') {
      const f = extrapolationFactor(plan.params, KAPLAN_FIT_RANGE.params);
      return [...(plan.flops > KAPLAN_FIT_RANGE.breakdownFlops ? [w.kaplanBreakdown(sci(plan.flops))] : []), ...(f >= 10 ? [w.kaplanParams(times(f))] : [])];
    }
    const [lowC, highC] = CHINCHILLA_FIT_RANGE.flops;
    const f = extrapolationFactor(plan.flops, CHINCHILLA_FIT_RANGE.flops);
    if (f < 10) return [];
    const sentence = plan.flops > highC ? w.isoflopAbove : w.isoflopBelow;
    return [sentence(sci(plan.flops), times(f), sci(lowC), sci(highC))];
  },
});

export type { Model as ComputePlannerModel };
