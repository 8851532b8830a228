import { ACCELERATORS, REPORTED_MFU } from '../../../engine/compute';
import { formatNumber } from '../../../lib/numbers';
import common from '../../common/en';
import laws from '../../laws/en';

const palm = REPORTED_MFU.find((m) => m.id === 'palm-540b')!;
const llama = REPORTED_MFU.find((m) => m.id === 'llama-3-405b')!;
const pct = (x: number) => `${+(x * 100).toPrecision(3)}%`;

const en = {
  common,
  laws,
  params: {
    budget: {
      label: 'Compute budget C',
      unit: common.unit.flops,
      help: 'The default 5.76×10²³ is the budget of Gopher and Chinchilla (Hoffmann et al. 2022 Table 3). Used for “I have a FLOP budget”.',
    },
    mode: {
      label: 'Question',
      options: { budget: 'I have a FLOP budget', hardware: 'I have hardware and time', params: 'I want a model of this size', tokens: 'I have this many tokens' },
    },
    law: { label: 'Law to highlight', options: laws.planner as Record<string, string> },
    params: { label: 'Wanted parameters N', unit: common.unit.params, help: 'Used for “I want a model of this size”. Type 7B or 70亿.' },
    tokens: { label: 'Available tokens D', unit: common.unit.tokens, help: 'Used for “I have this many tokens”. Type 2T or 2万亿.' },
    accelerator: {
      label: 'Accelerator',
      options: {
        ...Object.fromEntries(
          ACCELERATORS.map((a) => [a.id, `${a.name} (${formatNumber(a.peakFlops / 1e12, 'en', 4)} TFLOP/s ${a.precision}${a.status === 'S' ? ', secondary source' : ''})`]),
        ),
        custom: 'Custom peak (below)',
      } as Record<string, string>,
    },
    chips: { label: 'Number of chips', unit: '' },
    days: { label: 'Training days', unit: 'days', help: 'Used for “I have hardware and time”; the other questions compute the days needed.' },
    utilisation: {
      label: 'Utilisation (MFU)',
      unit: '',
      help: `Published MFU: PaLM 540B ${pct(palm.mfu)} (PaLM Table 3), Llama 3 405B ${pct(llama.mfu)}–${pct(llama.high!)} (Llama 3 Table 4).`,
    },
    customPeak: { label: 'Custom peak throughput', unit: 'FLOP/s per chip', help: 'Used when the accelerator is “Custom”.' },
  },
  axis: { flops: 'Training compute C (FLOPs)', params: 'Compute-optimal parameters N' },
  isoflopRuns: 'IsoFLOP runs',
  customChips: 'custom chips',
  days: (d: string) => `${d} days`,
  loss: {
    none: 'no loss prediction',
    kaplan: (loss: string) => `${loss} nats (WebText2, not comparable)`,
    chinchilla: (loss: string) => `${loss} nats/token`,
  },
  readout: {
    params: (law: string) => `${law}: parameters`,
    nonEmbedding: ' (non-embedding)',
    tokens: 'Training tokens',
    ratio: 'Tokens per parameter D/N',
    flops: 'Compute C = 6ND',
    flopsValue: (c: string) => `${c} FLOPs`,
    loss: 'Predicted loss',
    time: (chips: string, chip: string, utilisation: string) => `Training time (${chips} × ${chip} at ${utilisation})`,
    given: (days: string) => `${days} (given)`,
    nearest: 'Nearest real models',
    nearModel: (name: string, params: string, tokens: string) => `${name} (${params}, ${tokens} tokens)`,
    nearSeparator: '; ',
    otherLaw: (params: string, tokens: string, ratio: string) => `${params} params · ${tokens} tokens · D/N ${ratio}`,
    otherLawTail: (flops: string, days: string) => ` · ${flops} FLOPs · ${days}`,
  },
  column: {
    law: 'Law',
    tokens: 'Training tokens D',
    flops: 'Compute C (FLOPs)',
    loss: 'Predicted loss (nats)',
    days: 'Training days',
  },
  warning: {
    kaplanBreakdown: (c: string) => `This budget (${c} FLOPs) is beyond ~10⁴ PF-days (8.64×10²³ FLOPs), where Kaplan et al. say their laws must break down (eq 6.8).`,
    kaplanParams: (f: string) => `Kaplan et al.’s models ran from 768 to 1.5B non-embedding parameters; this answer lies ${f}× outside that range, an extrapolation.`,
    isoflopAbove: (c: string, f: string, lo: string, hi: string) =>
      `This budget (${c} FLOPs) is ${f}× above the largest budget of Chinchilla’s IsoFLOP runs (${lo}–${hi} FLOPs, models 70M–16B): the answer is an extrapolation.`,
    isoflopBelow: (c: string, f: string, lo: string, hi: string) =>
      `This budget (${c} FLOPs) is ${f}× below the smallest budget of Chinchilla’s IsoFLOP runs (${lo}–${hi} FLOPs, models 70M–16B): the answer is an extrapolation.`,
  },
};
export default en;
