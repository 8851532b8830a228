/** 站内搜索（src/scripts/search.ts）在搜索框下写出的文字：加载中、结果数、无结果、加载失败。类型取自英文版（./en.ts），缺一个键无法通过类型检查。 */
import type { SearchMessages } from './en';

const zh: SearchMessages = {
  loading: '正在加载搜索索引……',
  none: '没有找到相关内容。',
  results: (n) => `${n} 条结果`,
  failed: '搜索无法加载。',
};
export default zh;
