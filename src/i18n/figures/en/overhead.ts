import common from '../../common/en';
import laws from '../../laws/en';

const en = {
  common,
  laws,
  params: {
    k: {
      label: 'Shrink factor k',
      unit: '×',
      help: 'The model has 1/k of the compute-optimal parameters. k = 1 is the compute-optimal model.',
    },
    budget: {
      label: 'Compute budget C',
      unit: common.unit.flops,
      help: 'Sets the loss to match and the absolute sizes; the factors themselves do not depend on it.',
    },
    law: {
      label: 'Coefficients',
      options: { hoffmann2022: laws.law.hoffmann2022.name, hoffmann2022Rounded: laws.law.hoffmann2022Rounded.name, besiroglu2024: laws.law.besiroglu2024.name },
    },
  },
  axis: { k: 'Shrink factor k' },
  /** The two facets: data needed (left) and compute (right), as multiples. */
  facet: { data: 'Tokens needed ÷ compute-optimal D', compute: 'Training compute ÷ budget' },
  column: { law: 'Coefficients', tokens: 'Tokens needed', dataFactor: 'Data factor', computeFactor: 'Compute factor' },
  /** A table cell where no amount of data reaches the target loss. */
  unreachable: 'unreachable',
  summary: (data: string, compute: string, extra: string) => `data ${data}, compute ${compute} (${extra} more)`,
  unreachableSummary: 'unreachable with any amount of data',
  readout: {
    optimal: (budget: string) => `Compute-optimal at ${budget} FLOPs`,
    optimalValue: (n: string, d: string, loss: string) => `${n} params, ${d} tokens, loss ${loss} nats`,
    smaller: (k: string) => `The model ${k}× smaller`,
    smallerValue: (n: string, d: string) => `${n} params, needs ${d} tokens`,
    smallerUnreachable: (n: string) => `${n} params: cannot reach this loss`,
    extra: 'Extra data and compute',
    kStar: 'k* beyond which data cannot compensate',
  },
  warning: {
    beyond: (k: string, kStar: string) => `k = ${k} is beyond k* = ${kStar}: even with unlimited data a model this small stays above the target loss.`,
  },
};
export default en;
