/**
 * Words many figures share (axes, table columns, units, the studied ranges), in English. Figure catalogues include
 * it as `common`; the Chinese one (./zh.ts) is typed by this one, so a key missing in either fails the type check.
 */
const en = {
  /** Between a label and its value in a readout or tip line. */
  colon: ': ',
  /** Joins items of a list in a sentence. */
  listSeparator: ', ',
  unit: { nats: 'nats', params: 'params', tokens: 'tokens', flops: 'FLOPs', steps: 'steps' },
  axis: {
    testLoss: 'Test loss (nats/token)',
    params: 'Parameters N',
    tokens: 'Dataset size D (tokens)',
  },
  column: { loss: 'Loss (nats/token)', params: 'Parameters N', tokens: 'Dataset size D (tokens)' },
  kaplan: {
    readAt: (symbol: string) => `Read the curves at ${symbol}`,
    modelSizes: 'Model sizes N (non-embedding)',
    /** §3 of Kaplan et al. 2020: 768 to 1.5B non-embedding parameters. */
    outsideParams: (sizes: string) => `${sizes} lie outside the 768 to 1.5B non-embedding parameters the paper studied (§3); those curves are extrapolations.`,
    /** §3: 22 million to 23 billion tokens. */
    outsideTokens: (d: string) => `D = ${d} lies outside the ~22 million to 23 billion tokens the paper studied (§3); the readouts there are extrapolations.`,
  },
};
export default en;
export type CommonMessages = typeof en;
