import { MODELS } from '../../../engine/models';
import { formatQuantity } from '../../../lib/numbers';
import common from '../../common/zh';
import laws from '../../laws/zh';
import type en from '../en/inference-aware';

const zh: typeof en = {
  common,
  laws,
  params: {
    inferenceTokens: {
      label: '预期推理词元总数 D_inf',
      unit: common.unit.tokens,
      help: '模型整个服务期内处理的词元数（输入加输出）。推理每词元约 2N FLOPs，训练约 6N。',
    },
    reference: {
      label: '目标损失来自',
      options: {
        custom: '一个参考模型：下面的 N 和 D',
        loss: '直接给出的目标损失（下面）',
        ...Object.fromEntries(MODELS.map((m) => [m.id, `${m.name}（${formatQuantity(m.params, 'zh')} 参数，${formatQuantity(m.tokens, 'zh')} 词元）`])),
      },
    },
    refParams: { label: '参考模型参数量 N', unit: common.unit.params },
    refTokens: { label: '参考模型训练词元数 D', unit: common.unit.tokens, help: '默认是以每参数 20 个词元训练的 130 亿参数模型。' },
    targetLoss: { label: '目标损失 ℓ', unit: '奈特/词元', help: '必须高于所选定律的不可约损失 E（1.69–1.82）。' },
    law: {
      label: '损失定律',
      options: { hoffmann2022: laws.law.hoffmann2022.name, hoffmann2022Rounded: laws.law.hoffmann2022Rounded.name, besiroglu2024: laws.law.besiroglu2024.name },
    },
  },
  axis: { flops: '计算量（FLOPs）' },
  kind: { training: '训练', inference: '推理', total: '总计' },
  point: { best: '推理感知最优', computeOptimal: '计算最优', reference: '参考模型' },
  column: { tokens: '训练词元数', training: '训练 FLOPs', inference: '推理 FLOPs', total: '总 FLOPs' },
  readout: {
    target: '目标损失',
    targetOf: (name) => `目标损失（${name} 的损失）`,
    targetOfModel: (n, d) => `目标损失（${n} 参数、${d} 词元的模型）`,
    targetValue: (loss) => `${loss} 奈特/词元`,
    computeOptimal: '同一损失的计算最优模型',
    allocation: (n, d, ratio) => `${n} 参数，${d} 训练词元（每参数 ${ratio} 个）`,
    total: '训练 + 推理总计算量',
    totalValue: (best, computeOptimal) => `${best}，对比 ${computeOptimal} FLOPs`,
    reference: '参考模型本身的总计算量',
    flops: (x) => `${x} FLOPs`,
    saving: '相对计算最优模型的节省',
    savingValue: (percent, flops) => `${percent}（${flops} FLOPs）`,
    objective: '目标函数',
    objectiveValue: (arxiv) => `Sardana 等 2024（arXiv ${arxiv}），形式取自二手来源`,
  },
  warning: {
    extreme: (ratio, max) =>
      `最优方案以每参数 ${ratio} 个词元训练，超过 Hoffmann 原文图 4 各次训练的最大值（约 ${max}）。Sardana 等指出，只用常见比例的数据拟合的定律会高估极端比例下额外词元的作用（摘要），所以真实的最优模型可能更大。`,
  },
};
export default zh;
