import { MODELS } from '../../../engine/models';
import { formatQuantity } from '../../../lib/numbers';
import common from '../../common/en';
import laws from '../../laws/en';

const en = {
  common,
  laws,
  params: {
    inferenceTokens: {
      label: 'Expected inference tokens D_inf',
      unit: common.unit.tokens,
      help: 'All tokens the model will process while it is served (input and output). Inference costs about 2N FLOPs per token, training 6N.',
    },
    reference: {
      label: 'Target loss from',
      options: {
        custom: 'A reference model: N and D below',
        loss: 'A target loss typed below',
        ...Object.fromEntries(MODELS.map((m) => [m.id, `${m.name} (${formatQuantity(m.params, 'en')} params, ${formatQuantity(m.tokens, 'en')} tokens)`])),
      } as Record<string, string>,
    },
    refParams: { label: 'Reference parameters N', unit: common.unit.params },
    refTokens: { label: 'Reference training tokens D', unit: common.unit.tokens, help: 'The default is a 13B model trained on 20 tokens per parameter.' },
    targetLoss: { label: 'Target loss ℓ', unit: 'nats/token', help: 'Must lie above the chosen law’s irreducible loss E (1.69–1.82).' },
    law: {
      label: 'Loss law',
      options: { hoffmann2022: laws.law.hoffmann2022.name, hoffmann2022Rounded: laws.law.hoffmann2022Rounded.name, besiroglu2024: laws.law.besiroglu2024.name },
    },
  },
  axis: { flops: 'Compute (FLOPs)' },
  kind: { training: 'Training', inference: 'Inference', total: 'Total' },
  point: { best: 'Inference-aware optimum', computeOptimal: 'Compute-optimal', reference: 'Reference model' },
  column: { tokens: 'Training tokens', training: 'Training FLOPs', inference: 'Inference FLOPs', total: 'Total FLOPs' },
  readout: {
    target: 'Target loss',
    targetOf: (name: string) => `Target loss (that of ${name})`,
    targetOfModel: (n: string, d: string) => `Target loss (a ${n} model on ${d} tokens)`,
    targetValue: (loss: string) => `${loss} nats/token`,
    computeOptimal: 'Compute-optimal model for the same loss',
    allocation: (n: string, d: string, ratio: string) => `${n} params on ${d} training tokens (${ratio} per parameter)`,
    total: 'Total training + inference compute',
    totalValue: (best: string, computeOptimal: string) => `${best} vs ${computeOptimal} FLOPs`,
    reference: 'Total compute of the reference model itself',
    flops: (x: string) => `${x} FLOPs`,
    saving: 'Saving against the compute-optimal model',
    savingValue: (percent: string, flops: string) => `${percent} (${flops} FLOPs)`,
    objective: 'Objective',
    objectiveValue: (arxiv: string) => `Sardana et al. 2024 (arXiv ${arxiv}), form from secondary sources`,
  },
  warning: {
    extreme: (ratio: string, max: number) =>
      `The optimum trains on ${ratio} tokens per parameter, beyond the largest ratio among Hoffmann’s Fig. 4 runs (about ${max}). Sardana et al. report that laws fitted at typical ratios overestimate what extra tokens buy at extreme ratios (abstract), so the real optimum may be larger.`,
  },
};
export default en;
