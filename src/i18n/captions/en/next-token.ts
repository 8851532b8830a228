import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'Predicting the next token: cross-entropy and perplexity',
  caption:
    'A language model reads a context and gives every possible next token a probability; here six candidates share all of it (a real vocabulary has tens of thousands of tokens). The loss on this one prediction is the cross-entropy −ln p, where p is the probability the model gave the token that actually comes next: 0 when it was certain and right, large when the true token got little probability. Divided by ln 2 it is in bits; perplexity e^(−ln p) = 1/p is the number of equally likely choices that would leave the model as unsure. The pre-training loss in every scaling law is this cross-entropy, in nats, averaged over all the tokens of the text.',
  source:
    'The loss as defined by Kaplan et al. 2020 (arXiv 2001.08361), §1.3: “L – the cross entropy loss in nats. Typically it will be averaged over the tokens in a context”. The context and the probabilities are invented for illustration.',
  alt: 'A bar chart of the probabilities a model gives six candidate next tokens after a short context; the bar of the token that actually comes next is highlighted and labelled with its cross-entropy.',
} satisfies FigureStrings;
