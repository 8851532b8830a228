import { KAPLAN_FIGURE20_FITS } from '../../../engine/kaplan-position';
import { fitFormula } from '../../../figures/lib/position-fits';
import common from '../../common/en';

const LAST = KAPLAN_FIGURE20_FITS.length;
/** Legend order, most likely smallest → largest model (the paper does not say). */
const fitName = (curve: number) => `fit ${curve}${curve === 1 ? ' (smallest)' : curve === LAST ? ' (largest)' : ''}`;
const show = (fit: (typeof KAPLAN_FIGURE20_FITS)[number]) => ({ label: `Show ${fitName(fit.curve)}: ${fitFormula(fit)}` });

const en = {
  common,
  params: {
    position: { label: 'Read out at position T', unit: 'token index' },
    fit1: show(KAPLAN_FIGURE20_FITS[0]),
    fit2: show(KAPLAN_FIGURE20_FITS[1]),
    fit3: show(KAPLAN_FIGURE20_FITS[2]),
    fit4: show(KAPLAN_FIGURE20_FITS[3]),
    fit5: show(KAPLAN_FIGURE20_FITS[4]),
    fit6: show(KAPLAN_FIGURE20_FITS[5]),
  },
  fitName,
  axis: { position: 'Token position T in the context', loss: 'Test loss at that position (nats)' },
  column: { position: 'Position T', loss: 'Test loss (nats)' },
  /** A table column: the fit's name and its formula. */
  fitColumn: (name: string, formula: string) => `${name}: ${formula}`,
  readout: (name: string, position: string) => `${name}, T = ${position}`,
  readoutValue: (loss: string) => `${loss} ${common.unit.nats}`,
  noneShown: 'Tick at least one fit to draw a curve.',
};
export default en;
