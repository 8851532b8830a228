/** 两张 Wei 等 2022 原文表 1 的图共用的词。类型取自英文版（./en.ts），两种语言缺一个键都无法通过类型检查。 */
import type { EmergenceMessages } from './en';

const zh: EmergenceMessages = {
  params: {
    compute: { label: '训练计算量 C', unit: 'FLOPs' },
    chance: { label: '随机水平' },
    sharpness: { label: '陡峭程度（示意）', unit: '每个数量级' },
  },
  axis: { flops: '训练计算量（FLOPs）', score: '任务得分（示意）' },
  chance: (level) => `随机水平 ${level}`,
  kind: { table1: '原文表 1', curve: '示意曲线' },
  column: { source: '来源', model: '模型', params: '参数量' },
  separator: '；',
  readout: {
    all: (n) => `全部 ${n} 项`,
    some: (k, n, names) => `${n} 项中的 ${k} 项：${names}`,
    none: (n) => `${n} 项中一项也没有`,
    scaleOf: (name) => `“${name}”的涌现规模（原文表 1）`,
    scale: (flops, model, params) => `${flops} 训练 FLOPs，${model} ${params} 参数`,
    original: '原始出处',
    noneAtScale: '无',
  },
};
export default zh;
