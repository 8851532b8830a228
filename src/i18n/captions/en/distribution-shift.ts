import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Other text, same trend: loss under distribution shift',
  caption:
    'Kaplan’s models were trained only on WebText2 and also tested on Books, Common Crawl, Wikipedia and Internet Books. Left: the loss on every dataset falls with model size as a power law with nearly the same exponent, so the lines run parallel. Right: plotted against the loss on the training distribution, each dataset is a straight line with a small offset, and a model lands on that line whether it is fully trained (dots) or still training (dashed) — generalisation “depends almost exclusively on the in-distribution validation loss”. The paper calls the offset “roughly constant” (§1.1) and, in the Fig. 8 caption, “small and very slowly growing”. It prints no values for the offsets and does not say which dataset is hardest: the offsets and their order here are invented; only the shape is the paper’s.',
  source:
    'Kaplan et al. 2020 (arXiv 2001.08361), §1.1, §3.2, §3.2.2 and Fig. 8 (dataset names from its legend); WebText2 loss from L(N) = (N_c/N)^α_N, eq (1.1), Table 5. Offsets illustrative (0.1 to 0.4 nats).',
  alt: 'Schematic in two panels: left, five parallel falling lines of test loss against model size; right, five parallel rising straight lines of loss on another dataset against loss on the training distribution, with dots and dashed segments on the same lines.',
} satisfies FigureStrings;
