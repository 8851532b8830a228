/** 多个图共用的词（坐标轴、表格列、单位、论文研究的范围）。类型取自英文版（./en.ts），两种语言缺一个键都无法通过类型检查。 */
import type { CommonMessages } from './en';

const zh: CommonMessages = {
  colon: '：',
  listSeparator: '、',
  unit: { nats: '奈特', params: '参数', tokens: '词元', flops: 'FLOPs', steps: '步' },
  axis: {
    testLoss: '测试损失（奈特/词元）',
    params: '参数量 N',
    tokens: '数据量 D（词元）',
  },
  column: { loss: '损失（奈特/词元）', params: '参数量 N', tokens: '数据量 D（词元）' },
  kaplan: {
    readAt: (symbol) => `读数位置 ${symbol}`,
    modelSizes: '模型规模 N（非嵌入参数）',
    outsideParams: (sizes) => `${sizes} 超出了论文研究的 768 到 15 亿个非嵌入参数（§3），这些曲线是外推。`,
    outsideTokens: (d) => `D = ${d} 超出了论文研究的约 2200 万到 230 亿个词元（§3），这里的读数是外推。`,
  },
};
export default zh;
