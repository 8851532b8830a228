/**
 * Kaplan et al. 2020 eq (1.6)/(5.6): learning curves L(N, S_min) = (N_c/N)^α_N + (S_c/S_min)^α_S for several model
 * sizes against the number of steps (log axis), with the Table 3 fit; each curve approaches its converged loss.
 */
import * as Plot from '@observablehq/plot';
import { KAPLAN_TABLE3, kaplanLossParamsSteps, type KaplanStepsConstants } from '../engine/kaplan-joint';
import { KAPLAN_TABLE5, kaplanLossFromParams } from '../engine/kaplan';
import { formatNumber, formatQuantity } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import type en from '../i18n/figures/en/loss-vs-steps';
import type { ChoiceSpec } from './lib/params';
import { defineModelFigure } from './lib/types';
import { baseOptions, logScale, SERIES_COLORS, tipText } from './lib/plot';
import { drawPatching } from './lib/reuse';
import { lossCurveMarks, lossExtent, modelSizesSpec, outsideStudiedWarning, readAtSpec, testLossAxis } from './lib/loss-curves';

const WIDTH = 640;
const HEIGHT = 400;
const STEP_RANGE: [number, number] = [1e3, 1e6];
const CURVE_POINTS = 34;

/** Fitted constants the reader can pick: Table 3 (the fit of eq 1.6) or the single-variable fits of Table 5. */
const CONSTANTS: Record<string, KaplanStepsConstants> = {
  table3: KAPLAN_TABLE3,
  table5: { alphaN: KAPLAN_TABLE5.alphaN, Nc: KAPLAN_TABLE5.Nc, alphaS: KAPLAN_TABLE5.alphaS, Sc: KAPLAN_TABLE5.Sc },
};

/** Kaplan §5.2 fits L(N, S) only after the 3,000-step warm-up; §2.2: most runs took 2.5e5 steps. */
const WARMUP_STEPS = 3000;
const RUN_STEPS = 2.5e5;

const params = {
  steps: readAtSpec(1e5, STEP_RANGE),
  sizes: modelSizesSpec([1e6, 3e6, 1e7, 3e7, 1e8, 3e8, 1e9], 1e12),
  constants: { kind: 'choice', default: 'table3', options: [{ value: 'table3' }, { value: 'table5' }] } satisfies ChoiceSpec,
};

/** The learning curve of each size, its converged loss (N_c/N)^α_N, and the reading at S_min = steps. Numbers only. */
function model({ steps, sizes, constants }: { steps: number; sizes: number[]; constants: string }) {
  const k = CONSTANTS[constants] ?? KAPLAN_TABLE3;
  const grid = logSpace(STEP_RANGE[0], STEP_RANGE[1], CURVE_POINTS);
  const series = [...sizes]
    .sort((a, b) => a - b)
    .map((n) => ({
      n,
      converged: kaplanLossFromParams(n, k),
      at: kaplanLossParamsSteps(n, steps, k),
      curve: grid.map((s) => ({ n, steps: s, loss: kaplanLossParamsSteps(n, s, k) })),
    }));
  return { steps, constants, series, inWarmup: steps < WARMUP_STEPS, beyondRuns: steps > RUN_STEPS };
}

type Model = ReturnType<typeof model>;

export default defineModelFigure({
  id: 'loss-vs-steps',
  home: 'kaplan',
  width: WIDTH,
  height: HEIGHT,
  params,
  messages: { en: () => import('../i18n/figures/en/loss-vs-steps'), zh: () => import('../i18n/figures/zh/loss-vs-steps') },
  model,
  chart(m: Model, ctx) {
    const { lang, t } = ctx;
    const c = t.common;
    const q = (v: number) => formatQuantity(v, lang);
    const series = m.series.map((s, i) => ({ ...s, label: q(s.n), color: SERIES_COLORS[i % SERIES_COLORS.length] }));
    const rules = series.map((s) => ({ loss: s.converged, color: s.color }));
    return drawPatching(
      {
        ...baseOptions(ctx, HEIGHT),
        marginRight: 56,
        x: logScale(lang, t.axis.steps, 'quantity', { domain: STEP_RANGE }),
        y: testLossAxis(
          c,
          lossExtent(
            rules,
            ...m.series.map((s) => s.curve),
            m.series.map((s) => ({ loss: s.at })),
          ),
        ),
        marks: [
          Plot.ruleY(rules, { y: 'loss', stroke: 'color', strokeDasharray: '4,4', strokeOpacity: 0.7 }),
          ...lossCurveMarks(series, 'steps', 'n', m.steps, `S_min = ${q(m.steps)}`, [], (p) =>
            tipText(lang, [
              [c.column.params, p.n, 'quantity'],
              [t.axis.steps, p.steps, 'quantity'],
              [c.column.loss, p.loss],
            ]),
          ),
        ],
        color: { type: 'identity' },
      },
      `loss-vs-steps:${lang}:${m.constants}:${m.series.map((s) => s.n)}`,
    );
  },
  table(m: Model, { t }) {
    return {
      columns: [
        { key: 'n', label: t.column.size, format: 'quantity' },
        { key: 'steps', label: t.column.steps, format: 'quantity' },
        { key: 'loss', label: t.common.column.loss },
      ],
      rows: m.series.flatMap((s) => s.curve.filter((_, i) => i % 3 === 0 || i === s.curve.length - 1).map((p) => ({ n: p.n, steps: p.steps, loss: p.loss }))),
    };
  },
  readouts(m: Model, { lang, t }) {
    const q = (v: number) => formatQuantity(v, lang);
    return m.series.map((s) => ({
      label: t.readout(q(s.n), q(m.steps)),
      value: t.readoutValue(formatNumber(s.at, lang, 3), formatNumber(s.converged, lang, 3)),
    }));
  },
  warnings(m: Model, { lang, t }) {
    const q = (v: number) => formatQuantity(v, lang);
    return [
      ...(m.inWarmup ? [t.warmup(q(m.steps))] : m.beyondRuns ? [t.beyondRuns(q(m.steps))] : []),
      ...outsideStudiedWarning(
        m.series.map((s) => s.n),
        q,
        t.common,
      ),
    ];
  },
});

export type { Model as LossVsStepsModel };
export type Messages = typeof en;
