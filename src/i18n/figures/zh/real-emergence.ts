import { EMERGENCE_FAMILIES, familyOptions } from '../../../figures/lib/obs-families';
import type en from '../en/real-emergence';

const zh: typeof en = {
  params: {
    task: {
      label: 'BIG-bench 任务',
      help: 'Wei 等（2022）列为涌现的任务，两样本提示，得分照数据发布的原样。',
      options: {
        ipa_transliterate: 'IPA 音标转写',
        word_unscrambling: '字母重排还原单词',
        arithmetic_2da: '两位数加法',
        arithmetic_2dm: '两位数乘法',
        arithmetic_3da: '三位数加法',
        arithmetic_3ds: '三位数减法',
      },
    },
    metric: {
      label: '评测指标',
      help: '同一批模型的 IPA 音标转写有两种评分：全对才得分，或按部分正确给分。',
      options: { exact: '完全匹配', bleu: 'BLEU' },
    },
    family: {
      label: '模型系列',
      help: '只看一个系列时连成折线（圆环标出比前一个模型得分更低的模型），其余模型为灰色。',
      options: { all: '全部系列', ...familyOptions(EMERGENCE_FAMILIES) },
    },
  },
  axisFlops: '训练计算量 C（FLOPs）',
  metric: { exact: '完全匹配', bleu: 'BLEU（0–100）', accuracy: '准确率' },
  listSeparator: '；',
  column: { model: '模型', family: '系列', params: '参数量', flops: '训练 FLOPs' },
  tip: { family: '系列', flops: '训练 FLOPs' },
  readout: {
    plotted: '图中模型',
    plottedValue: (n, families) => `${n} 个，来自 ${families} 个系列`,
    leftOut: '未画出',
    leftOutValue: (noFlops, noScore) => `${noFlops} 个缺训练 FLOPs，${noScore} 个缺得分`,
    zeros: '得分恰为 0',
    zerosValue: (k, n, flops) => `${n} 个中有 ${k} 个，训练计算量都不超过 ${flops} FLOPs`,
    noZeros: '没有',
    steps: '计算量更多，得分反而更低',
    noDrops: '没有：相邻两个模型之间得分从不下降',
    drop: (from, a, to, b) => `${from} ${a} → ${to} ${b}`,
  },
};
export default zh;
