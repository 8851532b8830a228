/** 画这份数据发布（src/data/obsscaling.ts）的图共用的词：某行为何不采用、依据谁的数字。类型取自英文版（./en.ts），缺一个键无法通过类型检查。 */
import type { ReleaseMessages } from './en';

const zh: ReleaseMessages = {
  setAsideReason: {
    tokens: (released, source) => `数据发布给出 ${released} 词元，而它的论文给出 ${source}`,
    params: (released, source) => `数据发布给出 ${released} 参数，而作者发布的模型是 ${source}`,
  },
  setAsidePaper: {
    'cerebras/btlm-3b-8k-base': 'Dey 等，2023，arXiv 2309.11568',
    'openlm-research/open_llama_7b_v2': 'Geng、Liu，2023：OpenLLaMA 7Bv2，沿用 LLaMA 7B 的结构；Touvron 等，2023a，原文表 2',
  },
};
export default zh;
