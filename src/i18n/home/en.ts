/**
 * The home page's words beyond the page chrome (src/components/HomeIntro.astro), in English: the map of the subject,
 * with one link and one line for each chapter. The Chinese catalogue (./zh.ts) is typed by this one, so a chapter or
 * a key missing in either language fails the type check.
 */
import type { ChapterSlug } from '../../lib/chapters';

/** A chapter on the map: the words of its link, then what it covers. */
export interface MapChapter {
  link: string;
  about: string;
}

const en = {
  map: {
    heading: 'The map of the subject',
    intro:
      'Before training a large language model, a team has to answer three questions: how big a model, how much data, and how much compute. ' +
      "Scaling laws tie those three quantities to the model's final loss with a few simple power laws, so that experiments on small models can " +
      "predict what a large one will do. This site draws those curves one by one. Every figure is computed live by one engine from the papers' " +
      'own formulas: move the parameters, type in your own numbers, and share a link to the exact figure you are looking at.',
    /** Between a chapter's link and what it covers. */
    separator: ': ',
    chapters: {
      'what-is-a-scaling-law': {
        link: 'What is a scaling law',
        about: 'next-token prediction, cross-entropy loss, and the three resources — parameters, data and compute.',
      },
      kaplan: {
        link: 'Kaplan et al. (2020)',
        about: 'power laws of loss in parameters, data and compute; batch size and training steps; and how much model shape, context length and distribution shift matter.',
      },
      chinchilla: {
        link: 'Chinchilla',
        about: "why Hoffmann et al.'s (2022) three approaches all say to grow parameters and data in equal proportion, and what later replications corrected.",
      },
      emergence: {
        link: 'Emergent abilities',
        about: 'abilities that seem to appear suddenly at some scale, and how much of the suddenness comes from the metric.',
      },
      'beyond-chinchilla': {
        link: 'After Chinchilla',
        about:
          'repeating data when unique tokens run out, what "parameters" counts, training past the compute-optimal point on purpose, and forecasting task scores from the loss.',
      },
      summary: {
        link: 'Summary and references',
        about: 'how smooth scaling and sudden emergence fit together, and every paper the site cites.',
      },
    } satisfies Record<ChapterSlug, MapChapter>,
  },
};
export default en;
export type HomeMessages = typeof en;
