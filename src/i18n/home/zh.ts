/** 首页在页面框架之外的文字（src/components/HomeIntro.astro）：全书地图，每章一个链接和一句说明。类型取自英文版（./en.ts），缺一章或一个键都无法通过类型检查。 */
import type { HomeMessages } from './en';

const zh: HomeMessages = {
  map: {
    heading: '全书地图',
    intro:
      '训练一个大语言模型之前，团队要回答三个问题：模型做多大，喂多少数据，花多少算力。缩放定律把这三个量和模型最终的损失连成几条简单的幂律曲线，' +
      '让人能用小模型上的实验去预测大模型的结果。本站把这些曲线一条条画出来，每张图都由同一个计算引擎按论文原本的公式实时算出，你可以拖动参数、输入自己的数字，' +
      '也可以把某张图连同它的设置分享给别人。',
    separator: '：',
    chapters: {
      'what-is-a-scaling-law': { link: '什么是缩放定律', about: '下一个词元预测、交叉熵损失，以及“规模、数据、算力”这三种资源。' },
      kaplan: { link: 'Kaplan 等（2020）', about: '损失随参数量、数据量、计算量的幂律，批量大小、训练步数，以及模型形状、上下文长度和分布偏移的影响。' },
      chinchilla: { link: 'Chinchilla', about: 'Hoffmann 等（2022）的三种方法为什么都得出“参数量和数据量同比例增长”，以及后来的复现与修正。' },
      emergence: { link: '涌现能力', about: '有些能力看起来在某个规模突然出现，以及这种“突然”在多大程度上来自评测指标本身。' },
      'beyond-chinchilla': {
        link: 'Chinchilla 之后',
        about: '独有数据不够时如何重复训练、“参数量”到底数哪些参数、为什么有意超出计算最优点训练，以及怎样由损失预测任务得分。',
      },
      summary: { link: '总结与参考文献', about: '平滑的缩放和突变的涌现如何并存，以及全站引用的论文。' },
    },
  },
};
export default zh;
