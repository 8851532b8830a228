/** 图表所用数据集的中文文字：来源行下的链接文字、“引用此图”里数据集的写法。类型取自 ./en.ts，缺一个键无法通过类型检查。 */
import type { DatasetMessages } from './en';

const zh: DatasetMessages = {
  link: {
    'chinchilla-runs': 'Chinchilla 的训练记录（Epoch AI 提取）',
    'obsscaling-benchmarks': 'ObsScaling 基础模型与基准测试得分',
    'obsscaling-emergent': 'ObsScaling 涌现型 BIG-bench 任务',
  },
  authors: {
    'chinchilla-runs': 'Hoffmann 等，2022，原文图 4，由 Besiroglu、Erdil、Barnett 和 You（2024）提取',
    'obsscaling-benchmarks': 'Ruan、Maddison 和 Hashimoto，2024，ObsScaling',
    'obsscaling-emergent': 'Ruan、Maddison 和 Hashimoto，2024，ObsScaling',
  },
  cite: (authors, repo, file, commit, license) => `${authors}（${repo}，${file}${commit ? `，提交 ${commit}` : ''}，${license ?? '未发布许可证文件'}）`,
  separator: '；',
};
export default zh;
