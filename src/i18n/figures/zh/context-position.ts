import { KAPLAN_FIGURE20_FITS } from '../../../engine/kaplan-position';
import { fitFormula } from '../../../figures/lib/position-fits';
import common from '../../common/zh';
import type en from '../en/context-position';

const LAST = KAPLAN_FIGURE20_FITS.length;
/** 按图例顺序，很可能是从最小的模型到最大的（论文没有说明）。 */
const fitName = (curve: number) => `拟合 ${curve}${curve === 1 ? '（最小）' : curve === LAST ? '（最大）' : ''}`;
const show = (fit: (typeof KAPLAN_FIGURE20_FITS)[number]) => ({ label: `显示${fitName(fit.curve)}：${fitFormula(fit)}` });

const zh: typeof en = {
  common,
  params: {
    position: { label: '读取位置 T', unit: '第几个词元' },
    fit1: show(KAPLAN_FIGURE20_FITS[0]),
    fit2: show(KAPLAN_FIGURE20_FITS[1]),
    fit3: show(KAPLAN_FIGURE20_FITS[2]),
    fit4: show(KAPLAN_FIGURE20_FITS[3]),
    fit5: show(KAPLAN_FIGURE20_FITS[4]),
    fit6: show(KAPLAN_FIGURE20_FITS[5]),
  },
  fitName,
  axis: { position: '词元在上下文中的位置 T', loss: '该位置的测试损失（奈特）' },
  column: { position: '位置 T', loss: '测试损失（奈特）' },
  fitColumn: (name, formula) => `${name}: ${formula}`,
  readout: (name, position) => `${name}，T = ${position}`,
  readoutValue: (loss) => `${loss} ${common.unit.nats}`,
  noneShown: '至少勾选一条拟合才能画出曲线。',
};
export default zh;
