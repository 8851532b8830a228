import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Later tokens are easier: loss against position in the context',
  caption:
    'The loss on a token falls as a power law in its position T in the 1,024-token context: later tokens have more context to go on. These are the six fits L(T) = a + b·T^−c printed in the legend of Kaplan’s Fig. 20 (left), one per model size. The paper does not say which size each fit belongs to (its colour bar spans 10⁶ to 10⁸ parameters); the legend most likely runs from the smallest model to the largest, since a falls and c rises (“increasingly large powers for larger models”), so we call them fit 1 (smallest) to fit 6 (largest). Larger models end lower and also improve faster at early tokens. Fig. 21 adds runs trained with a context of only n_ctx = 8: on the first few tokens they beat the 1,024-token models, “since they can allocate all of their capacity to them”; the paper prints no numbers for that gap, so none are drawn here.',
  source:
    'Kaplan et al. 2020 (arXiv 2001.08361), Fig. 20 (left) legend (the exponents are negative; text copies lose the minus sign), App. D.5, §3.2.1; Fig. 21 and its caption for the n_ctx = 8 comparison.',
  alt: 'Six falling curves of per-token loss against token position on a log axis from 1 to 1024, starting near 7 to 8 nats and ending between about 2.4 and 4.1 nats; a vertical line marks the chosen position.',
} satisfies FigureStrings;
