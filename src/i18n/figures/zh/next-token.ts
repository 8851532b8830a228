import common from '../../common/zh';
import type en from '../en/next-token';

/** 六个候选词元，顺序与柱子相同（两种语言顺序一致：权重经由网址共享）。 */
const tokens = ['咖啡', '茶', '热', '牛奶', '水', '豆浆'];

const zh: typeof en = {
  common,
  tokens,
  params: {
    showLosses: {
      label: '给每个候选词元标出 −ln p',
      help: '如果真正出现的是这个词元，模型要付出的损失。',
    },
    target: {
      label: '真实的下一个词元',
      options: Object.fromEntries(tokens.map((token, i) => [String(i + 1), `“${token}”`])),
    },
    weights: {
      label: '模型给六个候选词元的权重',
      unit: '相对值，自动归一化为概率',
      help: '按图中顺序写六个正数，用逗号隔开；它们会被除以总和，变成加起来等于 1 的概率。',
    },
  },
  context: '上下文：“今天早上我喝了一杯……”',
  lossLine: (token, p, loss) => `真正的下一个词元：“${token}”（p = ${p}），损失 −ln p = ${loss} ${common.unit.nats}`,
  axis: { token: '候选的下一个词元', probability: '模型给的概率' },
  tip: { loss: '损失 −ln p（奈特）' },
  barLoss: (loss) => `${loss} ${common.unit.nats}`,
  column: {
    token: '候选词元',
    weight: '权重',
    probability: '概率',
    loss: '若它是真实词元：−ln p（奈特）',
    actual: '真实的下一个词元？',
    yes: '是',
  },
  readout: {
    probability: (token) => `模型给“${token}”的概率 p`,
    crossEntropy: '交叉熵 −ln p',
    crossEntropyValue: (nats, bits) => `${nats} ${common.unit.nats} = ${bits} 比特`,
    perplexity: '困惑度 e^(−ln p) = 1/p',
  },
};
export default zh;
