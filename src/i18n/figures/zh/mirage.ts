import common from '../../common/zh';
import type en from '../en/mirage';

const zh: typeof en = {
  common,
  params: {
    answerTokens: { label: '答案长度 L', unit: common.unit.tokens },
    alpha: { label: '损失指数 α（< 0）' },
    c: {
      label: '尺度常数 c',
      unit: common.unit.params,
      help: '每词元损失 L_CE(N) = (N/c)^α：c 越大，同样规模下损失越高。',
    },
    testItems: {
      label: '测试集题目数 n',
      unit: '题',
      help: '准确率的分辨率是 1/n：低于它的准确率，在 n 道题上平均答对不到一道，通常记为 0。',
    },
    accuracyAxis: {
      label: '准确率纵轴',
      options: { linear: '线性（看起来像突变）', log: '对数（看得见小于 1/n 的部分）' },
    },
  },
  axis: {
    loss: '每词元损失（奈特）',
    exactMatch: (answerTokens) => `完全匹配准确率（L = ${answerTokens}）`,
    editDistance: '词元编辑距离',
  },
  column: { accuracy: '完全匹配准确率' },
  readout: {
    at: (n) => `N = ${n} 时`,
    atValue: (loss, accuracy, edit) => `损失 ${loss} ${common.unit.nats}，完全匹配 ${accuracy}%，编辑距离 ${edit}`,
    resolved: (items) => `完全匹配首次超过 1/n（n = ${items}）`,
    resolvedAt: (n, items) => `约在 N = ${n} 处；更小的模型在 ${items} 道题上平均答对不到一道，通常记为 0`,
    never: (from, to) => `在 ${from} 到 ${to} 之间没有超过`,
  },
};
export default zh;
