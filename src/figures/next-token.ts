/**
 * Next-token prediction (chapter 1): a short context, a model's probabilities for six candidate next tokens, and
 * the loss on this one prediction — cross-entropy in nats and bits, and perplexity — for the token that really came.
 * The pre-training loss of every scaling law is this cross-entropy averaged over all tokens (Kaplan et al. 2020 §1.3).
 */
import * as Plot from '@observablehq/plot';
import { crossEntropy, natsToBits, normalise, perplexity } from '../engine/next-token';
import { formatNumber, formatPercent } from '../engine/quantities';
import { defineFigure } from './lib/types';
import { baseOptions, pick, SERIES_COLORS, tipText, TIP_STYLE } from './lib/plot';

const HEIGHT = 380;

/** The example: the same six candidates in both languages, in the same order (weights are shared through the URL). */
const CONTEXT = { en: 'This morning I drank a cup of', zh: '今天早上我喝了一杯' } as const;
const TOKENS = {
  en: ['coffee', 'tea', 'hot', 'milk', 'water', 'cocoa'],
  zh: ['咖啡', '茶', '热', '牛奶', '水', '豆浆'],
} as const;
/** Counted here, not as TOKENS.en.length: a browser bundle holds only its page's language of TOKENS (lang-bundles.mjs). */
const TOKEN_COUNT = 6;

const TRUE_COLOR = SERIES_COLORS[5];
const OTHER_COLOR = SERIES_COLORS[4];

export default defineFigure({
  id: 'next-token',
  home: 'what-is-a-scaling-law',
  schematic: true,
  height: HEIGHT,
  params: {
    // A checkbox comes first: the figure frame's lazy loader wakes on focus, pointer and key events, which a select
    // changed programmatically never sends (see the report); the true-token select follows.
    showLosses: {
      kind: 'boolean',
      label: { zh: '给每个候选词元标出 −ln p', en: 'Show −ln p for every candidate' },
      default: false,
      help: {
        zh: '如果真正出现的是这个词元，模型要付出的损失。',
        en: 'The loss the model would pay if that token were the one that came next.',
      },
    },
    target: {
      kind: 'choice',
      label: { zh: '真实的下一个词元', en: 'The token that actually comes next' },
      default: '2',
      options: Array.from({ length: TOKEN_COUNT }, (_, i) => ({ value: String(i + 1), label: { zh: `“${TOKENS.zh[i]}”`, en: `“${TOKENS.en[i]}”` } })),
    },
    weights: {
      kind: 'list',
      label: { zh: '模型给六个候选词元的权重', en: 'The model’s weights for the six candidates' },
      unit: { zh: '相对值，自动归一化为概率', en: 'relative; normalised to probabilities' },
      default: [45, 30, 8, 7, 6, 4],
      min: 0.01,
      max: 1000,
      minLength: 6,
      maxLength: 6,
      display: 'plain',
      help: {
        zh: '按图中顺序写六个正数，用逗号隔开；它们会被除以总和，变成加起来等于 1 的概率。',
        en: 'Six positive numbers in the order of the bars, separated by commas; each is divided by their sum, so the probabilities add up to 1.',
      },
    },
  },
  strings: {
    en: {
      title: 'Predicting the next token: cross-entropy and perplexity',
      caption:
        'A language model reads a context and gives every possible next token a probability; here six candidates share all of it (a real vocabulary has tens of thousands of tokens). The loss on this one prediction is the cross-entropy −ln p, where p is the probability the model gave the token that actually comes next: 0 when it was certain and right, large when the true token got little probability. Divided by ln 2 it is in bits; perplexity e^(−ln p) = 1/p is the number of equally likely choices that would leave the model as unsure. The pre-training loss in every scaling law is this cross-entropy, in nats, averaged over all the tokens of the text.',
      source:
        'The loss as defined by Kaplan et al. 2020 (arXiv 2001.08361), §1.3: “L – the cross entropy loss in nats. Typically it will be averaged over the tokens in a context”. The context and the probabilities are invented for illustration.',
      alt: 'A bar chart of the probabilities a model gives six candidate next tokens after a short context; the bar of the token that actually comes next is highlighted and labelled with its cross-entropy.',
    },
    zh: {
      title: '预测下一个词元：交叉熵与困惑度',
      caption:
        '语言模型读入一段上下文，给每个可能的下一个词元一个概率；这里假设只有六个候选词元分掉全部概率（真实的词表有几万个词元）。这一次预测的损失是交叉熵 −ln p，p 是模型给“真正出现的那个词元”的概率：模型很确定且猜对时接近 0，给真实词元的概率越小，损失越大。除以 ln 2 就换成比特；困惑度 e^(−ln p) = 1/p 表示模型的不确定程度相当于在几个等可能的选项里瞎猜。所有缩放定律里的预训练损失，就是把这个以奈特为单位的交叉熵在文本的全部词元上取平均。',
      source:
        '损失的定义见 Kaplan 等（2020，arXiv 2001.08361）§1.3：“L – the cross entropy loss in nats. Typically it will be averaged over the tokens in a context”。上下文和概率都是为说明而虚构的。',
      alt: '柱状图：一段短上下文之后，模型给六个候选下一个词元的概率；真正出现的词元那一根柱子被突出显示，并标出它的交叉熵。',
    },
  },
  render(params, lang, ctx) {
    const probabilities = normalise(params.weights);
    const target = Number(params.target) - 1;
    const tokens = TOKENS[lang];
    const pTrue = probabilities[target];
    const nats = crossEntropy(probabilities, target);
    const bits = natsToBits(nats);
    const ppl = perplexity(nats);
    const bars = tokens.map((token, i) => ({
      token,
      probability: probabilities[i],
      isTrue: i === target,
      loss: crossEntropy(probabilities[i]),
    }));
    const pct = (p: number) => formatPercent(p, lang, 3);
    const natsText = formatNumber(nats, lang, 4);
    const contextLine = pick(lang, `上下文：“${CONTEXT.zh}……”`, `Context: “${CONTEXT.en} …”`);
    const lossLine = pick(
      lang,
      `真正的下一个词元：“${tokens[target]}”（p = ${pct(pTrue)}），损失 −ln p = ${nats.toFixed(2)} 奈特`,
      `Actual next token: “${tokens[target]}” (p = ${pct(pTrue)}), loss −ln p = ${nats.toFixed(2)} nats`,
    );
    const node = Plot.plot({
      ...baseOptions(ctx, HEIGHT),
      marginTop: 72,
      marginLeft: 56,
      x: { domain: tokens as unknown as string[], label: pick(lang, '候选的下一个词元', 'Candidate next token'), padding: 0.25, tickSize: 0 },
      y: {
        domain: [0, 1],
        label: pick(lang, '模型给的概率', 'Probability given by the model'),
        labelAnchor: 'center',
        grid: true,
        ticks: 5,
        tickFormat: (d: number) => formatPercent(d, lang, 2),
      },
      marks: [
        // A faint column marks the actual next token even when its bar is tiny.
        Plot.barY(
          bars.filter((d) => d.isTrue),
          { x: 'token', y1: 0, y2: 1, fill: TRUE_COLOR, fillOpacity: 0.1, insetLeft: -6, insetRight: -6 },
        ),
        Plot.barY(bars, { x: 'token', y: 'probability', fill: (d: (typeof bars)[number]) => (d.isTrue ? TRUE_COLOR : OTHER_COLOR) }),
        // Plot.pointer finds the bar nearest the pointer along x (pointerX), so a hover anywhere in a bar's column shows it.
        Plot.tip(
          bars,
          Plot.pointerX({
            x: 'token',
            y: 'probability',
            title: (d: (typeof bars)[number]) =>
              tipText(lang, [
                ['', d.token],
                [pick(lang, '模型给的概率', 'Probability given by the model'), d.probability, 'percent'],
                [pick(lang, '损失 −ln p（奈特）', 'Loss −ln p (nats)'), -Math.log(d.probability)],
              ]),
            ...TIP_STYLE,
          }),
        ),
        Plot.ruleY([0]),
        Plot.text(bars, {
          x: 'token',
          y: 'probability',
          text: (d: (typeof bars)[number]) => pct(d.probability),
          dy: params.showLosses ? -24 : -8,
          lineAnchor: 'bottom',
          fontSize: 13,
          fill: 'currentColor',
        }),
        ...(params.showLosses
          ? [
              Plot.text(bars, {
                x: 'token',
                y: 'probability',
                text: (d: (typeof bars)[number]) => pick(lang, `${d.loss.toFixed(2)} 奈特`, `${d.loss.toFixed(2)} nats`),
                dy: -8,
                lineAnchor: 'bottom',
                fontSize: 12,
                fill: (d: (typeof bars)[number]) => (d.isTrue ? TRUE_COLOR : 'currentColor'),
                fillOpacity: 0.85,
              }),
            ]
          : []),
        Plot.text([contextLine], { frameAnchor: 'top-left', dy: -60, lineAnchor: 'top', fontSize: 15, fill: 'currentColor' }),
        Plot.text([lossLine], { frameAnchor: 'top-left', dy: -36, lineAnchor: 'top', fontSize: 14, fontWeight: 600, fill: TRUE_COLOR }),
      ],
    });
    return {
      node,
      data: {
        columns: [
          { key: 'token', label: pick(lang, '候选词元', 'Candidate token'), format: 'text' },
          { key: 'weight', label: pick(lang, '权重', 'Weight') },
          { key: 'probability', label: pick(lang, '概率', 'Probability'), format: 'percent' },
          { key: 'loss', label: pick(lang, '若它是真实词元：−ln p（奈特）', 'If it came next: −ln p (nats)') },
          { key: 'actual', label: pick(lang, '真实的下一个词元？', 'Actually next?'), format: 'text' },
        ],
        rows: bars.map((b, i) => ({
          token: b.token,
          weight: params.weights[i],
          probability: b.probability,
          loss: b.loss,
          actual: b.isTrue ? pick(lang, '是', 'yes') : '',
        })),
      },
      readouts: [
        { label: pick(lang, `模型给“${tokens[target]}”的概率 p`, `Probability p of “${tokens[target]}”`), value: pct(pTrue) },
        {
          label: pick(lang, '交叉熵 −ln p', 'Cross-entropy −ln p'),
          value: pick(lang, `${natsText} 奈特 = ${formatNumber(bits, lang, 4)} 比特`, `${natsText} nats = ${formatNumber(bits, lang, 4)} bits`),
        },
        {
          label: pick(lang, '困惑度 e^(−ln p) = 1/p', 'Perplexity e^(−ln p) = 1/p'),
          value: formatNumber(ppl, lang, 3),
        },
      ],
    };
  },
});
