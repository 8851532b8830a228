import chinchilla from '../../chinchilla/en';
import common from '../../common/en';
import laws from '../../laws/en';

const en = {
  common,
  laws,
  chinchilla,
  params: {
    sizes: {
      label: 'Number of model sizes',
      help: 'More sizes make the envelope’s steps finer, and the exponent read from it moves towards the closed form.',
    },
    law: { label: 'Law that draws the curves', options: chinchilla.lawOption },
    modelRange: {
      label: 'Smallest and largest model',
      unit: common.unit.params,
      help: 'The paper’s Approach 1 models range from 70M to over 10B parameters (§3.1).',
    },
    flopRange: { label: 'FLOP range', unit: common.unit.flops },
  },
  axis: { envelopeParams: 'Parameters N on the envelope', envelopeTokens: 'Tokens D on the envelope' },
  smallest: (n: string) => `smallest ${n}`,
  largest: (n: string) => `largest ${n}`,
  column: { curve: 'Curve' },
  lowerEnvelope: 'lower envelope',
  readout: {
    exponents: 'Exponents read from the envelope',
    exponentsValue: (a: string, b: string, law: string, closedA: string, closedB: string) => `a = ${a}, b = ${b}; closed form (${law}) a = ${closedA}, b = ${closedB}`,
    atEnd: (flops: string) => `On the envelope at ${flops} FLOPs`,
    atEndValue: (n: string, d: string, loss: string, closedN: string) => `${n} params, ${d} tokens, loss ${loss}; closed-form optimum ${closedN} params`,
  },
  warning: {
    pinnedLow:
      'At the low end of the FLOP range the optimum is smaller than the smallest model: the envelope is pinned to it and the exponent read from it is biased. Add smaller models or raise the lowest FLOPs.',
    pinnedHigh:
      'At the high end of the FLOP range the optimum is larger than the largest model: the envelope is pinned to it and the exponent read from it is biased. Add larger models or lower the highest FLOPs.',
  },
};
export default en;
