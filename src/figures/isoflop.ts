/**
 * IsoFLOP profiles (Hoffmann et al. 2022 §3.2, Fig. 3; Approach 2): for each budget, the loss against model size
 * with D = C/(6N) under a fitted Chinchilla law, the parabola in log N through each profile and its minimum; then
 * the minima against FLOPs with the power law through them, next to the closed-form frontier of eq (4).
 */
import * as Plot from '@observablehq/plot';
import { LAWS, allocationExponents, computeOptimal, type LawKey } from '../engine/chinchilla';
import { LAW_INFO } from './lib/laws';
import { isoflopMinimaPowerLaw } from '../engine/isoflop';
import { formatNumber, formatQuantity, formatScientific } from '../lib/numbers';
import { evaluatePowerLaw } from '../engine/stats';
import { isoflopCurves } from '../engine/chinchilla-approaches';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, panels, pick, SERIES_COLORS, tipMark, tipText } from './lib/plot';
import { decadeTicks, powerOfTen } from './lib/ticks';

// Equal panel widths: the frame's flex layout gives side-by-side panels equal room.
const LEFT_WIDTH = 450;
const RIGHT_WIDTH = 450;
const HEIGHT = 380;
const POINTS_PER_BUDGET = 15;
/** Approach 2's budgets: "9 different training FLOP counts (ranging from 6 × 10^18 to 3 × 10^21 FLOPs)" (§3.2). */
const PAPER_BUDGETS: [number, number] = [6e18, 3e21];
const LAW_KEYS: LawKey[] = ['hoffmann2022', 'hoffmann2022Rounded', 'besiroglu2024'];
const LAW_LABELS: Record<LawKey, { zh: string; en: string }> = {
  hoffmann2022: { zh: 'Hoffmann 2022，未舍入（TeX 源码）', en: 'Hoffmann 2022, unrounded (TeX source)' },
  hoffmann2022Rounded: { zh: 'Hoffmann 2022，印刷值（原文式 10）', en: 'Hoffmann 2022, as printed (eq. 10)' },
  besiroglu2024: { zh: 'Besiroglu 2024（Epoch 重新拟合）', en: 'Besiroglu 2024 (Epoch refit)' },
};

export default defineFigure({
  id: 'isoflop',
  home: 'chinchilla',
  width: LEFT_WIDTH + RIGHT_WIDTH,
  height: HEIGHT,
  params: {
    target: {
      kind: 'quantity',
      label: { zh: '把幂律外推到这个预算', en: 'Project the power law to' },
      unit: { zh: 'FLOPs', en: 'FLOPs' },
      default: 5.76e23,
      min: 1e18,
      max: 1e27,
      scale: 'log',
      display: 'scientific',
      help: {
        zh: '论文用 6e18 到 3e21 的曲线拟合幂律，再外推到 Gopher 的预算 5.76e23（原文图 3）。',
        en: 'The paper fits the power law on budgets from 6e18 to 3e21 and projects it to Gopher’s budget, 5.76e23 (Fig. 3).',
      },
    },
    law: {
      kind: 'choice',
      label: { zh: '拟合的损失律', en: 'Fitted loss law' },
      default: 'hoffmann2022',
      options: LAW_KEYS.map((key) => ({ value: key, label: LAW_LABELS[key] })),
      help: {
        zh: '未舍入的 Hoffmann 常数给出 a = 0.4565；论文印刷的舍入常数给出 0.4516；Epoch 的重新拟合给出 0.5126。',
        en: 'The unrounded Hoffmann constants give a = 0.4565; the rounded ones printed in the paper give 0.4516; Epoch’s refit gives 0.5126.',
      },
    },
    budgets: {
      kind: 'list',
      label: { zh: '计算预算', en: 'Compute budgets' },
      unit: { zh: 'FLOPs', en: 'FLOPs' },
      default: [6e18, 3e19, 1e20, 3e20, 1e21, 3e21],
      min: 1e17,
      max: 1e26,
      minLength: 2,
      maxLength: 8,
      display: 'scientific',
      help: {
        zh: '2 到 8 个预算，用逗号隔开，如 1e19, 1e21。论文的 IsoFLOP 实验覆盖 6e18 到 3e21。',
        en: '2 to 8 budgets, comma-separated, e.g. 1e19, 1e21. The paper’s IsoFLOP runs span 6e18 to 3e21.',
      },
    },
    span: {
      kind: 'quantity',
      label: { zh: '每个预算的模型规模范围（最优点两侧）', en: 'Model sizes per budget (each side of the optimum)' },
      unit: { zh: '个数量级', en: 'decades' },
      default: 1,
      min: 0.2,
      max: 2,
      scale: 'linear',
      step: 0.1,
      display: 'plain',
      help: {
        zh: '每条曲线取 15 个模型规模，在闭式最优点两侧按对数均匀分布。范围越宽，抛物线的最低点偏离真正的最优点越多。',
        en: '15 model sizes per curve, evenly spaced in log N on both sides of the closed-form optimum. The wider the span, the further the parabola’s vertex drifts from the true optimum.',
      },
    },
  },
  strings: {
    en: {
      title: 'IsoFLOP profiles: the loss valley at a fixed budget',
      caption:
        'Left: at each fixed budget C, a smaller model sees more tokens (D = C/6N) and a larger one fewer; the loss has a valley. A parabola in log N is fitted through each profile, and its vertex (diamond) estimates the compute-optimal size. Right: the vertices against C, with the power law fitted through them (solid) and the closed-form frontier of eq. (4) (dashed); the star projects the power law to a larger budget, by default Gopher’s 5.76×10²³ FLOPs as in the paper’s Fig. 3. The curves are the fitted law, not the paper’s training runs.',
      source:
        'Hoffmann et al. 2022 (arXiv 2203.15556), §3.2, Fig. 3 and eq. (4); laws: eq. (10) rounded and unrounded (TeX source via Epoch’s analyzing-chinchilla), and Besiroglu et al. 2024 (arXiv 2404.10102).',
      alt: 'Left: U-shaped curves of loss against model size on a log axis, one per compute budget, each with a fitted parabola and its minimum marked; larger budgets sit lower and further right. Right: the minima on log-log axes lie on a straight line, which matches the dashed closed-form frontier in slope.',
    },
    zh: {
      title: 'IsoFLOP 曲线：固定计算预算下的损失谷',
      caption:
        '左：在每个固定的计算预算 C 下，模型越小，训练词元数越多（D = C/6N），反之越少，于是损失形成一个谷。对每条曲线按 log N 拟合一条抛物线，其顶点（菱形）就是计算最优规模的估计。右：这些顶点随 C 的变化、穿过它们拟合的幂律（实线），以及原文式（4）的闭式前沿（虚线）；星号把幂律外推到更大的预算，默认是 Gopher 的 5.76×10²³ FLOPs，与原文图 3 相同。曲线来自拟合出的损失律，不是论文的训练数据。',
      source:
        'Hoffmann 等（2022，arXiv 2203.15556）§3.2、原文图 3 与原文式（4）；损失律：原文式（10）的舍入值与未舍入值（TeX 源码，经 Epoch 的 analyzing-chinchilla），以及 Besiroglu 等（2024，arXiv 2404.10102）。',
      alt: '左：以对数模型规模为横轴的若干 U 形损失曲线，每个计算预算一条，附拟合抛物线并标出最低点；预算越大，曲线越低、越靠右。右：在双对数坐标中，这些最低点落在一条直线上，其斜率与虚线表示的闭式前沿一致。',
    },
  },
  render(params, lang, ctx) {
    const law = LAWS[params.law as LawKey];
    const lawName = LAW_INFO[params.law as LawKey].shortName[lang];
    // Distinct budgets, smallest first (a reader may type the same budget twice).
    const budgets = [...new Set(params.budgets)].sort((x, y) => x - y);
    const curves = isoflopCurves(law, budgets, { pointsPerBudget: POINTS_PER_BUDGET, spanDecades: params.span, curvePoints: 21 });
    const colour = new Map(budgets.map((c, i) => [c, SERIES_COLORS[i % SERIES_COLORS.length]]));
    const budgetText = (c: number) => formatScientific(c, { digits: 2 });
    const flopsLabel = pick(lang, '训练计算量 C（FLOPs）', 'Training compute C (FLOPs)');
    const sizeLabel = pick(lang, '参数量 N', 'Parameters N');
    const lossLabel = pick(lang, '损失（奈特/词元）', 'Loss (nats/token)');

    const profile = curves.flatMap((c) => c.profile.map((pt) => ({ ...pt, flops: c.flops, colour: colour.get(c.flops)! })));
    const parabola = curves.flatMap((c) => c.parabola.map((pt) => ({ ...pt, flops: c.flops, colour: colour.get(c.flops)! })));
    const minima = curves.map((c) => ({ flops: c.flops, ...c.minimum, colour: colour.get(c.flops)!, label: budgetText(c.flops) }));

    const left = Plot.plot({
      ...baseOptions({ ...ctx, width: LEFT_WIDTH }, HEIGHT),
      x: logScale(lang, sizeLabel, 'quantity', { ticks: 5 }),
      y: { label: lossLabel, grid: true, nice: true },
      marks: [
        Plot.line(parabola, { x: 'params', y: 'loss', z: 'flops', stroke: 'colour', strokeWidth: 1.6 }),
        Plot.dot(profile, { x: 'params', y: 'loss', stroke: 'colour', r: 2.4, strokeWidth: 1.2 }),
        tipMark<(typeof profile)[number]>(profile, {
          x: 'params',
          y: 'loss',
          title: (d) =>
            tipText(lang, [
              [flopsLabel, d.flops, 'scientific'],
              [sizeLabel, d.params, 'quantity'],
              [lossLabel, d.loss],
            ]),
        }),
        Plot.dot(minima, { x: 'params', y: 'loss', fill: 'colour', stroke: 'var(--bg-card, white)', symbol: 'diamond', r: 5.5 }),
        // Inside each U, just above its vertex: the space between the arms is empty.
        Plot.text(minima, { x: 'params', y: 'loss', text: 'label', fill: 'colour', dy: -13, fontSize: 12, fontWeight: 600 }),
      ],
    });

    let fitted: ReturnType<typeof isoflopMinimaPowerLaw> | null = null;
    if (budgets.length >= 2) {
      fitted = isoflopMinimaPowerLaw(law, budgets, { pointsPerBudget: POINTS_PER_BUDGET, spanDecades: params.span });
    }
    const closedA = allocationExponents(law).a;
    const lo = Math.min(budgets[0], params.target) / 2;
    const hi = Math.max(budgets[budgets.length - 1], params.target) * 2;
    const targetOptimum = computeOptimal(law, params.target);
    const projected = fitted ? evaluatePowerLaw(fitted.params, params.target) : null;
    const projectedTokens = fitted ? evaluatePowerLaw(fitted.tokens, params.target) : null;
    const targetText = formatScientific(params.target, { digits: 3 });
    const frontier = [lo, hi].map((flops) => ({ flops, params: computeOptimal(law, flops).params }));
    const fitLine = fitted ? [lo, hi].map((flops) => ({ flops, params: evaluatePowerLaw(fitted!.params, flops) })) : [];
    const right = Plot.plot({
      ...baseOptions({ ...ctx, width: RIGHT_WIDTH }, HEIGHT),
      marginLeft: 56,
      x: logScale(lang, flopsLabel, 'scientific', {
        ticks: decadeTicks(lo, hi).length > 6 ? decadeTicks(lo, hi).filter((_, i) => i % 2 === 0) : decadeTicks(lo, hi),
        tickFormat: powerOfTen,
      }),
      y: logScale(lang, pick(lang, '最优参数量 N_opt', 'Optimal parameters N_opt'), 'quantity', { grid: true, ticks: 5 }),
      marks: [
        Plot.ruleX([params.target], { stroke: 'currentColor', strokeOpacity: 0.4, strokeDasharray: '2,3' }),
        Plot.text([params.target], {
          x: (d: number) => d,
          frameAnchor: 'bottom',
          dy: -4,
          dx: -4,
          textAnchor: 'end',
          text: () => `${targetText} FLOPs`,
          fontSize: 12,
          fillOpacity: 0.8,
        }),
        Plot.line(frontier, { x: 'flops', y: 'params', stroke: 'currentColor', strokeDasharray: '5,4', strokeOpacity: 0.7 }),
        Plot.line(fitLine, { x: 'flops', y: 'params', stroke: SERIES_COLORS[0], strokeWidth: 1.8 }),
        Plot.dot(minima, { x: 'flops', y: 'params', fill: 'colour', stroke: 'var(--bg-card, white)', symbol: 'diamond', r: 5.5 }),
        tipMark<(typeof minima)[number]>(minima, {
          x: 'flops',
          y: 'params',
          title: (d) =>
            tipText(lang, [
              [flopsLabel, d.flops, 'scientific'],
              [sizeLabel, d.params, 'quantity'],
              [lossLabel, d.loss],
            ]),
        }),
        Plot.dot(projected === null ? [] : [{ flops: params.target, params: projected }], {
          x: 'flops',
          y: 'params',
          symbol: 'star',
          r: 7,
          fill: SERIES_COLORS[0],
          stroke: 'var(--bg-card, white)',
        }),
        Plot.text(projected === null ? [] : [{ flops: params.target, params: projected }], {
          x: 'flops',
          y: 'params',
          text: (d: { params: number }) => formatQuantity(d.params, lang),
          textAnchor: 'end',
          dx: -9,
          fontSize: 12,
          fontWeight: 600,
          stroke: 'var(--bg-card, white)',
          strokeWidth: 3,
          paintOrder: 'stroke',
          fill: 'currentColor',
        }),
        Plot.text(fitted ? [fitted] : [], {
          frameAnchor: 'top-left',
          dx: 6,
          dy: 4,
          text: (f: NonNullable<typeof fitted>) =>
            pick(lang, `实线：穿过顶点的幂律，a = ${formatNumber(f.params.exponent, lang, 4)}`, `solid: fit through the vertices, a = ${formatNumber(f.params.exponent, lang, 4)}`),
          fontSize: 12,
        }),
        Plot.text([law], {
          frameAnchor: 'top-left',
          dx: 6,
          dy: 22,
          text: () => pick(lang, `虚线：原文式（4）闭式前沿，a = ${formatNumber(closedA, lang, 4)}`, `dashed: closed form, eq. (4), a = ${formatNumber(closedA, lang, 4)}`),
          fontSize: 12,
        }),
      ],
    });

    const largest = curves[curves.length - 1];
    const rows: Record<string, number | string>[] = [];
    for (const c of curves) {
      rows.push({
        flops: c.flops,
        kind: pick(lang, '抛物线顶点', 'parabola vertex'),
        params: c.minimum.params,
        tokens: c.minimum.tokens,
        loss: c.minimum.loss,
      });
      rows.push({
        flops: c.flops,
        kind: pick(lang, '闭式最优（原文式 4）', 'closed form (eq. 4)'),
        params: c.closedForm.params,
        tokens: c.closedForm.tokens,
        loss: c.closedForm.loss,
      });
      c.profile.forEach((pt, i) => {
        if (i % 2 === 0) rows.push({ flops: c.flops, kind: pick(lang, 'IsoFLOP 点', 'IsoFLOP point'), params: pt.params, tokens: pt.tokens, loss: pt.loss });
      });
    }

    const readouts = [];
    if (fitted) {
      readouts.push({
        label: pick(lang, '穿过顶点拟合的指数 a（N_opt ∝ C^a）', 'Exponent a fitted through the vertices (N_opt ∝ C^a)'),
        value: pick(
          lang,
          `${formatNumber(fitted.params.exponent, lang, 4)}；闭式 β/(α+β) = ${formatNumber(fitted.closedForm.a, lang, 4)}（${lawName}）`,
          `${formatNumber(fitted.params.exponent, lang, 4)}; closed form β/(α+β) = ${formatNumber(fitted.closedForm.a, lang, 4)} (${lawName})`,
        ),
      });
      readouts.push({
        label: pick(lang, '数据指数 b（D_opt ∝ C^b）', 'Data exponent b (D_opt ∝ C^b)'),
        value: pick(
          lang,
          `${formatNumber(fitted.tokens.exponent, lang, 4)}；闭式 ${formatNumber(fitted.closedForm.b, lang, 4)}`,
          `${formatNumber(fitted.tokens.exponent, lang, 4)}; closed form ${formatNumber(fitted.closedForm.b, lang, 4)}`,
        ),
      });
    }
    if (projected !== null) {
      readouts.push({
        label: pick(lang, `外推到 ${targetText} FLOPs（星号）`, `Projected to ${targetText} FLOPs (star)`),
        value: pick(
          lang,
          `幂律给出 N_opt ${formatQuantity(projected, lang)}，D_opt ${formatQuantity(projectedTokens!, lang)} 词元；闭式 ${formatQuantity(targetOptimum.params, lang)}`,
          `the power law gives N_opt ${formatQuantity(projected, lang)}, D_opt ${formatQuantity(projectedTokens!, lang)} tokens; closed form ${formatQuantity(targetOptimum.params, lang)}`,
        ),
      });
    }
    readouts.push({
      label: pick(lang, `最大预算 ${budgetText(largest.flops)} FLOPs 下的 N_opt`, `N_opt at the largest budget, ${budgetText(largest.flops)} FLOPs`),
      value: pick(
        lang,
        `抛物线顶点 ${formatQuantity(largest.minimum.params, lang)}（${formatQuantity(largest.minimum.tokens, lang)} 词元）；闭式 ${formatQuantity(largest.closedForm.params, lang)}（${formatQuantity(largest.closedForm.tokens, lang)} 词元）`,
        `parabola vertex ${formatQuantity(largest.minimum.params, lang)} (${formatQuantity(largest.minimum.tokens, lang)} tokens); closed form ${formatQuantity(largest.closedForm.params, lang)} (${formatQuantity(largest.closedForm.tokens, lang)} tokens)`,
      ),
    });

    const warnings: string[] = [];
    if (budgets.length < 2) {
      warnings.push(pick(lang, '只有一个不同的预算，无法拟合幂律；请至少给出两个不同的预算。', 'Only one distinct budget: a power law needs at least two different budgets.'));
    }
    const outside = budgets.filter((c) => c < PAPER_BUDGETS[0] || c > PAPER_BUDGETS[1]);
    if (outside.length) {
      warnings.push(
        pick(
          lang,
          `预算 ${outside.map(budgetText).join('、')} 超出论文 IsoFLOP 实验的范围（6×10¹⁸ 到 3×10²¹ FLOPs，§3.2），这里的曲线是损失律的外推。`,
          `The budget${outside.length > 1 ? 's' : ''} ${outside.map(budgetText).join(', ')} lie${outside.length > 1 ? '' : 's'} outside the paper’s IsoFLOP runs (6×10¹⁸ to 3×10²¹ FLOPs, §3.2); the curves there extrapolate the fitted law.`,
        ),
      );
    }

    return {
      node: panels(ctx, [left, right]),
      data: {
        columns: [
          { key: 'flops', label: pick(lang, '预算 C（FLOPs）', 'Budget C (FLOPs)'), format: 'scientific' },
          { key: 'kind', label: pick(lang, '点', 'Point'), format: 'text' },
          { key: 'params', label: sizeLabel, format: 'quantity' },
          { key: 'tokens', label: pick(lang, '词元数 D', 'Tokens D'), format: 'quantity' },
          { key: 'loss', label: lossLabel },
        ],
        rows,
      },
      readouts,
      warnings,
    };
  },
});
