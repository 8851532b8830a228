/**
 * Words the two Wei et al. 2022 Table 1 figures share (emergence-tasks, augmented-prompting): the compute, chance and
 * sharpness controls, the axes, the table's sources and the readouts about Table 1. Their catalogues include it as
 * `emergence`; the Chinese one (./zh.ts) is typed by this one, so a key missing in either fails the type check.
 */
const en = {
  params: {
    compute: { label: 'Training compute C', unit: 'FLOPs' },
    chance: { label: 'Chance level' },
    sharpness: { label: 'Sharpness (illustrative)', unit: 'per decade' },
  },
  axis: { flops: 'Training compute (FLOPs)', score: 'Task score (schematic)' },
  /** The label of the dashed chance line. */
  chance: (level: string) => `chance ${level}`,
  /** Where a row of the data table comes from. */
  kind: { table1: 'Table 1', curve: 'schematic curve' },
  column: { source: 'Source', model: 'Model', params: 'Parameters' },
  /** Joins the names of a list of abilities or techniques. */
  separator: '; ',
  readout: {
    all: (n: string) => `all ${n}`,
    some: (k: string, n: string, names: string) => `${k} of ${n}: ${names}`,
    none: (n: string) => `none of the ${n}`,
    scaleOf: (name: string) => `Emergence scale of “${name}” (Table 1)`,
    scale: (flops: string, model: string, params: string) => `${flops} training FLOPs, ${model} with ${params} parameters`,
    original: 'Original result',
    noneAtScale: 'none',
  },
};
export default en;
export type EmergenceMessages = typeof en;
