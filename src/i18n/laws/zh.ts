/** 引擎中各条定律与表格的中文说法；类型取自 ./en.ts。 */
import type { LawMessages } from './en';

const zh: LawMessages = {
  law: {
    hoffmann2022: {
      name: 'Chinchilla 拟合（Hoffmann 等，2022），未舍入',
      shortName: 'Hoffmann 2022',
      note: '未舍入的常数能复现论文报告的 a = 0.46，以及 Gopher 计算预算下 400 亿参数的最优规模。',
    },
    hoffmann2022Rounded: {
      name: 'Chinchilla 拟合（Hoffmann 等，2022），论文印刷值',
      shortName: 'Hoffmann 2022（舍入）',
      note: '舍入为 E = 1.69、A = 406.4、B = 410.7、α = 0.34、β = 0.28；舍入使 a 变为 0.45，Gopher 预算下的最优规模变为 320 亿。',
    },
    besiroglu2024: {
      name: 'Epoch 复现（Besiroglu 等，2024）',
      shortName: 'Besiroglu 2024',
      note: '基于从 Hoffmann 原文图 4 提取的 240 个点重新拟合；E 的第 4 位小数未经核实。',
    },
    muennighoff2023: {
      name: '数据受限定律（Muennighoff 等，2023）',
      shortName: 'Muennighoff 2023',
      note: '常数取自作者仓库（huggingface/datablations 的 README）；在 C4 上拟合，参数量 7M–9B、1–500 轮。其损失在 C4 上测得，不能与 Chinchilla 的拟合直接比较。',
    },
  },
  approach: {
    approach1: '1. 训练曲线的最小值',
    approach2: '2. IsoFLOP 剖面',
    approach3: '3. 损失的参数化建模',
    kaplan: 'Kaplan 等（2020）',
    c4: 'C4 上的 IsoFLOP',
    github: 'GitHub 上的 IsoFLOP',
  },
  exponentRow: {
    approach1: '方法一 · 训练曲线',
    approach2: '方法二 · IsoFLOP',
    approach3: '方法三 · 参数化拟合',
    approach3Rounded: '方法三 · 原文式（4），印刷常数',
    approach3Unrounded: '方法三 · 原文式（4），TeX 源码常数',
    besiroglu2024: 'Epoch 重新拟合（Besiroglu 2024）',
    kaplan: 'Kaplan 等 2020',
    deepseek: 'DeepSeek LLM（当前数据）',
  },
  exponentMethod: {
    typo: { exclude: '去掉 175B', printed: '175B 按印刷值', corrected: '175B 已改正' },
    approach1: (n) => `拟合原文表 3（${n} 行）`,
    approach2: (n) => `拟合原文表 A3（${n} 行）`,
    approach3: (n, typo) => `拟合原文表 A3（${n} 行，${typo}）`,
    approach3Rounded: 'β/(α+β)，α = 0.34、β = 0.28（原文式 10）',
    approach3Unrounded: 'β/(α+β)，α = 0.33917、β = 0.28491',
    besiroglu2024: 'β/(α+β)，α = 0.3478、β = 0.3658',
    kaplan: '原文表 6（非嵌入参数）',
    deepseek: '原文式（4）；用 M（每词元 FLOPs）而非 N',
  },
  planner: {
    hoffmann2022: 'Hoffmann 2022，未舍入',
    hoffmann2022Rounded: 'Hoffmann 2022，印刷值',
    besiroglu2024: 'Besiroglu 2024 重新拟合',
    approach1: '方法一幂律',
    approach2: '方法二幂律',
    kaplan: 'Kaplan 2020（非嵌入参数）',
  },
};
export default zh;
