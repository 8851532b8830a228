import common from '../../common/en';

const en = {
  common,
  params: {
    loss: { label: 'Loss L', unit: 'nats/token', help: 'How far training has got: the lower the loss, the larger the critical batch.' },
    batch: { label: 'Batch size B', unit: common.unit.tokens, help: 'The default is the 2¹⁹ ≈ 524K tokens most of the paper’s runs used (§3).' },
  },
  axis: { loss: 'Loss L (nats/token)', bCrit: 'Critical batch B_crit (tokens)', data: 'Data E/E_min', steps: 'Steps S/S_min' },
  label: { many: 'B ≪ B_crit: many steps', much: 'B ≫ B_crit: much data' },
  column: { steps: (b: string) => `S/S_min at B = ${b}`, examples: (b: string) => `E/E_min at B = ${b}` },
  /** "3.14×": a ratio, already formatted. */
  times: (x: string) => `${x}×`,
  readout: {
    critical: (loss: string) => `Critical batch at L = ${loss} ${common.unit.nats}`,
    criticalValue: (b: string) => `${b} ${common.unit.tokens}`,
    steps: (b: string) => `Steps at B = ${b}`,
    stepsValue: (times: string) => `${times} the minimum S_min`,
    data: (b: string) => `Data at B = ${b}`,
    dataValue: (times: string) => `${times} the minimum E_min`,
    atCritical: 'At B = B_crit',
    atCriticalValue: (steps: string, data: string) => `${steps} minimum steps and ${data} minimum data (§5.1)`,
  },
  breakdown: (loss: string) => `L = ${loss} nats is below the ~1.7 nats/token where the paper expects its trends to break down (eq 6.8); B_crit there is a bold extrapolation.`,
};
export default en;
