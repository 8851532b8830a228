import chinchilla from '../../chinchilla/en';
import common from '../../common/en';
import laws from '../../laws/en';

const en = {
  common,
  laws,
  chinchilla,
  params: {
    law: {
      label: chinchilla.fittedLaw,
      options: chinchilla.lawOption,
      help: 'The lines and the residuals use this set of constants. Epoch’s refit was fitted to these same 240 runs; Hoffmann et al. fitted theirs to the original losses.',
    },
    x: {
      label: 'Horizontal axis',
      options: { flops: 'Training compute C', params: 'Parameters N' } as Record<string, string>,
      help: 'Against compute, the line is the lowest loss the law allows at each budget; against size, the lines are the law’s IsoFLOP curves at the nine budgets.',
    },
    budget: {
      label: 'IsoFLOP slice',
      unit: common.unit.flops,
      options: {
        '6e18': '6×10¹⁸',
        '1e19': '1×10¹⁹',
        '3e19': '3×10¹⁹',
        '6e19': '6×10¹⁹',
        '1e20': '1×10²⁰',
        '3e20': '3×10²⁰',
        '6e20': '6×10²⁰',
        '1e21': '1×10²¹',
        '3e21': '3×10²¹',
      } as Record<string, string>,
      help: 'The nine budgets of approach 2 (§3.2). A parabola in log N is fitted through the runs of the slice, as the paper did.',
    },
    window: {
      label: 'Slice half-width',
      unit: 'decades of FLOPs',
      help: 'A run belongs to the slice when its compute 6ND lies this close to the budget: 0.05 decades is ±12%. The extracted data has no budget column, so the grouping is ours.',
    },
  },
  axis: {
    flops: chinchilla.axis.flops,
    params: common.axis.params,
    loss: 'Final loss (nats/token)',
    residual: 'Observed − law (nats)',
    optimalParams: 'N_opt (parameters)',
  },
  legend: 'Tokens D',
  /** Labels drawn inside the panels. */
  note: {
    residuals: (rms: string, mean: string) => `RMS ${rms} · mean ${mean} nats`,
    slice: (budget: string, runs: string) => `C = ${budget} FLOPs · ${runs} runs`,
    fit: (n: string) => `solid: vertex at ${n}`,
    law: (n: string) => `dashed: law’s N_opt ${n}`,
    noVertex: 'no vertex',
    fitExponent: (a: string) => `solid: fit through the vertices, a = ${a}`,
    lawExponent: (a: string) => `dashed: the law, a = ${a}`,
  },
  column: {
    slice: 'IsoFLOP slice (FLOPs)',
    flops: 'Compute 6ND (FLOPs)',
    loss: 'Loss (nats/token)',
    predicted: 'Law (nats/token)',
    residual: 'Observed − law (nats)',
    none: '—',
  },
  tip: { slice: 'Slice', predicted: 'Law' },
  readout: {
    residuals: (law: string) => `Residuals under ${law}`,
    residualsValue: (rms: string, mean: string, runs: string) => `RMS ${rms} nats, mean ${mean} nats, over ${runs} runs`,
    eachLaw: 'Residual RMS under each law (nats)',
    eachLawItem: (law: string, rms: string) => `${law} ${rms}`,
    split: 'Runs up to 10²¹ FLOPs and above (§3.4)',
    splitValue: (small: string, smallRuns: string, large: string, largeRuns: string) => `RMS ${small} nats over ${smallRuns} runs; ${large} nats over ${largeRuns} runs`,
    slice: (budget: string, halfWidth: string) => `Slice at ${budget} FLOPs (±${halfWidth} decades)`,
    sliceValue: (runs: string, n: string, d: string, law: string, lawN: string) => `${runs} runs; parabola vertex N_opt ${n} (${d} tokens); ${law} predicts ${lawN}`,
    sliceNone: (runs: string, why: string) => `${runs} runs; ${why}`,
    exponent: (vertices: string) => `Exponent a through the ${vertices} vertices`,
    exponentValue: (a: string, law: string, lawA: string) => `${a}; Table 2, approach 2: 0.49 (10th–90th percentile 0.462–0.534); ${law}: ${lawA}`,
  },
  problem: {
    tooFew: 'no parabola: fewer than three model sizes in the slice',
    noValley: 'no vertex: the parabola through these runs opens downwards',
  },
  warning: {
    extrapolated: (n: string) => `The parabola’s vertex (${n}) lies outside the model sizes of this slice: it extrapolates. Widen the slice.`,
    noPowerLaw: 'Fewer than two slices have a vertex, so no power law can be fitted through them. Widen the slice.',
  },
};
export default en;
