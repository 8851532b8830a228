/**
 * Parameter counter (calculator): a published model's architecture, or one typed in, → total, embedding,
 * non-embedding and active parameters, where they sit (embedding, attention, feed-forward or experts, output, norms),
 * and FLOPs per token by Kaplan et al. 2020's forward-pass count next to the 6N rule; a link opens the compute planner
 * with this model's N. A preset fills the fields (ChoiceSpec.fills): the URL holds the preset and only the fields a
 * reader changed, and details the fields cannot express (DeepSeek-V3's latent attention, Qwen2.5's q/k/v biases) stay.
 */
import * as Plot from '@observablehq/plot';
import {
  ARCH_PRESETS,
  type ArchPresetKey,
  countParameters,
  flopsPerToken,
  type MlaShape,
  type ParameterBreakdown,
  parameterBreakdown,
  type TransformerArch,
} from '../engine/parameters';
import { formatNumber, formatPercent, formatQuantity, formatScientific } from '../lib/numbers';
import { figurePath } from '../lib/embed';
import { siteBase } from '../lib/urls';
import type en from '../i18n/figures/en/param-count';
import { type AnyValue, encodeNumber, type QuantitySpec } from './lib/params';
import { type ChartContext, type Clash, defineModelFigure, type WordsContext } from './lib/types';
import { baseOptions, SERIES_COLORS, tipMark, tipText, type TipPart } from './lib/plot';
import { niceCeil } from './lib/domains';
import { drawPatching, moving } from './lib/reuse';

const WIDTH = 640;
const PRESET_KEYS = Object.keys(ARCH_PRESETS) as ArchPresetKey[];
const DEFAULT_PRESET: ArchPresetKey = 'llama3_8b';
/** The compute planner's "model size" field accepts N in this range (src/figures/compute-planner.ts, `params`). */
export const PLANNER_N_RANGE = [1e6, 1e14] as const;

/** The fields a preset fills, from its published configuration. `ffn` is the width of one expert in an MoE model. */
function fieldsOf(a: TransformerArch) {
  return {
    layers: a.layers,
    dModel: a.dModel,
    heads: a.heads,
    kvHeads: a.kvHeads,
    ffn: a.expertFfnHidden ?? a.ffnHidden,
    vocab: a.vocab,
    tied: a.tiedEmbeddings,
    gated: a.gatedFfn,
    experts: a.experts ?? 0,
    activeExperts: a.activeExperts ?? 0,
    sharedExperts: a.sharedExperts ?? 0,
  };
}
type Fields = ReturnType<typeof fieldsOf>;
const FIELD_NAMES = Object.keys(fieldsOf(ARCH_PRESETS[DEFAULT_PRESET])) as (keyof Fields)[];
const FILLS = Object.fromEntries(PRESET_KEYS.map((k) => [k, fieldsOf(ARCH_PRESETS[k])])) as Record<ArchPresetKey, Fields>;
const D = FILLS[DEFAULT_PRESET];
/** Presets whose attention is not described by heads and KV heads (multi-head latent attention). */
const MLA_PRESETS = PRESET_KEYS.filter((k) => ARCH_PRESETS[k].mla);

/** A whole number typed in a text field; `slider` for those whose every value in range is valid. */
const whole = (value: number, min: number, max: number, slider = false): QuantitySpec => ({
  kind: 'quantity',
  default: value,
  min,
  max,
  scale: slider && min > 0 ? 'log' : 'linear',
  integer: true,
  display: 'plain',
  ...(slider ? {} : { slider: false }),
});

const params = {
  preset: {
    kind: 'choice',
    default: DEFAULT_PRESET,
    options: [...PRESET_KEYS, 'custom'].map((value) => ({ value })),
    fills: FILLS as Record<string, Record<string, AnyValue>>,
  },
  // 1…256 on a linear scale: the slider has one position per layer count.
  layers: { kind: 'quantity', default: D.layers, min: 1, max: 256, scale: 'linear', integer: true, display: 'plain' },
  dModel: whole(D.dModel, 1, 131072),
  heads: whole(D.heads, 1, 1024),
  kvHeads: { ...whole(D.kvHeads, 1, 1024), usedWhen: { param: 'preset', values: [...PRESET_KEYS.filter((k) => !MLA_PRESETS.includes(k)), 'custom'] } },
  ffn: whole(D.ffn, 1, 1e6, true),
  vocab: whole(D.vocab, 1, 1e6, true),
  tied: { kind: 'boolean', default: D.tied },
  gated: { kind: 'boolean', default: D.gated },
  experts: whole(D.experts, 0, 1024),
  activeExperts: whole(D.activeExperts, 0, 1024),
  sharedExperts: whole(D.sharedExperts, 0, 64),
  context: whole(4096, 1, 1e6, true),
} as const satisfies Record<string, unknown>;

export interface Values extends Fields {
  preset: string;
  context: number;
}

/** Why the fields do not describe a transformer, as codes with the numbers the words need. */
export type Problem =
  | { code: 'headWidth'; dModel: number; heads: number }
  | { code: 'kvGroups'; heads: number; kvHeads: number }
  | { code: 'activeNone'; experts: number }
  | { code: 'activeMax'; experts: number; activeExperts: number };

const presetOf = (v: { preset: string }): ArchPresetKey | null => (v.preset in ARCH_PRESETS ? (v.preset as ArchPresetKey) : null);

/** The combinations no transformer has: a fractional head width, KV heads that do not divide the heads, experts without any used. */
export function problemsOf(v: Values): Problem[] {
  const out: Problem[] = [];
  const mla = presetOf(v) !== null && !!ARCH_PRESETS[presetOf(v)!].mla;
  if (!mla && v.dModel % v.heads !== 0) out.push({ code: 'headWidth', dModel: v.dModel, heads: v.heads });
  if (!mla && (v.kvHeads > v.heads || v.heads % v.kvHeads !== 0)) out.push({ code: 'kvGroups', heads: v.heads, kvHeads: v.kvHeads });
  if (v.experts > 0 && v.activeExperts < 1) out.push({ code: 'activeNone', experts: v.experts });
  if (v.experts > 0 && v.activeExperts > v.experts) out.push({ code: 'activeMax', experts: v.experts, activeExperts: v.activeExperts });
  return out;
}

/** The parameters each problem involves (where the island shows its sentence). */
const PROBLEM_PARAMS: Record<Problem['code'], (keyof Values)[]> = {
  headWidth: ['dModel', 'heads'],
  kvGroups: ['kvHeads', 'heads'],
  activeNone: ['activeExperts', 'experts'],
  activeMax: ['activeExperts', 'experts'],
};

/**
 * The architecture the fields describe, on top of the preset's details that have no field: MLA widths, q/k/v biases,
 * DeepSeek-V3's dense first layers (their d_ff; `ffn` is then the experts' width) and its router bias.
 */
export function architectureOf(v: Values): TransformerArch {
  const p = presetOf(v) ? ARCH_PRESETS[presetOf(v)!] : undefined;
  const arch: TransformerArch = {
    layers: v.layers,
    dModel: v.dModel,
    heads: v.heads,
    // Latent attention has no KV heads of its own; the count is then unused (and the field dimmed).
    kvHeads: p?.mla ? v.heads : v.kvHeads,
    ffnHidden: v.ffn,
    vocab: v.vocab,
    tiedEmbeddings: v.tied,
    gatedFfn: v.gated,
    ...(p?.qkvBias ? { qkvBias: true } : {}),
    ...(p?.mla ? { mla: p.mla } : {}),
  };
  if (v.experts > 0) {
    Object.assign(arch, { experts: v.experts, activeExperts: v.activeExperts, sharedExperts: v.sharedExperts });
    if (p?.routerBias) arch.routerBias = true;
    if (p?.expertFfnHidden !== undefined) {
      Object.assign(arch, { ffnHidden: p.ffnHidden, expertFfnHidden: v.ffn, denseLayers: Math.min(p.denseLayers ?? 0, v.layers) });
    }
  }
  return arch;
}

/** What a preset keeps that no field shows (for the readout that says so). Numbers only. */
function keptOf(key: ArchPresetKey | null, v: Values) {
  if (!key) return null;
  const p = ARCH_PRESETS[key];
  const moe = v.experts > 0;
  const kept = {
    qkvBias: !!p.qkvBias,
    mla: (p.mla ?? null) as MlaShape | null,
    denseLayers: moe && p.expertFfnHidden !== undefined && p.denseLayers ? { layers: Math.min(p.denseLayers, v.layers), ffn: p.ffnHidden } : null,
    routerBias: moe && !!p.routerBias,
  };
  return kept.qkvBias || kept.mla || kept.denseLayers || kept.routerBias ? kept : null;
}

/** Components in drawing order (the colours stay with the component whatever the model). */
const COMPONENTS = ['inputEmbedding', 'outputLayer', 'attention', 'denseFfn', 'sharedExperts', 'routedExperts', 'router', 'norms'] as const;
type Component = (typeof COMPONENTS)[number];
const COMPONENT_COLOR: Record<Component, string> = {
  inputEmbedding: SERIES_COLORS[0],
  outputLayer: SERIES_COLORS[4],
  attention: SERIES_COLORS[1],
  denseFfn: SERIES_COLORS[2],
  sharedExperts: SERIES_COLORS[6],
  routedExperts: SERIES_COLORS[3],
  router: SERIES_COLORS[5],
  norms: SERIES_COLORS[7],
};
const FLOP_PARTS = ['weights', 'context', 'embedding'] as const;
type FlopPart = (typeof FLOP_PARTS)[number];
// Weights grey (the bulk), the context term in attention's colour, embeddings in the embedding's colour of the chart above.
const FLOP_COLOR: Record<FlopPart, string> = { weights: SERIES_COLORS[7], context: SERIES_COLORS[1], embedding: SERIES_COLORS[0] };
const FLOP_BARS = ['forward', 'training', 'sixN', 'sixNTotal'] as const;
type FlopBar = (typeof FLOP_BARS)[number];

/**
 * Counts, parts and FLOPs per token for the fields (or, when they do not fit together, for the preset as published,
 * with the problems listed), whether each field differs from the preset, and the N handed to the compute planner:
 * the parameters used per token, embeddings included (= all parameters for a dense model). Numbers and keys only.
 */
function model(v: Values) {
  const preset = presetOf(v);
  const problems = problemsOf(v);
  // Only a URL typed by hand or a page without JavaScript gets here with problems: the island holds such edits back.
  const shown: Values = problems.length ? { ...v, ...FILLS[preset ?? DEFAULT_PRESET] } : v;
  const arch = architectureOf(shown);
  const count = countParameters(arch);
  const parts = parameterBreakdown(arch);
  const flops = flopsPerToken(arch, v.context);
  const bars = [
    { bar: 'total' as const, parts: COMPONENTS.map((c) => ({ component: c, value: parts[c] })) },
    { bar: 'active' as const, parts: COMPONENTS.map((c) => ({ component: c, value: c === 'routedExperts' ? parts.activeRoutedExperts : parts[c] })) },
  ];
  const contextTerm = flops.forward - 2 * flops.params;
  const flopBars: { bar: FlopBar; parts: { part: FlopPart; value: number }[] }[] = [
    {
      bar: 'forward',
      parts: [
        { part: 'weights', value: 2 * flops.params },
        { part: 'context', value: contextTerm },
      ],
    },
    {
      bar: 'training',
      parts: [
        { part: 'weights', value: 6 * flops.params },
        { part: 'context', value: 3 * contextTerm },
      ],
    },
    { bar: 'sixN', parts: [{ part: 'weights', value: flops.sixN }] },
    {
      bar: 'sixNTotal',
      parts: [
        { part: 'weights', value: flops.sixN },
        { part: 'embedding', value: flops.sixNTotal - flops.sixN },
      ],
    },
  ];
  return {
    preset,
    fallback: problems.length ? (preset ?? DEFAULT_PRESET) : null,
    problems,
    edited: preset && !problems.length ? FIELD_NAMES.filter((k) => v[k] !== FILLS[preset][k]) : [],
    moe: (arch.experts ?? 0) > 0,
    tied: arch.tiedEmbeddings,
    kept: keptOf(preset, shown),
    count,
    parts: parts as ParameterBreakdown,
    context: v.context,
    flops,
    bars: bars.map((b) => ({ ...b, parts: b.parts.filter((p) => p.value > 0) })),
    flopBars: flopBars.map((b) => ({ ...b, parts: b.parts.filter((p) => p.value > 0) })),
    plannerN: count.active,
  };
}

export type Model = ReturnType<typeof model>;
type Ctx = ChartContext<typeof en>;
type Words = WordsContext<typeof en>;

const q3 = (x: number, lang: 'en' | 'zh') => formatQuantity(x, lang, { digits: 3 });
const sci = (x: number) => formatScientific(x, { digits: 3 });
/** An exact count with the language's grouping: 8,030,261,248. */
const exact = (x: number, lang: 'en' | 'zh') => formatNumber(x, lang, 17);

/** Stacked segments of one chart: where each part starts and ends along its bar. */
function segments<P extends { value: number }>(bars: { bar: string; parts: P[] }[], name: (bar: string) => string) {
  return bars.flatMap((b) => {
    const total = b.parts.reduce((s, p) => s + p.value, 0);
    let x = 0;
    return b.parts.map((p) => {
      const row = { ...p, barKey: b.bar, bar: name(b.bar), x1: x, x2: x + p.value, share: p.value / total, barTotal: total };
      x += p.value;
      return row;
    });
  });
}

/** A Plot figure (legend + svg) set flush in the frame. */
function flush(node: Element): Element {
  node.setAttribute('style', `${node.getAttribute('style') ?? ''};margin:0 0 0.5rem`.replace(/^;/, ''));
  return node;
}

/** One segment of a stacked bar, as `segments` makes it, with the name its colour and tip go by. */
type Segment = { bar: string; name: string; value: number; x1: number; x2: number; share: number; barTotal: number };

/**
 * A chart of stacked bars with each bar's total written at its end, set flush in the frame. Its axis ends at the next
 * round value above the longest bar, so moving a field patches the bars, totals and tips over the copied axes, grid and
 * legend (drawPatching, keyed by everything those show).
 */
function stackedBars(
  ctx: Ctx,
  key: string,
  c: {
    height: number;
    rows: Segment[];
    ends: { bar: string; value: number }[];
    bars: string[];
    legend: { names: string[]; colors: string[] };
    x: { label: string; tickFormat: (d: number) => string; ticks: number };
    endText: (value: number) => string;
    tip: (d: Segment) => TipPart[];
  },
): Element {
  const { lang } = ctx;
  const top = niceCeil(Math.max(...c.ends.map((e) => e.value)));
  return flush(
    drawPatching(
      {
        ...baseOptions(ctx, c.height),
        marginLeft: lang === 'zh' ? 96 : 128,
        marginRight: 80,
        marginTop: 8,
        x: { domain: [0, top], ...c.x, grid: true },
        y: { domain: c.bars, label: null },
        color: { domain: c.legend.names, range: c.legend.colors, legend: true },
        marks: [
          moving(Plot.barX(c.rows, { x1: 'x1', x2: 'x2', y: 'bar', fill: 'name', inset: 0.5 })),
          moving(Plot.text(c.ends, { x: 'value', y: 'bar', text: (d: { value: number }) => c.endText(d.value), dx: 5, textAnchor: 'start', fill: 'currentColor' })),
          tipMark<Segment>(c.rows, { x: (d: Segment) => (d.x1 + d.x2) / 2, y: 'bar', title: (d) => tipText(lang, [['', `${d.bar} · ${d.name}`], ...c.tip(d)]) }),
        ],
      },
      `param-count:${key}:${lang}:${top}:${c.x.label}:${c.legend.names.join('|')}`,
    ) as Element,
  );
}

function paramsChart(m: Model, ctx: Ctx): Element {
  const { lang, t } = ctx;
  const name = (c: Component) => (c === 'inputEmbedding' && m.tied ? t.component.tiedEmbedding : t.component[c]);
  const rows = segments(m.bars, (b) => t.bar[b as 'total' | 'active']).map((r) => ({ ...r, name: name(r.component) }));
  const shown = COMPONENTS.filter((c) => rows.some((r) => r.component === c));
  return stackedBars(ctx, 'params', {
    height: 150,
    rows,
    ends: m.bars.map((b) => ({ bar: t.bar[b.bar], value: b.bar === 'total' ? m.count.total : m.count.active })),
    bars: [t.bar.total, t.bar.active],
    legend: { names: shown.map(name), colors: shown.map((c) => COMPONENT_COLOR[c]) },
    x: { label: t.axis.params, tickFormat: (d) => formatQuantity(d, lang, { digits: 2 }), ticks: 5 },
    endText: (v) => q3(v, lang),
    tip: (d) => [
      [t.tip.params, d.value, 'quantity'],
      [t.tip.exact, exact(d.value, lang)],
      [t.tip.share, d.share, 'percent'],
    ],
  });
}

function flopsChart(m: Model, ctx: Ctx): Element {
  const { lang, t } = ctx;
  const rows = segments(m.flopBars, (b) => t.flopBar[b as FlopBar]).map((r) => ({ ...r, name: t.flopPart[r.part] }));
  const shown = FLOP_PARTS.filter((p) => rows.some((r) => r.part === p));
  return stackedBars(ctx, 'flops', {
    height: 190,
    rows,
    ends: m.flopBars.map((b) => ({ bar: t.flopBar[b.bar], value: b.parts.reduce((s, p) => s + p.value, 0) })),
    bars: FLOP_BARS.map((b) => t.flopBar[b]),
    legend: { names: shown.map((p) => t.flopPart[p]), colors: shown.map((p) => FLOP_COLOR[p]) },
    x: { label: t.axis.flops(formatNumber(m.context, lang, 7)), tickFormat: (d) => formatScientific(d, { digits: 2 }), ticks: 4 },
    endText: sci,
    tip: (d) => [
      [t.tip.flops, d.value, 'scientific'],
      [t.tip.share, d.share, 'percent'],
      [t.tip.barTotal, d.barTotal, 'scientific'],
    ],
  });
}

/** The compute planner's own page, asked "I want a model of this size" with N filled in. */
export function plannerHref(n: number, lang: 'en' | 'zh'): string {
  return `${figurePath(siteBase(), lang, 'compute-planner')}?mode=params&params=${encodeNumber(n)}`;
}

/** The sentence for one problem, in the reader's language. */
function problemText(p: Problem, { lang, t }: Words): string {
  const n = (x: number) => formatNumber(x, lang, 7);
  switch (p.code) {
    case 'headWidth':
      return t.problem.headWidth(n(p.dModel), n(p.heads));
    case 'kvGroups':
      return t.problem.kvGroups(n(p.heads), n(p.kvHeads));
    case 'activeNone':
      return t.problem.activeNone(n(p.experts));
    case 'activeMax':
      return t.problem.activeMax(n(p.activeExperts), n(p.experts));
  }
}

/** What the preset keeps that no field shows, in words. */
function keptText(kept: NonNullable<Model['kept']>, { lang, t }: Words): string {
  const n = (x: number) => formatNumber(x, lang, 7);
  const parts = [
    ...(kept.mla ? [t.kept.mla(n(kept.mla.qLoraRank ?? 0), n(kept.mla.kvLoraRank), n(kept.mla.qkNopeHeadDim), n(kept.mla.qkRopeHeadDim), n(kept.mla.vHeadDim))] : []),
    ...(kept.denseLayers ? [t.kept.denseLayers(n(kept.denseLayers.layers), n(kept.denseLayers.ffn))] : []),
    ...(kept.routerBias ? [t.kept.routerBias] : []),
    ...(kept.qkvBias ? [t.kept.qkvBias] : []),
  ];
  return parts.join(t.kept.separator);
}

export default defineModelFigure({
  id: 'param-count',
  home: 'beyond-chinchilla',
  kind: 'calculator',
  width: WIDTH,
  height: 420,
  params,
  messages: { en: () => import('../i18n/figures/en/param-count'), zh: () => import('../i18n/figures/zh/param-count') },
  model: (p) => model(p as Values),
  chart(m: Model, ctx: Ctx) {
    const doc = ctx.document ?? document;
    const div = doc.createElement('div');
    div.appendChild(paramsChart(m, ctx));
    div.appendChild(flopsChart(m, ctx));
    return div;
  },
  table(m: Model, { t }) {
    const c = t.column;
    const name = (k: Component) => (k === 'inputEmbedding' && m.tied ? t.component.tiedEmbedding : t.component[k]);
    const part = (k: Component) => ({
      item: name(k),
      model: m.parts[k],
      perToken: k === 'routedExperts' ? m.parts.activeRoutedExperts : m.parts[k],
      unit: t.unit.params,
    });
    const flop = (k: FlopBar) => ({ item: t.flopBar[k], model: '—', perToken: m.flopBars.find((b) => b.bar === k)!.parts.reduce((s, p) => s + p.value, 0), unit: t.unit.flops });
    return {
      columns: [
        { key: 'item', label: c.item, format: 'text' },
        { key: 'model', label: c.model, format: 'quantity' },
        { key: 'perToken', label: c.perToken, format: 'quantity' },
        { key: 'unit', label: c.unit, format: 'text' },
      ],
      rows: [
        ...COMPONENTS.filter((k) => m.parts[k] > 0).map(part),
        { item: t.readout.total, model: m.count.total, perToken: m.count.active, unit: t.unit.params },
        { item: t.readout.embedding, model: m.count.embedding, perToken: m.count.embedding, unit: t.unit.params },
        { item: t.readout.nonEmbedding, model: m.count.nonEmbedding, perToken: m.count.activeNonEmbedding, unit: t.unit.params },
        ...FLOP_BARS.map(flop),
      ],
    };
  },
  readouts(m: Model, words) {
    const { lang, t } = words;
    const r = t.readout;
    const pct = (x: number) => formatPercent(x, lang, 3);
    const count = (x: number) => r.count(q3(x, lang), exact(x, lang));
    const { total, embedding, nonEmbedding, active } = m.count;
    const f = m.flops;
    const which = m.preset ? t.params.preset.options[m.preset] : t.params.preset.options.custom;
    const architecture =
      m.fallback !== null
        ? r.fallback(t.params.preset.options[m.fallback])
        : m.edited.length
          ? r.edited(which, m.edited.map((k) => t.params[k].label).join(t.common.listSeparator))
          : m.preset
            ? r.asPublished(which)
            : which;
    const inRange = m.plannerN >= PLANNER_N_RANGE[0] && m.plannerN <= PLANNER_N_RANGE[1];
    return [
      { label: r.architecture, value: architecture },
      { label: r.total, value: count(total) },
      { label: r.embedding, value: r.share(q3(embedding, lang), pct(embedding / total)) },
      { label: r.nonEmbedding, value: r.share(q3(nonEmbedding, lang), pct(nonEmbedding / total)) },
      { label: r.active, value: m.moe ? r.share(count(active), pct(active / total)) : r.dense(q3(active, lang)) },
      {
        label: r.forward(formatNumber(m.context, lang, 7)),
        value: r.forwardValue(sci(f.forward), sci(2 * f.params), sci(f.forward - 2 * f.params), pct(f.contextShare)),
      },
      { label: r.training, value: r.trainingValue(sci(f.sixN), sci(f.training), sci(f.sixNTotal)) },
      ...(m.kept ? [{ label: r.kept, value: keptText(m.kept, words) }] : []),
      inRange
        ? { label: r.planner, value: r.plannerLink(q3(m.plannerN, lang), m.moe), href: plannerHref(m.plannerN, lang) }
        : { label: r.planner, value: r.plannerOut(q3(m.plannerN, lang)) },
    ];
  },
  warnings(m: Model, words) {
    if (m.fallback === null) return [];
    return [words.t.warning.fallback(m.problems.map((p) => problemText(p, words)).join(' '), words.t.params.preset.options[m.fallback])];
  },
  check(v, words): Clash[] {
    return problemsOf(v as Values).map((p) => ({ params: PROBLEM_PARAMS[p.code], message: problemText(p, words) }));
  },
});
