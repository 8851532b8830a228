/**
 * English UI strings. Flat dotted keys named after the component that uses them.
 * This file is the reference set: `zh.ts` must define exactly the same keys (checked by the type system).
 */
export const en = {
  'site.title': 'Scaling Laws Explorer',
  'site.tagline': 'Learn, tweak and cite the scaling laws of large language models',
  'site.description':
    'A bilingual explainer of LLM scaling laws — Kaplan et al. 2020, Chinchilla, emergent abilities — with live figures computed from the papers’ own formulas.',
  'lang.name': 'English',
  'lang.switch': '中文',
  'lang.switchLabel': 'Read this page in Chinese',
  'nav.home': 'Home',
  'nav.chapters': 'Chapters',
  'nav.figures': 'Figures',
  'nav.tools': 'Tools',
  'nav.skip': 'Skip to content',
  'nav.main': 'Main',
  'theme.toggle': 'Switch colour theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'toc.title': 'On this page',
  'chapter.prev': 'Previous',
  'chapter.next': 'Next',
  'chapter.next.title': 'Next chapter',
  'chapter.number': 'Chapter',
  'home.start': 'Start reading',
  'home.map': 'The map of the subject',
  'home.chapters': 'Chapters',
  'footer.version': 'Version',
  'footer.privacy': 'No cookies, no analytics, no requests to other sites.',
  'footer.sources': 'Every number on this site names the paper and table it comes from.',
  'notfound.title': 'Page not found',
  'notfound.body': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notfound.home': 'Go to the English home page',
  'root.choose': 'Choose a language',
  'takeaway.label': 'Takeaway',
  'question.label': 'Question',
  'question.answer': 'Show the answer',
  'equation.link': 'Link to this equation',
  'aside.label': 'Note',
} as const;

export type UIKey = keyof typeof en;
