import common from '../../common/en';

const en = {
  common,
  params: {
    budget: {
      label: 'Compute budget',
      unit: common.unit.flops,
      help: 'The default is Gopher’s budget, 5.76e23 (Hoffmann et al., Table 3), which Chinchilla used as well.',
    },
    range: { label: 'FLOP range of the axis', unit: common.unit.flops },
    kaplan: { label: 'Kaplan et al. 2020' },
    approach1: { label: 'Approach 1: training-curve envelope' },
    approach2: { label: 'Approach 2: IsoFLOP profiles' },
    approach3: { label: 'Approach 3: parametric fit' },
    epoch: { label: 'Epoch refit (Besiroglu 2024)' },
    models: {
      label: 'Models shown',
      options: { all: 'All', paper: 'Those in the paper’s Table 1', later: 'Later models', none: 'None' },
    },
  },
  /** The legend: one entry per line. */
  line: {
    kaplan: 'Kaplan et al. 2020 (C^0.73)',
    approach1: 'Approach 1 (Table 3)',
    approach2: 'Approach 2 (Table A3)',
    approach3: 'Approach 3 (eq. 4)',
    epoch: 'Epoch refit 2024',
  },
  axis: { flops: 'Training compute C (FLOPs)', size: 'Optimal parameters N_opt' },
  column: { what: 'Line or model', params: 'Parameters', source: 'Source' },
  /** Added to a model's source in the table when its compute is 6ND rather than printed. */
  derivedFlops: ' (FLOPs = 6ND)',
  budgetLabel: (budget: string) => `${budget} FLOPs`,
  readout: (line: string, budget: string) => `${line} at ${budget} FLOPs`,
  readoutValue: (n: string, d: string) => `N_opt ${n}, D_opt ${d} tokens`,
  ratio: 'Kaplan over Approach 3',
  ratioValue: (x: string) => `${x}× larger model at the same budget`,
  extrapolation: 'Extrapolation',
  extrapolationValue: (x: string) => `${x}× the paper’s largest IsoFLOP budget (3×10²¹); Chinchilla itself tested the extrapolation at 5.76×10²³`,
  warning: {
    kaplanBreakdown: 'Kaplan et al. expect their laws to break down near C* ∼ 10⁴ PF-days (about 8.6×10²³ FLOPs, eq. 6.8); this budget is beyond it.',
    beyondModels: 'This budget is beyond the compute of the largest model here (Llama 3 405B, 3.8×10²⁵ FLOPs); no training run has tested these predictions.',
  },
};
export default en;
