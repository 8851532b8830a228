import common from '../../common/en';
import laws from '../../laws/en';

const en = {
  common,
  laws,
  params: {
    alpha: { label: 'Parameter exponent α', unit: '' },
    beta: { label: 'Data exponent β', unit: '' },
    A: { label: 'Parameter coefficient A', unit: '' },
    B: { label: 'Data coefficient B', unit: '' },
    E: {
      label: 'Irreducible loss E (nats)',
      unit: '',
      help: 'A fit fills in these five coefficients and puts them in the link; the runs themselves never go into the link.',
    },
    published: { label: 'Show the published laws' },
  },
  axis: {
    compute: 'Compute C = 6ND (FLOPs)',
    computeShort: 'Compute C (FLOPs)',
    residual: 'Residual ln L − ln L̂',
    optimalParams: 'Compute-optimal N_opt',
  },
  column: { params: 'Parameters N', tokens: 'Tokens D', trainingTokens: 'Training tokens D', loss: 'Loss', lossL: 'Loss L', predicted: 'Law L̂' },
  lawShown: 'Law shown',
  fittedLaw: 'Fitted law',
  readout: {
    data: 'Data',
    example: (runs: number, seed: number) => `Built-in example: ${runs} runs (Hoffmann’s law + 1% noise, seed ${seed})`,
    yours: (runs: number, name?: string) => `Your runs: ${runs}${name ? ` (${name})` : ''}`,
    drawn: (n: number) => `; ${n} drawn`,
    allocation: 'Allocation exponent a = β/(α+β)',
    /** All numbers formatted. */
    allocationValue: (a: string, besiroglu: string) => `${a} (Hoffmann et al. report 0.46; Besiroglu ${besiroglu})`,
    gopher: 'Optimal size at the Gopher budget, 5.76×10²³ FLOPs',
    gopherBand: (lower: string, upper: string) => ` (95% band ${lower}–${upper})`,
    gopherPublished: (hoffmann: string, besiroglu: string) => `; Hoffmann ${hoffmann}, Besiroglu ${besiroglu}`,
    outOfRange: 'out of numeric range',
    rms: 'RMS residual',
  },
  notTheFit: 'The coefficients shown are not the fit of these runs (they were edited, or came from a shared link), so the bootstrap band is hidden.',
};
export default en;
