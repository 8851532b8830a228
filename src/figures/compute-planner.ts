/**
 * Compute planner (calculator): a FLOP budget — typed, or from accelerators × chips × days × utilisation — or a
 * wanted model size or token count → the compute-optimal parameters, tokens, loss and training time under every
 * published allocation law, side by side, with the real models nearest to the answer.
 */
import * as Plot from '@observablehq/plot';
import { ACCELERATORS, acceleratorById, flopsFromHardware, REPORTED_MFU, SECONDS_PER_DAY, trainingTime } from '../engine/compute';
import { MODELS, nearestModels } from '../engine/models';
import { formatNumber, formatPercent, formatQuantity, formatScientific } from '../engine/quantities';
import { logSpace } from '../engine/stats';
import { GOPHER_BUDGET } from '../engine/budgets';
import { PLANNER_LAW_NAMES } from './lib/laws';
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
import type { Lang } from '../i18n';
import { decadeTicks, powerOfTen } from './lib/ticks';
import { defineFigure } from './lib/types';
import { baseOptions, logScale, pick, SERIES_COLORS, tipMark, tipText } from './lib/plot';

const WIDTH = 640;
const HEIGHT = 400;

const palm = REPORTED_MFU.find((m) => m.id === 'palm-540b')!;
const llama = REPORTED_MFU.find((m) => m.id === 'llama-3-405b')!;
const pct = (x: number) => `${+(x * 100).toPrecision(3)}%`;

const lawOptions = PLANNER_LAW_KEYS.map((key) => ({ value: key, label: PLANNER_LAW_NAMES[key] }));

export default defineFigure({
  id: 'compute-planner',
  home: 'chinchilla',
  kind: 'calculator',
  width: WIDTH,
  height: HEIGHT,
  params: {
    budget: {
      kind: 'quantity',
      label: { zh: '计算预算 C', en: 'Compute budget C' },
      unit: { zh: 'FLOPs', en: 'FLOPs' },
      default: GOPHER_BUDGET,
      min: 1e15,
      max: 1e30,
      scale: 'log',
      display: 'scientific',
      help: {
        zh: '默认值 5.76×10²³ 是 Gopher 与 Chinchilla 的训练预算（Hoffmann 等 2022 原文表 3）。用于“我有计算预算”。',
        en: 'The default 5.76×10²³ is the budget of Gopher and Chinchilla (Hoffmann et al. 2022 Table 3). Used for “I have a FLOP budget”.',
      },
      usedWhen: { param: 'mode', values: ['budget'] },
    },
    mode: {
      kind: 'choice',
      label: { zh: '问题', en: 'Question' },
      default: 'budget',
      options: [
        { value: 'budget', label: { zh: '我有一个计算预算', en: 'I have a FLOP budget' } },
        { value: 'hardware', label: { zh: '我有硬件和时间', en: 'I have hardware and time' } },
        { value: 'params', label: { zh: '我想要这个规模的模型', en: 'I want a model of this size' } },
        { value: 'tokens', label: { zh: '我有这么多训练词元', en: 'I have this many tokens' } },
      ],
    },
    law: {
      kind: 'choice',
      label: { zh: '突出显示的定律', en: 'Law to highlight' },
      default: 'hoffmann2022',
      options: lawOptions,
    },
    params: {
      kind: 'quantity',
      label: { zh: '想要的参数量 N', en: 'Wanted parameters N' },
      unit: { zh: '参数', en: 'params' },
      default: 7e9,
      min: 1e6,
      max: 1e14,
      scale: 'log',
      display: 'quantity',
      help: { zh: '用于“我想要这个规模的模型”。可写 7B 或 70亿。', en: 'Used for “I want a model of this size”. Type 7B or 70亿.' },
      usedWhen: { param: 'mode', values: ['params'] },
    },
    tokens: {
      kind: 'quantity',
      label: { zh: '已有训练词元数 D', en: 'Available tokens D' },
      unit: { zh: '词元', en: 'tokens' },
      default: 2e12,
      min: 1e8,
      max: 1e16,
      scale: 'log',
      display: 'quantity',
      help: { zh: '用于“我有这么多训练词元”。可写 2T 或 2万亿。', en: 'Used for “I have this many tokens”. Type 2T or 2万亿.' },
      usedWhen: { param: 'mode', values: ['tokens'] },
    },
    accelerator: {
      kind: 'choice',
      label: { zh: '加速器', en: 'Accelerator' },
      default: 'h100-sxm',
      options: [
        ...ACCELERATORS.map((a) => ({
          value: a.id,
          label: {
            zh: `${a.name}（${formatNumber(a.peakFlops / 1e12, 'zh', 4)} TFLOP/s ${a.precision}${a.status === 'S' ? '，二手来源' : ''}）`,
            en: `${a.name} (${formatNumber(a.peakFlops / 1e12, 'en', 4)} TFLOP/s ${a.precision}${a.status === 'S' ? ', secondary source' : ''})`,
          },
        })),
        { value: 'custom', label: { zh: '自定义峰值（见下）', en: 'Custom peak (below)' } },
      ],
    },
    chips: {
      kind: 'quantity',
      label: { zh: '芯片数量', en: 'Number of chips' },
      unit: { zh: '', en: '' },
      default: 1024,
      min: 1,
      max: 1e6,
      scale: 'log',
      integer: true,
      display: 'plain',
    },
    days: {
      kind: 'quantity',
      label: { zh: '训练天数', en: 'Training days' },
      unit: { zh: '天', en: 'days' },
      default: 30,
      min: 0.01,
      max: 3650,
      scale: 'log',
      display: 'plain',
      help: { zh: '用于“我有硬件和时间”；其他问题会算出所需天数。', en: 'Used for “I have hardware and time”; the other questions compute the days needed.' },
      usedWhen: { param: 'mode', values: ['hardware'] },
    },
    utilisation: {
      kind: 'quantity',
      label: { zh: '利用率（MFU）', en: 'Utilisation (MFU)' },
      unit: { zh: '', en: '' },
      default: 0.4,
      min: 0.01,
      max: 1,
      scale: 'linear',
      step: 0.001,
      display: 'percent',
      help: {
        zh: `已发表的 MFU：PaLM 540B 为 ${pct(palm.mfu)}（PaLM 原文表 3），Llama 3 405B 为 ${pct(llama.mfu)}–${pct(llama.high!)}（Llama 3 原文表 4）。`,
        en: `Published MFU: PaLM 540B ${pct(palm.mfu)} (PaLM Table 3), Llama 3 405B ${pct(llama.mfu)}–${pct(llama.high!)} (Llama 3 Table 4).`,
      },
    },
    customPeak: {
      kind: 'quantity',
      label: { zh: '自定义峰值吞吐', en: 'Custom peak throughput' },
      unit: { zh: 'FLOP/s/芯片', en: 'FLOP/s per chip' },
      default: 1e15,
      min: 1e11,
      max: 1e17,
      scale: 'log',
      display: 'scientific',
      help: { zh: '加速器选“自定义”时使用。', en: 'Used when the accelerator is “Custom”.' },
      usedWhen: { param: 'accelerator', values: ['custom'] },
    },
  },
  strings: {
    en: {
      title: 'Compute planner: how big, how long, how much data',
      caption:
        'For a compute budget — typed, or from hardware × chips × days × utilisation — or for a model size or token count you already have, the compute-optimal parameters N and tokens D under each law, with C = 6ND. Lines: N_opt against FLOPs; dots: each law’s answer; grey dots: real models; shaded: the budgets of Chinchilla’s IsoFLOP runs.',
      source:
        'Hoffmann et al. 2022 (arXiv 2203.15556) eq (4) and (10), Tables 3 and A3, §3.2; Besiroglu et al. 2024 (arXiv 2404.10102); Kaplan et al. 2020 (arXiv 2001.08361) Table 6 and eq (1.3), non-embedding N, tokens taken as C/(6N). Accelerator peaks and MFU: vendor pages, PaLM Table 3, Llama 3 Table 4.',
      alt: 'Log-log plot of compute-optimal parameters against training FLOPs: one line per law, the Kaplan line much steeper, a dot on each line at the chosen budget, and real models as grey dots.',
    },
    zh: {
      title: '计算规划：模型多大、训练多久、需要多少数据',
      caption:
        '给定计算预算（直接输入，或由硬件 × 芯片数 × 天数 × 利用率算出），或者给定想要的参数量、已有的词元数，按每条定律给出计算最优的参数量 N 与训练词元数 D，并满足 C = 6ND。线：N_opt 随 FLOPs 变化；圆点：各定律的答案；灰点：真实模型；阴影：Chinchilla IsoFLOP 实验覆盖的预算范围。',
      source:
        'Hoffmann 等 2022（arXiv 2203.15556）原文式（4）、（10），原文表 3、原文表 A3，§3.2；Besiroglu 等 2024（arXiv 2404.10102）；Kaplan 等 2020（arXiv 2001.08361）原文表 6 与原文式（1.3），N 为非嵌入参数，词元数按 C/(6N) 计算。加速器峰值与 MFU：厂商页面、PaLM 原文表 3、Llama 3 原文表 4。',
      alt: '双对数图：横轴为训练 FLOPs，纵轴为计算最优参数量；每条定律一条线，Kaplan 的线明显更陡；每条线上在所选预算处有一个圆点；真实模型为灰点。',
    },
  },
  render(p, lang, ctx) {
    const law = p.law as PlannerLawKey;
    const peak = p.accelerator === 'custom' ? p.customPeak : acceleratorById(p.accelerator).peakFlops;
    const chipName = p.accelerator === 'custom' ? pick(lang, '自定义芯片', 'custom chips') : acceleratorById(p.accelerator).name;
    const hardwareFlops = flopsFromHardware(p.chips, peak, p.utilisation, p.days * SECONDS_PER_DAY);
    const question: PlanQuestion =
      p.mode === 'hardware' ? { flops: hardwareFlops } : p.mode === 'params' ? { params: p.params } : p.mode === 'tokens' ? { tokens: p.tokens } : { flops: p.budget };
    const plans = planAllLaws(question);
    const chosen = plans.find((x) => x.law === law)!;
    const days = (plan: Plan) => (p.mode === 'hardware' ? p.days : trainingTime(plan.flops, p.chips, peak, p.utilisation) / SECONDS_PER_DAY);
    const name = (key: PlannerLawKey) => PLANNER_LAW_NAMES[key][lang];
    const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
    const sci = (x: number) => formatScientific(x, { digits: 3 });
    const daysText = (d: number) => (d < 1e5 ? pick(lang, `${formatNumber(d, lang, 3)} 天`, `${formatNumber(d, lang, 3)} days`) : pick(lang, `${sci(d)} 天`, `${sci(d)} days`));
    const lossText = (plan: Plan) =>
      plan.loss === null
        ? pick(lang, '不预测损失', 'no loss prediction')
        : plan.law === 'kaplan'
          ? pick(lang, `${formatNumber(plan.loss, lang, 3)} 奈特（WebText2，不可直接比较）`, `${formatNumber(plan.loss, lang, 3)} nats (WebText2, not comparable)`)
          : pick(lang, `${formatNumber(plan.loss, lang, 4)} 奈特/词元`, `${formatNumber(plan.loss, lang, 4)} nats/token`);

    // ---- plot: N_opt(C) for every law, each law's answer, real models, the IsoFLOP range ----
    const lowC = Math.max(1e14, Math.min(1e18, ...plans.map((x) => x.flops / 30)));
    const highC = Math.min(1e33, Math.max(1e26, ...plans.map((x) => x.flops * 30)));
    const grid = logSpace(lowC, highC, 25);
    const lines = PLANNER_LAW_KEYS.flatMap((key) => grid.map((c) => ({ ...planForBudget(key, c), name: name(key) })));
    const lineMark = (rows: typeof lines, width: number, dashed: boolean) =>
      Plot.line(rows, { x: 'flops', y: 'params', z: 'name', stroke: 'name', strokeWidth: width, strokeOpacity: width > 2 ? 1 : 0.75, strokeDasharray: dashed ? '5,3' : undefined });
    const near = nearestModels(chosen.params, chosen.tokens, 3);
    const nearIds = new Set(near.map((n) => n.model.id));
    const models = MODELS.filter((m) => m.flops >= lowC && m.flops <= highC);
    const names = PLANNER_LAW_KEYS.map(name);
    const xLabel = pick(lang, '训练计算量 C（FLOPs）', 'Training compute C (FLOPs)');
    const yLabel = pick(lang, '计算最优参数量 N', 'Compute-optimal parameters N');
    const yValues = [...lines.map((d) => d.params), ...models.map((m) => m.params)];
    const yDomain: [number, number] = [Math.min(...yValues), Math.max(...yValues)];
    const nearSorted = models.filter((m) => nearIds.has(m.id)).sort((a, b) => b.params - a.params);
    const node = Plot.plot({
      ...baseOptions(ctx, HEIGHT),
      marginLeft: 56,
      x: logScale(lang, xLabel, 'scientific', { domain: [lowC, highC], ticks: decadeTicks(lowC, highC, 7), tickFormat: powerOfTen }),
      y: logScale(lang, yLabel, 'quantity', { domain: yDomain, grid: true, ticks: decadeTicks(yDomain[0], yDomain[1], 7) }),
      color: { domain: names, range: SERIES_COLORS.slice(0, names.length), legend: true },
      marks: [
        Plot.rectX([CHINCHILLA_FIT_RANGE.flops], { x1: (d: number[]) => d[0], x2: (d: number[]) => d[1], fill: 'currentColor', fillOpacity: 0.07 }),
        lineMark(
          lines.filter((d) => d.law !== law && d.law !== 'kaplan'),
          1.2,
          false,
        ),
        lineMark(
          lines.filter((d) => d.law !== law && d.law === 'kaplan'),
          1.2,
          true,
        ),
        lineMark(
          lines.filter((d) => d.law === law),
          2.6,
          law === 'kaplan',
        ),
        Plot.text([CHINCHILLA_FIT_RANGE.flops], {
          x: (d: number[]) => Math.sqrt(d[0] * d[1]),
          frameAnchor: 'top',
          dy: 4,
          text: () => pick(lang, 'IsoFLOP 实验范围', 'IsoFLOP runs'),
          fontSize: 12,
          fill: 'currentColor',
          fillOpacity: 0.7,
        }),
        Plot.dot(models, { x: 'flops', y: 'params', r: 2.5, fill: 'currentColor', fillOpacity: 0.3 }),
        Plot.dot(nearSorted, { x: 'flops', y: 'params', r: 3, fill: 'currentColor', fillOpacity: 0.75 }),
        // Nearby models crowd together: stagger their names vertically, largest on top.
        ...nearSorted.map((m, i) =>
          Plot.text([m], { x: 'flops', y: 'params', text: 'name', dx: 8, dy: (i - (nearSorted.length - 1) / 2) * 14, textAnchor: 'start', fontSize: 12, fill: 'currentColor' }),
        ),
        Plot.dot(plans, {
          x: 'flops',
          y: 'params',
          r: (d: Plan) => (d.law === law ? 6 : 3.5),
          fill: (d: Plan) => name(d.law),
          stroke: 'var(--plot-background, white)',
          strokeWidth: 1,
        }),
        tipMark<{ name: string; flops: number; params: number }>([...plans.map((p) => ({ name: name(p.law), flops: p.flops, params: p.params })), ...models], {
          x: 'flops',
          y: 'params',
          title: (d) =>
            tipText(lang, [
              ['', d.name],
              [xLabel, d.flops, 'scientific'],
              [yLabel, d.params, 'quantity'],
            ]),
        }),
      ],
    });

    // ---- readouts: the highlighted law in detail, then every law in one line ----
    const timeLabel = pick(
      lang,
      `训练时间（${formatNumber(p.chips, lang, 7)} × ${chipName}，利用率 ${formatPercent(p.utilisation, lang, 3)}）`,
      `Training time (${formatNumber(p.chips, lang, 7)} × ${chipName} at ${formatPercent(p.utilisation, lang, 3)})`,
    );
    const readouts = [
      {
        label: pick(lang, `${name(law)}：参数量`, `${name(law)}: parameters`),
        value: `${q(chosen.params)}${PLANNER_LAW_INFO[law].nonEmbedding ? pick(lang, '（非嵌入）', ' (non-embedding)') : ''}`,
      },
      { label: pick(lang, '训练词元数', 'Training tokens'), value: q(chosen.tokens) },
      { label: pick(lang, '每参数词元数 D/N', 'Tokens per parameter D/N'), value: formatNumber(chosen.tokensPerParameter, lang, 3) },
      { label: pick(lang, '计算量 C = 6ND', 'Compute C = 6ND'), value: `${sci(chosen.flops)} FLOPs` },
      { label: pick(lang, '预测损失', 'Predicted loss'), value: lossText(chosen) },
      {
        label: timeLabel,
        value: p.mode === 'hardware' ? pick(lang, `${daysText(p.days)}（给定）`, `${daysText(p.days)} (given)`) : daysText(days(chosen)),
      },
      {
        label: pick(lang, '最接近的真实模型', 'Nearest real models'),
        value: near
          .map((n) => pick(lang, `${n.model.name}（${q(n.model.params)}，${q(n.model.tokens)} 词元）`, `${n.model.name} (${q(n.model.params)}, ${q(n.model.tokens)} tokens)`))
          .join(pick(lang, '；', '; ')),
      },
      // The other laws in one line each; with a budget or hardware the FLOPs and days are the same for all.
      ...plans
        .filter((x) => x.law !== law)
        .map((x) => {
          const sameBudget = p.mode === 'budget' || p.mode === 'hardware';
          const tail = sameBudget ? '' : ` · ${sci(x.flops)} FLOPs · ${daysText(days(x))}`;
          return {
            label: name(x.law),
            value: pick(
              lang,
              `${q(x.params)} 参数 · ${q(x.tokens)} 词元 · D/N ${formatNumber(x.tokensPerParameter, lang, 3)}${tail}`,
              `${q(x.params)} params · ${q(x.tokens)} tokens · D/N ${formatNumber(x.tokensPerParameter, lang, 3)}${tail}`,
            ),
          };
        }),
    ];

    return {
      node,
      data: {
        columns: [
          { key: 'law', label: pick(lang, '定律', 'Law'), format: 'text' },
          { key: 'params', label: pick(lang, '参数量 N', 'Parameters N'), format: 'quantity' },
          { key: 'tokens', label: pick(lang, '训练词元数 D', 'Training tokens D'), format: 'quantity' },
          { key: 'ratio', label: 'D/N', format: 'number' },
          { key: 'flops', label: pick(lang, '计算量 C（FLOPs）', 'Compute C (FLOPs)'), format: 'scientific' },
          { key: 'loss', label: pick(lang, '预测损失（奈特）', 'Predicted loss (nats)'), format: 'number' },
          { key: 'days', label: pick(lang, '训练天数', 'Training days'), format: 'number' },
        ],
        rows: plans.map((x) => ({
          law: name(x.law),
          params: x.params,
          tokens: x.tokens,
          ratio: x.tokensPerParameter,
          flops: x.flops,
          loss: x.loss === null ? '—' : x.loss,
          days: days(x),
        })),
      },
      readouts,
      warnings: warningsFor(chosen, lang),
    };
  },
});

/** Extrapolation warnings for the highlighted law's answer. */
function warningsFor(plan: Plan, lang: Lang): string[] {
  const out: string[] = [];
  const sci = (x: number) => formatScientific(x, { digits: 3 });
  const times = (f: number) => formatNumber(f, lang, 3);
  if (plan.law === 'kaplan') {
    if (plan.flops > KAPLAN_FIT_RANGE.breakdownFlops) {
      out.push(
        pick(
          lang,
          `这个预算（${sci(plan.flops)} FLOPs）超过了约 10⁴ PF-days（8.64×10²³ FLOPs）：Kaplan 等指出他们的定律必须在此附近失效（原文式 6.8）。`,
          `This budget (${sci(plan.flops)} FLOPs) is beyond ~10⁴ PF-days (8.64×10²³ FLOPs), where Kaplan et al. say their laws must break down (eq 6.8).`,
        ),
      );
    }
    const f = extrapolationFactor(plan.params, KAPLAN_FIT_RANGE.params);
    if (f >= 10) {
      out.push(
        pick(
          lang,
          `Kaplan 等的模型从 768 到 15 亿非嵌入参数；这个答案超出该范围 ${times(f)} 倍，是外推。`,
          `Kaplan et al.’s models ran from 768 to 1.5B non-embedding parameters; this answer lies ${times(f)}× outside that range, an extrapolation.`,
        ),
      );
    }
    return out;
  }
  const [lowC, highC] = CHINCHILLA_FIT_RANGE.flops;
  const f = extrapolationFactor(plan.flops, CHINCHILLA_FIT_RANGE.flops);
  if (f >= 10) {
    const above = plan.flops > highC;
    out.push(
      pick(
        lang,
        `这个预算（${sci(plan.flops)} FLOPs）${above ? '是' : '只有'} Chinchilla IsoFLOP 实验${above ? '最大' : '最小'}预算的 ${above ? `${times(f)} 倍` : `1/${times(f)}`}（实验范围 ${sci(lowC)}–${sci(highC)} FLOPs，模型 7000 万–160 亿参数）：答案是外推。`,
        `This budget (${sci(plan.flops)} FLOPs) is ${times(f)}× ${above ? 'above the largest' : 'below the smallest'} budget of Chinchilla’s IsoFLOP runs (${sci(lowC)}–${sci(highC)} FLOPs, models 70M–16B): the answer is an extrapolation.`,
      ),
    );
  }
  return out;
}
