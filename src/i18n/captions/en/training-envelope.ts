import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Approach 1: the lower envelope of training curves',
  caption:
    'Left: loss against training FLOPs for models from small (blue) to large (red); each model has seen D = C/(6N) tokens. At every FLOP value one model is lowest: together these points form the lower envelope (thick grey). Middle and right: the model size and the tokens on the envelope, with power laws fitted through them (solid) and the closed form of eq. (4) (dashed). With a handful of sizes N_opt climbs in steps, which tilts the fitted exponent; more sizes bring it towards the closed form. Unlike these idealised curves, the paper’s runs each used a cosine schedule matched to its horizon, and a run cut short sits above them.',
  source:
    'Hoffmann et al. 2022 (arXiv 2203.15556), §3.1 and Fig. 2; curves from the parametric law of eq. (2) with eq. (10) constants (unrounded from the TeX source, or rounded), or Besiroglu et al. 2024 (arXiv 2404.10102).',
  alt: 'Three panels. Left: falling loss curves against FLOPs, one per model size, with their lower envelope highlighted. Middle: the envelope’s model size against FLOPs rising in steps along a straight fitted line. Right: the envelope’s token count against FLOPs, a sawtooth along a straight fitted line.',
} satisfies FigureStrings;
