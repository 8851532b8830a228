import chinchilla from '../../chinchilla/en';
import common from '../../common/en';
import laws from '../../laws/en';

const en = {
  common,
  laws,
  chinchilla,
  params: {
    budget: {
      label: 'Budget to mark',
      unit: common.unit.flops,
      help: 'The default is Gopher’s budget, 5.76e23, at which the paper’s Fig. 4 projects a 40B-parameter optimum.',
    },
    law: { label: chinchilla.fittedLaw, options: chinchilla.lawOption },
    slices: { label: 'IsoFLOP slices', unit: common.unit.flops },
  },
  /** The first column of the data table. */
  what: {
    touch: 'frontier crosses contour (its lowest-FLOP point)',
    optimum: 'optimum at the chosen budget',
    slice: (budget: string) => `slice ${budget}`,
  },
  readout: {
    optimum: (budget: string, law: string) => `On the frontier at ${budget} FLOPs (${law})`,
    optimumValue: (n: string, d: string, perParam: string, loss: string) => `N_opt ${n}, D_opt ${d} tokens (${perParam} per parameter), loss ${loss}`,
    models: 'Gopher and Chinchilla under this law',
    modelsSeparator: '; ',
    frontier: 'Frontier (eq. 4)',
    frontierValue: (g: string, a: string) => `N_opt = ${g} · (C/6)^${a}`,
    extrapolation: 'Extrapolation',
    extrapolationValue: (n: string) => `The fitted runs reach about 16B parameters (abstract), so ${n} is an extrapolation, which Chinchilla tested at the Gopher budget.`,
  },
};
export default en;
