import common from '../../common/zh';
import type en from '../en/critical-batch';

const zh: typeof en = {
  common,
  params: {
    loss: { label: '损失 L', unit: '奈特/词元', help: '训练进行到的损失：损失越低，临界批量越大。' },
    batch: { label: '批量大小 B', unit: common.unit.tokens, help: '默认是论文多数训练用的 2¹⁹ ≈ 52.4 万个词元（§3）。' },
  },
  axis: { loss: '损失 L（奈特/词元）', bCrit: '临界批量 B_crit（词元）', data: '数据 E/E_min', steps: '步数 S/S_min' },
  label: { many: 'B ≪ B_crit：步数多', much: 'B ≫ B_crit：数据多' },
  column: { steps: (b) => `B = ${b} 时的 S/S_min`, examples: (b) => `B = ${b} 时的 E/E_min` },
  times: (x) => `${x} 倍`,
  readout: {
    critical: (loss) => `L = ${loss} ${common.unit.nats}时的临界批量`,
    criticalValue: (b) => `${b} ${common.unit.tokens}`,
    steps: (b) => `B = ${b} 时的步数`,
    stepsValue: (times) => `最少步数的 ${times}`,
    data: (b) => `B = ${b} 时的数据量`,
    dataValue: (times) => `最少数据的 ${times}`,
    atCritical: '在 B = B_crit 处',
    atCriticalValue: (steps, data) => `${steps}的最少步数和 ${data}的最少数据（§5.1）`,
  },
  breakdown: (loss) => `L = ${loss} 奈特低于论文预计其趋势失效的约 1.7 奈特/词元（原文式 6.8），B_crit 在这里是大胆的外推。`,
};
export default zh;
