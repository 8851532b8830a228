import chinchilla from '../../chinchilla/en';
import common from '../../common/en';
import laws from '../../laws/en';

const en = {
  common,
  laws,
  chinchilla,
  params: {
    target: {
      label: 'Project the power law to',
      unit: common.unit.flops,
      help: 'The paper fits the power law on budgets from 6e18 to 3e21 and projects it to Gopher’s budget, 5.76e23 (Fig. 3).',
    },
    law: {
      label: chinchilla.fittedLaw,
      options: chinchilla.lawOption,
      help: 'The unrounded Hoffmann constants give a = 0.4565; the rounded ones printed in the paper give 0.4516; Epoch’s refit gives 0.5126.',
    },
    budgets: {
      label: 'Compute budgets',
      unit: common.unit.flops,
      help: '2 to 8 budgets, comma-separated, e.g. 1e19, 1e21. The paper’s IsoFLOP runs span 6e18 to 3e21.',
    },
    span: {
      label: 'Model sizes per budget (each side of the optimum)',
      unit: 'decades',
      help: '15 model sizes per curve, evenly spaced in log N on both sides of the closed-form optimum. The wider the span, the further the parabola’s vertex drifts from the true optimum.',
    },
  },
  axis: { optimalParams: 'Optimal parameters N_opt' },
  fitNote: (a: string) => `solid: fit through the vertices, a = ${a}`,
  closedNote: (a: string) => `dashed: closed form, eq. (4), a = ${a}`,
  column: { budget: 'Budget C (FLOPs)' },
  /** The kinds of row in the data table. */
  kind: { vertex: 'parabola vertex', closedForm: 'closed form (eq. 4)', point: 'IsoFLOP point' },
  readout: {
    exponentA: 'Exponent a fitted through the vertices (N_opt ∝ C^a)',
    exponentAValue: (a: string, closed: string, law: string) => `${a}; closed form β/(α+β) = ${closed} (${law})`,
    exponentB: 'Data exponent b (D_opt ∝ C^b)',
    exponentBValue: (b: string, closed: string) => `${b}; closed form ${closed}`,
    projected: (target: string) => `Projected to ${target} FLOPs (star)`,
    projectedValue: (n: string, d: string, closed: string) => `the power law gives N_opt ${n}, D_opt ${d} tokens; closed form ${closed}`,
    largest: (budget: string) => `N_opt at the largest budget, ${budget} FLOPs`,
    largestValue: (n: string, d: string, closedN: string, closedD: string) => `parabola vertex ${n} (${d} tokens); closed form ${closedN} (${closedD} tokens)`,
  },
  warning: {
    oneBudget: 'Only one distinct budget: a power law needs at least two different budgets.',
    /** Budgets outside Approach 2's 6e18 … 3e21 FLOPs (§3.2); `count` picks the plural. */
    outside: (budgets: string, count: number) =>
      `The budget${count > 1 ? 's' : ''} ${budgets} lie${count > 1 ? '' : 's'} outside the paper’s IsoFLOP runs (6×10¹⁸ to 3×10²¹ FLOPs, §3.2); the curves there extrapolate the fitted law.`,
  },
};
export default en;
