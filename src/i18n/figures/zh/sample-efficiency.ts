import common from '../../common/zh';
import type en from '../en/sample-efficiency';

const zh: typeof en = {
  common,
  params: {
    targetLoss: { label: '目标损失 L', unit: '奈特/词元' },
    sizes: {
      label: '模型规模 N（非嵌入参数）',
      unit: common.unit.params,
      help: '最多 6 个，用逗号隔开，例如 1M, 1亿, 15亿。',
    },
    adjust: {
      label: '按临界批量大小修正步数（原文式 5.4）',
      help: '批量大小 2^19 个词元小于临界批量大小时，实际步数 S 多于定律里的最少步数 S_min = S/(1 + B_crit/B)。',
    },
  },
  axis: { tokens: '已处理的词元数' },
  note: { warmup: '预热', runEnd: '默认训练结束' },
  column: {
    tokens: '已处理词元数',
    steps: (batch) => `训练步数（批量大小 ${batch} 词元）`,
  },
  readout: (n, loss) => `N = ${n}：达到 L = ${loss}`,
  never: (converged) => `永远达不到：它的收敛损失是 ${converged} ${common.unit.nats}`,
  needs: (tokens, steps) => `需要 ${tokens} 个词元（${steps} 步）`,
  inWarmup: '，落在预热阶段内，拟合不适用',
  outside: (sizes) => `${sizes} 超出了 Kaplan 训练过的规模（768 到 15 亿非嵌入参数，§3），这些曲线是外推。`,
};
export default zh;
