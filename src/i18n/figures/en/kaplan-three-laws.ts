import common from '../../common/en';

const paramsAxis = 'Non-embedding parameters N';

const en = {
  common,
  params: {
    n: { label: paramsAxis, unit: common.unit.params, help: 'Type 1.5B, 15亿 or 1.5e9.' },
    d: { label: 'Dataset size D', unit: common.unit.tokens, help: 'The default is all of WebText2: 2.29×10¹⁰ tokens (§2.3).' },
    c: { label: 'Compute C_min', unit: 'PF-days', help: '1 PF-day = 8.64×10¹⁹ FLOPs.' },
    ccMin: {
      label: 'Critical compute C_c^min',
      options: { table5: '3.1×10⁸ PF-days (eq 1.3, Table 5)', figure1: '2.3×10⁸ PF-days (Fig. 1 legend)' },
    },
    alphaC: { label: 'Compute exponent α_C^min', unit: '' },
    alphaD: { label: 'Data exponent α_D', unit: '' },
    dc: { label: 'Data constant D_c', unit: common.unit.tokens },
    alphaN: { label: 'Parameter exponent α_N', unit: '' },
    nc: { label: 'Parameter constant N_c', unit: common.unit.params },
  },
  axis: { compute: 'Compute C_min (PF-days)', params: paramsAxis },
  column: { law: 'Law', x: 'x value', unit: 'Unit' },
  /** The unit column of the data table, one per law (PF-days is written the same in both languages there). */
  rowUnit: { compute: 'PF-days', tokens: common.unit.tokens, params: common.unit.params },
  readout: {
    n: (n: string) => `L(N) at N = ${n}`,
    d: (d: string) => `L(D) at D = ${d} ${common.unit.tokens}`,
    c: (c: string, flops: string) => `L(C_min) at C_min = ${c} PF-days (${flops} FLOPs)`,
    value: (loss: string) => `${loss} nats/token`,
    cValue: (loss: string, other: string, otherLoss: string) => `${loss} nats/token (with C_c^min = ${other}: ${otherLoss})`,
  },
  /** §3: 768 to 1.5B non-embedding parameters. */
  outsideN: (n: string) => `N = ${n} lies outside the 768 to 1.5B non-embedding parameters Kaplan et al. studied (§3); L(N) is an extrapolation there.`,
  /** §3: 22 million to 23 billion tokens. */
  outsideD: (d: string) => `D = ${d} lies outside the 22 million to 23 billion tokens the paper studied (§3); L(D) is an extrapolation there.`,
  /** Eq (6.8): near C* ~ 1e4 PF-days the L(C_min) and L(D) trends meet. */
  beyondBreakdown: (c: string) =>
    `C_min = ${c} PF-days is beyond ~10⁴ PF-days, where the paper says the L(C_min) trend meets the data-limited trend and both cannot continue (eq 6.8).`,
};
export default en;
