/**
 * Calculator: the optimal peak learning rate and batch size for one training run, from Step Law (Li et al. 2025,
 * η and B from N and D) next to DeepSeek LLM's compute-based rule (DeepSeek-AI 2024 eq 1, η and B from C), with
 * both plotted across D for the chosen N and warnings where the run lies outside either fit.
 */
import * as Plot from '@observablehq/plot';
import { DEEPSEEK_FIT_RANGE, STEP_LAW_FIT_RANGE } from '../engine/hyperparameters';
import { formatNumber, formatQuantity, formatScientific } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import { compareHyperparameterRules, deepseekTokenRange, type RunShape } from '../engine/hyperparameter-rules';
import type en from '../i18n/figures/en/step-law';
import { type ChartContext, defineModelFigure } from './lib/types';
import { baseOptions, logScale, panels, polylineMark, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { drawPatching, moving } from './lib/reuse';
import { decadeDomain, niceLogDomain } from './lib/domains';

const PANEL_WIDTH = 440;
const HEIGHT = 340;
const TOKEN_RANGE: [number, number] = [1e8, 1e15];
const STEP_COLOR = SERIES_COLORS[0];
const DEEPSEEK_COLOR = SERIES_COLORS[5];
// Plot's stylesheet pins --plot-background to white on the svg itself, so halos use the page's --bg-card.
const HALO = { stroke: 'var(--bg-card, white)', strokeWidth: 4, paintOrder: 'stroke' } as const;

const logInput = (value: number, min: number, max: number) => ({ kind: 'quantity', default: value, min, max, scale: 'log', display: 'quantity' }) as const;
const wholeInput = (value: number, min: number, max: number) => ({ kind: 'quantity', default: value, min, max, scale: 'log', integer: true, display: 'plain' }) as const;
const shapeOnly = { usedWhen: { param: 'compute', values: ['shape'] } } as const;

const params = {
  params: logInput(7e9, 1e7, 1e13),
  tokens: logInput(1.4e12, TOKEN_RANGE[0], TOKEN_RANGE[1]),
  seqLen: wholeInput(2048, 128, 131072),
  compute: { kind: 'choice', default: '6nd', options: [{ value: '6nd' }, { value: 'shape' }] } as const,
  layers: { ...wholeInput(32, 1, 256), ...shapeOnly },
  dModel: { ...wholeInput(4096, 64, 65536), ...shapeOnly },
};

type Rule = 'stepLaw' | 'deepseek';
interface Values {
  params: number;
  tokens: number;
  seqLen: number;
  compute: string;
  layers: number;
  dModel: number;
}

/** Both rules at the reader's run and along the token axis, and the token range each fit covered. Numbers and keys only. */
function model(v: Values) {
  const shape: RunShape | undefined = v.compute === 'shape' ? { nLayer: v.layers, dModel: v.dModel } : undefined;
  const options = { seqLen: v.seqLen, shape };
  const run = compareHyperparameterRules(v.params, v.tokens, options);
  const curves = logSpace(TOKEN_RANGE[0], TOKEN_RANGE[1], 29).map((d) => compareHyperparameterRules(v.params, d, options));
  const points = (r: typeof run) => [
    { rule: 'stepLaw' as Rule, tokens: r.tokens, learningRate: r.stepLaw.learningRate, batchTokens: r.stepLaw.batchTokens },
    { rule: 'deepseek' as Rule, tokens: r.tokens, learningRate: r.deepseek.learningRate, batchTokens: r.deepseek.batchTokens },
  ];
  const deepseekTokens = deepseekTokenRange(run.flopsPerToken);
  const series = curves.filter((_, i) => i % 4 === 0).flatMap(points);
  return {
    seqLen: v.seqLen,
    run,
    curves,
    // Power laws are straight on log-log axes: every fourth row of the table draws them exactly.
    series,
    /**
     * The y domains (learning rate, batch tokens): moving N shifts the lines, and the axes stay (and are copied:
     * drawPatching) until a line leaves them. The learning rate moves with N (Step Law's η ∝ N^−0.713): its axis is
     * rounded out to whole decades, so a drag across N re-scales it at each decade (3–4 times between 10⁸ and 10¹²)
     * instead of at every 1-2-5 step (12 times). The batch hardly moves with N, and keeps the finer grid.
     */
    domains: { learningRate: decadeDomain(series.map((d) => d.learningRate)), batchTokens: niceLogDomain(series.map((d) => d.batchTokens)) },
    here: points(run),
    /** The token range each fit covered: Step Law's is fixed, DeepSeek's follows the FLOPs per token (so N). */
    bands: {
      stepLaw: [{ rule: 'stepLaw' as Rule, x1: STEP_LAW_FIT_RANGE.tokens[0], x2: STEP_LAW_FIT_RANGE.tokens[1] }],
      deepseek: [{ rule: 'deepseek' as Rule, x1: deepseekTokens[0], x2: deepseekTokens[1] }],
    },
  };
}

type Model = ReturnType<typeof model>;
type Ctx = ChartContext<typeof en>;
const colorOf = (d: { rule: Rule }) => (d.rule === 'stepLaw' ? STEP_COLOR : DEEPSEEK_COLOR);

/** The legend in the learning-rate panel's corner: the two rules and the shaded bands. */
function legend(t: Ctx['t']) {
  const line = (text: string, dy: number, fill: string, fontWeight?: number) =>
    Plot.text([text], { frameAnchor: 'top-left', dx: 6, dy, lineAnchor: 'top', fill, fontSize: 12, ...(fontWeight ? { fontWeight } : {}), ...HALO });
  return [line(t.legend.stepLaw, 4, STEP_COLOR, 600), line(t.legend.deepseek, 21, DEEPSEEK_COLOR, 600), line(t.legend.fitted, 38, 'currentColor')];
}

/** One panel: the fitted bands, both rules along D, the reader's D and a tip on each line. */
function panel(m: Model, ctx: Ctx, y: 'learningRate' | 'batchTokens') {
  const { lang, t } = ctx;
  const rate = y === 'learningRate';
  const yLabel = rate ? t.axis.learningRate : t.axis.batch;
  const band = (b: Model['bands'][Rule], fill: string) => Plot.rectX(b, { x1: 'x1', x2: 'x2', fill, fillOpacity: 0.12, clip: true });
  // Both rules as paths of our own (polylineMark), each in its colour: no channels, colour scale or grouping for Plot
  // to build on every update.
  const lines = (['stepLaw', 'deepseek'] as const).map((rule) => ({ lines: [m.series.filter((d) => d.rule === rule)], stroke: colorOf({ rule }) }));
  // Moving N or D moves the lines, DeepSeek's band, the rule and the dots; the axes, Step Law's band and the legend are
  // copied (drawPatching).
  return drawPatching(
    {
      ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT),
      marginLeft: 64,
      x: logScale(lang, t.axis.tokens, 'quantity', { domain: TOKEN_RANGE }),
      y: logScale(lang, yLabel, rate ? 'scientific' : 'quantity', { domain: m.domains[y], grid: true }),
      marks: [
        band(m.bands.stepLaw, STEP_COLOR),
        moving(band(m.bands.deepseek, DEEPSEEK_COLOR)),
        moving(
          polylineMark(
            lines,
            (d) => d.tokens,
            (d) => d[y],
            { 'stroke-width': 2 },
          ),
        ),
        moving(Plot.ruleX([m.run.tokens], { stroke: 'currentColor', strokeWidth: 1.5 })),
        moving(Plot.dot(m.here, { x: 'tokens', y, fill: colorOf, stroke: 'var(--bg-card, white)', r: 5 })),
        tipMark<Model['series'][number]>(m.series, {
          x: 'tokens',
          y,
          title: (d) =>
            tipText(lang, [['', t.rule[d.rule]], [t.axis.tokens, d.tokens, 'quantity'], rate ? [yLabel, d.learningRate, 'scientific'] : [yLabel, d.batchTokens, 'quantity']]),
        }),
        ...(rate ? legend(t) : []),
      ],
    },
    `step-law/${y}:${lang}`,
  );
}

const sci = (x: number) => formatScientific(x, { digits: 3 });

export default defineModelFigure({
  id: 'step-law',
  home: 'kaplan',
  kind: 'calculator',
  width: 2 * PANEL_WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/step-law'), zh: () => import('../i18n/figures/zh/step-law') },
  model,
  chart(m: Model, ctx) {
    return panels(ctx, [panel(m, ctx, 'learningRate'), panel(m, ctx, 'batchTokens')]);
  },
  table(m: Model, { t }) {
    const c = t.column;
    return {
      columns: [
        { key: 'tokens', label: c.tokens, format: 'quantity' },
        { key: 'flops', label: c.flops, format: 'scientific' },
        { key: 'stepLr', label: c.stepLr, format: 'scientific' },
        { key: 'stepBatch', label: c.stepBatch, format: 'quantity' },
        { key: 'deepseekLr', label: c.deepseekLr, format: 'scientific' },
        { key: 'deepseekBatch', label: c.deepseekBatch, format: 'quantity' },
      ],
      rows: m.curves.map((r) => ({
        tokens: r.tokens,
        flops: r.flops,
        stepLr: r.stepLaw.learningRate,
        stepBatch: r.stepLaw.batchTokens,
        deepseekLr: r.deepseek.learningRate,
        deepseekBatch: r.deepseek.batchTokens,
      })),
    };
  },
  readouts(m: Model, { lang, t }) {
    const r = t.readout;
    const { run } = m;
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    // Whole sequences once there is at least one (2,441, not 2,440.8); two digits below that.
    const count = (n: number) => (n >= 1 ? formatNumber(Math.round(n), lang, 17) : formatNumber(n, lang, 2));
    const batch = (tokens: number, sequences: number) => r.batchValue(q(tokens), r.sequences(count(sequences), formatNumber(m.seqLen, lang, 6)));
    const note = run.computeRule === '6ND' ? r.sixND : r.shapeNote(sci(run.flopsPerToken));
    return [
      { label: r.stepLr, value: sci(run.stepLaw.learningRate) },
      { label: r.stepBatch, value: batch(run.stepLaw.batchTokens, run.stepLaw.batchSequences) },
      { label: r.compute, value: r.computeValue(sci(run.flops), note) },
      { label: r.deepseekLr, value: sci(run.deepseek.learningRate) },
      { label: r.deepseekBatch, value: batch(run.deepseek.batchTokens, run.deepseek.batchSequences) },
      ...(run.shapeParams !== undefined ? [{ label: r.shapeParams, value: r.shapeParamsValue(q(run.shapeParams), q(run.params)) }] : []),
    ];
  },
  warnings(m: Model, { lang, t }) {
    const w = t.warning;
    const { run } = m;
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    const [pLo, pHi] = STEP_LAW_FIT_RANGE.params;
    const [dLo, dHi] = STEP_LAW_FIT_RANGE.tokens;
    const [cLo, cHi] = DEEPSEEK_FIT_RANGE.flops;
    return [
      ...(run.outside.stepLawParams ? [w.stepLawParams(q(run.params), q(pLo), q(pHi))] : []),
      ...(run.outside.stepLawTokens ? [w.stepLawTokens(q(run.tokens), q(dLo), q(dHi))] : []),
      ...(run.outside.deepseekCompute ? [w.deepseekCompute(sci(run.flops), sci(cLo), sci(cHi))] : []),
    ];
  },
});

export type { Model as StepLawModel };
