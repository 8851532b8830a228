import common from '../../common/zh';
import type en from '../en/gradient-noise';

const zh: typeof en = {
  common,
  params: {
    smallBatch: { label: '小批量 B', unit: '样本' },
    largeBatch: { label: '大批量 B', unit: '样本' },
    seed: { label: '随机种子', unit: '', help: '换一个种子，抽到另一组小批量。' },
  },
  panel: { small: (b) => `小批量 B = ${b}`, large: (b) => `大批量 B = ${b}` },
  rmsAngle: (deg) => `均方根偏角 ${deg}`,
  column: { batch: '批量大小 B', draw: '第几次抽样', angle: '与真实方向的夹角（度）', gx: '梯度 x 分量', gy: '梯度 y 分量' },
  tip: { draw: '抽样', angle: '偏角（度）' },
  readout: {
    rmsAt: (b) => `B = ${b} 的均方根偏角`,
    rmsValue: (deg, predicted) => `${deg}（σ/√B 预测 ${predicted}）`,
    ratio: '偏角之比（小批量 / 大批量）',
    ratioValue: (ratio, large, small, expected) => `${ratio}；√(${large}/${small}) = ${expected}`,
  },
  notSmaller: '“小批量”不比“大批量”小：把两个批量大小对调一下，对比会更清楚。',
};
export default zh;
