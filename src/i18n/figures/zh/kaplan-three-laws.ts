import common from '../../common/zh';
import type en from '../en/kaplan-three-laws';

const paramsAxis = '非嵌入参数量 N';

const zh: typeof en = {
  common,
  params: {
    n: { label: paramsAxis, unit: common.unit.params, help: '可以写 1.5B、15亿 或 1.5e9。' },
    d: { label: '数据量 D', unit: common.unit.tokens, help: '默认是整个 WebText2：2.29×10¹⁰ 个词元（§2.3）。' },
    c: { label: '计算量 C_min', unit: 'PF-day', help: '1 PF-day = 8.64×10¹⁹ FLOPs。' },
    ccMin: {
      label: '临界计算量 C_c^min',
      options: { table5: '3.1×10⁸ PF-day（原文式 1.3、原文表 5）', figure1: '2.3×10⁸ PF-day（原文图 1 图例）' },
    },
    alphaC: { label: '计算量指数 α_C^min', unit: '' },
    alphaD: { label: '数据指数 α_D', unit: '' },
    dc: { label: '数据常数 D_c', unit: common.unit.tokens },
    alphaN: { label: '参数指数 α_N', unit: '' },
    nc: { label: '参数常数 N_c', unit: common.unit.params },
  },
  axis: { compute: '计算量 C_min（PF-day）', params: paramsAxis },
  column: { law: '定律', x: '横轴取值', unit: '单位' },
  rowUnit: { compute: 'PF-days', tokens: common.unit.tokens, params: common.unit.params },
  readout: {
    n: (n) => `L(N)，N = ${n}`,
    d: (d) => `L(D)，D = ${d} ${common.unit.tokens}`,
    c: (c, flops) => `L(C_min)，C_min = ${c} PF-day（${flops} FLOPs）`,
    value: (loss) => `${loss} 奈特/词元`,
    cValue: (loss, other, otherLoss) => `${loss} 奈特/词元（若 C_c^min = ${other}：${otherLoss}）`,
  },
  outsideN: (n) => `N = ${n} 超出了 Kaplan 等研究的 768 到 15 亿个非嵌入参数（§3），L(N) 在这里是外推。`,
  outsideD: (d) => `D = ${d} 超出了论文研究的 2200 万到 230 亿个词元（§3），L(D) 在这里是外推。`,
  beyondBreakdown: (c) => `C_min = ${c} PF-day 超过约 10⁴ PF-day：论文指出 L(C_min) 与数据受限的趋势在那里相交，两者不可能都继续成立（原文式 6.8）。`,
};
export default zh;
