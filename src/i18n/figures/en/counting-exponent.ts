import common from '../../common/en';
import laws from '../../laws/en';

const en = {
  common,
  laws,
  params: {
    budget: {
      label: 'Compute budget C',
      unit: common.unit.flops,
      help: 'Where the readouts are taken. Each count uses its own compute: 6·N_T·D for total parameters, 6·N_E·D for non-embedding parameters (Kaplan’s C).',
    },
    law: {
      label: 'Loss law (in total parameters)',
      options: { hoffmann2022: laws.law.hoffmann2022.name, hoffmann2022Rounded: laws.law.hoffmann2022Rounded.name, besiroglu2024: laws.law.besiroglu2024.name },
    },
    vocab: {
      label: 'Vocabulary V',
      unit: common.unit.tokens,
      help: 'The embedding has V·d_model parameters. Chinchilla used 32,000.',
    },
    aspect: {
      label: 'Aspect ratio d_model / n_layer',
      help: 'One shape for every size, so d_model = (ratio·N_E/12)^(1/3). The default, 39.2, gives Pearce & Song’s ω = 47,491.',
    },
  },
  series: {
    total: 'Total parameters N_T, C = 6·N_T·D',
    nonEmbedding: 'Non-embedding N_E, C = 6·N_E·D (Kaplan)',
  },
  axis: { compute: 'Training compute C (FLOPs)', exponent: 'Local exponent d ln N_opt / d ln C' },
  reference: {
    kaplan: (a: string) => `Kaplan et al. ${a}`,
    chinchilla: (a: string) => `Chinchilla ${a}`,
  },
  /** The shaded band: the budgets at which Kaplan's model sizes are compute-optimal under the law. */
  band: 'Kaplan’s model sizes',
  tip: { compute: 'Compute C', total: 'Exponent, total', nonEmbedding: 'Exponent, non-embedding' },
  column: {
    flops: 'Compute C (FLOPs)',
    total: 'Exponent, total count',
    nonEmbedding: 'Exponent, non-embedding count',
    totalOptimum: 'N_T,opt at C = 6·N_T·D',
    nonEmbeddingOptimum: 'N_E,opt at C = 6·N_E·D',
  },
  readout: {
    exponentTotal: (c: string) => `Local exponent at ${c} FLOPs, total count`,
    exponentNonEmbedding: (c: string) => `Local exponent at ${c} FLOPs, non-embedding count`,
    optimumTotal: (c: string) => `Compute-optimal at C = 6·N_T·D = ${c}`,
    optimumNonEmbedding: (c: string) => `Compute-optimal at C = 6·N_E·D = ${c}`,
    optimumValue: (total: string, nonEmbedding: string, share: string, tokens: string) => `N_T ${total}, N_E ${nonEmbedding} (${share} embedding), ${tokens} tokens`,
    kaplanRange: (lo: string, hi: string) => `Kaplan’s 768 to 1.5B non-embedding parameters, compute-optimal at ${lo} to ${hi} FLOPs`,
    kaplanRangeValue: (nonEmbedding: string, total: string) => `average exponent ${nonEmbedding} non-embedding, ${total} total`,
    limits: 'Non-embedding exponent for tiny and for large models',
    limitsValue: (small: string, large: string) => `β/(α/3+β) = ${small} → β/(α+β) = ${large}`,
    omega: 'ω in N_T = N_E + ω·N_E^(1/3), ω = V·(ratio/12)^(1/3)',
  },
};
export default en;
