import common from '../../common/zh';
import laws from '../../laws/zh';
import type en from '../en/approach-table';

const zh: typeof en = {
  common,
  laws,
  params: {
    digits: {
      label: '重算值显示的有效数字',
      unit: '位',
      help: '调到 2 位，就能看到论文印刷的常数给出的是 0.45，而不是原文表 2 里的 0.46。',
    },
    exponent: { label: '指数', options: { a: 'a：N_opt ∝ C^a', b: 'b：D_opt ∝ C^b' } },
    typo: {
      label: '原文表 A3 中 175B 一行（印刷错误）',
      options: { exclude: '去掉这一行', printed: '按印刷值 1.26e24', corrected: '改正为 1.26e25' },
    },
  },
  short: {
    approach1: '方法一',
    approach2: '方法二',
    approach3: '方法三',
    approach3Rounded: '原文式（4）印刷值',
    approach3Unrounded: '原文式（4） TeX 值',
    besiroglu2024: 'Epoch 2024',
    kaplan: 'Kaplan 2020',
    deepseek: 'DeepSeek',
  },
  head: { source: (which) => `来源 · 指数 ${which}`, printed: '论文印刷值', recomputed: '本站重算' },
  axis: (which) => `指数 ${which}（● 印刷值，条为 10%–90% 区间；◇ 重算值）`,
  tip: { printed: '印刷值', recomputed: '重算值' },
  column: {
    source: '来源',
    printedA: '印刷的 a',
    intervalA: 'a 的 10%–90% 区间',
    printedB: '印刷的 b',
    intervalB: 'b 的 10%–90% 区间',
    recomputedA: '重算的 a',
    recomputedB: '重算的 b',
    method: '重算方法',
    printedIn: '印刷值出处',
  },
  treatment: { exclude: '去掉该行', printed: '按印刷值', corrected: '改正后' },
  readout: {
    why: '为什么是 0.46 而不是 0.45',
    whyValue: (rounded, tex) =>
      `原文式（10）印刷的 α = 0.34、β = 0.28 给出 a = 0.28/0.62 = ${rounded}，四舍五入为 0.45；TeX 源码中的 α = 0.33917、β = 0.28491 给出 ${tex}，即原文表 2 的 0.46。移动 a 的是 α、β 的舍入，不是拟合本身。`,
    typo: '原文表 A3 的印刷错误',
    typoValue: (printed, corrected, treatment, a, all) =>
      `方法三的 175B 一行印的是 ${printed} FLOPs，但 6 × 175B × 12.0T = ${corrected}（印刷值比 67B 一行还小）。${treatment}时 a = ${a}（三种处理：${all}），影响很小。`,
    interval: '† 方法三的区间',
    intervalValue: (a, b) =>
      `论文自己的未舍入常数给出 a = ${a}、b = ${b}，恰好落在印刷的区间 (0.454, 0.455) 和 (0.542, 0.543) 之外。Besiroglu 等（2024）指出，这么窄的区间需要 60 多万次实验，而论文很可能只做了不到 500 次实验。`,
  },
};
export default zh;
