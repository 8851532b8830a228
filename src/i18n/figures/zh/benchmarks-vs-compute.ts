import { BENCHMARK_FAMILIES, familyOptions } from '../../../figures/lib/obs-families';
import type en from '../en/benchmarks-vs-compute';
import release from '../../release/zh';

const zh: typeof en = {
  release,
  params: {
    benchmark: {
      label: '基准测试',
      help: '得分照数据发布的原样：答对的题目比例（HumanEval 为 pass@1）。',
      options: {
        MMLU: 'MMLU',
        'ARC-C': 'ARC-Challenge',
        HellaSwag: 'HellaSwag',
        Winograd: 'Winogrande',
        TruthfulQA: 'TruthfulQA',
        GSM8K: 'GSM8K',
        XWinograd: 'XWinograd',
        HumanEval: 'HumanEval',
      },
    },
    family: {
      label: '模型系列',
      help: '全部模型，模型最多的七个系列着色；或只看一个系列，连成折线，其余模型为灰色。',
      options: { all: '全部系列', ...familyOptions(BENCHMARK_FAMILIES) },
    },
  },
  axisFlops: '训练计算量 C（FLOPs）',
  axisScore: (benchmark) => `${benchmark} 得分`,
  otherFamilies: '其他系列',
  chanceLine: (value) => `随机水平 ${value}`,
  column: { model: '模型', family: '系列', params: '参数量', tokens: '预训练词元数', flops: '训练 FLOPs' },
  tip: { family: '系列', flops: '训练 FLOPs' },
  readout: {
    plotted: '图中模型',
    plottedValue: (n, benchmark) => `${n} 个，既有训练 FLOPs 又有 ${benchmark} 得分`,
    leftOut: '未画出',
    leftOutValue: (noFlops, noScore, setAside) => `${noFlops} 个缺训练 FLOPs，${noScore} 个缺得分${setAside.length ? `；另有 ${setAside.join('；')}未采用` : ''}`,
    setAside: (name, reason, citation) => `${name}（${reason}；${citation}）`,
    chance: '随机水平',
    noChance: '未给出（该得分是分给正确答案的概率份额）',
    best: '最高得分',
    bestValue: (name, score, flops) => `${name}：${score}，训练 ${flops} FLOPs`,
  },
};
export default zh;
