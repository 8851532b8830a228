import common from '../../common/en';

const en = {
  common,
  params: {
    params: { label: 'Non-embedding parameters N', unit: common.unit.params },
    tokens: { label: 'Training tokens D', unit: common.unit.tokens },
    seqLen: {
      label: 'Sequence length',
      unit: common.unit.tokens,
      help: 'Only converts the batch from tokens to sequences (and enters DeepSeek’s M when a shape is given).',
    },
    compute: {
      label: 'Compute C for DeepSeek’s rule',
      options: { '6nd': 'C ≈ 6ND (ignores attention FLOPs)', shape: 'C = M·D with M from layers and width (DeepSeek eq 2)' },
    },
    layers: { label: 'Layers n_layer (for C = M·D only)', unit: '' },
    dModel: { label: 'Width d_model (for C = M·D only)', unit: '' },
  },
  rule: { stepLaw: 'Step Law', deepseek: 'DeepSeek' },
  axis: { tokens: 'Training tokens D', learningRate: 'Optimal peak learning rate η', batch: 'Optimal batch B (tokens)' },
  legend: { stepLaw: '▬ Step Law (N, D)', deepseek: '▬ DeepSeek (C)', fitted: 'shaded: fitted range' },
  column: {
    tokens: 'Training tokens D',
    flops: 'Compute C (FLOPs)',
    stepLr: 'Step Law η',
    stepBatch: 'Step Law B (tokens)',
    deepseekLr: 'DeepSeek η',
    deepseekBatch: 'DeepSeek B (tokens)',
  },
  readout: {
    stepLr: 'Step Law: peak learning rate η',
    stepBatch: 'Step Law: batch B',
    compute: 'Compute C (input to DeepSeek’s rule)',
    deepseekLr: 'DeepSeek: peak learning rate η',
    deepseekBatch: 'DeepSeek: batch B',
    batchValue: (tokens: string, sequences: string) => `${tokens} ${common.unit.tokens} ≈ ${sequences}`,
    sequences: (count: string, seqLen: string) => `${count} sequences of ${seqLen}`,
    computeValue: (flops: string, note: string) => `${flops} FLOPs (${note})`,
    sixND: 'C ≈ 6ND',
    shapeNote: (m: string) => `C = M·D, M = ${m} FLOPs/token`,
    shapeParams: 'Non-embedding params of this shape (12·n_layer·d_model²)',
    shapeParamsValue: (shape: string, n: string) => `${shape} (Step Law uses the N above, ${n})`,
  },
  warning: {
    stepLawParams: (n: string, lo: string, hi: string) =>
      `N = ${n} lies outside the model sizes Step Law was fitted on (${lo} to ${hi} non-embedding parameters): its learning rate is extrapolated.`,
    stepLawTokens: (d: string, lo: string, hi: string) =>
      `D = ${d} lies outside the token counts Step Law was fitted on (${lo} to ${hi}): its learning rate and batch are extrapolated.`,
    deepseekCompute: (c: string, lo: string, hi: string) =>
      `C = ${c} FLOPs lies outside the budgets DeepSeek’s rule was fitted on (${lo} to ${hi} FLOPs): both of its values are extrapolated.`,
  },
};
export default en;
