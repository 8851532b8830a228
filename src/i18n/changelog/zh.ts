/** 更新日志的中文条目（src/pages/[lang]/changelog.astro），按网站版本和改动列出。类型取自英文版（./en.ts），缺一条就无法通过类型检查。 */
import type { ChangelogMessages } from './en';

const zh: ChangelogMessages = {
  '0.1.0': {
    engine:
      '计算引擎首次发布。Kaplan 等 2020：单变量定律采用原文表 5 常数（C_c^min = 3.1×10⁸ PF-day；原文图 1 图例中的 2.3×10⁸ 作为可选项），联合定律 L(N, D) 采用原文表 2 常数，L(N, S) 采用原文表 3 常数，以及临界批量大小和原文表 6 的分配规则。',
    chinchilla:
      'Chinchilla 系数组：hoffmann2022（论文 TeX 源码中的未取整值：E = 1.69337，A = 406.401，B = 410.723，α = 0.33917，β = 0.28491）、hoffmann2022Rounded（按原文式 10 印刷值：E = 1.69，A = 406.4，B = 410.7，α = 0.34，β = 0.28）和 besiroglu2024（E = 1.8172，A = 482.01，B = 2085.43，α = 0.3478，β = 0.3658）。',
    hyperparameters:
      '超参数规则：Step Law（Li 等 2025：η = 1.79·N^−0.713·D^0.307，B = 0.58·D^0.571 个词元）和 DeepSeek LLM（η = 0.3118·C^−0.125，B = 0.2920·C^0.3271 个词元）。方法三拟合器：δ = 10⁻³ 的 Huber 损失，从 Hoffmann 的 4,500 个初始点出发，用带强 Wolfe 线搜索的 L-BFGS 求解。',
  },
};
export default zh;
