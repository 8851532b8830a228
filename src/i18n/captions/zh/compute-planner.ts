import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: '计算规划：模型多大、训练多久、需要多少数据',
  caption:
    '给定计算预算（直接输入，或由硬件 × 芯片数 × 天数 × 利用率算出），或者给定想要的参数量、已有的词元数，按每条定律给出计算最优的参数量 N 与训练词元数 D，并满足 C = 6ND。线：N_opt 随 FLOPs 变化；圆点：各定律的答案；灰点：真实模型；阴影：Chinchilla IsoFLOP 实验覆盖的预算范围。',
  source:
    'Hoffmann 等 2022（arXiv 2203.15556）原文式（4）、（10），原文表 3、原文表 A3，§3.2；Besiroglu 等 2024（arXiv 2404.10102）；Kaplan 等 2020（arXiv 2001.08361）原文表 6 与原文式（1.3），N 为非嵌入参数，词元数按 C/(6N) 计算。加速器峰值与 MFU：厂商页面、PaLM 原文表 3、Llama 3 原文表 4。',
  alt: '双对数图：横轴为训练 FLOPs，纵轴为计算最优参数量；每条定律一条线，Kaplan 的线明显更陡；每条线上在所选预算处有一个圆点；真实模型为灰点。',
} satisfies FigureStrings;
