/**
 * Words the Chinchilla figures share (isoflop, training-envelope, parametric-contours): the three fits a reader can
 * choose, keyed like the engine's LAWS, and the axis and column names they have in common. Their catalogues include
 * it as `chinchilla`; ./zh.ts is typed by this one, so a key missing in either fails the type check.
 */
const en = {
  /** The option names of the law choice (lib/chinchilla-fits.ts). */
  lawOption: {
    hoffmann2022: 'Hoffmann 2022, unrounded (TeX source)',
    hoffmann2022Rounded: 'Hoffmann 2022, as printed (eq. 10)',
    besiroglu2024: 'Besiroglu 2024 (Epoch refit)',
  },
  fittedLaw: 'Fitted loss law',
  axis: { flops: 'Training compute C (FLOPs)' },
  column: { tokens: 'Tokens D', point: 'Point' },
};
export default en;
export type ChinchillaMessages = typeof en;
