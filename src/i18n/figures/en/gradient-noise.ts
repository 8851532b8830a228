import common from '../../common/en';

const en = {
  common,
  params: {
    smallBatch: { label: 'Small batch B', unit: 'examples' },
    largeBatch: { label: 'Large batch B', unit: 'examples' },
    seed: { label: 'Random seed', unit: '', help: 'Another seed draws another set of minibatches.' },
  },
  panel: { small: (b: string) => `Small batch B = ${b}`, large: (b: string) => `Large batch B = ${b}` },
  rmsAngle: (deg: string) => `RMS angle ${deg}`,
  column: { batch: 'Batch size B', draw: 'Draw', angle: 'Angle from true direction (°)', gx: 'Gradient x', gy: 'Gradient y' },
  tip: { draw: 'Draw', angle: 'Angle (°)' },
  readout: {
    rmsAt: (b: string) => `RMS angle at B = ${b}`,
    rmsValue: (deg: string, predicted: string) => `${deg} (σ/√B predicts ${predicted})`,
    ratio: 'Ratio of the angles (small / large)',
    ratioValue: (ratio: string, large: string, small: string, expected: string) => `${ratio}; √(${large}/${small}) = ${expected}`,
  },
  notSmaller: 'The “small” batch is not smaller than the “large” one: swap them for a clearer comparison.',
};
export default en;
