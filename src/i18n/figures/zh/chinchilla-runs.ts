import chinchilla from '../../chinchilla/zh';
import common from '../../common/zh';
import laws from '../../laws/zh';
import type en from '../en/chinchilla-runs';

const zh: typeof en = {
  common,
  laws,
  chinchilla,
  params: {
    law: {
      label: chinchilla.fittedLaw,
      options: chinchilla.lawOption,
      help: '曲线和残差都用这组常数。Epoch 的重新拟合用的正是这 240 次训练；Hoffmann 等的常数拟合的是原始损失。',
    },
    x: {
      label: '横轴',
      options: { flops: '训练计算量 C', params: '参数量 N' },
      help: '以计算量为横轴时，曲线是该定律在每个预算下能达到的最低损失；以参数量为横轴时，曲线是该定律在九个预算下的 IsoFLOP 曲线。',
    },
    budget: {
      label: 'IsoFLOP 切片',
      unit: common.unit.flops,
      options: {
        '6e18': '6×10¹⁸',
        '1e19': '1×10¹⁹',
        '3e19': '3×10¹⁹',
        '6e19': '6×10¹⁹',
        '1e20': '1×10²⁰',
        '3e20': '3×10²⁰',
        '6e20': '6×10²⁰',
        '1e21': '1×10²¹',
        '3e21': '3×10²¹',
      },
      help: '方法二的九个预算（原文 §3.2）。和论文一样，对切片内的训练按 log N 拟合一条抛物线。',
    },
    window: {
      label: '切片半宽',
      unit: '个数量级（FLOPs）',
      help: '一次训练的计算量 6ND 与预算相差不超过这个范围，就算在切片内：0.05 个数量级约为 ±12%。提取的数据没有预算这一列，所以分组方式是本站定的。',
    },
  },
  axis: {
    flops: chinchilla.axis.flops,
    params: common.axis.params,
    loss: '最终损失（奈特/词元）',
    residual: '实测 − 定律（奈特）',
    optimalParams: 'N_opt（参数）',
  },
  legend: '词元数 D',
  note: {
    residuals: (rms, mean) => `RMS ${rms} · 均值 ${mean} 奈特`,
    slice: (budget, runs) => `C = ${budget} FLOPs · ${runs} 次训练`,
    fit: (n) => `实线：顶点 ${n}`,
    law: (n) => `虚线：定律的 N_opt ${n}`,
    noVertex: '没有顶点',
    fitExponent: (a) => `实线：过各顶点的拟合，a = ${a}`,
    lawExponent: (a) => `虚线：该定律，a = ${a}`,
  },
  column: {
    slice: 'IsoFLOP 切片（FLOPs）',
    flops: '计算量 6ND（FLOPs）',
    loss: '损失（奈特/词元）',
    predicted: '定律（奈特/词元）',
    residual: '实测 − 定律（奈特）',
    none: '—',
  },
  tip: { slice: '切片', predicted: '定律' },
  readout: {
    residuals: (law) => `${law} 下的残差`,
    residualsValue: (rms, mean, runs) => `RMS ${rms} 奈特，均值 ${mean} 奈特，共 ${runs} 次训练`,
    eachLaw: '各定律下残差的 RMS（奈特）',
    eachLawItem: (law, rms) => `${law} ${rms}`,
    split: '10²¹ FLOPs 及以下与以上的训练（原文 §3.4）',
    splitValue: (small, smallRuns, large, largeRuns) => `${smallRuns} 次训练 RMS ${small} 奈特；${largeRuns} 次训练 RMS ${large} 奈特`,
    slice: (budget, halfWidth) => `${budget} FLOPs 切片（±${halfWidth} 个数量级）`,
    sliceValue: (runs, n, d, law, lawN) => `${runs} 次训练；抛物线顶点 N_opt ${n}（${d} 词元）；${law} 预测 ${lawN}`,
    sliceNone: (runs, why) => `${runs} 次训练；${why}`,
    exponent: (vertices) => `过 ${vertices} 个顶点的指数 a`,
    exponentValue: (a, law, lawA) => `${a}；原文表 2 方法二：0.49（第 10 至第 90 百分位数 0.462–0.534）；${law}：${lawA}`,
  },
  problem: {
    tooFew: '无法拟合抛物线：切片内的模型规模不足三种',
    noValley: '没有顶点：过这些训练的抛物线开口向下',
  },
  warning: {
    extrapolated: (n) => `抛物线的顶点（${n}）落在这个切片的模型规模之外，是外推。请把切片放宽。`,
    noPowerLaw: '有顶点的切片不足两个，无法过顶点拟合幂律。请把切片放宽。',
  },
};
export default zh;
