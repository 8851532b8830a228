/** 图表操作所写的中文：“引用此图”、导出与嵌入时的署名，以及图表所用数据集的链接文字和引用写法。类型取自 ./en.ts，缺一个键无法通过类型检查。 */
import type { CiteMessages } from './en';

const zh: CiteMessages = {
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
  dataset: (authors, repo, file, commit, license) => `${authors}（${repo}，${file}${commit ? `，提交 ${commit}` : ''}，${license ?? '未发布许可证文件'}）`,
  separator: '；',
  figure: (p) =>
    `“${p.title}”，${p.siteTitle}，图 ${p.id}（参数：${p.params.join(', ')}），${p.url}，访问于 ${p.date}，网站版本 ${p.version}，` +
    `采用 ${p.license.name} 许可（${p.license.url}）。${p.data ? `${p.data}。` : ''}`,
  pngFailed: '这个浏览器无法生成 PNG，请改为下载 SVG。',
  attribution: (p) => `“${p.title}”，${p.siteTitle}（${p.url}），${p.license}。`,
};
export default zh;
