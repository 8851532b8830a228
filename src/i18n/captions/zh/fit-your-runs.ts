import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: '拟合你的训练：残差与计算最优前沿',
  caption:
    '左：每次训练与定律的偏离 ln L − ln L̂，横轴为其计算量 C = 6ND；拟合得好时，点均匀分布在零线两侧。右：该定律的计算最优参数量 N_opt(C)（粗线）、拟合的 95% 自助法区间带、已发表的定律（细线）和各次训练（灰点）。在你拟合自己的数据之前，这里显示的是内置示例：由 Hoffmann 定律加 1% 噪声生成的数据。',
  source:
    'Hoffmann 等 2022（arXiv 2203.15556）方法三，§3.3，原文式（2）、（4）、（11），附录 D.2（Huber δ = 10⁻³，从一组初始点出发用 L-BFGS）；自助法同 Besiroglu 等 2024（arXiv 2404.10102）。示例数据为合成数据（本站生成）。',
  alt: '两幅图：左图是残差随对数训练计算量分布在零线附近；右图是计算最优参数量随计算量变化，一条带阴影区间的粗线、两条已发表定律的细线和灰色的训练点。',
} satisfies FigureStrings;
