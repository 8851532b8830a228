import common from '../../common/zh';
import laws from '../../laws/zh';
import type en from '../en/fit-your-runs';

const zh: typeof en = {
  common,
  laws,
  params: {
    alpha: { label: '参数指数 α', unit: '' },
    beta: { label: '数据指数 β', unit: '' },
    A: { label: '参数项系数 A', unit: '' },
    B: { label: '数据项系数 B', unit: '' },
    E: {
      label: '不可约损失 E（奈特）',
      unit: '',
      help: '拟合完成后这五个系数会自动填入，并写进链接；数据本身不会写进链接。',
    },
    published: { label: '显示已发表的定律' },
  },
  axis: {
    compute: '计算量 C = 6ND（FLOPs）',
    computeShort: '计算量 C（FLOPs）',
    residual: '残差 ln L − ln L̂',
    optimalParams: '计算最优参数量 N_opt',
  },
  column: { params: '参数量 N', tokens: '词元数 D', trainingTokens: '训练词元数 D', loss: '损失', lossL: '损失 L', predicted: '定律预测 L̂' },
  lawShown: '所示定律',
  fittedLaw: '拟合的定律',
  readout: {
    data: '数据',
    example: (runs, seed) => `内置示例：${runs} 次训练（Hoffmann 定律 + 1% 噪声，种子 ${seed}）`,
    yours: (runs, name) => `你的数据：${runs} 次训练${name ? `（${name}）` : ''}`,
    drawn: (n) => `；图中画出 ${n} 个`,
    allocation: '分配指数 a = β/(α+β)',
    allocationValue: (a, besiroglu) => `${a}（Hoffmann 等报告 0.46；Besiroglu ${besiroglu}）`,
    gopher: 'Gopher 预算 5.76×10²³ FLOPs 下的最优规模',
    gopherBand: (lower, upper) => `（95% 区间 ${lower}–${upper}）`,
    gopherPublished: (hoffmann, besiroglu) => `；Hoffmann ${hoffmann}，Besiroglu ${besiroglu}`,
    outOfRange: '超出数值范围',
    rms: '残差均方根',
  },
  notTheFit: '图中的系数不是这些数据的拟合结果（被修改过，或来自分享的链接），所以不显示自助法区间带。',
};
export default zh;
