import { MODELS } from '../../../engine/models';
import common from '../../common/en';
import release from '../../release/en';
import laws from '../../laws/en';

const en = {
  common,
  release,
  laws,
  params: {
    budget: {
      label: 'Compute budget',
      unit: common.unit.flops,
      help: 'The blue star is the compute-optimal point for this budget, on its own iso-compute line. The default is Gopher’s budget, 5.76e23 (Hoffmann et al., Table 3).',
    },
    /** A model's name is the same in both languages (engine MODELS). */
    highlight: { label: 'Model to highlight', options: Object.fromEntries(MODELS.map((m) => [m.id, m.name])) },
    show: {
      label: 'Models shown',
      options: {
        both: 'Both sources',
        papers: 'Papers cited on this site',
        release: 'Observational Scaling Laws release',
      },
      help: 'Filled dots: models placed by their own papers. Open diamonds: base models of the Observational Scaling Laws release (Ruan, Maddison & Hashimoto 2024) that have both a parameter and a token count. A model in both is drawn once, from its paper.',
    },
    law: {
      label: 'Compute-optimal line from',
      options: {
        approach1: 'Approach 1: Table 3 power laws (≈20 tokens/param)',
        approach2: 'Approach 2: Table A3 power laws',
        hoffmann2022: 'Approach 3: eq. (4), unrounded constants',
        hoffmann2022Rounded: 'Approach 3: eq. (4), printed constants',
        besiroglu2024: 'Epoch refit (Besiroglu 2024)',
      },
      help: 'Approaches 1 and 2 give power laws for N_opt and D_opt but no loss function; with them, losses use Approach 3’s unrounded fit.',
    },
  },
  axis: { tokens: 'Training tokens D' },
  isoLabel: (flops: string) => `${flops} FLOPs`,
  tipRatio: 'Tokens per parameter',
  legend: { paper: 'Papers cited on this site', release: 'Observational Scaling Laws release' },
  source: {
    paper: (citation: string) => `paper: ${citation}`,
    alsoInRelease: (names: string) => `; also in the Observational Scaling Laws release as ${names}`,
    release: 'Observational Scaling Laws release (Ruan, Maddison & Hashimoto 2024)',
  },
  /** Where each catalogue model's parameters and tokens are printed (a model's name and its papers' names are the same in both languages). */
  modelSource: Object.fromEntries(MODELS.map((m) => [m.id, m.source])) as Record<string, string>,
  column: {
    model: 'Model',
    ratio: 'Tokens per parameter',
    flops: '6ND (FLOPs)',
    optimalParams: 'Optimal params, same FLOPs',
    loss: (law: string) => `Loss (${law})`,
    source: 'Source',
  },
  readout: {
    budget: (budget: string) => `Compute-optimal at ${budget} FLOPs (star)`,
    budgetValue: (n: string, d: string, ratio: string) => `${n} params, ${d} tokens, ${ratio} per parameter`,
    ratio: (name: string) => `${name}: tokens per parameter`,
    ratioValue: (ratio: string, d: string, n: string) => `${ratio} (${d} tokens / ${n} params)`,
    compute: 'Training compute 6ND',
    computeValue: (flops: string) => `${flops} FLOPs`,
    printed: (flops: string) => ` (the source prints ${flops})`,
    loss: (law: string) => `Predicted loss (${law})`,
    lossValue: (loss: string, optimum: string) => `${loss} nats/token; the optimum for the same compute reaches ${optimum}`,
    optimum: 'Compute-optimal size for the same FLOPs',
    optimumValue: (n: string, d: string, name: string, x: string) => `${n} params, ${d} tokens; ${name} is ${x}× that size`,
    drawn: 'Models drawn',
    drawnValue: (papers: string, release: string) => `${papers} from papers (filled dots), ${release} from the Observational Scaling Laws release (open diamonds)`,
    release: (rows: string) => `The release’s ${rows} models`,
    releaseValue: (merged: string, into: string, noTokens: string) =>
      `${merged} are the same models as ${into} paper points and are drawn once, from the paper; ${noTokens} have no pretraining token count and are left out (never filled in)`,
    /** A release row left out because its model's authors contradict it: `reason` and `citation` from `release`. */
    setAside: (name: string, reason: string, citation: string) => `; ${name} is left out too: ${reason} (${citation})`,
  },
  warning: {
    moe: (name: string, active: string, total: string) =>
      `${name} is a mixture of experts: it is placed by its ${active} activated parameters per token (${total} in total). The Chinchilla laws were fitted on dense models, so for MoE they are only a rough guide.`,
    extreme: (ratio: string) =>
      `${ratio} tokens per parameter is far from the typical ratios of the Chinchilla runs. Sardana et al. (2024) find that laws fitted only at typical ratios overestimate what extra tokens buy at extreme ratios (they went up to 10,000 tokens per parameter).`,
  },
};
export default en;
