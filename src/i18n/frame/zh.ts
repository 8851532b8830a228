/** 图表框架的中文文字（按钮、标签、状态行，以及输入框对读者输入内容的提示）。类型取自 ./en.ts。 */
import type { FrameMessages } from './en';

const ui: FrameMessages['ui'] = {
  'site.title': '缩放定律探索',
  'figure.controls': '设置',
  'figure.reset': '恢复默认',
  'figure.copyLink': '复制链接',
  'figure.copied': '链接已复制',
  'figure.copyFailed': '请复制这个链接：',
  'figure.downloadLabel': '下载',
  'figure.cite': '引用',
  'figure.citeTitle': '引用这张图',
  'figure.citeCopy': '复制引用',
  'figure.dataTable': '数据表',
  'figure.ignored': '已忽略',
  'figure.renderFailed': '这个设置无法绘制，图上保留的是上一次有效的结果。',
  'figure.parameters': '参数',
  'figure.rows': '行',
  'figure.embed': '嵌入代码',
  'figure.embedCopied': '嵌入代码已复制，粘贴到你的网页即可',
  'figure.embedCopyFailed': '请把这段代码复制到你的网页：',
  'figure.newTab': '（在新标签页打开）',
  'figure.data': '数据',
};

const quote = (text: string) => `“${text}”`;

const zh: FrameMessages = {
  ui,
  colon: '：',
  param: {
    tooLong: '内容太长，不像是一个取值。',
    range: (min, max) => `取值范围是 ${min} 到 ${max}。`,
    integer: '这里要填整数。',
    choice: (allowed) => `可选的值只有：${allowed}。`,
    boolean: '只能是 1 或 0。',
    count: (min, max) => (min !== max ? `需要 ${min} 到 ${max} 个数，用逗号隔开。` : min === 1 ? '需要正好 1 个数。' : `需要正好 ${min} 个数，用逗号隔开。`),
    item: (part, message) => `${quote(part)}：${message}`,
    unknown: '这张图没有这个参数，已忽略。',
    duplicate: '这个参数出现了不止一次，只用第一个值。',
    fallback: (message, value) => `${message} 已改用默认值 ${value}。`,
    fallbackSet: (message, value) => `${message} 已改用所选预设或本页设定的值 ${value}。`,
  },
  quantity: {
    empty: '请输入一个数，例如 7B、1.4T、6e23 或 70亿。',
    syntax: (q) => `${q} 不是一个数。可以写 7B、1.4T、6e23 或 70亿。`,
    overflow: (q) => `${q} 太大，无法计算（上限约为 1.8×10³⁰⁸）。`,
    underflow: (q) => `${q} 太小，无法计算（下限约为 5×10⁻³²⁴）。`,
    zero: (q) => `${q} 是零，这里需要一个大于 0 的数。`,
    negative: (q) => `${q} 是负数，这里需要一个大于 0 的数。`,
    between: (q, lo, hi) => `${q} 超出范围：请输入 ${lo} 到 ${hi} 之间的值。`,
    atLeast: (q, lo) => `${q} 超出范围：请输入不小于 ${lo} 的值。`,
    atMost: (q, hi) => `${q} 超出范围：请输入不大于 ${hi} 的值。`,
  },
};
export default zh;
