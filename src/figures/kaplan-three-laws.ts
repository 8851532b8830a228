/**
 * Kaplan et al. 2020, Fig. 1: test loss falls as a power law in compute (C_min, PF-days), dataset size (tokens) and
 * non-embedding parameters, each drawn on log-log axes with the single-variable fits of Table 5 (eqs 1.1–1.3).
 * The reader types an N, a D and a C and reads the loss each law predicts; exponents and constants can be moved.
 */
import * as Plot from '@observablehq/plot';
import { KAPLAN_FIGURE1_CRITICAL_COMPUTE, KAPLAN_TABLE5, kaplanLossFromCompute, kaplanLossFromParams, kaplanLossFromTokens } from '../engine/kaplan';
import { pfDaysToFlops } from '../engine/compute';
import { formatNumber, formatQuantity, formatScientific } from '../lib/numbers';
import { logSpace } from '../engine/stats';
import type { Lang } from '../i18n';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, panels, pick, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { decadePowers } from './lib/ticks';

const PANEL_WIDTH = 300;
const HEIGHT = 300;
const CURVE_POINTS = 46;

/** Axis ranges like Kaplan Fig. 1; widened when the reader's value lies outside. */
const RANGES = {
  compute: [1e-9, 1e2],
  tokens: [1e7, 1e11],
  params: [1e5, 1e10],
} as const;

/** What Kaplan et al. studied (§3): models of 768 to 1.5e9 non-embedding parameters, datasets of 22M to 23B tokens. */
const STUDIED = { params: [768, 1.5e9], tokens: [2.2e7, 2.3e10] } as const;
/** Eq (6.8): near C* ~ 1e4 PF-days the L(C_min) and L(D) trends meet, so L(C_min) cannot continue beyond it. */
const BREAKDOWN_PF_DAYS = 1e4;

function domainAround(range: readonly [number, number], value: number): [number, number] {
  return [Math.min(range[0], value / 3), Math.max(range[1], value * 3)];
}

/** Nice loss ticks on a log axis spanning [lo, hi] nats, at most five. */
function lossTicks(lo: number, hi: number): number[] {
  const nice = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50, 100, 200, 500, 1000, 1e4, 1e5, 1e6];
  let ticks = nice.filter((v) => v >= lo && v <= hi);
  while (ticks.length > 5) ticks = ticks.filter((_, i) => i % 2 === 0);
  return ticks;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Axis labels as Kaplan Fig. 1 writes them: 10⁻⁹, 10⁻³, 10⁰, 10² (exact powers of ten); other values in scientific form. */
function powerLabel(v: number): string {
  const e = Math.round(Math.log10(v));
  if (Math.abs(v / 10 ** e - 1) > 1e-9) return formatScientific(v, { digits: 2 });
  const digits = [...String(Math.abs(e))].map((d) => SUPERSCRIPT[Number(d)]).join('');
  return `10${e < 0 ? '⁻' : ''}${digits}`;
}

function loss(x: number, lang: Lang, digits = 3): string {
  return formatNumber(x, lang, digits);
}

export default defineFigure({
  id: 'kaplan-three-laws',
  home: 'kaplan',
  width: 3 * PANEL_WIDTH,
  height: HEIGHT,
  params: {
    n: {
      kind: 'quantity',
      label: { zh: '非嵌入参数量 N', en: 'Non-embedding parameters N' },
      unit: { zh: '参数', en: 'params' },
      default: 1.5e9,
      min: 1e3,
      max: 1e15,
      scale: 'log',
      display: 'quantity',
      help: { zh: '可以写 1.5B、15亿 或 1.5e9。', en: 'Type 1.5B, 15亿 or 1.5e9.' },
    },
    d: {
      kind: 'quantity',
      label: { zh: '数据量 D', en: 'Dataset size D' },
      unit: { zh: '词元', en: 'tokens' },
      default: 2.29e10,
      min: 1e5,
      max: 1e15,
      scale: 'log',
      display: 'quantity',
      help: {
        zh: '默认是整个 WebText2：2.29×10¹⁰ 个词元（§2.3）。',
        en: 'The default is all of WebText2: 2.29×10¹⁰ tokens (§2.3).',
      },
    },
    c: {
      kind: 'quantity',
      label: { zh: '计算量 C_min', en: 'Compute C_min' },
      unit: { zh: 'PF-day', en: 'PF-days' },
      default: 1,
      min: 1e-12,
      max: 1e8,
      scale: 'log',
      display: 'scientific',
      help: { zh: '1 PF-day = 8.64×10¹⁹ FLOPs。', en: '1 PF-day = 8.64×10¹⁹ FLOPs.' },
    },
    ccMin: {
      kind: 'choice',
      label: { zh: '临界计算量 C_c^min', en: 'Critical compute C_c^min' },
      default: 'table5',
      options: [
        { value: 'table5', label: { zh: '3.1×10⁸ PF-day（原文式 1.3、原文表 5）', en: '3.1×10⁸ PF-days (eq 1.3, Table 5)' } },
        { value: 'figure1', label: { zh: '2.3×10⁸ PF-day（原文图 1 图例）', en: '2.3×10⁸ PF-days (Fig. 1 legend)' } },
      ],
    },
    alphaC: {
      kind: 'quantity',
      label: { zh: '计算量指数 α_C^min', en: 'Compute exponent α_C^min' },
      unit: { zh: '', en: '' },
      default: KAPLAN_TABLE5.alphaCMin,
      min: 0.01,
      max: 0.2,
      scale: 'linear',
      step: 0.001,
      display: 'plain',
    },
    alphaD: {
      kind: 'quantity',
      label: { zh: '数据指数 α_D', en: 'Data exponent α_D' },
      unit: { zh: '', en: '' },
      default: KAPLAN_TABLE5.alphaD,
      min: 0.01,
      max: 0.2,
      scale: 'linear',
      step: 0.001,
      display: 'plain',
    },
    dc: {
      kind: 'quantity',
      label: { zh: '数据常数 D_c', en: 'Data constant D_c' },
      unit: { zh: '词元', en: 'tokens' },
      default: KAPLAN_TABLE5.Dc,
      min: 1e11,
      max: 1e16,
      scale: 'log',
      display: 'scientific',
    },
    alphaN: {
      kind: 'quantity',
      label: { zh: '参数指数 α_N', en: 'Parameter exponent α_N' },
      unit: { zh: '', en: '' },
      default: KAPLAN_TABLE5.alphaN,
      min: 0.01,
      max: 0.2,
      scale: 'linear',
      step: 0.001,
      display: 'plain',
    },
    nc: {
      kind: 'quantity',
      label: { zh: '参数常数 N_c', en: 'Parameter constant N_c' },
      unit: { zh: '参数', en: 'params' },
      default: KAPLAN_TABLE5.Nc,
      min: 1e11,
      max: 1e16,
      scale: 'log',
      display: 'scientific',
    },
  },
  strings: {
    en: {
      title: 'Three power laws: loss against compute, data and parameters',
      caption:
        'Test loss on log-log axes, as in Kaplan et al. Fig. 1. First panel: against compute on the compute-efficient frontier, C_min, in PF-days (1 PF-day = 8.64×10¹⁹ FLOPs). Second: against dataset size D in tokens, for large models stopped early. Third: against non-embedding parameters N (a count of parameters, not of tokens), for models trained to convergence. Dots mark the N, D and C you type. The paper prints two values of C_c^min: 3.1×10⁸ PF-days in eq. (1.3) and Table 5, and 2.3×10⁸ in the Fig. 1 legend; pick either (at 1 PF-day they give 2.658 and 2.619 nats).',
      source:
        'Kaplan et al. 2020 (arXiv 2001.08361), Fig. 1; eqs (1.1)–(1.3) and Table 5: α_N 0.076, N_c 8.8×10¹³; α_D 0.095, D_c 5.4×10¹³ tokens; α_C^min 0.050, C_c^min 3.1×10⁸ PF-days (Fig. 1 legend: 2.3×10⁸).',
      alt: 'Three log-log panels, each a falling straight line: loss against compute in PF-days, against tokens, and against non-embedding parameters, with a dot on each line at the chosen value.',
    },
    zh: {
      title: '三条幂律：损失与计算量、数据量、参数量',
      caption:
        '双对数坐标下的测试损失，对应 Kaplan 等的原文图 1。第一幅：沿计算最优前沿，损失随计算量 C_min 的变化，单位是 PF-day（1 PF-day = 8.64×10¹⁹ FLOPs）。第二幅：大模型提前停止时，损失随数据量 D（词元）的变化。第三幅：训练到收敛时，损失随非嵌入参数量 N 的变化（横轴数的是参数，不是词元）。圆点标出你输入的 N、D 和 C。论文给出了两个 C_c^min：原文式（1.3）和原文表 5 是 3.1×10⁸ PF-day，原文图 1 图例是 2.3×10⁸；两者都可以选（在 1 PF-day 处分别给出 2.658 和 2.619 奈特）。',
      source:
        'Kaplan 等 2020（arXiv 2001.08361）原文图 1；原文式（1.1）–（1.3）与原文表 5：α_N 0.076，N_c 8.8×10¹³；α_D 0.095，D_c 5.4×10¹³ 词元；α_C^min 0.050，C_c^min 3.1×10⁸ PF-day（原文图 1 图例为 2.3×10⁸）。',
      alt: '三幅双对数图，每幅一条下降的直线：损失对 PF-day 计算量、对词元数、对非嵌入参数量，每条线上有一个圆点标出所选的值。',
    },
  },
  render(params, lang, ctx) {
    const criticalCompute = params.ccMin === 'figure1' ? KAPLAN_FIGURE1_CRITICAL_COMPUTE : KAPLAN_TABLE5.CcMin;
    const otherCritical = params.ccMin === 'figure1' ? KAPLAN_TABLE5.CcMin : KAPLAN_FIGURE1_CRITICAL_COMPUTE;
    const lossC = (c: number, cc = criticalCompute) => kaplanLossFromCompute(c, { criticalCompute: cc, alpha: params.alphaC });
    const lossD = (d: number) => kaplanLossFromTokens(d, { alphaD: params.alphaD, Dc: params.dc });
    const lossN = (n: number) => kaplanLossFromParams(n, { alphaN: params.alphaN, Nc: params.nc });

    const cDomain = domainAround(RANGES.compute, params.c);
    const dDomain = domainAround(RANGES.tokens, params.d);
    const nDomain = domainAround(RANGES.params, params.n);
    const computeCurve = logSpace(cDomain[0], cDomain[1], CURVE_POINTS).map((x) => ({ x, loss: lossC(x) }));
    const tokenCurve = logSpace(dDomain[0], dDomain[1], CURVE_POINTS).map((x) => ({ x, loss: lossD(x) }));
    const paramCurve = logSpace(nDomain[0], nDomain[1], CURVE_POINTS).map((x) => ({ x, loss: lossN(x) }));
    const at = { c: lossC(params.c), d: lossD(params.d), n: lossN(params.n) };

    const yLabel = pick(lang, '测试损失（奈特/词元）', 'Test loss (nats/token)');
    const opts = { ...baseOptions({ ...ctx, width: PANEL_WIDTH }, HEIGHT), marginLeft: 44, marginRight: 24, marginTop: 26 };
    const law = (text: string) => Plot.text([text], { frameAnchor: 'top-right', dy: 4, dx: -2, fontSize: 12, fill: 'currentColor' });

    const panel = (
      curve: { x: number; loss: number }[],
      point: { x: number; loss: number },
      domain: [number, number],
      xLabel: string,
      style: 'quantity' | 'scientific',
      color: string,
      legend: string,
    ) => {
      const losses = curve.map((p) => p.loss);
      const lo = Math.min(...losses);
      const hi = Math.max(...losses);
      return Plot.plot({
        ...opts,
        x: logScale(lang, xLabel, style, {
          domain,
          ticks: decadePowers(domain),
          ...(style === 'scientific' ? { tickFormat: powerLabel } : {}),
        }),
        y: { type: 'log' as const, label: yLabel, grid: true, ticks: lossTicks(lo, hi), tickFormat: (v: number) => formatNumber(v, lang, 3) },
        marks: [
          Plot.line(curve, { x: 'x', y: 'loss', stroke: color, strokeWidth: 2 }),
          Plot.dot([point], { x: 'x', y: 'loss', r: 5, fill: color, stroke: 'var(--plot-background, white)', strokeWidth: 1.5 }),
          tipMark<{ x: number; loss: number }>(curve, {
            x: 'x',
            y: 'loss',
            title: (d) =>
              tipText(lang, [
                [xLabel, d.x, style],
                [yLabel, d.loss],
              ]),
          }),
          Plot.text([point], { x: 'x', y: 'loss', text: (p: { loss: number }) => loss(p.loss, lang, 4), dx: 8, dy: -10, textAnchor: 'start', fontSize: 12, fill: 'currentColor' }),
          law(legend),
        ],
      });
    };

    const sci = (v: number) => formatScientific(v, { digits: 2 });
    const computePanel = panel(
      computeCurve,
      { x: params.c, loss: at.c },
      cDomain,
      pick(lang, '计算量 C_min（PF-day）', 'Compute C_min (PF-days)'),
      'scientific',
      SERIES_COLORS[0],
      `L = (C_min/${sci(criticalCompute)})^−${params.alphaC.toFixed(3)}`,
    );
    const tokenPanel = panel(
      tokenCurve,
      { x: params.d, loss: at.d },
      dDomain,
      pick(lang, '数据量 D（词元）', 'Dataset size D (tokens)'),
      'quantity',
      SERIES_COLORS[2],
      `L = (D/${sci(params.dc)})^−${params.alphaD.toFixed(3)}`,
    );
    const paramPanel = panel(
      paramCurve,
      { x: params.n, loss: at.n },
      nDomain,
      pick(lang, '非嵌入参数量 N', 'Non-embedding parameters N'),
      'quantity',
      SERIES_COLORS[5],
      `L = (N/${sci(params.nc)})^−${params.alphaN.toFixed(3)}`,
    );

    const warnings: string[] = [];
    const q = (v: number) => formatQuantity(v, lang);
    if (params.n < STUDIED.params[0] || params.n > STUDIED.params[1]) {
      warnings.push(
        pick(
          lang,
          `N = ${q(params.n)} 超出了 Kaplan 等研究的 768 到 15 亿个非嵌入参数（§3），L(N) 在这里是外推。`,
          `N = ${q(params.n)} lies outside the 768 to 1.5B non-embedding parameters Kaplan et al. studied (§3); L(N) is an extrapolation there.`,
        ),
      );
    }
    if (params.d < STUDIED.tokens[0] || params.d > STUDIED.tokens[1]) {
      warnings.push(
        pick(
          lang,
          `D = ${q(params.d)} 超出了论文研究的 2200 万到 230 亿个词元（§3），L(D) 在这里是外推。`,
          `D = ${q(params.d)} lies outside the 22 million to 23 billion tokens the paper studied (§3); L(D) is an extrapolation there.`,
        ),
      );
    }
    if (params.c > BREAKDOWN_PF_DAYS) {
      warnings.push(
        pick(
          lang,
          `C_min = ${sci(params.c)} PF-day 超过约 10⁴ PF-day：论文指出 L(C_min) 与数据受限的趋势在那里相交，两者不可能都继续成立（原文式 6.8）。`,
          `C_min = ${sci(params.c)} PF-days is beyond ~10⁴ PF-days, where the paper says the L(C_min) trend meets the data-limited trend and both cannot continue (eq 6.8).`,
        ),
      );
    }

    const nats = pick(lang, '奈特/词元', 'nats/token');
    const rows = [
      ...computeCurve.filter((_, i) => i % 3 === 0).map((p) => ({ law: 'L(C_min)', x: p.x, unit: 'PF-days', loss: p.loss })),
      ...tokenCurve.filter((_, i) => i % 3 === 0).map((p) => ({ law: 'L(D)', x: p.x, unit: pick(lang, '词元', 'tokens'), loss: p.loss })),
      ...paramCurve.filter((_, i) => i % 3 === 0).map((p) => ({ law: 'L(N)', x: p.x, unit: pick(lang, '参数', 'params'), loss: p.loss })),
    ];
    return {
      node: panels(ctx, [computePanel, tokenPanel, paramPanel]),
      data: {
        columns: [
          { key: 'law', label: pick(lang, '定律', 'Law'), format: 'text' },
          { key: 'x', label: pick(lang, '横轴取值', 'x value'), format: 'scientific' },
          { key: 'unit', label: pick(lang, '单位', 'Unit'), format: 'text' },
          { key: 'loss', label: pick(lang, '损失（奈特/词元）', 'Loss (nats/token)') },
        ],
        rows,
      },
      readouts: [
        {
          label: pick(lang, `L(N)，N = ${q(params.n)}`, `L(N) at N = ${q(params.n)}`),
          value: `${loss(at.n, lang, 4)} ${nats}`,
        },
        {
          label: pick(lang, `L(D)，D = ${q(params.d)} 词元`, `L(D) at D = ${q(params.d)} tokens`),
          value: `${loss(at.d, lang, 4)} ${nats}`,
        },
        {
          label: pick(
            lang,
            `L(C_min)，C_min = ${sci(params.c)} PF-day（${formatScientific(pfDaysToFlops(params.c), { digits: 3 })} FLOPs）`,
            `L(C_min) at C_min = ${sci(params.c)} PF-days (${formatScientific(pfDaysToFlops(params.c), { digits: 3 })} FLOPs)`,
          ),
          value: pick(
            lang,
            `${loss(at.c, lang, 4)} ${nats}（若 C_c^min = ${sci(otherCritical)}：${loss(lossC(params.c, otherCritical), lang, 4)}）`,
            `${loss(at.c, lang, 4)} ${nats} (with C_c^min = ${sci(otherCritical)}: ${loss(lossC(params.c, otherCritical), lang, 4)})`,
          ),
        },
      ],
      warnings,
    };
  },
});
