/** Chinchilla 各图（isoflop、training-envelope、parametric-contours）共用的词；类型取自 ./en.ts。 */
import type { ChinchillaMessages } from './en';

const zh: ChinchillaMessages = {
  lawOption: {
    hoffmann2022: 'Hoffmann 2022，未舍入（TeX 源码）',
    hoffmann2022Rounded: 'Hoffmann 2022，印刷值（原文式 10）',
    besiroglu2024: 'Besiroglu 2024（Epoch 重新拟合）',
  },
  fittedLaw: '拟合的损失律',
  axis: { flops: '训练计算量 C（FLOPs）' },
  column: { tokens: '词元数 D', point: '点' },
};
export default zh;
